//! Bare commands: "Read the docs." or "Stop posting duplicates." gives an order where a question would ask.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, Token, TokenKind};

declare_rule! {
    /// Flags bare orders ("Read the docs."); asking ("Could you read the docs?") leaves the reader the choice.
    ///
    /// ## What it does
    /// Flags a sentence that is a bare order to the reader: it opens with a command verb ("Read", "Stop",
    /// "Post", "Google") and asks nothing, with no "please" to soften it. The rewrite turns the order into
    /// a question: "Read the docs." becomes "Could you read the docs?".
    ///
    /// ## Why does it matter?
    /// People read a direct imperative as one of the least polite ways to ask for something; the same
    /// request as a question leaves them the choice and gets more help.
    pub struct BareCommand {
        id: "builtin.bare-command",
        principle: Respecting,
        effect: Issue,
        prior: { listening: 0.0, respect: -0.4, promotion: 0.0 },
    }
}

/// Verbs that, opening a sentence, order the reader about.
const COMMAND_VERBS: &[&str] = &[
    "read",
    "reread",
    "stop",
    "post",
    "google",
    "search",
    "learn",
    "go",
    "quit",
    "fix",
    "use",
    "do",
    "get",
    "check",
    "send",
    "give",
    "show",
    "tell",
    "explain",
    "answer",
    "provide",
    "include",
    "add",
    "remove",
    "delete",
    "edit",
    "update",
    "follow",
    "move",
    "leave",
    "keep",
    "take",
    "put",
    "make",
    "think",
    "try",
    "open",
    "close",
    "restart",
    "reinstall",
    "clear",
    "wait",
    "calm",
    "cut",
    "drop",
    "grow",
    "pay",
];

impl Check for BareCommand {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for sentence in document.sentences.iter().filter(|sentence| !sentence.question) {
            let tokens = document.tokens_in(sentence.start_byte, sentence.end_byte);
            let Some(first) = tokens.first().filter(|token| token.kind == TokenKind::Word) else { continue };
            if !COMMAND_VERBS.contains(&first.normalized.as_str()) {
                continue;
            }
            let words = document.word_tokens(sentence.start_byte, sentence.end_byte);
            let softened = words.iter().any(|word| matches!(word.normalized.as_str(), "please" | "pls" | "plz"));
            if words.len() < 2 || softened {
                continue;
            }
            // "Check it out" and "Try it out" invite rather than order; "Do you" is a question without its mark.
            let invitation = words.iter().skip(1).take(2).any(|word| word.normalized == "out");
            // "Take whatever time you need", "Take care", "Keep it up" are kindness, not orders; "Tell me more" and
            // "Tell us what happened" invite them to talk.
            let kindness = matches!(
                (words[0].normalized.as_str(), words[1].normalized.as_str()),
                ("take", "whatever" | "your" | "care" | "all")
                    | ("keep", "it" | "up")
                    | ("get", "well")
                    | ("tell", "me" | "us")
            );
            if invitation
                || kindness
                || opens_with_a_subject(words)
                || matches!(words[1].normalized.as_str(), "you" | "we" | "i")
            {
                continue;
            }
            let written = document.slice(first.start_byte, sentence.end_byte).trim_end();
            let body = written.trim_end_matches(['.', '!', '\u{2026}']);
            let mut question = String::from("Could you ");
            question.extend(body.chars().next().map(|c| c.to_ascii_lowercase()));
            question.push_str(&body[body.chars().next().map_or(0, char::len_utf8)..]);
            question.push('?');
            findings.push(finding(
                self,
                document,
                (first.start_byte, first.start_byte + written.len()),
                crate::messages::RULE_BARE_COMMAND.english_with(&[document.slice(first.start_byte, first.end_byte)]),
                Some(question),
            ));
        }
    }
}

/// Verbs that, soon after a sentence's first word, make that word (part of) a noun and the sentence a statement:
/// "Fix ships next week.", "Update 4.2 is live.", "Check takes a minute."
const VERBS_AFTER_A_SUBJECT: &[&str] = &[
    "is", "was", "are", "were", "will", "would", "should", "can", "could", "may", "might", "must", "has", "had",
    "have", "ships", "shipped", "lands", "landed", "rolls", "rolled", "goes", "went", "comes", "came", "takes", "took",
    "needs", "works", "worked", "looks", "seems", "fixes", "fixed", "broke", "breaks", "arrives", "arrived",
    "includes", "starts", "started", "runs", "ran", "happens", "happened",
];

/// Whether the sentence's first word is part of its subject, a noun rather than an order: a finite verb follows
/// within the next three words ("Fix ships next week.", "Update 4.2 is live.", "Google sign-in was switched off").
fn opens_with_a_subject(words: &[&Token]) -> bool {
    words.iter().skip(1).take(3).any(|word| VERBS_AFTER_A_SUBJECT.contains(&word.normalized.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::BareCommand;

    #[test]
    fn an_order_becomes_a_question() {
        assert_eq!(rewrite(RULE, "Read the docs.").as_deref(), Some("Could you read the docs?"));
        assert_eq!(underlined(RULE, "Thanks. Stop posting duplicates!"), ["Stop posting duplicates!"]);
    }

    #[test]
    fn a_softened_request_a_question_or_a_statement_is_not() {
        assert!(!fires(RULE, "Post your code, please."));
        assert!(!fires(RULE, "Could you post your code?"));
        assert!(!fires(RULE, "We fixed it. Posting the notes now."));
        assert!(!fires(RULE, "Check it out, it's great."));
    }

    #[test]
    fn a_noun_that_opens_a_statement_is_not() {
        assert!(!fires(RULE, "This is a known issue. Fix ships next week."));
        assert!(!fires(RULE, "Update 4.2.1 is live in the App Store."));
        assert!(!fires(RULE, "Google sign-in was switched off for accounts created before 2021."));
        assert!(fires(RULE, "Update the app and restart it."));
    }

    #[test]
    fn an_invitation_to_talk_or_a_kindness_is_not() {
        assert!(!fires(RULE, "Tell me more about what happened last weekend."));
        assert!(!fires(RULE, "Tell us which browser you use."));
        assert!(!fires(RULE, "Take care of yourself."));
        assert!(fires(RULE, "Tell your friends about the sale."));
    }
}
