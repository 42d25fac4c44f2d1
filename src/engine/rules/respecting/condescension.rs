//! Condescension: "calm down", "educate yourself", "obviously you're wrong" talk down to the reader.

declare_rule! {
    /// Flags phrases that talk down to the reader; they end a conversation instead of opening it.
    ///
    /// ## What it does
    /// Flags phrases that talk down to the reader or tell them how to feel.
    ///
    /// ## Why does it matter?
    /// Condescension ends a conversation: the reader answers the tone, not the content.
    pub static CONDESCENSION: LexiconRule = {
        id: "builtin.condescension",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -3.0, promotion: 0.0 },
        keeps_prior: true,
        message: crate::messages::RULE_CONDESCENSION,
        lexicon: "condescension.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CONDESCENSION;

    #[test]
    fn actually_youre_wrong_gets_a_kinder_rewrite() {
        assert_eq!(rewrite(RULE, "Actually, you're wrong about this.").as_deref(), Some("I see it differently:"));
    }

    #[test]
    fn saying_they_did_not_read_is_condescending() {
        assert_eq!(rewrite(RULE, "Obviously you didn't read the FAQ.").as_deref(), Some("you may have missed"));
        assert!(fires(RULE, "If you had read the thread you would know."));
    }

    #[test]
    fn a_neutral_reply_is_not() {
        assert!(!fires(RULE, "The fix is live; let us know if it helps."));
    }
}
