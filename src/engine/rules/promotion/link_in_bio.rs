//! "Link in bio": pointing readers elsewhere turns a reply into a funnel.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Flags pointers to links elsewhere (link in bio, link below); answer here instead.
    ///
    /// ## What it does
    /// Flags pointers to links elsewhere ("link in bio", "link below", "check my profile").
    ///
    /// ## Why does it matter?
    /// Sending readers to a link instead of answering them reads as self-promotion.
    pub static LINK_IN_BIO: LexiconRule = {
        id: "builtin.link-in-bio",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.4, respect: 0.0, promotion: 1.2 },
        message: "\"{match}\" points readers elsewhere; answer them here instead.",
        lexicon: LINK_IN_BIO_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const LINK_IN_BIO_LEXICON: Lexicon = Lexicon {
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
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::LINK_IN_BIO;

    #[test]
    fn link_in_bio_is_flagged() {
        assert!(fires(RULE, "Full guide: link in bio"));
    }

    #[test]
    fn talking_about_a_bio_is_not() {
        assert!(!fires(RULE, "Her biography is long."));
    }
}
