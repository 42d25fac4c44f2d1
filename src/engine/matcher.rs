//! The one phrase matcher of Tact: built-in lexicons and a team preset's phrases are found by it, in a text folded
//! the same way as the phrases, with spans on the original text.
//!
//! # Folding
//! Text and phrases go through [`Folded`], one char at a time:
//! - runs of whitespace become one space; invisible chars (soft hyphen, zero-width space, joiner and non-joiner,
//!   word joiner, BOM, bidi controls, variation selectors, Hangul fillers) are dropped;
//! - compatibility forms become their plain letters (NFKC for what people type: fullwidth forms, ligatures, the
//!   mathematical, circled and squared letters, letterlike symbols, Roman numerals, small capitals and modifier
//!   letters), Latin letters lose their accents (precomposed ones by table, combining marks after a Latin letter
//!   are dropped), `ß` becomes `ss`;
//! - curly, prime and fullwidth apostrophes become `'`, curly quotes and guillemets `"`;
//! - the Cyrillic, Greek and Armenian letters that look like Latin ones become those Latin letters, in a word that
//!   has a Latin letter or is made only of such look-alikes ("іdіot", "аѕѕ"): a word with letters of its own script
//!   ("идиот", "κόσμος") is left alone, so a Russian or Greek word is not read as an English one it does not look
//!   like;
//! - everything else is lower-cased (ASCII is left as written: the automaton ignores ASCII case).
//!
//! The tables are written by hand for the chars above, not taken from the full Unicode tables: the
//! `unicode-normalization` crate (NFKD) alone adds about 66 KB gzipped to a wasm and `unicode-security`'s confusable
//! skeletons about 94 KB, against the few KB these take.
//!
//! A text whose chars all fold to themselves (plain ASCII with single spaces, emoji) is not copied. Otherwise the
//! folded text keeps anchors (folded offset, original offset) where the two stop running in step, so every span
//! found points at the original characters.
//!
//! # Matching
//! One Aho-Corasick automaton holds every phrase, folded. A match counts when it is made of whole words: a phrase
//! edge that is a letter or digit may not touch another one, nor an apostrophe and a letter ("you" is not found in
//! "you're"). A phrase ending in `*` (built-in lexicons) matches any word starting with it. A word stretched for
//! emphasis ("stuuupid", "sheeeep") is matched again with its repeated letters cut to one and to two, against
//! single-word phrases.

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::swar::{bytes_below, word_at, ONES, TOPS};

/// A text folded for matching, with the way back to the original's byte offsets.
pub struct Folded<'t> {
    original: &'t str,
    text: Cow<'t, str>,
    /// Whether the folded text writes one ASCII letter three or more times in a row (a word may be stretched).
    stretched: bool,
    /// Where the folded and original offsets stop running in step: (folded, original), by folded offset. After an
    /// anchor the two advance together until the next one. A dropped char leaves two anchors at one folded offset
    /// (before and after it); a char folded into something of another length leaves one, just past it.
    anchors: Vec<(usize, usize)>,
}

impl<'t> Folded<'t> {
    /// Folds a text; a text that is already folded is borrowed, not copied.
    pub fn new(original: &'t str) -> Self {
        let Some(first_change) = first_change(original) else {
            let stretched = has_run_of_three(original);
            return Self { original, text: Cow::Borrowed(original), stretched, anchors: Vec::new() };
        };
        let mut folder =
            Folder { original, text: String::with_capacity(original.len() + 8), anchors: Vec::new(), word: None };
        folder.text.push_str(&original[..first_change]);
        let mut at = first_change;
        while at < original.len() {
            // Most of a text is ASCII that folds to itself: copied a run at a time.
            let plain = plain_ascii_len(&original.as_bytes()[at..], folder.text.ends_with(' '));
            if plain > 0 {
                folder.text.push_str(&original[at..at + plain]);
                at += plain;
            } else if let Some(c) = original[at..].chars().next() {
                folder.push(at, c);
                at += c.len_utf8();
            }
        }
        let stretched = has_run_of_three(&folder.text);
        Self { original, text: Cow::Owned(folder.text), stretched, anchors: folder.anchors }
    }

    /// The folded text (ASCII letters as written; everything else folded).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original offset where the folded char at `folded` starts (after any dropped chars before it; inside a
    /// char folded into several, where that char starts).
    pub fn start(&self, folded: usize) -> usize {
        let past = self.anchors.partition_point(|&(at, _)| at <= folded);
        let original = match past.checked_sub(1).map(|index| self.anchors[index]) {
            Some((at, original)) => original + (folded - at),
            None => folded,
        };
        let mut start = original.min(self.original.len());
        while !self.original.is_char_boundary(start) {
            start -= 1;
        }
        start
    }

    /// The original offset just past the folded char that ends at `folded` (with the accents dropped from it, and
    /// without the invisible chars dropped after it; inside a char folded into several, where that char ends).
    pub fn end(&self, folded: usize) -> usize {
        let first_at = self.anchors.partition_point(|&(at, _)| at < folded);
        let original = match self.anchors.get(first_at) {
            Some(&(at, original)) if at == folded => original,
            _ => match first_at.checked_sub(1).map(|index| self.anchors[index]) {
                Some((at, original)) => original + (folded - at),
                None => folded,
            },
        };
        let mut end = original.min(self.original.len());
        while !self.original.is_char_boundary(end) {
            end += 1;
        }
        end
    }
}

/// A phrase as the matcher compares it: folded, ASCII lower-cased, without spaces (or invisible chars) at its ends.
pub fn fold_phrase(phrase: &str) -> String {
    let folded = fold_lower(phrase);
    match folded.trim_matches(' ') {
        trimmed if trimmed.len() == folded.len() => folded,
        trimmed => trimmed.to_string(),
    }
}

