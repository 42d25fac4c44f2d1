//! "Link in bio": pointing readers elsewhere turns a reply into a funnel.

use super::LexiconRule;
use crate::engine::lexicon::flag;
use crate::engine::{Effect, Principle};

/// ## What it does
/// Flags pointers to links elsewhere ("link in bio", "link below", "check my profile").
///
/// ## Why does it matter?
/// Sending readers to a link instead of answering them reads as self-promotion.
pub static LINK_IN_BIO: LexiconRule = LexiconRule {
    id: "builtin.link-in-bio",
    principle: Principle::Promotion,
    effect: Effect::Issue,
    description: "Flags pointers to links elsewhere (link in bio, link below); answer here instead.",
    message: "\"{match}\" points readers elsewhere; answer them here instead.",
    entries: &[
        flag("link in bio"),
        flag("link in my bio"),
        flag("link in our bio"),
        flag("link in the bio"),
        flag("check my bio"),
        flag("check our bio"),
        flag("see bio"),
        flag("link below"),
        flag("links below"),
        flag("link in description"),
        flag("link in the description"),
        flag("link in comments"),
        flag("link in the comments"),
        flag("check my profile"),
        flag("check out my profile"),
        flag("visit my profile"),
        flag("on my profile"),
        flag("in my profile"),
        flag("swipe up"),
        flag("link on my page"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;

    const RULE: &str = "builtin.link-in-bio";

    #[test]
    fn link_in_bio_is_flagged() {
        assert!(fires(RULE, "Full guide: link in bio"));
    }

    #[test]
    fn talking_about_a_bio_is_not() {
        assert!(!fires(RULE, "Her biography is long."));
    }
}
