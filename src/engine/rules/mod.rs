//! The built-in rules, one per file in a folder per principle, the trait they share, and the lexicon rule most of
//! them are.
//!
//! Each rule is declared once, with [`declare_rule!`]: the first line of its doc comment is its description, then its
//! id, principle and effect. `build.rs` finds every declaration under `src/engine/rules/<principle>/` and writes the
//! modules and the list [`builtin`] returns (no hand-kept list or count); rules run in the order of their file names.
//!
//! A lexicon rule is a list of phrases (with rewrites where one exists), kept as data beside its declaration
//! (`NAME.lexicon.json`, compiled by `build.rs` into the rule's static entries, with examples and counterexamples
//! that [`tests`] runs); all lists are compiled into one Aho-Corasick automaton ([`phrase_set`]) that runs once per
//! draft. (The fitted word table holds single words and is looked up per word token.)

use std::sync::OnceLock;

use super::document::QuoteKind;
use super::lexicon::{Entries, PhraseSet};
use super::{Analysis, Document, Effect, Finding, PerAxis, Principle, Token, TokenKind};
use crate::messages::Message;

/// Declares a built-in rule once: its doc comment (whose first line is the description users see), id, principle,
/// effect and prior, and either its lexicon (`static NAME: LexiconRule = { ..., lexicon: "name.lexicon.json" }`, the
/// data file beside the rule file, which `build.rs` compiles to the entries this includes) or, for a rule with logic
/// of its own, a unit struct (`struct Name { ... }`) whose [`Check`] impl sits beside it.
///
/// `prior: { listening: .., respect: .., promotion: .. }` is the reviewed weight `tact fit` starts the rule from on
/// each score (see [`Rule::prior`]); every rule must give one, so a declaration without it does not compile.
macro_rules! declare_rule {
    (
        #[doc = $description:literal]
        $(#[$attribute:meta])*
        $visibility:vis static $name:ident: LexiconRule = {
            id: $id:expr,
            principle: $principle:ident,
            effect: $effect:ident,
            prior: { listening: $listening:expr, respect: $respect:expr, promotion: $promotion:expr $(,)? },
            $(keeps_prior: $keeps:literal,)?
            message: $message:expr,
            lexicon: $lexicon:literal,
        };
    ) => {
        #[doc = $description]
        $(#[$attribute])*
        $visibility static $name: $crate::engine::rules::LexiconRule = $crate::engine::rules::LexiconRule {
            id: $id,
            principle: $crate::engine::Principle::$principle,
            effect: $crate::engine::Effect::$effect,
            prior: $crate::engine::PerAxis::new($listening, $respect, $promotion),
            keeps_prior: declare_rule!(@keeps $($keeps)?),
            description: $description.trim_ascii(),
            message: $message,
            entries: include!(concat!(env!("OUT_DIR"), "/lexicons/", $lexicon, ".rs")),
            lexicon_slot: std::sync::atomic::AtomicUsize::new(0),
        };
    };
    (
        #[doc = $description:literal]
        $(#[$attribute:meta])*
        $visibility:vis struct $name:ident {
            id: $id:expr,
            principle: $principle:ident,
            effect: $effect:ident,
            prior: { listening: $listening:expr, respect: $respect:expr, promotion: $promotion:expr $(,)? },
            $(keeps_prior: $keeps:literal,)?
        }
    ) => {
        #[doc = $description]
        $(#[$attribute])*
        $visibility struct $name;

        impl $crate::engine::rules::Rule for $name {
            fn id(&self) -> &str {
                $id
            }
            fn description(&self) -> &str {
                $description.trim_ascii()
            }
            fn principle(&self) -> $crate::engine::Principle {
                $crate::engine::Principle::$principle
            }
            fn effect(&self) -> Option<$crate::engine::Effect> {
                Some($crate::engine::Effect::$effect)
            }
            fn prior(&self) -> Option<$crate::engine::PerAxis<f64>> {
                Some($crate::engine::PerAxis::new($listening, $respect, $promotion))
            }
            fn keeps_prior(&self) -> bool {
                declare_rule!(@keeps $($keeps)?)
            }
            fn check(&self, document: &$crate::engine::Analysis, findings: &mut Vec<$crate::engine::Finding>) {
                $crate::engine::rules::Check::check(self, document, findings)
            }
        }
    };
    (@keeps $keeps:literal) => {
        $keeps
    };
    (@keeps) => {
        false
    };
    ($($declaration:tt)*) => {
        compile_error!(
            "declare_rule! takes a doc comment, then `id`, `principle`, `effect` and \
             `prior: { listening: .., respect: .., promotion: .. }` in this order, then `message` and \
             `lexicon: \"NAME.lexicon.json\"` (a `static NAME: LexiconRule`) or nothing more (a `struct`)"
        );
    };
}

/// What a rule with logic of its own does (its id, principle and effect come from its [`declare_rule!`]).
pub(crate) trait Check {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>);
}

#[cfg(test)]
mod examples;
#[cfg(test)]
use examples::{EntryTests, LexiconTests};

// The rule modules and `builtin()`, written by build.rs from the files under src/engine/rules/<principle>/ (and, for
// the tests, `LEXICON_TESTS`: the examples and counterexamples of the lexicon data files).
include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// A rule looks at a document and reports findings.
pub trait Rule: Send + Sync {
    /// A stable id, e.g. `builtin.gratitude`; presets refer to rules by it.
    fn id(&self) -> &str;
    /// What the rule looks for and why, in plain words.
    fn description(&self) -> &str;
    fn principle(&self) -> Principle;
    /// Whether every finding of the rule is a strength or an issue; `None` for a rule that says so per finding
    /// (none of the built-in rules: every one declares its effect).
    fn effect(&self) -> Option<Effect>;
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>);
    /// The reviewed weight on each score that `tact fit` starts the rule from and shrinks it toward: the direction
    /// and rough size a community manager would give it. The fitted weight keeps at least half of it and never
    /// changes its sign; a 0 keeps the rule off that score. `None` for a rule with no weight of its own: a team
    /// preset's rules (weighed by their principle's default weights). Every built-in rule gives one in
    /// `declare_rule!`, which does not compile without it.
    fn prior(&self) -> Option<PerAxis<f64>> {
        None
    }
    /// Whether the fit may strengthen the prior but never weaken it (`keeps_prior: true` in `declare_rule!`): for a
    /// rule whose harm the training data does not label (condescension, dismissal, blame and sarcasm are not
    /// "offensive" in the tweets nor impolite requests on Wikipedia), so that data cannot argue it away.
    fn keeps_prior(&self) -> bool {
        false
    }
    /// The rule as a phrase list, if it is one: its phrases then enter the one automaton of [`phrase_set`].
    fn as_lexicon(&self) -> Option<&LexiconRule> {
        None
    }
}

/// A rule that is a list of phrases: each whole-word occurrence is a finding.
pub struct LexiconRule {
    pub id: &'static str,
    pub principle: Principle,
    pub effect: Effect,
    /// See [`Rule::prior`].
    pub prior: PerAxis<f64>,
    /// See [`Rule::keeps_prior`].
    pub keeps_prior: bool,
    pub description: &'static str,
    /// The finding's message, from the catalog; its `$match$` is the words as written.
    pub message: Message,
    pub entries: Entries,
    /// Its position in [`lexicon_rules`] plus one, remembered on its first check (0 before it, `usize::MAX` for a
    /// rule that is not a built-in): every check looks it up for each lexicon rule.
    pub(crate) lexicon_slot: std::sync::atomic::AtomicUsize,
}

impl Rule for LexiconRule {
    fn id(&self) -> &str {
        self.id
    }
    fn description(&self) -> &str {
        self.description
    }
    fn principle(&self) -> Principle {
        self.principle
    }
    fn effect(&self) -> Option<Effect> {
        Some(self.effect)
    }
    fn prior(&self) -> Option<PerAxis<f64>> {
        Some(self.prior)
    }
    fn keeps_prior(&self) -> bool {
        self.keeps_prior
    }
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let Some(index) = lexicon_index(self) else { return };
        // Of overlapping phrases ("idiot", "what an idiot") the longest, leftmost one is the finding.
        let mut covered_to = 0;
        for hit in document.lexicon_hits(index) {
            if hit.start < covered_to {
                continue;
            }
            let entry = &self.entries[usize::from(hit.entry)];
            if entry.aimed_only && !aimed_at_someone(document, hit.start) {
                continue;
            }
            covered_to = hit.end;
            if entry.blocks {
                continue;
            }
            if self.effect == Effect::Issue
                && (reads_as_a_name(document, hit.start, hit.end)
                    || quotes_someone(document, hit.start)
                    || (opens_with_you(entry.phrase) && follows_a_preposition(document, hit.start)))
            {
                continue;
            }
            let written = document.slice(hit.start, hit.end);
            let replacement = entry
                .replacement
                .filter(|text| !opens_a_clause(text) || opens_its_sentence(document, hit.start))
                .map(|text| match_case(written, text));
            findings.push(Finding {
                rule: self.id.to_string(),
                principle: self.principle,
                effect: self.effect,
                start: document.utf16(hit.start),
                end: document.utf16(hit.end),
                message: self.message.english_with(&[written]),
                replacement,
            });
        }
    }
    fn as_lexicon(&self) -> Option<&LexiconRule> {
        Some(self)
    }
}

/// Prepositions after which "you" is an object, not the one acting or blamed: "the people closest to you don't get
/// it" blames the people, not the reader.
const PREPOSITIONS: &[&str] =
    &["to", "for", "with", "at", "about", "from", "than", "around", "behind", "near", "by", "of", "against"];

/// Whether a phrase opens with "you" as its subject ("you don't get it", "you're wrong"; not "your input").
fn opens_with_you(phrase: &str) -> bool {
    let first = phrase.split(' ').next().unwrap_or("");
    matches!(first, "you" | "you're" | "you've" | "you'd" | "you'll" | "youre")
}

/// Whether the word before a byte offset, in its sentence, is a preposition.
fn follows_a_preposition(document: &Analysis, start: usize) -> bool {
    let sentence_start = start_of_sentence(document, start);
    document
        .word_tokens(sentence_start, start)
        .last()
        .is_some_and(|token| PREPOSITIONS.contains(&token.normalized.as_str()))
}

/// Whether a rewrite is a clause of its own ("I think", "as I see it", "I see it differently"): it reads well only in
/// place of a sentence's opening words ("Obviously, ..." -> "I think, ..."), never inside one ("This is I think user
/// error").
fn opens_a_clause(replacement: &str) -> bool {
    ["i ", "i'm ", "as i ", "it seems ", "here is ", "that's my", "this is how"].iter().any(|opening| {
        replacement.as_bytes().get(..opening.len()).is_some_and(|start| start.eq_ignore_ascii_case(opening.as_bytes()))
    })
}

/// The byte where the sentence holding `byte` starts (0 outside any sentence).
fn start_of_sentence(document: &Document, byte: usize) -> usize {
    document.sentence_at(byte).map_or(0, |sentence| sentence.start_byte)
}

/// Whether a byte offset is at the first word of its sentence.
fn opens_its_sentence(document: &Document, start: usize) -> bool {
    let sentence_start = start_of_sentence(document, start);
    !document.tokens_in(sentence_start, start).iter().any(|token| token.kind == TokenKind::Word)
}

/// Of overlapping findings that both offer a rewrite, one keeps it, so applying every rewrite cannot stack two into
/// one ungrammatical sentence: a phrase's rewrite before a whole sentence's template ("Get over it." is better as a
/// phrase than as "Could you get over it?"), then the narrower phrase, which changes least ("Obviously you're wrong"
/// -> "I think you're wrong"); a wider phrase that needs its own rewrite blocks the narrower entry in its lexicon
/// ("everyone knows" in absolutes, so "Many people think" stands).
pub(crate) fn one_rewrite_per_span(document: &Document, findings: &mut [Finding]) {
    if findings.iter().filter(|finding| finding.replacement.is_some()).nth(1).is_none() {
        return;
    }
    // The sentences' UTF-16 spans, by start (sentences do not overlap).
    let sentences: Vec<(u32, u32)> = document
        .sentences
        .iter()
        .map(|sentence| (document.utf16(sentence.start_byte), document.utf16(sentence.end_byte)))
        .collect();
    let whole_sentence = |finding: &Finding| {
        let at = sentences.partition_point(|&(start, _)| start < finding.start);
        sentences.get(at).is_some_and(|&(start, end)| start == finding.start && end <= finding.end)
    };
    let rank = |at: usize, finding: &Finding| {
        (!whole_sentence(finding), std::cmp::Reverse(finding.end - finding.start), std::cmp::Reverse(at))
    };
    for at in 0..findings.len() {
        if findings[at].replacement.is_none() {
            continue;
        }
        let (start, end) = (findings[at].start, findings[at].end);
        let mine = rank(at, &findings[at]);
        let preferred = findings.iter().enumerate().any(|(other, finding)| {
            other != at
                && finding.replacement.is_some()
                && finding.start < end
                && start < finding.end
                && rank(other, finding) > mine
        });
        if preferred {
            findings[at].replacement = None;
        }
    }
}

/// Titles and greetings that make the capitalised word after them a name ("Hi Dick", "Ms Butt").
const NAME_LEADS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "sir",
    "madam",
    "hi",
    "hello",
    "hey",
    "dear",
    "thanks",
    "thank",
    "morning",
    "evening",
    "welcome",
    "congrats",
    "congratulations",
];

