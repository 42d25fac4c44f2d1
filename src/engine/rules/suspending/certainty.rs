//! Certainty: "obviously", "clearly", "the fact is" present an opinion as beyond question.

use super::Lexicon;
use crate::engine::lexicon::{flag, swap};

declare_rule! {
    /// Flags words that present an opinion as settled fact; saying it as your view invites a reply.
    ///
    /// ## What it does
    /// Flags words that present an opinion as settled fact ("obviously", "clearly", "undeniably", "the fact is").
    ///
    /// ## Why does it matter?
    /// Suspending judgment means holding a view lightly enough to hear another; certainty words shut that down.
    pub static CERTAINTY: LexiconRule = {
        id: "builtin.certainty",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.3, respect: -0.3, promotion: 0.0 },
        message: "\"{match}\" presents a view as beyond question.",
        lexicon: CERTAINTY_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const CERTAINTY_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("obviously", "I think"),
        swap("clearly", "I think"),
        swap("undeniably", "I think"),
        swap("undoubtedly", "I think"),
        swap("without a doubt", "I believe"),
        swap("no doubt", "I believe"),
        swap("the fact is", "as I see it"),
        swap("it's a fact", "I'm fairly sure"),
        swap("the truth is", "as I see it"),
        swap("there is no way", "it seems unlikely"),
        swap("there's no way", "it seems unlikely"),
        swap("plain and simple", "as I see it"),
        swap("end of story", "as I see it"),
        swap("100%", "fairly"),
        swap("no question", "I believe"),
        swap("unquestionably", "I believe"),
        swap("it is clear that", "I think"),
        swap("it's clear that", "I think"),
        swap("simply put", "as I see it"),
        flag("in fact"),
        flag("actually"),
        flag("the point is"),
        flag("the reality is"),
        flag("in reality"),
        flag("frankly"),
        flag("as a matter of fact"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CERTAINTY;

    #[test]
    fn obviously_becomes_a_view() {
        assert_eq!(rewrite(RULE, "Obviously this is broken").as_deref(), Some("I think"));
    }

    #[test]
    fn the_fact_is_is_certainty() {
        assert!(fires(RULE, "The fact is nobody uses it."));
    }

    #[test]
    fn a_hedged_view_is_not() {
        assert!(!fires(RULE, "I think this might be broken."));
    }
}
