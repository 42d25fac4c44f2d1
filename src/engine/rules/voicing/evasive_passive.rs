//! Evasive passives: "mistakes were made" hides who did what; say "we made a mistake".

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags passive phrasing that hides who acted; the active voice sounds honest.
    ///
    /// ## What it does
    /// Flags passive phrasing that hides who acted ("mistakes were made", "it has been decided").
    ///
    /// ## Why does it matter?
    /// Readers notice when nobody owns a decision or a mistake; the active voice sounds honest.
    pub static EVASIVE_PASSIVE: LexiconRule = {
        id: "builtin.evasive-passive",
        principle: Voicing,
        effect: Issue,
        prior: { listening: -0.3, respect: -0.3, promotion: 0.0 },
        message: "\"{match}\" hides who did it; say who.",
        lexicon: EVASIVE_PASSIVE_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const EVASIVE_PASSIVE_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("mistakes were made", "we made mistakes"),
        swap("mistakes have been made", "we made mistakes"),
        swap("errors were made", "we made errors"),
        swap("an error occurred", "we hit an error"),
        swap("an issue occurred", "we hit a problem"),
        swap("it has been decided", "we decided"),
        swap("it was decided", "we decided"),
        swap("a decision was made", "we decided"),
        swap("the decision was made", "we decided"),
        swap("has been determined", "we found"),
        swap("it was determined", "we found"),
        swap("was deemed", "we judged it"),
        swap("were deemed", "we judged them"),
        swap("is being looked into", "we are looking into it"),
        swap("are being looked into", "we are looking into them"),
        swap("is being investigated", "we are investigating"),
        swap("has been escalated", "we escalated it"),
        swap("will be reviewed", "we will review it"),
        swap("has been noted", "we noted it"),
        swap("your account was suspended", "we suspended your account"),
        swap("your account has been suspended", "we suspended your account"),
        swap("your order was cancelled", "we cancelled your order"),
        swap("your request was denied", "we denied your request"),
        swap("changes were made", "we made changes"),
        swap("it is regretted", "we regret"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::EVASIVE_PASSIVE;

    #[test]
    fn mistakes_were_made_owns_up() {
        assert_eq!(rewrite(RULE, "Mistakes were made.").as_deref(), Some("We made mistakes"));
    }

    #[test]
    fn an_active_sentence_is_not() {
        assert!(!fires(RULE, "We made a mistake and fixed it."));
    }
}