/// Whether a hit is a person's name that happens to be a word: part of a @handle, #tag or link, or one capitalised
/// word ("Dick", "Butt") after a title or greeting ("Ms Dick", "Hi Dick") or after a first name ("Amanda Dick").
pub(crate) fn reads_as_a_name(document: &Analysis, start: usize, end: usize) -> bool {
    let tokens = document.tokens_in(start, end);
    if tokens.iter().any(|token| matches!(token.kind, TokenKind::Mention | TokenKind::Hashtag | TokenKind::Url)) {
        return true;
    }
    let [word] = tokens else { return false };
    word_reads_as_a_name(document, word, start)
}

/// Whether one word token, a hit from `start`, is a capitalised name after a title, greeting or first name (the
/// second half of [`reads_as_a_name`]; for a word token's own span, `reads_as_a_name` is this).
pub(crate) fn word_reads_as_a_name(document: &Analysis, word: &Token, start: usize) -> bool {
    let written = document.slice(word.start_byte, word.end_byte);
    let mut letters = written.chars();
    let title_case = letters.next().is_some_and(char::is_uppercase) && letters.all(|c| !c.is_uppercase());
    if !title_case {
        return false;
    }
    let sentence_start = start_of_sentence(document, start);
    match document.word_tokens(sentence_start, start) {
        [] => false,
        [.., previous] if NAME_LEADS.contains(&previous.normalized.as_str()) => true,
        // A first name before it ("Amanda Dick"), itself not the sentence's first word.
        [_, .., previous] => {
            let written = document.slice(previous.start_byte, previous.end_byte);
            written.chars().next().is_some_and(char::is_uppercase) && !previous.all_caps
        }
        [_] => false,
    }
}

