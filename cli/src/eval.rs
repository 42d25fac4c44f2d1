//! `tact eval DATA_DIR [--check]`: how well the scores agree with people, by the protocol of the data's README.
//!
//! Every number is given three ways: with the shipped weight table ("shipped"; in-sample wherever the table
//! was fitted on that file), held out inside its own corpus ("in-domain": 10-fold cross-validation on
//! politeness and receptiveness, whole videos held out on YouTube, the offensive validation file scored by a fit
//! on its train file), and with its corpus left out of the fit altogether ("corpus-out", the number that counts:
//! respect fitted on the other of politeness and offensive tweets; listening and promotion, each fitted on one
//! corpus, fall back to the rules' reviewed priors and no word table). The evaluation-only files (ParaDetox, Toxic
//! Spans, ConvAbuse, GoEmotions, Persuasion for Good, clickbait; see `corpora.rs`) are never fitted, so their
//! shipped number is their corpus-out number. Each fold re-runs the same fitting code as `tact fit`.
//!
//! Targets are the issues' (issue 3 for the first files, issue 15 for the new ones). `--check` exits 1 when a
//! guarded number falls below its guard: the target where it is met, else the level reached so far less a small
//! margin, so that a regression fails while the table keeps showing which target is missed and by how much.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use super::corpora::{Corpora, Labelled, MarkedSpans, Rewrites};
use super::fit::{featurize, fit_on, Data, Dataset, Features, Featurizer, Target};
use super::CliError;
use tact::engine::scoring::sigmoid;
use tact::engine::{Axis, Checker, Effect, Principle, Report};

const FOLDS: usize = 10;

/// Which of a line's numbers a floor holds.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    InDomain,
    CorpusOut,
}

impl Column {
    const fn name(self) -> &'static str {
        match self {
            Column::InDomain => "in-domain",
            Column::CorpusOut => "corpus-out",
        }
    }
}

/// The level `--check` holds one number of a line to, and the issue's target for it (if it names one).
#[derive(Clone, Copy)]
struct Floor {
    column: Column,
    target: Option<f64>,
    guard: f64,
}

/// A target that is met: the in-domain number is held to the target itself.
const fn met(target: f64) -> Floor {
    Floor { column: Column::InDomain, target: Some(target), guard: target }
}

/// A target not met yet: the number is held at the level reached (less a margin) against regressions.
const fn reached(column: Column, guard: f64, target: Option<f64>) -> Floor {
    Floor { column, target, guard }
}

/// One line of the agreement table.
struct Line {
    axis: Axis,
    data: &'static str,
    metric: &'static str,
    shipped: f64,
    in_domain: Option<f64>,
    /// How the in-domain number is held out.
    how: &'static str,
    corpus_out: f64,
    floors: Vec<Floor>,
}

impl Line {
    fn value(&self, column: Column) -> Option<f64> {
        match column {
            Column::InDomain => self.in_domain,
            Column::CorpusOut => Some(self.corpus_out),
        }
    }
}

/// offensive-tweets-val: issue 3 asks for ROC AUC >= 0.85. Models fitted on the train file, measured outside
/// the repository, reach on this file: a TF-IDF word and character n-gram logistic regression 0.807, the same
/// with the engine's features 0.826, and all-MiniLM-L6-v2 sentence embeddings (a 91 MB model, 27-99 ms a
/// tweet on this machine) with TF-IDF 0.840. None reaches the target, and none fits the extension's budgets;
/// the guard holds the level the engine reaches against regressions. It was 0.798; condescension, dismissal, blame,
/// sarcasm and pointed questions now keep their whole reviewed weight on respect (`keeps_prior`), since the tweets
/// label profanity and insults, not talking down ("whatever", "shut up", "you're wrong" are as common in the tweets
/// labelled not offensive as in the others). That costs 0.008 here (and 0.003 on politeness corpus-out), and it is
/// what lets the default check stop "Whatever. Nobody cares what you think." (golden gate expectations 249 -> 278).
const OFFENSIVE_AUC: Floor = reached(Column::InDomain, 0.785, Some(0.85));

