//! Respect's learned component: the letter sequences of a draft's content words, weighed by a table fitted on
//! offensive tweets (`tact fit`), which carries what no lexicon lists (misspelt and masked insults, new slurs, the
//! vocabulary of contempt) and which every score still explains word by word.
//!
//! Each content word (not a function word, number, @handle, link or a name like "Hi Dick") is padded with a space on
//! each side and cut into its three-, four- and five-letter sequences (" idi", "idio", "diot ", ...). Each sequence is
//! hashed into one of [`BUCKETS`] weights. A draft's value is the sum of its sequences' weights over the Euclidean
//! length of its sequence counts, so a long draft weighs no more than a short one; since every sequence lies inside
//! one word, that sum splits exactly into one term per word, and those terms are what the explanation shows.

use crate::engine::document::is_function_word;
use crate::engine::rules::word_reads_as_a_name;
use crate::engine::Analysis;

/// How many weights the sequences are hashed into (a power of two).
pub const BUCKETS: usize = 1 << 14;
// A bucket fits a `u16`, with `u16::MAX` left free to mark an empty slot (see `squared_counts`).
const _: () = assert!(BUCKETS <= u16::MAX as usize);
/// The shortest and longest letter sequences weighed, counting the padding spaces.
const SHORTEST: usize = 3;
const LONGEST: usize = 5;
/// The longest ASCII word [`buckets_of`] pads on the stack.
const SHORT_WORD: usize = 30;

/// A content word of a draft, for the component: its byte span and its lower-case form.
pub struct GramWord<'d> {
    pub start: usize,
    pub end: usize,
    pub word: &'d str,
}

/// The words the component weighs: word tokens that are not function words and not a name that is also a word.
pub fn gram_words<'a, 'd: 'a>(analysis: &'a Analysis<'d>) -> impl Iterator<Item = GramWord<'d>> + 'a {
    analysis.document().words().filter_map(move |token| {
        let word: &'d str = &token.normalized;
        let weighed = !is_function_word(word)
            && word.chars().any(char::is_alphabetic)
            // What `reads_as_a_name` says of a word token's own span (which holds that token alone).
            && !word_reads_as_a_name(analysis, token, token.start_byte);
        weighed.then_some(GramWord { start: token.start_byte, end: token.end_byte, word })
    })
}

/// Calls `each` with the bucket of every letter sequence of `word` (lower case), in order, repeats included.
///
/// The padded word (" word ") is never built: each sequence is hashed from the word's bytes, with the padding spaces
/// added where it starts at the word's start or ends past its end, and character boundaries found as it slides. A
/// short ASCII word (most words), whose characters are its bytes, is padded on the stack and hashed window by window.
pub fn buckets_of(word: &str, mut each: impl FnMut(usize)) {
    let bytes = word.as_bytes();
    if bytes.len() <= SHORT_WORD && word.is_ascii() {
        let mut padded = [b' '; SHORT_WORD + 2];
        padded[1..=bytes.len()].copy_from_slice(bytes);
        let padded = &padded[..bytes.len() + 2];
        for length in SHORTEST..=LONGEST.min(padded.len()) {
            for sequence in padded.windows(length) {
                each(sequence.iter().fold(FNV_START, |hash, &byte| fnv(hash, byte)) as usize & (BUCKETS - 1));
            }
        }
        return;
    }
    // Positions are byte offsets into the padded word: 0 is the leading space, `padded` is its end.
    let padded = bytes.len() + 2;
    // The byte length of the padded word's character at `at`.
    let width = |at: usize| if at == 0 || at == padded - 1 { 1 } else { utf8_width(bytes[at - 1]) };
    let characters = word.chars().count() + 2;
    for length in SHORTEST..=LONGEST.min(characters) {
        let mut start: usize = 0;
        let mut end: usize = 0;
        for _ in 0..length {
            end += width(end);
        }
        loop {
            let mut hash = FNV_START;
            if start == 0 {
                hash = fnv(hash, b' ');
            }
            for &byte in &bytes[start.saturating_sub(1)..end.min(padded - 1) - 1] {
                hash = fnv(hash, byte);
            }
            if end == padded {
                hash = fnv(hash, b' ');
            }
            each(hash as usize & (BUCKETS - 1));
            if end == padded {
                break;
            }
            start += width(start);
            end += width(end);
        }
    }
}