/// Whether a hit sits inside a quotation of two words or more ("“Thanks for nothing” is fair after the week you've
/// had"): quoting what someone said is not saying it to them.
fn quotes_someone(document: &Document, start: usize) -> bool {
    let marks = document.quote_marks();
    let before = marks.partition_point(|mark| mark.byte < start);
    let Some(open) = marks[..before].iter().rposition(|mark| mark.kind != QuoteKind::Closing) else { return false };
    // A straight quote opens one only if the quotes before it are paired.
    let straight_before = marks[..open].iter().filter(|mark| mark.kind == QuoteKind::Straight).count();
    if marks[open].kind == QuoteKind::Straight && straight_before % 2 == 1 {
        return false;
    }
    let close = marks[open + 1..].iter().find(|mark| mark.kind != QuoteKind::Opening);
    close.is_some_and(|close| {
        close.byte > start && document.text[marks[open].byte..close.byte].split_whitespace().count() >= 2
    })
}

/// Words that, just before a word, aim it at someone: the person addressed, a person or group spoken of
/// ("she is", "they are"), or a frame that makes the next word a label ("what a", "bunch of").
const AIMING_WORDS: &[&str] = &[
    "you",
    "you're",
    "youre",
    "your",
    "ur",
    "u",
    "ya",
    "yourself",
    "yourselves",
    "y'all",
    "he",
    "he's",
    "she",
    "she's",
    "they",
    "they're",
    "him",
    "her",
    "them",
    "is",
    "are",
    "was",
    "were",
    "be",
    "being",
    "what",
    "such",
    "bunch",
    "these",
    "those",
    "total",
    "complete",
    "absolute",
    "utter",
    "like",
    "called",
    "call",
    "this",
    "another",
];
/// Words that end the search for an aim: past a preposition or an article the word is the object of something else
/// ("they don't care about animals", "feed the animals"), not a label for the person before it.
const AIM_BARRIERS: &[&str] = &["about", "for", "with", "to", "at", "on", "in", "from", "into", "onto", "than", "the"];
/// How many words before a word may aim it.
const AIMING_REACH: usize = 4;

