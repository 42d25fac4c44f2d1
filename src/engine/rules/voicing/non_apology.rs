//! Non-apologies: "sorry if you were offended" apologizes for the reader's feelings, not the act.

declare_rule! {
    /// Flags apologies that blame the reader's reaction; own the act instead.
    ///
    /// ## What it does
    /// Flags apologies that blame the reader's reaction ("sorry if you were offended", "sorry you feel that way").
    ///
    /// ## Why does it matter?
    /// A non-apology is heard as no apology at all, and often as an insult on top.
    pub static NON_APOLOGY: LexiconRule = {
        id: "builtin.non-apology",
        principle: Voicing,
        effect: Issue,
        prior: { listening: -0.8, respect: -0.6, promotion: 0.0 },
        message: crate::messages::RULE_NON_APOLOGY,
        lexicon: "non_apology.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::NON_APOLOGY;

    #[test]
    fn sorry_if_offended_is_a_non_apology() {
        assert_eq!(rewrite(RULE, "Sorry if you were offended.").as_deref(), Some("Sorry, we got this wrong"));
    }

    #[test]
    fn a_real_apology_is_not() {
        assert!(!fires(RULE, "Sorry, we got the date wrong."));
    }
}
