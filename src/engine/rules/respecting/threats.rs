//! Threats: harm promised or wished to the person you answer ("I will kill you", "kys") is never one bad word.

declare_rule! {
    /// Flags threats and wishes of harm aimed at the reader; they end the conversation.
    ///
    /// ## What it does
    /// Flags harm promised or wished to the person addressed: "I will kill you", "hope you die", "watch your
    /// back", "kill yourself". Violent words about other things or other people are the hostility rule's.
    ///
    /// ## Why does it matter?
    /// A threat makes the person unsafe and breaks every platform's rules; nothing else in the reply can make up
    /// for it, so it weighs its full prior whatever the data say about violent words in general.
    pub static THREATS: LexiconRule = {
        id: "builtin.threats",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.5, promotion: 0.0 },
        keeps_prior: true,
        message: crate::messages::RULE_THREATS,
        lexicon: "threats.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::THREATS;

    #[test]
    fn harm_promised_to_the_reader_is_a_threat() {
        assert!(fires(RULE, "I am going to kill you."));
        assert!(fires(RULE, "Watch your back."));
    }

    #[test]
    fn killing_a_process_is_not_a_threat() {
        assert!(!fires(RULE, "I'll kill the stuck process and restart it for you."));
        assert!(!fires(RULE, "We beat you to it: the fix shipped this morning."));
    }
}