/// Whether the words just before `start` (in its sentence) aim it at someone, or a @mention does.
fn aimed_at_someone(document: &Document, start: usize) -> bool {
    let sentence_start = start_of_sentence(document, start);
    document
        .tokens_in(sentence_start, start)
        .iter()
        .rev()
        .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Mention))
        .take(AIMING_REACH)
        .take_while(|token| !AIM_BARRIERS.contains(&token.normalized.as_str()))
        .any(|token| token.kind == TokenKind::Mention || AIMING_WORDS.contains(&token.normalized.as_str()))
}

/// Gives a rewrite the capital of the words it replaces when they start a sentence (a team preset's rewrites too).
pub(crate) fn match_case(written: &str, replacement: &str) -> String {
    let starts_upper = written.chars().next().is_some_and(char::is_uppercase);
    let mut chars = replacement.chars();
    match chars.next() {
        Some(first) if starts_upper => {
            let mut text = String::with_capacity(replacement.len() + 2);
            crate::engine::uppercase::push_uppercase(&mut text, first);
            text.push_str(chars.as_str());
            text
        }
        _ => replacement.to_string(),
    }
}

/// Every lexicon rule among the built-ins, in the order their lists enter the automaton.
fn lexicon_rules() -> &'static [&'static LexiconRule] {
    static LEXICON_RULES: OnceLock<Vec<&LexiconRule>> = OnceLock::new();
    LEXICON_RULES.get_or_init(|| builtin().iter().filter_map(|rule| rule.as_lexicon()).collect())
}

