//! Harsh words: "ridiculous", "disgusting", "pathetic", "hate" judge instead of describe.

declare_rule! {
    /// Flags harsh, judging words; describing the problem keeps the reader listening.
    ///
    /// ## What it does
    /// Flags strongly negative, judging words ("ridiculous", "disgusting", "lies", "worst", "hate").
    ///
    /// ## Why does it matter?
    /// Harsh judgments make the reader defend themselves; describing the problem keeps them listening.
    pub static HARSH_WORDS: LexiconRule = {
        id: "builtin.harsh-words",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.4, respect: -1.6, promotion: 0.0 },
        message: crate::messages::RULE_HARSH_WORDS,
        lexicon: "harsh_words.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::HARSH_WORDS;

    #[test]
    fn ridiculous_is_harsh() {
        assert_eq!(rewrite(RULE, "This policy is ridiculous.").as_deref(), Some("surprising"));
    }

    #[test]
    fn a_calm_description_is_not() {
        assert!(!fires(RULE, "The policy changed on Monday and I was surprised."));
    }
}
