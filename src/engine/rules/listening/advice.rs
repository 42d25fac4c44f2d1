//! Advice: telling them what to do ("you should", "try restarting", "make sure") is not listening.

use super::{finding, Check};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Notes advice ("you should", "try...", "make sure"): telling is not listening, however well meant.
    ///
    /// ## What it does
    /// Finds advice and instructions: "you should", "you need to", "I'd recommend", "make sure", and sentences
    /// that open with an instruction ("Try...", "Don't...", "Consider..."). Questions are left alone: "Could
    /// you try...?" asks.
    ///
    /// ## Why does it matter?
    /// In every coding of listening (motivational interviewing, peer support, support chats), advice and
    /// information are what listening is told apart from. Advice is often needed; given before any question,
    /// reflection or acknowledgement, it tells them they were not heard. The listening score weighs it down
    /// so that the reply's listening acts have to carry it.
    pub struct Advice {
        id: "builtin.advice",
        principle: Listening,
        effect: Issue,
        prior: { listening: -0.8, respect: 0.0, promotion: 0.0 },
    }
}

/// The phrases that give advice wherever they stand, by their opening word, as the lower-case words after it (the
/// first that is said wins): most words of a draft open none, and cost one look at each opening word.
const ADVICE_PHRASES: &[(&str, &[&[&str]])] = &[
    (
        "you",
        &[
            &["should"],
            &["shouldn't"],
            &["need", "to"],
            &["have", "to"],
            &["must"],
            &["ought", "to"],
            &["better"],
            &["gotta"],
            &["might", "want", "to"],
            &["may", "want", "to"],
            &["could", "try"],
            &["could"],
        ],
    ),
    ("u", &[&["should"], &["need", "to"], &["have", "to"], &["gotta"], &["could"]]),
    ("you'd", &[&["better"]]),
    (
        "i'd",
        &[
            &["recommend"],
            &["suggest"],
            &["look"],
            &["try"],
            &["talk"],
            &["get"],
            &["start"],
            &["just"],
            &["definitely"],
        ],
    ),
    (
        "i",
        &[
            &["would", "recommend"],
            &["recommend"],
            &["would", "suggest"],
            &["suggest"],
            &["advise"],
            &["would", "look"],
            &["would", "try"],
            &["would", "talk"],
            &["would", "get"],
            &["would", "start"],
            &["would", "just"],
            &["would", "definitely"],
        ],
    ),
    ("my", &[&["advice"]]),
    ("make", &[&["sure"]]),
    ("it's", &[&["important", "to"]]),
    ("it", &[&["is", "important", "to"], &["might", "help"], &["may", "help"], &["could", "help"], &["would", "help"]]),
    ("the", &[&["best", "thing", "to", "do"], &["best", "way", "to"]]),
    ("if", &[&["i", "were", "you"]]),
];
/// Phrases that contain an advice phrase but are no advice: "you should have" looks back (blame, its own rule),
/// "you must be so tired" guesses at their state (a reflection), "you should be proud" affirms them.
const NOT_ADVICE: &[&[&str]] = &[
    &["you", "should", "have"],
    &["you", "should've"],
    &["you", "must", "have"],
    &["you", "must", "be"],
    &["you", "must", "feel"],
    &["you", "could", "have"],
    &["you", "could've"],
    &["you", "should", "be", "proud"],
    &["you", "should", "be", "so", "proud"],
    &["you", "should", "feel", "proud"],
];

/// Verbs that, opening a sentence, instruct.
const INSTRUCTING_VERBS: &[&str] = &[
    "try",
    "consider",
    "remember",
    "avoid",
    "focus",
    "don't",
    "never",
    "stop",
    "go",
    "take",
    "talk",
    "get",
    "keep",
    "find",
    "ask",
    "call",
    "be",
    "stay",
    "give",
    "make",
    "use",
    "check",
    "read",
    "think",
    "seek",
    "contact",
    "visit",
    "turn",
    "clear",
    "restart",
    "reinstall",
    "update",
    "open",
    "click",
    "tap",
    "head",
    "drink",
    "eat",
    "sleep",
    "exercise",
    "write",
    "tell",
    "quit",
    "install",
    "delete",
    "remove",
    "reset",
    "change",
    "follow",
    "switch",
    "set",
    "start",
    "cut",
    "move",
    "block",
    "see",
    "join",
    "look",
    "put",
    "throw",
    "ring",
    "ignore",
    "learn",
    "practice",
    "practise",
    "breathe",
    "walk",
    "limit",
    "apply",
    "journal",
    "let",
    "spend",
    "listen",
    "schedule",
    "plan",
    "leave",
    "have",
];
/// What may follow an opening verb and turn it into a courtesy, not an instruction ("take care", "don't worry").
const COURTESIES: &[&[&str]] = &[
    &["take", "care"],
    &["get", "well"],
    &["stay", "safe"],
    &["stay", "tuned"],
    &["keep", "it", "up"],
    &["keep", "up", "the"],
    &["don't", "hesitate"],
    &["be", "well"],
    &["tell", "me"],
    &["take", "whatever"],
    &["take", "your", "time"],
    &["take", "all", "the", "time"],
    &["tell", "us"],
    &["let", "me", "know"],
    &["don't", "worry"],
    &["never", "mind"],
    &["let", "us", "know"],
    &["leave", "it", "with"],
    &["have", "a", "good"],
    &["have", "a", "great"],
    &["have", "a", "nice"],
    &["have", "a", "lovely"],
    &["have", "a", "wonderful"],
    &["have", "a", "happy"],
    &["have", "fun"],
    &["see", "you"],
    &["let", "me"],
    &["let", "us"],
    &["walk", "me", "through"],
    &["walk", "us", "through"],
    &["look", "forward"],
];

