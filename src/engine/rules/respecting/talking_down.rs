//! Talking down: telling the reader what they do not understand, know or have read ("you clearly don't get it").

use super::{finding, Check};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Flags telling the reader what they do not understand or know ("you clearly don't get it", "you have no idea").
    ///
    /// ## What it does
    /// Reads the words of each sentence for the shapes of talking down, so that wordings nobody listed match too:
    /// - the reader as subject, a denied or doubted knowing verb, with any intensifiers between ("you clearly
    ///   don't understand", "you don't even seem to grasp", "you never bothered to read", "you have absolutely no
    ///   idea", "you haven't got the faintest clue", "you must be new here", "you should have read it");
    /// - a question that doubts it ("do you even know what X means?", "did you actually read it?");
    /// - explaining down ("let me explain this slowly", "I'll use small words", "so you can follow along", "I'll
    ///   spell it out");
    /// - "you seem confused", "how little you know", "even you can see";
    /// - "it's not that hard to understand", "this isn't rocket science";
    /// - sending them off to learn ("educate yourself", "do some research", "learn how X works before you post").
    ///
    /// It leaves alone the writer speaking of themselves ("I don't understand why..."), sincere questions ("do you
    /// know if the store is open?"), conditions and tips ("if you haven't read it...", "you may not know that you
    /// can export to CSV", "you probably don't know this, but..."), and words inside quotation marks.
    ///
    /// ## Why does it matter?
    /// Saying what someone fails to understand judges the person instead of answering the point; the reader
    /// answers the slight, not the argument. The facts themselves, explained plainly, carry the point.
    pub struct TalkingDown {
        id: "builtin.talking-down",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -1.8, promotion: 0.0 },
        keeps_prior: true,
    }
}

impl Check for TalkingDown {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for sentence in &document.sentences {
            let words = document.sentence_words(sentence);
            let tokens = document.word_tokens(sentence.start_byte, sentence.end_byte);
            let Some((first, last)) = talks_down(words, sentence.question) else {
                continue;
            };
            let (Some(start), Some(end)) = (tokens.get(first), tokens.get(last)) else {
                continue;
            };
            if quoted(document.text, start.start_byte) {
                continue;
            }
            let span = (start.start_byte, end.end_byte);
            let message = crate::messages::RULE_TALKING_DOWN.english_with(&[document.slice(span.0, span.1)]);
            findings.push(finding(self, document, span, message, None));
        }
    }
}

/// Words that may stand between the reader and the verb: "you *clearly* don't *even* understand".
const INTENSIFIERS: &[&str] = &[
    "clearly",
    "obviously",
    "really",
    "honestly",
    "simply",
    "plainly",
    "evidently",
    "apparently",
    "just",
    "still",
    "truly",
    "genuinely",
    "actually",
    "even",
    "seriously",
    "literally",
    "certainly",
    "definitely",
    "probably",
    "totally",
    "completely",
    "absolutely",
    "fundamentally",
    "ever",
    "fully",
    "quite",
    "entirely",
    "remotely",
];

/// Denials of one word after the reader: "you *don't* understand".
const DENIALS: &[&str] = &[
    "don't", "dont", "didn't", "didnt", "can't", "cant", "cannot", "couldn't", "couldnt", "wouldn't", "wouldnt",
    "won't", "wont", "never", "haven't", "havent", "hadn't", "aren't", "weren't",
];

/// Denials of two words: "you *do not* understand".
const TWO_WORD_DENIALS: &[[&str; 2]] = &[
    ["do", "not"],
    ["did", "not"],
    ["can", "not"],
    ["could", "not"],
    ["would", "not"],
    ["will", "not"],
    ["have", "not"],
    ["have", "never"],
    ["had", "never"],
    ["are", "not"],
    ["must", "not"],
];

/// Verbs of knowing, in every form: what "you don't ..." denies.
const KNOWING: &[&str] = &[
    "understand",
    "understood",
    "understanding",
    "know",
    "knew",
    "known",
    "grasp",
    "grasped",
    "grasping",
    "comprehend",
    "comprehended",
    "comprehending",
    "realise",
    "realize",
    "realised",
    "realized",
    "realising",
    "realizing",
    "read",
    "reading",
    "learn",
    "learned",
    "learnt",
];

