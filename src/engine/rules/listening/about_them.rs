//! About them: a statement whose subject is the reader ("you're really frustrated", "you've been carrying this") says
//! back what they feel or face, the plainest shape of a reflection.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, Token};

declare_rule! {
    /// Rewards saying back what they feel or face ("you're really worn out", "you walk past the bar every night").
    ///
    /// ## What it does
    /// Rewards a statement whose subject is the reader, opening the sentence or one of its clauses ("you're so
    /// tired of this", "so you've cut down to five a day", "it seems you're frustrated", "honestly, you're doing
    /// better than you think"), whatever words come between the subject and the feeling. What a modal makes of
    /// it is left out: "you should", "you can", "you'll need to" tell or inform, and "you're welcome" is a
    /// courtesy. One finding per sentence; questions are the question rules'.
    ///
    /// ## Why does it matter?
    /// In every coding of listening, a statement about the other person's feeling, meaning or situation is a
    /// reflection: it shows what was heard and lets them correct it. Lexicons of "it sounds like" miss most of
    /// them, because people say them in their own words ("you're really, really fed up").
    pub struct AboutThem {
        id: "builtin.about-them",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.0, promotion: -0.2 },
    }
}

/// The reader as the subject of a clause.
const SUBJECTS: &[&str] = &["you", "u", "you're", "youre", "you've", "youve", "ur"];
/// Words after which a clause about them starts ("so you've...", "honestly, you're...").
const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "honestly",
    "basically",
    "clearly",
    "now",
    "also",
    "yet",
    "though",
    "ok",
    "okay",
    "oh",
    "wow",
    "yeah",
    "well",
];
/// Words after which only "you're" or "you've" starts one ("it seems you're...", "I can tell you're..."): a bare
/// "you" after them is an object ("let me tell you", "people like you").
const OBJECT_OPENERS: &[&str] =
    &["that", "like", "seems", "sounds", "because", "tell", "guess", "sense", "hear", "see"];
/// What after a bare "you" makes the clause tell or inform rather than say back: modals ("you should", "you can"),
/// instructions spelt out ("you click", "you get 20% off"), blame ("you never", "you didn't even"), fillers.
const NOT_AFTER_YOU: &[&str] = &[
    "should",
    "shouldn't",
    "need",
    "needs",
    "must",
    "could",
    "can",
    "can't",
    "cannot",
    "might",
    "may",
    "will",
    "would",
    "won't",
    "wont",
    "gotta",
    "better",
    "ought",
    "guys",
    "all",
    "know",
    "see",
    "get",
    "go",
    "click",
    "tap",
    "open",
    "select",
    "enter",
    "press",
    "choose",
    "head",
    "visit",
    "call",
    "contact",
    "download",
    "install",
    "update",
    "use",
    "check",
    "take",
    "find",
    "receive",
    "earn",
    "win",
    "save",
    "pay",
    "drag",
    "scroll",
    "swipe",
    "type",
    "hit",
    "hold",
    "pick",
    "add",
    "paste",
    "copy",
    "log",
    "sign",
    "enable",
    "disable",
    "toggle",
    "turn",
    "tick",
    "upload",
    "export",
    "import",
    "knew",
    "people",
    "for",
    "to",
    "as",
    "won",
    "never",
    "always",
    "didn't",
    "just",
    "even",
    "too",
    "two",
    "there",
    "here",
    "and",
    "or",
    "me",
    "donate",
    "give",
];
/// Adverbs that may stand between the reader and a modal ("you really have to").
pub(super) const ADVERBS: &[&str] = &[
    "really",
    "honestly",
    "seriously",
    "definitely",
    "probably",
    "absolutely",
    "totally",
    "actually",
    "still",
    "clearly",
    "obviously",
];
/// What after "you're" or "you are" is a courtesy, an offer or a label, not their feeling or situation.
const NOT_AFTER_YOU_ARE: &[&str] = &[
    "welcome",
    "invited",
    "eligible",
    "entitled",
    "a",
    "an",
    "in",
    "gonna",
    "all",
    "one",
    "the",
    "able",
    "free",
    "helping",
    "making",
    "investing",
    "donating",
    "supporting",
    "giving",
    "saving",
    "getting",
    "right",
    "wrong",
    "our",
];
/// What after "you've been" is an offer, not their situation ("you've been selected to win").
const SELECTED: &[&str] = &["selected", "chosen", "approved", "pre-approved", "awarded", "entered", "picked"];
/// Words that make a clause about them blame instead ("you're just using it wrong", "your own fault").
const BLAME: &[&str] = &["wrong", "fault", "blame"];

