//! The text model: a draft split into word tokens, each with byte and UTF-16 spans.

use unicode_segmentation::UnicodeSegmentation;

/// What kind of word-like piece a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Mention,
    Hashtag,
    Url,
    Other,
}

/// One token of the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte range in the draft.
    pub start_byte: usize,
    pub end_byte: usize,
    /// The token lower-cased, with curly apostrophes made straight.
    pub normalized: String,
}

/// A draft ready for the rules: its text, its lower-cased form and its tokens.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub context: Option<&'a str>,
    pub tokens: Vec<Token>,
    /// `utf16_at[i]` is the UTF-16 offset of byte `i` (valid on char boundaries), with one entry past the end.
    utf16_at: Vec<u32>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str, context: Option<&'a str>) -> Self {
        let mut utf16_at = vec![0u32; text.len() + 1];
        let mut offset = 0u32;
        for (byte, ch) in text.char_indices() {
            utf16_at[byte] = offset;
            offset += ch.len_utf16() as u32;
        }
        utf16_at[text.len()] = offset;
        let tokens = text
            .split_word_bound_indices()
            .filter(|(_, piece)| !piece.trim().is_empty())
            .map(|(start, piece)| Token {
                kind: classify(piece),
                start_byte: start,
                end_byte: start + piece.len(),
                normalized: piece.to_lowercase().replace('\u{2019}', "'"),
            })
            .collect();
        Self { text, context, tokens, utf16_at }
    }

    /// The UTF-16 offset of a byte offset that lies on a char boundary.
    pub fn utf16(&self, byte: usize) -> u32 {
        self.utf16_at[byte.min(self.text.len())]
    }
}

fn classify(piece: &str) -> TokenKind {
    if piece.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs_as_two() {
        let document = Document::new("a😀b", None);
        assert_eq!(document.utf16(0), 0);
        assert_eq!(document.utf16(1), 1);
        assert_eq!(document.utf16(5), 3);
        assert_eq!(document.utf16(6), 4);
    }

    #[test]
    fn words_are_lower_cased_with_straight_apostrophes() {
        let document = Document::new("Don\u{2019}t GO", None);
        let words: Vec<_> = document.tokens.iter().map(|t| t.normalized.as_str()).collect();
        assert_eq!(words, ["don't", "go"]);
    }
}
