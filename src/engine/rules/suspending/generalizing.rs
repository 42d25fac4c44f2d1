//! Generalizing about people: "you people", "people like you", "you always" judge a group, not a point.

declare_rule! {
    /// Flags sweeping judgments about the reader or a group of people.
    ///
    /// ## What it does
    /// Flags sweeping judgments about the reader or a group ("you people", "typical", "you always").
    ///
    /// ## Why does it matter?
    /// A label about who someone is makes them defend their identity instead of discussing the point.
    pub static GENERALIZING: LexiconRule = {
        id: "builtin.generalizing",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.5, respect: -1.2, promotion: 0.0 },
        message: crate::messages::RULE_GENERALIZING,
        lexicon: "generalizing.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::GENERALIZING;

    #[test]
    fn you_people_is_a_generalization() {
        assert_eq!(rewrite(RULE, "You people never read.").as_deref(), Some("You"));
    }

    #[test]
    fn a_specific_remark_is_not() {
        assert!(!fires(RULE, "You said that yesterday too."));
    }
}
