//! "DM us": moving the conversation to private messages without a reason reads as a brush-off.

use super::Lexicon;
use crate::engine::lexicon::{block, swap};

declare_rule! {
    /// Flags requests to take the conversation private; say why and what happens next.
    ///
    /// ## What it does
    /// Flags requests to move the talk to private messages ("DM us", "send us a DM", "inbox me") that do not
    /// say what to send. "DM us your order number", "send us a DM with the email on your account" say what
    /// and why (private details stay out of public), so they are not flagged.
    ///
    /// ## Why does it matter?
    /// In public, "DM us" with no reason looks like hiding the problem; say why and what happens next.
    pub static DM_US: LexiconRule = {
        id: "builtin.dm-us",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 0.5 },
        message: "\"{match}\" moves the talk out of sight; say why, and what happens next.",
        lexicon: DM_US_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const DM_US_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("dm us", "could you DM us your order number so we can check it"),
        swap("dm me", "could you DM me the details so I can check"),
        swap("send us a dm", "could you DM us your order number so we can check it"),
        swap("send me a dm", "could you DM me the details so I can check"),
        swap("send us a direct message", "could you DM us your order number so we can check it"),
        swap("send us a private message", "could you DM us your order number so we can check it"),
        swap("message us", "could you message us the details so we can check"),
        swap("pm me", "could you PM me the details so I can check"),
        swap("pm us", "could you PM us the details so we can check"),
        swap("inbox me", "could you message me the details"),
        swap("inbox us", "could you message us the details"),
        swap("slide into my dms", "message me"),
        swap("check your dms", "we sent you a message"),
        swap("dm for", "message us for"),
        swap("hit us up in dms", "message us"),
        // A request that names what to send gives its reason: details that belong out of public view.
        block("dm us your"),
        block("dm us the"),
        block("dm us a"),
        block("dm us with"),
        block("dm me your"),
        block("dm me the"),
        block("send us a dm with"),
        block("send me a dm with"),
        block("send us a direct message with"),
        block("send us a private message with"),
        block("message us your"),
        block("message us the"),
        block("message us with"),
        block("pm us your"),
        block("pm me your"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::DM_US;

    #[test]
    fn dm_us_asks_for_a_reason() {
        assert!(rewrite(RULE, "DM us.").is_some_and(|text| text.contains("so we can")));
    }

    #[test]
    fn a_dm_ask_that_says_what_to_send_is_not_flagged() {
        assert!(!fires(RULE, "Could you DM us your order number so we can check it?"));
        assert!(!fires(RULE, "Please send us a DM with the email on your account."));
        assert!(!fires(RULE, "Sorry! DM us the booking reference and we'll look."));
        assert!(fires(RULE, "DM us for more."));
        assert!(fires(RULE, "DM me now for details!"));
    }

    #[test]
    fn the_rewrite_passes_its_own_rule() {
        let rewritten = rewrite(RULE, "DM us.").expect("a rewrite");
        assert!(!fires(RULE, &rewritten), "{rewritten}");
    }

    #[test]
    fn a_public_answer_is_not() {
        assert!(!fires(RULE, "Here is how to reset it: open Settings."));
    }
}
