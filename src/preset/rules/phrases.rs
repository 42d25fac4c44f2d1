//! Finds whole-word phrases in a draft with one automaton, any case, curly or straight apostrophes.

use aho_corasick::{AhoCorasick, MatchKind};

/// A draft folded for matching (lower case, straight apostrophes, one space per whitespace run), with the byte
/// offset in the original draft of each folded byte.
struct Folded {
    text: String,
    origin: Vec<usize>,
}

impl Folded {
    fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        let mut in_space = false;
        for (byte, ch) in original.char_indices() {
            let before = text.len();
            if ch.is_whitespace() {
                if !in_space {
                    text.push(' ');
                }
                in_space = true;
            } else {
                in_space = false;
                match ch {
                    '\u{2019}' | '\u{2018}' => text.push('\''),
                    _ => text.extend(ch.to_lowercase()),
                }
            }
            origin.resize(origin.len() + (text.len() - before), byte);
        }
        origin.push(original.len());
        Self { text, origin }
    }
}

/// A phrase as the matcher compares it.
pub fn fold(phrase: &str) -> String {
    Folded::new(phrase.trim()).text
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
    automaton: AhoCorasick,
    folded: Vec<String>,
}

impl PhraseSet {
    /// Builds the automaton; fails only when the phrases are too many or too long for it.
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Result<Self, String> {
        let folded: Vec<String> = phrases.into_iter().map(fold).collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&folded)
            .map_err(|error| format!("the phrases cannot be compiled: {error}"))?;
        Ok(Self { automaton, folded })
    }

    /// Whole-word matches in `text`, leftmost first, the longest at each start, never overlapping.
    pub fn find(&self, text: &str) -> Vec<PhraseMatch> {
        let folded = Folded::new(text);
        let mut candidates: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(&folded.text)
            .filter(|found| whole_words(&folded.text, found.start(), found.end()))
            .map(|found| (found.start(), found.end(), found.pattern().as_usize()))
            .collect();
        crate::order::sort_by_key(&mut candidates, |&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut matches = Vec::new();
        let mut covered_to = 0;
        for (start, end, phrase) in candidates {
            if start >= covered_to && !self.folded[phrase].is_empty() {
                matches.push(PhraseMatch { phrase, start: folded.origin[start], end: folded.origin[end] });
                covered_to = end;
            }
        }
        matches
    }
}

/// True when the match neither starts nor ends inside a word (a phrase edge that is not a letter needs no boundary).
fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let matched = &text[start..end];
    let starts_word = matched.chars().next().is_some_and(is_word);
    let ends_word = matched.chars().next_back().is_some_and(is_word);
    let before_ok = !starts_word || text[..start].chars().next_back().is_none_or(|c| !is_word(c));
    let after_ok = !ends_word || text[end..].chars().next().is_none_or(|c| !is_word(c));
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(phrases: &[&str], text: &str) -> Vec<String> {
        let found = PhraseSet::new(phrases.iter().copied()).map(|set| set.find(text)).unwrap_or_default();
        found.iter().map(|m| text[m.start..m.end].to_string()).collect()
    }

    #[test]
    fn phrases_match_whole_words_in_any_case() {
        assert_eq!(spans(&["buy now"], "BUY NOW! Or buy nowhere."), ["BUY NOW"]);
        assert_eq!(spans(&["users"], "Our users, superusers and USERS"), ["users", "USERS"]);
    }

    #[test]
    fn the_longest_phrase_at_a_place_wins_and_a_shorter_one_still_matches_elsewhere() {
        assert_eq!(spans(&["buy", "buy now"], "buy now or buy later"), ["buy now", "buy"]);
        assert_eq!(spans(&["buy now", "buy"], "buy nowhere"), ["buy"]);
    }

    #[test]
    fn curly_apostrophes_and_extra_spaces_still_match() {
        assert_eq!(spans(&["don't worry"], "Don\u{2019}t   worry"), ["Don\u{2019}t   worry"]);
    }

    #[test]
    fn spans_are_in_the_original_text_after_non_ascii() {
        assert_eq!(spans(&["café"], "Ünïcode CAFÉ time"), ["CAFÉ"]);
    }

    #[test]
    fn a_phrase_of_punctuation_needs_no_word_boundary() {
        assert_eq!(spans(&["!!!"], "wow!!!"), ["!!!"]);
    }
}
