//! Generalizing about people: "you people", "people like you", "you always" judge a group, not a point.

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags sweeping judgments about the reader or a group of people.
    ///
    /// ## What it does
    /// Flags sweeping judgments about the reader or a group ("you people", "typical", "you always").
    ///
    /// ## Why does it matter?
    /// A label about who someone is makes them defend their identity instead of discussing the point.
    pub static GENERALIZING: LexiconRule = {
        id: "builtin.generalizing",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.5, respect: -1.2, promotion: 0.0 },
        message: "\"{match}\" judges them as a group; talk about this one point.",
        lexicon: GENERALIZING_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const GENERALIZING_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("you people", "you"),
        swap("people like you", "you"),
        swap("your kind", "you"),
        swap("you guys always", "you sometimes"),
        swap("you always", "you often"),
        swap("you never", "you rarely"),
        swap("typical", "this"),
        swap("all you", "you"),
        swap("you all are", "some of you are"),
        swap("these people", "they"),
        swap("those people", "they"),
        swap("you liberals", "you"),
        swap("you conservatives", "you"),
        swap("you lefties", "you"),
        swap("you righties", "you"),
        swap("your lot", "you"),
        swap("every one of you", "some of you"),
        swap("you're all", "some of you are"),
        swap("you are all", "some of you are"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::GENERALIZING;

    #[test]
    fn you_people_is_a_generalization() {
        assert_eq!(rewrite(RULE, "You people never read.").as_deref(), Some("You"));
    }

    #[test]
    fn you_always_is_flagged() {
        assert!(fires(RULE, "You always say that."));
    }

    #[test]
    fn a_specific_remark_is_not() {
        assert!(!fires(RULE, "You said that yesterday too."));
    }
}