/// The position of a built-in lexicon rule in [`lexicon_rules`] (the `lexicon` of its hits), found by its address
/// once and then remembered in the rule.
fn lexicon_index(rule: &LexiconRule) -> Option<usize> {
    use std::sync::atomic::Ordering;
    match rule.lexicon_slot.load(Ordering::Relaxed) {
        0 => {
            let index = lexicon_index_by_address(rule);
            rule.lexicon_slot.store(index.map_or(usize::MAX, |index| index + 1), Ordering::Relaxed);
            index
        }
        usize::MAX => None,
        slot => Some(slot - 1),
    }
}

fn lexicon_index_by_address(rule: &LexiconRule) -> Option<usize> {
    static BY_ADDRESS: OnceLock<Vec<(usize, usize)>> = OnceLock::new();
    let address_of = |rule: &LexiconRule| std::ptr::from_ref(rule) as usize;
    let by_address = BY_ADDRESS.get_or_init(|| {
        let mut by_address: Vec<_> =
            lexicon_rules().iter().enumerate().map(|(index, rule)| (address_of(rule), index)).collect();
        crate::order::sort_by_key(&mut by_address, |(address, _)| *address);
        by_address
    });
    let found = by_address.binary_search_by_key(&address_of(rule), |(address, _)| *address).ok()?;
    Some(by_address[found].1)
}

