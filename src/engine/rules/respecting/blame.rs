//! Blame: "you're wrong", "your fault", "you should have" put the reader on trial.

declare_rule! {
    /// Flags you-statements that blame the reader; an I-statement says the same without a verdict.
    ///
    /// ## What it does
    /// Flags you-statements that blame or correct the reader ("you're wrong", "that's your fault", "you should have").
    ///
    /// ## Why does it matter?
    /// Blame makes people defend themselves instead of listening; describe the problem and your view instead.
    pub static BLAME: LexiconRule = {
        id: "builtin.blame",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.9, promotion: 0.0 },
        keeps_prior: true,
        message: crate::messages::RULE_BLAME,
        lexicon: "blame.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::BLAME;

    #[test]
    fn youre_wrong_becomes_an_i_statement() {
        assert_eq!(rewrite(RULE, "You're wrong about the price.").as_deref(), Some("I see it differently"));
    }

    #[test]
    fn a_plain_request_is_not_blame() {
        assert!(!fires(RULE, "Could you send the order number?"));
        assert!(!fires(RULE, "You need to restart the app after the update."));
    }

    #[test]
    fn you_after_a_preposition_is_not_the_one_blamed() {
        assert!(!fires(RULE, "It's really hard when the people closest to you don't get it."));
        assert!(fires(RULE, "Honestly, you don't get it."));
    }

    #[test]
    fn user_error_is_blame() {
        assert!(fires(RULE, "This is clearly user error."));
        assert!(fires(RULE, "It works fine for everyone else."));
        assert!(fires(RULE, "it's not broken, you're just using it wrong"));
    }
}
