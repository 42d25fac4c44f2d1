//! Turns findings into the three scores: a logistic over weighted features, every term reported.
//!
//! Each axis is `sigmoid(bias + sum of weight x feature)`. The features are, per rule,
//! `log2(1 + number of its findings)`, and, per entry of the fitted word table, its presence. The
//! weights come from `src/engine/weights.rs` (written by `tact fit`); a rule that is not in the table (a
//! team preset's own rule) gets a default weight from its principle.

use std::collections::HashMap;
use std::sync::OnceLock;

pub mod char_grams;
pub mod word_tone;

use super::document::Language;
use super::{
    weights, Analysis, Axis, Contribution, Document, Explanation, Finding, PerAxis, Principle, Report, TokenKind,
};

/// A weight (or bias) on each axis, in logit units.
pub type Weights = PerAxis<f64>;

/// Weights on (listening, respect, promotion) for a rule the fitted table does not know, by principle:
/// such rules are a preset's phrases to avoid, so they count against their principle's score.
pub fn default_weights(principle: Principle) -> Weights {
    match principle {
        Principle::Listening => Weights::new(-0.8, 0.0, 0.0),
        Principle::Suspending => Weights::new(-0.4, -0.4, 0.0),
        Principle::Respecting => Weights::new(0.0, -0.9, 0.0),
        Principle::Voicing => Weights::new(-0.3, -0.4, 0.3),
        Principle::Promotion => Weights::new(0.0, 0.0, 1.0),
    }
}

/// A section of the fitted table (`src/engine/weights.rs`) as the wasm carries it: the names in one text, a line
/// each, and the rows of thousandths in the same order. As `(&str, [i16; 3])` rows each name also cost a pointer and
/// a length (8 bytes, poorly compressed): 2.9 KB of the wasm for 345 rows, 1.5 KB gzipped.
pub struct WeightTable {
    pub(super) names: &'static str,
    pub(super) rows: &'static [[i16; 3]],
}

impl WeightTable {
    /// Each row's name (a rule id or a table word) with its weights in thousandths, in the table's order.
    pub fn rows(&self) -> impl Iterator<Item = (&'static str, [i16; 3])> {
        self.names.lines().zip(self.rows.iter().copied())
    }
}

/// A [`WeightTable`] from rows written `("name", [l, r, p]),` as `tact fit` writes them, one a line for review.
macro_rules! weight_table {
    ($(($name:literal, $row:expr)),* $(,)?) => {
        $crate::engine::scoring::WeightTable { names: concat!($($name, "\n"),*), rows: &[$($row),*] }
    };
}
pub(crate) use weight_table;

/// A row of the fitted table, stored in whole thousandths of a logit, as weights: `k / 1000` is the same `f64`
/// as the literal `0.k` the fit rounded to.
fn from_thousandths(row: [i16; 3]) -> Weights {
    row.map(|value| f64::from(value) / 1000.0).into()
}

/// The feature value of a rule that fired `count` times: 1 for one finding, 2 for three, 3 for seven.
pub fn rule_feature(count: usize) -> f64 {
    (1.0 + count as f64).log2()
}

/// A scoring model: biases, rule weights and a word table. The shipped one is [`Model::shipped`];
/// `tact fit` and `tact eval` build others from data.
pub struct Model {
    pub bias: Weights,
    pub rules: HashMap<String, Weights, FastHash>,
    pub words: Vec<(String, Weights)>,
    /// Respect's learned component ([`char_grams`]): a weight per bucket of letter sequences, in logit units; empty
    /// when there is none.
    pub grams: Vec<f32>,
    /// How far a word's learned term must go below zero before it counts ([`char_grams::counted`]).
    pub grams_threshold: f64,
    /// Each table word's entry, and each opening's (without its `^`), for a lookup per token.
    words_index: HashMap<String, usize, FastHash>,
    openings_index: HashMap<String, usize, FastHash>,
}

/// A small, fast hasher (FNV-1a) for the per-token table and per-rule weight lookups; the keys are the engine's own
/// table words and rule ids, so there is nothing to defend against.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

pub type FastHash = std::hash::BuildHasherDefault<Fnv>;

