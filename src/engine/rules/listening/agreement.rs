//! Agreement: saying where you agree ("good point", "you're right") before you differ.

declare_rule! {
    /// Rewards naming where you agree with the other person before you differ.
    ///
    /// ## What it does
    /// Rewards explicit agreement with the other person ("I agree", "you're right", "fair point").
    ///
    /// ## Why does it matter?
    /// Naming common ground first makes any disagreement that follows easier to hear.
    pub static AGREEMENT: LexiconRule = {
        id: "builtin.agreement",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.3, promotion: -0.2 },
        message: crate::messages::RULE_AGREEMENT,
        lexicon: "agreement.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::AGREEMENT;

    #[test]
    fn disagreement_is_not() {
        assert!(!fires(RULE, "I disagree with that."));
    }
}
