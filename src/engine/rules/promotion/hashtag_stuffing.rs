//! Hashtag stuffing: a string of hashtags makes a post read as a bid for reach, not a message.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Flags three or more hashtags, or hashtags outnumbering a third of the words.
    ///
    /// ## What it does
    /// Flags a draft with three or more hashtags, or with more hashtags than a third of its words.
    ///
    /// ## Why does it matter?
    /// One or two tags help people find a post; a row of them is written for the algorithm, and readers
    /// can tell.
    pub struct HashtagStuffing {
        id: "builtin.hashtag-stuffing",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.3, respect: 0.0, promotion: 0.8 },
    }
}

impl Check for HashtagStuffing {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let tags: Vec<_> = document.tokens.iter().filter(|token| token.kind == TokenKind::Hashtag).collect();
        let words = document.words().count();
        let stuffed = tags.len() >= 3 || (tags.len() >= 2 && tags.len() * 3 > words);
        if stuffed {
            for tag in tags.iter().skip(2) {
                findings.push(finding(
                    self,
                    document,
                    (tag.start_byte, tag.end_byte),
                    crate::messages::RULE_HASHTAG_STUFFING.english_with(&[&tags.len().to_string()]),
                    Some(String::new()),
                ));
            }
            if tags.len() == 2 {
                findings.push(finding(
                    self,
                    document,
                    (tags[1].start_byte, tags[1].end_byte),
                    crate::messages::RULE_HASHTAG_STUFFING_RATIO.english.into(),
                    None,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{findings_of, fires};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::HashtagStuffing;

    #[test]
    fn the_tags_past_two_are_flagged() {
        assert_eq!(findings_of(RULE, "New drop #sale #deal #shop #style", None).len(), 2);
    }

    #[test]
    fn one_tag_in_a_sentence_is_fine() {
        assert!(!fires(RULE, "Loved meeting everyone at #RustConf this week."));
    }
}
