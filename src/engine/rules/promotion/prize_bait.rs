//! Prize bait: "you have won", "claim your reward", "enter to win": the language of contests and scams.

declare_rule! {
    /// Flags prize and contest language ("you have won", "claim your reward"); it reads as spam.
    ///
    /// ## What it does
    /// Flags prize and contest language: telling readers they have won, were selected, or can win.
    ///
    /// ## Why does it matter?
    /// "You have been selected to receive a reward" is how spam and scams open; readers and spam filters
    /// stop trusting a post that talks this way. If you run a real giveaway, state the rules plainly.
    pub static PRIZE_BAIT: LexiconRule = {
        id: "builtin.prize-bait",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.6, respect: 0.0, promotion: 1.0 },
        message: crate::messages::RULE_PRIZE_BAIT,
        lexicon: "prize_bait.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PRIZE_BAIT;

    #[test]
    fn talking_about_a_match_won_is_not() {
        assert!(!fires(RULE, "We won the match and the team was thrilled."));
    }
}
