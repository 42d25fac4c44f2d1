//! Mind-reading: "you just want attention", "you don't care" claim to know the reader's motives.

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags claims about the reader's motives or feelings; ask about them instead.
    ///
    /// ## What it does
    /// Flags claims about what the reader thinks, wants or feels.
    ///
    /// ## Why does it matter?
    /// Nobody can see another person's motives; asking about them works better than asserting them.
    pub static MIND_READING: LexiconRule = {
        id: "builtin.mind-reading",
        principle: Suspending,
        effect: Issue,
        prior: { listening: -0.8, respect: -1.2, promotion: 0.0 },
        message: "\"{match}\" claims to know their motives; ask instead.",
        lexicon: MIND_READING_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const MIND_READING_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("you just want", "do you want"),
        swap("you only want", "do you want"),
        swap("you only care about", "do you care most about"),
        swap("you don't care", "does it matter to you"),
        swap("you do not care", "does it matter to you"),
        swap("you don't even care", "does it matter to you"),
        swap("you're just trying to", "are you trying to"),
        swap("you are just trying to", "are you trying to"),
        swap("you're only trying to", "are you trying to"),
        swap("you secretly", "perhaps you"),
        swap("you obviously think", "do you think"),
        swap("you clearly think", "do you think"),
        swap("you clearly want", "do you want"),
        swap("you obviously want", "do you want"),
        swap("you think you're", "you may feel"),
        swap("you just like to", "do you like to"),
        swap("you're pretending", "it seems to me you"),
        swap("you know you're", "perhaps you're"),
        swap("you know full well", "perhaps you know"),
        swap("deep down you", "perhaps you"),
        swap("you're just jealous", "perhaps you feel"),
        swap("you're just bitter", "perhaps you feel"),
        swap("you're just mad", "perhaps you feel"),
        swap("admit it", "do you agree"),
        swap("your real agenda", "your aim"),
        swap("your agenda", "your aim"),
        swap("you want us to believe", "you think"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::MIND_READING;

    #[test]
    fn you_dont_care_is_mind_reading() {
        assert_eq!(rewrite(RULE, "You don't care about users.").as_deref(), Some("Does it matter to you"));
    }

    #[test]
    fn asking_about_motives_is_not() {
        assert!(!fires(RULE, "What matters most to you here?"));
    }
}
