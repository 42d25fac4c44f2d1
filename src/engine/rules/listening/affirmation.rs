//! Affirmation: recognising their effort, strength or feelings ("that took courage", "your feelings are valid").

declare_rule! {
    /// Rewards affirming them: their effort, strengths and feelings ("that took courage", "your feelings are valid").
    ///
    /// ## What it does
    /// Rewards phrases that recognise what the other person did or feels as worth something: their effort
    /// ("that took courage", "you did the right thing"), their strength ("you're doing better than you think")
    /// and the sense of their feelings ("your feelings are valid", "it's okay to not be okay", "anyone would be
    /// upset").
    ///
    /// ## Why does it matter?
    /// Affirmation is the A of motivational interviewing's OARS and the validation of peer support: it tells the
    /// person that what they feel makes sense and what they did counts, which is what lets them keep talking.
    pub static AFFIRMATION: LexiconRule = {
        id: "builtin.affirmation",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.3, promotion: -0.2 },
        message: crate::messages::RULE_AFFIRMATION,
        lexicon: "affirmation.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::AFFIRMATION;

    #[test]
    fn advice_and_offers_are_not() {
        assert!(!fires(RULE, "You should see a doctor about it."));
        assert!(!fires(RULE, "The coupon is valid until Friday."));
    }
}
