//! Addressing the person: opening with their @handle or name ("Hi Sam,") speaks to them, not at a crowd.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Rewards opening by addressing the person: their @handle, or a greeting with their name.
    ///
    /// ## What it does
    /// Rewards a draft that opens by addressing the person: an @mention, or a greeting followed by a name.
    ///
    /// ## Why does it matter?
    /// A reply that names the person is plainly for them; it reads as a conversation, not a broadcast.
    pub struct Addressing {
        id: "builtin.addressing",
        principle: Listening,
        effect: Strength,
        prior: { listening: 0.3, respect: 0.2, promotion: -0.2 },
    }
}

const GREETINGS: &[&str] = &["hi", "hello", "hey", "dear", "thanks", "thank", "morning", "evening", "welcome"];

impl Check for Addressing {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let mut tokens = document.tokens.iter().filter(|token| token.kind != TokenKind::Punctuation);
        let Some(first) = tokens.next() else { return };
        let span = if first.kind == TokenKind::Mention {
            Some((first.start_byte, first.end_byte))
        } else if GREETINGS.contains(&first.normalized.as_str()) {
            let name = tokens.find(|token| token.normalized != "you").filter(|token| {
                let written = document.slice(token.start_byte, token.end_byte);
                token.kind == TokenKind::Mention
                    || (token.kind == TokenKind::Word
                        && written.chars().next().is_some_and(char::is_uppercase)
                        && !token.all_caps)
            });
            name.map(|name| (first.start_byte, name.end_byte))
        } else {
            None
        };
        if let Some(span) = span {
            findings.push(finding(self, document, span, crate::messages::RULE_ADDRESSING.english.into(), None));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::Addressing;

    #[test]
    fn a_leading_mention_addresses_them() {
        assert_eq!(underlined(RULE, "@sam thanks, fixed now"), ["@sam"]);
    }

    #[test]
    fn a_greeting_with_a_name_addresses_them() {
        assert_eq!(underlined(RULE, "Hi Priya, sorry about that."), ["Hi Priya"]);
    }

    #[test]
    fn a_greeting_alone_does_not() {
        assert!(!fires(RULE, "Hi, sorry about that."));
        assert!(!fires(RULE, "Our update is out."));
    }
}
