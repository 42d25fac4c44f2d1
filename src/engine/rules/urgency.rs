//! Urgency: "limited time", "act now", "don't miss out" pressure the reader instead of informing them.

use super::LexiconRule;
use crate::engine::lexicon::flag;
use crate::engine::{Effect, Principle};

/// ## What it does
/// Flags manufactured urgency and scarcity.
///
/// ## Why does it matter?
/// Pressure is a sales tactic; in a conversation it reads as manipulative.
pub static URGENCY: LexiconRule = LexiconRule {
    id: "builtin.urgency",
    principle: Principle::Promotion,
    effect: Effect::Issue,
    description: "Flags manufactured urgency; in a conversation it reads as pressure.",
    message: "\"{match}\" adds pressure; give the date or fact instead.",
    entries: &[
        flag("limited time"),
        flag("limited time only"),
        flag("act now"),
        flag("act fast"),
        flag("hurry"),
        flag("hurry up"),
        flag("don't miss"),
        flag("don't miss out"),
        flag("do not miss"),
        flag("last chance"),
        flag("today only"),
        flag("ends soon"),
        flag("ends tonight"),
        flag("ends today"),
        flag("while supplies last"),
        flag("while stocks last"),
        flag("only a few left"),
        flag("few spots left"),
        flag("spots left"),
        flag("selling fast"),
        flag("before it's too late"),
        flag("before it's gone"),
        flag("right now"),
        flag("now or never"),
        flag("final hours"),
        flag("last day"),
        flag("countdown"),
        flag("expires"),
        flag("once in a lifetime"),
        flag("limited spots"),
        flag("limited stock"),
        flag("limited edition"),
        flag("urgent"),
        flag("asap"),
        flag("immediately"),
        flag("fomo"),
        flag("quick!"),
        flag("don't wait"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;

    const RULE: &str = "builtin.urgency";

    #[test]
    fn limited_time_is_urgency() {
        assert!(fires(RULE, "Limited time offer, act now!"));
    }

    #[test]
    fn a_date_is_not_urgency() {
        assert!(!fires(RULE, "The beta closes on 3 May."));
    }
}
