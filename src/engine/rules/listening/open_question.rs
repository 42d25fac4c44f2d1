//! Open questions: asking about the other person's view or experience ("what do you think?") is listening.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, Sentence};

declare_rule! {
    /// Rewards open questions about the other person's view or experience.
    ///
    /// ## What it does
    /// Rewards questions that invite a full answer: a question starting with what, how, which, where,
    /// when or who, or one that asks about the reader ("tell me more", "your thoughts").
    ///
    /// ## Why does it matter?
    /// An open question hands the conversation back to the other person; a yes/no question or a
    /// rhetorical "why would you...?" does not.
    pub struct OpenQuestion {
        id: "builtin.open-question",
        principle: Listening,
        effect: Strength,
        prior: { listening: 0.6, respect: 0.2, promotion: 0.0 },
    }
}

const OPENERS: &[&str] = &["what", "how", "which", "where", "when", "who", "whats", "what's", "how's"];
const INVITATIONS: &[&str] = &[
    "tell me more",
    "tell me about",
    "tell me a little",
    "tell me a bit",
    "help me understand",
    "your thoughts",
    "your take",
    "what do you think",
    "how do you feel",
];

impl Check for OpenQuestion {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        // A sentence's lower-case form holds an invitation only if the whole draft's does (lower-casing goes
        // character by character, and the invitations are ASCII), so most drafts skip the per-sentence search.
        let invites = !document.sentences.is_empty() && {
            let text = document.text;
            let whole = if text.is_ascii() { text.to_ascii_lowercase() } else { text.to_lowercase() };
            INVITATIONS.iter().any(|phrase| whole.contains(phrase))
        };
        // One buffer for every sentence's lower-case form; ASCII is lower-cased in place.
        let mut lowered = String::new();
        for sentence in &document.sentences {
            let first_word = document.word_tokens(sentence.start_byte, sentence.end_byte).first();
            let opens = first_word.is_some_and(|word| OPENERS.contains(&word.normalized.as_str()));
            if (opens && super::question::asks(document, sentence))
                || (invites && invited(sentence, document, &mut lowered))
            {
                findings.push(finding(
                    self,
                    document,
                    (sentence.start_byte, sentence.end_byte),
                    crate::messages::RULE_OPEN_QUESTION.english.into(),
                    None,
                ));
            }
        }
    }
}

/// Whether a sentence's lower-case form holds an invitation ("tell me more", "your thoughts"); `lowered` is the
/// buffer it is lower-cased into.
fn invited(sentence: &Sentence, document: &Analysis, lowered: &mut String) -> bool {
    let written = document.slice(sentence.start_byte, sentence.end_byte);
    lowered.clear();
    if written.is_ascii() {
        lowered.push_str(written);
        lowered.make_ascii_lowercase();
    } else {
        lowered.push_str(&written.to_lowercase());
    }
    INVITATIONS.iter().any(|phrase| lowered.contains(phrase))
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::OpenQuestion;

    #[test]
    fn asking_what_happened_is_an_open_question() {
        assert_eq!(
            underlined(RULE, "Sorry about that. What happened when you tried?"),
            ["What happened when you tried?"]
        );
    }

    #[test]
    fn an_invitation_counts_without_a_question_mark() {
        assert!(fires(RULE, "Tell me more about your setup."));
    }

    #[test]
    fn an_open_question_without_its_mark_counts() {
        assert!(fires(RULE, "how are things at home right now"));
        assert!(fires(RULE, "Tell me a little about what a typical evening looks like for you."));
    }

    #[test]
    fn yes_no_and_rhetorical_questions_do_not() {
        assert!(!fires(RULE, "Did you restart it?"));
        assert!(!fires(RULE, "Why would you even do that?"));
    }
}
