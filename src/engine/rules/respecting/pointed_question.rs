//! Pointed questions: "Why did you...?" and "How could you...?" ask for a defence, not an answer.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Flags why-questions and how-could-you questions; they ask for a defence rather than an answer.
    ///
    /// ## What it does
    /// Flags questions that open with "why", and questions that start "how could you" or "how dare you".
    ///
    /// ## Why does it matter?
    /// A why-question about what someone did reads as an accusation; politeness research finds these
    /// direct questions among the least polite requests. "What happened?" asks the same thing openly.
    pub struct PointedQuestion {
        id: "builtin.pointed-question",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -1.4, promotion: 0.0 },
        keeps_prior: true,
    }
}

impl Check for PointedQuestion {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for sentence in document.sentences.iter().filter(|sentence| sentence.question) {
            let words: Vec<&str> = document
                .tokens_in(sentence.start_byte, sentence.end_byte)
                .iter()
                .filter(|token| token.kind == TokenKind::Word)
                .take(3)
                .map(|token| token.normalized.as_str())
                .collect();
            let pointed = matches!(
                words.as_slice(),
                ["why", ..] | ["how", "could" | "dare" | "can", "you", ..] | ["whose", "fault", ..]
            );
            if pointed {
                findings.push(finding(
                    self,
                    document,
                    (sentence.start_byte, sentence.end_byte),
                    crate::messages::RULE_POINTED_QUESTION.english.into(),
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

    const RULE: &dyn Rule = &super::PointedQuestion;

    #[test]
    fn why_did_you_is_pointed() {
        assert!(fires(RULE, "Why did you delete my post?"));
        assert!(fires(RULE, "How could you miss that?"));
    }

    #[test]
    fn an_open_question_is_not() {
        assert!(!fires(RULE, "What happened to the post?"));
        assert!(!fires(RULE, "We wondered why it broke."));
    }
}
