//! Indirect requests: "could you", "would you mind" ask instead of order.

declare_rule! {
    /// Rewards asking rather than ordering: could you, would you mind, if you don't mind.
    ///
    /// ## What it does
    /// Rewards requests phrased as questions or offers ("could you", "would you mind", "if you don't mind").
    ///
    /// ## Why does it matter?
    /// An indirect request leaves the reader the choice; politeness research finds it one of the strongest signals.
    pub static INDIRECT_REQUEST: LexiconRule = {
        id: "builtin.indirect-request",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.2, respect: 0.6, promotion: 0.0 },
        message: crate::messages::RULE_INDIRECT_REQUEST,
        lexicon: "indirect_request.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::INDIRECT_REQUEST;

    #[test]
    fn an_order_is_not() {
        assert!(!fires(RULE, "Send a screenshot."));
    }
}
