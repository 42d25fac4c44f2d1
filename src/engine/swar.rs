//! Eight bytes at a time: the word-at-a-time tests the scans over a draft (folding, tokens, sentences, the language
//! check) use to pass over plain ASCII quickly, then look at the few bytes that matter one by one.

/// Each byte of a word of eight: `0x01` in each, and its top bit in each.
pub const ONES: u64 = 0x0101_0101_0101_0101;
pub const TOPS: u64 = 0x8080_8080_8080_8080;

/// The top bit of each byte of `x` that is below `n` (at most 128), and maybe of bytes above such a byte: a word
/// with none has no byte below `n`.
#[inline]
pub fn bytes_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * u64::from(n)) & !x & TOPS
}

/// Nonzero when a byte of `x` is `byte` (zero means none is).
#[inline]
pub fn has_byte(x: u64, byte: u8) -> u64 {
    bytes_below(x ^ (ONES * u64::from(byte)), 1)
}

/// The eight bytes at `at`, if there are eight.
#[inline]
pub fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    bytes.get(at..at + 8).and_then(|eight| eight.try_into().ok()).map(u64::from_le_bytes)
}

/// How many of eight ASCII bytes (no top bit set) are letters, `A`-`Z` or `a`-`z`.
#[inline]
pub fn ascii_letters(x: u64) -> usize {
    // With 0x20 set, letters are 0x61..=0x7A; each byte stays below 0x80, so no sum or difference crosses a byte.
    let lower = x | (ONES * 0x20);
    let from_a = (lower + ONES * (0x80 - u64::from(b'a'))) & TOPS;
    let to_z = (ONES * (0x80 + u64::from(b'z')) - lower) & TOPS;
    (from_a & to_z).count_ones() as usize
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn the_eight_byte_tests_agree_with_byte_by_byte_ones(bytes in proptest::array::uniform8(any::<u8>()), n in 1u8..=128) {
            let x = u64::from_le_bytes(bytes);
            prop_assert_eq!(bytes_below(x, n) == 0, bytes.iter().all(|&byte| byte >= n));
            for byte in [b'.', b'"', 0xE2, bytes[3]] {
                prop_assert_eq!(has_byte(x, byte) != 0, bytes.contains(&byte));
            }
            let ascii = bytes.map(|byte| byte & 0x7F);
            let letters = ascii.iter().filter(|byte| byte.is_ascii_alphabetic()).count();
            prop_assert_eq!(ascii_letters(u64::from_le_bytes(ascii)), letters);
        }
    }
}
