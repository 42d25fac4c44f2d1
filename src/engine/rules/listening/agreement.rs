//! Agreement: saying where you agree ("good point", "you're right") before you differ.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards naming where you agree with the other person before you differ.
    ///
    /// ## What it does
    /// Rewards explicit agreement with the other person ("I agree", "you're right", "fair point").
    ///
    /// ## Why does it matter?
    /// Naming common ground first makes any disagreement that follows easier to hear.
    pub static AGREEMENT: LexiconRule = {
        id: "builtin.agreement",
        principle: Listening,
        effect: Strength,
        prior: { listening: 0.8, respect: 0.3, promotion: -0.2 },
        message: "Naming common ground (\"{match}\") makes the rest easier to hear.",
        lexicon: AGREEMENT_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const AGREEMENT_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("i agree"),
        flag("i totally agree"),
        flag("i do agree"),
        flag("agree with you"),
        flag("you're right"),
        flag("you are right"),
        flag("you're correct"),
        flag("you are correct"),
        flag("good point"),
        flag("fair point"),
        flag("great point"),
        flag("fair enough"),
        flag("that's fair"),
        flag("that is fair"),
        flag("that's true"),
        flag("that is true"),
        flag("true enough"),
        flag("you make a good"),
        flag("you have a point"),
        flag("you raise a"),
        flag("well said"),
        flag("we agree"),
        flag("i share your"),
        flag("common ground"),
        flag("both sides"),
        flag("you make a valid"),
        flag("i concede"),
        flag("point taken"),
        flag("you're absolutely right"),
        flag("you are absolutely right"),
        flag("you're so right"),
        flag("you're totally right"),
        flag("i completely agree"),
        flag("i definitely agree"),
        flag("i most definitely agree"),
        flag("i absolutely agree"),
        flag("i couldn't agree more"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::AGREEMENT;

    #[test]
    fn fair_point_is_agreement() {
        assert!(fires(RULE, "Fair point, we missed that."));
    }

    #[test]
    fn you_are_right_is_agreement() {
        assert!(fires(RULE, "You're right about the delay."));
    }

    #[test]
    fn disagreement_is_not() {
        assert!(!fires(RULE, "I disagree with that."));
    }
}
