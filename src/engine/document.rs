//! The text model: a draft split into tokens and sentences, each with byte spans mapped to UTF-16.
//!
//! Tokens know what they are (words, numbers, @mentions, #hashtags, URLs, emoji including ZWJ
//! sequences, punctuation) and whether a word is ALL CAPS or a contraction. A word runs on across invisible chars
//! ("id\u{AD}iot") and its normalized form is folded as the phrase matcher folds text (lower case, straight
//! apostrophes, look-alike and fullwidth letters as Latin ones). The document also knows whether the text is in a language the scores cover;
//! lexicon and word-table hits are the checker's ([`super::analysis::Analysis`]).

use std::borrow::Cow;
use std::cell::OnceCell;

use serde::{Deserialize, Serialize};

use super::matcher::{self, is_word_char};
use super::swar::{ascii_letters, bytes_below, has_byte, word_at, TOPS};

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
pub struct Token<'a> {
    pub kind: TokenKind,
    /// Byte range in the draft.
    pub start_byte: usize,
    pub end_byte: usize,
    /// The token lower-cased and folded as the phrase matcher folds text ([`matcher::fold_lower`]: straight
    /// apostrophes, no invisible chars or accents, look-alike letters as Latin ones); empty for punctuation and
    /// emoji, which are read as written.
    pub normalized: Normalized<'a>,
    /// A word of two or more letters, all of them capitals ("NEVER").
    pub all_caps: bool,
    /// A word with an apostrophe inside ("don't", "you’re").
    pub contraction: bool,
}

/// A token's folded lower-case form: the draft's own text when it is already lower-case ASCII (most words), so
/// checking a draft does not copy each word.
#[derive(Clone, PartialEq)]
pub struct Normalized<'a>(Cow<'a, str>);

impl Normalized<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl std::ops::Deref for Normalized<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Normalized<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(formatter)
    }
}

impl PartialEq<&str> for Normalized<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Normalized<'_>> for &str {
    fn eq(&self, other: &Normalized<'_>) -> bool {
        *self == other.as_str()
    }
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
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    /// English, or too short to tell: scored.
    #[serde(rename = "en")]
    English,
    /// Another language: findings and scores would be guesses, so the scores stay neutral.
    #[serde(rename = "other")]
    Other,
}

impl Language {
    /// The language as the report's JSON names it.
    pub const fn name(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Other => "other",
        }
    }
}

/// A draft ready for the rules.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    /// The post being replied to, when the site shows it.
    pub context: Option<&'a str>,
    pub tokens: Vec<Token<'a>>,
    pub sentences: Vec<Sentence>,
    pub language: Language,
    /// For each non-ASCII char: the byte just past it, and how many more UTF-8 bytes than UTF-16
    /// units the text has used up to there (ASCII text needs no entry at all).
    utf16_shift: Vec<(usize, usize)>,
    /// The quotation marks of the text, found on first use.
    quote_marks: OnceCell<Vec<QuoteMark>>,
}

/// A double quotation mark of the draft: where it is and which one it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteMark {
    pub byte: usize,
    pub kind: QuoteKind,
}

