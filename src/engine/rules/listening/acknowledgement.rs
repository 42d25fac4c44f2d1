//! Acknowledgement: "I hear you", "I understand", "that makes sense" show the person was heard.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards acknowledging the other person: I hear you, I understand, that makes sense.
    ///
    /// ## What it does
    /// Rewards phrases that acknowledge what the other person said or feels.
    ///
    /// ## Why does it matter?
    /// People keep talking to someone who shows they were heard; acknowledgement comes before any answer.
    pub static ACKNOWLEDGEMENT: LexiconRule = {
        id: "builtin.acknowledgement",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.3, promotion: -0.2 },
        message: "Acknowledging them (\"{match}\") shows you listened.",
        lexicon: ACKNOWLEDGEMENT_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const ACKNOWLEDGEMENT_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("i hear you"),
        flag("i understand"),
        flag("i totally understand"),
        flag("i completely understand"),
        flag("i fully understand"),
        flag("i absolutely understand"),
        flag("i truly understand"),
        flag("i really understand"),
        flag("i can understand"),
        flag("i see what you mean"),
        flag("i see your point"),
        flag("i get it"),
        flag("i get that"),
        flag("i can see why"),
        flag("i see why"),
        flag("that makes sense"),
        flag("makes sense"),
        flag("i know how"),
        flag("understandable"),
        flag("i can imagine"),
        flag("i appreciate your perspective"),
        flag("i appreciate your point"),
        flag("i respect your"),
        flag("i respect that"),
        flag("thanks for sharing"),
        flag("thank you for sharing"),
        flag("i hadn't thought of"),
        flag("i had not thought of"),
        flag("i can relate"),
        flag("i see where you"),
        flag("i understand where you"),
        flag("valid point"),
        flag("valid concern"),
        flag("legitimate concern"),
        flag("understand your"),
        flag("on the other hand"),
        flag("to be fair"),
        flag("in fairness"),
        flag("i can see how"),
        flag("i can understand why"),
        flag("from your perspective"),
        flag("your perspective"),
        flag("i respect your view"),
        flag("there is some truth"),
        flag("i see the appeal"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::ACKNOWLEDGEMENT;

    #[test]
    fn hearing_them_is_acknowledgement() {
        assert!(fires(RULE, "I hear you, that sounds frustrating."));
    }

    #[test]
    fn a_curly_apostrophe_still_counts() {
        assert!(fires(RULE, "I hadn\u{2019}t thought of that."));
    }

    #[test]
    fn a_plain_statement_is_not() {
        assert!(!fires(RULE, "The update ships on Monday."));
    }
}
