//! The provenance of the weight table (`src/engine/weights.provenance.tsv`, written beside it by `tact fit`): for
//! each weight of each row, the axis, the data sets it was fitted on and in how many of their texts the rule fired
//! or the word appeared, the prior it was shrunk toward and the weight it got, so a reviewer can judge every row.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tact::engine::Axis;

use super::{training_sets, AxisWeights, Data, Features, Featurizer};

/// The provenance file that goes beside a weight table: `weights.rs` -> `weights.provenance.tsv`.
pub fn path_beside(table: &Path) -> PathBuf {
    let stem = table.file_stem().map_or_else(|| "weights".into(), |stem| stem.to_string_lossy());
    table.with_file_name(format!("{stem}.provenance.tsv"))
}

/// How often each rule fired and each word appeared in the texts one data set gives an axis.
#[derive(Default)]
struct Counts {
    /// Texts fitted on (in English: the others get the bias alone).
    texts: usize,
    rules: BTreeMap<usize, usize>,
    words: BTreeMap<u32, usize>,
}

impl Counts {
    fn of(features: &[Features]) -> Self {
        let mut counts = Counts::default();
        for text in features.iter().filter(|text| text.covered) {
            counts.texts += 1;
            for (rule, _) in &text.rules {
                *counts.rules.entry(*rule).or_default() += 1;
            }
            for word in &text.words {
                *counts.words.entry(*word).or_default() += 1;
            }
        }
        counts
    }
}

/// The provenance as tab-separated text, one line per weight of the table (rules and words only on the axes they
/// weigh on), in the table's order: the biases, the rules by id, the words, each by axis; then the weight of
/// respect's learned component.
pub fn source(
    data: &Data,
    featurizer: &Featurizer,
    features: &std::collections::HashMap<&'static str, Vec<Features>>,
    axes: &[AxisWeights],
) -> String {
    // One column per data set any axis is fitted on, in the order of the axes.
    let mut sets: Vec<&'static str> = Vec::new();
    for axis in Axis::ALL {
        for (set, _) in training_sets(data, axis.index()) {
            if !sets.contains(&set.name) {
                sets.push(set.name);
            }
        }
    }
    let counts: Vec<Vec<(&'static str, Counts)>> = Axis::ALL
        .iter()
        .map(|axis| {
            training_sets(data, axis.index())
                .into_iter()
                .map(|(set, _)| (set.name, features.get(set.name).map_or_else(Counts::default, |f| Counts::of(f))))
                .collect()
        })
        .collect();
    // The documents columns of one line: a count under each of the axis's data sets, nothing under the others.
    let documents = |axis: Axis, count: &dyn Fn(&Counts) -> usize| -> String {
        sets.iter()
            .map(|name| {
                counts[axis.index()]
                    .iter()
                    .find(|(set, _)| set == name)
                    .map_or(String::new(), |(_, counts)| count(counts).to_string())
            })
            .collect::<Vec<_>>()
            .join("\t")
    };
    let mut lines: Vec<(u8, String, Axis, String)> = Vec::new();
    for (axis, weights) in Axis::ALL.into_iter().zip(axes) {
        let bias = format!("\t{:?}\t\t{}", weights.bias, documents(axis, &|counts| counts.texts));
        lines.push((0, "bias".into(), axis, bias));
        for (rule, weight) in &weights.rules {
            let prior = featurizer.priors[*rule][axis];
            let held = if weights.held.contains(rule) { "yes" } else { "" };
            let count = documents(axis, &|counts| counts.rules.get(rule).copied().unwrap_or(0));
            lines.push((1, featurizer.rule_ids[*rule].into(), axis, format!("{prior:?}\t{weight:?}\t{held}\t{count}")));
        }
        for (word, weight) in &weights.words {
            let count = documents(axis, &|counts| counts.words.get(word).copied().unwrap_or(0));
            let phrase = featurizer.vocabulary[*word as usize].clone();
            lines.push((2, phrase, axis, format!("{:?}\t{weight:?}\t\t{count}", 0.0)));
        }
        if weights.grams_texts > 0 {
            // The learned component's texts are the tweets it was fitted on (cross-fitted for its weight).
            let count =
                sets.iter()
                    .map(|name| {
                        if *name == "offensive-tweets-train" {
                            weights.grams_texts.to_string()
                        } else {
                            String::new()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\t");
            let weight = weights.grams_weight;
            lines.push((3, "char-grams".into(), axis, format!("{:?}\t{weight:?}\t\t{count}", 0.0)));
        }
    }
    lines.sort_by(|a, b| (a.0, &a.1, a.2).cmp(&(b.0, &b.1, b.2)));
    let mut text = format!("row\tkind\taxis\tprior\tweight\theld at floor\t{}\n", sets.join("\t"));
    for (kind, row, axis, rest) in &lines {
        let kind = ["bias", "rule", "word", "learned component"][usize::from(*kind)];
        let _ = writeln!(text, "{row}\t{kind}\t{}\t{rest}", axis.name());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::path_beside;
    use std::path::Path;

    #[test]
    fn the_provenance_goes_beside_its_table_with_the_table_s_name() {
        assert_eq!(path_beside(Path::new("src/engine/weights.rs")), Path::new("src/engine/weights.provenance.tsv"));
        assert_eq!(path_beside(Path::new("/tmp/table.rs")), Path::new("/tmp/table.provenance.tsv"));
    }
}
