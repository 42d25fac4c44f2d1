//! Subscribe and follow requests: "subscribe", "follow me", "sub4sub" ask the reader to join your audience.

declare_rule! {
    /// Flags requests to subscribe to or follow the writer.
    ///
    /// ## What it does
    /// Flags requests to subscribe to, follow or like the writer.
    ///
    /// ## Why does it matter?
    /// Asking strangers to follow you turns a conversation into audience building.
    pub static SUBSCRIBE_FOLLOW: LexiconRule = {
        id: "builtin.subscribe-follow",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.5, respect: 0.0, promotion: 1.5 },
        message: crate::messages::RULE_SUBSCRIBE_FOLLOW,
        lexicon: "subscribe_follow.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SUBSCRIBE_FOLLOW;

    #[test]
    fn a_newsletter_question_is_not() {
        assert!(!fires(RULE, "How do I cancel the newsletter?"));
    }
}