/// "get" knows only with an object like these ("you don't get it"); "you don't get a refund" receives.
const GET: &[&str] = &["get", "got", "gotten", "getting"];
const GET_OBJECTS: &[&str] = &["it", "that", "this", "what", "how", "why"];
/// "the" knows only before these: "you don't get the point", not "you won't get the refund".
const GET_THE: &[&str] = &["point", "joke", "concept", "idea", "difference", "irony", "basics"];

/// Nouns of knowing: "you have no *idea*".
const IDEAS: &[&str] =
    &["idea", "clue", "understanding", "grasp", "concept", "knowledge", "notion", "inkling", "comprehension"];
/// Words between the denial and the noun: "no *absolutely the faintest* idea".
const IDEA_FILLERS: &[&str] = &[
    "have",
    "has",
    "got",
    "gotten",
    "the",
    "a",
    "an",
    "any",
    "slightest",
    "faintest",
    "foggiest",
    "remotest",
    "first",
    "real",
    "single",
    "basic",
    "absolutely",
    "even",
    "the",
    "of",
    "whatsoever",
];
/// Denials before a noun of knowing: "you have *no* idea", "you lack the basic understanding".
const IDEA_DENIALS: &[&str] = &["no", "zero", "not", "don't", "dont", "haven't", "havent", "lack", "lacking", "lacks"];

/// "no idea how much this means": after these, "no idea how" marks a feeling, not ignorance.
const FEELINGS: &[&str] = &[
    "much", "happy", "grateful", "glad", "thankful", "excited", "relieved", "good", "great", "nice", "long", "hard",
    "lucky", "scared", "worried", "sorry", "proud", "amazing", "helpful", "bad", "many",
];

/// Words before "you" that make the clause a condition, a question of fact or an aside, not a verdict.
const CONDITIONS: &[&str] = &["if", "unless", "whether", "case", "when", "what", "worry"];

/// Whether a sentence talks down to the reader, and if so the first and last word of the phrase that does.
fn talks_down(words: &[&str], question: bool) -> Option<(usize, usize)> {
    reader_does_not_know(words, question)
        .or_else(|| doubting_question(words, question))
        .or_else(|| explaining_down(words))
        .or_else(|| not_hard(words))
        .or_else(|| sent_to_learn(words))
}

/// The number of intensifiers (and "seem to", "appear to", "bother to") starting at a word.
fn skip_intensifiers(words: &[&str], mut at: usize) -> usize {
    loop {
        match words.get(at..) {
            Some([word, ..]) if INTENSIFIERS.contains(word) => at += 1,
            Some(["seem" | "seems" | "appear" | "appears" | "bother" | "bothered" | "even", "to", ..]) => at += 2,
            _ => return at,
        }
    }
}

/// "you (clearly) don't (even) understand", "you have no idea", "you must be new here".
fn reader_does_not_know(words: &[&str], question: bool) -> Option<(usize, usize)> {
    for (at, word) in words.iter().enumerate() {
        let subject = *word;
        if !matches!(subject, "you" | "u" | "you've" | "you're" | "you'd" | "youre" | "youve") {
            continue;
        }
        let before = &words[at.saturating_sub(4)..at];
        if before.iter().any(|word| CONDITIONS.contains(word)) {
            continue;
        }
        let mut next = skip_intensifiers(words, at + 1);
        if matches!(words.get(next..), Some(["guys" | "people" | "lot", ..])) {
            next = skip_intensifiers(words, next + 1);
        }
        // "you must be new here", "you're clearly new here"
        if let Some(end) = new_here(words, subject, next) {
            return Some((at, end));
        }
        // "you should have read it", "you could've checked": what they did not read, said as what they ought to have
        let ought = match words.get(next..).unwrap_or_default() {
            ["should" | "could", "have", ..] => Some(next + 2),
            ["should've" | "could've" | "shouldve" | "couldve", ..] => Some(next + 1),
            _ => None,
        };
        if let Some(verb) = ought.map(|after| skip_intensifiers(words, after)) {
            if let Some(
                &"read" | &"looked" | &"checked" | &"known" | &"realised" | &"realized" | &"understood" | &"researched"
                | &"googled",
            ) = words.get(verb)
            {
                return Some((at, verb));
            }
        }
        // "you seem confused about how elections work"
        if let ["seem" | "seems" | "sound" | "look", "confused" | "lost", ..] = words.get(next..).unwrap_or_default() {
            return Some((at, next + 1));
        }
        // "how little you (seem to) know", "even you can see"
        let little = before.ends_with(&["how", "little"]) || before.ends_with(&["so", "little"]);
        if little && words.get(next).is_some_and(|verb| KNOWING.contains(verb)) {
            return Some((at - 2, next));
        }
        if before.last() == Some(&"even") && matches!(words.get(next), Some(&"can" | &"could" | &"should" | &"would")) {
            return Some((at - 1, next));
        }
        // "you have (absolutely) no idea", "you lack any understanding", "you haven't got the faintest idea"
        if let Some(end) = no_idea(words, next) {
            return Some((at, end));
        }
        let denied = if words.get(next).is_some_and(|word| DENIALS.contains(word)) {
            next + 1
        } else if TWO_WORD_DENIALS.iter().any(|pair| words.get(next..next + 2) == Some(&pair[..])) {
            next + 2
        } else if matches!(subject, "you've" | "you'd" | "you're") && matches!(words.get(next), Some(&"never" | &"not"))
        {
            next + 1
        } else if question && at > 0 && matches!(words[at - 1], "do" | "did" | "can") && words.get(next) == Some(&"not")
        {
            // "Do you not understand?"
            next + 1
        } else {
            continue;
        };
        let verb = skip_intensifiers(words, denied);
        if let Some(end) = no_idea(words, verb) {
            return Some((at, end));
        }
        if let Some(end) = knowing_verb(words, verb, words[denied - 1]) {
            return Some((at, end));
        }
    }
    None
}

