//! Corporate boilerplate: "we apologize for any inconvenience" sounds like a form letter, not a person.

declare_rule! {
    /// Flags stock corporate phrases and offers the plain words a person would use.
    ///
    /// ## What it does
    /// Flags stock customer-service phrases and offers the plain words a person would use.
    ///
    /// ## Why does it matter?
    /// Voicing means speaking as yourself; boilerplate tells the reader nobody is really there.
    pub static CORPORATE_BOILERPLATE: LexiconRule = {
        id: "builtin.corporate-boilerplate",
        principle: Voicing,
        effect: Issue,
        prior: { listening: -0.6, respect: -0.2, promotion: 0.2 },
        message: crate::messages::RULE_CORPORATE_BOILERPLATE,
        lexicon: "corporate_boilerplate.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CORPORATE_BOILERPLATE;

    #[test]
    fn inconvenience_becomes_plain_sorry() {
        assert_eq!(rewrite(RULE, "We apologize for any inconvenience.").as_deref(), Some("Sorry this got in your way"));
    }

    #[test]
    fn a_human_sentence_is_not() {
        assert!(!fires(RULE, "Sorry, that was our mistake. Fixed now."));
    }
}
