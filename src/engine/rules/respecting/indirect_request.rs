//! Indirect requests: "could you", "would you mind" ask instead of order.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards asking rather than ordering: could you, would you mind, if you don't mind.
    ///
    /// ## What it does
    /// Rewards requests phrased as questions or offers ("could you", "would you mind", "if you don't mind").
    ///
    /// ## Why does it matter?
    /// An indirect request leaves the reader the choice; politeness research finds it one of the strongest signals.
    pub static INDIRECT_REQUEST: LexiconRule = {
        id: "builtin.indirect-request",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.2, respect: 0.6, promotion: 0.0 },
        message: "Asking (\"{match}\") rather than ordering leaves them the choice.",
        lexicon: INDIRECT_REQUEST_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const INDIRECT_REQUEST_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("could you"),
        flag("would you"),
        flag("would you mind"),
        flag("do you mind"),
        flag("if you don't mind"),
        flag("if you do not mind"),
        flag("would it be possible"),
        flag("is it possible"),
        flag("could we"),
        flag("would you be willing"),
        flag("would you like"),
        flag("if possible"),
        flag("when you have a moment"),
        flag("when you get a chance"),
        flag("if you have time"),
        flag("if you get a chance"),
        flag("i was wondering"),
        flag("i wonder if"),
        flag("might you"),
        flag("any chance you"),
        flag("can you help"),
        flag("could i ask"),
        flag("may i ask"),
        flag("would you be able"),
        flag("happy to help"),
        flag("let me know if"),
        flag("feel free to"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::INDIRECT_REQUEST;

    #[test]
    fn could_you_is_indirect() {
        assert!(fires(RULE, "Could you share a screenshot?"));
    }

    #[test]
    fn an_order_is_not() {
        assert!(!fires(RULE, "Send a screenshot."));
    }
}