impl Model {
    /// The model compiled from the fitted table in `src/engine/weights.rs`.
    pub fn shipped() -> &'static Model {
        static SHIPPED: OnceLock<Model> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            Model::new(
                weights::BIAS.into(),
                weights::RULES.rows().map(|(id, w)| (id.to_string(), from_thousandths(w))).collect(),
                weights::WORDS.rows().map(|(word, w)| (word.to_string(), from_thousandths(w))).collect(),
                weights::RESPECT_GRAMS.iter().map(|&byte| f32::from(byte as i8) * weights::GRAM_SCALE).collect(),
                weights::GRAM_THRESHOLD,
            )
        })
    }

    /// A model from fitted numbers.
    pub fn new(
        bias: Weights,
        rules: HashMap<String, Weights, FastHash>,
        words: Vec<(String, Weights)>,
        grams: Vec<f32>,
        grams_threshold: f64,
    ) -> Self {
        let mut words_index = HashMap::default();
        let mut openings_index = HashMap::default();
        for (entry, (word, _)) in words.iter().enumerate() {
            match word.strip_prefix(OPENING) {
                Some(opening) => openings_index.insert(opening.to_string(), entry),
                None => words_index.insert(word.clone(), entry),
            };
        }
        Self { bias, rules, words, grams, grams_threshold, words_index, openings_index }
    }

    /// The weights of a rule's feature on the three axes.
    pub fn rule_weights(&self, rule: &str, principle: Principle) -> Weights {
        self.rules.get(rule).copied().unwrap_or_else(|| default_weights(principle))
    }

    /// The first occurrence of each table term in the document: (entry, byte start, byte end).
    pub fn word_hits(&self, document: &Document) -> Vec<(usize, usize, usize)> {
        let mut seen = vec![false; self.words.len()];
        let mut found = Vec::with_capacity(document.tokens.len() + document.sentences.len());
        for term in table_terms(document) {
            let index = if term.opening { &self.openings_index } else { &self.words_index };
            if let Some(&entry) = index.get(term.word) {
                if !seen[entry] {
                    seen[entry] = true;
                    found.push((entry, term.start, term.end));
                }
            }
        }
        found
    }
}

/// A term the word table can hold: a word, or a sentence's opening word (`^you`, `^please`), since
/// how a request opens changes how it reads.
pub struct TableTerm<'d> {
    pub opening: bool,
    /// The word, lower case.
    pub word: &'d str,
    pub start: usize,
    pub end: usize,
}

impl TableTerm<'_> {
    /// The term as the table writes it (`^` before an opening).
    pub fn key(&self) -> String {
        if self.opening {
            format!("{OPENING}{}", self.word)
        } else {
            self.word.to_string()
        }
    }
}

/// Every table term of a document: its words, then each sentence's opening word.
pub fn table_terms<'d>(document: &'d Document) -> impl Iterator<Item = TableTerm<'d>> {
    let words = document.words().map(|token| TableTerm {
        opening: false,
        word: &token.normalized,
        start: token.start_byte,
        end: token.end_byte,
    });
    let openings = document.sentences.iter().filter_map(|sentence| {
        let tokens = document.tokens_in(sentence.start_byte, sentence.end_byte);
        let first = tokens.iter().find(|token| token.kind != TokenKind::Punctuation)?;
        (first.kind == TokenKind::Word).then(|| TableTerm {
            opening: true,
            word: &first.normalized,
            start: first.start_byte,
            end: first.end_byte,
        })
    });
    words.chain(openings)
}

/// Marks a table term that counts only as a sentence's first word.
pub const OPENING: char = '^';

/// One term of a score before it is turned into a contribution (only the terms shown get their names written out).
struct Term<'a> {
    feature: Feature<'a>,
    logit: f64,
    /// The UTF-16 span of a table word.
    span: Option<[u32; 2]>,
}

/// What a term weighs: a rule's findings, or a word (of the table, or as respect's learned component reads it).
enum Feature<'a> {
    Rule(&'a str),
    Word(&'a str),
}

impl Feature<'_> {
    /// The contribution's feature name: the rule id, or `word:` and the table's phrase.
    fn name(&self) -> String {
        match self {
            Feature::Rule(rule) => rule.to_string(),
            Feature::Word(phrase) => ["word:", phrase].concat(),
        }
    }
}

/// Scores a checked document with the shipped model.
pub fn score(analysis: &Analysis, findings: Vec<Finding>) -> Report {
    score_with(Model::shipped(), analysis, findings)
}

