//! Answering the question: a reply that takes up the question in the post it answers.

use std::collections::HashSet;

use super::engages_context::stem;
use super::{finding, Check};
use crate::engine::document::content_words;
use crate::engine::{Analysis, Document, Finding};

declare_rule! {
    /// Rewards a reply that takes up the question asked in the post it answers.
    ///
    /// ## What it does
    /// When the post being replied to asks a question, rewards a reply that takes up the question's own
    /// words (its content words, not "what" or "the").
    ///
    /// ## Why does it matter?
    /// The surest way to show you listened is to answer what was asked.
    pub struct AnswersQuestion {
        id: "builtin.answers-question",
        principle: Listening,
        effect: Strength,
        prior: { listening: 0.5, respect: 0.0, promotion: -0.3 },
    }
}

/// The stemmed content words of the questions in a post.
pub(crate) fn question_words(context: &str) -> HashSet<String> {
    let questions = Document::new(context, None);
    questions
        .sentences
        .iter()
        .filter(|sentence| sentence.question)
        .flat_map(|sentence| content_words(questions.slice(sentence.start_byte, sentence.end_byte)))
        .map(|(_, _, word)| stem(&word).to_string())
        .collect()
}

/// The byte span of the first content word of `reply` that takes up one of the `asked` words.
pub(crate) fn answering_word(reply: &str, asked: &HashSet<String>) -> Option<(usize, usize)> {
    content_words(reply).into_iter().find(|(_, _, word)| asked.contains(stem(word))).map(|(start, end, _)| (start, end))
}

impl Check for AnswersQuestion {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let Some(context) = document.context else { return };
        if let Some(span) = answering_word(document.text, &question_words(context)) {
            findings.push(finding(self, document, span, crate::messages::RULE_ANSWERS_QUESTION.english.into(), None));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::findings_of;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::AnswersQuestion;

    #[test]
    fn taking_up_the_question_is_rewarded() {
        let context = Some("Love the app. When does the Android version ship?");
        assert_eq!(findings_of(RULE, "The Android version ships in June.", context).len(), 1);
    }

    #[test]
    fn a_post_without_a_question_gives_nothing() {
        assert!(findings_of(RULE, "The Android version ships in June.", Some("Android version please.")).is_empty());
    }
}