impl Check for Advice {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for sentence in &document.sentences {
            if sentence.question {
                // "Have you tried meditation?" puts forward a fix with a question mark.
                if super::question::suggests(document, sentence) {
                    let span = (sentence.start_byte, sentence.end_byte);
                    findings.push(finding(self, document, span, MESSAGE.into(), None));
                }
                continue;
            }
            let words = document.word_tokens(sentence.start_byte, sentence.end_byte);
            let said = |at: usize, phrase: &[&str]| {
                phrase
                    .iter()
                    .enumerate()
                    .all(|(offset, word)| words.get(at + offset).is_some_and(|t| t.normalized.as_str() == *word))
            };
            let mut first_at = 0;
            while words.get(first_at).is_some_and(|word| {
                matches!(
                    word.normalized.as_str(),
                    "just"
                        | "so"
                        | "please"
                        | "and"
                        | "but"
                        | "then"
                        | "maybe"
                        | "perhaps"
                        | "honestly"
                        | "seriously"
                        | "also"
                        | "definitely"
                        | "first"
                        | "always"
                )
            }) {
                first_at += 1;
            }
            let opens_with_instruction = words.get(first_at).is_some_and(|word| {
                INSTRUCTING_VERBS.contains(&word.normalized.as_str())
                    && !COURTESIES.iter().any(|courtesy| said(first_at, courtesy))
                    && !words
                        .get(first_at + 1)
                        .is_some_and(|next| matches!(next.normalized.as_str(), "you" | "i" | "we" | "it" | "to"))
            });
            if opens_with_instruction {
                let word = words[first_at];
                findings.push(finding(self, document, (word.start_byte, word.end_byte), MESSAGE.into(), None));
                continue;
            }
            let advice = (0..words.len()).find_map(|at| {
                let first = words[at].normalized.as_str();
                let (_, phrases) = ADVICE_PHRASES.iter().find(|(opening, _)| *opening == first)?;
                // "If you could send the logs..." asks; "thank you should..." is not the reader told anything; "the
                // best you could", "you feel like you have to" speak of what they did or believe.
                let asked = at > 0
                    && matches!(
                        words[at - 1].normalized.as_str(),
                        "if" | "thank" | "when" | "best" | "all" | "everything" | "like" | "whatever"
                    );
                if asked || NOT_ADVICE.iter().any(|phrase| said(at, phrase)) {
                    return None;
                }
                // "you really should", "I'd honestly recommend": the advice after one adverb.
                let skip = usize::from(
                    words
                        .get(at + 1)
                        .is_some_and(|word| super::about_them::ADVERBS.contains(&word.normalized.as_str())),
                );
                phrases
                    .iter()
                    .find(|rest| said(at + 1 + skip, rest))
                    .map(|rest| (words[at], words[at + skip + rest.len()]))
            });
            if let Some((first, last)) = advice {
                findings.push(finding(self, document, (first.start_byte, last.end_byte), MESSAGE.into(), None));
            }
        }
    }
}

const MESSAGE: &str = crate::messages::RULE_ADVICE.english;

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::Advice;

    #[test]
    fn you_should_is_advice() {
        assert_eq!(underlined(RULE, "You should stop drinking. It is bad for your health."), ["You should"]);
        assert!(fires(RULE, "I'd recommend a fresh install."));
        assert!(fires(RULE, "Honestly, make sure the cable is in."));
    }

    #[test]
    fn an_instruction_is_advice() {
        assert_eq!(underlined(RULE, "Try clearing the cache."), ["Try"]);
        assert!(fires(RULE, "Don't give up. Talk to each other."));
        assert!(fires(RULE, "Just stop overthinking."));
    }

    #[test]
    fn a_question_or_a_courtesy_is_not() {
        assert!(!fires(RULE, "Could you try clearing the cache?"));
        assert!(!fires(RULE, "Take care!"));
        assert!(!fires(RULE, "Don't hesitate to reach out."));
        assert!(!fires(RULE, "Get well soon."));
    }

    #[test]
    fn suggestions_as_people_write_them_are_advice() {
        for text in [
            "Maybe you could try applying online.",
            "Perhaps you could join a club.",
            "u need to put yourself first for once",
            "I would look into CBT, it helped me massively",
            "honestly just quit, no job is worth it",
            "Set a quit date and tell your family.",
            "Start small.",
            "It might help to write it down.",
            "You really have to stop mixing the pills with alcohol.",
        ] {
            assert!(fires(RULE, text), "{text}");
        }
    }

    #[test]
    fn affirming_them_or_wishing_them_well_is_not() {
        assert!(!fires(RULE, "You should be proud of yourself for making the call."));
        assert!(!fires(RULE, "Have a nice day!"));
        assert!(!fires(RULE, "You could have been hurt."));
        assert!(!fires(RULE, "Let us know how it goes."));
        assert!(!fires(RULE, "If you could send me the logs, I'll look today."));
        assert!(!fires(RULE, "You did the best you could with what you knew then."));
        assert!(fires(RULE, "Have you tried meditation?"));
        assert!(!fires(RULE, "Have you been able to talk to anyone about this?"));
        assert!(!fires(RULE, "You feel like you have to earn a break."));
        assert!(!fires(RULE, "Let me check that for you."));
    }

    #[test]
    fn looking_back_is_blame_not_advice() {
        assert!(!fires(RULE, "You should have read the docs."));
    }

    #[test]
    fn a_statement_is_not() {
        assert!(!fires(RULE, "Sounds as though that's something you quite enjoyed."));
        assert!(!fires(RULE, "Be it so, the update shipped."));
    }
}
