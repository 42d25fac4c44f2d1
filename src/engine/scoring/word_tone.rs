//! Word tone, the word-level view of scoring: the words of the fitted table that weigh most on a score, underlined
//! with the way they move it.
//!
//! Part of each score comes from single words that people reliably read one way ("idiot", "sir", "channel"); the
//! writer should see them as clearly as the rules' findings. These underlines are not a rule: the scores weigh the
//! words themselves (see [`super::score_with`]), and the underlines only show the ones that weigh most. A word that
//! moves its score the good way (listening or respect up, promotion down) is a strength; one that moves it the bad
//! way, an issue.

use std::sync::OnceLock;

use super::{Model, OPENING};
use crate::engine::document::is_function_word;
use crate::engine::{Analysis, Axis, Effect, Finding, Principle};
use crate::messages::{self, Message};

/// The `rule` of a word-tone finding, as presets (`overrides`), the options page and the stats name it.
pub const ID: &str = "builtin.word-tone";

/// What the underlines are, in plain words (shown where rules are listed).
pub const DESCRIPTION: &str =
    "Underlines single words that people reliably read as more or less respectful, listening or promotional.";

/// The principle the underlines are listed under (each finding says its own, from the score its word moves most).
pub const PRINCIPLE: Principle = Principle::Respecting;

/// Words weighing less than this (in logit units) move the score without an underline.
const NOTABLE: f64 = 0.5;

/// Adds the underlines of the shipped table's notable words to a document's findings, keeping them by position (after
/// the rules' findings at the same span). A warm word inside a sarcastic sentence is not shown as a strength of
/// respect, as the scores do not count it.
pub(crate) fn underline(analysis: &Analysis, findings: &mut Vec<Finding>) {
    let model = Model::shipped();
    let sarcastic = crate::engine::rules::sarcastic_sentences(analysis, findings);
    let first_word = findings.len();
    let mut underlined: Vec<(usize, usize, f64)> = Vec::new();
    for &(entry, start, end) in analysis.table_hits() {
        let (phrase, weights) = &model.words[entry];
        // Function words ("the", "on") weigh on a score only together with others; underlining one alone would
        // explain nothing. An opening ("^you") is a way of starting, so it is shown.
        if function_word_entries()[entry] {
            continue;
        }
        let strongest = weights.values().fold(0.0_f64, |most, w| most.max(w.abs()));
        let span = (analysis.utf16(start), analysis.utf16(end));
        if let Some(shown) = underlined.iter_mut().find(|(s, e, _)| (*s, *e) == (start, end)) {
            if shown.2 >= strongest {
                continue;
            }
            let mut at = first_word;
            while at < findings.len() {
                if (findings[at].start, findings[at].end) == span {
                    findings.remove(at);
                } else {
                    at += 1;
                }
            }
            shown.2 = strongest;
        } else if strongest >= NOTABLE {
            underlined.push((start, end, strongest));
        }
        let Some(axis) = Axis::ALL
            .into_iter()
            .filter(|&axis| weights[axis].abs() >= NOTABLE)
            .max_by(|&a, &b| weights[a].abs().total_cmp(&weights[b].abs()))
        else {
            continue;
        };
        let (principle, effect, reading) = reading(axis, weights[axis] > 0.0);
        if effect == Effect::Strength
            && principle == Principle::Respecting
            && sarcastic.iter().any(|&(from, to)| from <= span.0 && span.0 < to)
        {
            continue;
        }
        let written = analysis.slice(start, end);
        let (plain, opening) = reading;
        let message = if phrase.starts_with(OPENING) { opening } else { plain }.english_with(&[written]);
        findings.push(Finding {
            rule: ID.to_string(),
            principle,
            effect,
            start: span.0,
            end: span.1,
            message,
            replacement: None,
        });
    }
    if findings.len() > first_word {
        crate::order::sort_by_key(findings, |finding| (finding.start, finding.end));
    }
}

