//! Blunt openings: starting with "Look,", "Listen,", "So," or "Wrong." sets a combative tone.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Flags blunt openers such as Look, Listen, Wrong or Seriously; they set a combative tone.
    ///
    /// ## What it does
    /// Flags a sentence that opens with a blunt word used to seize the floor ("Look,", "Listen,",
    /// "Wrong.", "Nope", "Seriously,").
    ///
    /// ## Why does it matter?
    /// These openers tell the reader they are about to be corrected; politeness research finds direct
    /// openings read as less polite than the same request without them.
    pub struct BluntStart {
        id: "builtin.blunt-start",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.3, respect: -0.4, promotion: 0.0 },
    }
}

const OPENERS: &[(&str, Option<&str>)] = &[
    ("look", None),
    ("listen", None),
    ("wrong", Some("I see it differently")),
    ("nope", Some("I see it differently")),
    ("no", Some("I see it differently")),
    ("seriously", None),
    ("ugh", None),
    ("duh", None),
    ("newsflash", None),
    ("fyi", Some("Just so you know")),
    ("um", None),
    ("umm", None),
    ("so", None),
];

impl Check for BluntStart {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for sentence in &document.sentences {
            let mut tokens = document.tokens_in(sentence.start_byte, sentence.end_byte).iter();
            let Some(first) = tokens.next().filter(|token| token.kind == TokenKind::Word) else { continue };
            let Some((_, replacement)) = OPENERS.iter().find(|(word, _)| *word == first.normalized) else { continue };
            // Only as an interjection: followed by a comma, a stop or the end ("So," yes; "So many" no).
            let next = tokens.next();
            let interjection = next.is_none_or(|token| {
                matches!(document.slice(token.start_byte, token.end_byte), "," | "." | "!" | "?" | "\u{2026}")
            });
            if interjection {
                findings.push(finding(
                    self,
                    document,
                    (first.start_byte, first.end_byte),
                    crate::messages::RULE_BLUNT_START.english_with(&[document.slice(first.start_byte, first.end_byte)]),
                    replacement.map(str::to_string),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::BluntStart;

    #[test]
    fn look_comma_is_a_blunt_start() {
        assert!(fires(RULE, "Look, the app works fine."));
    }

    #[test]
    fn wrong_gets_a_softer_opener() {
        assert_eq!(rewrite(RULE, "Wrong, it shipped in May.").as_deref(), Some("I see it differently"));
    }

    #[test]
    fn the_same_word_inside_a_sentence_is_not() {
        assert!(!fires(RULE, "So many people asked for this."));
        assert!(!fires(RULE, "Take a look, it is fixed."));
    }
}
