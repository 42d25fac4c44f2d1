//! Self-promotion: "check out my channel", "my new video" make the reply about the writer's content.

declare_rule! {
    /// Flags pointers to the writer's own channel, page or content; in a reply it reads as spam.
    ///
    /// ## What it does
    /// Flags pointers to the writer's own channel, page, video, music or shop.
    ///
    /// ## Why does it matter?
    /// Pointing to your own content in someone else's conversation reads as spam, even when it is good content.
    pub static SELF_PROMOTION: LexiconRule = {
        id: "builtin.self-promotion",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.6, respect: 0.0, promotion: 1.5 },
        message: crate::messages::RULE_SELF_PROMOTION,
        lexicon: "self_promotion.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SELF_PROMOTION;

    #[test]
    fn talking_about_their_channel_is_not() {
        assert!(!fires(RULE, "Your channel helped me a lot."));
    }
}
