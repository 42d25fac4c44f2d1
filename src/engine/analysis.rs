//! What the checker works out about a document before the rules run: the text folded for matching, the built-in
//! lexicons' hits, the word tokens (by sentence) and the shipped word table's hits. The text model ([`Document`]) knows only tokens, sentences and
//! spans.

use std::cell::OnceCell;

use super::lexicon::Hit;
use super::matcher::Folded;
use super::scoring::Model;
use super::{Document, Sentence, Token, TokenKind};

/// A document with the lexicon hits of every built-in lexicon rule (one automaton pass) and, worked out on first
/// use, the shipped word table's hits. Rules read the document through it (it dereferences to the [`Document`]).
pub struct Analysis<'d> {
    document: &'d Document<'d>,
    /// The draft folded for matching phrases (built-in lexicons and a preset's phrase rules alike).
    folded: Folded<'d>,
    /// Every lexicon hit by lexicon, then by start, the longest first (see [`Analysis::lexicon_hits`]).
    hits_by_lexicon: Vec<Hit>,
    /// Where each lexicon's hits start in `hits_by_lexicon`, and past the last lexicon with a hit, where they end.
    lexicon_starts: Vec<usize>,
    /// The shipped word table's hits (entry, byte start, byte end), found once for the scores and their word-tone underlines.
    table_hits: OnceCell<Vec<(usize, usize, usize)>>,
    /// The document's word tokens, found once, on first use: several rules read them sentence by sentence.
    words: OnceCell<Words<'d>>,
}

/// The word tokens of a document (not URLs, mentions, hashtags, emoji or punctuation), in order, and their
/// lower-case forms.
struct Words<'d> {
    tokens: Vec<&'d Token<'d>>,
    normalized: Vec<&'d str>,
}

impl Words<'_> {
    /// The positions of the words that start between two byte offsets (by binary search).
    fn between(&self, start_byte: usize, end_byte: usize) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|token| token.start_byte < start_byte);
        let past = self.tokens.partition_point(|token| token.start_byte < end_byte);
        first..past.max(first)
    }
}

impl<'d> Analysis<'d> {
    /// Finds the built-in lexicons' phrases in a document.
    pub fn new(document: &'d Document<'d>) -> Self {
        let folded = Folded::new(document.text);
        let mut hits_by_lexicon = super::rules::phrase_set().find(&folded);
        crate::order::sort_by_key(&mut hits_by_lexicon, |hit| (hit.lexicon, hit.start, std::cmp::Reverse(hit.end)));
        let lexicons = hits_by_lexicon.last().map_or(0, |hit| usize::from(hit.lexicon) + 1);
        let mut lexicon_starts = vec![0; lexicons + 1];
        for hit in &hits_by_lexicon {
            lexicon_starts[usize::from(hit.lexicon) + 1] += 1;
        }
        for lexicon in 1..lexicon_starts.len() {
            lexicon_starts[lexicon] += lexicon_starts[lexicon - 1];
        }
        Self { document, folded, hits_by_lexicon, lexicon_starts, table_hits: OnceCell::new(), words: OnceCell::new() }
    }

    /// The document analysed.
    pub fn document(&self) -> &'d Document<'d> {
        self.document
    }

    /// The draft folded for matching phrases, with the way back to its offsets.
    pub fn folded(&self) -> &Folded<'d> {
        &self.folded
    }

    /// The hits of one lexicon, by start and, of hits starting together, the longest first.
    pub(crate) fn lexicon_hits(&self, lexicon: usize) -> &[Hit] {
        match (self.lexicon_starts.get(lexicon), self.lexicon_starts.get(lexicon + 1)) {
            (Some(&first), Some(&past)) => &self.hits_by_lexicon[first..past],
            _ => &[],
        }
    }

    /// The word tokens between two byte offsets, in order.
    pub fn word_tokens(&self, start_byte: usize, end_byte: usize) -> &[&'d Token<'d>] {
        let words = self.words();
        &words.tokens[words.between(start_byte, end_byte)]
    }

    /// The lower-case words of a sentence (its word tokens' normalized forms), in order.
    pub fn sentence_words(&self, sentence: &Sentence) -> &[&'d str] {
        let words = self.words();
        &words.normalized[words.between(sentence.start_byte, sentence.end_byte)]
    }

    fn words(&self) -> &Words<'d> {
        self.words.get_or_init(|| {
            let document = self.document;
            let tokens: Vec<&'d Token<'d>> =
                document.tokens.iter().filter(|token| token.kind == TokenKind::Word).collect();
            let normalized = tokens.iter().map(|token| token.normalized.as_str()).collect();
            Words { tokens, normalized }
        })
    }

    /// The shipped word table's hits in the document: (entry, byte start, byte end), first occurrence of each entry.
    pub fn table_hits(&self) -> &[(usize, usize, usize)] {
        self.table_hits.get_or_init(|| Model::shipped().word_hits(self.document))
    }
}

impl<'d> std::ops::Deref for Analysis<'d> {
    type Target = Document<'d>;
    fn deref(&self) -> &Document<'d> {
        self.document
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_lexicon_s_hits_are_its_own() {
        let document = Document::new("Thanks so much, sorry! Obviously you're wrong, thanks.", None);
        let analysis = Analysis::new(&document);
        let mut seen = 0;
        for lexicon in 0..=analysis.lexicon_starts.len() {
            let hits = analysis.lexicon_hits(lexicon);
            assert!(hits.iter().all(|hit| usize::from(hit.lexicon) == lexicon));
            seen += hits.len();
        }
        assert!(seen >= 3);
        assert_eq!(seen, analysis.hits_by_lexicon.len());
    }

    #[test]
    fn a_sentence_s_words_are_its_word_tokens_lower_case() {
        let document = Document::new("Hi @sam, HOW are you? See https://x.com \u{1F642} I\u{2019}m fine.", None);
        let analysis = Analysis::new(&document);
        let words: Vec<&[&str]> = document.sentences.iter().map(|sentence| analysis.sentence_words(sentence)).collect();
        assert_eq!(words, [&["hi", "how", "are", "you"][..], &["see", "i'm", "fine"][..]]);
        let second = document.sentences[1];
        let tokens = analysis.word_tokens(second.start_byte, second.end_byte);
        assert_eq!(
            tokens.iter().map(|token| document.slice(token.start_byte, token.end_byte)).collect::<Vec<_>>(),
            ["See", "I\u{2019}m", "fine"]
        );
        assert!(analysis.word_tokens(second.end_byte, document.text.len()).is_empty());
        assert!(analysis.word_tokens(second.start_byte, second.start_byte).is_empty());
    }
}
