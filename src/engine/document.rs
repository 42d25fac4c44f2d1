//! The text model: a draft split into tokens and sentences, each with byte spans mapped to UTF-16.
//!
//! Tokens know what they are (words, numbers, @mentions, #hashtags, URLs, emoji including ZWJ
//! sequences, punctuation), whether a word is ALL CAPS or a contraction, and curly apostrophes are
//! read as straight ones. The document also holds every lexicon hit (one automaton pass) and whether
//! the text is in a language the scores cover.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

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
    /// The token lower-cased, with curly apostrophes made straight (empty for punctuation and emoji,
    /// which are read as written).
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
    /// For each non-ASCII char: the byte just past it, and how many more UTF-8 bytes than UTF-16
    /// units the text has used up to there (ASCII text needs no entry at all).
    utf16_shift: Vec<(usize, usize)>,
    /// The shipped word table's hits, found once for the scores and the word-tone rule.
    pub(crate) table_hits: std::cell::OnceCell<Vec<(usize, usize, usize)>>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str, context: Option<&'a str>) -> Self {
        let mut utf16_shift = Vec::new();
        if !text.is_ascii() {
            let mut shift = 0;
            for (byte, ch) in text.char_indices().filter(|(_, ch)| !ch.is_ascii()) {
                shift += ch.len_utf8() - ch.len_utf16();
                utf16_shift.push((byte + ch.len_utf8(), shift));
            }
        }
        let tokens = tokenize(text);
        let sentences = split_sentences(text);
        let language = detect_language(text, &tokens);
        let hits = super::rules::phrase_set().find(text);
        Self { text, context, tokens, sentences, hits, language, utf16_shift, table_hits: Default::default() }
    }

    /// The UTF-16 offset of a byte offset that lies on a char boundary.
    pub fn utf16(&self, byte: usize) -> u32 {
        let byte = byte.min(self.text.len());
        let passed = self.utf16_shift.partition_point(|(end, _)| *end <= byte);
        let shift = if passed == 0 { 0 } else { self.utf16_shift[passed - 1].1 };
        (byte - shift) as u32
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
    let mut tokens = Vec::new();
    plain_tokens(text, 0, text.len(), &mut tokens);
    tokens
        .into_iter()
        .filter(|token| {
            token.kind == TokenKind::Word && token.normalized.chars().filter(|c| c.is_alphabetic()).count() >= 3
        })
        .filter(|token| !is_function_word(&token.normalized))
        .map(|token| (token.start_byte, token.end_byte, token.normalized))
        .collect()
}

/// Whether a lower-case word is a common English function word.
pub fn is_function_word(word: &str) -> bool {
    static SORTED: OnceLock<Vec<&'static str>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut words = FUNCTION_WORDS.to_vec();
        crate::order::sort_by(&mut words, Ord::cmp);
        words
    });
    sorted.binary_search(&word).is_ok()
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
fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut chunk_start = None;
    for (index, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_whitespace(), chunk_start) {
            (false, None) => chunk_start = Some(index),
            (true, Some(start)) => {
                chunk_tokens(text, start, index, &mut tokens);
                chunk_start = None;
            }
            _ => {}
        }
    }
    tokens
}

