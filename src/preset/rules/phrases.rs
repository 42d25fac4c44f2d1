//! A preset's phrases, found by the engine's one matcher ([`crate::engine::matcher`]: the same folding, whole words
//! and stretched words as the built-in lexicons), of which the leftmost and longest at each place wins.

use crate::engine::matcher::{self, Folded, Matcher};

/// A phrase as the matcher compares it (two phrases that fold the same are the same phrase).
pub fn fold(phrase: &str) -> String {
    matcher::fold_phrase(phrase)
}

/// One match: which phrase, and its byte range in the original draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub phrase: usize,
    pub start: usize,
    pub end: usize,
}

/// A set of phrases compiled into one automaton.
pub struct PhraseSet {
    matcher: Matcher,
}

impl PhraseSet {
    /// Builds the automaton; fails only when the phrases are too many or too long for it.
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Result<Self, String> {
        let phrases: Vec<(&str, bool)> = phrases.into_iter().map(|phrase| (phrase, false)).collect();
        let matcher = Matcher::new(&phrases).map_err(|error| error.to_string())?;
        Ok(Self { matcher })
    }

    /// Whole-word matches in a folded draft, leftmost first, the longest at each start, never overlapping.
    pub fn find(&self, text: &Folded) -> Vec<PhraseMatch> {
        let mut candidates = self.matcher.find(text);
        crate::order::sort_by_key(&mut candidates, |found| (found.start, std::cmp::Reverse(found.end)));
        let mut matches = Vec::new();
        let mut covered_to = 0;
        for found in candidates {
            if found.start >= covered_to {
                matches.push(PhraseMatch { phrase: found.phrase, start: found.start, end: found.end });
                covered_to = found.end;
            }
        }
        matches
    }
}

#[cfg(test)]
mod tests {
    //! Folding and whole words are the matcher's, tested there; this tests which of the matches a preset keeps.
    use super::*;

    fn spans(phrases: &[&str], text: &str) -> Vec<String> {
        let found = PhraseSet::new(phrases.iter().copied()).map(|set| set.find(&Folded::new(text))).unwrap_or_default();
        found.iter().map(|m| text[m.start..m.end].to_string()).collect()
    }

    #[test]
    fn the_longest_phrase_at_a_place_wins_and_a_shorter_one_still_matches_elsewhere() {
        assert_eq!(spans(&["buy", "buy now"], "buy now or buy later"), ["buy now", "buy"]);
        assert_eq!(spans(&["buy now", "buy"], "buy nowhere"), ["buy"]);
        assert_eq!(spans(&["now or", "buy now"], "Buy  now or never"), ["Buy  now"]);
    }
}
