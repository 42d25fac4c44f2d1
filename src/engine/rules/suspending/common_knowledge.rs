//! Appeals to common knowledge: "everyone knows", "it's common sense" imply the reader is slow.

declare_rule! {
    /// Flags appeals to common knowledge; they imply the reader is ignorant. Give the reason instead.
    ///
    /// ## What it does
    /// Flags claims that a view is what everyone knows or common sense.
    ///
    /// ## Why does it matter?
    /// Calling a view common knowledge implies anyone who disagrees is ignorant; give the reason instead.
    pub static COMMON_KNOWLEDGE: LexiconRule = {
        id: "builtin.common-knowledge",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.5, respect: -0.4, promotion: 0.0 },
        message: crate::messages::RULE_COMMON_KNOWLEDGE,
        lexicon: "common_knowledge.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::COMMON_KNOWLEDGE;

    #[test]
    fn everyone_knows_is_flagged() {
        assert_eq!(rewrite(RULE, "Everyone knows that plan fails.").as_deref(), Some("Many people think"));
    }

    #[test]
    fn a_reason_is_not() {
        assert!(!fires(RULE, "That plan failed twice last year."));
    }
}
