//! `tact fit --check`: how the committed weight table and its provenance differ from what the fit writes, row by
//! row, in words a reviewer can act on. The check itself is exact: any difference in the text fails it.

/// The rows of a generated weight table (`weights.rs`): each `[listening, respect, promotion]` row under its
/// section (`BIAS`, `RULES`, `WORDS`) and name, in the file's order.
fn table_rows(source: &str) -> Vec<(String, [f64; 3])> {
    let mut section = String::new();
    let mut rows = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        if let Some(declaration) = line.strip_prefix("pub const ") {
            section = declaration.split(':').next().unwrap_or_default().to_string();
        }
        let Some((head, numbers)) = line.rsplit_once('[') else { continue };
        let Some(numbers) = numbers.split(']').next() else { continue };
        let values: Option<Vec<f64>> = numbers.split(',').map(|value| value.trim().parse().ok()).collect();
        let Some(Ok(values)) = values.map(<[f64; 3]>::try_from) else { continue };
        // Rules and words are written in whole thousandths; the bias in logits.
        let values = if section == "BIAS" { values } else { values.map(|value| value / 1000.0) };
        let name = head.trim().trim_start_matches('(').trim_end_matches(',').trim();
        let name = if name.starts_with("pub const") { String::new() } else { format!(" {name}") };
        rows.push((format!("{section}{name}"), values));
    }
    rows
}

/// What differs between the committed weight table and the fitted one: each changed row with its old and new
/// weight and the change per axis, each row only one of them has, and, when the rows agree but the text does not,
/// the first line that differs. Empty when the two texts are the same.
pub fn table_differences(committed: &str, fitted: &str) -> Vec<String> {
    if committed == fitted {
        return Vec::new();
    }
    let (old, new) = (table_rows(committed), table_rows(fitted));
    let mut differences = Vec::new();
    for (name, old_values) in &old {
        match new.iter().find(|(fitted_name, _)| fitted_name == name) {
            None => differences.push(format!("{name}: in the committed table, not in the fit")),
            Some((_, new_values)) if new_values != old_values => {
                let changes: Vec<String> = tact::engine::Axis::ALL
                    .iter()
                    .zip(old_values.iter().zip(new_values))
                    .filter(|(_, (old, new))| old != new)
                    .map(|(axis, (old, new))| format!("{} {old:?} -> {new:?} ({:+.4})", axis.name(), new - old))
                    .collect();
                differences.push(format!("{name}: {}", changes.join(", ")));
            }
            Some(_) => {}
        }
    }
    for (name, values) in &new {
        if !old.iter().any(|(committed_name, _)| committed_name == name) {
            let shown: Vec<String> = values.iter().map(|value| format!("{value:?}")).collect();
            differences.push(format!("{name}: new in the fit, [{}]", shown.join(", ")));
        }
    }
    if differences.is_empty() {
        differences.push(first_different_line(committed, fitted));
    }
    differences
}

/// What differs between two provenance files (tab-separated, a line per row and axis): each line that changed,
/// keyed by its row and axis, with both versions.
pub fn provenance_differences(committed: &str, fitted: &str) -> Vec<String> {
    if committed == fitted {
        return Vec::new();
    }
    // A line is one row (a bias, a rule or a word: the word "bias" is not the bias) on one axis.
    let key = |line: &str| {
        let columns: Vec<&str> = line.split('\t').collect();
        let column = |index: usize| columns.get(index).copied().unwrap_or_default();
        format!("{} {} ({})", column(1), column(0), column(2))
    };
    let (old, new): (Vec<&str>, Vec<&str>) = (committed.lines().collect(), fitted.lines().collect());
    let mut differences = Vec::new();
    for line in &old {
        match new.iter().find(|fitted_line| key(fitted_line) == key(line)) {
            None => differences.push(format!("{}: in the committed provenance, not in the fit", key(line))),
            Some(fitted_line) if fitted_line != line => {
                differences.push(format!("{}: committed `{line}`, fitted `{fitted_line}`", key(line)));
            }
            Some(_) => {}
        }
    }
    for line in new.iter().filter(|line| !old.iter().any(|committed_line| key(committed_line) == key(line))) {
        differences.push(format!("{}: new in the fit, `{line}`", key(line)));
    }
    if differences.is_empty() {
        differences.push(first_different_line(committed, fitted));
    }
    differences
}

