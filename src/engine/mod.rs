//! The engine: draft text -> tokens with UTF-16 spans -> rules -> findings -> explained scores.

pub mod document;
pub mod lexicon;
mod report;
pub mod rules;
pub mod scoring;
mod weights;

pub use document::{Document, Language, Sentence, Token, TokenKind};
pub use report::{Contribution, Explanation, Finding, Principle, Report, Scores};
pub use rules::Rule;

/// Checks one draft with the built-in rules, optionally with the text of the post it replies to.
pub fn check(text: &str, context: Option<&str>) -> Report {
    Checker::default().check(text, context)
}

/// The built-in rules plus any rules a preset adds, less the rules turned off.
#[derive(Default)]
pub struct Checker {
    extra_rules: Vec<Box<dyn Rule>>,
    disabled: std::collections::HashSet<String>,
}

impl Checker {
    /// Adds a rule (e.g. one compiled from a team preset) that runs after the built-ins.
    pub fn add_rule(&mut self, rule: Box<dyn Rule>) {
        self.extra_rules.push(rule);
    }

    /// Turns a rule off by id; its findings are dropped and do not move any score.
    pub fn disable(&mut self, rule_id: &str) {
        self.disabled.insert(rule_id.to_string());
    }

    /// Checks a draft: its findings, and the scores of the shipped model.
    pub fn check(&self, text: &str, context: Option<&str>) -> Report {
        let document = Document::new(text, context);
        scoring::score(&document, self.findings(&document))
    }

    /// The findings of every enabled rule on a document, by position (no scores).
    pub fn findings(&self, document: &Document) -> Vec<Finding> {
        let mut findings = Vec::new();
        if document.language == Language::Other {
            return findings;
        }
        let builtin = rules::builtin().iter().copied();
        for rule in builtin.chain(self.extra_rules.iter().map(|rule| rule.as_ref())) {
            if !self.disabled.contains(rule.id()) {
                rule.check(document, &mut findings);
            }
        }
        findings.sort_by_key(|finding| (finding.start, finding.end));
        findings
    }
}
