//! Repeated punctuation: "!!!" and "???" read as shouting or exasperation.

use super::{finding, Check};
use crate::engine::swar::{has_byte, word_at};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Flags runs of exclamation or question marks; one mark says it without raising the voice.
    ///
    /// ## What it does
    /// Flags runs of two or more `!` or `?` (and mixes such as `?!`), and offers a single mark.
    ///
    /// ## Why does it matter?
    /// One mark says it; a run of them raises the voice, and in a reply it reads as exasperation.
    pub struct RepeatedPunctuation {
        id: "builtin.repeated-punctuation",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.2, respect: -0.4, promotion: 0.2 },
    }
}

impl Check for RepeatedPunctuation {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let bytes = document.text.as_bytes();
        let mut index = 0;
        while index < bytes.len() {
            // Eight bytes with neither mark at once.
            if word_at(bytes, index).is_some_and(|x| has_byte(x, b'!') | has_byte(x, b'?') == 0) {
                index += 8;
                continue;
            }
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
                        crate::messages::RULE_REPEATED_PUNCTUATION.english_with(&[run]),
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
    use crate::engine::rules::testing::{fires, rewrite, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::RepeatedPunctuation;

    #[test]
    fn runs_are_found_wherever_they_fall() {
        for lead in 0..12 {
            let text = format!("{}Really?!? Great!! Fine! Ok?", "x".repeat(lead));
            assert_eq!(underlined(RULE, &text), ["?!?", "!!"], "{text}");
        }
    }

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