/// The first line where two texts differ, or that one ends before the other.
fn first_different_line(committed: &str, fitted: &str) -> String {
    let (mut old, mut new) = (committed.split('\n'), fitted.split('\n'));
    let mut number = 0;
    loop {
        number += 1;
        match (old.next(), new.next()) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => {
                let shown = |line: Option<&str>| line.map_or("(the end)".to_string(), |line| format!("`{line}`"));
                return format!("line {number}: committed {}, fitted {}", shown(a), shown(b));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{provenance_differences, table_differences};

    const TABLE: &str = "\
//! The fitted weight table.

pub const BIAS: [f64; 3] = [-0.85, 1.65, -1.77];

pub const RULES: WeightTable = weight_table![
    (\"builtin.absolutes\", [-150, -100, 0]),
    (\"builtin.blame\", [-406, -700, 0]),
];

pub const WORDS: WeightTable = weight_table![
    (\"^you\", [0, -200, 0]),
    (\"sir\", [100, 300, 0]),
];
";

    #[test]
    fn the_same_text_has_no_difference() {
        assert!(table_differences(TABLE, TABLE).is_empty());
        assert!(provenance_differences("row\tkind\n", "row\tkind\n").is_empty());
    }

    #[test]
    fn a_changed_row_says_which_axis_moved_and_by_how_much() {
        let fitted = TABLE.replace("[-406, -700, 0]", "[-410, -700, 0]").replace("1.65, -1.77", "1.66, -1.77");
        assert_eq!(
            table_differences(TABLE, &fitted),
            ["BIAS: respect 1.65 -> 1.66 (+0.0100)", "RULES \"builtin.blame\": listening -0.406 -> -0.41 (-0.0040)"]
        );
    }

    #[test]
    fn a_row_only_one_side_has_is_named() {
        let fitted = TABLE.replace("    (\"sir\", [100, 300, 0]),\n", "    (\"thanks\", [0, 500, 0]),\n");
        assert_eq!(
            table_differences(TABLE, &fitted),
            [
                "WORDS \"sir\": in the committed table, not in the fit",
                "WORDS \"thanks\": new in the fit, [0.0, 0.5, 0.0]"
            ]
        );
    }

    #[test]
    fn a_difference_outside_the_rows_shows_the_first_line_that_differs() {
        let fitted = TABLE.replace("The fitted weight table.", "The weight table.");
        assert_eq!(
            table_differences(TABLE, &fitted),
            ["line 1: committed `//! The fitted weight table.`, fitted `//! The weight table.`"]
        );
        assert_eq!(table_differences(TABLE, &format!("{TABLE}\n")), ["line 15: committed (the end), fitted ``"]);
    }

    const PROVENANCE: &str =
        "row\tkind\taxis\tprior\tweight\nbias\tbias\trespect\t\t1.65\nsir\tword\trespect\t0.0\t0.3\n";

    #[test]
    fn a_changed_provenance_line_is_shown_both_ways_by_row_and_axis() {
        let fitted = PROVENANCE.replace("0.0\t0.3", "0.0\t0.31");
        assert_eq!(
            provenance_differences(PROVENANCE, &fitted),
            ["word sir (respect): committed `sir\tword\trespect\t0.0\t0.3`, fitted `sir\tword\trespect\t0.0\t0.31`"]
        );
    }

    #[test]
    fn a_provenance_line_only_one_side_has_is_named_and_the_word_bias_is_not_the_bias() {
        let fitted =
            PROVENANCE.replace("bias\tbias\trespect", "bias\tbias\tlistening").replace("sir\tword", "bias\tword");
        assert_eq!(
            provenance_differences(PROVENANCE, &fitted),
            [
                "bias bias (respect): in the committed provenance, not in the fit",
                "word sir (respect): in the committed provenance, not in the fit",
                "bias bias (listening): new in the fit, `bias\tbias\tlistening\t\t1.65`",
                "word bias (respect): new in the fit, `bias\tword\trespect\t0.0\t0.3`"
            ]
        );
    }
}
