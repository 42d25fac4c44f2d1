//! Hostility: threats and wishes of harm ("go die", "I'll destroy you") have no place in a conversation.

declare_rule! {
    /// Flags threats and wishes of harm; no disagreement justifies them.
    ///
    /// ## What it does
    /// Flags threats, wishes of harm and violent language aimed at people.
    ///
    /// ## Why does it matter?
    /// Hostile language makes people feel unsafe; no disagreement justifies it, and platforms remove it.
    pub static HOSTILITY: LexiconRule = {
        id: "builtin.hostility",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.5, promotion: 0.0 },
        message: crate::messages::RULE_HOSTILITY,
        lexicon: "hostility.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::HOSTILITY;

    #[test]
    fn a_threat_names_its_target() {
        assert!(fires(RULE, "I will find him and punch him."));
        assert!(fires(RULE, "Someone should kill them all."));
    }

    #[test]
    fn violent_words_used_for_things_are_not_hostile() {
        assert!(!fires(RULE, "You beat me to the punch; kill the process and book the photo shoot."));
    }

    #[test]
    fn a_strong_opinion_is_not_hostile() {
        assert!(!fires(RULE, "I strongly disagree with this plan."));
    }
}
