//! Self-superlatives: "the best", "world-class", "#1" are claims readers discount on sight.

declare_rule! {
    /// Flags superlative claims about yourself or your product; specifics persuade more.
    ///
    /// ## What it does
    /// Flags superlative claims a writer makes about themselves or their product.
    ///
    /// ## Why does it matter?
    /// Readers discount self-praise; specifics and other people's words persuade more.
    pub static SELF_SUPERLATIVES: LexiconRule = {
        id: "builtin.self-superlatives",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.5, respect: 0.0, promotion: 0.8 },
        message: crate::messages::RULE_SELF_SUPERLATIVES,
        lexicon: "self_superlatives.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SELF_SUPERLATIVES;

    #[test]
    fn a_specific_claim_is_not() {
        assert!(!fires(RULE, "The app now opens in two seconds."));
    }
}
