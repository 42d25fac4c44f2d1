//! `tact eval DATA_DIR [--check]`: how well the scores agree with people, by the protocol of the data's README.
//!
//! Every number is given twice: with the shipped weight table ("shipped"; in-sample wherever the table
//! was fitted on that file) and held out ("held-out": 10-fold cross-validation on politeness and
//! receptiveness, whole videos held out on YouTube, and the offensive validation file, which fitting
//! never reads). Each fold re-runs the same fitting code as `tact fit` on the other folds only.
//! Each floor is issue 3's target. `--check` exits 1 if a held-out number falls below its guard: the target
//! itself, except where the target is not reached yet, where the guard is the level reached so far, so that a
//! regression still fails while the table keeps saying plainly which target is missed.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use super::fit::{featurize, fit_on, Data, Dataset, Features, Featurizer, Target};
use super::CliError;
use tact::engine::scoring::sigmoid;
use tact::engine::Axis;
use tact::engine::Checker;

const FOLDS: usize = 10;

/// One line of the agreement table.
struct Line {
    axis: &'static str,
    data: &'static str,
    metric: &'static str,
    shipped: f64,
    held_out: f64,
    how: &'static str,
    floor: Option<Floor>,
}

/// Issue 3's target for one number, and the level `--check` holds it to.
#[derive(Clone, Copy)]
struct Floor {
    target: f64,
    guard: f64,
}

impl Floor {
    /// A target that is met, so `--check` holds the number to the target itself.
    const fn target(target: f64) -> Self {
        Self { target, guard: target }
    }
}

/// offensive-tweets-val: issue 3 asks for ROC AUC >= 0.85. Models fitted on the train file, measured outside
/// the repository, reach on this file: a TF-IDF word and character n-gram logistic regression 0.807, the same
/// with the engine's features 0.826, and all-MiniLM-L6-v2 sentence embeddings (a 91 MB model, 27-99 ms a
/// tweet on this machine) with TF-IDF 0.840. None reaches the target, and none fits the extension's budgets;
/// the guard holds the level the engine reaches (0.798) against regressions.
const OFFENSIVE_AUC: Floor = Floor { target: 0.85, guard: 0.795 };

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
    for path in &data.missing {
        println!("skipped: {} is not there, so its numbers are left out", path.display());
    }
    let (featurizer, features) = featurize(&data);
    let lines = agreement(&data, &featurizer, &features);
    print_table(&lines);
    let mut regressed = false;
    for line in &lines {
        let Some(floor) = line.floor else { continue };
        if line.held_out < floor.guard {
            regressed = true;
            println!(
                "REGRESSION: {} {} {} = {:.3} < {:.3}",
                line.axis, line.data, line.metric, line.held_out, floor.guard
            );
        } else if line.held_out < floor.target {
            println!(
                "target not reached: {} {} {} = {:.3} < {:.2} (held at >= {:.3} against regressions)",
                line.axis, line.data, line.metric, line.held_out, floor.target, floor.guard
            );
        }
    }
    if check && regressed {
        return Ok(ExitCode::from(1));
    }
    if check {
        println!("no regression below the guarded floors");
    }
    Ok(ExitCode::SUCCESS)
}

