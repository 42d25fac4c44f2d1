//! Flat contradiction: "that's not true", "that makes no sense" deny instead of explaining.

declare_rule! {
    /// Flags flat denials; say what you see differently, and why.
    ///
    /// ## What it does
    /// Flags flat denials of what the other person said ("that's not true", "makes no sense", "simply wrong").
    ///
    /// ## Why does it matter?
    /// A flat denial invites a flat denial back; saying what you see differently, and why, keeps them listening.
    pub static CONTRADICTION: LexiconRule = {
        id: "builtin.contradiction",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.4, respect: -0.4, promotion: 0.0 },
        message: crate::messages::RULE_CONTRADICTION,
        lexicon: "contradiction.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CONTRADICTION;

    #[test]
    fn not_true_gets_a_softer_rewrite() {
        assert_eq!(rewrite(RULE, "That's not true.").as_deref(), Some("I see it differently"));
    }

    #[test]
    fn explaining_is_not() {
        assert!(!fires(RULE, "I read the report differently: it covers 2019 only."));
    }
}
