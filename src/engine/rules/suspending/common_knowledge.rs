//! Appeals to common knowledge: "everyone knows", "it's common sense" imply the reader is slow.

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags appeals to common knowledge; they imply the reader is ignorant. Give the reason instead.
    ///
    /// ## What it does
    /// Flags claims that a view is what everyone knows or common sense.
    ///
    /// ## Why does it matter?
    /// Calling a view common knowledge implies anyone who disagrees is ignorant; give the reason instead.
    pub static COMMON_KNOWLEDGE: LexiconRule = {
        id: "builtin.common-knowledge",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.5, respect: -0.4, promotion: 0.0 },
        message: "\"{match}\" implies anyone who disagrees is ignorant; give your reason instead.",
        lexicon: COMMON_KNOWLEDGE_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const COMMON_KNOWLEDGE_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("everyone knows", "many people think"),
        swap("everybody knows", "many people think"),
        swap("anyone can see", "I think"),
        swap("any fool can see", "I think"),
        swap("it's common sense", "I think"),
        swap("it is common sense", "I think"),
        swap("common sense says", "I think"),
        swap("it goes without saying", "I think"),
        swap("needless to say", "I think"),
        swap("as we all know", "as many know"),
        swap("we all know", "many of us think"),
        swap("it's no secret", "many know"),
        swap("as everyone knows", "as many know"),
        swap("nobody believes", "few believe"),
        swap("no one believes", "few believe"),
        swap("any reasonable person", "I think"),
        swap("any sane person", "I think"),
        swap("any idiot", "I think"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::COMMON_KNOWLEDGE;

    #[test]
    fn everyone_knows_is_flagged() {
        assert_eq!(rewrite(RULE, "Everyone knows that plan fails.").as_deref(), Some("Many people think"));
    }

    #[test]
    fn a_reason_is_not() {
        assert!(!fires(RULE, "That plan failed twice last year."));
    }
}