impl Check for AboutThem {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for sentence in document.sentences.iter().filter(|sentence| !sentence.question) {
            let words = document.word_tokens(sentence.start_byte, sentence.end_byte);
            let said_back =
                sounds_like(words).or_else(|| (0..words.len()).find(|&at| is_about_them(document, words, at)));
            if let Some(at) = said_back {
                let end = clause_end(document, words, at);
                findings.push(finding(
                    self,
                    document,
                    (words[at].start_byte, end),
                    crate::messages::RULE_ABOUT_THEM.english_with(&[document.slice(words[at].start_byte, end)]),
                    None,
                ));
            }
        }
    }
}

/// Whether the word at `at` is the reader as the subject of a clause that says something about them.
fn is_about_them(document: &Analysis, words: &[&Token], at: usize) -> bool {
    let word = words[at].normalized.as_str();
    if !SUBJECTS.contains(&word) {
        return false;
    }
    let opens_clause = match at.checked_sub(1).map(|before| words[before]) {
        None => true,
        Some(before) => {
            let before = before.normalized.as_str();
            // "So you've cut down" says it back; "...every morning so you feel in control" is a purpose.
            let so_opens = before == "so" && (at == 1 || separated(document, words[at - 2], words[at - 1]));
            so_opens
                || CLAUSE_OPENERS.contains(&before)
                || (OBJECT_OPENERS.contains(&before) && !matches!(word, "you" | "u"))
                // "Not our problem, you bought it elsewhere": after a flat "no" the clause corrects them.
                || (separated(document, words[at - 1], words[at])
                    && !matches!(words[0].normalized.as_str(), "no" | "not" | "nope"))
        }
    };
    let next = |offset: usize| words.get(at + offset).map(|token| token.normalized.as_str());
    // "you're", "you are", "u r": what they are; "you've", "you walk": what they do or have.
    let (being, after) = match (word, next(1)) {
        ("you" | "u", Some("are" | "were" | "r")) => (true, 2),
        ("you're" | "youre", _) => (true, 1),
        // "ur" is also "your": only "ur so tired", "ur basically..." say what they are.
        ("ur", Some("so" | "really" | "basically" | "not" | "doing" | "clearly" | "just" | "still" | "always")) => {
            (true, 1)
        }
        ("ur", _) => return false,
        _ => (false, 1),
    };
    // "you really have to", "you honestly should": the modal after the adverb decides.
    let after = after + usize::from(next(after).is_some_and(|word| ADVERBS.contains(&word)) && !being);
    let told = match next(after) {
        None => true,
        Some("going") => next(after + 1) == Some("to"),
        Some(following) if being => NOT_AFTER_YOU_ARE.contains(&following),
        // "you have to" tells; "you have a chance to..." offers; "you have every right" affirms.
        Some("have") => {
            matches!(next(after + 1), Some("to" | "a" | "an" | "the" | "won"))
                || (next(after + 1) == Some("been") && next(after + 2).is_some_and(|word| SELECTED.contains(&word)))
        }
        // "you don't have to", "you do not need a reason": telling them what is not required.
        Some("don't" | "dont" | "do") => {
            let skip = usize::from(next(after + 1) == Some("not"));
            matches!(next(after + 1 + skip), Some("need" | "have" | "worry" | "understand" | "know"))
        }
        Some("been") => next(after + 1).is_some_and(|word| SELECTED.contains(&word)),
        Some(verb) => NOT_AFTER_YOU.contains(&verb) || verb.ends_with("'ll") || verb.ends_with("'d"),
    };
    let end = clause_end(document, words, at);
    let blames = words[at..]
        .iter()
        .take_while(|word| word.end_byte <= end)
        .any(|word| BLAME.contains(&word.normalized.as_str()));
    opens_clause && !told && !blames
}

/// Whether punctuation that ends a clause (a comma, a semicolon, a colon, a dash) stands between two words.
fn separated(document: &Analysis, before: &Token, after: &Token) -> bool {
    let between = document.slice(before.end_byte, after.start_byte);
    between.contains([',', ';', ':', '(', '\u{2014}', '\u{2013}']) || between.contains(" -")
}

/// Openings of a sentence that say how their situation comes across ("sounds like uni has been a nightmare"); "looks
/// like" is the writer's own finding ("looks like the job failed"), not theirs said back.
const SOUNDS_LIKE: &[&[&str]] = &[
    &["sounds", "like"],
    &["sounds", "as"],
    &["seems", "like"],
    &["it", "sounds", "like"],
    &["it", "sounds", "as"],
    &["it", "seems", "like"],
    &["it", "seems", "that"],
];
/// What after "sounds like" is a verdict on a plan, not their situation ("sounds like a plan", "sounds like fun").
const VERDICTS: &[&str] = &["plan", "fun", "idea", "good", "great", "deal", "bug", "scam", "spam"];