/// receptiveness: issue 3 asked for Spearman >= 0.40, which the engine reached with a 320-word table fitted on this
/// file (its topics: police, abortion, "liberals"). Listening is now the reviewed weights of listening acts with no
/// word table (issue 15: receptiveness is one validation set, not the definition), and measures 0.234 here both
/// in-domain and corpus-out, against 0.418 / 0.290 for the fitted table, while the sets that code listening acts
/// rose (Persuasion for Good 0.612 -> 0.854, GoEmotions 0.575 -> 0.708). The guard holds the level reached.
const RECEPTIVENESS_SPEARMAN: Floor = reached(Column::InDomain, 0.224, Some(0.40));

/// `tact eval DATA_DIR [--check]`.
pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let mut dir = None;
    let mut check = false;
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            flag if flag.starts_with('-') => return Err(CliError::Usage(format!("unknown option `{flag}`"))),
            path if dir.is_none() => dir = Some(PathBuf::from(path)),
            extra => return Err(CliError::Usage(format!("unexpected argument `{extra}`"))),
        }
    }
    let dir = dir.ok_or_else(|| CliError::Usage("tact eval needs the data folder, e.g. ../shared/data".into()))?;
    let data = Data::load(&dir)?;
    let corpora = Corpora::load(&dir)?;
    for path in data.missing.iter().chain(&corpora.missing) {
        println!("skipped: {} is not there, so its numbers are left out", path.display());
    }
    let (featurizer, features) = featurize(&data);
    let mut lines = agreement(&data, &featurizer, &features);
    lines.extend(across_corpora(&corpora));
    print_table(&lines);
    let mut failed = 0;
    for line in &lines {
        for floor in &line.floors {
            let Some(value) = line.value(floor.column) else { continue };
            let target = floor.target.map_or(String::new(), |target| format!("; target {target:.2}"));
            if value < floor.guard {
                failed += 1;
                println!(
                    "FLOOR FAILED: {} {} {} ({}) = {value:.3} < guard {:.3}, short by {:.3}{target}",
                    line.axis.name(),
                    line.data,
                    line.metric,
                    floor.column.name(),
                    floor.guard,
                    floor.guard - value
                );
            } else if let Some(wanted) = floor.target.filter(|&wanted| value < wanted) {
                println!(
                    "target not reached: {} {} {} ({}) = {value:.3} < {wanted:.2}, short by {:.3} (held at >= {:.3})",
                    line.axis.name(),
                    line.data,
                    line.metric,
                    floor.column.name(),
                    wanted - value,
                    floor.guard
                );
            }
        }
    }
    let default_check = super::thresholds::measure(&data, &corpora);
    println!();
    for line in &default_check.lines {
        println!("{line}");
    }
    if !default_check.within_budget {
        failed += 1;
        println!(
            "FLOOR FAILED: the default check stops more than {:.0}% of a pool of careful writing",
            super::thresholds::STOP_BUDGET * 100.0
        );
    }
    let guarded: usize = lines.iter().map(|line| line.floors.len()).sum::<usize>() + 1;
    if failed > 0 {
        println!("{failed} of {guarded} guarded numbers fell below their floor");
        if check {
            return Ok(ExitCode::from(1));
        }
    } else if check {
        println!("all {guarded} guarded numbers hold their floors");
    }
    Ok(ExitCode::SUCCESS)
}

