//! Empathy: a reaction to what they are going through ("sorry to hear that", "that must be exhausting", "congrats!").

use super::Lexicon;
use crate::engine::lexicon::{block, flag};

declare_rule! {
    /// Rewards reacting to what they are going through ("sorry to hear that", "that sounds exhausting").
    ///
    /// ## What it does
    /// Rewards an emotional reaction to the other person's situation: sympathy ("sorry to hear", "that must be
    /// hard", "that sucks"), shared feeling ("I can only imagine", "I've been there") and shared joy ("so glad
    /// to hear", "congratulations").
    ///
    /// ## Why does it matter?
    /// Before a fix, people need to know their frustration landed with someone; a reply that reacts to how they
    /// feel is read as listening, one that skips straight to instructions is not.
    pub static EMPATHY: LexiconRule = {
        id: "builtin.empathy",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.4, promotion: -0.2 },
        message: "\"{match}\" reacts to what they are going through.",
        lexicon: EMPATHY_LEXICON,
    };
}

/// The phrases the rule finds.
const EMPATHY_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("sorry to hear"),
        flag("so sorry"),
        flag("sorry you're"),
        flag("sorry you are"),
        flag("sorry you've"),
        flag("sorry you have"),
        flag("sorry that you"),
        flag("sorry for your loss"),
        flag("sorry about your"),
        flag("sorry this happened"),
        flag("sorry that happened"),
        flag("that must be"),
        flag("this must be"),
        flag("it must be"),
        flag("must have been"),
        flag("must feel"),
        flag("that sounds frustrating"),
        flag("that sounds hard"),
        flag("that sounds tough"),
        flag("that sounds difficult"),
        flag("that sounds stressful"),
        flag("that sounds exhausting"),
        flag("that sounds awful"),
        flag("that sounds painful"),
        flag("that sounds scary"),
        flag("that sounds rough"),
        flag("sounds frustrating"),
        flag("sounds really frustrating"),
        flag("sounds so frustrating"),
        flag("how frustrating"),
        flag("so frustrating"),
        flag("that's frustrating"),
        flag("that is frustrating"),
        flag("that's awful"),
        flag("that's terrible"),
        flag("that's rough"),
        flag("that's tough"),
        flag("that's hard"),
        flag("that's so hard"),
        flag("that's really hard"),
        flag("that's horrible"),
        flag("that's heartbreaking"),
        flag("that's not fun"),
        flag("that sucks"),
        flag("that really sucks"),
        flag("what a pain"),
        flag("i feel for you"),
        flag("i feel bad for you"),
        flag("my heart goes out"),
        flag("thinking of you"),
        flag("sending hugs"),
        flag("sending love"),
        flag("hugs"),
        flag("i can only imagine"),
        flag("i can imagine how"),
        flag("i know how hard"),
        flag("i know how frustrating"),
        flag("i know how that feels"),
        flag("i know that feeling"),
        flag("i've been there"),
        flag("i have been there"),
        flag("been there"),
        flag("i feel you"),
        flag("you're not alone"),
        flag("you are not alone"),
        flag("glad to hear"),
        flag("so glad"),
        flag("happy to hear"),
        flag("happy for you"),
        flag("proud of you"),
        flag("congratulations"),
        flag("congrats"),
        flag("i'm glad you"),
        flag("glad you're"),
        flag("glad you are"),
        flag("no wonder you"),
        flag("of course you're"),
        // Not about them: "it must be a bug on our side", "so sorry for the delay" is an apology for us.
        block("it must be a"),
        block("it must be the"),
        block("it must be your"),
        block("so sorry for the"),
        block("so sorry about the"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::EMPATHY;

    #[test]
    fn sympathy_is_empathy() {
        assert!(fires(RULE, "So sorry to hear the app lost your notes."));
        assert!(fires(RULE, "That must be exhausting on a deadline."));
        assert!(fires(RULE, "Ugh, that sucks."));
    }

    #[test]
    fn shared_joy_is_empathy() {
        assert!(fires(RULE, "Congrats on the launch!"));
        assert!(fires(RULE, "So glad to hear it works now."));
    }

    #[test]
    fn a_guess_about_the_cause_is_not() {
        assert!(!fires(RULE, "It must be a caching issue."));
        assert!(!fires(RULE, "So sorry for the delay."));
    }
}
