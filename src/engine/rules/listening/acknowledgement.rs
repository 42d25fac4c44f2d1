//! Acknowledgement: "I hear you", "I understand", "that makes sense" show the person was heard.

declare_rule! {
    /// Rewards acknowledging the other person: I hear you, I understand, that makes sense.
    ///
    /// ## What it does
    /// Rewards phrases that acknowledge what the other person said or feels.
    ///
    /// ## Why does it matter?
    /// People keep talking to someone who shows they were heard; acknowledgement comes before any answer.
    pub static ACKNOWLEDGEMENT: LexiconRule = {
        id: "builtin.acknowledgement",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.3, promotion: -0.2 },
        message: crate::messages::RULE_ACKNOWLEDGEMENT,
        lexicon: "acknowledgement.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::ACKNOWLEDGEMENT;

    #[test]
    fn a_plain_statement_is_not() {
        assert!(!fires(RULE, "The update ships on Monday."));
    }
}