/// The byte length of the UTF-8 character that starts with `byte`.
#[inline]
fn utf8_width(byte: u8) -> usize {
    match byte {
        0..0xE0 => 1 + usize::from(byte >= 0xC0),
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// A letter sequence's bucket is the 32-bit FNV-1a hash of its UTF-8 bytes, cut to [`BUCKETS`].
const FNV_START: u32 = 0x811c_9dc5;

#[inline]
fn fnv(hash: u32, byte: u8) -> u32 {
    (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
}

/// A draft's sequences as the fit sees them: each bucket with its count over the Euclidean length of all counts
/// (sorted by bucket), and the buckets of each content word, for its term.
pub struct GramVector {
    pub values: Vec<(u16, f32)>,
    /// Every word's buckets, one word after another; `word_ends[i]` is where word `i`'s end.
    word_buckets: Vec<u16>,
    word_ends: Vec<u32>,
    /// The Euclidean length of the counts.
    length: f64,
}

impl GramVector {
    /// The normalised counts of every sequence of the given words.
    pub fn of<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut word_buckets: Vec<u16> = Vec::new();
        let mut word_ends: Vec<u32> = Vec::new();
        for word in words {
            buckets_of(word, |bucket| word_buckets.push(bucket as u16));
            word_ends.push(word_buckets.len() as u32);
        }
        let mut buckets = word_buckets.clone();
        buckets.sort_unstable();
        let mut values: Vec<(u16, f32)> = Vec::new();
        for bucket in buckets {
            match values.last_mut() {
                Some((last, count)) if *last == bucket => *count += 1.0,
                _ => values.push((bucket, 1.0)),
            }
        }
        let length = values.iter().map(|(_, count)| count * count).sum::<f32>().sqrt();
        for (_, value) in &mut values {
            *value /= length;
        }
        Self { values, word_buckets, word_ends, length: f64::from(length) }
    }

    /// The linear value for these weights (what the component is fitted on).
    pub fn dot(&self, weights: &[f32]) -> f64 {
        self.values.iter().map(|&(bucket, value)| f64::from(value * weights[usize::from(bucket)])).sum()
    }

    /// What the scores count of the component for these weights: the sum of its words' [`counted`] terms.
    pub fn counted_value(&self, weights: &[f32], threshold: f64) -> f64 {
        let mut start = 0;
        let mut total = 0.0;
        for &end in &self.word_ends {
            let end = end as usize;
            let sum: f64 = self.word_buckets[start..end].iter().map(|&b| f64::from(weights[usize::from(b)])).sum();
            total += counted(sum / self.length, threshold);
            start = end;
        }
        total
    }
}

/// The part of a word's term the scores count: only a word that reads as offensive moves respect, down, by what its
/// term goes beyond `threshold`. The component is fitted on offensive tweets, where what reads as inoffensive is the
/// topic of the day, not courtesy, and every ordinary word reads a little offensive: counted, those would make any
/// long draft less respectful.
pub fn counted(term: f64, threshold: f64) -> f64 {
    (term + threshold).min(0.0)
}

/// Each content word's counted share of the component's value (its span and logit), for the weights given; words
/// that count nothing are left out.
pub fn word_terms(analysis: &Analysis, weights: &[f32], threshold: f64) -> Vec<(usize, usize, f64)> {
    let mut per_word: Vec<(usize, usize, f64)> = Vec::new();
    let mut buckets: Vec<u16> = Vec::new();
    for word in gram_words(analysis) {
        let mut sum = 0.0_f64;
        buckets_of(word.word, |bucket| {
            sum += f64::from(weights[bucket]);
            buckets.push(bucket as u16);
        });
        per_word.push((word.start, word.end, sum));
    }
    if buckets.is_empty() {
        return Vec::new();
    }
    // The Euclidean length of the counts (whole numbers, so summed exactly in any order).
    let length = (squared_counts(&buckets) as f64).sqrt();
    for term in &mut per_word {
        term.2 = counted(term.2 / length, threshold);
    }
    per_word.retain(|term| term.2 != 0.0);
    per_word
}

/// The sum of the squares of each bucket's count in `buckets`: each occurrence of a bucket already seen `n` times
/// adds `2n + 1`. The counts are kept in a small open-addressing table (a draft's sequences are far fewer than
/// [`BUCKETS`]), which costs less than sorting them, above all in the wasm.
fn squared_counts(buckets: &[u16]) -> u64 {
    // At most half full; an empty slot holds `u16::MAX` (no bucket is that large).
    let slots = (buckets.len() * 2).next_power_of_two();
    let mut table: Vec<(u16, u32)> = vec![(u16::MAX, 0); slots];
    let mut squares = 0_u64;
    for &bucket in buckets {
        let mut slot = usize::from(bucket).wrapping_mul(0x9E37) & (slots - 1);
        loop {
            let (key, count) = &mut table[slot];
            if *key == bucket || *key == u16::MAX {
                *key = bucket;
                squares += 2 * u64::from(*count) + 1;
                *count += 1;
                break;
            }
            slot = (slot + 1) & (slots - 1);
        }
    }
    squares
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Document;

    fn buckets(word: &str) -> Vec<usize> {
        let mut found = Vec::new();
        buckets_of(word, |bucket| found.push(bucket));
        found
    }

    #[test]
    fn a_word_is_cut_into_padded_sequences_of_three_to_five_letters() {
        // " idiot " has 7 characters: 5 sequences of three, 4 of four, 3 of five.
        assert_eq!(buckets("idiot").len(), 12);
        // " a " is the one sequence of a one-letter word; letters beyond ASCII count as one character each.
        assert_eq!(buckets("a").len(), 1);
        assert_eq!(buckets("né").len(), buckets("ne").len());
        assert!(buckets("idiot").iter().all(|&bucket| bucket < BUCKETS));
        assert_ne!(buckets("idiot"), buckets("idiom"));
    }

    /// The sequences' buckets as the padded word's text gives them, for comparison.
    fn buckets_of_padded(word: &str) -> Vec<usize> {
        let padded = format!(" {word} ");
        let bounds: Vec<usize> = padded.char_indices().map(|(at, _)| at).chain([padded.len()]).collect();
        let characters = bounds.len() - 1;
        let mut found = Vec::new();
        for length in SHORTEST..=LONGEST.min(characters) {
            for first in 0..=characters - length {
                let hash =
                    padded.as_bytes()[bounds[first]..bounds[first + length]].iter().fold(FNV_START, |h, &b| fnv(h, b));
                found.push(hash as usize & (BUCKETS - 1));
            }
        }
        found
    }

    #[test]
    fn the_sequences_are_hashed_as_from_the_padded_word() {
        for word in [
            "a",
            "ab",
            "abc",
            "idiot",
            "idiots",
            "né",
            "ñoño",
            "straße",
            "日本語",
            "x\u{1F642}y",
            "\u{1F642}",
            "éé",
            "aé日\u{1F642}b",
        ] {
            assert_eq!(buckets(word), buckets_of_padded(word), "{word}");
        }
    }

    #[test]
    fn squared_counts_are_the_sum_of_each_bucket_s_count_squared() {
        assert_eq!(squared_counts(&[7]), 1);
        assert_eq!(squared_counts(&[7, 7, 3, 7, 3, 16_383]), 9 + 4 + 1);
        // Buckets that collide in the table (the same slot) still count apart.
        let many: Vec<u16> = (0..300).map(|i| (i * 64 % 1024) as u16).collect();
        let mut sorted = many.clone();
        sorted.sort_unstable();
        let mut expected = 0;
        let mut run = 0_u64;
        for (at, bucket) in sorted.iter().enumerate() {
            run += 1;
            if sorted.get(at + 1) != Some(bucket) {
                expected += run * run;
                run = 0;
            }
        }
        assert_eq!(squared_counts(&many), expected);
    }

    #[test]
    fn function_words_numbers_handles_and_names_are_not_weighed() {
        let document = Document::new("Hi Dick, the 3 idiots at @support said no to you", None);
        let analysis = Analysis::new(&document);
        let words: Vec<&str> = gram_words(&analysis).map(|word| word.word).collect();
        assert_eq!(words, ["hi", "idiots", "said"]);
    }

    #[test]
    fn the_word_terms_add_up_to_the_normalised_value() {
        let weights: Vec<f32> = (0..BUCKETS).map(|bucket| (bucket % 7) as f32 / 7.0 - 0.4).collect();
        let document = Document::new("Useless idiots, useless support, useless everything", None);
        let analysis = Analysis::new(&document);
        let vector = GramVector::of(gram_words(&analysis).map(|word| word.word));
        for threshold in [0.0, 0.05] {
            let terms = word_terms(&analysis, &weights, threshold);
            assert!(terms.iter().all(|term| term.2 < 0.0));
            let total: f64 = terms.iter().map(|term| term.2).sum();
            let counted = vector.counted_value(&weights, threshold);
            assert!((total - counted).abs() < 1e-4, "{total} vs {counted}");
        }
        // Without the cut at zero, the words' terms are the linear value.
        assert!((vector.counted_value(&weights, f64::INFINITY) - vector.dot(&weights)).abs() > 0.0);
        // A repeated word counts its sequences again, but over a longer length.
        let length: f32 = vector.values.iter().map(|(_, value)| value * value).sum();
        assert!((length - 1.0).abs() < 1e-5);
    }
}
