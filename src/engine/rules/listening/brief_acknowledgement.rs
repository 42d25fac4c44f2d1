//! Brief acknowledgements: a sentence that only takes in what they said ("Absolutely.", "Makes sense.", "I see.").

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Rewards a short sentence that takes in what they said ("Absolutely.", "That makes sense.", "I see.").
    ///
    /// ## What it does
    /// Rewards a sentence made only of an acknowledgement: agreement ("Absolutely.", "Exactly!", "So true."),
    /// understanding ("I see.", "Got it.", "Makes sense.") or a warm reaction to their news ("That's great!").
    /// A bare "ok", "yes" or "sure" is not enough: it takes nothing in.
    ///
    /// ## Why does it matter?
    /// A brief acknowledgement tells them they were heard before anything else is said; in a thread it is often
    /// the whole of a good reply.
    pub struct BriefAcknowledgement {
        id: "builtin.brief-acknowledgement",
        principle: Listening,
        effect: Strength,
        prior: { listening: 1.0, respect: 0.2, promotion: -0.2 },
    }
}

/// Words that may come before an acknowledgement without changing it ("oh", "yes", "well").
const LEAD_INS: &[&str] = &["oh", "ah", "aha", "well", "yes", "yeah", "yep", "wow", "ok", "okay", "haha", "and"];
/// Words that may follow one ("too", "then", "indeed", "for sure").
const TAILS: &[&str] = &["too", "then", "indeed", "honestly", "really", "completely", "totally", "haha"];
/// Praise words that after a bare "oh" read as sarcasm.
const SARCASTIC_PRAISE: &[&str] = &["great", "wonderful", "perfect", "awesome", "fantastic", "amazing", "sure"];
/// The acknowledgements, as their lower-case words joined by one space.
const ACKNOWLEDGEMENTS: &[&str] = &[
    "absolutely",
    "exactly",
    "definitely",
    "certainly",
    "of course",
    "totally",
    "indeed",
    "agreed",
    "true",
    "so true",
    "very true",
    "that's true",
    "that is true",
    "this is true",
    "that's so true",
    "that's very true",
    "that's right",
    "that's fair",
    "fair enough",
    "good point",
    "great point",
    "got it",
    "i see",
    "i get it",
    "understood",
    "understandable",
    "that's understandable",
    "that is understandable",
    "makes sense",
    "that makes sense",
    "that makes total sense",
    "same here",
    "me too",
    "same",
    "no problem",
    "no worries",
    "sounds good",
    "sounds great",
    "that sounds great",
    "that sounds good",
    "that sounds perfect",
    "that's great",
    "that's awesome",
    "that's wonderful",
    "that's amazing",
    "that's fantastic",
    "that's good",
    "that is great",
    "that is awesome",
    "that is wonderful",
    "great",
    "awesome",
    "wonderful",
    "excellent",
    "perfect",
    "fantastic",
    "amazing",
    "i think so",
    "i believe so",
    "i hope so",
    "i agree",
    "i completely agree",
    "i totally agree",
    "i understand",
    "i totally understand",
    "i completely understand",
    "i definitely understand",
    "i truly understand",
    "good to know",
    "i know",
    "i know right",
    "for sure",
    "you bet",
    "right on",
];

impl Check for BriefAcknowledgement {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let mut said = String::new();
        for sentence in document.sentences.iter().filter(|sentence| !sentence.question) {
            let tokens = document.tokens_in(sentence.start_byte, sentence.end_byte);
            if tokens
                .iter()
                .any(|token| !matches!(token.kind, TokenKind::Word | TokenKind::Punctuation | TokenKind::Emoji))
            {
                continue;
            }
            let mut words = document.sentence_words(sentence);
            // "Oh great." is how sarcasm starts; the sarcasm rule reads it.
            if matches!(words, ["oh", praise] if SARCASTIC_PRAISE.contains(praise)) {
                continue;
            }
            while words.len() > 1 && LEAD_INS.contains(&words[0]) {
                words = &words[1..];
            }
            while words.len() > 1 && TAILS.contains(&words[words.len() - 1]) {
                words = &words[..words.len() - 1];
            }
            if words.is_empty() || words.len() > 5 {
                continue;
            }
            said.clear();
            for (at, word) in words.iter().enumerate() {
                if at > 0 {
                    said.push(' ');
                }
                said.push_str(word);
            }
            if ACKNOWLEDGEMENTS.contains(&said.as_str()) {
                findings.push(finding(
                    self,
                    document,
                    (sentence.start_byte, sentence.end_byte),
                    crate::messages::RULE_BRIEF_ACKNOWLEDGEMENT.english.into(),
                    None,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::BriefAcknowledgement;

    #[test]
    fn agreement_alone_is_an_acknowledgement() {
        assert!(fires(RULE, "Absolutely."));
        assert!(fires(RULE, "Oh, that makes sense!"));
        assert!(fires(RULE, "That's so true. We see it too."));
        assert!(fires(RULE, "I think so too!"));
    }

    #[test]
    fn a_bare_yes_or_ok_is_not() {
        assert!(!fires(RULE, "ok"));
        assert!(!fires(RULE, "Yes."));
        assert!(!fires(RULE, "Sure."));
    }

    #[test]
    fn the_word_inside_a_longer_sentence_is_not() {
        assert!(!fires(RULE, "Absolutely nobody else has this problem."));
        assert!(!fires(RULE, "Great products at great prices."));
        assert!(!fires(RULE, "Great question?"));
    }

    #[test]
    fn oh_great_is_left_to_sarcasm() {
        assert!(!fires(RULE, "Oh great."));
    }
}
