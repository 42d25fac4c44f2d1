//! Gratitude: thanking the other person is one of the clearest signs of respect.

declare_rule! {
    /// Rewards thanking the other person: gratitude shows respect for their time and view.
    ///
    /// ## What it does
    /// Rewards thanking the other person ("thanks", "thank you", "I appreciate").
    ///
    /// ## Why does it matter?
    /// Gratitude shows respect for their time and view, and people answer it in kind.
    pub static GRATITUDE: LexiconRule = {
        id: "builtin.gratitude",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.3, respect: 0.8, promotion: 0.0 },
        message: crate::messages::RULE_GRATITUDE,
        lexicon: "gratitude.lexicon.json",
    };
}
