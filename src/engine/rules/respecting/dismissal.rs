//! Dismissal: "whatever", "who cares", "get over it" wave the other person away.

declare_rule! {
    /// Flags phrases that brush off the other person or their concern.
    ///
    /// ## What it does
    /// Flags phrases that brush off the other person or their concern.
    ///
    /// ## Why does it matter?
    /// A dismissal says their concern does not count; even a disagreement respects them more than that.
    pub static DISMISSAL: LexiconRule = {
        id: "builtin.dismissal",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.4, promotion: 0.0 },
        keeps_prior: true,
        message: crate::messages::RULE_DISMISSAL,
        lexicon: "dismissal.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::DISMISSAL;

    #[test]
    fn get_over_it_gets_a_rewrite() {
        assert_eq!(rewrite(RULE, "Get over it.").as_deref(), Some("I hear that this matters to you"));
    }

    #[test]
    fn a_clause_rewrite_is_offered_only_where_it_opens_the_sentence() {
        assert_eq!(rewrite(RULE, "Just get over it."), None);
    }

    #[test]
    fn engaging_is_not_dismissive() {
        assert!(!fires(RULE, "I see why that matters to you."));
    }
}