/// A verb of knowing at a word, read in its sense of knowing; the last word of the phrase.
fn knowing_verb(words: &[&str], at: usize, denial: &str) -> Option<usize> {
    let verb = *words.get(at)?;
    let after = words.get(at + 1..).unwrap_or_default();
    if KNOWING.contains(&verb) {
        // "you never know" is an idiom, "so you never knew she was pregnant" a story; "you wouldn't know it" is "it
        // doesn't show".
        if denial == "never" && matches!(verb, "know" | "knew") {
            return None;
        }
        if matches!(denial, "wouldn't" | "wouldnt") && after.first() == Some(&"it") {
            return None;
        }
        // A tip: "you probably don't know this, but...", "you didn't know that you can export".
        if matches!(verb, "know" | "knew" | "realise" | "realize") {
            match after {
                ["this" | "it", ..] | ["that", "you" | "we" | "there" | "i" | "i'm" | "he" | "she" | "they", ..] => {
                    return None
                }
                ["how", feeling, ..] if FEELINGS.contains(feeling) => return None,
                // what they do not know about the writer is no verdict on what they understand
                ["me" | "us" | "my" | "our", ..]
                | ["what" | "how" | "where" | "why", "i" | "we" | "my" | "our", ..] => return None,
                _ => {}
            }
        }
        return Some(at);
    }
    // "you don't get it", not "you don't get a refund"
    if GET.contains(&verb) {
        return match after.first() {
            None => Some(at),
            Some(object) if GET_OBJECTS.contains(object) => Some(at + 1),
            Some(&"the") => after.get(1).filter(|noun| GET_THE.contains(noun)).map(|_| at + 2),
            _ => None,
        };
    }
    // "you can't tell the difference"
    if verb == "tell" && after.starts_with(&["the", "difference"]) {
        return Some(at + 2);
    }
    // "you haven't thought this through"
    if matches!(verb, "think" | "thought") {
        return after.iter().take(4).position(|word| *word == "through").map(|offset| at + 1 + offset);
    }
    None
}

/// "no idea", "the faintest idea", "any understanding" from a word on; the last word of the phrase.
fn no_idea(words: &[&str], at: usize) -> Option<usize> {
    let mut next = at;
    let mut denied = false;
    while let Some(word) = words.get(next) {
        // "a lack of understanding" names the lack; "you lack understanding" says it of them
        if matches!(*word, "lack" | "lacks" | "lacking") && words.get(next + 1) == Some(&"of") {
            return None;
        }
        if IDEA_DENIALS.contains(word) {
            denied = true;
        } else if IDEAS.contains(word) {
            break;
        } else if !IDEA_FILLERS.contains(word) {
            return None;
        }
        next += 1;
        if next > at + 6 {
            return None;
        }
    }
    let noun = *words.get(next)?;
    // "you haven't got the faintest idea" denies with the filler; "you have the faintest idea" is not a thing said.
    let faint = words[at..next].iter().any(|word| matches!(*word, "faintest" | "foggiest" | "slightest"));
    if !(denied || faint) || !IDEAS.contains(&noun) {
        return None;
    }
    // "you have no idea how much this means to me"
    if let ["how", feeling, ..] = words.get(next + 1..).unwrap_or_default() {
        if FEELINGS.contains(feeling) {
            return None;
        }
    }
    Some(next)
}

