//! Shouting: words in ALL CAPS read as a raised voice.

use super::{finding, Check, Rule};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Flags words in ALL CAPS beyond short acronyms; capitals read as shouting.
    ///
    /// ## What it does
    /// Flags runs of capitalised words (two or more words, at least one of four letters or more), and
    /// drafts written mostly in capitals. Short acronyms on their own ("FAQ", "USA") are left alone.
    ///
    /// ## Why does it matter?
    /// Capitals are the written form of shouting; readers hear anger whatever the intent.
    pub struct Shouting {
        id: "builtin.shouting",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.3, respect: -0.6, promotion: 0.2 },
    }
}

impl Check for Shouting {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let mut run: Vec<usize> = Vec::new();
        let words = document.word_tokens(0, document.text.len());
        for (index, word) in words.iter().enumerate() {
            if word.all_caps {
                run.push(index);
            }
            let ends = !word.all_caps || index + 1 == words.len();
            if ends && !run.is_empty() {
                let long = run.iter().any(|&i| words[i].end_byte - words[i].start_byte >= 4);
                let lone_long_word = run.len() == 1 && long && words.len() <= 3;
                if (run.len() >= 2 && long) || lone_long_word {
                    let (first, last) = (words[run[0]], words[run[run.len() - 1]]);
                    let written = document.slice(first.start_byte, last.end_byte);
                    findings.push(finding(
                        self,
                        document,
                        (first.start_byte, last.end_byte),
                        crate::messages::RULE_SHOUTING_WORDS.english.into(),
                        Some(written.to_lowercase()),
                    ));
                }
                run.clear();
            }
        }
        let shouted = words.iter().filter(|word| word.all_caps).count();
        if words.len() >= 4 && shouted * 2 > words.len() && findings.iter().all(|f| f.rule != self.id()) {
            findings.push(finding(
                self,
                document,
                (0, document.text.len()),
                crate::messages::RULE_SHOUTING_ALL.english.into(),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::Shouting;

    #[test]
    fn capital_words_are_shouting() {
        assert_eq!(rewrite(RULE, "This is NOT OKAY at all").as_deref(), Some("not okay"));
    }

    #[test]
    fn acronyms_are_not_shouting() {
        assert!(!fires(RULE, "See the FAQ for the USA store."));
        assert!(!fires(RULE, "I work at NASA on the API."));
    }
}
