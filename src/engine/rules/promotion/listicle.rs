//! Listicle openings: "23 Things Only '90s Kids Will Understand", "Which Pizza Are You?": a headline built to be clicked.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Flags a listicle or quiz opening ("17 things...", "Which ... are you?"); say what the post is about.
    ///
    /// ## What it does
    /// Flags a draft that opens with a count of five or more followed by what is counted ("21 Pictures That...",
    /// "17 Reasons Why...") and a quiz question that asks which of something the reader is ("Which Disney
    /// Villain Are You?"). A count of casualties or years ("5 killed in...", "10 years on") is news, not a list.
    ///
    /// ## Why does it matter?
    /// The numbered list and the personality quiz are the shapes of clickbait: they promise a reaction rather than
    /// say what the post holds, and readers learn to scroll past an account that writes them.
    pub struct Listicle {
        id: "builtin.listicle",
        principle: Promotion,
        effect: Issue,
        prior: { listening: 0.0, respect: 0.0, promotion: 0.8 },
    }
}

/// Words after a count that make it news (casualties, time, money), not the items of a list.
const NEWS_COUNTS: &[&str] = &[
    "killed", "dead", "die", "died", "dies", "injured", "hurt", "wounded", "arrested", "missing", "years", "year",
    "months", "days", "hours", "minutes", "million", "billion", "millions", "milions", "thousand", "percent", "%",
    "per", "am", "pm", "and", "to", "of",
];

impl Check for Listicle {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let mut tokens = document.tokens.iter().filter(|token| token.kind != TokenKind::Punctuation);
        if let (Some(count), Some(counted)) = (tokens.next(), tokens.next()) {
            let number = document.slice(count.start_byte, count.end_byte).parse::<u32>().ok();
            let listed = counted.kind == TokenKind::Word && !NEWS_COUNTS.contains(&counted.normalized.as_str());
            if count.kind == TokenKind::Number && number.is_some_and(|n| (5..=101).contains(&n)) && listed {
                let span = (count.start_byte, counted.end_byte);
                findings.push(finding(self, document, span, crate::messages::RULE_LISTICLE.english.into(), None));
            }
        }
        for sentence in document.sentences.iter().filter(|sentence| sentence.question) {
            let words = document.word_tokens(sentence.start_byte, sentence.end_byte);
            let said = |at: usize, word: &str| words.get(at).is_some_and(|token| token.normalized == word);
            let last = words.len().wrapping_sub(1);
            if words.len() <= 8 && said(0, "which") && said(last.wrapping_sub(1), "are") && said(last, "you") {
                let span = (words[0].start_byte, words[last].end_byte);
                findings.push(finding(self, document, span, crate::messages::RULE_LISTICLE.english.into(), None));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::Listicle;

    #[test]
    fn a_numbered_list_or_a_quiz_opening_is_flagged() {
        assert_eq!(underlined(RULE, "23 Hilarious Tweets About Being A Grown-Ass Adult"), ["23 Hilarious"]);
        assert_eq!(underlined(RULE, "Which Disney Villain Are You?"), ["Which Disney Villain Are You"]);
    }

    #[test]
    fn news_counts_small_counts_and_ordinary_questions_are_not() {
        assert!(!fires(RULE, "5 killed in a bus crash near Leeds"));
        assert!(!fires(RULE, "2 things to try: restart the app, then sign in again."));
        assert!(!fires(RULE, "10 minutes ago we fixed the login error."));
        assert!(!fires(RULE, "Which browser are you using?"));
    }
}