/// A text folded and lower-cased (a token's normalized form, a phrase).
pub fn fold_lower(text: &str) -> String {
    let mut folded = Folded::new(text).text.into_owned();
    folded.make_ascii_lowercase();
    folded
}

/// The offset of the first char of a text that may not fold to itself, if any. Eight bytes at a time while they
/// are ASCII with no control char and no two spaces in a row, as in most texts.
fn first_change(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if let Some(x) = word_at(bytes, at) {
            let spaces = bytes_below(x ^ (ONES * u64::from(b' ')), 1);
            let space_before = at > 0 && bytes[at - 1] == b' ';
            let doubled = (spaces & (spaces >> 8)) | (spaces & 0x80 & if space_before { u64::MAX } else { 0 });
            if (x & TOPS) | bytes_below(x, b' ') | doubled == 0 {
                at += 8;
                continue;
            }
        }
        // Eight bytes that may hold a change (or the last few): char by char.
        let end = (at + 8).min(bytes.len());
        while at < end {
            let byte = bytes[at];
            if byte.is_ascii() {
                if matches!(byte, b'\t'..=b'\r') || (byte == b' ' && at > 0 && bytes[at - 1] == b' ') {
                    return Some(at);
                }
                at += 1;
                continue;
            }
            let c = text[at..].chars().next()?;
            if !matches!(fold_char(c), Folding::Same) || skeleton(c).is_some() {
                return Some(at);
            }
            at += c.len_utf8();
        }
    }
    None
}

/// How many bytes at the start of `bytes` are ASCII that folds to itself: no line breaks or tabs, no second space
/// in a row (`after_space`: what comes before ends with a space).
fn plain_ascii_len(bytes: &[u8], after_space: bool) -> usize {
    for (index, &byte) in bytes.iter().enumerate() {
        // Letters, digits and punctuation (`!` to `~`) are most of a text: one comparison each.
        if byte.wrapping_sub(b'!') < 94 {
            continue;
        }
        let space_before = if index == 0 { after_space } else { bytes[index - 1] == b' ' };
        let folds = match byte {
            b' ' => space_before,
            b'\t'..=b'\r' => true,
            _ => !byte.is_ascii(),
        };
        if folds {
            return index;
        }
    }
    bytes.len()
}

/// The state of folding a text.
struct Folder<'t> {
    original: &'t str,
    text: String,
    anchors: Vec<(usize, usize)>,
    /// The last word asked about: its span in the original (letters, digits, marks and invisible chars), and
    /// whether it takes the Latin skeleton of its look-alike letters.
    word: Option<(usize, usize, bool)>,
}

impl Folder<'_> {
    fn push(&mut self, at: usize, c: char) {
        let mut folding = fold_char(c);
        if matches!(folding, Folding::Same | Folding::Lower) && !c.is_ascii() {
            if let Some(latin) = skeleton(c).filter(|_| self.takes_skeleton(at)) {
                folding = Folding::Char(latin);
            }
        }
        let after = at + c.len_utf8();
        match folding {
            Folding::Same => self.text.push(c),
            Folding::Space if self.text.ends_with(' ') => self.drop(at, after),
            Folding::Space => self.replace(' ', c, after),
            Folding::Invisible => self.drop(at, after),
            Folding::Mark if self.text.ends_with(|last: char| last.is_ascii_alphanumeric()) => {
                // The mark belongs to the letter before it: the letter's span ends past its last mark.
                match self.anchors.last_mut() {
                    Some(last) if *last == (self.text.len(), at) => last.1 = after,
                    _ => self.anchors.push((self.text.len(), after)),
                }
            }
            Folding::Mark => self.text.push(c),
            Folding::Char(folded) => self.replace(folded, c, after),
            Folding::Str(folded) => {
                self.text.push_str(folded);
                self.anchors.push((self.text.len(), after));
            }
            Folding::Lower => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(single), None) => self.replace(single, c, after),
                    _ => {
                        self.text.extend(c.to_lowercase());
                        self.anchors.push((self.text.len(), after));
                    }
                }
            }
        }
    }

    /// Writes `folded` for the original char `c` that ends at `after`; an anchor is needed only when their lengths
    /// differ.
    fn replace(&mut self, folded: char, c: char, after: usize) {
        self.text.push(folded);
        if folded.len_utf8() != c.len_utf8() {
            self.anchors.push((self.text.len(), after));
        }
    }

    /// Drops the original char between `at` and `after`.
    fn drop(&mut self, at: usize, after: usize) {
        self.anchors.push((self.text.len(), at));
        self.anchors.push((self.text.len(), after));
    }

    /// Whether the word around the char at `at` takes the Latin skeleton of its look-alike letters.
    fn takes_skeleton(&mut self, at: usize) -> bool {
        if let Some((start, end, takes)) = self.word {
            if (start..end).contains(&at) {
                return takes;
            }
        }
        let before = self.original[..at].char_indices().rev().find(|&(_, c)| !is_word_part(c));
        let start = before.map_or(0, |(index, c)| index + c.len_utf8());
        let rest = &self.original[at..];
        let end = at + rest.find(|c: char| !is_word_part(c)).unwrap_or(rest.len());
        let takes = word_takes_skeleton(&self.original[start..end]);
        self.word = Some((start, end, takes));
        takes
    }
}

/// Whether a word reads as Latin with its look-alike letters: it has a Latin letter, or every letter of it is a
/// look-alike of one.
fn word_takes_skeleton(word: &str) -> bool {
    let mut look_alikes = false;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if is_latin_letter(c) {
            return true;
        }
        if skeleton(c).is_none() {
            return false;
        }
        look_alikes = true;
    }
    look_alikes
}

