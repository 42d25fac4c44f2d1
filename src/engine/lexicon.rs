//! Phrase lexicons and the one Aho-Corasick automaton that finds all of them in a single pass.
//!
//! Every lexicon rule and every entry of the fitted word table is compiled into one automaton, built
//! once per process. Matching is ASCII case-insensitive, whole-word (a phrase ending in `*` matches
//! any word that starts with it), treats the curly apostrophe `’` like `'`, and reads a word stretched for
//! emphasis ("stuuupid") as its plain spelling.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// One lexicon entry: the phrase in lower case, the rewrite to offer, if any, whether it counts only
/// when aimed at someone, and whether it only blocks the phrases inside it.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub phrase: &'static str,
    pub replacement: Option<&'static str>,
    /// A word that is name-calling only when it is aimed at someone ("you animals", "she is ugly"), not
    /// when it describes a thing ("farm animals", "an ugly residue").
    pub aimed_only: bool,
    /// A phrase that is never a finding itself but keeps the shorter entries it covers from being one:
    /// "feel free" is not sales language, "DM us your order number" says why it asks.
    pub blocks: bool,
}

/// Shorthand for an entry with no rewrite.
pub const fn flag(phrase: &'static str) -> Entry {
    Entry { phrase, replacement: None, aimed_only: false, blocks: false }
}

/// Shorthand for an entry with a rewrite.
pub const fn swap(phrase: &'static str, replacement: &'static str) -> Entry {
    Entry { phrase, replacement: Some(replacement), aimed_only: false, blocks: false }
}

/// Shorthand for an entry with no rewrite that counts only when aimed at someone.
pub const fn aimed(phrase: &'static str) -> Entry {
    Entry { phrase, replacement: None, aimed_only: true, blocks: false }
}

/// Shorthand for a blocking entry: the phrase is no finding, and no entry of its list inside it is either.
pub const fn block(phrase: &'static str) -> Entry {
    Entry { phrase, replacement: None, aimed_only: false, blocks: true }
}

/// Where in the lexicon list a match came from: lexicon number and entry number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub lexicon: u16,
    pub entry: u16,
    pub start: usize,
    pub end: usize,
}

/// A set of phrase lists compiled into one automaton.
pub struct PhraseSet {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern: (lexicon, entry, prefix-only).
    origin: Vec<(u16, u16, bool)>,
}

impl PhraseSet {
    /// Compiles the phrase lists; list `i` of `lists` reports hits with `lexicon == i`.
    pub fn new<'p>(lists: impl IntoIterator<Item = Vec<&'p str>>) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut origin = Vec::new();
        for (lexicon, phrases) in lists.into_iter().enumerate() {
            for (entry, phrase) in phrases.into_iter().enumerate() {
                let (body, prefix) = match phrase.strip_suffix('*') {
                    Some(body) => (body, true),
                    None => (phrase, false),
                };
                if body.is_empty() {
                    continue;
                }
                let key = (lexicon as u16, entry as u16, prefix);
                patterns.push(body.to_string());
                origin.push(key);
                if body.contains('\'') {
                    patterns.push(body.replace('\'', "\u{2019}"));
                    origin.push(key);
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok();
        Self { automaton, origin }
    }

    /// Every whole-word occurrence of every phrase, overlapping ones included, by start then end.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else { return Vec::new() };
        let mut hits: Vec<Hit> = automaton
            .find_overlapping_iter(text)
            .filter_map(|found| {
                let (lexicon, entry, prefix) = self.origin[found.pattern().as_usize()];
                let (start, mut end) = (found.start(), found.end());
                if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                    return None;
                }
                let first_is_word = text[start..].chars().next().is_some_and(is_word_char);
                if first_is_word && text[..start].chars().next_back().is_some_and(is_word_char) {
                    return None;
                }
                let last_is_word = text[..end].chars().next_back().is_some_and(is_word_char);
                if prefix {
                    end += text[end..].find(|c: char| !is_word_char(c)).unwrap_or(text.len() - end);
                } else if last_is_word && continues_word(&text[end..]) {
                    return None;
                }
                Some(Hit { lexicon, entry, start, end })
            })
            .collect();
        hits.extend(self.find_in_stretched_words(text));
        crate::order::sort_by_key(&mut hits, |hit| (hit.start, hit.end, hit.lexicon, hit.entry));
        hits.dedup();
        hits
    }

    /// Hits on words stretched for emphasis ("stuuupiddd", "fuuuck"): each word with a letter written
    /// three or more times in a row is matched again with its repeated letters cut to one and to two,
    /// and a single-word phrase that is the whole shortened word (or starts it, for `*` phrases)
    /// underlines the whole stretched word.
    fn find_in_stretched_words(&self, text: &str) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else { return Vec::new() };
        let mut hits = Vec::new();
        for (start, word) in stretched_words(text) {
            for longest_run in [1, 2] {
                let shortened = shorten_runs(word, longest_run);
                for found in automaton.find_overlapping_iter(&shortened) {
                    let (lexicon, entry, prefix) = self.origin[found.pattern().as_usize()];
                    let whole = found.end() == shortened.len() || prefix;
                    if found.start() == 0 && whole {
                        hits.push(Hit { lexicon, entry, start, end: start + word.len() });
                    }
                }
            }
        }
        hits
    }
}

