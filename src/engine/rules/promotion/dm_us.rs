//! "DM us": moving the conversation to private messages without a reason reads as a brush-off.

declare_rule! {
    /// Flags requests to take the conversation private; say why and what happens next.
    ///
    /// ## What it does
    /// Flags requests to move the talk to private messages ("DM us", "send us a DM", "inbox me") that do not
    /// say what to send. "DM us your order number", "send us a DM with the email on your account" say what
    /// and why (private details stay out of public), so they are not flagged.
    ///
    /// ## Why does it matter?
    /// In public, "DM us" with no reason looks like hiding the problem; say why and what happens next.
    pub static DM_US: LexiconRule = {
        id: "builtin.dm-us",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 0.5 },
        message: crate::messages::RULE_DM_US,
        lexicon: "dm_us.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::DM_US;

    #[test]
    fn dm_us_asks_for_a_reason() {
        assert!(rewrite(RULE, "DM us.").is_some_and(|text| text.contains("so we can")));
    }

    #[test]
    fn the_rewrite_passes_its_own_rule() {
        let rewritten = rewrite(RULE, "DM us.").expect("a rewrite");
        assert!(!fires(RULE, &rewritten), "{rewritten}");
    }

    #[test]
    fn a_public_answer_is_not() {
        assert!(!fires(RULE, "Here is how to reset it: open Settings."));
    }
}
