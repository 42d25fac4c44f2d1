//! Links: a URL in a reply sends the reader away; in promotional posts it is the point.

use super::{finding, Rule};
use crate::engine::{Document, Effect, Finding, Principle, TokenKind};

/// ## What it does
/// Notes each link in the draft.
///
/// ## Why does it matter?
/// A link can help (a help article), but links are also the strongest single sign of promotion and
/// spam; the promotion score counts them so the writer sees the effect.
pub struct Links;

impl Rule for Links {
    fn id(&self) -> &str {
        "builtin.link"
    }
    fn description(&self) -> &str {
        "Notes each link; links send readers away and are the strongest sign of promotion."
    }
    fn principle(&self) -> Principle {
        Principle::Promotion
    }
    fn effect(&self) -> Option<Effect> {
        Some(Effect::Issue)
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        for token in document.tokens.iter().filter(|token| token.kind == TokenKind::Url) {
            findings.push(finding(
                self,
                document,
                (token.start_byte, token.end_byte),
                "A link sends them away from the conversation; make sure the reply stands on its own.".into(),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::underlined;

    const RULE: &str = "builtin.link";

    #[test]
    fn each_link_is_noted() {
        assert_eq!(
            underlined(RULE, "See https://help.example.com/reset, or www.example.org."),
            ["https://help.example.com/reset", "www.example.org"]
        );
    }

    #[test]
    fn a_dotted_sentence_is_not_a_link() {
        assert!(underlined(RULE, "It works.Thanks").is_empty());
    }
}
