//! Jargon: "leverage", "circle back", "synergy" sound like a memo, not a person.

declare_rule! {
    /// Flags business jargon and offers the plain word.
    ///
    /// ## What it does
    /// Flags business jargon and offers the plain word.
    ///
    /// ## Why does it matter?
    /// Jargon puts distance between the brand and the reader; plain words sound like someone who cares.
    pub static JARGON: LexiconRule = {
        id: "builtin.jargon",
        principle: Voicing,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 0.2 },
        message: crate::messages::RULE_JARGON,
        lexicon: "jargon.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::JARGON;

    #[test]
    fn leverage_becomes_use() {
        assert_eq!(rewrite(RULE, "We will leverage our tools.").as_deref(), Some("use"));
    }

    #[test]
    fn plain_words_are_fine() {
        assert!(!fires(RULE, "We will use our tools."));
    }
}