/// Which double quotation mark: the straight one opens or closes, the curly ones one of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// `"`
    Straight,
    /// `“`
    Opening,
    /// `”`
    Closing,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str, context: Option<&'a str>) -> Self {
        let utf16_shift = if text.is_ascii() { Vec::new() } else { utf16_shifts(text) };
        let tokens = tokenize(text);
        let sentences = split_sentences(text);
        let language = detect_language(text, &tokens);
        Self { text, context, tokens, sentences, language, utf16_shift, quote_marks: OnceCell::new() }
    }

    /// The double quotation marks of the draft (`"`, `“`, `”`), by position; found once, on first use.
    pub fn quote_marks(&self) -> &[QuoteMark] {
        self.quote_marks.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut marks = Vec::new();
            let mut byte = 0;
            while byte < bytes.len() {
                // Eight bytes with no `"` nor the lead byte of a curly quote at once.
                if word_at(bytes, byte).is_some_and(|x| has_byte(x, b'"') | has_byte(x, 0xE2) == 0) {
                    byte += 8;
                    continue;
                }
                let kind = match bytes[byte] {
                    b'"' => Some(QuoteKind::Straight),
                    0xE2 if bytes[byte..].starts_with("\u{201C}".as_bytes()) => Some(QuoteKind::Opening),
                    0xE2 if bytes[byte..].starts_with("\u{201D}".as_bytes()) => Some(QuoteKind::Closing),
                    _ => None,
                };
                if let Some(kind) = kind {
                    marks.push(QuoteMark { byte, kind });
                }
                byte += 1;
            }
            marks
        })
    }

    /// The UTF-16 offset of a byte offset that lies on a char boundary.
    pub fn utf16(&self, byte: usize) -> u32 {
        let byte = byte.min(self.text.len());
        let passed = self.utf16_shift.partition_point(|(end, _)| *end <= byte);
        let shift = if passed == 0 { 0 } else { self.utf16_shift[passed - 1].1 };
        (byte - shift) as u32
    }

    /// The tokens that lie within a byte range (found by binary search: rules call this per sentence).
    pub fn tokens_in(&self, start_byte: usize, end_byte: usize) -> &[Token<'a>] {
        let first = self.tokens.partition_point(|token| token.start_byte < start_byte);
        let past = self.tokens.partition_point(|token| token.start_byte < end_byte);
        &self.tokens[first..past.max(first)]
    }

    /// The sentence that holds a byte offset, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<&Sentence> {
        self.sentences.iter().find(|sentence| sentence.start_byte <= byte && byte < sentence.end_byte)
    }

    /// The words of the draft (not URLs, mentions, hashtags, emoji or punctuation).
    pub fn words(&self) -> impl Iterator<Item = &Token<'a>> {
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

/// For each non-ASCII char of the text: the byte just past it, and how many more UTF-8 bytes than UTF-16 units
/// the text has used up to there. Read from the lead bytes alone: 2-byte chars are one UTF-16 unit, 3-byte chars
/// one, 4-byte chars two (a surrogate pair).
fn utf16_shifts(text: &str) -> Vec<(usize, usize)> {
    let mut shifts = Vec::new();
    let mut shift = 0;
    let bytes = text.as_bytes();
    let mut byte = 0;
    while byte < bytes.len() {
        if word_at(bytes, byte).is_some_and(|x| x & TOPS == 0) {
            byte += 8;
            continue;
        }
        let (utf8_len, utf16_len) = match bytes[byte] {
            0xF0.. => (4, 2),
            0xE0.. => (3, 1),
            0xC0.. => (2, 1),
            _ => {
                byte += 1;
                continue;
            }
        };
        shift += utf8_len - utf16_len;
        shifts.push((byte + utf8_len, shift));
        byte += utf8_len;
    }
    shifts
}