/// The principle, effect and message (for a word, and for an opening) of a word that moves `axis` up or down.
fn reading(axis: Axis, up: bool) -> (Principle, Effect, (Message, Message)) {
    use messages::*;
    match (axis, up) {
        (Axis::Listening, true) => {
            (Principle::Listening, Effect::Strength, (RULE_WORD_TONE_ENGAGING, RULE_WORD_TONE_ENGAGING_OPENING))
        }
        (Axis::Listening, false) => {
            (Principle::Listening, Effect::Issue, (RULE_WORD_TONE_NOT_TAKING_IN, RULE_WORD_TONE_NOT_TAKING_IN_OPENING))
        }
        (Axis::Respect, true) => {
            (Principle::Respecting, Effect::Strength, (RULE_WORD_TONE_RESPECTFUL, RULE_WORD_TONE_RESPECTFUL_OPENING))
        }
        (Axis::Respect, false) => {
            (Principle::Respecting, Effect::Issue, (RULE_WORD_TONE_DISRESPECTFUL, RULE_WORD_TONE_DISRESPECTFUL_OPENING))
        }
        (Axis::Promotion, true) => {
            (Principle::Promotion, Effect::Issue, (RULE_WORD_TONE_PROMOTIONAL, RULE_WORD_TONE_PROMOTIONAL_OPENING))
        }
        (Axis::Promotion, false) => (
            Principle::Promotion,
            Effect::Strength,
            (RULE_WORD_TONE_CONVERSATIONAL, RULE_WORD_TONE_CONVERSATIONAL_OPENING),
        ),
    }
}

/// For each entry of the shipped table, whether it is a function word (an opening never is), worked out once.
fn function_word_entries() -> &'static [bool] {
    static FUNCTION_WORDS: OnceLock<Vec<bool>> = OnceLock::new();
    FUNCTION_WORDS.get_or_init(|| {
        let words = &Model::shipped().words;
        words.iter().map(|(phrase, _)| !phrase.starts_with(OPENING) && is_function_word(phrase)).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::{ID, NOTABLE};
    use crate::engine::document::is_function_word;
    use crate::engine::rules::testing::goodness;
    use crate::engine::scoring::{Model, Weights, OPENING};
    use crate::engine::{check, Effect};

    #[test]
    fn notable_table_words_are_underlined() {
        let words = &Model::shipped().words;
        let notable = words.iter().find(|(word, w)| {
            !word.starts_with(OPENING) && !is_function_word(word) && w.values().any(|x| x.abs() >= 0.5)
        });
        let (word, _) = notable.expect("the shipped table has words that weigh at least 0.5");
        let report = check(&format!("well {word} then"), None);
        assert!(report.findings.iter().any(|f| f.rule == ID), "{word}");
    }

    #[test]
    fn the_strongest_opening_is_underlined_at_the_start_only_if_notable() {
        let strength = |weights: &Weights| weights.values().fold(0.0_f64, |most, w| most.max(w.abs()));
        let openings = Model::shipped().words.iter().filter(|(word, _)| word.starts_with(OPENING));
        let (word, weights) =
            openings.max_by(|a, b| strength(&a.1).total_cmp(&strength(&b.1))).expect("the table has openings");
        let opening = word.trim_start_matches(OPENING);
        let shown_as_opening =
            |text: &str| check(text, None).findings.iter().any(|f| f.rule == ID && f.message.starts_with("Opening"));
        assert_eq!(shown_as_opening(&format!("{opening} then")), strength(weights) >= NOTABLE, "{word}");
        assert!(!shown_as_opening(&format!("well {opening} then")), "{word}");
    }

    #[test]
    fn function_words_are_not_underlined() {
        let report = check("the and on of to", None);
        assert!(report.findings.iter().all(|f| f.rule != ID));
    }

    #[test]
    fn one_span_gets_one_underline() {
        let report = check("Check out my channel", None);
        let spans: Vec<_> = report.findings.iter().filter(|f| f.rule == ID).map(|f| (f.start, f.end)).collect();
        let mut unique = spans.clone();
        unique.dedup();
        assert_eq!(spans, unique);
    }

    #[test]
    fn a_table_word_is_a_strength_when_it_moves_its_score_the_good_way() {
        let mut seen = [0; 2];
        for (word, weights) in Model::shipped().words.iter().filter(|(word, _)| !word.starts_with(OPENING)) {
            let report = check(&format!("well {word} then"), None);
            for found in report.findings.iter().filter(|f| f.rule == ID && f.start == 5) {
                let axis = found.principle.own_axis().expect("word tone speaks for listening, respect or promotion");
                let expected = if goodness(axis, weights[axis]) > 0.0 { Effect::Strength } else { Effect::Issue };
                assert_eq!(found.effect, expected, "{word}: {}", found.message);
                seen[usize::from(expected == Effect::Issue)] += 1;
            }
        }
        assert!(seen[0] > 0 && seen[1] > 0, "the table underlines words of both kinds: {seen:?}");
    }

    #[test]
    fn a_warm_word_inside_sarcasm_is_not_underlined_as_respectful() {
        let report = check("Oh great, another genius who can't find the save button.", None);
        let respectful = report.findings.iter().filter(|f| f.rule == ID && f.effect == Effect::Strength);
        assert!(respectful.filter(|f| f.principle == crate::engine::Principle::Respecting).count() == 0);
    }
}
