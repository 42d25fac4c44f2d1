//! "Yes, but": agreeing and then taking it back tells the reader the agreement was a formality.

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
        message: crate::messages::RULE_YES_BUT,
        lexicon: "yes_but.lexicon.json",
    };
}

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
