//! "Did you mean ...?": the closest known name to a misspelt one, by edit distance.

use super::error::Text;
use crate::say;

/// The known name closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    let limit = (word.chars().count() / 3).max(1);
    known
        .into_iter()
        .map(|candidate| (edit_distance(&word_lower, &candidate.to_lowercase()), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// `Did you mean `x`?` for the closest known name, or `None`.
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<Text> {
    closest(word, known).map(|candidate| say!(crate::messages::PRESET_ERROR_DID_YOU_MEAN, candidate))
}

/// Lists names as `` `a`, `b`, `c` `` for a message.
pub fn list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
}

/// Edit distance over chars, where swapping two neighbours (`hodl` for `hold`) counts as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    rows[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_letter_is_a_typo() {
        assert_eq!(closest("phrase", ["id", "phrases", "principle"]), Some("phrases"));
        assert_eq!(closest("warnabove", ["warnAbove", "warnBelow"]), Some("warnAbove"));
    }

    #[test]
    fn an_unrelated_word_gets_no_suggestion() {
        assert_eq!(closest("colour", ["id", "phrases"]), None);
        assert_eq!(did_you_mean("zzz", ["off", "warn"]), None);
    }

    #[test]
    fn distance_counts_insertions_deletions_and_swaps() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(edit_distance("hodl", "hold"), 1);
    }
}
