//! Greeting: "hi", "hello", "good morning" open a reply as a person talking to a person.

declare_rule! {
    /// Rewards opening with a greeting: it treats the reader as a person.
    ///
    /// ## What it does
    /// Rewards a greeting ("hi", "hello", "hey there", "good morning").
    ///
    /// ## Why does it matter?
    /// A greeting is the smallest sign that the reader is a person and not a ticket.
    pub static GREETING: LexiconRule = {
        id: "builtin.greeting",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.1, respect: 0.4, promotion: 0.0 },
        message: crate::messages::RULE_GREETING,
        lexicon: "greeting.lexicon.json",
    };
}
