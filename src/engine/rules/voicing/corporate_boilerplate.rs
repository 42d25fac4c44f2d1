//! Corporate boilerplate: "we apologize for any inconvenience" sounds like a form letter, not a person.

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags stock corporate phrases and offers the plain words a person would use.
    ///
    /// ## What it does
    /// Flags stock customer-service phrases and offers the plain words a person would use.
    ///
    /// ## Why does it matter?
    /// Voicing means speaking as yourself; boilerplate tells the reader nobody is really there.
    pub static CORPORATE_BOILERPLATE: LexiconRule = {
        id: "builtin.corporate-boilerplate",
        principle: Voicing,
        effect: Issue,
        prior: { listening: -0.6, respect: -0.2, promotion: 0.2 },
        message: "\"{match}\" sounds like a form letter; say it as a person would.",
        lexicon: CORPORATE_BOILERPLATE_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const CORPORATE_BOILERPLATE_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("we apologize for any inconvenience", "Sorry this got in your way"),
        swap("we apologise for any inconvenience", "Sorry this got in your way"),
        swap("sorry for any inconvenience", "sorry this got in your way"),
        swap("apologies for any inconvenience", "sorry this got in your way"),
        swap("we apologize for the inconvenience", "Sorry this got in your way"),
        swap("we regret any inconvenience", "Sorry this got in your way"),
        swap("your feedback is important to us", "Thanks for telling us"),
        swap("your call is important to us", "Thanks for waiting"),
        swap("we value your feedback", "thanks for telling us"),
        swap("thank you for your patience", "thanks for waiting"),
        swap("thank you for your understanding", "thanks for bearing with us"),
        swap("we are looking into it", "we're on it"),
        swap("we are looking into this", "we're on it"),
        swap("please be advised", "just so you know"),
        swap("kindly note", "just so you know"),
        swap("please note that", "just so you know,"),
        swap("at this time", "right now"),
        swap("at this point in time", "right now"),
        swap("we take this very seriously", "this matters to us"),
        swap("we take this matter seriously", "this matters to us"),
        swap("as per our policy", "our rule is"),
        swap("per our policy", "our rule is"),
        swap("in accordance with our", "under our"),
        swap("rest assured", "we promise"),
        swap("we strive to", "we try to"),
        swap("we are committed to", "we care about"),
        swap("we regret to inform you", "sorry,"),
        swap("for any further assistance", "if you need anything else"),
        swap("do not hesitate to contact us", "just reply here"),
        swap("don't hesitate to reach out", "just reply here"),
        swap("please do not hesitate", "feel free"),
        swap("we understand your frustration", "that sounds frustrating"),
        swap("valued customer", "friend"),
        swap("our team is working diligently", "we're working on it"),
        swap("escalated to the relevant team", "passed to the team that can fix it"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CORPORATE_BOILERPLATE;

    #[test]
    fn inconvenience_becomes_plain_sorry() {
        assert_eq!(rewrite(RULE, "We apologize for any inconvenience.").as_deref(), Some("Sorry this got in your way"));
    }

    #[test]
    fn feedback_is_important_is_boilerplate() {
        assert!(fires(RULE, "Your feedback is important to us!"));
    }

    #[test]
    fn a_human_sentence_is_not() {
        assert!(!fires(RULE, "Sorry, that was our mistake. Fixed now."));
    }
}
