//! Questions to the reader: any question hands them the floor ("Which browser are you on?", "And you want them to know?").

use super::{finding, Check};
use crate::engine::{Analysis, Finding, Sentence};

declare_rule! {
    /// Rewards asking the reader a question: any real question hands them the floor.
    ///
    /// ## What it does
    /// Rewards each sentence that asks something: it ends with a question mark, or it opens the way a question
    /// does ("do you", "would you", "how do you") even when the mark is missing. A pointed "why would you...?"
    /// is left to its own rule. Open questions also earn the open-question rule, so they count more.
    ///
    /// ## Why does it matter?
    /// Asking is the most visible act of listening: it says their answer matters and lets them steer. A reply
    /// that only tells, however helpful, leaves them nothing to say.
    pub struct Question {
        id: "builtin.question",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.5, respect: 0.0, promotion: 0.0 },
    }
}

/// Words a question may open with before its verb ("so do you...", "and how did you...").
const LEAD_INS: &[&str] = &["so", "and", "but", "well", "ok", "okay", "also", "now", "then", "just"];
/// Question words that may come before the inverted verb ("how do you...").
const QUESTION_WORDS: &[&str] = &["what", "how", "why", "when", "where", "which", "who", "whom", "whose"];
/// Verbs that, put before "you", make a question ("do you", "would you").
const INVERTED_VERBS: &[&str] = &[
    "do", "does", "did", "are", "were", "have", "had", "can", "could", "would", "will", "should", "may", "might", "is",
    "was", "has",
];
const READER: &[&str] = &["you", "u", "ya", "y'all", "your"];

impl Check for Question {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for sentence in &document.sentences {
            if asks(document, sentence)
                && !is_pointed(document, sentence)
                && !is_a_bare_reaction(document, sentence)
                && !suggests(document, sentence)
            {
                findings.push(finding(
                    self,
                    document,
                    (sentence.start_byte, sentence.end_byte),
                    crate::messages::RULE_QUESTION.english.into(),
                    None,
                ));
            }
        }
    }
}

/// The sentence's first words, lower case, past any lead-in ("so", "and").
fn opening_words<'a>(document: &'a Analysis, sentence: &Sentence, count: usize) -> &'a [&'a str] {
    let words = document.sentence_words(sentence);
    let lead_ins = words.iter().take_while(|word| LEAD_INS.contains(word)).count();
    &words[lead_ins..(lead_ins + count).min(words.len())]
}

/// Whether a sentence asks: its question mark, or the words of a question written without one.
pub(super) fn asks(document: &Analysis, sentence: &Sentence) -> bool {
    sentence.question || opens_like_a_question(document, sentence)
}

/// Words that may stand between a question word and its verb ("how long have you...", "how much did it...").
const DEGREES: &[&str] = &["long", "much", "many", "often", "far", "old", "else"];
/// Verbs that follow a question word in a question ("what happened", "how are things") but seldom open a
/// statement's clause after one.
const ASKING_VERBS: &[&str] = &["happened", "happens", "helps", "helped", "brings", "brought", "made", "makes"];
/// Who or what an inverted verb asks about besides the reader ("is this the first time...", "did it work").
const ASKED_ABOUT: &[&str] = &[
    "it",
    "this",
    "that",
    "there",
    "he",
    "she",
    "they",
    "anyone",
    "anybody",
    "anything",
    "everything",
    "someone",
    "something",
    "things",
    "your",
    "ur",
];
/// A question word with its verb ("what's", "how's").
const CONTRACTED_QUESTIONS: &[&str] = &["what's", "whats", "how's", "hows", "where's", "who's"];
/// What after "what's" opens a statement ("what's more", "what's great about it is...").
const STATEMENT_AFTER_WHATS: &[&str] =
    &["more", "great", "important", "interesting", "nice", "good", "funny", "worse", "best", "worst", "cool"];
/// Openings that ask without the shape of a question ("tell me about...", "help me understand...").
const INVITATIONS: &[&[&str]] = &[
    &["tell", "me", "more"],
    &["tell", "me", "about"],
    &["tell", "me", "a"],
    &["tell", "me", "what"],
    &["tell", "me", "how"],
    &["tell", "us", "more"],
    &["tell", "us", "about"],
    &["tell", "us", "a"],
    &["help", "me", "understand"],
    &["i'm", "wondering"],
    &["i", "wonder"],
    &["i", "was", "wondering"],
];

/// "Do you know...", "how are things at home", "is this the first time..." written without a question mark.
fn opens_like_a_question(document: &Analysis, sentence: &Sentence) -> bool {
    let words = opening_words(document, sentence, 4);
    if INVITATIONS.iter().any(|invitation| words.starts_with(invitation)) {
        return true;
    }
    // "what's making it so hard", "how's the new dose": the question word and its verb in one token.
    if let [contracted, next, ..] = words {
        if CONTRACTED_QUESTIONS.contains(contracted) && !STATEMENT_AFTER_WHATS.contains(next) {
            return true;
        }
    }
    let asked_with = words.first().is_some_and(|word| QUESTION_WORDS.contains(word) && *word != "why");
    let verb_at =
        usize::from(asked_with) + usize::from(asked_with && words.get(1).is_some_and(|w| DEGREES.contains(w)));
    let (verb, subject) = (words.get(verb_at), words.get(verb_at + 1));
    match (verb, subject) {
        (Some(verb), Some(reader)) if INVERTED_VERBS.contains(verb) && READER.contains(reader) => true,
        // "what was going through your mind", "how are things", "what happened after that"
        (Some(verb), _) if asked_with && (INVERTED_VERBS.contains(verb) || ASKING_VERBS.contains(verb)) => true,
        // "is this the first time...", "did it work": not "do this now", which tells.
        (Some(verb), Some(about)) => {
            verb_at == 0 && INVERTED_VERBS.contains(verb) && !verb.starts_with("do") && ASKED_ABOUT.contains(about)
        }
        _ => false,
    }
}