/// Scores a checked document with any model; text the scores do not cover gets neutral scores.
pub fn score_with(model: &Model, analysis: &Analysis, findings: Vec<Finding>) -> Report {
    let document = analysis.document();
    let neutral = model.bias.map(sigmoid);
    if document.language == Language::Other {
        return Report {
            scores: neutral,
            findings: Vec::new(),
            explanation: Explanation::default(),
            language: Language::Other,
        };
    }
    let mut terms: PerAxis<Vec<Term>> = PerAxis::default();
    for axis in Axis::ALL {
        let axis_terms = &mut terms[axis];
        axis_terms.reserve(findings.len() + analysis.table_hits().len());
    }
    // Findings per rule; a rule's spans are its findings', so its contribution needs none of its own.
    let mut by_rule: Vec<(&str, Principle, usize)> = Vec::with_capacity(findings.len());
    for finding in &findings {
        match by_rule.iter_mut().find(|(rule, _, _)| *rule == finding.rule) {
            Some((_, _, count)) => *count += 1,
            None => by_rule.push((&finding.rule, finding.principle, 1)),
        }
    }
    for (rule, principle, count) in by_rule {
        let weights = model.rule_weights(rule, principle);
        let value = rule_feature(count);
        for (axis, &weight) in weights.iter() {
            if weight != 0.0 {
                terms[axis].push(Term { feature: Feature::Rule(rule), logit: weight * value, span: None });
            }
        }
    }
    let own_hits;
    let hits = if std::ptr::eq(model, Model::shipped()) {
        analysis.table_hits()
    } else {
        own_hits = model.word_hits(document);
        &own_hits
    };
    // A warm word inside sarcasm ("great" in "Oh great, another genius") raises neither respect nor listening.
    let sarcastic = super::rules::sarcastic_sentences(document, &findings);
    for &(entry, start, end) in hits {
        let (phrase, weights) = &model.words[entry];
        let in_sarcasm = || {
            let at = document.utf16(start);
            sarcastic.iter().any(|(from, to)| *from <= at && at < *to)
        };
        for (axis, &weight) in weights.iter() {
            if weight > 0.0 && axis != Axis::Promotion && in_sarcasm() {
                continue;
            }
            if weight != 0.0 {
                terms[axis].push(Term {
                    feature: Feature::Word(phrase),
                    logit: weight,
                    span: Some([document.utf16(start), document.utf16(end)]),
                });
            }
        }
    }
    // Respect's learned component, one term per content word: the UI adds it to the same word's table weight. Its
    // terms only ever lower respect (`char_grams::counted`), so sarcasm has nothing of it to drop.
    if !model.grams.is_empty() {
        for (start, end, logit) in char_grams::word_terms(analysis, &model.grams, model.grams_threshold) {
            terms[Axis::Respect].push(Term {
                feature: Feature::Word(document.slice(start, end)),
                logit,
                span: Some([document.utf16(start), document.utf16(end)]),
            });
        }
    }
    let totals = PerAxis::from_fn(|axis| model.bias[axis] + terms[axis].iter().map(|term| term.logit).sum::<f64>());
    let explanation: Explanation = PerAxis::from_fn(|axis| explain(totals[axis], &terms[axis]));
    Report { scores: totals.map(sigmoid), findings, explanation, language: Language::English }
}

pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Terms smaller than this (in logit units) are summed into one "other" contribution, so the
/// explanation stays short (it crosses into JavaScript on every keystroke) and still adds up.
const SMALL_TERM: f64 = 0.15;

/// Each term's effect in score units: how much lower or higher the score would be without it.
fn explain(total: f64, terms: &[Term]) -> Vec<Contribution> {
    let score = sigmoid(total);
    let contribution = |feature: String, logit: f64, spans: Vec<[u32; 2]>| Contribution {
        feature,
        delta: score - sigmoid(total - logit),
        logit,
        spans,
    };
    let is_small = |term: &&Term| term.logit.abs() < SMALL_TERM;
    let mut contributions: Vec<Contribution> = Vec::with_capacity(terms.len() + 1);
    contributions.extend(
        terms
            .iter()
            .filter(|term| !is_small(term))
            .map(|term| contribution(term.feature.name(), term.logit, term.span.into_iter().collect())),
    );
    if terms.iter().any(|term| is_small(&term)) {
        let logit = terms.iter().filter(is_small).map(|term| term.logit).sum();
        contributions.push(contribution(OTHER_WORDS.to_string(), logit, Vec::new()));
    }
    crate::order::sort_by(&mut contributions, |a, b| {
        b.delta.abs().total_cmp(&a.delta.abs()).then_with(|| a.feature.cmp(&b.feature))
    });
    contributions
}

/// The feature name of the summed small terms.
pub const OTHER_WORDS: &str = "other";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::check;

    #[test]
    fn each_weight_row_has_its_name() {
        for table in [&weights::RULES, &weights::WORDS] {
            assert_eq!(table.names.lines().count(), table.rows.len());
            assert!(table.names.lines().all(|name| !name.is_empty() && name.trim() == name));
        }
        // Each name is paired with its own row: the rows come out in the names' (sorted) order, and every built-in rule
        // has one.
        let rules: Vec<_> = weights::RULES.rows().collect();
        assert!(rules.windows(2).all(|pair| pair[0].0 < pair[1].0));
        for rule in crate::engine::rules::builtin() {
            assert!(rules.iter().any(|(name, _)| *name == rule.id()), "{} has no row", rule.id());
        }
    }

    #[test]
    fn each_score_is_a_probability() {
        let report = check("Thanks so much, could you tell me more about what happened?", None);
        for value in report.scores.values() {
            assert!((0.0..=1.0).contains(value));
        }
    }

    #[test]
    fn contributions_name_what_moved_the_score() {
        let report = check("You idiot, this is bullshit.", None);
        assert!(report.explanation.respect.iter().any(|c| c.feature == "builtin.profanity" && c.delta < 0.0));
    }

    #[test]
    fn an_unknown_rule_moves_its_principles_score() {
        assert!(default_weights(Principle::Promotion)[Axis::Promotion] > 0.0);
        assert!(default_weights(Principle::Respecting)[Axis::Respect] < 0.0);
    }

    #[test]
    fn other_languages_get_neutral_scores_and_no_findings() {
        let report = check("Esto es una basura, sois unos idiotas y no sabéis nada de nada.", None);
        assert_eq!(report.language, Language::Other);
        assert!(report.findings.is_empty());
        assert_eq!(report.scores.respect, sigmoid(weights::BIAS[Axis::Respect.index()]));
    }
}
