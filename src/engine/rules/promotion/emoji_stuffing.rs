//! Emoji stuffing: a row of emoji reads as hype rather than a human message.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Flags rows of emoji (three or more in a row, or more than five in all); they read as hype.
    ///
    /// ## What it does
    /// Flags three or more emoji in a row, or more than five in a draft. Each ZWJ sequence or flag counts
    /// as one emoji.
    ///
    /// ## Why does it matter?
    /// An emoji can carry warmth; a row of them is the visual language of ads and hype posts.
    pub struct EmojiStuffing {
        id: "builtin.emoji-stuffing",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 0.5 },
    }
}

impl Check for EmojiStuffing {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let total = document.tokens.iter().filter(|token| token.kind == TokenKind::Emoji).count();
        let mut run: Vec<(usize, usize)> = Vec::new();
        let tokens = document.tokens.iter().map(Some).chain(std::iter::once(None));
        for token in tokens {
            match token {
                Some(token) if token.kind == TokenKind::Emoji => run.push((token.start_byte, token.end_byte)),
                _ => {
                    if run.len() >= 3 || (total > 5 && !run.is_empty()) {
                        let span = (run[0].0, run[run.len() - 1].1);
                        findings.push(finding(
                            self,
                            document,
                            span,
                            crate::messages::RULE_EMOJI_STUFFING.english.into(),
                            Some(document.slice(run[0].0, run[0].1).to_string()),
                        ));
                    }
                    run.clear();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::EmojiStuffing;

    #[test]
    fn a_row_of_emoji_keeps_one() {
        assert_eq!(rewrite(RULE, "Launch day \u{1F680}\u{1F525}\u{1F389}").as_deref(), Some("\u{1F680}"));
    }

    #[test]
    fn a_family_emoji_counts_once() {
        assert!(!fires(RULE, "Great day \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} thanks"));
    }
}
