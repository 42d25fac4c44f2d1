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
        while let Some(at) = rest.find('$') {
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
    fn the_catalog_s_messages_are_constants() {
        assert_eq!(CARD_TITLE.key, "cardTitle");
        assert_eq!(CARD_TITLE.english, "Tact suggestions");
        assert_eq!(CARD_DISMISS_LABEL.english, "Dismiss this suggestion about “$1” for this draft");
    }
}