/// Whether a letter is Latin as it folds (ASCII, accented, fullwidth, mathematical...).
pub fn is_latin_letter(c: char) -> bool {
    match fold_char(c) {
        Folding::Same => c.is_ascii_alphabetic(),
        Folding::Char(folded) => folded.is_ascii_alphabetic(),
        Folding::Str(folded) => folded.bytes().all(|byte| byte.is_ascii_alphabetic()),
        _ => false,
    }
}

/// Whether a letter of another script looks like a Latin one (Cyrillic `а`, Greek `ο`), which it then folds to in
/// a word that reads as Latin.
pub fn is_look_alike(c: char) -> bool {
    skeleton(c).is_some()
}

/// What one char becomes in a folded text, before the look-alikes (which depend on the word).
enum Folding {
    /// Itself (ASCII, emoji, letters of other scripts already lower case).
    Same,
    /// One space, or nothing after a space.
    Space,
    /// Nothing.
    Invisible,
    /// A combining mark: dropped after a Latin letter or a digit, kept elsewhere.
    Mark,
    /// Another char.
    Char(char),
    /// Several chars.
    Str(&'static str),
    /// Its lower case.
    Lower,
}

fn fold_char(c: char) -> Folding {
    let code = u32::from(c);
    if c.is_ascii() {
        return if c.is_ascii_whitespace() || c == '\u{B}' { Folding::Space } else { Folding::Same };
    }
    if c.is_whitespace() {
        return Folding::Space;
    }
    if is_invisible(code) {
        return Folding::Invisible;
    }
    if is_latin_mark(code) {
        return Folding::Mark;
    }
    if let Some(folding) = compatibility(code) {
        return folding;
    }
    let mut lower = c.to_lowercase();
    if lower.next() == Some(c) && lower.next().is_none() {
        Folding::Same
    } else {
        Folding::Lower
    }
}

/// Chars that show nothing and join or split nothing a reader sees.
fn is_invisible(code: u32) -> bool {
    matches!(code,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0
        | 0x1BCA0..=0x1BCA3 | 0xE0000..=0xE0FFF)
}

/// Combining marks that put accents on letters (dropped after a Latin letter: "ı̇ď̶ı̇ot", Zalgo text).
fn is_latin_mark(code: u32) -> bool {
    matches!(code, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Marks that continue a word: the accents above, and the vowel signs and points of scripts such as Devanagari,
/// Thai, Hebrew or Arabic (which are not alphanumeric).
#[inline]
pub fn is_combining(c: char) -> bool {
    c >= '\u{0300}'
        && matches!(c as u32,
        0x0300..=0x036F | 0x0591..=0x05C7 | 0x064B..=0x065F | 0x0900..=0x0DFF | 0x0E00..=0x0EFF
        | 0x1000..=0x109F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Whether an invisible char (one that folding drops) sits inside a word as a letter would not.
pub fn is_invisible_char(c: char) -> bool {
    is_invisible(u32::from(c))
}

/// Letters, digits, marks and invisible chars: what a word is made of, for deciding on its look-alikes.
pub fn is_word_part(c: char) -> bool {
    is_word_char(c) || is_combining(c) || is_invisible(u32::from(c))
}

/// Letters, digits and the underscore make words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The base letters of U+00C0..=U+024F (Latin-1 Supplement, Latin Extended-A and -B), `_` for none: accents and
/// strokes dropped (`é`, `ł`, `ø`, `ǧ`), checked against Unicode's decompositions by a test.
const LATIN_BASES: &[u8; 400] = b"aaaaaa_ceeeeiiiidnooooo_ouuuuy__aaaaaa_ceeeeiiiidnooooo_ouuuuy_y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkkklllllll\
lllnnnnnn___oooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs\
b______________________i__l_____oo_____________uu____zz_________\
_____________aaiioouuuuuuuuuu_aaaa__ggggkkoooo__j___gg__nnaa____\
aaaaeeeeiiiioooorrrruuuusstt__hh______aaeeooooooooyy___j___cc___\
______eejj__rryy";

/// The base letters of U+1E00..=U+1EFF (Latin Extended Additional: Vietnamese and others), `_` for none.
const LATIN_ADDITIONAL_BASES: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm\
mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv\
wwwwwwwwwwxxxxyyzzzzzzhtwyasss__aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee\
eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy______";

/// The letters of the small capitals U+1D00..=U+1D22 (`ɪᴅɪᴏᴛ`), `_` for none.
const SMALL_CAPITALS: &[u8; 35] = b"a___cd_e__jk_m_o________p__tu___vwz";

/// The letters of the modifier (superscript) letters U+1D2C..=U+1D6A, `_` for none.
const MODIFIER_LETTERS: &[u8; 63] = b"a_b_de_ghijklmn_o_prtuwa___bde___g_km_o___ptu__v______iruv_____";

/// The Roman numerals U+2160..=U+216F (and their small forms, U+2170..=U+217F).
const ROMAN_NUMERALS: [&str; 16] =
    ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "l", "c", "d", "m"];

/// The ligatures U+FB00..=U+FB06.
const LIGATURES: [&str; 7] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

/// A byte of a table as the folding it says (`_`: none).
fn table_letter(table: &[u8], index: usize) -> Option<Folding> {
    table.get(index).filter(|&&letter| letter != b'_').map(|&letter| Folding::Char(char::from(letter)))
}

/// Compatibility forms and accented Latin letters: what NFKC, case folding and dropping accents make of them.
fn compatibility(code: u32) -> Option<Folding> {
    let from = |start: u32| (code - start) as usize;
    match code {
        0x00DF | 0x1E9E => Some(Folding::Str("ss")),
        0x0132 | 0x0133 => Some(Folding::Str("ij")),
        0x01C4..=0x01C6 | 0x01F1..=0x01F3 => Some(Folding::Str("dz")),
        0x01C7..=0x01C9 => Some(Folding::Str("lj")),
        0x01CA..=0x01CC => Some(Folding::Str("nj")),
        0x00AA => Some(Folding::Char('a')),
        0x00BA => Some(Folding::Char('o')),
        0x00C0..=0x024F => table_letter(LATIN_BASES, from(0x00C0)),
        0x1E00..=0x1EFF => table_letter(LATIN_ADDITIONAL_BASES, from(0x1E00)),
        0x0251 => Some(Folding::Char('a')),
        0x0261 | 0x0262 => Some(Folding::Char('g')),
        0x026A => Some(Folding::Char('i')),
        0x0274 => Some(Folding::Char('n')),
        0x0280 => Some(Folding::Char('r')),
        0x028F => Some(Folding::Char('y')),
        0x0299 => Some(Folding::Char('b')),
        0x029C => Some(Folding::Char('h')),
        0x029F => Some(Folding::Char('l')),
        0x02B0 => Some(Folding::Char('h')),
        0x02B2 => Some(Folding::Char('j')),
        0x02B3 => Some(Folding::Char('r')),
        0x02B7 => Some(Folding::Char('w')),
        0x02B8 => Some(Folding::Char('y')),
        0x02BC | 0x2018 | 0x2019 | 0x201A | 0x201B | 0x2032 | 0x2035 => Some(Folding::Char('\'')),
        0x00AB | 0x00BB | 0x201C..=0x201F | 0x2033 | 0x2036 => Some(Folding::Char('"')),
        0x2010 | 0x2011 => Some(Folding::Char('-')),
        0x1D00..=0x1D22 => table_letter(SMALL_CAPITALS, from(0x1D00)),
        0xA731 => Some(Folding::Char('s')),
        0x1D2C..=0x1D6A => table_letter(MODIFIER_LETTERS, from(0x1D2C)),
        0x2071 => Some(Folding::Char('i')),
        0x207F => Some(Folding::Char('n')),
        0x2090..=0x209C => table_letter(b"aeox_hklmnpst", from(0x2090)),
        0x2102 | 0x212D => Some(Folding::Char('c')),
        0x210A => Some(Folding::Char('g')),
        0x210B..=0x210F => Some(Folding::Char('h')),
        0x2110 | 0x2111 | 0x2148 => Some(Folding::Char('i')),
        0x2112 | 0x2113 => Some(Folding::Char('l')),
        0x2115 => Some(Folding::Char('n')),
        0x2119 => Some(Folding::Char('p')),
        0x211A => Some(Folding::Char('q')),
        0x211B..=0x211D => Some(Folding::Char('r')),
        0x2124 => Some(Folding::Char('z')),
        0x212A => Some(Folding::Char('k')),
        0x212B => Some(Folding::Char('a')),
        0x212C => Some(Folding::Char('b')),
        0x212F | 0x2130 | 0x2147 => Some(Folding::Char('e')),
        0x2131 => Some(Folding::Char('f')),
        0x2133 => Some(Folding::Char('m')),
        0x2134 => Some(Folding::Char('o')),
        0x2145 | 0x2146 => Some(Folding::Char('d')),
        0x2149 => Some(Folding::Char('j')),
        0x2160..=0x216F => Some(Folding::Str(ROMAN_NUMERALS[from(0x2160)])),
        0x2170..=0x217F => Some(Folding::Str(ROMAN_NUMERALS[from(0x2170)])),
        0x24B6..=0x24CF => ascii_letter(from(0x24B6)),
        0x24D0..=0x24E9 => ascii_letter(from(0x24D0)),
        0xFB00..=0xFB06 => Some(Folding::Str(LIGATURES[from(0xFB00)])),
        0xFF01..=0xFF5E => char::from_u32(code - 0xFF01 + 0x21).map(|ascii| Folding::Char(ascii.to_ascii_lowercase())),
        0x1D400..=0x1D6A3 => ascii_letter(from(0x1D400) % 52 % 26),
        0x1D6A4 => Some(Folding::Char('i')),
        0x1D6A5 => Some(Folding::Char('j')),
        0x1D7CE..=0x1D7FF => char::from_digit((code - 0x1D7CE) % 10, 10).map(Folding::Char),
        0x1F130..=0x1F149 => ascii_letter(from(0x1F130)),
        0x1F150..=0x1F169 => ascii_letter(from(0x1F150)),
        0x1F170..=0x1F189 => ascii_letter(from(0x1F170)),
        _ => None,
    }
}

/// The `index`-th letter of the alphabet, lower case.
fn ascii_letter(index: usize) -> Option<Folding> {
    u8::try_from(index).ok().filter(|&index| index < 26).map(|index| Folding::Char(char::from(b'a' + index)))
}

/// The Latin letter a Cyrillic, Greek or Armenian letter looks like (the common confusables of Unicode's UTS #39),
/// lower case.
fn skeleton(c: char) -> Option<char> {
    let latin = match c {
        'а' | 'А' | 'α' | 'Α' | 'ά' | 'Ά' => 'a',
        'В' | 'Β' => 'b',
        'с' | 'С' | 'ϲ' | 'Ϲ' => 'c',
        'ԁ' | 'Ԁ' => 'd',
        'е' | 'Е' | 'ё' | 'Ё' | 'Ε' | 'Έ' => 'e',
        'һ' | 'Һ' | 'Н' | 'Η' | 'Ή' | 'հ' => 'h',
        'і' | 'І' | 'ї' | 'Ї' | 'ι' | 'Ι' | 'ί' | 'Ί' | 'ϊ' | 'Ϊ' | 'ΐ' => 'i',
        'ј' | 'Ј' | 'ϳ' => 'j',
        'К' | 'κ' | 'Κ' => 'k',
        'ӏ' | 'Ӏ' => 'l',
        'М' | 'Μ' => 'm',
        'Ν' | 'ո' => 'n',
        'о' | 'О' | 'ο' | 'Ο' | 'ό' | 'Ό' | 'օ' | 'Օ' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' | 'Ԛ' => 'q',
        'ѕ' | 'Ѕ' => 's',
        'Т' | 'Τ' => 't',
        'υ' | 'ύ' | 'ϋ' | 'ΰ' | 'ս' | 'Ս' => 'u',
        'ν' => 'v',
        'ԝ' | 'Ԝ' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'ү' | 'Ү' | 'γ' | 'Υ' | 'Ύ' | 'Ϋ' => 'y',
        'Ζ' => 'z',
        _ => return None,
    };
    Some(latin)
}

/// One match: which phrase (its index in the list the matcher was built from) and its byte range in the original
/// text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub phrase: usize,
    pub start: usize,
    pub end: usize,
}

/// The phrases could not be compiled (too many or too long for the automaton).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TooManyPhrases(String);

/// Phrases compiled into one automaton.
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each pattern of the automaton: the phrase it comes from, and whether it matches any word it starts.
    origin: Vec<(usize, bool)>,
}

impl Matcher {
    /// Compiles the phrases, each with whether it is a prefix (matches the rest of the word it ends in); phrase `i`
    /// of the list is reported as `phrase: i`. A phrase that folds to nothing is never found.
    pub fn new(phrases: &[(&str, bool)]) -> Result<Self, TooManyPhrases> {
        let mut patterns = Vec::new();
        let mut origin = Vec::new();
        for (index, &(phrase, prefix)) in phrases.iter().enumerate() {
            let folded = fold_phrase(phrase);
            if !folded.is_empty() {
                patterns.push(folded);
                origin.push((index, prefix));
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|error| TooManyPhrases(error.to_string()))?;
        Ok(Self { automaton, origin })
    }

    /// Every whole-word occurrence of every phrase in a folded text, overlapping ones included, by start, end and
    /// phrase, with spans on the original text.
    pub fn find(&self, text: &Folded) -> Vec<Match> {
        let folded = text.as_str();
        let mut matches: Vec<Match> = self
            .automaton
            .find_overlapping_iter(folded)
            .filter_map(|found| {
                let (phrase, prefix) = self.origin[found.pattern().as_usize()];
                let (start, mut end) = (found.start(), found.end());
                if !folded.is_char_boundary(start) || !folded.is_char_boundary(end) {
                    return None;
                }
                let first_is_word = folded[start..].chars().next().is_some_and(is_word_char);
                if first_is_word && folded[..start].chars().next_back().is_some_and(is_boundary_word_part) {
                    return None;
                }
                let last_is_word = folded[..end].chars().next_back().is_some_and(is_word_char);
                if prefix {
                    end += folded[end..].find(|c: char| !is_word_char(c)).unwrap_or(folded.len() - end);
                } else if last_is_word && continues_word(&folded[end..]) {
                    return None;
                }
                Some(Match { phrase, start: text.start(start), end: text.end(end) })
            })
            .collect();
        self.find_in_stretched_words(text, &mut matches);
        self.find_across_intensifiers(text, &mut matches);
        crate::order::sort_by_key(&mut matches, |found| (found.start, found.end, found.phrase));
        matches.dedup();
        matches
    }

    /// Matches on words stretched for emphasis ("stuuupiddd", "fuuuck"): each word with a letter written three or
    /// more times in a row is matched again with its repeated letters cut to one and to two, and a single-word
    /// phrase that is the whole shortened word (or starts it, for a prefix) spans the whole stretched word.
    fn find_in_stretched_words(&self, text: &Folded, matches: &mut Vec<Match>) {
        if !text.stretched {
            return;
        }
        let folded = text.as_str();
        for (start, word) in stretched_words(folded) {
            for longest_run in [1, 2] {
                let shortened = shorten_runs(word, longest_run);
                for found in self.automaton.find_overlapping_iter(&shortened) {
                    let (phrase, prefix) = self.origin[found.pattern().as_usize()];
                    let whole = found.end() == shortened.len() || prefix;
                    if found.start() == 0 && whole {
                        matches.push(Match { phrase, start: text.start(start), end: text.end(start + word.len()) });
                    }
                }
            }
        }
    }
}

impl Matcher {
    /// Matches that a swear word used only for force interrupts: "read the fucking article before commenting" is
    /// "read the article before commenting" said louder. The text is matched again with each such word (and the
    /// spaces after it) cut out, and a match is kept when a cut word lies inside it.
    fn find_across_intensifiers(&self, text: &Folded, matches: &mut Vec<Match>) {
        let folded = text.as_str();
        let cuts = intensifier_cuts(folded);
        if cuts.is_empty() {
            return;
        }
        let mut stripped = String::with_capacity(folded.len());
        // Each cut as (its offset in the stripped text, the bytes cut there).
        let mut removed = Vec::with_capacity(cuts.len());
        let mut at = 0;
        for &(start, end) in &cuts {
            stripped.push_str(&folded[at..start]);
            removed.push((stripped.len(), end - start));
            at = end;
        }
        stripped.push_str(&folded[at..]);
        // A start is placed after a cut at its offset (the phrase begins with the word after it), an end before it.
        let back = |offset: usize, after_cut_here: bool| {
            let cut_before =
                removed.iter().filter(|&&(place, _)| place < offset || (after_cut_here && place == offset));
            offset + cut_before.map(|&(_, length)| length).sum::<usize>()
        };
        let inner =
            Folded { original: &stripped, text: Cow::Borrowed(&stripped), stretched: false, anchors: Vec::new() };
        for found in self.find(&inner) {
            let (start, end) = (back(found.start, true), back(found.end, false));
            if cuts.iter().any(|&(cut_start, cut_end)| start < cut_start && cut_end <= end) {
                matches.push(Match { phrase: found.phrase, start: text.start(start), end: text.end(end) });
            }
        }
    }
}

/// Swear words that only add force to the words around them.
const INTENSIFIERS: [&str; 9] =
    ["fucking", "fuckin", "fking", "freaking", "frickin", "frigging", "effing", "bloody", "goddamn"];

/// The byte ranges of a folded text to cut when matching across intensifiers: each intensifier between two words,
/// with the spaces after it.
fn intensifier_cuts(folded: &str) -> Vec<(usize, usize)> {
    let bytes = folded.as_bytes();
    let mut cuts = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_alphabetic() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        let word = &folded[start..at];
        let after_space = start > 0 && bytes[start - 1] == b' ';
        if after_space
            && at < bytes.len()
            && bytes[at] == b' '
            && INTENSIFIERS.iter().any(|i| i.eq_ignore_ascii_case(word))
        {
            let mut end = at;
            while end < bytes.len() && bytes[end] == b' ' {
                end += 1;
            }
            cuts.push((start, end));
            at = end;
        }
    }
    cuts
}

/// What may not come right before a phrase that starts with a letter or digit: another, or a mark that belongs to
/// one (a Devanagari vowel sign).
fn is_boundary_word_part(c: char) -> bool {
    is_word_char(c) || is_combining(c)
}

/// Whether the folded text right after a match continues the same word (a letter or mark, or an apostrophe then a
/// letter).
fn continues_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if is_boundary_word_part(c) => true,
        Some('\'') => chars.next().is_some_and(char::is_alphabetic),
        _ => false,
    }
}