/// The words of a sentence that opens with "sounds like" and says what their situation is, if it does.
fn sounds_like(words: &[&Token]) -> Option<usize> {
    // Every opening starts with "sounds", "seems" or "it": most sentences stop at their first word.
    let first = words.first()?.normalized.as_str();
    if !matches!(first, "sounds" | "seems" | "it") {
        return None;
    }
    let mut opening_words = [""; 5];
    let taken = words.len().min(5);
    for (slot, word) in opening_words.iter_mut().zip(words) {
        *slot = word.normalized.as_str();
    }
    let lower = &opening_words[..taken];
    let opening = SOUNDS_LIKE.iter().find(|opening| lower.starts_with(opening))?;
    let verdict = lower[opening.len()..].iter().take(2).any(|word| VERDICTS.contains(word));
    (!verdict && words.len() > opening.len() + 1).then_some(0)
}

/// Where the clause that starts at word `at` ends: its next comma or semicolon, else the sentence's last word.
fn clause_end(document: &Analysis, words: &[&Token], at: usize) -> usize {
    let mut end = words[at].end_byte;
    for pair in words[at..].windows(2) {
        end = pair[0].end_byte;
        if document.slice(pair[0].end_byte, pair[1].start_byte).contains([',', ';']) {
            return end;
        }
        end = pair[1].end_byte;
    }
    end
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::AboutThem;

    #[test]
    fn a_feeling_named_with_words_between_is_said_back() {
        assert_eq!(
            underlined(RULE, "It seems you're really frustrated with how this went."),
            ["you're really frustrated with how this went"]
        );
        assert!(fires(RULE, "sounds like you're so burnt out"));
        assert!(fires(RULE, "you are pretty fed up with all of it"));
        assert!(fires(RULE, "You clearly care a great deal about your family."));
        assert!(fires(RULE, "You don't want to be the guy who can't get through a family dinner."));
    }

    #[test]
    fn their_situation_said_back_counts() {
        assert!(fires(RULE, "So you've cut down to about five a day."));
        assert!(fires(RULE, "You walk past the bar on the way home and that's when it gets difficult."));
        assert_eq!(
            underlined(RULE, "Honestly, you don't think it's that bad, and that's fair."),
            ["you don't think it's that bad"]
        );
    }

    #[test]
    fn a_sentence_that_opens_with_sounds_like_says_their_situation_back() {
        assert!(fires(RULE, "sounds like uni has been a nightmare this term"));
        assert!(fires(RULE, "It seems like everything landed on you at once."));
        assert!(!fires(RULE, "Sounds like a plan!"));
        assert!(!fires(RULE, "The charity sounds like it does good work."));
    }

    #[test]
    fn telling_informing_and_courtesies_are_not() {
        for text in [
            "You should stop drinking.",
            "You can self refer online.",
            "You need to set boundaries.",
            "You'll get an email tomorrow.",
            "You're welcome!",
            "You get 20% off today.",
            "If you feel unsafe, call 999.",
            "Thank you so much.",
            "You have to be honest with yourself.",
            "You never read the docs.",
            "You clearly didn't read the docs.",
            "You really have to stop mixing the pills with alcohol.",
            "I hear you.",
            "Let me tell you about the charity.",
            "It connects one person like you with one child.",
            "You have a chance to help today.",
            "You're making a difference for these kids.",
            "Make a list every morning so you feel more in control.",
            "Please reach out, you don't have to do this alone.",
            "Each layer sits on top of the one below it, and you drag them to change the order.",
            "Looks like the job failed on the shard.",
            "Not our problem, you bought it from MegaStore.",
            "You're right.",
            "you're just using it wrong",
            "You've been selected to WIN a gift card!",
            "I've added a free month as a thank-you for sticking with us.",
            "Keep it up and I'll make sure you regret it.",
            "You people are never happy.",
            "You are our lucky winner!",
            "u have been chosen 4 a free holiday",
            "Honestly, you don't understand how roadmaps work.",
        ] {
            assert!(!fires(RULE, text), "{text}");
        }
    }

    #[test]
    fn a_question_is_left_to_the_question_rules() {
        assert!(!fires(RULE, "So you've tried restarting it?"));
    }
}