/// The tokens of one chunk of text without whitespace.
fn chunk_tokens(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
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
            normalized: text[at..token_end].to_lowercase(),
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
        _ if starts_with_ignore_case(rest, "http://")
            || starts_with_ignore_case(rest, "https://")
            || starts_with_ignore_case(rest, "www.") =>
        {
            let end = rest.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"')).unwrap_or(rest.len());
            let trimmed =
                rest[..end].trim_end_matches(['.', ',', '!', '?', ';', ':', ')', '\'', '\u{2019}', '\u{201D}']);
            (trimmed.len() > 7).then_some((TokenKind::Url, start + trimmed.len()))
        }
        _ if first.is_ascii_alphanumeric() && rest.contains('.') => {
            let host_len =
                rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.')).unwrap_or(rest.len());
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
        _ => None,
    }
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len() && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Splits plain text (no URLs, mentions or hashtags) into tokens, in one pass: words (letters, digits
/// and marks, with apostrophes inside: "don't", "you’re"), numbers ("3.5"), emoji sequences (ZWJ
/// joins, skin tones, variation selectors and flag pairs stay one token) and single punctuation marks.
fn plain_tokens(text: &str, from: usize, to: usize, tokens: &mut Vec<Token>) {
    let piece = &text[from..to];
    let mut chars = piece.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = offset + c.len_utf8();
        let kind = if c.is_alphanumeric() {
            while let Some(&(next_at, next)) = chars.peek() {
                let inner_mark = matches!(next, '\'' | '\u{2019}' | '.' | ',')
                    && piece[next_at + next.len_utf8()..].chars().next().is_some_and(|after| {
                        if next == '.' || next == ',' {
                            after.is_ascii_digit() && piece[..next_at].ends_with(|d: char| d.is_ascii_digit())
                        } else {
                            after.is_alphabetic()
                        }
                    });
                if continues_word(next) || inner_mark {
                    end = next_at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            if piece[offset..end].chars().any(char::is_alphabetic) {
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        } else if is_emoji(c) {
            let flag = is_regional_indicator(c);
            while let Some(&(next_at, next)) = chars.peek() {
                let joined = next == '\u{200D}' && piece[next_at + 3..].chars().next().is_some_and(is_emoji);
                if flag && is_regional_indicator(next) {
                    end = next_at + next.len_utf8();
                    chars.next();
                    break;
                } else if is_emoji_modifier(next) {
                    end = next_at + next.len_utf8();
                    chars.next();
                } else if joined {
                    chars.next();
                    if let Some((emoji_at, emoji)) = chars.next() {
                        end = emoji_at + emoji.len_utf8();
                    }
                } else {
                    break;
                }
            }
            TokenKind::Emoji
        } else if c.is_ascii_punctuation() {
            TokenKind::Punctuation
        } else {
            TokenKind::Other
        };
        let written = &piece[offset..end];
        let word = kind == TokenKind::Word;
        let all_caps = word
            && written.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
            && !written.chars().any(char::is_lowercase);
        let normalized = if !matches!(kind, TokenKind::Word | TokenKind::Number) {
            String::new()
        } else if written.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            written.to_string()
        } else {
            written.to_lowercase().replace('\u{2019}', "'")
        };
        let contraction = word && normalized.contains('\'');
        tokens.push(Token { kind, start_byte: from + offset, end_byte: from + end, normalized, all_caps, contraction });
    }
}

/// Letters, digits and combining marks (accents, and the vowel signs of scripts such as Devanagari
/// or Thai, which are not alphanumeric) continue a word.
fn continues_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F | 0x0591..=0x05C7 | 0x064B..=0x065F | 0x0900..=0x0DFF | 0x0E00..=0x0EFF
            | 0x1000..=0x109F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
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

/// English unless most letters are outside the Latin script, or the draft has more of the common
/// function words of other European languages than of English ("de", "que", "und", "est"...).
/// A short draft with neither (a tweet of nouns and swear words) counts as English.
fn detect_language(text: &str, tokens: &[Token]) -> Language {
    if !text.is_ascii() {
        let (mut latin, mut other) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()).take(LANGUAGE_SAMPLE * 8) {
            if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
                latin += 1;
            } else {
                other += 1;
            }
        }
        if other > latin {
            return Language::Other;
        }
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

/// Whether a lower-case word is a common function word of English, of another European language, or neither.
fn function_word_language(word: &str) -> Option<Language> {
    static SORTED: OnceLock<Vec<(&'static str, Language)>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let english = FUNCTION_WORDS.iter().map(|word| (*word, Language::English));
        let foreign = FOREIGN_FUNCTION_WORDS.iter().map(|word| (*word, Language::Other));
        let mut words: Vec<(&str, Language)> = english.chain(foreign).collect();
        crate::order::sort_by_key(&mut words, |(word, _)| *word);
        words.dedup_by_key(|(word, _)| *word);
        words
    });
    sorted.binary_search_by_key(&word, |(word, _)| *word).ok().map(|index| sorted[index].1)
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