fn agreement(data: &Data, featurizer: &Featurizer, features: &HashMap<&'static str, Vec<Features>>) -> Vec<Line> {
    let mut lines = Vec::new();
    let without = |axis: Axis, left_out: &'static str| {
        fit_on(data, featurizer, features, axis.index(), &|name, _, _| name != left_out).scorer(featurizer)
    };
    let score = |scorer: &super::fit::Scorer, set: &Dataset| -> Vec<f64> {
        features[set.name].iter().map(|f| sigmoid(scorer.logit(f))).collect()
    };
    if let Some(set) = &data.politeness {
        let in_domain = cross_validated(data, featurizer, features, set, Axis::Respect, &|i, _| i % FOLDS, FOLDS);
        let corpus_out = score(&without(Axis::Respect, set.name), set);
        let scored = Scored::new(set, Axis::Respect, "10-fold", Some(in_domain), corpus_out);
        let labels = graded(set);
        let quartiles = Quartiles::of(&labels);
        lines.extend([
            // Left out of the fit, the politeness requests stand for the Q&A site's (issue 15: Spearman 0.35 and
            // quartile accuracy 72% on those). Its 10-fold number fell (Spearman 0.615 -> 0.529, quartile accuracy
            // 0.831 -> 0.774) when the word table lost its function words and the words that do not survive leaving
            // a corpus out ("^can", "^would", "^good"...: how Wikipedia's editors open a request); corpus-out rose
            // from 0.392 / 0.705 to 0.444 / 0.729.
            scored.line("Spearman", vec![met(0.45), reached(Column::CorpusOut, 0.43, Some(0.35))], |scores| {
                spearman(scores, &labels)
            }),
            scored.line(
                "quartile accuracy",
                vec![reached(Column::InDomain, 0.76, Some(0.83)), reached(Column::CorpusOut, 0.715, Some(0.72))],
                |scores| median_accuracy(&quartiles.pick(scores), &quartiles.top),
            ),
            scored.line("quartile ROC AUC", vec![], |scores| auc(&quartiles.pick(scores), &quartiles.top)),
        ]);
    }
    if let (Some(set), Some(train)) = (&data.offensive_val, &data.offensive_train) {
        let in_domain = score(&fit_on(data, featurizer, features, 1, &|_, _, _| true).scorer(featurizer), set);
        let corpus_out = score(&without(Axis::Respect, train.name), set);
        let scored = Scored::new(set, Axis::Respect, "fit on train", Some(in_domain), corpus_out);
        let offensive: Vec<bool> = set.rows.iter().map(|row| matches!(row.target, Target::Binary(false))).collect();
        lines.extend([
            scored.line(
                "ROC AUC (1 - respect)",
                vec![OFFENSIVE_AUC, reached(Column::CorpusOut, 0.760, Some(0.85))],
                |scores| auc(&rudeness(scores), &offensive),
            ),
            scored.line("macro-F1 at 0.5", vec![], |scores| macro_f1(&rudeness(scores), &offensive)),
        ]);
    }
    if let Some(set) = &data.receptiveness {
        let in_domain = cross_validated(data, featurizer, features, set, Axis::Listening, &|i, _| i % FOLDS, FOLDS);
        let corpus_out = score(&without(Axis::Listening, set.name), set);
        let scored = Scored::new(set, Axis::Listening, "10-fold", Some(in_domain), corpus_out);
        let labels = graded(set);
        let quartiles = Quartiles::of(&labels);
        lines.extend([
            scored.line(
                "Spearman",
                vec![RECEPTIVENESS_SPEARMAN, reached(Column::CorpusOut, 0.224, Some(0.40))],
                |scores| spearman(scores, &labels),
            ),
            scored.line("quartile ROC AUC", vec![], |scores| auc(&quartiles.pick(scores), &quartiles.top)),
        ]);
    }
    if let Some(set) = &data.youtube {
        let videos = set.rows.iter().map(|row| row.group).max().map_or(0, |last| last + 1);
        let in_domain = cross_validated(data, featurizer, features, set, Axis::Promotion, &|_, group| group, videos);
        let corpus_out = score(&without(Axis::Promotion, set.name), set);
        let scored = Scored::new(set, Axis::Promotion, "video held out", Some(in_domain), corpus_out);
        let spam: Vec<bool> = set.rows.iter().map(|row| matches!(row.target, Target::Binary(true))).collect();
        lines.extend([
            // Issue 15 asks 0.97 on other videos' spam: a fundraiser, shortener, profile or referral link counts as
            // promotion even beside support words, which took the video held out from 0.967 to 0.974 (corpus-out
            // 0.955 -> 0.969).
            scored.line("ROC AUC", vec![met(0.97), reached(Column::CorpusOut, 0.965, Some(0.97))], |scores| {
                auc(scores, &spam)
            }),
            scored.line("F1 (spam) at 0.5", vec![], |scores| f1(scores, &spam, 0.5)),
        ]);
    }
    lines
}

