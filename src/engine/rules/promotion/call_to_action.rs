//! Calls to action: "buy now", "click here", "sign up" push the reader instead of talking with them.

declare_rule! {
    /// Flags calls to action (buy, click, visit, sign up); in a conversation they read as an ad.
    ///
    /// ## What it does
    /// Flags calls to action: telling the reader to buy, click, visit, sign up or download.
    ///
    /// ## Why does it matter?
    /// In a conversation a call to action reads as an ad and ends the exchange.
    pub static CALL_TO_ACTION: LexiconRule = {
        id: "builtin.call-to-action",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -1.0, respect: 0.0, promotion: 1.2 },
        message: crate::messages::RULE_CALL_TO_ACTION,
        lexicon: "call_to_action.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CALL_TO_ACTION;

    #[test]
    fn the_checkout_page_is_not_a_call_to_action() {
        assert!(!fires(RULE, "The outage is affecting checkout; it works again now."));
        assert!(fires(RULE, "Checkout this deal before it's gone"));
    }

    #[test]
    fn asking_for_money_is_a_call_to_action() {
        assert!(fires(RULE, "Would you be willing to donate a small amount today?"));
        assert!(fires(RULE, "Can we count on you?"));
        assert!(!fires(RULE, "Your donation receipt is attached."));
    }

    #[test]
    fn a_question_is_not() {
        assert!(!fires(RULE, "Which plan are you on?"));
    }
}
