//! Blame: "you're wrong", "your fault", "you should have" put the reader on trial.

use super::Lexicon;
use crate::engine::lexicon::{flag, swap};

declare_rule! {
    /// Flags you-statements that blame the reader; an I-statement says the same without a verdict.
    ///
    /// ## What it does
    /// Flags you-statements that blame or correct the reader ("you're wrong", "that's your fault", "you should have").
    ///
    /// ## Why does it matter?
    /// Blame makes people defend themselves instead of listening; describe the problem and your view instead.
    pub static BLAME: LexiconRule = {
        id: "builtin.blame",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.0, promotion: 0.0 },
        keeps_prior: true,
        message: "\"{match}\" puts them on trial; say how you see it instead.",
        lexicon: BLAME_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const BLAME_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("user error"),
        flag("pebkac"),
        flag("pebcak"),
        flag("id10t"),
        flag("using it wrong"),
        flag("works fine for everyone else"),
        flag("works for everyone else"),
        flag("nobody else has this problem"),
        flag("no one else has this problem"),
        flag("nobody else is having"),
        flag("no one else is having"),
        flag("your own fault"),
        flag("you should've"),
        flag("you broke it"),
        swap("you're wrong", "I see it differently"),
        swap("you are wrong", "I see it differently"),
        swap("you're mistaken", "I see it differently"),
        swap("you are mistaken", "I see it differently"),
        swap("your fault", "not what we intended"),
        swap("you should have", "next time it may help to"),
        swap("you shouldn't have", "next time it may help not to"),
        swap("you failed", "this did not work"),
        swap("you don't understand", "I may not have explained it well"),
        swap("you do not understand", "I may not have explained it well"),
        swap("you don't get it", "I may not have explained it well"),
        swap("you did this", "this happened"),
        flag("you are the problem"),
        flag("you're the problem"),
        flag("you lied"),
        flag("you are lying"),
        flag("you're lying"),
        flag("shame on you"),
        flag("you ruined"),
        swap("you're not listening", "I may not have been clear"),
        swap("you never listen", "I may not have been clear"),
        flag("you have no idea"),
        flag("you clearly have no"),
        swap("you missed the point", "I may not have been clear"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::BLAME;

    #[test]
    fn youre_wrong_becomes_an_i_statement() {
        assert_eq!(rewrite(RULE, "You're wrong about the price.").as_deref(), Some("I see it differently"));
    }

    #[test]
    fn your_fault_is_blame() {
        assert!(fires(RULE, "This is your fault."));
    }

    #[test]
    fn a_plain_request_is_not_blame() {
        assert!(!fires(RULE, "Could you send the order number?"));
        assert!(!fires(RULE, "You need to restart the app after the update."));
    }

    #[test]
    fn user_error_is_blame() {
        assert!(fires(RULE, "This is clearly user error."));
        assert!(fires(RULE, "It works fine for everyone else."));
        assert!(fires(RULE, "it's not broken, you're just using it wrong"));
    }
}
