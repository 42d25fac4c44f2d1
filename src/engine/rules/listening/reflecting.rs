//! Reflecting: "it sounds like", "so you're saying" play back what the person said.

declare_rule! {
    /// Rewards playing back what the other person said before answering.
    ///
    /// ## What it does
    /// Rewards playing back the other person's words or point ("it sounds like", "you mentioned", "if I understand you").
    ///
    /// ## Why does it matter?
    /// Reflecting shows you understood and lets them correct you before you answer the wrong question.
    pub static REFLECTING: LexiconRule = {
        id: "builtin.reflecting",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.2, respect: 0.2, promotion: -0.2 },
        message: crate::messages::RULE_REFLECTING,
        lexicon: "reflecting.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::REFLECTING;

    #[test]
    fn a_statement_about_us_is_not() {
        assert!(!fires(RULE, "We shipped the fix today."));
    }
}