fn rudeness(scores: &[f64]) -> Vec<f64> {
    scores.iter().map(|s| 1.0 - s).collect()
}

/// The files the fit never reads, each measured with the shipped engine as the data's README says. Their
/// corpus-out number is the shipped one; there is no in-domain number. Their guards were set at the level measured
/// when they were added less 0.01 (issue 15's targets, printed beside them, are far higher).
fn across_corpora(corpora: &Corpora) -> Vec<Line> {
    let checker = Checker::default();
    let line = |axis: Axis, data: &'static str, metric: &'static str, value: f64, floor: Floor| Line {
        axis,
        data,
        metric,
        shipped: value,
        in_domain: None,
        how: "never fitted",
        corpus_out: value,
        floors: vec![floor],
    };
    let out = |guard: f64, target: Option<f64>| reached(Column::CorpusOut, guard, target);
    let mut lines = Vec::new();
    if let Some(pairs) = &corpora.paradetox {
        let (auc_value, rewrite_better) = paradetox(&checker, pairs);
        lines.push(line(Axis::Respect, "paradetox", "ROC AUC toxic vs rewrite", auc_value, out(0.950, Some(0.97))));
        lines.push(line(Axis::Respect, "paradetox", "rewrite more respectful", rewrite_better, out(0.951, Some(0.97))));
    }
    if let Some(rows) = &corpora.toxic_spans {
        let (recall, precision) = span_agreement(&checker, rows);
        // 0.403 before a capitalised name after a title and words inside a quotation stopped being findings.
        lines.push(line(Axis::Respect, "toxic-spans", "span recall", recall, out(0.385, None)));
        lines.push(line(Axis::Respect, "toxic-spans", "span precision", precision, out(0.378, None)));
    }
    for (split, rows) in &corpora.convabuse {
        let data = match *split {
            "train" => "convabuse-train",
            "valid" => "convabuse-valid",
            _ => "convabuse-test",
        };
        // 0.839 / 0.808 / 0.873 before the sexual-remarks and threats rules and the insults aimed by "this".
        let guard = match *split {
            "train" => 0.895,
            "valid" => 0.869,
            _ => 0.872,
        };
        let value = labelled_auc(&checker, rows, Axis::Respect);
        lines.push(line(Axis::Respect, data, "ROC AUC (1 - respect)", value, out(guard, Some(0.90))));
    }
    if let Some(rows) = &corpora.goemotions {
        let value = labelled_auc(&checker, rows, Axis::Listening);
        lines.push(line(Axis::Listening, "goemotions", "AUC caring|curiosity", value, out(0.698, Some(0.70))));
    }
    if let Some(rows) = &corpora.persuasion_listening {
        let value = labelled_auc(&checker, rows, Axis::Listening);
        lines.push(line(Axis::Listening, "persuasion-for-good", "AUC inquiry+ack", value, out(0.844, Some(0.85))));
    }
    if let Some(rows) = &corpora.persuasion_ask {
        let value = labelled_auc(&checker, rows, Axis::Promotion);
        // 0.833 before the asks "how do you feel about donating", "you can donate", "any donation will help".
        lines.push(line(Axis::Promotion, "persuasion-for-good", "AUC donation ask", value, out(0.850, Some(0.85))));
    }
    if let Some(rows) = &corpora.clickbait {
        let value = labelled_auc(&checker, rows, Axis::Promotion);
        // 0.431 before the curiosity-bait and listicle rules.
        lines.push(line(Axis::Promotion, "clickbait-headlines", "ROC AUC", value, out(0.649, None)));
    }
    lines
}

