//! Link stuffing: two or more links in one short post read as spam.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Flags two or more links in one post; it looks like a link farm.
    ///
    /// ## What it does
    /// Flags a draft with two or more links.
    ///
    /// ## Why does it matter?
    /// Several links in a social post look like a link farm; readers and spam filters treat them so.
    pub struct LinkStuffing {
        id: "builtin.link-stuffing",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.3, respect: 0.0, promotion: 0.8 },
    }
}

impl Check for LinkStuffing {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let links: Vec<_> = document.tokens.iter().filter(|token| token.kind == TokenKind::Url).collect();
        if let (true, Some(first), Some(last)) = (links.len() >= 2, links.first(), links.last()) {
            findings.push(finding(
                self,
                document,
                (first.start_byte, last.end_byte),
                crate::messages::RULE_LINK_STUFFING.english_with(&[&links.len().to_string()]),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::LinkStuffing;

    #[test]
    fn two_links_are_stuffing() {
        assert!(fires(RULE, "https://a.example.com and https://b.example.com"));
    }

    #[test]
    fn one_link_is_not() {
        assert!(!fires(RULE, "Here is the guide: https://a.example.com"));
    }
}
