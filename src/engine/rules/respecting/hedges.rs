//! Hedges: "I think", "perhaps", "it seems" offer a view without imposing it.

declare_rule! {
    /// Rewards offering a view tentatively (I think, perhaps, it seems): it leaves room to disagree.
    ///
    /// ## What it does
    /// Rewards hedged, tentative phrasing ("I think", "perhaps", "it seems", "in my view").
    ///
    /// ## Why does it matter?
    /// A hedge leaves the reader room to disagree; research on politeness finds it is read as respectful.
    pub static HEDGES: LexiconRule = {
        id: "builtin.hedges",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.0, respect: 0.3, promotion: 0.0 },
        message: crate::messages::RULE_HEDGES,
        lexicon: "hedges.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::HEDGES;

    #[test]
    fn a_flat_claim_is_not() {
        assert!(!fires(RULE, "The second option is better."));
    }
}