/// ParaDetox: the AUC of (1 - respect) for the toxic sentences against all their rewrites, and the share of
/// (toxic, rewrite) pairs in which the rewrite scores strictly more respectful.
fn paradetox(checker: &Checker, pairs: &[Rewrites]) -> (f64, f64) {
    let respect = |text: &str| checker.check(text, None).scores.respect;
    let (mut rudeness, mut toxic) = (Vec::new(), Vec::new());
    let (mut better, mut compared) = (0usize, 0usize);
    for pair in pairs {
        let before = respect(&pair.toxic);
        rudeness.push(1.0 - before);
        toxic.push(true);
        for rewrite in &pair.neutral {
            let after = respect(rewrite);
            rudeness.push(1.0 - after);
            toxic.push(false);
            compared += 1;
            better += usize::from(after > before);
        }
    }
    (auc(&rudeness, &toxic), better as f64 / compared.max(1) as f64)
}

/// Whether a finding says the text is disrespectful: an issue found under the principle of respecting.
fn lowers_respect(report: &Report, index: usize) -> bool {
    let finding = &report.findings[index];
    finding.effect == Effect::Issue && finding.principle == Principle::Respecting
}

/// Toxic Spans: the share of marked characters inside a respect finding (recall) and the share of the respect
/// findings' characters that were marked (precision), over all comments. Offsets are in `char`s.
fn span_agreement(checker: &Checker, rows: &[MarkedSpans]) -> (f64, f64) {
    let (mut marked_found, mut marked_total, mut found_total) = (0usize, 0usize, 0usize);
    for row in rows {
        let report = checker.check(&row.text, None);
        let chars = row.text.chars().count();
        // The char index at each UTF-16 offset of the text (the report's spans are in UTF-16 code units).
        let mut char_at_utf16 = Vec::with_capacity(row.text.len() + 1);
        for (index, c) in row.text.chars().enumerate() {
            char_at_utf16.extend(std::iter::repeat_n(index, c.len_utf16()));
        }
        char_at_utf16.push(chars);
        let mut found = vec![false; chars];
        for index in (0..report.findings.len()).filter(|&index| lowers_respect(&report, index)) {
            let finding = &report.findings[index];
            let to_char = |offset: u32| char_at_utf16.get(offset as usize).copied().unwrap_or(chars);
            for flag in &mut found[to_char(finding.start)..to_char(finding.end).max(to_char(finding.start))] {
                *flag = true;
            }
        }
        let marked: std::collections::HashSet<usize> = row.marked.iter().copied().filter(|&i| i < chars).collect();
        marked_total += marked.len();
        marked_found += marked.iter().filter(|&&i| found[i]).count();
        found_total += found.iter().filter(|&&flag| flag).count();
    }
    // A found character that was marked is a marked character that was found: the same count serves both.
    (marked_found as f64 / marked_total.max(1) as f64, marked_found as f64 / found_total.max(1) as f64)
}

/// The ROC AUC of one axis's shipped score for the positive rows (respect counts as 1 - respect: its positives
/// are the abusive rows).
fn labelled_auc(checker: &Checker, rows: &[Labelled], axis: Axis) -> f64 {
    let scores: Vec<f64> = rows
        .iter()
        .map(|row| {
            let score = checker.check(&row.text, None).scores[axis];
            if axis == Axis::Respect {
                1.0 - score
            } else {
                score
            }
        })
        .collect();
    let positive: Vec<bool> = rows.iter().map(|row| row.positive).collect();
    auc(&scores, &positive)
}

/// One data set's scores on one axis: shipped, held out in-domain (`how` says how) and with its corpus left out.
struct Scored {
    axis: Axis,
    data: &'static str,
    how: &'static str,
    shipped: Vec<f64>,
    in_domain: Option<Vec<f64>>,
    corpus_out: Vec<f64>,
}

impl Scored {
    fn new(set: &Dataset, axis: Axis, how: &'static str, in_domain: Option<Vec<f64>>, corpus_out: Vec<f64>) -> Self {
        Self { axis, data: set.name, how, shipped: shipped_scores(set, axis), in_domain, corpus_out }
    }

    /// The table's line for `metric`, measured on the shipped, in-domain and corpus-out scores alike.
    fn line(&self, metric: &'static str, floors: Vec<Floor>, measure: impl Fn(&[f64]) -> f64) -> Line {
        Line {
            axis: self.axis,
            data: self.data,
            metric,
            shipped: measure(&self.shipped),
            in_domain: self.in_domain.as_deref().map(&measure),
            how: self.how,
            corpus_out: measure(&self.corpus_out),
            floors,
        }
    }
}