/// The char that starts at byte `at` (a char boundary) of the text, if any; ASCII is read without decoding.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// Whether a byte continues a multi-byte UTF-8 char (so no char starts there).
fn is_continuation_byte(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// The content words of a text (lower case, no function words, at least three letters), for
/// comparing a reply with the post it answers.
pub fn content_words(text: &str) -> Vec<(usize, usize, String)> {
    let mut tokens = Vec::new();
    plain_tokens(text, 0, text.len(), &mut tokens);
    tokens
        .into_iter()
        .filter(|token| {
            token.kind == TokenKind::Word && token.normalized.chars().filter(|c| c.is_alphabetic()).count() >= 3
        })
        .filter(|token| !is_function_word(&token.normalized))
        .map(|token| (token.start_byte, token.end_byte, token.normalized.into_string()))
        .collect()
}

/// Whether a lower-case word is a common English function word (what [`function_word_language`] calls English,
/// without its search of the other languages' words).
pub fn is_function_word(word: &str) -> bool {
    packed(word).is_some_and(|word| ENGLISH_FUNCTION_WORDS.binary_search(&word).is_ok())
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

/// Top-level domains that make a bare `name.tld` a link.
const DOMAINS: &[&str] = &[
    "com", "net", "org", "io", "co", "ly", "me", "tv", "info", "biz", "gl", "be", "us", "uk", "app", "shop", "pl",
    "de", "fr", "ru", "in", "es", "it", "nl", "ca", "au", "xyz", "site", "online", "store", "to", "link", "ws", "cc",
    "eu", "ph", "br", "mx",
];

/// Splits the draft into tokens in one pass over its whitespace-separated chunks: a chunk (after any
/// opening brackets or quotes) that starts a URL, @mention or #hashtag yields that token, and the rest
/// is split into words, numbers, emoji and punctuation by [`plain_tokens`].
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut chunk_start = None;
    let bytes = text.as_bytes();
    // The end of the text ends the last chunk as a space would.
    let mut index = 0;
    while index <= bytes.len() {
        // Printable ASCII (no space, control or non-ASCII byte) neither starts nor ends a chunk after its first byte:
        // passed eight bytes at a time, up to the first byte that may (the lowest flagged byte is exact).
        if let Some(x) = word_at(bytes, index) {
            let run = (bytes_below(x, b' ' + 1) | (x & TOPS)).trailing_zeros() as usize / 8;
            if run > 0 {
                chunk_start.get_or_insert(index);
                index += run;
                continue;
            }
        }
        let at = index;
        index += 1;
        let space = match bytes.get(at) {
            None => true,
            Some(&byte) if byte.is_ascii() => matches!(byte, b' ' | b'\t'..=b'\r'),
            Some(&byte) if is_continuation_byte(byte) => continue,
            Some(_) => char_at(text, at).is_some_and(char::is_whitespace),
        };
        match (space, chunk_start) {
            (false, None) => chunk_start = Some(at),
            (true, Some(start)) => {
                chunk_tokens(text, start, at, &mut tokens);
                chunk_start = None;
            }
            _ => {}
        }
    }
    tokens
}

/// The tokens of one chunk of text without whitespace.
fn chunk_tokens<'a>(text: &'a str, start: usize, end: usize, tokens: &mut Vec<Token<'a>>) {
    let chunk = &text[start..end];
    let lead = chunk.len() - chunk.trim_start_matches(['(', '[', '"', '\'', '\u{201C}', '\u{2018}', '<']).len();
    let mut cursor = start;
    let mut at = start + lead;
    while at < end {
        let special = special_token(&text[..end], at);
        let Some((kind, token_end)) = special else { break };
        plain_tokens(text, cursor, at, tokens);
        tokens.push(Token {
            kind,
            start_byte: at,
            end_byte: token_end,
            normalized: Normalized(Cow::Owned(text[at..token_end].to_lowercase())),
            all_caps: false,
            contraction: false,
        });
        cursor = token_end;
        // "@a,@b" or "#one#two": another special token may follow a separator.
        at = token_end + text[token_end..end].find(['@', '#']).unwrap_or(end - token_end);
    }
    plain_tokens(text, cursor, end, tokens);
}

