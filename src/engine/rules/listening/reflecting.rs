//! Reflecting: "it sounds like", "so you're saying" play back what the person said.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards playing back what the other person said before answering.
    ///
    /// ## What it does
    /// Rewards playing back the other person's words or point ("it sounds like", "you mentioned", "if I understand you").
    ///
    /// ## Why does it matter?
    /// Reflecting shows you understood and lets them correct you before you answer the wrong question.
    pub static REFLECTING: LexiconRule = {
        id: "builtin.reflecting",
        principle: Listening,
        effect: Strength,
        prior: { listening: 0.5, respect: 0.2, promotion: -0.2 },
        message: "Reflecting (\"{match}\") shows you took in what they said.",
        lexicon: REFLECTING_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const REFLECTING_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("it sounds like"),
        flag("sounds like you"),
        flag("so you're saying"),
        flag("so you are saying"),
        flag("what i'm hearing"),
        flag("what i hear is"),
        flag("if i understand correctly"),
        flag("if i understand you"),
        flag("if i'm understanding"),
        flag("you mentioned"),
        flag("you said"),
        flag("as you said"),
        flag("as you mentioned"),
        flag("you point out"),
        flag("you pointed out"),
        flag("your point about"),
        flag("you raised"),
        flag("you're saying"),
        flag("you are saying"),
        flag("you're asking"),
        flag("you asked"),
        flag("your question about"),
        flag("you noted"),
        flag("you wrote"),
        flag("you argue"),
        flag("you argued"),
        flag("you suggest"),
        flag("you suggested"),
        flag("your concern"),
        flag("your experience"),
        flag("your argument"),
        flag("your view"),
        flag("your point"),
        flag("you feel"),
        flag("you're feeling"),
        flag("you believe"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::REFLECTING;

    #[test]
    fn it_sounds_like_is_reflecting() {
        assert!(fires(RULE, "It sounds like the export keeps failing."));
    }

    #[test]
    fn you_mentioned_is_reflecting() {
        assert!(fires(RULE, "You mentioned the Android app."));
    }

    #[test]
    fn a_statement_about_us_is_not() {
        assert!(!fires(RULE, "We shipped the fix today."));
    }
}
