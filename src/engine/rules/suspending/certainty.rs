//! Certainty: "obviously", "clearly", "the fact is" present an opinion as beyond question.

declare_rule! {
    /// Flags words that present an opinion as settled fact; saying it as your view invites a reply.
    ///
    /// ## What it does
    /// Flags words that present an opinion as settled fact ("obviously", "clearly", "undeniably", "the fact is").
    ///
    /// ## Why does it matter?
    /// Suspending judgment means holding a view lightly enough to hear another; certainty words shut that down.
    pub static CERTAINTY: LexiconRule = {
        id: "builtin.certainty",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.3, respect: -0.3, promotion: 0.0 },
        message: crate::messages::RULE_CERTAINTY,
        lexicon: "certainty.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CERTAINTY;

    #[test]
    fn obviously_becomes_a_view() {
        assert_eq!(rewrite(RULE, "Obviously this is broken").as_deref(), Some("I think"));
    }

    #[test]
    fn a_hedged_view_is_not() {
        assert!(!fires(RULE, "I think this might be broken."));
    }
}
