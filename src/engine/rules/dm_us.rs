//! "DM us": moving the conversation to private messages without a reason reads as a brush-off.

use super::LexiconRule;
use crate::engine::lexicon::swap;
use crate::engine::{Effect, Principle};

/// ## What it does
/// Flags requests to move the talk to private messages ("DM us", "send us a DM", "inbox me").
///
/// ## Why does it matter?
/// In public, "DM us" with no reason looks like hiding the problem; say why and what happens next.
pub static DM_US: LexiconRule = LexiconRule {
    id: "builtin.dm-us",
    principle: Principle::Promotion,
    effect: Effect::Issue,
    description: "Flags requests to take the conversation private; say why and what happens next.",
    message: "\"{match}\" moves the talk out of sight; say why, and what happens next.",
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
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};

    const RULE: &str = "builtin.dm-us";

    #[test]
    fn dm_us_asks_for_a_reason() {
        assert!(rewrite(RULE, "DM us.").is_some_and(|text| text.contains("so we can")));
    }

    #[test]
    fn a_public_answer_is_not() {
        assert!(!fires(RULE, "Here is how to reset it: open Settings."));
    }
}
