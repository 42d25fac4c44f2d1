//! Urgency: "limited time", "act now", "don't miss out" pressure the reader instead of informing them.

declare_rule! {
    /// Flags manufactured urgency; in a conversation it reads as pressure.
    ///
    /// ## What it does
    /// Flags manufactured urgency and scarcity. "Right now", "immediately" and "asap" alone are not on the
    /// list: support says them about its own work ("we're looking into it right now", "a replacement goes out
    /// immediately"); pushed at the reader ("order right now", "act immediately") they are.
    ///
    /// ## Why does it matter?
    /// Pressure is a sales tactic; in a conversation it reads as manipulative.
    pub static URGENCY: LexiconRule = {
        id: "builtin.urgency",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.3, respect: 0.0, promotion: 1.0 },
        message: crate::messages::RULE_URGENCY,
        lexicon: "urgency.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::URGENCY;

    #[test]
    fn our_own_speed_is_not_urgency_but_pressing_the_reader_is() {
        assert!(!fires(RULE, "We're aware of the outage right now and will reply asap."));
        assert!(!fires(RULE, "A replacement goes out immediately."));
        assert!(fires(RULE, "Order right now before prices go up!"));
        assert!(fires(RULE, "Act immediately to keep your account."));
    }

    #[test]
    fn a_date_is_not_urgency() {
        assert!(!fires(RULE, "The beta closes on 3 May."));
    }
}
