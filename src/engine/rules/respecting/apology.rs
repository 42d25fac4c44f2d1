//! Apology: a plain "sorry" that owns a mistake is a mark of respect.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards a direct apology that owns the mistake.
    ///
    /// ## What it does
    /// Rewards a direct apology ("sorry", "my mistake", "that's on us").
    ///
    /// ## Why does it matter?
    /// Owning a mistake in plain words repairs trust faster than any explanation.
    pub static APOLOGY: LexiconRule = {
        id: "builtin.apology",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.2, respect: 0.4, promotion: 0.0 },
        message: "A plain apology (\"{match}\") owns the mistake.",
        lexicon: APOLOGY_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const APOLOGY_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("sorry"),
        flag("i apologize"),
        flag("i apologise"),
        flag("i'm sorry"),
        flag("my apologies"),
        flag("my mistake"),
        flag("my bad"),
        flag("that's on us"),
        flag("that's on me"),
        flag("our mistake"),
        flag("we got this wrong"),
        flag("we messed up"),
        flag("i messed up"),
        flag("excuse me"),
        flag("pardon me"),
        flag("forgive me"),
        flag("i was wrong"),
        flag("we were wrong"),
        flag("apologies for"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::APOLOGY;

    #[test]
    fn sorry_is_an_apology() {
        assert!(fires(RULE, "Sorry about the wait."));
    }

    #[test]
    fn owning_it_is_an_apology() {
        assert!(fires(RULE, "That's on us, we will fix it."));
    }

    #[test]
    fn no_apology_no_finding() {
        assert!(!fires(RULE, "We fixed it."));
    }
}