/// "you must be new here", "you're clearly new around here".
fn new_here(words: &[&str], subject: &str, at: usize) -> Option<usize> {
    match (subject, words.get(at..).unwrap_or_default()) {
        ("you", ["must", "be", "new", ..]) => Some(at + 2),
        ("you're" | "youre", ["new", "here" | "around", ..]) => Some(at + 1),
        _ => None,
    }
}

/// "Do you even know what it means?", "Did you actually read the article?", "Don't you understand?"
fn doubting_question(words: &[&str], question: bool) -> Option<(usize, usize)> {
    if !question {
        return None;
    }
    for at in 0..words.len() {
        let rest = &words[at..];
        let (doubt, verb_at) = match rest {
            ["do" | "did" | "have" | "can" | "does", "you", "even" | "actually" | "really", ..] => (true, at + 3),
            ["don't" | "dont" | "didn't" | "didnt", "you", ..] => (at == 0 || words[at - 1] != "why", at + 2),
            _ => (false, at),
        };
        if !doubt {
            continue;
        }
        let verb = skip_intensifiers(words, verb_at);
        if let Some(end) = knowing_verb(words, verb, "do") {
            return Some((at, end));
        }
        if matches!(words.get(verb), Some(&"look" | &"check" | &"bother" | &"try")) {
            return Some((at, verb));
        }
    }
    None
}

/// Ways of saying the reader needs it slower: "let me explain this slowly", "I'll use small words".
const SLOWER: &[&[&str]] = &[
    &["slowly"],
    &["slower"],
    &["small", "words"],
    &["smaller", "words"],
    &["little", "words"],
    &["tiny", "words"],
    &["short", "words"],
    &["simple", "words"],
    &["crayon"],
    &["spell", "it", "out"],
    &["spell", "this", "out"],
    &["so", "you", "can", "follow"],
    &["so", "you", "can", "understand"],
    &["so", "you", "can", "keep"],
    &["so", "even", "you"],
    &["to", "you", "again"],
];

/// "Let me explain this slowly", "I'll go slowly for you", "explain it to you again".
fn explaining_down(words: &[&str]) -> Option<(usize, usize)> {
    let speaker = (0..words.len()).find(|&at| {
        matches!(
            &words[at..],
            ["let", "me", ..]
                | ["i'll" | "ill" | "i'm" | "i'd", ..]
                | ["i", "will" | "can" | "could" | "shall", ..]
                | ["allow", "me", ..]
                | ["explain" | "spell", ..]
        )
    })?;
    let speaks = words[speaker..].iter().take(6).any(|word| {
        matches!(
            *word,
            "explain" | "type" | "say" | "spell" | "put" | "go" | "repeat" | "write" | "use" | "break" | "try" | "talk"
        )
    });
    if !speaks {
        return None;
    }
    (speaker..words.len())
        .find_map(|at| SLOWER.iter().find(|cue| words[at..].starts_with(cue)).map(|cue| (speaker, at + cue.len() - 1)))
}

/// "It's not that hard to understand", "this isn't rocket science".
fn not_hard(words: &[&str]) -> Option<(usize, usize)> {
    for at in 0..words.len() {
        let denied = match &words[at..] {
            ["it's" | "its" | "that's" | "thats" | "this's", ..] => at + 1,
            ["it" | "this" | "that", "isn't" | "isnt" | "ain't" | "wasn't", ..] => at + 2,
            ["it" | "this" | "that", "is" | "was", ..] => at + 2,
            ["not", "exactly", ..] => at + 1,
            _ => continue,
        };
        // "it's (honestly) not", "this is (really) not"
        let denied = match words.get(skip_intensifiers(words, denied)) {
            Some(&"not") => skip_intensifiers(words, denied) + 1,
            _ if matches!(words.get(denied - 1), Some(&"isn't" | &"isnt" | &"ain't" | &"wasn't" | &"not")) => denied,
            _ => continue,
        };
        let mut next = skip_intensifiers(words, denied);
        while matches!(words.get(next), Some(&"that" | &"so" | &"exactly" | &"very" | &"all")) {
            next += 1;
        }
        match words.get(next..).unwrap_or_default() {
            ["rocket" | "brain", "science" | "surgery", ..] => return Some((at, next + 1)),
            ["hard" | "difficult" | "complicated" | "complex" | "tricky", "to", verb, ..]
                if KNOWING.contains(verb) || matches!(*verb, "follow" | "figure" | "get" | "see") =>
            {
                return Some((at, next + 2))
            }
            ["hard" | "difficult" | "complicated" | "complex", "even", "for", "you", ..] => {
                return Some((at, next + 3))
            }
            _ => {}
        }
    }
    None
}

