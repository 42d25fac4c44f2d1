//! Absolutes: "always", "never", "everyone" leave no room for exceptions or for the reader's view.

use super::Lexicon;
use crate::engine::lexicon::{block, swap};

declare_rule! {
    /// Flags absolutes such as always, never and nobody; softer words keep the conversation open.
    ///
    /// ## What it does
    /// Flags absolute words about people and events ("always", "never", "nobody", "every single time").
    ///
    /// ## Why does it matter?
    /// Absolutes are rarely true, so the reader argues with the word instead of hearing the point.
    pub static ABSOLUTES: LexiconRule = {
        id: "builtin.absolutes",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.2, respect: -0.2, promotion: 0.0 },
        message: "\"{match}\" leaves no room for exceptions; a softer word is easier to agree with.",
        lexicon: ABSOLUTES_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const ABSOLUTES_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("always", "often"),
        swap("never", "rarely"),
        swap("everyone", "many people"),
        swap("everybody", "many people"),
        swap("nobody", "few people"),
        swap("no one", "few people"),
        swap("every single time", "often"),
        swap("all the time", "often"),
        swap("every time", "often"),
        swap("completely", "largely"),
        swap("totally", "largely"),
        swap("entirely", "largely"),
        swap("absolutely", "really"),
        swap("nothing ever", "little"),
        swap("none of you", "few of you"),
        swap("all of you", "many of you"),
        // Intensifiers of agreement, understanding or thanks claim nothing about the world.
        block("absolutely right"),
        block("totally right"),
        block("completely right"),
        block("absolutely agree"),
        block("totally agree"),
        block("completely agree"),
        block("entirely agree"),
        block("absolutely understand"),
        block("totally understand"),
        block("completely understand"),
        block("entirely understand"),
        block("totally get"),
        block("completely get"),
        block("absolutely love"),
        block("totally fine"),
        block("completely fine"),
        block("absolutely fine"),
        block("absolutely true"),
        block("totally true"),
        block("completely true"),
        block("absolutely appreciate"),
        block("totally appreciate"),
        block("completely free"),
        block("totally free"),
        // Idioms, not claims: "as always" in thanks, "as usual".
        block("as always"),
        block("as usual"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::ABSOLUTES;

    #[test]
    fn always_becomes_often() {
        assert_eq!(rewrite(RULE, "The export always fails on Mondays").as_deref(), Some("often"));
    }

    #[test]
    fn a_capital_is_kept() {
        assert_eq!(rewrite(RULE, "Never again.").as_deref(), Some("Rarely"));
    }

    #[test]
    fn ordinary_words_are_left_alone() {
        assert!(!fires(RULE, "Sometimes it breaks."));
        assert!(!fires(RULE, "Nevertheless it works."));
    }
}
