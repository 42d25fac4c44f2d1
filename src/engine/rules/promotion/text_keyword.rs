//! Text keywords: "txt WIN to 80722", "reply YES", "send STOP": how a text-message service signs the reader up.

use super::{finding, Check};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Flags a keyword to text or reply ("txt WIN to 80722", "reply YES"); it is how premium services sign people up.
    ///
    /// ## What it does
    /// Flags "text", "txt", "reply", "send" or "sms" followed by a word in capitals ("Text CLAIM to 81010",
    /// "reply YES to accept", "txt STOP to end"), also as "text the word CLAIM". Capitals that friends write
    /// ("reply ASAP", "text me LOL") are not keywords, and neither is a keyword given in answer to a post that asks
    /// about texts ("How do I get delivery alerts by text?").
    ///
    /// ## Why does it matter?
    /// A keyword to send is how prize draws, ringtone and chat-line subscriptions sign the reader up and bill
    /// them; in a reply to a person it reads as a text-message advert. A support team that needs it (to move a
    /// number, to opt out) says what the text does.
    pub struct TextKeyword {
        id: "builtin.text-keyword",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 1.0 },
    }
}

/// Verbs that ask for a text.
const TEXTING_VERBS: &[&str] = &["text", "txt", "texting", "txting", "reply", "send", "sms"];
/// Words in capitals that friends write after "text" or "reply", and HELP, which a support line asks for ("text HELP
/// to 61234 for our chat"): not keywords.
const NOT_KEYWORDS: &[&str] = &[
    "help", "asap", "ok", "okay", "lol", "omg", "btw", "pls", "plz", "fyi", "tbh", "idk", "eta", "me", "him", "her",
    "us", "xx",
];

impl Check for TextKeyword {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        if document.context.is_some_and(asks_about_texts) {
            return;
        }
        let words = document.word_tokens(0, document.text.len());
        for (position, verb) in words.iter().enumerate() {
            if !TEXTING_VERBS.contains(&verb.normalized.as_str()) {
                continue;
            }
            let mut next = words[position + 1..].iter();
            let mut keyword = next.next();
            if keyword.is_some_and(|word| word.normalized.as_str() == "the")
                && next.clone().next().is_some_and(|word| word.normalized.as_str() == "word")
            {
                keyword = next.nth(1);
            }
            let Some(keyword) = keyword else { continue };
            // Only spaces, quotes or a colon between the verb and its keyword.
            let between = document.slice(verb.end_byte, keyword.start_byte);
            let close = between.len() <= 12
                && between.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '"' | '\'' | ':'));
            if close && keyword.all_caps && !NOT_KEYWORDS.contains(&keyword.normalized.as_str()) {
                let span = (verb.start_byte, keyword.end_byte);
                findings.push(finding(self, document, span, crate::messages::RULE_TEXT_KEYWORD.english.into(), None));
            }
        }
    }
}

/// Whether the post being answered talks about texts or text messages: then a keyword to send answers it.
fn asks_about_texts(context: &str) -> bool {
    crate::engine::rules::mentions_any(context, &["text", "texts", "txt", "sms", "texting"])
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{findings_of, fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::TextKeyword;

    #[test]
    fn a_keyword_to_send_is_flagged() {
        assert_eq!(underlined(RULE, "Txt WIN to 80722 to claim ur cash"), ["Txt WIN"]);
        assert_eq!(underlined(RULE, "Just reply YES to accept. Stop? send STOP"), ["reply YES", "send STOP"]);
        assert_eq!(underlined(RULE, "Text the word CLAIM to 81010"), ["Text the word CLAIM"]);
        assert_eq!(underlined(RULE, "Reply \"DATE\" now"), ["Reply \"DATE"]);
    }

    #[test]
    fn friends_capitals_and_plain_replies_are_not() {
        assert!(!fires(RULE, "Reply ASAP pls, need to know"));
        assert!(!fires(RULE, "Text me when you're home, LOL"));
        assert!(!fires(RULE, "Reply when u can. Send pics!"));
        assert!(!fires(RULE, "I'll text Sam and reply to the email."));
        assert!(!fires(RULE, "You can text HELP to 61234 to get a link to our support chat."));
    }

    #[test]
    fn a_keyword_that_answers_a_question_about_texts_is_not() {
        let answer = "Text ALERTS to 60060 from your phone, and reply STOP any time to end them.";
        assert!(findings_of(RULE, answer, Some("How do I get delivery alerts by text?")).is_empty());
        assert_eq!(findings_of(RULE, answer, Some("Where is my parcel?")).len(), 2);
    }
}
