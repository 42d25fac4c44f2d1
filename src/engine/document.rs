//! The text model: a draft split into tokens and sentences, each with byte spans mapped to UTF-16.
//!
//! Tokens know what they are (words, numbers, @mentions, #hashtags, URLs, emoji including ZWJ
//! sequences, punctuation), whether a word is ALL CAPS or a contraction, and curly apostrophes are
//! read as straight ones. The document also holds every lexicon hit (one automaton pass) and whether
//! the text is in a language the scores cover.

use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::lexicon::{is_word_char, Hit};

/// What kind of piece of the draft a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Mention,
    Hashtag,
    Url,
    Emoji,
    Punctuation,
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
    /// A word of two or more letters, all of them capitals ("NEVER").
    pub all_caps: bool,
    /// A word with an apostrophe inside ("don't", "you’re").
    pub contraction: bool,
}

/// One sentence: a byte range ending at `.`, `!`, `?`, a line break or the end of the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start_byte: usize,
    pub end_byte: usize,
    /// Ends with a question mark.
    pub question: bool,
}

/// Whether the scores cover the draft's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    /// English, or too short to tell: scored.
    #[serde(rename = "en")]
    English,
    /// Another language: findings and scores would be guesses, so the scores stay neutral.
    #[serde(rename = "other")]
    Other,
}

/// A draft ready for the rules.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    /// The post being replied to, when the site shows it.
    pub context: Option<&'a str>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Every lexicon hit in the draft (see [`super::lexicon`]), by start offset.
    pub hits: Vec<Hit>,
    pub language: Language,
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
        let tokens = tokenize(text);
        let sentences = split_sentences(text);
        let language = detect_language(text, &tokens);
        let hits = super::rules::phrase_set().find(text);
        Self { text, context, tokens, sentences, hits, language, utf16_at }
    }

    /// The UTF-16 offset of a byte offset that lies on a char boundary.
    pub fn utf16(&self, byte: usize) -> u32 {
        self.utf16_at[byte.min(self.text.len())]
    }

    /// The tokens that lie within a byte range (found by binary search: rules call this per sentence).
    pub fn tokens_in(&self, start_byte: usize, end_byte: usize) -> &[Token] {
        let first = self.tokens.partition_point(|token| token.start_byte < start_byte);
        let past = self.tokens.partition_point(|token| token.start_byte < end_byte);
        &self.tokens[first..past.max(first)]
    }

    /// The words of the draft (not URLs, mentions, hashtags, emoji or punctuation).
    pub fn words(&self) -> impl Iterator<Item = &Token> {
        self.tokens.iter().filter(|token| token.kind == TokenKind::Word)
    }

    /// Whether a word token starts at this byte (table words count only as whole words of the draft,
    /// not inside a URL, @mention or #hashtag).
    pub fn starts_word(&self, byte: usize) -> bool {
        self.tokens
            .binary_search_by_key(&byte, |token| token.start_byte)
            .is_ok_and(|index| self.tokens[index].kind == TokenKind::Word)
    }

    /// The text between two byte offsets, as written.
    pub fn slice(&self, start_byte: usize, end_byte: usize) -> &'a str {
        &self.text[start_byte..end_byte]
    }
}

/// The content words of a text (lower case, no function words, at least three letters), for
/// comparing a reply with the post it answers.
pub fn content_words(text: &str) -> Vec<(usize, usize, String)> {
    text.split_word_bound_indices()
        .filter(|(_, piece)| piece.chars().count() >= 3 && piece.chars().all(|c| c.is_alphabetic() || c == '\''))
        .map(|(start, piece)| (start, start + piece.len(), piece.to_lowercase().replace('\u{2019}', "'")))
        .filter(|(_, _, word)| !FUNCTION_WORDS.contains(&word.as_str()))
        .collect()
}

/// Common English function words: they tell the language and carry no topic.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "for", "with", "is", "are", "was", "were", "be",
    "been", "it", "this", "that", "these", "those", "i", "you", "we", "they", "he", "she", "my", "your", "our",
    "their", "his", "her", "its", "have", "has", "had", "not", "do", "does", "did", "so", "if", "at", "as", "me",
    "what", "how", "why", "who", "just", "from", "by", "about", "can", "will", "would", "could", "should", "there",
    "here", "all", "any", "some", "no", "yes", "more", "than", "then", "them", "him", "us", "am", "i'm", "it's",
    "don't", "you're", "out", "up", "get", "got", "like", "one", "also", "very", "which", "when", "where", "because",
    "into", "over", "only", "really", "much", "many", "other", "such", "may", "might", "must", "being", "both", "each",
    "most", "own", "same", "too", "again", "know", "think", "see", "make", "want", "need", "going", "way", "well",
    "even", "still", "now", "new", "good", "people", "thing", "things", "please", "thanks", "thank",
];

