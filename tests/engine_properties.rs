//! Properties of the engine on any input: it never panics, its spans are valid UTF-16 ranges of the
//! text, and it is deterministic. (How long a 1 MB draft takes is measured by `make bench`.)

use proptest::prelude::*;
use tact::engine::{check, Report};

/// Pieces that exercise the text model and the rules: emoji and ZWJ sequences, curly quotes,
/// contractions, mentions, hashtags, URLs, capitals, repeated punctuation, other scripts.
const PIECES: &[&str] = &[
    "Obviously",
    "you're",
    "you\u{2019}re",
    "wrong",
    "thanks",
    "Calm down",
    "DM us",
    "link in bio",
    "#sale",
    "@sam",
    "https://example.com/a?b=1",
    "www.x.org",
    "NOT OKAY",
    "!!!",
    "?!",
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
    "\u{1F1EB}\u{1F1F7}",
    "\u{1F44D}\u{1F3FD}",
    "\u{201C}quoted\u{201D}",
    "caf\u{e9}",
    "\u{65E5}\u{672C}\u{8A9E}",
    "\u{645}\u{631}\u{62D}\u{628}\u{627}",
    "e\u{301}",
    "\n",
    " ",
    ".",
    "?",
    "'",
    "\u{2019}",
    "\u{200D}",
    "\u{FE0F}",
    "what do you think?",
    "we apologize for any inconvenience",
    "subscribe",
    "fuck*",
    "\u{0}",
    "\u{FFFD}",
];

fn draft() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| pieces.join(" ")),
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| pieces.concat()),
    ]
}

fn assert_spans_valid(text: &str, report: &Report) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let inside_pair = |at: u32| units.get(at as usize).is_some_and(|unit| (0xDC00..0xE000).contains(unit));
    for finding in &report.findings {
        assert!(finding.start <= finding.end, "{finding:?}");
        assert!(finding.end as usize <= units.len(), "{finding:?}");
        assert!(!inside_pair(finding.start) && !inside_pair(finding.end), "{finding:?} splits a surrogate pair");
        assert!(!finding.message.is_empty());
    }
    for contribution in
        report.explanation.listening.iter().chain(&report.explanation.respect).chain(&report.explanation.promotion)
    {
        for [start, end] in &contribution.spans {
            assert!(start <= end && *end as usize <= units.len());
        }
    }
    for score in [report.scores.listening, report.scores.respect, report.scores.promotion] {
        assert!((0.0..=1.0).contains(&score));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_draft_gives_valid_spans_and_scores(text in draft(), context in prop::option::of(draft())) {
        let report = check(&text, context.as_deref());
        assert_spans_valid(&text, &report);
    }

    #[test]
    fn the_same_draft_always_gives_the_same_report(text in draft(), context in prop::option::of(draft())) {
        prop_assert_eq!(check(&text, context.as_deref()), check(&text, context.as_deref()));
    }
}

#[test]
fn a_one_megabyte_draft_finishes() {
    let paragraph = "Obviously you're wrong!!! Check out my channel https://example.com #sale @sam \u{1F468}\u{200D}\u{1F469} thanks, \u{201C}really\u{201D}? ";
    let text = paragraph.repeat(1_000_000 / paragraph.len() + 1);
    let report = check(&text, Some("What do you think about the price?"));
    assert_spans_valid(&text, &report);
    assert!(!report.findings.is_empty());
}
