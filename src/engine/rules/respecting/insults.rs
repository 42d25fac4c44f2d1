//! Insults: name-calling ("idiot", "clown", "pathetic") attacks the person instead of the point.

declare_rule! {
    /// Flags insults and name-calling; they attack the person instead of the point.
    ///
    /// ## What it does
    /// Flags insults and name-calling aimed at people.
    ///
    /// ## Why does it matter?
    /// Name-calling ends the exchange and hurts the writer's standing more than the target's.
    pub static INSULTS: LexiconRule = {
        id: "builtin.insults",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.6, respect: -6.0, promotion: 0.0 },
        message: crate::messages::RULE_INSULTS,
        lexicon: "insults.lexicon.json",
    };
}
