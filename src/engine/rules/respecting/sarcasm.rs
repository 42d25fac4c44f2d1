//! Sarcasm markers: "/s", "yeah right", "oh great" say the opposite of what they mean, at the reader.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Flags sarcasm markers; in text the reader hears contempt.
    ///
    /// ## What it does
    /// Flags common sarcasm markers ("yeah right", "oh great", "good luck with that", "/s", an eye-roll emoji).
    ///
    /// ## Why does it matter?
    /// Sarcasm rarely survives text: readers hear contempt, and the point is lost.
    pub static SARCASM: LexiconRule = {
        id: "builtin.sarcasm",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.6, respect: -0.5, promotion: 0.0 },
        message: "\"{match}\" reads as sarcasm; say what you mean plainly.",
        lexicon: SARCASM_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const SARCASM_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("gee, thanks"),
        flag("gee thanks"),
        flag("thanks, genius"),
        flag("thanks, captain obvious"),
        flag("captain obvious"),
        flag("yeah right"),
        flag("yeah, right"),
        flag("oh great"),
        flag("oh wonderful"),
        flag("oh sure"),
        flag("sure, jan"),
        flag("good luck with that"),
        flag("thanks a lot"),
        flag("thanks for nothing"),
        flag("how original"),
        flag("big surprise"),
        flag("what a surprise"),
        flag("shocker"),
        flag("slow clap"),
        flag("wow, just wow"),
        flag("as if"),
        flag("cool story"),
        flag("cool story bro"),
        flag("tell me you"),
        flag("because that worked"),
        flag("said no one ever"),
        flag("imagine thinking"),
        flag("who would have thought"),
        flag("who would've thought"),
        flag("real smart"),
        flag("nice going"),
        flag("way to go"),
        flag("/s"),
        flag("\u{1F644}"),
        flag("\u{1F612}"),
        flag("lol"),
        flag("lmao"),
        flag("rofl"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SARCASM;

    #[test]
    fn yeah_right_is_sarcasm() {
        assert!(fires(RULE, "Yeah right, like that will happen."));
    }

    #[test]
    fn an_eye_roll_is_sarcasm() {
        assert!(fires(RULE, "Great update \u{1F644}"));
    }

    #[test]
    fn a_plain_yes_is_not() {
        assert!(!fires(RULE, "Yes, that is right."));
    }
}
