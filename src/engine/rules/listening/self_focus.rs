//! Self-focus: a reply that is all "I", "me", "we", "our" and never "you" talks at the reader.

use super::{finding, Check};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Flags longer drafts that are all about the writer (I, we, our) and never about the reader (you).
    ///
    /// ## What it does
    /// Flags a draft of at least twelve words with five or more first-person words and no second-person
    /// word at all.
    ///
    /// ## Why does it matter?
    /// Listening shows in who a reply is about; a reply only about the writer or the brand leaves the
    /// other person out of their own conversation.
    pub struct SelfFocus {
        id: "builtin.self-focus",
        principle: Listening,
        effect: Issue,
        prior: { listening: -0.6, respect: 0.0, promotion: 0.3 },
    }
}

const FIRST_PERSON: &[&str] =
    &["i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "i've", "we're", "we've", "i'll", "we'll"];
const SECOND_PERSON: &[&str] = &["you", "your", "yours", "you're", "you've", "you'll", "you'd", "yourself", "u", "ur"];

impl Check for SelfFocus {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let words = document.word_tokens(0, document.text.len());
        // Most drafts address the reader, which settles it before the first person is counted.
        if words.len() < 12 || words.iter().any(|word| SECOND_PERSON.contains(&word.normalized.as_str())) {
            return;
        }
        let first: Vec<_> = words.iter().filter(|word| FIRST_PERSON.contains(&word.normalized.as_str())).collect();
        if first.len() >= 5 {
            findings.push(finding(
                self,
                document,
                (first[0].start_byte, first[0].end_byte),
                crate::messages::RULE_SELF_FOCUS.english.into(),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SelfFocus;

    #[test]
    fn a_reply_about_only_us_is_self_focused() {
        assert!(fires(
            RULE,
            "We launched our app and we think our team did great work, so we are proud of our launch."
        ));
    }

    #[test]
    fn mentioning_them_is_not() {
        assert!(!fires(RULE, "We launched our app and we think our team did great work; what do you think of it?"));
    }
}