fn agreement(data: &Data, featurizer: &Featurizer, features: &HashMap<&'static str, Vec<Features>>) -> Vec<Line> {
    let mut lines = Vec::new();
    if let Some(set) = &data.politeness {
        let held_out = cross_validated(data, featurizer, features, set, 1, &|i, _| i % FOLDS, FOLDS);
        let scored = Scored::new(set, 1, "10-fold", held_out);
        let labels = graded(set);
        let quartiles = Quartiles::of(&labels);
        lines.extend([
            scored.line("Spearman", Some(Floor::target(0.45)), |scores| spearman(scores, &labels)),
            scored.line("quartile accuracy", Some(Floor::target(0.83)), |scores| {
                median_accuracy(&quartiles.pick(scores), &quartiles.top)
            }),
            scored.line("quartile ROC AUC", None, |scores| auc(&quartiles.pick(scores), &quartiles.top)),
        ]);
    }
    if let (Some(set), Some(_)) = (&data.offensive_val, &data.offensive_train) {
        let weights = fit_on(data, featurizer, features, 1, &|_, _, _| true).scorer(featurizer);
        let held_out: Vec<f64> = features[set.name].iter().map(|f| sigmoid(weights.logit(f))).collect();
        let scored = Scored::new(set, 1, "fit on train", held_out);
        let offensive: Vec<bool> = set.rows.iter().map(|row| matches!(row.target, Target::Binary(false))).collect();
        let rudeness = |scores: &[f64]| scores.iter().map(|s| 1.0 - s).collect::<Vec<f64>>();
        lines.extend([
            scored.line("ROC AUC (1 - respect)", Some(OFFENSIVE_AUC), |scores| auc(&rudeness(scores), &offensive)),
            scored.line("macro-F1 at 0.5", None, |scores| macro_f1(&rudeness(scores), &offensive)),
        ]);
    }
    if let Some(set) = &data.receptiveness {
        let held_out = cross_validated(data, featurizer, features, set, 0, &|i, _| i % FOLDS, FOLDS);
        let scored = Scored::new(set, 0, "10-fold", held_out);
        let labels = graded(set);
        let quartiles = Quartiles::of(&labels);
        lines.extend([
            scored.line("Spearman", Some(Floor::target(0.40)), |scores| spearman(scores, &labels)),
            scored.line("quartile ROC AUC", None, |scores| auc(&quartiles.pick(scores), &quartiles.top)),
        ]);
    }
    if let Some(set) = &data.youtube {
        let videos = set.rows.iter().map(|row| row.group).max().map_or(0, |last| last + 1);
        let held_out = cross_validated(data, featurizer, features, set, 2, &|_, group| group, videos);
        let scored = Scored::new(set, 2, "video held out", held_out);
        let spam: Vec<bool> = set.rows.iter().map(|row| matches!(row.target, Target::Binary(true))).collect();
        lines.extend([
            scored.line("ROC AUC", Some(Floor::target(0.95)), |scores| auc(scores, &spam)),
            scored.line("F1 (spam) at 0.5", None, |scores| f1(scores, &spam, 0.5)),
        ]);
    }
    lines
}

/// One data set's scores on one axis: with the shipped weight table, and held out (`how` says how).
struct Scored {
    axis: usize,
    data: &'static str,
    how: &'static str,
    shipped: Vec<f64>,
    held_out: Vec<f64>,
}

impl Scored {
    fn new(set: &Dataset, axis: usize, how: &'static str, held_out: Vec<f64>) -> Self {
        Self { axis, data: set.name, how, shipped: shipped_scores(set, axis), held_out }
    }

    /// The table's line for `metric`, measured on the shipped and on the held-out scores alike.
    fn line(&self, metric: &'static str, floor: Option<Floor>, measure: impl Fn(&[f64]) -> f64) -> Line {
        Line {
            axis: Axis::ALL[self.axis].name(),
            data: self.data,
            metric,
            shipped: measure(&self.shipped),
            held_out: measure(&self.held_out),
            how: self.how,
            floor,
        }
    }
}

fn print_table(lines: &[Line]) {
    println!(
        "{:<10} {:<24} {:<22} {:>8} {:>9}  {:<15} {:>6}",
        "axis", "data", "metric", "shipped", "held-out", "held out by", "floor"
    );
    for line in lines {
        let floor = line.floor.map_or(String::new(), |floor| format!(">={:.2}", floor.target));
        let verdict = match line.floor {
            Some(floor) if line.held_out >= floor.target => "ok",
            Some(_) => "BELOW",
            None => "",
        };
        println!(
            "{:<10} {:<24} {:<22} {:>8.3} {:>9.3}  {:<15} {:>6} {}",
            line.axis, line.data, line.metric, line.shipped, line.held_out, line.how, floor, verdict
        );
    }
}

/// The engine's own score on each row, with the shipped weight table.
fn shipped_scores(set: &Dataset, axis: usize) -> Vec<f64> {
    let checker = Checker::default();
    set.rows
        .iter()
        .map(|row| {
            let scores = checker.check(&row.text, None).scores;
            [scores.listening, scores.respect, scores.promotion][axis]
        })
        .collect()
}

/// Scores each row of `set` with weights fitted on the other folds only.
fn cross_validated(
    data: &Data,
    featurizer: &Featurizer,
    features: &HashMap<&'static str, Vec<Features>>,
    set: &Dataset,
    axis: usize,
    fold_of: &dyn Fn(usize, usize) -> usize,
    folds: usize,
) -> Vec<f64> {
    let mut scores = vec![0.0; set.rows.len()];
    for fold in 0..folds {
        let keep = |name: &str, i: usize, row: &super::fit::Row| name != set.name || fold_of(i, row.group) != fold;
        let weights = fit_on(data, featurizer, features, axis, &keep).scorer(featurizer);
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
    fn ties_count_half() {
        assert_eq!(auc(&[0.5, 0.5], &[false, true]), 0.5);
    }

    #[test]
    fn the_median_split_calls_the_upper_half_positive() {
        assert_eq!(median_accuracy(&[0.1, 0.2, 0.7, 0.9], &[false, false, true, true]), 1.0);
    }
}
