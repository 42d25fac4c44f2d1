//! Praise: sincere credit for the other person's work ("great question", "nice work").

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards giving the other person credit for their work or question.
    ///
    /// ## What it does
    /// Rewards giving the other person credit ("great question", "good catch", "nice work").
    ///
    /// ## Why does it matter?
    /// Credit for their effort tells them their contribution is valued.
    pub static PRAISE: LexiconRule = {
        id: "builtin.praise",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.2, respect: 0.5, promotion: 0.0 },
        message: "Giving credit (\"{match}\") tells them their effort is valued.",
        lexicon: PRAISE_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const PRAISE_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("great question"),
        flag("good question"),
        flag("good catch"),
        flag("great catch"),
        flag("nice catch"),
        flag("nice work"),
        flag("great work"),
        flag("good work"),
        flag("good job"),
        flag("great job"),
        flag("well done"),
        flag("nicely done"),
        flag("great idea"),
        flag("good idea"),
        flag("love this"),
        flag("love your"),
        flag("great post"),
        flag("great article"),
        flag("great suggestion"),
        flag("good suggestion"),
        flag("helpful"),
        flag("brilliant"),
        flag("impressive"),
        flag("excellent"),
        flag("awesome"),
        flag("wonderful"),
        flag("amazing work"),
        flag("beautiful"),
        flag("lovely"),
        flag("interesting"),
        flag("insightful"),
        flag("thoughtful"),
        flag("congratulations"),
        flag("congrats"),
        flag("bravo"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PRAISE;

    #[test]
    fn good_catch_is_praise() {
        assert!(fires(RULE, "Good catch, fixed!"));
    }

    #[test]
    fn plain_text_is_not() {
        assert!(!fires(RULE, "The file is attached."));
    }
}
