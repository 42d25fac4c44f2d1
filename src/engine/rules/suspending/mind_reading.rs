//! Mind-reading: "you just want attention", "you don't care" claim to know the reader's motives.

declare_rule! {
    /// Flags claims about the reader's motives or feelings; ask about them instead.
    ///
    /// ## What it does
    /// Flags claims about what the reader thinks, wants or feels.
    ///
    /// ## Why does it matter?
    /// Nobody can see another person's motives; asking about them works better than asserting them.
    pub static MIND_READING: LexiconRule = {
        id: "builtin.mind-reading",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.8, respect: -1.2, promotion: 0.0 },
        message: crate::messages::RULE_MIND_READING,
        lexicon: "mind_reading.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::MIND_READING;

    #[test]
    fn you_dont_care_is_mind_reading() {
        assert_eq!(rewrite(RULE, "You don't care about users.").as_deref(), Some("Does it matter to you"));
    }

    #[test]
    fn asking_about_motives_is_not() {
        assert!(!fires(RULE, "What matters most to you here?"));
    }
}
