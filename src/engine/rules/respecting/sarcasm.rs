//! Sarcasm markers: "/s", "yeah right", "oh great" say the opposite of what they mean, at the reader.

use super::Lexicon;
use crate::engine::lexicon::{aimed, block, flag};

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
        prior: { listening: -0.6, respect: -2.0, promotion: 0.0 },
        keeps_prior: true,
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
        // Glad surprise, not sarcasm.
        block("oh great, that's good"),
        block("oh great, that's really good"),
        block("oh great, that's so good"),
        block("oh great, good to hear"),
        block("oh great, glad"),
        block("oh great to hear"),
        flag("oh wonderful"),
        flag("oh sure"),
        flag("sure, jan"),
        flag("good luck with that"),
        flag("thanks for nothing"),
        flag("how original"),
        flag("big surprise"),
        flag("what a surprise"),
        flag("shocker"),
        flag("slow clap"),
        flag("who could have seen that coming"),
        flag("who could've seen that coming"),
        flag("saw that coming"),
        flag("very original"),
        flag("i just love it when"),
        flag("i love it when people"),
        flag("for the fifth time"),
        flag("for the hundredth time"),
        flag("for the millionth time"),
        flag("for the third time"),
        flag("another genius"),
        aimed("genius"),
        flag("einstein"),
        flag("sherlock"),
        flag("bravo"),
        flag("hope you're happy"),
        flag("happy now"),
        flag("color me surprised"),
        flag("what a shock"),
        flag("we'll just hand out"),
        flag("your valuable input"),
        flag("exactly what we needed"),
        flag("wow, just wow"),
        flag("cool story"),
        flag("cool story bro"),
        flag("because that worked"),
        flag("said no one ever"),
        flag("imagine thinking"),
        flag("who would have thought"),
        flag("who would've thought"),
        flag("real smart"),
        flag("/s"),
        flag("\u{1F644}"),
        flag("\u{1F612}"),
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
