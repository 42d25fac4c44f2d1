//! Greeting: "hi", "hello", "good morning" open a reply as a person talking to a person.

use super::LexiconRule;
use crate::engine::lexicon::flag;
use crate::engine::{Effect, Principle};

/// ## What it does
/// Rewards a greeting ("hi", "hello", "hey there", "good morning").
///
/// ## Why does it matter?
/// A greeting is the smallest sign that the reader is a person and not a ticket.
pub static GREETING: LexiconRule = LexiconRule {
    id: "builtin.greeting",
    principle: Principle::Respecting,
    effect: Effect::Strength,
    description: "Rewards opening with a greeting: it treats the reader as a person.",
    message: "A greeting (\"{match}\") treats them as a person.",
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

    const RULE: &str = "builtin.greeting";

    #[test]
    fn hello_is_a_greeting() {
        assert!(fires(RULE, "Hello! Thanks for writing."));
    }

    #[test]
    fn hi_inside_a_word_is_not() {
        assert!(!fires(RULE, "This is a high priority."));
    }
}
