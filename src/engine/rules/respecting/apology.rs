//! Apology: a plain "sorry" that owns a mistake is a mark of respect.

declare_rule! {
    /// Rewards a direct apology that owns the mistake.
    ///
    /// ## What it does
    /// Rewards a direct apology ("sorry", "my mistake", "that's on us").
    ///
    /// ## Why does it matter?
    /// Owning a mistake in plain words repairs trust faster than any explanation.
    pub static APOLOGY: LexiconRule = {
        id: "builtin.apology",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.4, respect: 0.4, promotion: 0.0 },
        message: crate::messages::RULE_APOLOGY,
        lexicon: "apology.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::APOLOGY;

    #[test]
    fn no_apology_no_finding() {
        assert!(!fires(RULE, "We fixed it."));
    }
}