/// Words that may come before an order without making it anything else: "*maybe* learn how it works".
const SOFTENERS: &[&str] =
    &["maybe", "perhaps", "please", "just", "go", "and", "then", "so", "seriously", "honestly", "actually", "pls"];

/// Whether the word at a position is said as an order: at the start of the sentence, after softeners, or after
/// "you should", "you might want to", "try to".
fn ordered_at(words: &[&str], at: usize) -> bool {
    let mut start = at;
    while start > 0 && SOFTENERS.contains(&words[start - 1]) {
        start -= 1;
    }
    if start == 0 {
        return true;
    }
    let before = &words[start.saturating_sub(4)..start];
    let to_you = before.contains(&"you") || before.first() == Some(&"try") || before.ends_with(&["try", "to"]);
    matches!(before.last(), Some(&"to" | &"should" | &"could" | &"must")) && to_you
}

/// What someone is told to stop doing until they have learned: "before you *post*", "before *commenting*".
const SPEAKING: &[&str] = &[
    "post",
    "posting",
    "comment",
    "commenting",
    "lecture",
    "lecturing",
    "weigh",
    "weighing",
    "spout",
    "spouting",
    "talk",
    "talking",
    "speak",
    "speaking",
    "write",
    "writing",
    "type",
    "typing",
    "reply",
    "replying",
    "respond",
    "responding",
    "argue",
    "arguing",
    "open",
    "opening",
    "judge",
    "judging",
    "preach",
    "preaching",
    "chime",
    "chiming",
    "tell",
    "telling",
    "lecture",
    "criticize",
    "criticise",
    "criticizing",
    "criticising",
];

/// Orders to go and learn: "educate yourself", "do some research", "learn how bonds work before you post".
fn sent_to_learn(words: &[&str]) -> Option<(usize, usize)> {
    for at in 0..words.len() {
        let rest = &words[at..];
        if let ["educate", "yourself" | "yourselves", ..] = rest {
            if ordered_at(words, at) {
                return Some((at, at + 1));
            }
        }
        if rest.first() == Some(&"do") && ordered_at(words, at) {
            let research = rest.iter().skip(1).take(4).position(|word| {
                matches!(*word, "research" | "reading" | "homework" | "googling" | "digging" | "fact-checking")
            });
            let fillers = |word: &&str| {
                matches!(
                    *word,
                    "some" | "a" | "your" | "little" | "bit" | "of" | "basic" | "own" | "more" | "real" | "actual"
                )
            };
            if let Some(offset) = research {
                if rest[1..=offset].iter().all(fillers) {
                    return Some((at, at + 1 + offset));
                }
            }
        }
        let learning = match rest {
            ["learn" | "google" | "research" | "study" | "educate", ..] => 1,
            ["read" | "look" | "figure" | "find", "up" | "out" | "into", ..] => 2,
            _ => continue,
        };
        if !ordered_at(words, at) {
            continue;
        }
        let after = &words[at + learning..];
        let before_speaking = (0..after.len()).any(|at| match &after[at..] {
            ["before", "you", verb, ..] | ["before", verb, ..] => SPEAKING.contains(verb),
            _ => false,
        });
        let come_back = after.windows(2).any(|pair| {
            matches!(pair[0], "then" | "and") && matches!(pair[1], "come" | "try" | "get" | "comment" | "post")
        });
        let what_it_means =
            after.first() == Some(&"what") && after.iter().any(|word| matches!(*word, "means" | "mean"));
        if before_speaking || come_back || what_it_means {
            return Some((at, at + learning - 1));
        }
    }
    None
}

