//! Runs each lexicon entry's `examples` and `counterexamples` (from its rule's data file) through the real checker.
//!
//! An entry that finds its phrase acts on a text when a finding of its rule underlines exactly an occurrence of the
//! phrase: each example must show that, no counterexample may. A blocking entry acts when its phrase occurs and no
//! finding of its rule touches it: each example must show that, and on each counterexample the rule must find
//! something (the block must not silence it there). A counterexample of an entry that finds its phrase is a near
//! miss: the phrase's letters appear in it (inside a longer word, in a longer entry, or where it is not aimed).

use super::{LexiconRule, LEXICON_TESTS};
use crate::engine::lexicon::{Entry, PhraseSet};
use crate::engine::matcher::{fold_lower, fold_phrase, Folded};
use crate::engine::Checker;

/// The examples and counterexamples of one lexicon rule's entries (written by build.rs from its data file).
pub(crate) struct LexiconTests {
    pub rule: &'static LexiconRule,
    /// The data file, from the repository's root.
    pub file: &'static str,
    /// Only the entries that have examples or counterexamples.
    pub entries: &'static [EntryTests],
}

/// One entry's texts, by the entry's position in its lexicon.
pub(crate) struct EntryTests {
    pub entry: usize,
    pub examples: &'static [&'static str],
    pub counterexamples: &'static [&'static str],
}

/// Why a text does not show what it should about an entry, if it does not: `example` says which it is meant to be.
fn failure(checker: &Checker, rule: &LexiconRule, entry: &Entry, text: &str, example: bool) -> Option<String> {
    let utf16 = |byte: usize| text[..byte].encode_utf16().count() as u32;
    let occurrences: Vec<(u32, u32)> = PhraseSet::new([vec![entry.phrase]])
        .find(&Folded::new(text))
        .iter()
        .map(|hit| (utf16(hit.start), utf16(hit.end)))
        .collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    let findings: Vec<(u32, u32)> = checker
        .check(text, None)
        .findings
        .iter()
        .filter(|finding| finding.rule == rule.id)
        .map(|finding| (finding.start, finding.end))
        .collect();
    let underlined = || -> Vec<String> {
        let shown = findings.iter().map(|&(start, end)| String::from_utf16_lossy(&units[start as usize..end as usize]));
        shown.collect()
    };
    if entry.blocks {
        if !example {
            return findings.is_empty().then(|| "the rule is silent; the block must not silence it here".into());
        }
        if occurrences.is_empty() {
            return Some("the phrase does not occur in it".into());
        }
        let touched = findings.iter().any(|&(start, end)| {
            occurrences.iter().any(|&(phrase_start, phrase_end)| start < phrase_end && phrase_start < end)
        });
        return touched.then(|| format!("the rule still finds {:?}", underlined()));
    }
    if !example && !fold_lower(text).contains(&fold_phrase(entry.phrase.trim_end_matches('*'))) {
        return Some("the phrase does not appear in it; a counterexample is a text it nearly matches".into());
    }
    let acts = findings.iter().any(|span| occurrences.contains(span));
    match (example, acts) {
        (true, false) if occurrences.is_empty() => Some("the phrase does not occur in it".into()),
        (true, false) => Some(format!("no finding underlines the phrase; the rule finds {:?}", underlined())),
        (false, true) => Some(format!("the rule finds the phrase: {:?}", underlined())),
        _ => None,
    }
}

/// Every failing example and counterexample of every lexicon data file, one line each: file, phrase, text, why.
fn failures(checker: &Checker, lexicons: &[LexiconTests]) -> Vec<String> {
    let mut failed = Vec::new();
    for lexicon in lexicons {
        for tests in lexicon.entries {
            let entry = &lexicon.rule.entries[tests.entry];
            let texts = tests.examples.iter().map(|text| (text, true));
            for (text, example) in texts.chain(tests.counterexamples.iter().map(|text| (text, false))) {
                if let Some(why) = failure(checker, lexicon.rule, entry, text, example) {
                    let kind = if example { "example" } else { "counterexample" };
                    failed.push(format!("{}: {:?}: {kind} {text:?}: {why}", lexicon.file, entry.phrase));
                }
            }
        }
    }
    failed
}

