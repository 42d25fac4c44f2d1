//! Tact's words by key, from the message catalog the extension reads through chrome.i18n (`_locales/en/messages.json`,
//! English, the source every locale translates). build.rs writes one [`Message`] constant per key, so a message that
//! is not in the catalog does not compile. The engine's findings and the pages take their English from here; the
//! extension shows a message in the user's language by its key.

/// One message of the catalog: its key, its English text, and the names of its placeholders (`$name$` in the text)
/// in the order their values are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub english: &'static str,
    pub placeholders: &'static [&'static str],
}

impl Message {
    /// The English text with each placeholder replaced by its value (`values` in the placeholders' order; a missing
    /// value leaves the placeholder empty). `$$` is a dollar sign, as in the browser.
    #[inline(never)]
    pub fn english_with(&self, values: &[&str]) -> String {
        let mut text =
            String::with_capacity(self.english.len() + values.iter().map(|value| value.len()).sum::<usize>());
        let mut rest = self.english;
        while let Some(at) = rest.find('$') {
            text.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            if let Some(tail) = after.strip_prefix('$') {
                text.push('$');
                rest = tail;
                continue;
            }
            let placeholder = after.find('$').map(|end| (&after[..end], &after[end + 1..]));
            match placeholder.and_then(|(name, tail)| {
                let index = self.placeholders.iter().position(|known| known.eq_ignore_ascii_case(name))?;
                Some((index, tail))
            }) {
                Some((index, tail)) => {
                    text.push_str(values.get(index).copied().unwrap_or_default());
                    rest = tail;
                }
                None => {
                    text.push('$');
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        text
    }
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: Message = Message {
        key: "sample",
        english: "Say $words$, not $Other$; $$5 $unknown$",
        placeholders: &["words", "other"],
    };

    #[test]
    fn placeholders_take_their_values_in_order_and_dollars_stay() {
        assert_eq!(SAMPLE.english_with(&["thanks", "sorry"]), "Say thanks, not sorry; $5 $unknown$");
        assert_eq!(SAMPLE.english_with(&["thanks"]), "Say thanks, not ; $5 $unknown$");
    }

    #[test]
    fn the_catalog_s_messages_are_constants() {
        assert_eq!(CARD_TITLE.key, "cardTitle");
        assert_eq!(CARD_TITLE.english, "Tact suggestions");
        assert_eq!(CARD_DISMISS_LABEL.placeholders, &["words"]);
    }
}
