//! Reflecting: "it sounds like", "so you're saying" play back what the person said.

use super::Lexicon;
use crate::engine::lexicon::{block, flag};

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
        prior: { listening: 1.2, respect: 0.2, promotion: -0.2 },
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
        flag("sounds as though"),
        flag("sounds as if"),
        flag("it sounds as though"),
        flag("sounds like it's been"),
        flag("seems like you"),
        flag("it seems you"),
        flag("it seems that you"),
        flag("it sounds like you"),
        flag("you seem"),
        flag("you sound"),
        flag("you felt"),
        flag("you're worried"),
        flag("you are worried"),
        flag("you're concerned"),
        flag("you are concerned"),
        flag("you're frustrated"),
        flag("you are frustrated"),
        flag("you're upset"),
        flag("you're not sure"),
        flag("you are not sure"),
        flag("you're unsure"),
        flag("you're struggling"),
        flag("you're stuck"),
        flag("you're wondering"),
        flag("you're thinking"),
        flag("you're hoping"),
        flag("you're trying"),
        flag("you're afraid"),
        flag("you're scared"),
        flag("you're tired"),
        flag("you're overwhelmed"),
        flag("you're disappointed"),
        flag("you're excited"),
        flag("you want"),
        flag("you wanted"),
        flag("you'd like"),
        flag("you would like"),
        flag("you wish"),
        flag("you hope"),
        flag("you enjoy"),
        flag("you enjoyed"),
        flag("you care about"),
        flag("you value"),
        flag("you miss"),
        flag("you've been"),
        flag("you have been"),
        flag("you've tried"),
        flag("you have tried"),
        flag("you tried"),
        flag("you've had"),
        flag("you waited"),
        flag("you've waited"),
        flag("you have waited"),
        flag("you had to"),
        flag("so you're"),
        flag("so you've"),
        flag("so your"),
        flag("what you're describing"),
        flag("what you're saying"),
        flag("i can see that"),
        flag("i can tell"),
        flag("for you"),
        // "want" and "tried" as offers or orders, "for you" as a sales line, are not playing anything back.
        block("you want to"),
        block("if you want"),
        block("if you'd like"),
        block("if you would like"),
        block("would you like"),
        block("you'd like to know"),
        block("do you want"),
        block("for you to"),
        block("we have for you"),
        block("deal for you"),
        block("offer for you"),
        block("just for you"),
        block("perfect for you"),
        block("work for you"),
        block("works for you"),
        block("have you tried"),
        block("hope you"),
        block("sorry you feel"),
        block("if you feel"),
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
    fn a_reflection_of_feeling_or_meaning_is_reflecting() {
        assert!(fires(RULE, "Sounds as though that's something you quite enjoyed."));
        assert!(fires(RULE, "So you're worried the export will fail again."));
        assert!(fires(RULE, "You've been waiting a week for this."));
    }

    #[test]
    fn an_offer_is_not_reflecting() {
        assert!(!fires(RULE, "If you want, we can call you."));
        assert!(!fires(RULE, "Would you like a refund?"));
        assert!(!fires(RULE, "We have a great deal for you."));
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
