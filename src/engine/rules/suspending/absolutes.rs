//! Absolutes: "always", "never", "everyone" leave no room for exceptions or for the reader's view.

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
        message: crate::messages::RULE_ABSOLUTES,
        lexicon: "absolutes.lexicon.json",
    };
}

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
