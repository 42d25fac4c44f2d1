//! Condescension: words that talk down to the reader ("obviously", "calm down") cost respect.

use super::phrases::{self, Phrase};
use crate::engine::{Document, Finding, Principle, Rule};

pub struct Condescension;

const PHRASES: &[Phrase] = &[
    Phrase { text: "obviously you're wrong", replacement: Some("I see it differently:") },
    Phrase { text: "calm down", replacement: Some("I hear you") },
    Phrase { text: "as i already said", replacement: Some("to add to what I said") },
    Phrase { text: "educate yourself", replacement: Some("here is some background") },
];

impl Rule for Condescension {
    fn id(&self) -> &'static str {
        "builtin.condescension"
    }
    fn description(&self) -> &'static str {
        "Flags phrases that talk down to the reader; they end a conversation instead of opening it."
    }
    fn principle(&self) -> Principle {
        Principle::Respecting
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        phrases::find(self, document, PHRASES, "This talks down to the reader.", findings);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::check;

    #[test]
    fn obviously_wrong_gets_a_kinder_rewrite() {
        let report = check("Obviously you're wrong about this.", None);
        let finding = report.findings.iter().find(|f| f.rule == "builtin.condescension");
        assert_eq!(finding.and_then(|f| f.replacement.as_deref()), Some("I see it differently:"));
    }

    #[test]
    fn calm_down_is_condescending() {
        assert!(check("Calm down, it's fixed.", None).findings.iter().any(|f| f.rule == "builtin.condescension"));
    }
}
