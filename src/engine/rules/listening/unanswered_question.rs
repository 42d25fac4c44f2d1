//! Unanswered question: the post asked something and the reply does not take it up.

use super::answers_question::{answer, asked};
use super::{finding, Check};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Flags a reply that leaves the question in the post it answers untouched.
    ///
    /// ## What it does
    /// When the post being replied to asks a question and the reply shares none of its content words,
    /// flags the reply's first sentence of substance (a sentence that is only thanks, a greeting or an apology
    /// is a strength of its own and is passed over; if every sentence is one, the first is flagged).
    ///
    /// ## Why does it matter?
    /// A reply that skips the question feels like a brush-off, however polite it is.
    pub struct UnansweredQuestion {
        id: "builtin.unanswered-question",
        principle: Listening,
        effect: Issue,
        prior: { listening: -1.0, respect: 0.0, promotion: 0.0 },
    }
}

impl Check for UnansweredQuestion {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let Some(context) = document.context else { return };
        let asked = asked(context);
        let Some(first) = document.sentences.first() else { return };
        if asked.words.is_empty() || answer(document, &asked).is_some() {
            return;
        }
        let substance = document
            .sentences
            .iter()
            .find(|sentence| !is_courtesy(&document.text[sentence.start_byte..sentence.end_byte]))
            .unwrap_or(first);
        findings.push(finding(
            self,
            document,
            (substance.start_byte, substance.end_byte),
            crate::messages::RULE_UNANSWERED_QUESTION.english.into(),
            None,
        ));
    }
}

/// Openings of a sentence that only thanks, greets or apologises.
const COURTESY_OPENINGS: &[&str] =
    &["thank", "thanks", "hi", "hello", "hey", "sorry", "apologies", "we're sorry", "i'm sorry", "we appreciate"];

/// Whether a sentence is only a courtesy ("Thanks so much for the report."), not the reply's substance.
fn is_courtesy(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase().replace('\u{2019}', "'");
    COURTESY_OPENINGS.iter().any(|opening| {
        lower.strip_prefix(opening).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::findings_of;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::UnansweredQuestion;

    #[test]
    fn skipping_the_question_is_flagged() {
        let context = Some("When does the Android version ship?");
        assert_eq!(findings_of(RULE, "Thanks for your support!", context).len(), 1);
        assert!(findings_of(RULE, "The Android version ships in June.", context).is_empty());
    }

    #[test]
    fn the_underline_passes_over_thanks_to_the_sentence_that_skips_the_question() {
        let context = Some("When does the Android version ship?");
        let reply = "Thanks so much for the report. We love hearing from you!";
        let found = findings_of(RULE, reply, context);
        assert_eq!(found.len(), 1);
        assert_eq!(&reply[found[0].start as usize..found[0].end as usize], "We love hearing from you!");
    }

    #[test]
    fn a_reply_that_is_only_thanks_is_flagged_on_its_first_sentence() {
        let context = Some("When does the Android version ship?");
        let found = findings_of(RULE, "Thanks! Hello there.", context);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, 0);
    }
}
