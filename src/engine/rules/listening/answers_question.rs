//! Answering the question: a reply that takes up the question in the post it answers.

use std::collections::HashSet;

use super::engages_context::stem;
use super::{finding, Check};
use crate::engine::document::content_words;
use crate::engine::{Analysis, Document, Finding, Token, TokenKind};

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
        prior: { listening: 0.7, respect: 0.0, promotion: -0.3 },
    }
}

/// What the post asks, read from its question sentences: their content words (stemmed), and whether one asks why
/// or asks for a yes or a no.
pub(crate) struct Asked {
    pub words: HashSet<String>,
    why: bool,
    yes_or_no: bool,
}

/// Words a "why" question is answered with: the reply gives a cause.
const CAUSE_WORDS: &[&str] = &[
    "because",
    "since",
    "due",
    "means",
    "meant",
    "reason",
    "caused",
    "cause",
    "causes",
    "when",
    "whenever",
    "after",
    "automatic",
    "automatically",
    "triggered",
    "triggers",
    "result",
];
/// First words of a question that asks for a yes or a no ("Can I...?", "Does it...?").
const YES_NO_OPENERS: &[&str] =
    &["do", "does", "did", "can", "could", "is", "are", "was", "were", "will", "would", "should", "have", "has", "any"];
/// First words of a reply that say yes or no.
const YES_NO_ANSWERS: &[&str] = &[
    "yes",
    "yep",
    "yeah",
    "yup",
    "no",
    "nope",
    "sure",
    "unfortunately",
    "absolutely",
    "not",
    "correct",
    "definitely",
    "indeed",
];
/// Words of a question that asks about the post's whole matter ("What's going on?", "What happened?"), not a
/// topic of its own: such a question is taken up by taking up the rest of the post.
const GENERIC_QUESTION_WORDS: &[&str] = &[
    "what's",
    "whats",
    "how's",
    "where's",
    "who's",
    "going",
    "happening",
    "happened",
    "wrong",
    "problem",
    "issue",
    "deal",
    "help",
    "anyone",
    "anybody",
    "someone",
    "idea",
    "ideas",
    "thoughts",
    "else",
    "fix",
    "advice",
];

/// What the questions of the post the draft answers ask.
pub(crate) fn asked(context: &str) -> Asked {
    let questions = Document::new(context, None);
    let mut asked = Asked { words: HashSet::new(), why: false, yes_or_no: false };
    let mut generic = false;
    for sentence in questions.sentences.iter().filter(|sentence| sentence.question) {
        let first =
            questions.tokens_in(sentence.start_byte, sentence.end_byte).iter().find(|t| t.kind == TokenKind::Word);
        let opener = first.map_or("", |token| token.normalized.as_str());
        asked.why |= opener == "why";
        asked.yes_or_no |= YES_NO_OPENERS.contains(&opener);
        let text = questions.slice(sentence.start_byte, sentence.end_byte);
        let words = content_words(text);
        generic |= words.iter().all(|(_, _, word)| GENERIC_QUESTION_WORDS.contains(&word.as_str()));
        let specific = words.into_iter().filter(|(_, _, word)| !GENERIC_QUESTION_WORDS.contains(&word.as_str()));
        asked.words.extend(specific.map(|(_, _, word)| stem(&word).to_string()));
    }
    // "My export keeps failing. What's going on?": the question asks about what the rest of the post says.
    if generic {
        asked.words.extend(content_words(context).into_iter().map(|(_, _, word)| stem(&word).to_string()));
        asked.words.retain(|word| !GENERIC_QUESTION_WORDS.contains(&word.as_str()));
    }
    asked
}

/// Where the reply answers what was asked: a yes or a no opening it, for a yes-or-no question; a cause, for a why
/// question (taking up its words without one is not an answer: "We're proud of our payment system" to "Why did my
/// payment fail?"); else the first word it takes up from the questions.
pub(crate) fn answer(reply: &Document, asked: &Asked) -> Option<(usize, usize)> {
    let span = |token: &Token| (token.start_byte, token.end_byte);
    if asked.yes_or_no {
        let opening = reply.words().next();
        if let Some(token) = opening.filter(|token| YES_NO_ANSWERS.contains(&token.normalized.as_str())) {
            return Some(span(token));
        }
    }
    if asked.why {
        return reply.words().find(|token| CAUSE_WORDS.contains(&token.normalized.as_str())).map(span);
    }
    content_words(reply.text)
        .into_iter()
        .find(|(_, _, word)| asked.words.contains(stem(word)))
        .map(|(start, end, _)| (start, end))
}

impl Check for AnswersQuestion {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let Some(context) = document.context else { return };
        if let Some((start, end)) = answer(document, &asked(context)) {
            // The underline is the sentence that answers, not only the word that shows it does.
            let span = document.sentence_at(start).map_or((start, end), |s| (s.start_byte, s.end_byte));
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
    fn the_answering_sentence_is_underlined() {
        let context = Some("When does the Android version ship?");
        let reply = "Thanks for asking! The Android version ships in June.";
        let found = findings_of(RULE, reply, context);
        let underlined: Vec<u16> = reply.encode_utf16().collect();
        let span = found.first().map(|f| String::from_utf16_lossy(&underlined[f.start as usize..f.end as usize]));
        assert_eq!(span.as_deref(), Some("The Android version ships in June."));
    }

    #[test]
    fn taking_up_the_question_is_rewarded() {
        let context = Some("Love the app. When does the Android version ship?");
        assert_eq!(findings_of(RULE, "The Android version ships in June.", context).len(), 1);
    }

    #[test]
    fn a_why_question_is_answered_with_a_cause_and_a_yes_no_question_with_a_yes_or_a_no() {
        let why = Some("Why did my payment fail?");
        assert!(findings_of(RULE, "We're proud of our secure payment system.", why).is_empty());
        assert_eq!(findings_of(RULE, "The bank declined it, which means the card hit its limit.", why).len(), 1);
        let offline = Some("Can I use the app offline?");
        assert_eq!(
            findings_of(RULE, "Yes: open a document once while online and it stays available.", offline).len(),
            1
        );
    }

    #[test]
    fn a_question_about_the_whole_post_is_answered_by_taking_up_the_post() {
        let context = Some("My export keeps failing since yesterday. What's going on?");
        assert_eq!(
            findings_of(RULE, "Sorry! The export broke with Monday's update; a fix ships tonight.", context).len(),
            1
        );
        assert!(findings_of(RULE, "We love hearing from you!", context).is_empty());
    }

    #[test]
    fn not_opening_the_reply_answers_a_yes_or_no_question() {
        let context = Some("Is the app down for everyone or just me??");
        assert_eq!(findings_of(RULE, "Not just you, we're seeing it too.", context).len(), 1);
    }

    #[test]
    fn a_post_without_a_question_gives_nothing() {
        assert!(findings_of(RULE, "The Android version ships in June.", Some("Android version please.")).is_empty());
    }
}
