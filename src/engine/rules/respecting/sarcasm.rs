//! Sarcasm markers: "/s", "yeah right", "oh great" say the opposite of what they mean, at the reader.

declare_rule! {
    /// Flags sarcasm markers; in text the reader hears contempt.
    ///
    /// ## What it does
    /// Flags common sarcasm markers ("yeah right", "oh great", "good luck with that", "/s", an eye-roll emoji).
    ///
    /// ## Why does it matter?
    /// Sarcasm rarely survives text: readers hear contempt, and the point is lost.
    pub static SARCASM: LexiconRule = {
        id: "builtin.sarcasm",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -1.0, respect: -3.1, promotion: 0.0 },
        keeps_prior: true,
        message: crate::messages::RULE_SARCASM,
        lexicon: "sarcasm.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SARCASM;

    #[test]
    fn a_plain_yes_is_not() {
        assert!(!fires(RULE, "Yes, that is right."));
    }
}
