//! Word tone: underlines the words of the fitted table that weigh most on a score.

use std::sync::OnceLock;

use super::{finding, Check, WORD_TONE_RULE};
use crate::engine::document::is_function_word;
use crate::engine::scoring::{Model, OPENING};
use crate::engine::{Analysis, Axis, Effect, Finding, Principle};
use crate::messages;

declare_rule! {
    /// Underlines single words that people reliably read as more or less respectful, listening or promotional.
    ///
    /// ## What it does
    /// Underlines each word of the reviewed, fitted word table (see the crate docs) whose weight on some
    /// score is large, and says which way it moves that score. A word that moves it the good way
    /// (listening or respect up, promotion down) is a strength; one that moves it the bad way, an issue.
    ///
    /// ## Why does it matter?
    /// Part of each score comes from single words that people reliably read one way ("idiot", "sir",
    /// "channel"); the writer should see them as clearly as the rules' findings.
    pub struct WordTone {
        id: WORD_TONE_RULE,
        principle: Respecting,
        effect: PerFinding,
        prior: WordTable,
    }
}

/// Words weighing less than this (in logit units) move the score without an underline.
const NOTABLE: f64 = 0.5;

impl Check for WordTone {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let model = Model::shipped();
        let mut underlined: Vec<(usize, usize, f64)> = Vec::new();
        for &(entry, start, end) in document.table_hits() {
            let (phrase, weights) = &model.words[entry];
            // Function words ("the", "on") weigh on a score only together with others; underlining one
            // alone would explain nothing. An opening ("^you") is a way of starting, so it is shown.
            if function_word_entries()[entry] {
                continue;
            }
            let strongest = weights.values().fold(0.0_f64, |most, w| most.max(w.abs()));
            if let Some(shown) = underlined.iter_mut().find(|(s, e, _)| (*s, *e) == (start, end)) {
                if shown.2 >= strongest {
                    continue;
                }
                findings.retain(|f| {
                    !(f.rule == WORD_TONE_RULE && (f.start, f.end) == (document.utf16(start), document.utf16(end)))
                });
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
            let up = weights[axis] > 0.0;
            let (principle, effect, reading) = match (axis, up) {
                (Axis::Listening, true) => (
                    Principle::Listening,
                    Effect::Strength,
                    (messages::RULE_WORD_TONE_ENGAGING, messages::RULE_WORD_TONE_ENGAGING_OPENING),
                ),
                (Axis::Listening, false) => (
                    Principle::Listening,
                    Effect::Issue,
                    (messages::RULE_WORD_TONE_NOT_TAKING_IN, messages::RULE_WORD_TONE_NOT_TAKING_IN_OPENING),
                ),
                (Axis::Respect, true) => (
                    Principle::Respecting,
                    Effect::Strength,
                    (messages::RULE_WORD_TONE_RESPECTFUL, messages::RULE_WORD_TONE_RESPECTFUL_OPENING),
                ),
                (Axis::Respect, false) => (
                    Principle::Respecting,
                    Effect::Issue,
                    (messages::RULE_WORD_TONE_DISRESPECTFUL, messages::RULE_WORD_TONE_DISRESPECTFUL_OPENING),
                ),
                (Axis::Promotion, true) => (
                    Principle::Promotion,
                    Effect::Issue,
                    (messages::RULE_WORD_TONE_PROMOTIONAL, messages::RULE_WORD_TONE_PROMOTIONAL_OPENING),
                ),
                (Axis::Promotion, false) => (
                    Principle::Promotion,
                    Effect::Strength,
                    (messages::RULE_WORD_TONE_CONVERSATIONAL, messages::RULE_WORD_TONE_CONVERSATIONAL_OPENING),
                ),
            };
            let written = document.slice(start, end);
            let (plain, opening) = reading;
            let message = if phrase.starts_with(OPENING) { opening } else { plain }.english_with(&[written]);
            let mut found = finding(self, document, (start, end), message, None);
            found.principle = principle;
            found.effect = effect;
            findings.push(found);
        }
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
    use super::NOTABLE;
    use crate::engine::check;
    use crate::engine::document::is_function_word;
    use crate::engine::rules::WORD_TONE_RULE;
    use crate::engine::scoring::{Model, Weights, OPENING};

    #[test]
    fn notable_table_words_are_underlined() {
        let words = &Model::shipped().words;
        let notable = words.iter().find(|(word, w)| {
            !word.starts_with(OPENING) && !is_function_word(word) && w.values().any(|x| x.abs() >= 0.5)
        });
        let (word, _) = notable.expect("the shipped table has words that weigh at least 0.5");
        let report = check(&format!("well {word} then"), None);
        assert!(report.findings.iter().any(|f| f.rule == WORD_TONE_RULE), "{word}");
    }

    #[test]
    fn the_strongest_opening_is_underlined_at_the_start_only_if_notable() {
        let strength = |weights: &Weights| weights.values().fold(0.0_f64, |most, w| most.max(w.abs()));
        let openings = Model::shipped().words.iter().filter(|(word, _)| word.starts_with(OPENING));
        let (word, weights) =
            openings.max_by(|a, b| strength(&a.1).total_cmp(&strength(&b.1))).expect("the table has openings");
        let opening = word.trim_start_matches(OPENING);
        let shown_as_opening = |text: &str| {
            check(text, None).findings.iter().any(|f| f.rule == WORD_TONE_RULE && f.message.starts_with("Opening"))
        };
        assert_eq!(shown_as_opening(&format!("{opening} then")), strength(weights) >= NOTABLE, "{word}");
        assert!(!shown_as_opening(&format!("well {opening} then")), "{word}");
    }

    #[test]
    fn function_words_are_not_underlined() {
        let report = check("the and on of to", None);
        assert!(report.findings.iter().all(|f| f.rule != WORD_TONE_RULE));
    }

    #[test]
    fn one_span_gets_one_underline() {
        let report = check("Check out my channel", None);
        let spans: Vec<_> =
            report.findings.iter().filter(|f| f.rule == WORD_TONE_RULE).map(|f| (f.start, f.end)).collect();
        let mut unique = spans.clone();
        unique.dedup();
        assert_eq!(spans, unique);
    }
}
