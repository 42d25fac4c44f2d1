//! Self-promotion: "check out my channel", "my new video" make the reply about the writer's content.

use super::Lexicon;
use crate::engine::lexicon::{block, flag};

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
        message: "\"{match}\" points to your own content; in a reply it reads as spam.",
        lexicon: SELF_PROMOTION_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const SELF_PROMOTION_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("check out my"),
        flag("check my"),
        flag("checkout my"),
        flag("check out our"),
        flag("my channel"),
        flag("our channel"),
        flag("my new video"),
        flag("my video"),
        flag("my videos"),
        flag("my new song"),
        flag("my song"),
        flag("my songs"),
        flag("my music"),
        flag("my new single"),
        flag("my album"),
        flag("my mixtape"),
        flag("my page"),
        flag("my website"),
        flag("my site"),
        flag("my blog"),
        flag("my shop"),
        flag("my store"),
        flag("our store"),
        flag("my youtube"),
        flag("my youtube channel"),
        flag("my playlist"),
        flag("my podcast"),
        flag("my stream"),
        flag("my instagram"),
        flag("my twitter"),
        flag("my facebook"),
        flag("my soundcloud"),
        flag("my first video"),
        flag("my cover"),
        flag("my book"),
        flag("my course"),
        flag("my app"),
        flag("my product"),
        flag("our new product"),
        flag("our latest"),
        flag("my latest"),
        flag("my link"),
        flag("my profile"),
        flag("my vlog"),
        flag("my art"),
        flag("i make videos"),
        flag("i'm a small youtuber"),
        flag("small youtuber"),
        flag("new youtuber"),
        flag("upcoming artist"),
        flag("up and coming"),
        flag("aspiring"),
        flag("support me"),
        flag("support my"),
        flag("give me a chance"),
        flag("give my"),
        flag("i just started"),
        flag("i just uploaded"),
        flag("watch my"),
        flag("see my"),
        flag("hear my"),
        flag("my rap"),
        flag("my raps"),
        flag("my track"),
        flag("my tracks"),
        flag("my new track"),
        flag("my beats"),
        flag("my covers"),
        flag("my remix"),
        flag("my music video"),
        flag("we did a cover"),
        flag("i did a cover"),
        flag("i rap"),
        flag("i make music"),
        flag("i make beats"),
        flag("my ig"),
        flag("on ig"),
        flag("my insta"),
        flag("on instagram"),
        flag("on twitter"),
        flag("on soundcloud"),
        flag("on my channel"),
        flag("look me up"),
        flag("getting popular"),
        flag("getting known"),
        flag("make it big"),
        flag("new to youtube"),
        flag("started a channel"),
        flag("started my channel"),
        flag("my vids"),
        flag("visit my blog"),
        flag("care to visit"),
        flag("my fanpage"),
        flag("my fan page"),
        // Pointing to the instructions that answer a question is help, not the writer's content.
        block("check out our guide"),
        block("check out our help"),
        block("check out our faq"),
        block("check out our docs"),
        block("check out our setup guide"),
        block("check out our support"),
        block("check out our status"),
        block("check out our community"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SELF_PROMOTION;

    #[test]
    fn check_out_my_channel_is_self_promotion() {
        assert!(fires(RULE, "Check out my channel for more!"));
    }

    #[test]
    fn pointing_to_our_help_pages_is_not() {
        assert!(!fires(RULE, "Check out our setup guide, it covers the wiring."));
        assert!(!fires(RULE, "Check out our help centre for the steps."));
        assert!(fires(RULE, "Check out our new collection!"));
    }

    #[test]
    fn talking_about_their_channel_is_not() {
        assert!(!fires(RULE, "Your channel helped me a lot."));
    }
}