fn print_table(lines: &[Line]) {
    println!(
        "{:<10} {:<22} {:<24} {:>7} {:>9} {:<14} {:>10} {:>7} {:>9} {:>9}",
        "axis",
        "data",
        "metric",
        "shipped",
        "in-domain",
        "(held out by)",
        "corpus-out",
        "target",
        "guard in",
        "guard out"
    );
    for line in lines {
        let in_domain = line.in_domain.map_or("-".to_string(), |value| format!("{value:.3}"));
        let target = line.floors.iter().find_map(|floor| floor.target.map(|target| (floor.column, target)));
        let target = target.map_or(String::new(), |(column, target)| {
            let verdict = if line.value(column).is_some_and(|value| value >= target) { "ok" } else { "BELOW" };
            format!(">={target:.2} {verdict}")
        });
        let guard = |column: Column| {
            line.floors
                .iter()
                .find(|floor| floor.column == column)
                .map_or(String::new(), |floor| format!(">={:.3}", floor.guard))
        };
        println!(
            "{:<10} {:<22} {:<24} {:>7.3} {:>9} {:<14} {:>10.3} {:>7} {:>9} {:>9}",
            line.axis.name(),
            line.data,
            line.metric,
            line.shipped,
            in_domain,
            line.how,
            line.corpus_out,
            target,
            guard(Column::InDomain),
            guard(Column::CorpusOut)
        );
    }
}

/// The engine's own score on each row, with the shipped weight table.
fn shipped_scores(set: &Dataset, axis: Axis) -> Vec<f64> {
    let checker = Checker::default();
    set.rows.iter().map(|row| checker.check(&row.text, None).scores[axis]).collect()
}

/// Scores each row of `set` with weights fitted on the other folds only.
fn cross_validated(
    data: &Data,
    featurizer: &Featurizer,
    features: &HashMap<&'static str, Vec<Features>>,
    set: &Dataset,
    axis: Axis,
    fold_of: &dyn Fn(usize, usize) -> usize,
    folds: usize,
) -> Vec<f64> {
    let mut scores = vec![0.0; set.rows.len()];
    for fold in 0..folds {
        let keep = |name: &str, i: usize, row: &super::fit::Row| name != set.name || fold_of(i, row.group) != fold;
        let weights = fit_on(data, featurizer, features, axis.index(), &keep).scorer(featurizer);
        for (i, row) in set.rows.iter().enumerate() {
            if fold_of(i, row.group) == fold {
                scores[i] = sigmoid(weights.logit(&features[set.name][i]));
            }
        }
    }
    scores
}

fn graded(set: &Dataset) -> Vec<f64> {
    set.rows
        .iter()
        .map(|row| match row.target {
            Target::Graded(score) => score,
            Target::Binary(yes) => f64::from(u8::from(yes)),
        })
        .collect()
}

/// The rows in the top and bottom quartile of the labels, and whether each is in the top one.
struct Quartiles {
    rows: Vec<usize>,
    top: Vec<bool>,
}

impl Quartiles {
    fn of(labels: &[f64]) -> Self {
        let mut sorted = labels.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        if n < 4 {
            return Self { rows: Vec::new(), top: Vec::new() };
        }
        let (low, high) = (sorted[n / 4], sorted[(3 * n) / 4]);
        let rows: Vec<usize> = (0..n).filter(|&i| labels[i] <= low || labels[i] >= high).collect();
        let top = rows.iter().map(|&i| labels[i] >= high).collect();
        Self { rows, top }
    }

    /// The scores of those rows.
    fn pick(&self, scores: &[f64]) -> Vec<f64> {
        self.rows.iter().map(|&i| scores[i]).collect()
    }
}

/// Ranks from 1, ties sharing their mean rank.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start;
        while end + 1 < order.len() && values[order[end + 1]] == values[order[start]] {
            end += 1;
        }
        let rank = (start + end) as f64 / 2.0 + 1.0;
        for &i in &order[start..=end] {
            ranks[i] = rank;
        }
        start = end + 1;
    }
    ranks
}

