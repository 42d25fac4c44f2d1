//! Greeting: "hi", "hello", "good morning" open a reply as a person talking to a person.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Rewards opening with a greeting: it treats the reader as a person.
    ///
    /// ## What it does
    /// Rewards a greeting ("hi", "hello", "hey there", "good morning").
    ///
    /// ## Why does it matter?
    /// A greeting is the smallest sign that the reader is a person and not a ticket.
    pub static GREETING: LexiconRule = {
        id: "builtin.greeting",
        principle: Respecting,
        effect: Strength,
        prior: { listening: 0.1, respect: 0.4, promotion: 0.0 },
        message: "A greeting (\"{match}\") treats them as a person.",
        lexicon: GREETING_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const GREETING_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("hi"),
        flag("hello"),
        flag("hey"),
        flag("hey there"),
        flag("hiya"),
        flag("howdy"),
        flag("good morning"),
        flag("good afternoon"),
        flag("good evening"),
        flag("greetings"),
        flag("dear"),
        flag("welcome"),
        flag("nice to meet you"),
        flag("hope you're well"),
        flag("hope you are well"),
        flag("hope you're doing well"),
        flag("hope this helps"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::GREETING;

    #[test]
    fn hello_is_a_greeting() {
        assert!(fires(RULE, "Hello! Thanks for writing."));
    }

    #[test]
    fn hi_inside_a_word_is_not() {
        assert!(!fires(RULE, "This is a high priority."));
    }
}
