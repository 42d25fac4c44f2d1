//! Curiosity bait: "you won't believe", "will make your day", "23 things only": a headline that withholds to be clicked.

declare_rule! {
    /// Flags curiosity bait ("you won't believe", "what happens next"); say what the post is about.
    ///
    /// ## What it does
    /// Flags the hype of clickbait headlines: promises of a reaction ("will make you laugh", "will restore your
    /// faith"), withheld answers ("what happens next", "can you guess"), and the listicle's "things only ... will
    /// understand". "Here's what happened" opens an explanation (a post-mortem) and is left alone.
    ///
    /// ## Why does it matter?
    /// A post that withholds its point to be clicked treats readers as traffic; the people it reaches learn to
    /// distrust the account. Say plainly what the post holds.
    pub static CURIOSITY_BAIT: LexiconRule = {
        id: "builtin.curiosity-bait",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 0.8 },
        message: crate::messages::RULE_CURIOSITY_BAIT,
        lexicon: "curiosity_bait.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CURIOSITY_BAIT;

    #[test]
    fn plain_news_and_support_are_not() {
        assert!(!fires(RULE, "Here is the fix: restart the app and sign in again."));
        assert!(!fires(RULE, "Senate passes the budget bill after a long debate."));
        assert!(!fires(RULE, "About 18% of you couldn't open documents. Here's what happened."));
    }
}
