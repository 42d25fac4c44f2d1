//! Unanswered question: the post asked something and the reply does not take it up.

use super::answers_question::{answering_word, question_words};
use super::{finding, Rule};
use crate::engine::{Document, Effect, Finding, Principle};

/// ## What it does
/// When the post being replied to asks a question and the reply shares none of its content words,
/// flags the reply's first sentence.
///
/// ## Why does it matter?
/// A reply that skips the question feels like a brush-off, however polite it is.
pub struct UnansweredQuestion;

impl Rule for UnansweredQuestion {
    fn id(&self) -> &str {
        "builtin.unanswered-question"
    }
    fn description(&self) -> &str {
        "Flags a reply that leaves the question in the post it answers untouched."
    }
    fn principle(&self) -> Principle {
        Principle::Listening
    }
    fn effect(&self) -> Option<Effect> {
        Some(Effect::Issue)
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        let Some(context) = document.context else { return };
        let asked = question_words(context);
        let Some(first) = document.sentences.first() else { return };
        if asked.is_empty() || answering_word(document.text, &asked).is_some() {
            return;
        }
        findings.push(finding(
            self,
            document,
            (first.start_byte, first.end_byte),
            "They asked a question this reply does not take up; answer it, or say when you will.".into(),
            None,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::findings_of;

    const RULE: &str = "builtin.unanswered-question";

    #[test]
    fn skipping_the_question_is_flagged() {
        let context = Some("When does the Android version ship?");
        assert_eq!(findings_of(RULE, "Thanks for your support!", context).len(), 1);
        assert!(findings_of(RULE, "The Android version ships in June.", context).is_empty());
    }
}