/// The words of the text (with their byte offsets) that repeat an ASCII letter three or more times in a
/// row (the lexicons are ASCII). Most drafts have none, and a byte scan tells so before any word is cut.
fn stretched_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let searched = if has_run_of_three(text) { text } else { "" };
    searched
        .split(|c: char| !is_word_char(c))
        .filter(|word| !word.is_empty() && has_run_of_three(word))
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Whether the text writes one ASCII letter three or more times in a row.
fn has_run_of_three(text: &str) -> bool {
    let (mut previous, mut run) = (0, 0);
    for &byte in text.as_bytes() {
        run = if byte == previous { run + 1 } else { 1 };
        previous = byte;
        if run == 3 && byte.is_ascii_alphabetic() {
            return true;
        }
    }
    false
}

/// The word with every run of one repeated letter (case-insensitively) cut to at most `longest_run`.
fn shorten_runs(word: &str, longest_run: usize) -> String {
    let mut shortened = String::with_capacity(word.len());
    let mut previous = None;
    let mut run = 0;
    for c in word.chars() {
        let folded = c.to_ascii_lowercase();
        run = if previous == Some(folded) { run + 1 } else { 1 };
        previous = Some(folded);
        if run <= longest_run || !c.is_alphabetic() {
            shortened.push(c);
        }
    }
    shortened
}

/// Letters, digits and the underscore make words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether the text right after a match continues the same word (a letter, or an apostrophe then a letter).
fn continues_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if is_word_char(c) => true,
        Some('\'') | Some('\u{2019}') => chars.next().is_some_and(char::is_alphabetic),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(phrases: &[&'static str]) -> PhraseSet {
        PhraseSet::new([phrases.to_vec()])
    }

    #[test]
    fn matches_whole_words_in_any_case() {
        let hits = set(&["thank you"]).find("Thank You! thank youth");
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].start, hits[0].end), (0, 9));
    }

    #[test]
    fn a_contraction_is_not_its_first_word() {
        assert!(set(&["you"]).find("you're").is_empty());
        assert_eq!(set(&["you're"]).find("you\u{2019}re").len(), 1);
    }

    #[test]
    fn a_star_matches_the_rest_of_the_word() {
        let hits = set(&["apologi*"]).find("We apologise.");
        assert_eq!((hits[0].start, hits[0].end), (3, 12));
    }

    #[test]
    fn a_stretched_word_matches_its_plain_spelling() {
        let hits = set(&["fuck*", "you", "sheep"]).find("Fuuckkkk youuuu, SHEEEEP");
        let spans: Vec<(usize, usize)> = hits.iter().map(|hit| (hit.start, hit.end)).collect();
        assert_eq!(spans, [(0, 8), (9, 15), (17, 24)]);
    }

    #[test]
    fn a_stretched_word_must_be_the_whole_phrase() {
        assert!(set(&["no"]).find("nooooope").is_empty());
        assert!(set(&["good job"]).find("goooood").is_empty());
    }

    #[test]
    fn overlapping_phrases_are_all_found() {
        assert_eq!(set(&["obviously", "obviously you're wrong"]).find("Obviously you're wrong").len(), 2);
    }
}
