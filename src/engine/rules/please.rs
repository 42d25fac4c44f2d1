//! Please: the oldest politeness marker, most of all inside a request.

use super::LexiconRule;
use crate::engine::lexicon::flag;
use crate::engine::{Effect, Principle};

/// ## What it does
/// Rewards "please" and its short forms in a request.
///
/// ## Why does it matter?
/// A request with "please" reads as asking, not ordering.
pub static PLEASE: LexiconRule = LexiconRule {
    id: "builtin.please",
    principle: Principle::Respecting,
    effect: Effect::Strength,
    description: "Rewards saying please in a request.",
    message: "\"{match}\" makes it a request, not an order.",
    entries: &[flag("please"), flag("pls"), flag("plz"), flag("kindly")],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;

    const RULE: &str = "builtin.please";

    #[test]
    fn please_is_polite() {
        assert!(fires(RULE, "Could you please check again?"));
    }

    #[test]
    fn pleased_is_not_please() {
        assert!(!fires(RULE, "We are pleased to announce it."));
    }
}
