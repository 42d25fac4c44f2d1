//! Calls to action: "buy now", "subscribe", "link in bio" push the reader instead of talking with them.

use super::phrases::{self, Phrase};
use crate::engine::{Document, Finding, Principle, Rule};

pub struct CallToAction;

const PHRASES: &[Phrase] = &[
    Phrase { text: "buy now", replacement: None },
    Phrase { text: "subscribe", replacement: None },
    Phrase { text: "check out my channel", replacement: None },
    Phrase { text: "link in bio", replacement: None },
    Phrase { text: "dm us", replacement: None },
    Phrase { text: "sign up today", replacement: None },
];

impl Rule for CallToAction {
    fn id(&self) -> &'static str {
        "builtin.call-to-action"
    }
    fn description(&self) -> &'static str {
        "Flags calls to action; in a conversation they read as an ad."
    }
    fn principle(&self) -> Principle {
        Principle::Promotion
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        phrases::find(self, document, PHRASES, "A call to action reads as an ad here.", findings);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::check;

    #[test]
    fn buy_now_is_a_call_to_action() {
        assert!(check("Buy now, only today!", None).findings.iter().any(|f| f.rule == "builtin.call-to-action"));
    }
}
