//! A preset rule that runs on its own rather than in the phrase automaton (`occurrence`, `pattern`): the id,
//! description and principle every such rule has, around what its kind looks for.

use crate::engine::rules::finding;
use crate::engine::{Analysis, Effect, Finding, Principle, Rule};

/// A checked `occurrence` or `pattern` rule; each of its findings is an issue.
pub struct OwnRule<M> {
    pub id: String,
    pub description: String,
    pub principle: Principle,
    pub matcher: M,
}

/// One thing a rule kind found: its byte span in the draft, its message, and the rewrite it offers.
pub struct Match {
    pub span: (usize, usize),
    pub message: String,
    pub replacement: Option<String>,
}

/// What a rule kind looks for in a draft.
pub trait Matcher: Send + Sync {
    fn matches(&self, text: &str) -> Vec<Match>;
}

impl<M: Matcher> Rule for OwnRule<M> {
    fn id(&self) -> &str {
        &self.id
    }
    fn description(&self) -> &str {
        &self.description
    }
    fn principle(&self) -> Principle {
        self.principle
    }
    fn effect(&self) -> Option<Effect> {
        Some(Effect::Issue)
    }
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for Match { span, message, replacement } in self.matcher.matches(document.text) {
            findings.push(finding(self, document, span, message, replacement));
        }
    }
}
