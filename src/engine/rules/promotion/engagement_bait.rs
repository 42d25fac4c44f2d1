//! Engagement bait: "like if you agree", "tag a friend" farm reactions instead of starting a conversation.

declare_rule! {
    /// Flags requests for likes, shares and tags; ask a real question instead.
    ///
    /// ## What it does
    /// Flags requests for likes, shares, tags and comments for their own sake.
    ///
    /// ## Why does it matter?
    /// Asking for reactions instead of views treats readers as numbers; ask a real question instead.
    pub static ENGAGEMENT_BAIT: LexiconRule = {
        id: "builtin.engagement-bait",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.4, respect: 0.0, promotion: 1.2 },
        message: crate::messages::RULE_ENGAGEMENT_BAIT,
        lexicon: "engagement_bait.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::ENGAGEMENT_BAIT;

    #[test]
    fn a_real_question_is_not() {
        assert!(!fires(RULE, "What would you change about it?"));
    }
}