/// The URL, @mention or #hashtag starting at `start` (a word start), with its end.
fn special_token(text: &str, start: usize) -> Option<(TokenKind, usize)> {
    let rest = &text[start..];
    let word_end = |from: usize| from + rest[from..].find(|c: char| !is_word_char(c)).unwrap_or(rest.len() - from);
    let first = rest.as_bytes().first()?;
    match first {
        b'@' | b'#' => {
            let end = word_end(1);
            let kind = if *first == b'@' { TokenKind::Mention } else { TokenKind::Hashtag };
            (end > 1).then_some((kind, start + end))
        }
        _ if !first.is_ascii_alphanumeric() => None,
        _ if starts_with_ignore_case(rest, "http://")
            || starts_with_ignore_case(rest, "https://")
            || starts_with_ignore_case(rest, "www.") =>
        {
            let end = rest.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"')).unwrap_or(rest.len());
            let trimmed =
                rest[..end].trim_end_matches(['.', ',', '!', '?', ';', ':', ')', '\'', '\u{2019}', '\u{201D}']);
            (trimmed.len() > 7).then_some((TokenKind::Url, start + trimmed.len()))
        }
        _ => {
            let host_len =
                rest.bytes().position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'.')).unwrap_or(rest.len());
            // Most words are not hosts: no dot, no domain to look for.
            if !rest.as_bytes()[..host_len].contains(&b'.') {
                return None;
            }
            let host = rest[..host_len].trim_end_matches('.');
            let (name, domain) = host.rsplit_once('.')?;
            if name.is_empty() || name.ends_with('.') || !DOMAINS.iter().any(|d| d.eq_ignore_ascii_case(domain)) {
                return None;
            }
            let mut end = host.len();
            if rest[end..].starts_with('/') {
                let path = rest[end..]
                    .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
                    .unwrap_or(rest.len() - end);
                end += rest[end..end + path]
                    .trim_end_matches(['.', ',', '!', '?', ';', ':', ')', '\'', '\u{2019}', '\u{201D}'])
                    .len();
            }
            Some((TokenKind::Url, start + end))
        }
    }
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len() && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Splits plain text (no URLs, mentions or hashtags) into tokens, in one pass: words (letters, digits
/// and marks, with apostrophes inside: "don't", "you’re"), numbers ("3.5"), emoji sequences (ZWJ
/// joins, skin tones, variation selectors and flag pairs stay one token) and single punctuation marks.
fn plain_tokens<'a>(text: &'a str, from: usize, to: usize, tokens: &mut Vec<Token<'a>>) {
    let piece = &text[from..to];
    let bytes = piece.as_bytes();
    let mut next_at = 0;
    while let Some(c) = char_at(piece, next_at) {
        let offset = next_at;
        let mut end = offset + c.len_utf8();
        next_at = end;
        if c.is_whitespace() {
            continue;
        }
        // An ASCII word or number, read once: its kind, lower-case form, capitals and apostrophes.
        let mut ascii = None;
        let kind = if c.is_alphanumeric() {
            loop {
                // Runs of ASCII letters and digits, most of any word, need no decoding.
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some(next) = char_at(piece, end) else { break };
                let past_next = end + next.len_utf8();
                let inner_mark = match next {
                    '.' | ',' => {
                        bytes[end - 1].is_ascii_digit() && bytes.get(past_next).is_some_and(u8::is_ascii_digit)
                    }
                    '\'' | '\u{2019}' => char_at(piece, past_next).is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if continues_word(next) || inner_mark {
                    end = past_next;
                } else if let Some(past_hidden) = hidden_inside_word(piece, end) {
                    end = past_hidden;
                } else {
                    break;
                }
            }
            next_at = end;
            let written = &piece[offset..end];
            ascii = AsciiWord::read(written);
            let has_letter = match &ascii {
                Some(word) => word.letters > 0,
                None => written.chars().any(char::is_alphabetic),
            };
            if has_letter {
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        } else if is_emoji(c) {
            let flag = is_regional_indicator(c);
            while let Some(next) = char_at(piece, end) {
                let past_next = end + next.len_utf8();
                let joined = next == '\u{200D}' && char_at(piece, past_next).is_some_and(is_emoji);
                if flag && is_regional_indicator(next) {
                    end = past_next;
                    break;
                } else if is_emoji_modifier(next) {
                    end = past_next;
                } else if joined {
                    end = past_next + char_at(piece, past_next).map_or(0, char::len_utf8);
                } else {
                    break;
                }
            }
            next_at = end;
            TokenKind::Emoji
        } else if c.is_ascii_punctuation() {
            TokenKind::Punctuation
        } else {
            TokenKind::Other
        };
        let written = &piece[offset..end];
        let word = kind == TokenKind::Word;
        let (normalized, all_caps, contraction) = match (kind, ascii) {
            (_, Some(word)) => word.case(written),
            (TokenKind::Word | TokenKind::Number, None) => {
                let all_caps = word
                    && written.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
                    && !written.chars().any(char::is_lowercase);
                let normalized = matcher::fold_lower(written);
                let contraction = word && normalized.contains('\'');
                (Cow::Owned(normalized), all_caps, contraction)
            }
            _ => (Cow::Borrowed(""), false, false),
        };
        let normalized = Normalized(normalized);
        tokens.push(Token { kind, start_byte: from + offset, end_byte: from + end, normalized, all_caps, contraction });
    }
}

/// What one pass over an ASCII word or number finds: its letters, lower-case letters and apostrophes.
struct AsciiWord {
    letters: usize,
    lower: usize,
    apostrophes: usize,
}

impl AsciiWord {
    /// The counts of a word or number, or `None` when it is not all ASCII.
    fn read(written: &str) -> Option<Self> {
        let (mut letters, mut lower, mut apostrophes, mut high) = (0, 0, 0, 0);
        for byte in written.bytes() {
            letters += usize::from(byte.is_ascii_alphabetic());
            lower += usize::from(byte.is_ascii_lowercase());
            apostrophes += usize::from(byte == b'\'');
            high |= byte;
        }
        high.is_ascii().then_some(Self { letters, lower, apostrophes })
    }

    /// The word lower-cased, whether it is a word of two or more letters, all of them capitals, and whether it is a
    /// contraction (a word with an apostrophe).
    fn case(self, written: &str) -> (Cow<'_, str>, bool, bool) {
        let Self { letters, lower, apostrophes } = self;
        let normalized =
            if letters == lower { Cow::Borrowed(written) } else { Cow::Owned(written.to_ascii_lowercase()) };
        let word = letters > 0;
        (normalized, letters >= 2 && lower == 0, word && apostrophes > 0)
    }
}

/// Letters, digits and combining marks (accents, and the vowel signs of scripts such as Devanagari
/// or Thai, which are not alphanumeric) continue a word.
fn continues_word(c: char) -> bool {
    c.is_alphanumeric() || matcher::is_combining(c)
}

/// Where a run of invisible chars at `at` ends, when a letter, digit or mark follows it: a soft hyphen or a
/// zero-width space inside a word ("id\u{AD}iot") does not end it.
fn hidden_inside_word(piece: &str, at: usize) -> Option<usize> {
    if piece.as_bytes().get(at).is_none_or(u8::is_ascii) {
        return None;
    }
    let hidden = piece[at..].find(|c: char| !matcher::is_invisible_char(c)).unwrap_or(piece.len() - at);
    let past = at + hidden;
    (hidden > 0 && char_at(piece, past).is_some_and(continues_word)).then_some(past)
}

/// Skin tones, variation selectors, the keycap mark and tag characters attach to the emoji before them.
fn is_emoji_modifier(c: char) -> bool {
    matches!(c as u32, 0x1F3FB..=0x1F3FF | 0xFE0E | 0xFE0F | 0x20E3 | 0xE0020..=0xE007F)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
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
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Eight bytes with no stop (nor the lead byte of `…`) at once.
        if let Some(x) = word_at(bytes, at) {
            if has_byte(x, b'\n') | has_byte(x, b'.') | has_byte(x, b'!') | has_byte(x, b'?') | has_byte(x, 0xE2) == 0 {
                at += 8;
                continue;
            }
        }
        let stop_len = match bytes[at] {
            b'\n' | b'.' | b'!' | b'?' => 1,
            0xE2 if bytes[at..].starts_with("\u{2026}".as_bytes()) => 3,
            _ => 0,
        };
        if stop_len == 0 {
            at += 1;
            continue;
        }
        let mut end = at + stop_len;
        at = end;
        if bytes[end - 1] == b'\n' || char_at(text, end).is_none_or(char::is_whitespace) {
            while matches!(bytes.get(end), Some(b'.' | b'!' | b'?')) {
                end += 1;
            }
            push_sentence(text, start, end, &mut sentences);
            start = end;
            at = end;
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

/// English unless most letters are outside the Latin script, or the draft has more of the common
/// function words of other European languages than of English ("de", "que", "und", "est"...).
/// A short draft with neither (a tweet of nouns and swear words) counts as English.
fn detect_language(text: &str, tokens: &[Token<'_>]) -> Language {
    if !text.is_ascii() && !mostly_latin(text) {
        return Language::Other;
    }
    let (mut english, mut foreign) = (0usize, 0usize);
    for token in tokens.iter().filter(|token| token.kind == TokenKind::Word).take(LANGUAGE_SAMPLE) {
        match function_word_language(&token.normalized) {
            Some(Language::English) => english += 1,
            Some(Language::Other) => foreign += 1,
            None => {}
        }
    }
    if foreign >= 2 && foreign > english {
        Language::Other
    } else {
        Language::English
    }
}

/// Whether most letters of the text (up to eight times [`LANGUAGE_SAMPLE`]) are Latin: ASCII, accented, fullwidth
/// or mathematical letters, and the look-alikes of Latin letters (Cyrillic `а`, Greek `ο`) in a word that has a
/// Latin letter too ("іdіot"), as the phrase matcher reads them.
fn mostly_latin(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    // The last word a look-alike was found in: its span, and whether it has a Latin letter (each word is read once).
    let mut word: Option<(usize, usize, bool)> = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if latin + other == LANGUAGE_SAMPLE * 8 {
            break;
        }
        // Eight ASCII bytes at once, while they cannot take the count past the sample.
        if latin + other + 8 <= LANGUAGE_SAMPLE * 8 {
            if let Some(x) = word_at(bytes, at).filter(|x| x & TOPS == 0) {
                latin += ascii_letters(x);
                at += 8;
                continue;
            }
        }
        let (here, byte) = (at, bytes[at]);
        at += 1;
        if byte.is_ascii() {
            latin += usize::from(byte.is_ascii_alphabetic());
        } else if is_continuation_byte(byte) {
            continue;
        } else if let Some(c) = char_at(text, here).filter(|c| c.is_alphabetic()) {
            let mut look_alike_in_latin = || {
                if !matcher::is_look_alike(c) {
                    return false;
                }
                let known = word.filter(|&(start, end, _)| (start..end).contains(&here));
                let (_, _, has_latin) = *word.insert(known.unwrap_or_else(|| word_around(text, here)));
                has_latin
            };
            if ('\u{00C0}'..='\u{024F}').contains(&c) || matcher::is_latin_letter(c) || look_alike_in_latin() {
                latin += 1;
            } else {
                other += 1;
            }
        }
    }
    latin >= other
}

/// The span of the word around byte `at` of the text, and whether it has a Latin letter.
fn word_around(text: &str, at: usize) -> (usize, usize, bool) {
    let before = text[..at].char_indices().rev().find(|&(_, c)| !matcher::is_word_part(c));
    let start = before.map_or(0, |(index, c)| index + c.len_utf8());
    let after = text[at..].find(|c: char| !matcher::is_word_part(c)).map_or(text.len(), |offset| at + offset);
    (start, after, text[start..after].chars().any(matcher::is_latin_letter))
}

/// Whether a lower-case word is a common function word of English, of another European language, or neither
/// (a word on both lists is English). The words are compared as integers (see [`packed`]), by binary search in
/// tables sorted when the crate compiles: the wasm carries eight bytes a word, and no text, pointer or sort for them.
fn function_word_language(word: &str) -> Option<Language> {
    static FOREIGN: [u64; FOREIGN_FUNCTION_WORDS.len()] = sorted_packed(FOREIGN_FUNCTION_WORDS);
    let word = packed(word)?;
    if ENGLISH_FUNCTION_WORDS.binary_search(&word).is_ok() {
        Some(Language::English)
    } else {
        FOREIGN.binary_search(&word).is_ok().then_some(Language::Other)
    }
}

/// [`FUNCTION_WORDS`] as [`packed`] integers, sorted.
static ENGLISH_FUNCTION_WORDS: [u64; FUNCTION_WORDS.len()] = sorted_packed(FUNCTION_WORDS);

/// `words` as [`packed`] integers, sorted; a word longer than eight bytes stops the build.
const fn sorted_packed<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut sorted = [0u64; N];
    let mut index = 0;
    while index < N {
        let bytes = words[index].as_bytes();
        assert!(bytes.len() <= 8, "a function word is longer than eight bytes");
        let mut word = [0u8; 8];
        let mut at = 0;
        while at < bytes.len() {
            word[at] = bytes[at];
            at += 1;
        }
        // Insertion sort: a few hundred words, once, at compile time.
        let mut place = index;
        let value = u64::from_le_bytes(word);
        while place > 0 && sorted[place - 1] > value {
            sorted[place] = sorted[place - 1];
            place -= 1;
        }
        sorted[place] = value;
        index += 1;
    }
    sorted
}

/// A word of at most eight bytes as one integer (its bytes, zero-padded: words hold no zero bytes), or `None`
/// for a longer word, which no function word is.
fn packed(word: &str) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    Some(u64::from_le_bytes(bytes))
}

/// Frequent function words of Spanish, French, German, Dutch, Italian and Portuguese that English
/// does not use.
const FOREIGN_FUNCTION_WORDS: &[&str] = &[
    "de", "la", "que", "el", "los", "las", "del", "por", "una", "es", "et", "le", "les", "des", "est", "du", "une",
    "der", "das", "und", "ist", "nicht", "ein", "eine", "zu", "von", "mit", "ich", "het", "een", "van", "dat", "niet",
    "che", "di", "non", "sono", "não", "com", "para", "uma", "os", "muy", "pero", "más", "como", "con", "sur", "pas",
    "pour", "avec", "qui", "dans", "sind", "auch", "wie", "aber", "oder", "nel", "della", "questo", "sehr", "en", "lo",
    "se", "su", "mi", "tu", "je", "vous", "nous", "ce", "il", "ne", "y", "al", "ya", "wir", "ihr", "er", "nada",
    "todo", "esto", "sois", "unos", "ik", "ze", "voor", "ook",
    // Greetings, thanks and the pronouns of a reply to a customer, which a short support answer is made of.
    "hallo", "vielen", "dank", "danke", "bitte", "für", "ihre", "ihnen", "uns", "sie", "dich", "dir", "mir", "bist",
    "wird", "haben", "auf", "bei", "dem", "noch", "nur", "merci", "bonjour", "votre", "vos", "notre", "nos", "mais",
    "très", "cette", "sont", "avez", "suis", "aux", "oui", "gracias", "hola", "usted", "sus", "está", "estamos",
    "también", "porque", "nuestro", "grazie", "ciao", "siamo", "anche", "perché", "obrigado", "obrigada", "você",
    "seu", "sua", "olá", "bedankt", "jij", "wij", "zijn", "hebben", "maar", "graag",
];

/// How many words (and eight times as many letters) the language check reads: enough to tell.
const LANGUAGE_SAMPLE: usize = 400;

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
    fn a_word_runs_on_across_invisible_chars_and_is_folded_as_the_matcher_folds() {
        let text = "You id\u{AD}iot, i\u{200B}d\u{200B}iot \u{0456}d\u{0456}\u{043E}t \u{FF49}\u{FF44}\u{FF49}\u{FF4F}\u{FF54}!";
        let document = Document::new(text, None);
        let words: Vec<_> = document.words().map(|t| t.normalized.as_str()).collect();
        assert_eq!(words, ["you", "idiot", "idiot", "idiot", "idiot"]);
        // An invisible char between two words, or after the last one, belongs to neither.
        assert_eq!(kinds("a\u{200B} b\u{200B}")[..2], [(TokenKind::Word, "a"), (TokenKind::Other, "\u{200B}")]);
    }

    #[test]
    fn a_zwj_emoji_sequence_after_a_word_stays_an_emoji() {
        let technologist = "\u{1F469}\u{200D}\u{1F4BB}";
        assert_eq!(kinds(&format!("dev{technologist}")), [(TokenKind::Word, "dev"), (TokenKind::Emoji, technologist)]);
        assert_eq!(kinds("ok\u{200D}\u{1F642}")[0], (TokenKind::Word, "ok"));
    }

    #[test]
    fn look_alike_letters_in_latin_words_count_as_latin() {
        let disguised = "Y\u{043E}u \u{0430}re \u{0430}n \u{0456}d\u{0456}\u{043E}t \u{0430}nd \u{0443}\u{043E}u kn\u{043E}w \u{0456}t";
        assert_eq!(Document::new(disguised, None).language, Language::English);
        // Russian is mostly letters of its own, and its look-alikes (о, а, с) count with them.
        assert_eq!(Document::new("Спасибо, всё работает, а сор уберём.", None).language, Language::Other);
        assert_eq!(
            Document::new("Ευχαριστώ πολύ για την απάντηση και για τον χρόνο σας.", None).language,
            Language::Other
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
    fn quote_marks_are_found_straight_and_curly() {
        let document = Document::new("He said \u{201C}fine\u{201D} and \"ok\".", None);
        let marks: Vec<_> = document.quote_marks().iter().map(|mark| (mark.byte, mark.kind)).collect();
        assert_eq!(
            marks,
            [(8, QuoteKind::Opening), (15, QuoteKind::Closing), (23, QuoteKind::Straight), (26, QuoteKind::Straight)]
        );
    }

    #[test]
    fn every_function_word_is_short_enough_to_be_packed() {
        for word in FUNCTION_WORDS.iter().chain(FOREIGN_FUNCTION_WORDS) {
            assert!(packed(word).is_some(), "{word}");
            assert!(function_word_language(word).is_some(), "{word}");
        }
    }

    #[test]
    fn other_languages_are_told_apart() {
        assert_eq!(Document::new("Thanks for the quick fix, it works now.", None).language, Language::English);
        assert_eq!(
            Document::new("Gracias por la respuesta, todo funciona muy bien ahora.", None).language,
            Language::Other
        );
        assert_eq!(Document::new("ありがとうございます、助かりました", None).language, Language::Other);
        for reply in [
            "Hallo, vielen Dank für Ihre Nachricht. Wir kümmern uns darum.",
            "Bonjour, merci pour votre message, nous regardons cela.",
            "Hola, gracias por escribirnos. Estamos revisando su pedido.",
            "Ciao, grazie per la segnalazione, ci stiamo lavorando.",
            "Olá, obrigado pela mensagem, você receberá uma resposta em breve.",
            "Hallo, bedankt voor je bericht, we zijn ermee bezig.",
        ] {
            assert_eq!(Document::new(reply, None).language, Language::Other, "{reply}");
        }
        assert_eq!(
            Document::new("Danke! The fix is live for you now, and the app works again.", None).language,
            Language::English
        );
    }

    /// The scans that pass over eight ASCII bytes at once, against char-by-char readings of the same text.
    mod eight_bytes_at_a_time {
        use proptest::prelude::*;

        use super::*;

        /// Text of the chars the scans look for, among plain ASCII and other scripts.
        const CHARS: &str = "[ aZx0.!?\n\"\u{201C}\u{201D}\u{2026}\u{2014}é\u{0436}\u{0456}\u{1F600}]{0,48}";

        fn sentence_ends(text: &str) -> Vec<usize> {
            split_sentences(text).iter().map(|sentence| sentence.end_byte).collect()
        }

        /// Where sentences end, read char by char: at a stop (or `…`) followed by whitespace or the end, past any
        /// more stops, and at a line break; empty sentences are dropped.
        fn sentence_ends_char_by_char(text: &str) -> Vec<usize> {
            let mut ends = Vec::new();
            let mut start = 0;
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let mut index = 0;
            while index < chars.len() {
                let (at, c) = chars[index];
                index += 1;
                if !matches!(c, '\n' | '.' | '!' | '?' | '\u{2026}') {
                    continue;
                }
                let mut end = at + c.len_utf8();
                if c == '\n' || text[end..].chars().next().is_none_or(char::is_whitespace) {
                    while let Some(&(next_at, next @ ('.' | '!' | '?'))) = chars.get(index) {
                        end = next_at + next.len_utf8();
                        index += 1;
                    }
                    if !text[start..end].trim().is_empty() {
                        ends.push(start + text[start..end].trim_end().len());
                    }
                    start = end;
                }
            }
            if !text[start..].trim().is_empty() {
                ends.push(start + text[start..].trim_end().len());
            }
            ends
        }

        proptest! {
            #[test]
            fn utf16_offsets_are_the_text_s_utf16_length(text in CHARS) {
                let document = Document::new(&text, None);
                for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    prop_assert_eq!(document.utf16(at) as usize, text[..at].encode_utf16().count());
                }
            }

            #[test]
            fn tokens_are_those_of_the_whitespace_separated_chunks(text in "[ aZ0.@#'\t\n\u{1}\u{7F}\u{A0}\u{3000}é\u{1F600}]{0,48}") {
                let mut expected = Vec::new();
                let mut start = None;
                for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
                    match (c.is_whitespace(), start) {
                        (false, None) => start = Some(at),
                        (true, Some(from)) => {
                            chunk_tokens(&text, from, at, &mut expected);
                            start = None;
                        }
                        _ => {}
                    }
                }
                prop_assert_eq!(tokenize(&text), expected);
            }

            #[test]
            fn sentences_end_where_a_char_by_char_reading_ends_them(text in CHARS) {
                prop_assert_eq!(sentence_ends(&text), sentence_ends_char_by_char(&text));
            }

            #[test]
            fn quote_marks_are_every_double_quote(text in CHARS) {
                let document = Document::new(&text, None);
                let found: Vec<(usize, QuoteKind)> = document.quote_marks().iter().map(|mark| (mark.byte, mark.kind)).collect();
                let expected: Vec<(usize, QuoteKind)> = text
                    .char_indices()
                    .filter_map(|(at, c)| match c {
                        '"' => Some((at, QuoteKind::Straight)),
                        '\u{201C}' => Some((at, QuoteKind::Opening)),
                        '\u{201D}' => Some((at, QuoteKind::Closing)),
                        _ => None,
                    })
                    .collect();
                prop_assert_eq!(found, expected);
            }

            #[test]
            fn the_latin_count_is_the_char_by_char_count(text in "[ aZ0.é\u{0436}\u{0456}\u{1F600}]{0,48}", ascii in 3180usize..3210) {
                // Past the sample (3,200 letters) nothing more is counted: ASCII letters then Cyrillic ones decide.
                let long = format!("{}{}", "a".repeat(ascii), "\u{0436}".repeat(ascii));
                for text in [text.as_str(), &long] {
                    let (mut latin, mut other) = (0, 0);
                    for (at, c) in text.char_indices().filter(|(_, c)| c.is_alphabetic()) {
                        if latin + other == LANGUAGE_SAMPLE * 8 {
                            break;
                        }
                        let latin_like = c.is_ascii()
                            || ('\u{00C0}'..='\u{024F}').contains(&c)
                            || (matcher::is_look_alike(c) && word_around(text, at).2);
                        if latin_like { latin += 1 } else { other += 1 }
                    }
                    prop_assert_eq!(mostly_latin(text), latin >= other, "{}", text);
                }
            }
        }
    }
}
