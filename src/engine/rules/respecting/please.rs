//! Please: the oldest politeness marker, most of all inside a request.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards saying please in a request.
    ///
    /// ## What it does
    /// Rewards "please" and its short forms in a request.
    ///
    /// ## Why does it matter?
    /// A request with "please" reads as asking, not ordering.
    pub static PLEASE: LexiconRule = {
        id: "builtin.please",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.1, respect: 0.4, promotion: 0.0 },
        message: "\"{match}\" makes it a request, not an order.",
        lexicon: PLEASE_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const PLEASE_LEXICON: Lexicon = Lexicon { entries: &[flag("please"), flag("pls"), flag("plz"), flag("kindly")] };

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PLEASE;

    #[test]
    fn please_is_polite() {
        assert!(fires(RULE, "Could you please check again?"));
    }

    #[test]
    fn pleased_is_not_please() {
        assert!(!fires(RULE, "We are pleased to announce it."));
    }
}