/// The rules whose findings mark a sentence as sarcastic: the praise, thanks or sympathy inside it is not meant
/// ("Nice try", "Congratulations, you've found the one way to break it").
pub const SARCASM_RULES: &[&str] = &["builtin.sarcasm", "builtin.sarcastic-praise"];

/// A sentence of at most this many words right after a sarcastic one ("Great job.", "Well done.") is part of it.
const SARCASTIC_TAG_WORDS: usize = 4;

/// The UTF-16 spans of the sentences that hold a sarcasm finding, and of a short sentence that tags on to one
/// ("Thanks a lot for breaking the build again. Great job.").
pub(crate) fn sarcastic_sentences(document: &Document, findings: &[Finding]) -> Vec<(u32, u32)> {
    let marks: Vec<u32> =
        findings.iter().filter(|finding| SARCASM_RULES.contains(&finding.rule.as_str())).map(|f| f.start).collect();
    if marks.is_empty() {
        return Vec::new();
    }
    let mut spans = Vec::new();
    let mut after_sarcasm = false;
    for sentence in &document.sentences {
        let (start, end) = (document.utf16(sentence.start_byte), document.utf16(sentence.end_byte));
        let marked = marks.iter().any(|mark| start <= *mark && *mark < end);
        let words =
            document.tokens_in(sentence.start_byte, sentence.end_byte).iter().filter(|t| t.kind == TokenKind::Word);
        let tag = after_sarcasm && !sentence.question && words.count() <= SARCASTIC_TAG_WORDS;
        if marked || tag {
            spans.push((start, end));
        }
        after_sarcasm = marked;
    }
    spans
}

/// Drops the strengths (thanks, praise, a greeting, sympathy, a reflection) found inside a sarcastic sentence:
/// "thanks for nothing", "really helpful, as always" and "congratulations, you've found the one way to break it" are
/// not gratitude, praise or listening.
pub(crate) fn drop_praise_inside_sarcasm(document: &Document, findings: &mut Vec<Finding>) {
    let sarcastic = sarcastic_sentences(document, findings);
    if sarcastic.is_empty() {
        return;
    }
    findings.retain(|finding| {
        finding.effect != Effect::Strength
            || !sarcastic.iter().any(|(start, end)| *start <= finding.start && finding.start < *end)
    });
}

/// Words of a post that asks about buying: where to get it, its price, a discount or a trial.
const BUYING_WORDS: &[&str] = &[
    "buy",
    "purchase",
    "shop",
    "store",
    "stock",
    "price",
    "prices",
    "pricing",
    "cost",
    "costs",
    "sell",
    "sold",
    "discount",
    "discounts",
    "coupon",
    "promo",
    "deal",
    "deals",
    "sale",
    "offer",
    "offers",
    "trial",
    "cheaper",
];

/// Whether the post being replied to asks about buying ("Is there a student discount?", "Where can I buy the
/// filters?"): then a price, an offer or a shop link in the reply answers it rather than pitches.
pub(crate) fn asked_to_buy(document: &Document) -> bool {
    document.context.is_some_and(|context| mentions_any(context, BUYING_WORDS))
}