/// A question that asks them to defend themselves ("Why...?", "How could you...?", "Did you even...?"), which the
/// pointed-question rule weighs instead.
fn is_pointed(document: &Analysis, sentence: &Sentence) -> bool {
    let words = opening_words(document, sentence, 3);
    matches!(
        words,
        ["why", ..]
            | ["how", "could" | "dare" | "can", "you", ..]
            | [_, "you", "even", ..]
            | ["are", "you", "serious" | "kidding" | "joking", ..]
            | ["whose", "fault", ..]
    )
}

/// Words that, asked alone ("Really?", "Seriously?", "Huh?"), react to what was said instead of asking about it.
const REACTIONS: &[&str] =
    &["really", "seriously", "what", "huh", "eh", "right", "sure", "ok", "okay", "oh", "wow", "srsly"];

/// A one-word question that only reacts ("Really?"): no question to answer, so no listening act.
fn is_a_bare_reaction(document: &Analysis, sentence: &Sentence) -> bool {
    match opening_words(document, sentence, 2) {
        [] => true,
        [word] => REACTIONS.contains(word),
        _ => false,
    }
}

/// Questions that put forward a fix rather than ask about them ("Have you tried meditation?", "Why don't you just
/// move out?"): advice with a question mark.
const SUGGESTING: &[&[&str]] = &[
    &["have", "you", "tried"],
    &["have", "you", "considered"],
    &["have", "you", "thought", "about"],
    &["did", "you", "try"],
    &["why", "don't", "you"],
    &["why", "not"],
    &["what", "about", "trying"],
    &["maybe", "try"],
];

/// Whether a question suggests a fix ([`SUGGESTING`]) instead of asking about the reader.
pub(super) fn suggests(document: &Analysis, sentence: &Sentence) -> bool {
    let words = opening_words(document, sentence, 4);
    SUGGESTING.iter().any(|phrase| words.starts_with(phrase))
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{findings_of, fires};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::Question;

    #[test]
    fn a_one_word_reaction_is_no_question() {
        for text in ["Really?", "Seriously?!", "Huh?", "So?"] {
            assert!(!fires(RULE, text), "{text}");
        }
        assert!(fires(RULE, "Why?") || fires(RULE, "Which one?"));
    }

    #[test]
    fn a_suggestion_with_a_question_mark_is_advice_not_a_question() {
        assert!(!fires(RULE, "Have you tried meditation?"));
        assert!(!fires(RULE, "So have you considered seeing a doctor?"));
        assert!(fires(RULE, "Have you been able to talk to anyone about this?"));
    }

    #[test]
    fn a_closed_question_counts() {
        assert!(fires(RULE, "And you want them to know?"));
        assert!(fires(RULE, "Is the export still failing after the update?"));
    }

    #[test]
    fn an_open_question_counts() {
        assert!(fires(RULE, "Which browser are you using?"));
    }

    #[test]
    fn a_question_without_its_mark_counts() {
        assert!(fires(RULE, "so do you want me to look into it"));
        assert!(fires(RULE, "How do you feel about the new plan."));
    }

    #[test]
    fn a_question_as_people_type_it_counts() {
        for text in [
            "how are things at home right now",
            "what was going through your mind when she said that",
            "how long have u two been together",
            "is this the first time something like this has happened at work",
            "Tell me a little about what a typical evening looks like for you.",
            "Help me understand what the drinking does for you.",
            "when did you start feeling this way",
            "what's making it hardest to reach out to them",
        ] {
            assert!(fires(RULE, text), "{text}");
        }
    }

    #[test]
    fn statements_that_open_with_a_question_word_are_not() {
        for text in [
            "What a pain.",
            "How it works: open the menu.",
            "When I was in college I failed an exam too.",
            "Do it now.",
            "What we're changing: the settings.",
            "What's more, the fix ships today.",
        ] {
            assert!(!fires(RULE, text), "{text}");
        }
    }

    #[test]
    fn each_question_is_one_finding() {
        assert_eq!(findings_of(RULE, "What happened? Did it work before?", None).len(), 2);
    }

    #[test]
    fn statements_are_not_questions() {
        assert!(!fires(RULE, "You should stop drinking. It is bad for your health."));
        assert!(!fires(RULE, "When you give, you help a child."));
        assert!(!fires(RULE, "Do this now."));
    }

    #[test]
    fn a_pointed_question_is_not_listening() {
        assert!(!fires(RULE, "Why would you do that?"));
        assert!(!fires(RULE, "Did you even read the FAQ?"));
        assert!(!fires(RULE, "How could you miss it?"));
    }
}