#[test]
fn every_lexicon_entry_acts_on_its_examples_and_not_on_its_counterexamples() {
    let failed = failures(&Checker::default(), LEXICON_TESTS);
    assert!(failed.is_empty(), "{} failing:\n{}", failed.len(), failed.join("\n"));
    let texts: usize =
        LEXICON_TESTS.iter().flat_map(|l| l.entries).map(|e| e.examples.len() + e.counterexamples.len()).sum();
    assert!(texts > 0, "the data files hold examples");
}

/// An entry that exists to block, or that counts only when aimed, is where a real ambiguity lives: a blocking entry
/// needs an example of what it keeps silent, an aimed one an example aimed at someone and a counterexample that is not.
#[test]
fn every_blocking_or_aimed_entry_shows_its_ambiguity() {
    let mut missing = Vec::new();
    for lexicon in LEXICON_TESTS {
        for (index, entry) in lexicon.rule.entries.iter().enumerate() {
            let tests = lexicon.entries.iter().find(|tests| tests.entry == index);
            let examples = tests.map_or(0, |tests| tests.examples.len());
            let counterexamples = tests.map_or(0, |tests| tests.counterexamples.len());
            if entry.blocks && examples == 0 {
                missing.push(format!("{}: {:?} blocks, with no example", lexicon.file, entry.phrase));
            }
            if entry.aimed_only && (examples == 0 || counterexamples == 0) {
                missing.push(format!(
                    "{}: {:?} is aimed, with no example or no counterexample",
                    lexicon.file, entry.phrase
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn a_text_that_does_not_show_what_it_should_is_reported_with_its_file_phrase_and_text() {
    let checker = Checker::default();
    let rule = &super::dm_us::DM_US;
    let entry = |phrase: &str| -> usize {
        rule.entries.iter().position(|entry| entry.phrase == phrase).expect("an entry of builtin.dm-us")
    };
    let wrong = [LexiconTests {
        rule,
        file: "dm_us.lexicon.json",
        entries: &[
            // "dm us": an example it does not occur in, another where it is blocked, a counterexample it finds and
            // one that is no near miss.
            EntryTests {
                entry: 0,
                examples: &["Thanks!", "DM us your order number."],
                counterexamples: &["DM us.", "Call us."],
            },
        ],
    }];
    assert_eq!(rule.entries[0].phrase, "dm us");
    assert_eq!(
        failures(&checker, &wrong),
        [
            "dm_us.lexicon.json: \"dm us\": example \"Thanks!\": the phrase does not occur in it",
            "dm_us.lexicon.json: \"dm us\": example \"DM us your order number.\": no finding underlines the phrase; \
             the rule finds []",
            "dm_us.lexicon.json: \"dm us\": counterexample \"DM us.\": the rule finds the phrase: [\"DM us\"]",
            "dm_us.lexicon.json: \"dm us\": counterexample \"Call us.\": the phrase does not appear in it; a \
             counterexample is a text it nearly matches",
        ]
    );
    let block = &rule.entries[entry("dm us your")];
    assert!(block.blocks);
    assert_eq!(failure(&checker, rule, block, "DM us your order number.", true), None);
    assert_eq!(failure(&checker, rule, block, "DM us for more.", true), Some("the phrase does not occur in it".into()));
    assert!(failure(&checker, rule, block, "DM us for more.", false).is_none(), "the rule finds \"DM us\" there");
    assert_eq!(
        failure(&checker, rule, block, "DM us your order number.", false),
        Some("the rule is silent; the block must not silence it here".into())
    );
}
