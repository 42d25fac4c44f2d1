//! Gratitude: thanking the other person is one of the clearest signs of respect.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards thanking the other person: gratitude shows respect for their time and view.
    ///
    /// ## What it does
    /// Rewards thanking the other person ("thanks", "thank you", "I appreciate").
    ///
    /// ## Why does it matter?
    /// Gratitude shows respect for their time and view, and people answer it in kind.
    pub static GRATITUDE: LexiconRule = {
        id: "builtin.gratitude",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.3, respect: 0.8, promotion: 0.0 },
        message: "Thanking them (\"{match}\") shows respect.",
        lexicon: GRATITUDE_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const GRATITUDE_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("thank you"),
        flag("thanks"),
        flag("thx"),
        flag("ty"),
        flag("appreciate"),
        flag("appreciated"),
        flag("appreciate it"),
        flag("grateful"),
        flag("thankful"),
        flag("much obliged"),
        flag("cheers for"),
        flag("kudos"),
        flag("thank u"),
        flag("many thanks"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::GRATITUDE;

    #[test]
    fn thanks_is_gratitude() {
        assert!(fires(RULE, "Thanks for flagging this!"));
        assert!(fires(RULE, "We really appreciate the detail."));
    }

    #[test]
    fn a_word_that_merely_contains_thanks_is_not() {
        assert!(!fires(RULE, "Thanksgiving sale starts now"));
    }
}
