//! Tact's words by key, from the message catalog the extension reads through chrome.i18n (`_locales/en/messages.json`,
//! English, the source every locale translates). build.rs writes one [`Message`] constant per key, so a message that
//! is not in the catalog does not compile. The engine's findings and the pages take their English from here; the
//! extension shows a message in the user's language by its key.

/// One message of the catalog: its key and its English text, each placeholder (`$name$` in the catalog) written as
/// the position of its value, `$1`..`$9` (build.rs), so that the wasm carries no placeholder names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub english: &'static str,
}

impl Message {
    /// The English text with each `$N` replaced by the N-th of `values` (a missing value leaves it empty). `$$` is a
    /// dollar sign, as in the browser; any other `$` stays.
    #[inline(never)]
    pub fn english_with(&self, values: &[&str]) -> String {
        let mut text =
            String::with_capacity(self.english.len() + values.iter().map(|value| value.len()).sum::<usize>());
        let mut rest = self.english;
        while let Some(at) = dollar_at(rest) {
            text.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            match after.bytes().next() {
                Some(b'$') => text.push('$'),
                Some(digit @ b'1'..=b'9') => {
                    text.push_str(values.get(usize::from(digit - b'1')).copied().unwrap_or_default())
                }
                _ => {
                    text.push('$');
                    rest = after;
                    continue;
                }
            }
            rest = &after[1..];
        }
        text.push_str(rest);
        text
    }
}

/// The offset of the first `$` in a message, eight bytes at a time while none is among them (a finding's message is
/// a few dozen bytes, and each check builds several).
fn dollar_at(text: &str) -> Option<usize> {
    use crate::engine::swar::{has_byte, word_at};
    let bytes = text.as_bytes();
    let mut at = 0;
    while word_at(bytes, at).is_some_and(|x| has_byte(x, b'$') == 0) {
        at += 8;
    }
    bytes[at..].iter().position(|&byte| byte == b'$').map(|offset| at + offset)
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: Message = Message { key: "sample", english: "Say $1, not $2; $$5 $unknown$ $" };

    #[test]
    fn placeholders_take_their_values_in_order_and_dollars_stay() {
        assert_eq!(SAMPLE.english_with(&["thanks", "sorry"]), "Say thanks, not sorry; $5 $unknown$ $");
        assert_eq!(SAMPLE.english_with(&["thanks"]), "Say thanks, not ; $5 $unknown$ $");
    }

    #[test]
    fn a_dollar_is_found_wherever_it_stands() {
        for length in 0..24 {
            let plain = "x".repeat(length);
            assert_eq!(dollar_at(&plain), None);
            for at in 0..length {
                let text = format!("{}${}", &plain[..at], &plain[at + 1..]);
                assert_eq!(dollar_at(&text), Some(at), "{text}");
                assert_eq!(dollar_at(&format!("{text}$")), Some(at), "{text}$");
            }
        }
        assert_eq!(dollar_at("Caf\u{e9} co\u{fb}te 5$"), "Caf\u{e9} co\u{fb}te 5$".find('$'));
    }

    #[test]
    fn the_catalog_s_messages_are_constants() {
        assert_eq!(CARD_TITLE.key, "cardTitle");
        assert_eq!(CARD_TITLE.english, "Tact suggestions");
        assert_eq!(CARD_DISMISS_LABEL.english, "Dismiss this suggestion about “$1” for this draft");
    }
}
