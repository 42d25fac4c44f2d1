//! Phrase lexicons and the one Aho-Corasick automaton that finds all of them in a single pass.
//!
//! Every lexicon rule's phrases are compiled into one automaton, built once per process, by the matcher a team
//! preset's phrases use too ([`super::matcher`]: folding, whole words, stretched words, spans on the original
//! text). A phrase ending in `*` matches any word that starts with it.

use std::sync::OnceLock;

use super::matcher::{Folded, Matcher};

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

/// A built-in lexicon's entries as build.rs packs them, one text with an entry a line: a mark (`-` plain, `a` aimed
/// only, `b` blocks, `B` both), the phrase, and a tab and the replacement where there is one. They are unpacked into
/// [`Entry`] values (borrowing the text) the first time they are read, and read as a slice of them.
pub struct Entries {
    packed: &'static str,
    unpacked: OnceLock<Vec<Entry>>,
}

impl Entries {
    pub const fn packed(packed: &'static str) -> Self {
        Self { packed, unpacked: OnceLock::new() }
    }
}

impl std::ops::Deref for Entries {
    type Target = [Entry];
    fn deref(&self) -> &[Entry] {
        self.unpacked.get_or_init(|| {
            self.packed
                .lines()
                .map(|line| {
                    let mark = line.chars().next().unwrap_or('-');
                    let (phrase, replacement) = match line[mark.len_utf8()..].split_once('\t') {
                        Some((phrase, replacement)) => (phrase, Some(replacement)),
                        None => (&line[mark.len_utf8()..], None),
                    };
                    Entry {
                        phrase,
                        replacement,
                        aimed_only: matches!(mark, 'a' | 'B'),
                        blocks: matches!(mark, 'b' | 'B'),
                    }
                })
                .collect()
        })
    }
}

/// Where in the lexicon list a match came from: lexicon number and entry number, and its byte span in the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub lexicon: u16,
    pub entry: u16,
    pub start: usize,
    pub end: usize,
}

/// A set of phrase lists compiled into one [`Matcher`].
pub struct PhraseSet {
    matcher: Option<Matcher>,
    /// For each phrase of the matcher: (lexicon, entry).
    origin: Vec<(u16, u16)>,
}

impl PhraseSet {
    /// Compiles the phrase lists; list `i` of `lists` reports hits with `lexicon == i`. A phrase ending in `*`
    /// matches any word that starts with it.
    pub fn new<'p>(lists: impl IntoIterator<Item = Vec<&'p str>>) -> Self {
        let mut phrases = Vec::new();
        let mut origin = Vec::new();
        for (lexicon, list) in lists.into_iter().enumerate() {
            for (entry, phrase) in list.into_iter().enumerate() {
                phrases.push(match phrase.strip_suffix('*') {
                    Some(body) => (body, true),
                    None => (phrase, false),
                });
                origin.push((lexicon as u16, entry as u16));
            }
        }
        Self { matcher: Matcher::new(&phrases).ok(), origin }
    }

    /// Every whole-word occurrence of every phrase in a folded draft, overlapping ones included, by start then end,
    /// with spans on the draft as written.
    pub fn find(&self, text: &Folded) -> Vec<Hit> {
        let Some(matcher) = &self.matcher else { return Vec::new() };
        let mut hits: Vec<Hit> = matcher
            .find(text)
            .into_iter()
            .map(|found| {
                let (lexicon, entry) = self.origin[found.phrase];
                Hit { lexicon, entry, start: found.start, end: found.end }
            })
            .collect();
        crate::order::sort_by_key(&mut hits, |hit| (hit.start, hit.end, hit.lexicon, hit.entry));
        hits
    }
}

#[cfg(test)]
mod tests {
    //! How text is folded and what counts as a whole word is the matcher's, tested there; these test what the
    //! lexicons add: lists, `*` phrases, and every overlapping hit.
    use super::*;

    /// The hits of lists of phrases in a text: (lexicon, entry, start, end).
    fn hits(lists: &[&[&'static str]], text: &str) -> Vec<(u16, u16, usize, usize)> {
        let set = PhraseSet::new(lists.iter().map(|list| list.to_vec()));
        set.find(&Folded::new(text)).iter().map(|hit| (hit.lexicon, hit.entry, hit.start, hit.end)).collect()
    }

    #[test]
    fn a_hit_names_its_list_and_entry() {
        assert_eq!(hits(&[&["thanks"], &["sorry", "my bad"]], "My bad, thanks"), [(1, 1, 0, 6), (0, 0, 8, 14)]);
    }

    #[test]
    fn a_star_matches_the_rest_of_the_word() {
        assert_eq!(hits(&[&["apologi*"]], "We apologise."), [(0, 0, 3, 12)]);
        assert_eq!(hits(&[&["fuck*"]], "Fuuckkkk it"), [(0, 0, 0, 8)]);
    }

    #[test]
    fn overlapping_phrases_are_all_found() {
        assert_eq!(hits(&[&["obviously", "obviously you're wrong"]], "Obviously you\u{2019}re wrong").len(), 2);
    }
}