/// Whether a text (the post being replied to) has one of `words` as a whole word, in any case.
pub(crate) fn mentions_any(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|word| words.iter().any(|listed| word.eq_ignore_ascii_case(listed)))
}

/// The promotion rules whose words ("50% off", "sign up here") are the answer to someone who asked about buying.
const ANSWERS_TO_A_BUYER: &[&str] = &["builtin.sales-language", "builtin.call-to-action"];

/// Drops the sales words and calls to action of a reply to a post that asked about buying ("Is there a student
/// discount?" - "Yes! Students get 50% off any plan. Sign up here: ..."); urgency, prizes and asks to follow still
/// count.
pub(crate) fn drop_offers_asked_for(document: &Document, findings: &mut Vec<Finding>) {
    if asked_to_buy(document) {
        findings
            .retain(|finding| finding.effect != Effect::Issue || !ANSWERS_TO_A_BUYER.contains(&finding.rule.as_str()));
    }
}

/// The one automaton over every lexicon rule's phrases, built on first use.
pub fn phrase_set() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| {
        PhraseSet::new(lexicon_rules().iter().map(|rule| rule.entries.iter().map(|entry| entry.phrase).collect()))
    })
}

/// Every phrase of every lexicon rule (the fit tool keeps them out of the word table).
pub fn lexicon_phrases() -> impl Iterator<Item = &'static str> {
    lexicon_rules().iter().flat_map(|rule| rule.entries.iter().map(|entry| entry.phrase))
}

