//! The engine: draft text -> tokens with UTF-16 spans -> rules -> findings -> explained scores.
//!
//! # Pipeline
//! 1. [`Document`]: one linear scan splits the draft into tokens (words with their contractions,
//!    numbers, @mentions, #hashtags, URLs, emoji sequences, punctuation) and sentences, notes ALL CAPS,
//!    folds each word as the phrase matcher does, and tells whether the text is English. The [`Analysis`]
//!    folds the draft once ([`matcher`]: case, look-alike and fullwidth letters, accents, invisible chars,
//!    quotes, spaces) and finds every lexicon rule's phrases in one pass of one Aho-Corasick automaton
//!    ([`lexicon`]); a preset's phrase rules use the same matcher on the same folded text.
//! 2. [`rules`]: about fifty rules, one per file, each serving one of Isaacs' principles of dialogue
//!    (listening, suspending judgment, respecting, voicing) or flagging promotion. Each finding has a
//!    UTF-16 span, a message in plain words and, where one exists, a rewrite.
//! 3. [`scoring`]: three scores in [0, 1], each `sigmoid(bias + sum of weight x feature)`, and for each
//!    score the list of what moved it and by how much ([`Contribution`]).
//!
//! Text in another language gets `language: "other"`, no findings and the neutral scores (the bias
//! alone): the rules and weights are English, so anything else would be a guess.
//!
//! # How the weights are fitted (`tact fit ../shared/data --out src/engine/weights.rs`)
//! - Features: per rule, `log2(1 + number of findings)`; per entry of a small word table, presence.
//! - Data: listening on the receptiveness ratings; respect on the Wikipedia politeness ratings and the
//!   offensive-tweets training file (tweets weighted double); promotion on the three YouTube spam files.
//!   Graded labels (z-scores) are fitted by least squares on `1.5 x z` in logit units, binary labels by
//!   logistic loss; each data set has its own intercept while fitting, and the first one's is shipped.
//! - Rule weights start from reviewed priors (each rule's `prior` in its [`declare_rule!`](rules) declaration,
//!   [`Rule::prior`]: the direction and rough size a community manager would give it on each score) and are
//!   shrunk toward them; a fitted weight keeps at least half its prior, so data can strengthen or weaken a
//!   rule but never switch it off or turn it around. Rules the data never shows (reply context, "DM us")
//!   keep their prior.
//! - Word table: candidates are words used in at least two of the sources (different sites), so a
//!   site's topics and names stay out, minus a reviewed exclusion list; a one-word-at-a-time screen picks
//!   320, a penalised fit ranks them, and the most useful (320, 250 and 60 per score) are refitted with
//!   the rules. Words weighing less than 0.02 are dropped.
//! - The solver is Newton's method on the penalised loss (deterministic: fixed order, no randomness; unit
//!   tests on small known problems in `cli/src/fit/solver.rs`).
//! - Beside the table, `src/engine/weights.provenance.tsv` (also generated) says for each weight its axis,
//!   its prior, whether the floor held it, and in how many texts of each data set the rule fired or the word
//!   appeared. `tact fit ../shared/data --check` (in `make eval`) fails when either file is not exactly what
//!   a refit writes.
//! - Rules that are not in the table (a team preset's own rules) move their principle's score by
//!   [`scoring::default_weights`].
//!
//! # How well it agrees with people (`tact eval ../shared/data`)
//! `tact eval` prints the protocol of `../shared/data/README.md` for the shipped table and held out:
//! every fold re-runs the fitting code on the other folds only (10-fold for politeness and
//! receptiveness, one whole video held out at a time for YouTube; the offensive validation file is
//! never fitted on). `--check` exits 1 when a held-out number is below its floor.

pub mod analysis;
pub mod axis;
pub mod document;
pub mod lexicon;
// The lexicon data format: build.rs reads the files with it; the crate's tests only generate its schema from it.
#[cfg(test)]
#[allow(dead_code)]
mod lexicon_file;
pub mod matcher;
mod report;
pub mod rules;
pub mod scoring;
pub(crate) mod swar;
pub mod uppercase;
mod weights;

pub use analysis::Analysis;
pub use axis::{Axis, PerAxis};
pub use document::{Document, Language, Sentence, Token, TokenKind};
pub use report::{Contribution, Effect, Explanation, Finding, Principle, Report, Scores};
pub use rules::Rule;

/// Checks one draft with the built-in rules, optionally with the text of the post it replies to.
pub fn check(text: &str, context: Option<&str>) -> Report {
    Checker::default().check(text, context)
}

/// Room for the findings of a typical draft, so the list is not grown several times per check.
const FINDINGS_CAPACITY: usize = 32;

/// The built-in rules plus any rules a preset adds, less the rules turned off.
#[derive(Default)]
pub struct Checker {
    extra_rules: Vec<Box<dyn Rule>>,
    disabled: std::collections::HashSet<String>,
}

impl Checker {
    /// Adds a rule (e.g. one compiled from a team preset) that runs after the built-ins.
    pub fn add_rule(&mut self, rule: Box<dyn Rule>) {
        self.extra_rules.push(rule);
    }

    /// Turns a rule off by id; its findings are dropped and do not move any score.
    pub fn disable(&mut self, rule_id: &str) {
        self.disabled.insert(rule_id.to_string());
    }

    /// Checks a draft: its findings (the rules', then the underlines of the words the scores weigh most, see
    /// [`scoring::word_tone`]), and the scores of the shipped model.
    pub fn check(&self, text: &str, context: Option<&str>) -> Report {
        let document = Document::new(text, context);
        let analysis = Analysis::new(&document);
        let mut report = scoring::score(&analysis, self.findings_in(&analysis));
        if report.language == Language::English && !self.is_disabled(scoring::word_tone::ID) {
            scoring::word_tone::underline(&analysis, &mut report.findings);
        }
        report
    }

    /// Whether a rule (or the word-tone underlines) is turned off.
    fn is_disabled(&self, id: &str) -> bool {
        !self.disabled.is_empty() && self.disabled.contains(id)
    }

    /// The findings of every enabled rule on a document, by position (no scores, so no word-tone underlines).
    pub fn findings(&self, document: &Document) -> Vec<Finding> {
        self.findings_in(&Analysis::new(document))
    }

    /// The findings of every enabled rule on an analysed document, by position.
    pub fn findings_in(&self, document: &Analysis) -> Vec<Finding> {
        let mut findings = Vec::with_capacity(FINDINGS_CAPACITY);
        if document.language == Language::Other {
            return findings;
        }
        let builtin = rules::builtin().iter().copied();
        for rule in builtin.chain(self.extra_rules.iter().map(|rule| rule.as_ref())) {
            if !self.is_disabled(rule.id()) {
                rule.check(document, &mut findings);
            }
        }
        crate::order::sort_by_key(&mut findings, |finding| (finding.start, finding.end));
        rules::drop_praise_inside_sarcasm(document, &mut findings);
        rules::drop_offers_asked_for(document, &mut findings);
        rules::one_rewrite_per_span(document, &mut findings);
        findings
    }
}
