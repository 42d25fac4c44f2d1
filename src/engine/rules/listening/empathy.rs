//! Empathy: a reaction to what they are going through ("sorry to hear that", "that must be exhausting", "congrats!").

declare_rule! {
    /// Rewards reacting to what they are going through ("sorry to hear that", "that sounds exhausting").
    ///
    /// ## What it does
    /// Rewards an emotional reaction to the other person's situation: sympathy ("sorry to hear", "that must be
    /// hard", "that sucks"), shared feeling ("I can only imagine", "I've been there") and shared joy ("so glad
    /// to hear", "congratulations").
    ///
    /// ## Why does it matter?
    /// Before a fix, people need to know their frustration landed with someone; a reply that reacts to how they
    /// feel is read as listening, one that skips straight to instructions is not.
    pub static EMPATHY: LexiconRule = {
        id: "builtin.empathy",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.4, promotion: -0.2 },
        message: crate::messages::RULE_EMPATHY,
        lexicon: "empathy.lexicon.json",
    };
}