/// A finding for a byte span of the document, with the rule's principle and effect (a rule that decides its
/// effect per finding sets it on the finding this returns).
pub(crate) fn finding(
    rule: &dyn Rule,
    document: &Document,
    (start, end): (usize, usize),
    message: String,
    replacement: Option<String>,
) -> Finding {
    Finding {
        rule: rule.id().to_string(),
        principle: rule.principle(),
        effect: rule.effect().unwrap_or(Effect::Issue),
        start: document.utf16(start),
        end: document.utf16(end),
        message,
        replacement,
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers that let each rule's tests read like sentences.
    use crate::engine::{Axis, Checker, Finding, Rule};

    /// A weight's direction on an axis in "good" units: positive when it makes the draft better (listening or
    /// respect up, promotion down).
    pub fn goodness(axis: Axis, weight: f64) -> f64 {
        if axis.higher_is_better() {
            weight
        } else {
            -weight
        }
    }

    /// The findings of one rule on a draft (with an optional post being replied to).
    pub fn findings_of(rule: &dyn Rule, text: &str, context: Option<&str>) -> Vec<Finding> {
        let report = Checker::default().check(text, context);
        report.findings.into_iter().filter(|finding| finding.rule == rule.id()).collect()
    }

    pub fn fires(rule: &dyn Rule, text: &str) -> bool {
        !findings_of(rule, text, None).is_empty()
    }

    /// The rewrite offered for the first finding of the rule.
    pub fn rewrite(rule: &dyn Rule, text: &str) -> Option<String> {
        findings_of(rule, text, None).into_iter().next().and_then(|finding| finding.replacement)
    }

    /// The words the rule underlined.
    pub fn underlined(rule: &dyn Rule, text: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        findings_of(rule, text, None)
            .iter()
            .map(|finding| String::from_utf16_lossy(&units[finding.start as usize..finding.end as usize]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::builtin;
    use super::testing::goodness;
    use crate::engine::scoring::{default_weights, Model, Weights};
    use crate::engine::{check, Effect, Principle};

    /// Why the fitted weights of a rule disagree with its declared effect, if they do.
    fn disagreement(effect: Effect, principle: Principle, weights: Weights) -> Option<String> {
        let sign = if effect == Effect::Strength { 1.0 } else { -1.0 };
        let wrong_way: Vec<&str> = weights
            .iter()
            .filter(|&(axis, &weight)| sign * goodness(axis, weight) < 0.0)
            .map(|(axis, _)| axis.name())
            .collect();
        if !wrong_way.is_empty() {
            return Some(format!("moves {wrong_way:?} the wrong way for a {effect:?}"));
        }
        let moved = match principle.own_axis() {
            Some(axis) => weights[axis] != 0.0,
            None => weights.listening != 0.0 || weights.respect != 0.0,
        };
        (!moved).then(|| format!("does not move its principle's ({principle:?}) score"))
    }

    #[test]
    fn an_offer_asked_for_is_an_answer_not_a_pitch() {
        let reply =
            "Yes! Students get 50% off any plan with a valid .edu email. Sign up here: https://example.com/students";
        let pitch = |finding: &crate::engine::Finding| {
            ["builtin.sales-language", "builtin.call-to-action"].contains(&finding.rule.as_str())
        };
        let asked = check(reply, Some("Is there a student discount?"));
        let unasked = check(reply, Some("My export keeps failing since the update."));
        assert!(!asked.findings.iter().any(pitch));
        assert!(unasked.findings.iter().any(pitch));
        assert!(asked.scores.promotion < unasked.scores.promotion);
        let urgent = check("Yes, 50% off, but only for the next 2 hours, hurry!", Some("Any discount?"));
        assert!(urgent.findings.iter().any(|finding| finding.rule == "builtin.urgency"));
    }

    #[test]
    fn every_rule_file_is_registered_once_with_its_own_id() {
        let files: usize = ["listening", "suspending", "respecting", "voicing", "promotion"]
            .iter()
            .map(|folder| {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine/rules").join(folder);
                let files = std::fs::read_dir(path).expect("a rule folder");
                files
                    .filter(|file| file.as_ref().is_ok_and(|file| file.path().extension() == Some("rs".as_ref())))
                    .count()
            })
            .sum();
        assert_eq!(builtin().len(), files);
        let mut ids: Vec<&str> = builtin().iter().map(|rule| rule.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), builtin().len(), "rule ids are unique");
    }

    #[test]
    fn fitted_weights_move_the_scores_the_way_each_rule_s_effect_says() {
        let model = Model::shipped();
        for rule in builtin() {
            let effect = rule.effect().expect("every built-in rule declares its effect");
            assert!(model.rules.contains_key(rule.id()), "{} has a fitted weight", rule.id());
            let weights = model.rule_weights(rule.id(), rule.principle());
            if let Some(problem) = disagreement(effect, rule.principle(), weights) {
                panic!("{} {problem}: {weights:?}", rule.id());
            }
        }
    }

    #[test]
    fn every_rule_declares_a_prior_that_moves_the_scores_the_way_its_effect_says() {
        for rule in builtin() {
            let (Some(effect), Some(prior)) = (rule.effect(), rule.prior()) else {
                panic!("{} has no effect or no prior", rule.id());
            };
            if let Some(problem) = disagreement(effect, rule.principle(), prior) {
                panic!("{}'s prior {problem}: {prior:?}", rule.id());
            }
        }
    }

    #[test]
    fn a_preset_rule_is_an_issue_and_its_default_weights_count_against_its_principle() {
        for principle in [
            Principle::Listening,
            Principle::Suspending,
            Principle::Respecting,
            Principle::Voicing,
            Principle::Promotion,
        ] {
            assert_eq!(disagreement(Effect::Issue, principle, default_weights(principle)), None, "{principle:?}");
        }
    }

    #[test]
    fn thanks_is_a_strength_and_obviously_an_issue() {
        let report = check("Thanks so much for the report. Obviously you're wrong.", None);
        let effect_of = |rule: &str| report.findings.iter().find(|f| f.rule == rule).map(|f| f.effect);
        assert_eq!(effect_of("builtin.gratitude"), Some(Effect::Strength));
        assert_eq!(effect_of("builtin.certainty"), Some(Effect::Issue));
    }
}
