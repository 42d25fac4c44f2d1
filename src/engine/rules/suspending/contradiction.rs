//! Flat contradiction: "that's not true", "that makes no sense" deny instead of explaining.

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags flat denials; say what you see differently, and why.
    ///
    /// ## What it does
    /// Flags flat denials of what the other person said ("that's not true", "makes no sense", "simply wrong").
    ///
    /// ## Why does it matter?
    /// A flat denial invites a flat denial back; saying what you see differently, and why, keeps them listening.
    pub static CONTRADICTION: LexiconRule = {
        id: "builtin.contradiction",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.4, respect: -0.4, promotion: 0.0 },
        message: "\"{match}\" denies without explaining; say what you see differently, and why.",
        lexicon: CONTRADICTION_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const CONTRADICTION_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("i disagree", "I see it differently"),
        swap("i totally disagree", "I see it differently"),
        swap("i strongly disagree", "I see it quite differently"),
        swap("i truly disagree", "I see it differently"),
        swap("i completely disagree", "I see it quite differently"),
        swap("i disagree completely", "I see it quite differently"),
        swap("that's not true", "I see it differently"),
        swap("that is not true", "I see it differently"),
        swap("not true", "not how I see it"),
        swap("that's wrong", "I see it differently"),
        swap("that is wrong", "I see it differently"),
        swap("that's false", "I see it differently"),
        swap("simply wrong", "not how I see it"),
        swap("just wrong", "not how I see it"),
        swap("completely wrong", "not how I see it"),
        swap("totally wrong", "not how I see it"),
        swap("makes no sense", "is hard for me to follow"),
        swap("doesn't make sense", "is hard for me to follow"),
        swap("does not make sense", "is hard for me to follow"),
        swap("no evidence", "little evidence I know of"),
        swap("that's not how", "I don't think that's how"),
        swap("that is not how", "I don't think that's how"),
        swap("is a myth", "is something I doubt"),
        swap("is false", "is something I doubt"),
        swap("is a lie", "is something I doubt"),
        swap("not the case", "not how I see it"),
        swap("you are missing", "I think there is more to"),
        swap("you're missing", "I think there is more to"),
        swap("has nothing to do with", "is separate from"),
        swap("that's not the point", "my point is a different one"),
        swap("wrong.", "not how I see it."),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CONTRADICTION;

    #[test]
    fn not_true_gets_a_softer_rewrite() {
        assert_eq!(rewrite(RULE, "That's not true.").as_deref(), Some("I see it differently"));
    }

    #[test]
    fn explaining_is_not() {
        assert!(!fires(RULE, "I read the report differently: it covers 2019 only."));
    }
}
