//! Self-superlatives: "the best", "world-class", "#1" are claims readers discount on sight.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Flags superlative claims about yourself or your product; specifics persuade more.
    ///
    /// ## What it does
    /// Flags superlative claims a writer makes about themselves or their product.
    ///
    /// ## Why does it matter?
    /// Readers discount self-praise; specifics and other people's words persuade more.
    pub static SELF_SUPERLATIVES: LexiconRule = {
        id: "builtin.self-superlatives",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.5, respect: 0.0, promotion: 0.8 },
        message: "\"{match}\" is a superlative about yourself; a specific fact persuades more.",
        lexicon: SELF_SUPERLATIVES_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const SELF_SUPERLATIVES_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("we're the best"),
        flag("we are the best"),
        flag("our best"),
        flag("best ever"),
        flag("best in the world"),
        flag("best in class"),
        flag("world-class"),
        flag("world class"),
        flag("world's best"),
        flag("world's first"),
        flag("number one"),
        flag("#1"),
        flag("no. 1"),
        flag("industry-leading"),
        flag("industry leading"),
        flag("market-leading"),
        flag("leading provider"),
        flag("revolutionary"),
        flag("game-changing"),
        flag("game changer"),
        flag("game-changer"),
        flag("cutting-edge"),
        flag("cutting edge"),
        flag("state-of-the-art"),
        flag("unbeatable"),
        flag("unmatched"),
        flag("unrivaled"),
        flag("unparalleled"),
        flag("award-winning"),
        flag("award winning"),
        flag("second to none"),
        flag("like no other"),
        flag("the ultimate"),
        flag("premium"),
        flag("top-notch"),
        flag("top notch"),
        flag("best-selling"),
        flag("bestselling"),
        flag("must-have"),
        flag("must have"),
        flag("life-changing"),
        flag("life changing"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SELF_SUPERLATIVES;

    #[test]
    fn world_class_is_a_superlative() {
        assert!(fires(RULE, "Our world-class team is unbeatable."));
    }

    #[test]
    fn a_specific_claim_is_not() {
        assert!(!fires(RULE, "The app now opens in two seconds."));
    }
}
