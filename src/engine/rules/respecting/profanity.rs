//! Profanity: swearing reads as anger or disrespect, however it was meant.

declare_rule! {
    /// Flags swear words; in public they read as anger or disrespect.
    ///
    /// ## What it does
    /// Flags swear words and their common spellings.
    ///
    /// ## Why does it matter?
    /// Swearing reads as anger or disrespect in public, whatever the intent, and it is what people remember.
    pub static PROFANITY: LexiconRule = {
        id: "builtin.profanity",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.4, respect: -2.2, promotion: 0.0 },
        message: crate::messages::RULE_PROFANITY,
        lexicon: "profanity.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::rewrite;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PROFANITY;

    #[test]
    fn damn_gets_a_milder_word() {
        assert_eq!(rewrite(RULE, "damn slow today").as_deref(), Some("really"));
    }
}