fn special_tokens() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)(?P<url>(?:https?://|www\.)[^\s<>]+",
            r"|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|ly|me|tv|info|biz|gl|be|us|uk|app|shop|pl|de|fr|ru|in|es|it|nl|ca|au|xyz|site|online|store|to|link|ws|cc|eu|ph|br|mx)",
            r"(?:/[^\s<>]*)?)",
            r"|(?P<mention>@\w+)|(?P<hashtag>#\w+)"
        ))
        .unwrap_or_else(|error| unreachable!("the token pattern is a fixed, valid regex: {error}"))
    })
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut cursor = 0;
    for found in special_tokens().captures_iter(text) {
        let Some(whole) = found.get(0) else { continue };
        let (start, mut end) = (whole.start(), whole.end());
        if start < cursor {
            continue;
        }
        // A special token must start a word: "me@x.com" is no mention, "abc.com" inside a word is no URL.
        if text[..start].chars().next_back().is_some_and(|c| is_word_char(c) || c == '@' || c == '.') {
            continue;
        }
        let kind = if found.name("url").is_some() {
            end = start + whole.as_str().trim_end_matches(['.', ',', '!', '?', ';', ':', ')', '"', '\'']).len();
            TokenKind::Url
        } else if found.name("mention").is_some() {
            TokenKind::Mention
        } else {
            TokenKind::Hashtag
        };
        if end <= start {
            continue;
        }
        plain_tokens(text, cursor, start, &mut tokens);
        tokens.push(Token {
            kind,
            start_byte: start,
            end_byte: end,
            normalized: text[start..end].to_lowercase(),
            all_caps: false,
            contraction: false,
        });
        cursor = end;
    }
    plain_tokens(text, cursor, text.len(), &mut tokens);
    tokens
}

fn plain_tokens(text: &str, from: usize, to: usize, tokens: &mut Vec<Token>) {
    if from >= to {
        return;
    }
    for (offset, piece) in text[from..to].split_word_bound_indices() {
        let Some(first) = piece.chars().next() else { continue };
        if first.is_whitespace() {
            continue;
        }
        let start = from + offset;
        let kind = if piece.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else if piece.chars().any(|c| c.is_ascii_digit()) {
            TokenKind::Number
        } else if is_emoji(first) {
            TokenKind::Emoji
        } else if first.is_ascii_punctuation() || first.is_alphanumeric() {
            TokenKind::Punctuation
        } else {
            TokenKind::Other
        };
        let letters = piece.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = kind == TokenKind::Word && letters >= 2 && piece.chars().all(|c| !c.is_lowercase());
        let normalized = piece.to_lowercase().replace('\u{2019}', "'");
        let contraction = kind == TokenKind::Word && normalized.trim_matches('\'').contains('\'');
        tokens.push(Token {
            kind,
            start_byte: start,
            end_byte: start + piece.len(),
            normalized,
            all_caps,
            contraction,
        });
    }
}

/// Pictographs, symbols and flags that make up emoji (sequences joined by U+200D stay one token).
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF | 0x2190..=0x21FF
        | 0x3030 | 0x303D | 0x3297 | 0x3299 | 0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139)
}

fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' | '\u{2026}' => chars.peek().is_none_or(|(_, next)| next.is_whitespace()),
            _ => false,
        };
        if ends {
            let mut end = index + c.len_utf8();
            while let Some(&(next_index, next)) = chars.peek() {
                if matches!(next, '.' | '!' | '?') {
                    end = next_index + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            push_sentence(text, start, end, &mut sentences);
            start = end;
        }
    }
    push_sentence(text, start, text.len(), &mut sentences);
    sentences
}

fn push_sentence(text: &str, start: usize, end: usize, sentences: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let start = start + (piece.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    if trimmed.is_empty() {
        return;
    }
    let end = start + trimmed.len();
    let question = trimmed.trim_end_matches(['!', '.']).ends_with('?');
    sentences.push(Sentence { start_byte: start, end_byte: end, question });
}

/// English unless most letters are outside the Latin script, or a longer draft has almost no English
/// function words.
fn detect_language(text: &str, tokens: &[Token]) -> Language {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    if other > latin {
        return Language::Other;
    }
    let words: Vec<&Token> = tokens.iter().filter(|token| token.kind == TokenKind::Word).collect();
    if words.len() < 6 {
        return Language::English;
    }
    let english = words.iter().filter(|token| FUNCTION_WORDS.contains(&token.normalized.as_str())).count();
    if english * 10 < words.len() {
        Language::Other
    } else {
        Language::English
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        let document = Document::new(text, None);
        document.tokens.iter().map(|t| (t.kind, &text[t.start_byte..t.end_byte])).collect()
    }

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
        assert!(document.tokens[0].contraction);
        assert!(document.tokens[1].all_caps);
    }

    #[test]
    fn mentions_hashtags_and_urls_are_single_tokens() {
        assert_eq!(
            kinds("@sam see https://x.com/a?b=1. #Launch"),
            [
                (TokenKind::Mention, "@sam"),
                (TokenKind::Word, "see"),
                (TokenKind::Url, "https://x.com/a?b=1"),
                (TokenKind::Punctuation, "."),
                (TokenKind::Hashtag, "#Launch"),
            ]
        );
    }

    #[test]
    fn an_email_address_is_not_a_mention() {
        assert!(kinds("mail me@example.com").iter().all(|(kind, _)| *kind != TokenKind::Mention));
    }

    #[test]
    fn a_zwj_family_emoji_is_one_token() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(
            kinds(&format!("hi {family}!")),
            [(TokenKind::Word, "hi"), (TokenKind::Emoji, family), (TokenKind::Punctuation, "!")]
        );
    }

    #[test]
    fn sentences_end_at_stops_and_line_breaks() {
        let document = Document::new("Is it fixed?? Yes. Thanks\nBye", None);
        let pieces: Vec<_> =
            document.sentences.iter().map(|s| (document.slice(s.start_byte, s.end_byte), s.question)).collect();
        assert_eq!(pieces, [("Is it fixed??", true), ("Yes.", false), ("Thanks", false), ("Bye", false)]);
    }

    #[test]
    fn other_languages_are_told_apart() {
        assert_eq!(Document::new("Thanks for the quick fix, it works now.", None).language, Language::English);
        assert_eq!(
            Document::new("Gracias por la respuesta, todo funciona muy bien ahora.", None).language,
            Language::Other
        );
        assert_eq!(Document::new("ありがとうございます、助かりました", None).language, Language::Other);
    }
}
