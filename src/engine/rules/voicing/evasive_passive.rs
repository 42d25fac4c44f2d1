//! Evasive passives: "mistakes were made" hides who did what; say "we made a mistake".

declare_rule! {
    /// Flags passive phrasing that hides who acted; the active voice sounds honest.
    ///
    /// ## What it does
    /// Flags passive phrasing that hides who acted ("mistakes were made", "it has been decided").
    ///
    /// ## Why does it matter?
    /// Readers notice when nobody owns a decision or a mistake; the active voice sounds honest.
    pub static EVASIVE_PASSIVE: LexiconRule = {
        id: "builtin.evasive-passive",
        principle: Voicing,
        effect: Issue,
        prior: { listening: -0.3, respect: -0.3, promotion: 0.0 },
        message: crate::messages::RULE_EVASIVE_PASSIVE,
        lexicon: "evasive_passive.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::EVASIVE_PASSIVE;

    #[test]
    fn mistakes_were_made_owns_up() {
        assert_eq!(rewrite(RULE, "Mistakes were made.").as_deref(), Some("We made mistakes"));
    }

    #[test]
    fn an_active_sentence_is_not() {
        assert!(!fires(RULE, "We made a mistake and fixed it."));
    }
}
