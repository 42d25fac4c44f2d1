//! "Yes, but": agreeing and then taking it back tells the reader the agreement was a formality.

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags agreement that is taken back at once; "and" keeps both halves.
    ///
    /// ## What it does
    /// Flags agreement that is immediately withdrawn ("yes, but", "I understand, but", "I hear you, but").
    ///
    /// ## Why does it matter?
    /// The "but" erases what came before it; "and" keeps both halves true.
    pub static YES_BUT: LexiconRule = {
        id: "builtin.yes-but",
        principle: Listening,
        effect: Issue,
        prior: { listening: -0.4, respect: 0.0, promotion: 0.0 },
        message: "\"{match}\" takes back the agreement; \"and\" keeps both halves true.",
        lexicon: YES_BUT_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const YES_BUT_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("yes, but", "yes, and"),
        swap("yes but", "yes, and"),
        swap("i agree, but", "I agree, and"),
        swap("i agree but", "I agree, and"),
        swap("i understand, but", "I understand, and"),
        swap("i understand but", "I understand, and"),
        swap("i hear you, but", "I hear you, and"),
        swap("i hear you but", "I hear you, and"),
        swap("that said,", "also,"),
        swap("i see your point, but", "I see your point, and"),
        swap("i see your point but", "I see your point, and"),
        swap("you're right, but", "you're right, and"),
        swap("you're right but", "you're right, and"),
        swap("i get it, but", "I get it, and"),
        swap("i get it but", "I get it, and"),
        swap("fair enough, but", "fair enough, and"),
        swap("sure, but", "sure, and"),
        swap("true, but", "true, and"),
        swap("ok, but", "OK, and"),
        swap("okay, but", "okay, and"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::YES_BUT;

    #[test]
    fn yes_but_becomes_yes_and() {
        assert_eq!(rewrite(RULE, "Yes, but the price went up.").as_deref(), Some("Yes, and"));
    }

    #[test]
    fn plain_agreement_is_not() {
        assert!(!fires(RULE, "Yes, and we will fix it."));
    }
}