/// Whether a position of the text is inside quotation marks: an odd number of straight quotes before it, or more
/// opening curly quotes than closing ones.
fn quoted(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let straight = before.matches('"').count();
    let opened = before.matches('\u{201c}').count();
    let closed = before.matches('\u{201d}').count();
    straight % 2 == 1 || opened > closed
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::TalkingDown;

    #[test]
    fn telling_the_reader_what_they_do_not_understand_talks_down() {
        for draft in [
            "You clearly don't understand how tariffs work.",
            "You obviously have no idea how a levy works.",
            "You don't seem to grasp the point.",
            "You have no clue what you're talking about.",
            "You honestly don't even seem to comprehend the scale of it.",
            "You seem to have absolutely no grasp of how quotas are set.",
            "You haven't got the faintest idea how the board operates.",
            "Clearly you never bothered to read the ordinance.",
            "You just don't get it.",
            "You apparently can't tell the difference between weather and climate.",
            "You clearly haven't thought this through.",
            "You wouldn't know a balanced budget if it hit you.",
            "You must be new here.",
            "You should have read it before returning.",
            "You could've just checked the FAQ.",
            "You guys really don't understand inflation.",
            "You lack any understanding of the budget.",
            "Let me help, since you seem confused about how elections work.",
            "I admire your confidence given how little you seem to know.",
            "Surely even you can see the problem.",
        ] {
            assert!(fires(RULE, draft), "{draft}");
        }
    }

    #[test]
    fn the_underline_covers_the_reader_and_the_denied_knowing() {
        assert_eq!(underlined(RULE, "Sorry, but you clearly don't understand it."), ["you clearly don't understand"]);
        assert_eq!(underlined(RULE, "You just don't get it."), ["You just don't get it"]);
    }

    #[test]
    fn doubting_questions_explaining_down_and_sending_off_to_learn_talk_down() {
        for draft in [
            "Do you even know what quorum means?",
            "Did you actually read the article?",
            "Don't you understand?",
            "Let me explain this slowly.",
            "Okay, I'll spell it out: the money was already allocated.",
            "I'll use small words: the tax did not go up.",
            "Let me put this in simple terms so you can follow along.",
            "It's not that hard to understand.",
            "This isn't rocket science.",
            "It's honestly not that hard to grasp.",
            "Maybe learn how bonds work before you post.",
            "Educate yourself.",
            "Do some research and then come back.",
            "You should do a little reading before commenting.",
            "Look up what per capita means, then try again.",
        ] {
            assert!(fires(RULE, draft), "{draft}");
        }
    }

    #[test]
    fn the_writer_about_themselves_is_not_talking_down() {
        assert!(!fires(RULE, "I don't understand why the vote was delayed."));
        assert!(!fires(RULE, "I had no idea the district was that large."));
        assert!(!fires(RULE, "It seems confusing to me how little we know about the plan."));
        assert!(!fires(RULE, "Honestly, I don't know enough to have an opinion."));
        assert!(!fires(RULE, "Let me explain what happened at the meeting, since I was there."));
    }

    #[test]
    fn sincere_questions_conditions_and_tips_are_not() {
        assert!(!fires(RULE, "Do you know if the store is open?"));
        assert!(!fires(RULE, "Do you happen to know whether the route changes in January?"));
        assert!(!fires(RULE, "You may not know that you can export to CSV."));
        assert!(!fires(RULE, "You probably don't know this, but the pickup moved to Thursdays."));
        assert!(!fires(RULE, "If you haven't read the report, the summary is on page two."));
        assert!(!fires(RULE, "In case you didn't know, the library is open late."));
        assert!(!fires(RULE, "You don't need to register; just show up and vote."));
        assert!(!fires(RULE, "You won't get a refund for the fee, sorry."));
        assert!(!fires(RULE, "You have no idea how much this means to me."));
        assert!(!fires(RULE, "You never know, it might rain."));
        assert!(!fires(RULE, "You should have received a confirmation email."));
        assert!(!fires(RULE, "You might have read about it in the paper."));
        assert!(!fires(RULE, "So you never knew she had moved to Ohio."));
        assert!(!fires(RULE, "You don't know that I am trying."));
        assert!(!fires(RULE, "You don't know what I was doing that night."));
        assert!(!fires(RULE, "Your lack of understanding is not my problem."));
        assert!(!fires(RULE, "Why don't you try the new route?"));
        assert!(!fires(RULE, "It's not hard to install; just follow the steps."));
        assert!(!fires(RULE, "You can look up your polling place on the county website."));
        assert!(!fires(RULE, "I need to do some research before I decide."));
        assert!(!fires(RULE, "Read the guide before you start the installation."));
    }

    #[test]
    fn quoted_words_are_not() {
        assert!(!fires(RULE, "He told the board \"you clearly don't understand\" and walked out."));
    }
}