pub fn spearman(a: &[f64], b: &[f64]) -> f64 {
    pearson(&ranks(a), &ranks(b))
}

fn pearson(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len() as f64;
    if n < 2.0 {
        return 0.0;
    }
    let (mean_a, mean_b) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let covariance: f64 = a.iter().zip(b).map(|(x, y)| (x - mean_a) * (y - mean_b)).sum();
    let spread_a: f64 = a.iter().map(|x| (x - mean_a).powi(2)).sum::<f64>().sqrt();
    let spread_b: f64 = b.iter().map(|y| (y - mean_b).powi(2)).sum::<f64>().sqrt();
    if spread_a == 0.0 || spread_b == 0.0 {
        0.0
    } else {
        covariance / (spread_a * spread_b)
    }
}

/// The probability that a random positive scores above a random negative (ties count half).
pub fn auc(scores: &[f64], positive: &[bool]) -> f64 {
    let ranks = ranks(scores);
    let positives = positive.iter().filter(|&&p| p).count() as f64;
    let negatives = positive.len() as f64 - positives;
    if positives == 0.0 || negatives == 0.0 {
        return 0.5;
    }
    let rank_sum: f64 = ranks.iter().zip(positive).filter(|(_, &p)| p).map(|(r, _)| r).sum();
    (rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives)
}

/// Accuracy of calling the upper half of the scores positive (the median split).
fn median_accuracy(scores: &[f64], positive: &[bool]) -> f64 {
    if scores.is_empty() {
        return 0.0;
    }
    let mut sorted = scores.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let right = scores.iter().zip(positive).filter(|(s, &p)| (**s >= median) == p).count();
    right as f64 / scores.len() as f64
}

fn f1(scores: &[f64], positive: &[bool], threshold: f64) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (score, &p) in scores.iter().zip(positive) {
        match (*score >= threshold, p) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            (false, false) => {}
        }
    }
    if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fn_)
    }
}

fn macro_f1(scores: &[f64], positive: &[bool]) -> f64 {
    let negated: Vec<f64> = scores.iter().map(|s| 1.0 - s).collect();
    let negative: Vec<bool> = positive.iter().map(|p| !p).collect();
    (f1(scores, positive, 0.5) + f1(&negated, &negative, 0.5 + f64::EPSILON)) / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_perfect_ranking_has_auc_one_and_spearman_one() {
        assert_eq!(auc(&[0.1, 0.2, 0.8, 0.9], &[false, false, true, true]), 1.0);
        assert!((spearman(&[1.0, 2.0, 3.0], &[10.0, 20.0, 30.0]) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_marked_insult_inside_a_respect_finding_is_recalled_and_precise() {
        let text = "You are an idiot.";
        let start = text.find("idiot").unwrap_or(0);
        let marked = (start..start + "idiot".len()).collect();
        let (recall, precision) =
            span_agreement(&Checker::default(), &[MarkedSpans { text: text.to_string(), marked }]);
        assert_eq!(recall, 1.0);
        assert!(precision > 0.0 && precision <= 1.0, "precision {precision}");
        let unmarked = span_agreement(&Checker::default(), &[MarkedSpans { text: text.into(), marked: vec![] }]);
        assert_eq!(unmarked, (0.0, 0.0));
    }

    #[test]
    fn a_rewrite_without_the_insult_scores_more_respectful() {
        let pairs = [Rewrites {
            toxic: "You are a stupid idiot and your idea is garbage.".into(),
            neutral: vec!["I don't agree with your idea.".into()],
        }];
        assert_eq!(paradetox(&Checker::default(), &pairs), (1.0, 1.0));
    }

    #[test]
    fn ties_count_half() {
        assert_eq!(auc(&[0.5, 0.5], &[false, true]), 0.5);
    }

    #[test]
    fn the_median_split_calls_the_upper_half_positive() {
        assert_eq!(median_accuracy(&[0.1, 0.2, 0.7, 0.9], &[false, false, true, true]), 1.0);
    }
}
