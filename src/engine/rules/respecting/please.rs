//! Please: the oldest politeness marker, most of all inside a request.

declare_rule! {
    /// Rewards saying please in a request.
    ///
    /// ## What it does
    /// Rewards "please" and its short forms in a request.
    ///
    /// ## Why does it matter?
    /// A request with "please" reads as asking, not ordering.
    pub static PLEASE: LexiconRule = {
        id: "builtin.please",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.1, respect: 0.4, promotion: 0.0 },
        message: crate::messages::RULE_PLEASE,
        lexicon: "please.lexicon.json",
    };
}
