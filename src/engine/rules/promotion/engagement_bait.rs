//! Engagement bait: "like if you agree", "tag a friend" farm reactions instead of starting a conversation.

use super::Lexicon;
use crate::engine::lexicon::flag;

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
        message: "\"{match}\" asks for reactions, not views; ask a real question instead.",
        lexicon: ENGAGEMENT_BAIT_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const ENGAGEMENT_BAIT_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("like if you agree"),
        flag("like if"),
        flag("share if"),
        flag("retweet if"),
        flag("rt if"),
        flag("tag a friend"),
        flag("tag someone"),
        flag("tag your"),
        flag("comment below"),
        flag("drop a comment"),
        flag("leave a comment"),
        flag("leave a like"),
        flag("smash that like"),
        flag("hit the like"),
        flag("like this comment"),
        flag("like my comment"),
        flag("thumbs up if"),
        flag("give it a like"),
        flag("please like"),
        flag("please share"),
        flag("share this"),
        flag("spread the word"),
        flag("pass it on"),
        flag("like and share"),
        flag("like & share"),
        flag("so more people can see"),
        flag("so everyone can see"),
        flag("make this comment"),
        flag("this comment to the top"),
        flag("be the first to"),
        flag("please vote"),
        flag("vote for"),
        flag("vote daily"),
        flag("vote now"),
        flag("million views"),
        flag("more views"),
        flag("help me reach"),
        flag("help us reach"),
        flag("thumbs up"),
        flag("like this if"),
        flag("who's watching"),
        flag("anyone watching"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::ENGAGEMENT_BAIT;

    #[test]
    fn tag_a_friend_is_bait() {
        assert!(fires(RULE, "Tag a friend who needs this!"));
    }

    #[test]
    fn a_real_question_is_not() {
        assert!(!fires(RULE, "What would you change about it?"));
    }
}
