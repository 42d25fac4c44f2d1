//! Engaging with the post: a reply that picks up the other post's own words is about what they said.

use std::collections::HashSet;

use super::{finding, Check};
use crate::engine::document::content_words;
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Rewards picking up the words of the post being replied to; it shows the reply is about what they said.
    ///
    /// ## What it does
    /// With the post being replied to as context, rewards each of (up to three) content words the reply
    /// shares with it ("the *export* fails" -> "the *export* should work again").
    ///
    /// ## Why does it matter?
    /// Picking up the other person's own terms is the plainest evidence that the reply answers their
    /// post rather than a template.
    pub struct EngagesContext {
        id: "builtin.engages-context",
        principle: Listening,
        effect: Strength,
        prior: { listening: 0.6, respect: 0.0, promotion: -0.2 },
    }
}

/// A crude stem so that "export" and "exports" meet.
pub(crate) fn stem(word: &str) -> &str {
    let word = word.strip_suffix("'s").unwrap_or(word);
    if word.len() > 4 {
        word.strip_suffix("es").or_else(|| word.strip_suffix('s')).unwrap_or(word)
    } else {
        word
    }
}

impl Check for EngagesContext {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let Some(context) = document.context else { return };
        let theirs: HashSet<String> =
            content_words(context).into_iter().map(|(_, _, word)| stem(&word).to_string()).collect();
        let mut seen = HashSet::new();
        for (start, end, word) in content_words(document.text) {
            let stemmed = stem(&word).to_string();
            if theirs.contains(&stemmed) && seen.insert(stemmed) {
                findings.push(finding(
                    self,
                    document,
                    (start, end),
                    crate::messages::RULE_ENGAGES_CONTEXT.english_with(&[document.slice(start, end)]),
                    None,
                ));
                if seen.len() == 3 {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::findings_of;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::EngagesContext;

    #[test]
    fn shared_words_are_rewarded() {
        let findings = findings_of(RULE, "Sorry, the exports should work again.", Some("My export keeps failing"));
        assert_eq!(findings.len(), 1);
    }

    #[test]
    fn no_context_no_finding() {
        assert!(findings_of(RULE, "Sorry, the export should work again.", None).is_empty());
    }
}
