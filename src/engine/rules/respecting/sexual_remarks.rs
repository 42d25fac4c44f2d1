//! Sexual remarks: sexual talk aimed at the person you answer is harassment, whatever the tone.

declare_rule! {
    /// Flags sexual remarks and explicit sexual words; aimed at someone they are harassment.
    ///
    /// ## What it does
    /// Flags explicit sexual words, propositions ("have sex with me", "send nudes") and remarks about bodies
    /// aimed at the reader. Health and education wording ("sexual health", "sex education") is left alone.
    ///
    /// ## Why does it matter?
    /// Sexual remarks in a conversation are harassment: they make the other person unsafe, and platforms remove
    /// them. A reply from a brand or a moderator that carries one ends the trust of the whole community.
    pub static SEXUAL_REMARKS: LexiconRule = {
        id: "builtin.sexual-remarks",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.6, respect: -3.0, promotion: 0.0 },
        keeps_prior: true,
        message: crate::messages::RULE_SEXUAL_REMARKS,
        lexicon: "sexual_remarks.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SEXUAL_REMARKS;

    #[test]
    fn a_proposition_is_a_sexual_remark() {
        assert!(fires(RULE, "Do you want to have sex?"));
        assert!(fires(RULE, "i am horny"));
    }

    #[test]
    fn health_and_education_wording_is_not_a_remark() {
        assert!(!fires(RULE, "Our clinic offers sexual health checks and sex education classes."));
        assert!(!fires(RULE, "Please choose your sex on the form, or leave it blank."));
    }
}
