//! Slurs: words that demean people for their race, religion, sexuality, gender or disability.

declare_rule! {
    /// Flags slurs, words that demean people for their race, religion, sexuality, gender or disability.
    ///
    /// ## What it does
    /// Flags slurs: words that demean a whole group of people for who they are.
    ///
    /// ## Why does it matter?
    /// A slur hurts everyone in the group it names, not just the person it is aimed at, and one in a
    /// brand's reply is a screenshot that outlives the thread. There is no rewrite: leave it out.
    pub static SLURS: LexiconRule = {
        id: "builtin.slurs",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.6, respect: -6.0, promotion: 0.0 },
        message: crate::messages::RULE_SLURS,
        lexicon: "slurs.lexicon.json",
    };
}