/// The words of a folded text (with their offsets) that repeat an ASCII letter three or more times in a row (the
/// lexicons' phrases are mostly ASCII).
fn stretched_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !is_word_char(c))
        .filter(|word| !word.is_empty() && has_run_of_three(word))
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Whether the text writes one ASCII letter three or more times in a row (in any case). Eight bytes at a time (six
/// places a run may start) while none of them is the same as the next, as in most texts.
fn has_run_of_three(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at + 2 < bytes.len() {
        if let Some(x) = word_at(bytes, at) {
            // `| 0x20` lower-cases letters (other bytes may then look alike: they are checked one by one).
            let folded = x | (ONES * 0x20);
            let same_as_next = bytes_below(folded ^ (folded >> 8), 1) & (TOPS >> 8);
            if same_as_next & (same_as_next >> 8) == 0 {
                at += 6;
                continue;
            }
        }
        let end = (at + 6).min(bytes.len() - 2);
        while at < end {
            let first = bytes[at] | 0x20;
            if bytes[at].is_ascii_alphabetic() && first == bytes[at + 1] | 0x20 && first == bytes[at + 2] | 0x20 {
                return true;
            }
            at += 1;
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    /// What of the text each match of the phrases covers, as written.
    fn found(phrases: &[&str], text: &str) -> Vec<String> {
        let phrases: Vec<(&str, bool)> = phrases.iter().map(|phrase| (*phrase, false)).collect();
        let matcher = Matcher::new(&phrases);
        let matches = matcher.map(|matcher| matcher.find(&Folded::new(text))).unwrap_or_default();
        matches.iter().map(|found| text[found.start..found.end].to_string()).collect()
    }

    fn folded(text: &str) -> String {
        fold_lower(text)
    }

    #[test]
    fn case_and_whole_words() {
        assert_eq!(found(&["thank you"], "Thank You! thank youth"), ["Thank You"]);
        assert_eq!(found(&["buy now"], "BUY NOW! Or buy nowhere."), ["BUY NOW"]);
        // A phrase edge that is not a letter needs no boundary.
        assert_eq!(found(&["!!!", "a$$"], "wow!!! a$$hat"), ["!!!", "a$$"]);
    }

    #[test]
    fn a_swear_word_for_force_does_not_hide_a_phrase() {
        let text = "Read the fucking article before commenting.";
        assert_eq!(found(&["read the article before"], text), ["Read the fucking article before"]);
        assert_eq!(
            found(&["read the article"], "Did you even read the  Bloody  article?"),
            ["read the  Bloody  article"]
        );
        // Only inside a phrase: one that ends before it, or one that is just the swear word, is found once, as written.
        assert_eq!(found(&["read the", "fucking"], text), ["Read the", "fucking"]);
        assert!(found(&["the article"], "fucking article").is_empty());
    }

    #[test]
    fn a_word_inside_a_longer_word_is_not_found() {
        assert!(found(&["cunt", "ass"], "Scunthorpe, classic assessment, Ａｓｓｅｓｓ").is_empty());
        assert!(found(&["cunt"], "S\u{AD}cunt\u{AD}horpe").is_empty());
    }

    #[test]
    fn look_alike_letters_read_as_latin() {
        // Cyrillic і and о, Greek ι and ο, Armenian օ, in words with Latin letters.
        let idiots = "\u{0456}d\u{0456}ot, \u{03B9}d\u{03B9}\u{03BF}t, id\u{0456}\u{0585}t, \u{0406}D\u{0406}\u{041E}T";
        assert_eq!(found(&["idiot"], idiots).len(), 4);
        // A word made only of look-alikes (Cyrillic а and ѕ).
        assert_eq!(found(&["ass"], "you \u{0430}\u{0455}\u{0455}"), ["\u{0430}\u{0455}\u{0455}"]);
    }

    #[test]
    fn a_word_of_another_script_keeps_its_letters() {
        // Russian "идиот" and Greek "ηλίθιος" mean "idiot" but do not look like it; "κόσμος" has letters of its own.
        assert_eq!(folded("Идиот ηλίθιος κόσμος"), "идиот ηλίθιος κόσμος");
        assert!(found(&["idiot"], "Ты идиот").is_empty());
        // Greek "και" is all look-alikes but reads as no English phrase.
        assert!(found(&["idiot", "ass", "kill"], "\u{03BA}\u{03B1}\u{03B9} \u{03BD}\u{03B1}\u{03B9}").is_empty());
    }

    #[test]
    fn fullwidth_letters_ligatures_and_styled_letters_read_as_plain() {
        assert_eq!(found(&["idiot"], "You ｉｄｉｏｔ!"), ["ｉｄｉｏｔ"]);
        assert_eq!(found(&["idiot"], "ＩＤＩＯＴ"), ["ＩＤＩＯＴ"]);
        assert_eq!(found(&["fine"], "\u{FB01}ne"), ["\u{FB01}ne"]);
        // Mathematical bold, circled, small capitals.
        assert_eq!(found(&["idiot"], "\u{1D422}\u{1D41D}\u{1D422}\u{1D428}\u{1D42D}").len(), 1);
        assert_eq!(found(&["idiot"], "ⓘⓓⓘⓞⓣ ɪᴅɪᴏᴛ"), ["ⓘⓓⓘⓞⓣ", "ɪᴅɪᴏᴛ"]);
        // A fullwidth word is still a whole word.
        assert!(found(&["idiot"], "ｉｄｉｏｔｓ").is_empty());
    }

    #[test]
    fn soft_hyphens_and_zero_width_chars_are_not_there() {
        let hidden = "i\u{200B}d\u{200C}i\u{200D}o\u{2060}t\u{FEFF}";
        assert_eq!(found(&["idiot"], &format!("{hidden}!")), ["i\u{200B}d\u{200C}i\u{200D}o\u{2060}t"]);
        assert_eq!(found(&["idiot"], "id\u{AD}iot"), ["id\u{AD}iot"]);
        assert_eq!(found(&["stupid"], "\u{200B}stu\u{FE0F}pid"), ["stu\u{FE0F}pid"]);
        // Invisible chars do not join words that spaces keep apart.
        assert!(found(&["youidiot"], "you \u{200B}idiot").is_empty());
    }

    #[test]
    fn an_emoji_sequence_is_matched_as_an_emoji_whatever_its_joiners() {
        let technologist = "\u{1F469}\u{200D}\u{1F4BB}";
        assert_eq!(found(&[technologist], &format!("ok {technologist}")), [technologist]);
        assert_eq!(found(&["\u{2764}\u{FE0F}"], "\u{2764} and \u{2764}\u{FE0F}").len(), 2);
    }

    #[test]
    fn accents_and_combining_marks_on_latin_letters_are_dropped() {
        assert_eq!(found(&["idiot"], "ídíót"), ["ídíót"]);
        // Combining acute, strike-through and "Zalgo" stacks: the marks are part of the span.
        assert_eq!(
            found(&["idiot"], "i\u{301}d\u{336}i\u{336}o\u{336}t\u{336}\u{334}!"),
            ["i\u{301}d\u{336}i\u{336}o\u{336}t\u{336}\u{334}"]
        );
        assert_eq!(found(&["cafe"], "Café CAFÉ"), ["Café", "CAFÉ"]);
        // Not a prefix of the word either.
        assert!(found(&["caf"], "café").is_empty());
        // The vowel signs of other scripts stay.
        assert_eq!(folded("नमस्ते"), "नमस्ते");
    }

    #[test]
    fn curly_and_straight_quotes_and_apostrophes_are_one() {
        assert_eq!(found(&["don't worry"], "Don\u{2019}t worry, don\u{2018}t worry, DONʼT WORRY").len(), 3);
        assert_eq!(found(&["you\u{2019}re"], "you're"), ["you're"]);
        assert_eq!(found(&["\"great\""], "\u{201C}great\u{201D}"), ["\u{201C}great\u{201D}"]);
        // A contraction is not its first word.
        assert!(found(&["you", "don"], "you\u{2019}re, don\u{2019}t").is_empty());
    }

    #[test]
    fn runs_of_whitespace_are_one_space() {
        let spaced = ["thank  you", "thank\tyou", "thank\nyou", "thank\u{A0}you", "thank \u{200B} you"];
        for text in spaced {
            assert_eq!(found(&["thank you"], text), [text], "{text:?}");
        }
        assert_eq!(found(&["buy  now"], "buy now"), ["buy now"]);
        assert!(found(&["thank you"], "thankyou").is_empty());
    }

    #[test]
    fn a_stretched_word_matches_its_plain_spelling() {
        assert_eq!(found(&["stupid", "sheep"], "stuuupid SHEEEEP stuuupiddd"), ["stuuupid", "SHEEEEP", "stuuupiddd"]);
        assert_eq!(found(&["stupid"], "ѕtuuuріd"), ["ѕtuuuріd"]);
    }

    #[test]
    fn a_stretched_word_must_be_the_whole_phrase() {
        assert!(found(&["no"], "nooooope").is_empty());
        assert!(found(&["good job"], "goooood").is_empty());
        assert!(found(&["too"], "tooo").len() == 1 && found(&["to"], "tooo").len() == 1);
    }

    #[test]
    fn a_prefix_phrase_spans_the_rest_of_the_word() {
        let matcher = Matcher::new(&[("apologi", true)]);
        let matches = matcher.map(|matcher| matcher.find(&Folded::new("We ａｐｏｌｏｇｉｓｅ."))).unwrap_or_default();
        assert_eq!(matches, [Match { phrase: 0, start: 3, end: 3 + 9 * 3 }]);
    }

    #[test]
    fn plain_text_is_not_copied() {
        for text in ["Thanks, Sam! See you.", "Thanks \u{1F64F} it's fine", "Straße? no: ", ""] {
            let folded = Folded::new(text);
            assert_eq!(matches!(folded.text, Cow::Borrowed(_)), !text.contains('ß'), "{text:?}");
            assert!(!folded.stretched);
        }
        assert!(matches!(Folded::new("a  b").text, Cow::Owned(_)));
        assert!(Folded::new("a\nb").anchors.is_empty(), "same-length changes need no anchor");
        for (text, stretched) in
            [("sooo", true), ("SoOo", true), ("so!!!", false), ("a\nsooo", true), ("x\u{0456}iii", true)]
        {
            assert_eq!(Folded::new(text).stretched, stretched, "{text:?}");
        }
    }

    #[test]
    fn phrases_fold_like_text() {
        assert_eq!(fold_phrase("  Buy\u{A0} NOW "), "buy now");
        assert_eq!(fold_phrase("ＳＴＲＡẞＥ ﬁx"), "strasse fix");
        assert_eq!(fold_phrase("\u{AD}\u{200B}"), "");
        assert_eq!(fold_phrase("\u{200B} buy\u{FEFF}\n"), "buy");
    }

    /// What Unicode's compatibility decomposition makes of a char, without marks, lower case.
    fn decomposed(c: char) -> String {
        c.nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect::<String>().to_lowercase()
    }

    #[test]
    fn every_compatibility_folding_agrees_with_unicode_where_unicode_has_one() {
        // Where Unicode's decomposition is not the letter shown: `ŀ` is `l·`, `ẛ` a long s, `ℏ` an h with a stroke, `𝚤` a dotless i, `‑` a hyphen, `″` two
        // primes.
        let by_look = "ŀĿẚẛℏ\u{1D6A4}\u{1D6A5}‑″‶";
        let mut checked = 0;
        for c in (0..0x20000).filter_map(char::from_u32) {
            let folding = match compatibility(u32::from(c)) {
                Some(Folding::Char(folded)) => folded.to_string(),
                Some(Folding::Str(folded)) => folded.to_string(),
                _ => continue,
            };
            let unicode = decomposed(c);
            if unicode != c.to_lowercase().to_string() && !by_look.contains(c) {
                assert_eq!(folding, unicode, "U+{:04X} {c}", u32::from(c));
                checked += 1;
            }
        }
        assert!(checked > 1500, "{checked}");
    }

    #[test]
    fn every_latin_letter_with_an_accent_drops_it() {
        for c in (0xC0..0x250).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            let base = decomposed(c);
            let is_letter_and_marks = base.len() == 1 && base.chars().all(|b| b.is_ascii_alphabetic());
            if is_letter_and_marks && c.nfkd().count() > 1 {
                assert!(is_latin_letter(c), "U+{:04X} {c}", u32::from(c));
                assert_eq!(fold_lower(&c.to_string()), base, "U+{:04X} {c}", u32::from(c));
            }
        }
    }

    #[test]
    fn look_alikes_are_letters_of_other_scripts_that_fold_to_latin_ones() {
        for c in (0x370..0x600).filter_map(char::from_u32).filter(|&c| is_look_alike(c)) {
            assert!(c.is_alphabetic() && !is_latin_letter(c), "U+{:04X} {c}", u32::from(c));
            assert!(skeleton(c).is_some_and(|latin| latin.is_ascii_lowercase()));
        }
    }

    proptest! {
        #[test]
        fn the_word_at_a_time_scans_agree_with_char_by_char_ones(text in "[ aAbB!\t\n\u{A0}\u{0456}é€]{0,40}") {
            let mut previous = None;
            let expected_change = text.char_indices().find_map(|(at, c)| {
                let space_after_space = c == ' ' && previous == Some(' ');
                previous = Some(c);
                let folds = matches!(c, '\t'..='\r') || space_after_space
                    || (!c.is_ascii() && (!matches!(fold_char(c), Folding::Same) || skeleton(c).is_some()));
                folds.then_some(at)
            });
            prop_assert_eq!(first_change(&text), expected_change);
            let lower = text.to_ascii_lowercase();
            let expected_run = lower.as_bytes().windows(3).any(|three| {
                three[0].is_ascii_alphabetic() && three[0] == three[1] && three[1] == three[2]
            });
            prop_assert_eq!(has_run_of_three(&text), expected_run);
        }

        #[test]
        fn spans_always_land_on_the_original_chars(text in "(\\PC|[ \u{AD}\u{200B}\u{301}ßﬁ]){0,24}") {
            let folded = Folded::new(&text);
            let mut previous = (0, 0);
            for (at, _) in folded.as_str().char_indices().chain([(folded.as_str().len(), ' ')]) {
                let (start, end) = (folded.start(at), folded.end(at));
                prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{at}: {start} {end}");
                prop_assert!(previous.0 <= start && previous.1 <= end, "{at}: {previous:?} {start} {end}");
                previous = (start, end);
            }
        }
    }
}
