//! Finds whole-word phrases in a document, case-insensitively, for the lexicon rules.

use crate::engine::{Document, Finding, Rule};

/// One lexicon entry: the phrase (lower case) and the rewrite to offer, if any.
pub struct Phrase {
    pub text: &'static str,
    pub replacement: Option<&'static str>,
}

/// Reports a finding for each whole-word occurrence of any of `phrases`.
pub fn find(rule: &dyn Rule, document: &Document, phrases: &[Phrase], message: &str, findings: &mut Vec<Finding>) {
    let lower = document.text.to_lowercase().replace('\u{2019}', "'");
    if lower.len() != document.text.len() {
        return;
    }
    for phrase in phrases {
        for (start, _) in lower.match_indices(phrase.text) {
            let end = start + phrase.text.len();
            let before_ok = lower[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after_ok = lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                findings.push(Finding {
                    rule: rule.id().to_string(),
                    principle: rule.principle(),
                    start: document.utf16(start),
                    end: document.utf16(end),
                    message: message.to_string(),
                    replacement: phrase.replacement.map(str::to_string),
                });
            }
        }
    }
}
