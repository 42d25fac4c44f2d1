//! Gratitude: thanking the other person is one of the clearest signs of respect.

use super::phrases::{self, Phrase};
use crate::engine::{Document, Finding, Principle, Rule};

pub struct Gratitude;

const PHRASES: &[Phrase] = &[
    Phrase { text: "thank you", replacement: None },
    Phrase { text: "thanks", replacement: None },
    Phrase { text: "appreciate", replacement: None },
    Phrase { text: "grateful", replacement: None },
];

impl Rule for Gratitude {
    fn id(&self) -> &'static str {
        "builtin.gratitude"
    }
    fn description(&self) -> &'static str {
        "Rewards thanking the other person: gratitude shows respect for their time and view."
    }
    fn principle(&self) -> Principle {
        Principle::Respecting
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        phrases::find(self, document, PHRASES, "Thanking them shows respect.", findings);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::check;

    fn fires(text: &str) -> bool {
        check(text, None).findings.iter().any(|f| f.rule == "builtin.gratitude")
    }

    #[test]
    fn thanks_is_gratitude() {
        assert!(fires("Thanks for flagging this!"));
        assert!(fires("We really appreciate the detail."));
    }

    #[test]
    fn a_word_that_merely_contains_thanks_is_not() {
        assert!(!fires("Thanksgiving sale starts now"));
    }
}
