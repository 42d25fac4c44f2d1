//! Repeated punctuation: "!!!" and "???" read as shouting or exasperation.

use super::{finding, Rule};
use crate::engine::{Document, Effect, Finding, Principle};

/// ## What it does
/// Flags runs of two or more `!` or `?` (and mixes such as `?!`), and offers a single mark.
///
/// ## Why does it matter?
/// One mark says it; a run of them raises the voice, and in a reply it reads as exasperation.
pub struct RepeatedPunctuation;

impl Rule for RepeatedPunctuation {
    fn id(&self) -> &str {
        "builtin.repeated-punctuation"
    }
    fn description(&self) -> &str {
        "Flags runs of exclamation or question marks; one mark says it without raising the voice."
    }
    fn principle(&self) -> Principle {
        Principle::Respecting
    }
    fn effect(&self) -> Option<Effect> {
        Some(Effect::Issue)
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        let bytes = document.text.as_bytes();
        let mut index = 0;
        while index < bytes.len() {
            if matches!(bytes[index], b'!' | b'?') {
                let start = index;
                while index < bytes.len() && matches!(bytes[index], b'!' | b'?') {
                    index += 1;
                }
                if index - start >= 2 {
                    let run = &document.text[start..index];
                    let single = if run.contains('?') { "?" } else { "!" };
                    findings.push(finding(
                        self,
                        document,
                        (start, index),
                        format!("\"{run}\" raises the voice; one mark is enough."),
                        Some(single.to_string()),
                    ));
                }
            } else {
                index += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};

    const RULE: &str = "builtin.repeated-punctuation";

    #[test]
    fn a_run_of_marks_becomes_one() {
        assert_eq!(rewrite(RULE, "Why is it down???").as_deref(), Some("?"));
        assert_eq!(rewrite(RULE, "Fixed!!!").as_deref(), Some("!"));
    }

    #[test]
    fn one_mark_is_fine() {
        assert!(!fires(RULE, "Fixed! Does it work now?"));
    }
}
