//! What each fuzz target does with its input, and the properties it asserts: shared by the libFuzzer targets
//! (fuzz/fuzz_targets/, `make fuzz`) and by the bounded run over the checked-in corpus (tests/fuzz_corpus.rs,
//! `cargo test`). A panic, or a broken property, is a finding.

use tact::engine::{self, Report};
use tact::preset::{load, ActivePreset, BuiltinsOnly, Source};

/// The drafts a preset that loads is tried on, besides the fuzzer's own.
const DRAFTS: &[&str] = &[
    "Obviously you're wrong. Calm down and buy now, check out my channel!",
    "Thanks for telling us. What happened when you tried to save?",
    "",
];

/// Every finding's span is a valid UTF-16 range of `text`, on character boundaries, and every score is in [0, 1].
pub fn assert_report(text: &str, report: &Report) {
    let units: Vec<u16> = text.encode_utf16().collect();
    for finding in &report.findings {
        let (start, end) = (finding.start as usize, finding.end as usize);
        assert!(start <= end && end <= units.len(), "span {start}..{end} outside {} units", units.len());
        for edge in [start, end] {
            let inside_pair = edge > 0 && edge < units.len() && (0xDC00..0xE000).contains(&units[edge]);
            assert!(!inside_pair, "span edge {edge} splits a surrogate pair");
        }
        assert!(!finding.rule.is_empty(), "a finding without its rule");
    }
    for score in [report.scores.listening, report.scores.respect, report.scores.promotion] {
        assert!((0.0..=1.0).contains(&score), "score {score} out of range");
    }
}

/// The text of `data` and an optional context (after the first NUL byte).
fn text_and_context(data: &[u8]) -> (String, Option<String>) {
    let text = String::from_utf8_lossy(data);
    match text.split_once('\0') {
        Some((draft, context)) => (draft.to_string(), Some(context.to_string())),
        None => (text.into_owned(), None),
    }
}

/// The engine on any text: never panics, valid spans, deterministic.
pub fn engine(data: &[u8]) {
    let (text, context) = text_and_context(data);
    let report = engine::check(&text, context.as_deref());
    assert_report(&text, &report);
    assert_eq!(report, engine::check(&text, context.as_deref()), "the same draft gave two reports");
}

/// A preset that loads checks drafts and decides on them within the properties; one that does not says why.
fn try_preset(json: &str, drafts: &[&str]) {
    match load(&Source { name: "fuzz".into(), text: json.to_string() }, &BuiltinsOnly) {
        Ok(preset) => {
            for draft in DRAFTS.iter().chain(drafts) {
                check_with(&preset, draft);
            }
        }
        Err(errors) => {
            assert!(!errors.errors.is_empty(), "refused without an error");
            for error in &errors.errors {
                assert!(!error.message.to_string().trim().is_empty(), "an error without a message");
            }
        }
    }
}

fn check_with(preset: &ActivePreset, draft: &str) {
    let report = preset.check(draft, None);
    assert_report(draft, &report);
    let decision = preset.decide(&report);
    for issue in &decision.issues {
        assert!(report.findings.contains(issue), "the decision lists a finding the report does not have");
    }
}

/// The preset reader on any bytes (as a document typed or fetched).
pub fn preset(data: &[u8]) {
    try_preset(&String::from_utf8_lossy(data), &[]);
}

/// Pieces of regular expressions a generated pattern is made of: valid and invalid, cheap and costly.
const REGEX_PIECES: &[&str] = &[
    "a", "b", "us", "DM", r"\w", r"\s", r"\d", r"\b", ".", "+", "*", "?", "(", ")", "(?:", "|", "[a-z]", "[^x]",
    "{1,3}", "{2}", "{1,12}", "^", "$", r"\p{L}", "é", "\u{200B}", "(?i)", r"\\",
];

/// Pieces of phrases and drafts: words the built-in rules know, look-alikes, invisible and wide characters.
const WORD_PIECES: &[&str] = &[
    "buy",
    "now",
    "idiot",
    "obviously",
    "thanks",
    "DM us",
    "link in bio",
    "іdiot",
    "ｉｄｉｏｔ",
    "id\u{AD}iot",
    "i\u{200B}diot",
    "e\u{301}",
    " ",
    "!",
    "#sale",
    "@sam",
    "https://x.org",
    "\u{1F44D}",
    "{match}",
    "'",
    "\"",
];

const KINDS: &[&str] = &["hashtags", "mentions", "links", "emoji", "exclamationMarks", "words"];

/// Reads the fuzzer's bytes as choices.
struct Choices<'a>(&'a [u8]);

impl Choices<'_> {
    fn next(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().map_or((0, &[][..]), |(first, rest)| (*first, rest));
        self.0 = rest;
        first
    }

    fn pick<'p>(&mut self, pieces: &[&'p str]) -> &'p str {
        pieces[usize::from(self.next()) % pieces.len()]
    }

    fn joined(&mut self, pieces: &[&str], most: u8) -> String {
        let count = 1 + self.next() % most;
        (0..count).map(|_| self.pick(pieces)).collect()
    }
}

/// A preset made from the fuzzer's choices: valid JSON of every rule kind (so the fuzzer reaches rule compiling,
/// the budget, layering and the checks rather than the JSON reader), with its tests and drafts.
pub fn generated_preset(data: &[u8]) {
    let mut choices = Choices(data);
    let rules: Vec<serde_json::Value> = (0..choices.next() % 6)
        .map(|index| {
            let id = format!("r{index}");
            match choices.next() % 4 {
                0 => serde_json::json!({"id": id, "kind": "avoid",
                    "phrases": (0..1 + choices.next() % 3).map(|_| choices.joined(WORD_PIECES, 3)).collect::<Vec<_>>()}),
                1 => serde_json::json!({"id": id, "kind": "substitute",
                    "swap": {choices.joined(WORD_PIECES, 2): choices.joined(WORD_PIECES, 2)}}),
                2 => serde_json::json!({"id": id, "kind": "occurrence", "count": choices.pick(KINDS),
                    "max": choices.next() % 4}),
                _ => serde_json::json!({"id": id, "kind": "pattern", "pattern": choices.joined(REGEX_PIECES, 8),
                    "caseSensitive": choices.next() % 2 == 0, "message": choices.joined(WORD_PIECES, 3)}),
            }
        })
        .collect();
    let gate = ["off", "warn", "hold"][usize::from(choices.next() % 3)];
    let draft = choices.joined(WORD_PIECES, 20);
    let preset = serde_json::json!({
        "format": 1, "id": "fuzz", "name": "Fuzz", "gate": gate,
        "checks": {"respect": {"warnBelow": f64::from(choices.next()) / 255.0}},
        "rules": rules,
    });
    try_preset(&preset.to_string(), &[&draft]);
}
