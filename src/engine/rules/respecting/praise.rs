//! Praise: sincere credit for the other person's work ("great question", "nice work").

declare_rule! {
    /// Rewards giving the other person credit for their work or question.
    ///
    /// ## What it does
    /// Rewards giving the other person credit ("great question", "good catch", "nice work").
    ///
    /// ## Why does it matter?
    /// Credit for their effort tells them their contribution is valued.
    pub static PRAISE: LexiconRule = {
        id: "builtin.praise",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.2, respect: 0.5, promotion: 0.0 },
        message: crate::messages::RULE_PRAISE,
        lexicon: "praise.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PRAISE;

    #[test]
    fn plain_text_is_not() {
        assert!(!fires(RULE, "The file is attached."));
    }
}
