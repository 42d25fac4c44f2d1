//! What the checker works out about a document before the rules run: the text folded for matching, the built-in
//! lexicons' hits and the shipped word table's hits. The text model ([`Document`]) knows only tokens, sentences and
//! spans.

use std::cell::OnceCell;

use super::lexicon::Hit;
use super::matcher::Folded;
use super::scoring::Model;
use super::Document;

/// A document with the lexicon hits of every built-in lexicon rule (one automaton pass) and, worked out on first
/// use, the shipped word table's hits. Rules read the document through it (it dereferences to the [`Document`]).
pub struct Analysis<'d> {
    document: &'d Document<'d>,
    /// The draft folded for matching phrases (built-in lexicons and a preset's phrase rules alike).
    folded: Folded<'d>,
    /// Every lexicon hit by lexicon, then by start, the longest first (see [`Analysis::lexicon_hits`]).
    hits_by_lexicon: Vec<Hit>,
    /// The shipped word table's hits (entry, byte start, byte end), found once for the scores and their word-tone underlines.
    table_hits: OnceCell<Vec<(usize, usize, usize)>>,
}

impl<'d> Analysis<'d> {
    /// Finds the built-in lexicons' phrases in a document.
    pub fn new(document: &'d Document<'d>) -> Self {
        let folded = Folded::new(document.text);
        let mut hits_by_lexicon = super::rules::phrase_set().find(&folded);
        crate::order::sort_by_key(&mut hits_by_lexicon, |hit| (hit.lexicon, hit.start, std::cmp::Reverse(hit.end)));
        Self { document, folded, hits_by_lexicon, table_hits: OnceCell::new() }
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
        let first = self.hits_by_lexicon.partition_point(|hit| usize::from(hit.lexicon) < lexicon);
        let count = self.hits_by_lexicon[first..].partition_point(|hit| usize::from(hit.lexicon) == lexicon);
        &self.hits_by_lexicon[first..first + count]
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
