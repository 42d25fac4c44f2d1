//! Open questions: asking about the other person's view ("what do you think?") is listening.

use super::phrases::{self, Phrase};
use crate::engine::{Document, Finding, Principle, Rule};

pub struct OpenQuestion;

const PHRASES: &[Phrase] = &[
    Phrase { text: "what do you think", replacement: None },
    Phrase { text: "how do you", replacement: None },
    Phrase { text: "could you tell me more", replacement: None },
    Phrase { text: "what happened", replacement: None },
];

impl Rule for OpenQuestion {
    fn id(&self) -> &'static str {
        "builtin.open-question"
    }
    fn description(&self) -> &'static str {
        "Rewards open questions about the other person's view or experience."
    }
    fn principle(&self) -> Principle {
        Principle::Listening
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        phrases::find(self, document, PHRASES, "An open question invites them to say more.", findings);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::check;

    #[test]
    fn asking_their_view_is_an_open_question() {
        let report = check("Sorry about that. What happened when you tried?", None);
        assert!(report.findings.iter().any(|f| f.rule == "builtin.open-question"));
    }
}
