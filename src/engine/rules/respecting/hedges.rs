//! Hedges: "I think", "perhaps", "it seems" offer a view without imposing it.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards offering a view tentatively (I think, perhaps, it seems): it leaves room to disagree.
    ///
    /// ## What it does
    /// Rewards hedged, tentative phrasing ("I think", "perhaps", "it seems", "in my view").
    ///
    /// ## Why does it matter?
    /// A hedge leaves the reader room to disagree; research on politeness finds it is read as respectful.
    pub static HEDGES: LexiconRule = {
        id: "builtin.hedges",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.0, respect: 0.3, promotion: 0.0 },
        message: "A hedge (\"{match}\") leaves them room to disagree.",
        lexicon: HEDGES_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const HEDGES_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("i think"),
        flag("i believe"),
        flag("i feel"),
        flag("i guess"),
        flag("i suppose"),
        flag("i wonder"),
        flag("perhaps"),
        flag("maybe"),
        flag("possibly"),
        flag("probably"),
        flag("might"),
        flag("it seems"),
        flag("seems like"),
        flag("it appears"),
        flag("in my view"),
        flag("in my opinion"),
        flag("imo"),
        flag("imho"),
        flag("in my experience"),
        flag("from my perspective"),
        flag("as far as i know"),
        flag("if i'm not mistaken"),
        flag("i could be wrong"),
        flag("i may be wrong"),
        flag("i might be wrong"),
        flag("correct me if"),
        flag("somewhat"),
        flag("a bit"),
        flag("kind of"),
        flag("sort of"),
        flag("tend to"),
        flag("generally"),
        flag("not sure"),
        flag("i'm not sure"),
        flag("to some extent"),
        flag("likely"),
        flag("presumably"),
        flag("apparently"),
        flag("arguably"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::HEDGES;

    #[test]
    fn i_think_is_a_hedge() {
        assert!(fires(RULE, "I think the second option is better."));
    }

    #[test]
    fn a_flat_claim_is_not() {
        assert!(!fires(RULE, "The second option is better."));
    }
}
