//! Contact numbers: a phone number or a "text WIN to 80080" code in a public post reads as an advert.

use super::{finding, Check};
use crate::engine::{Analysis, Document, Finding, Token, TokenKind};

declare_rule! {
    /// Flags phone numbers and text-message codes; in a public post they read as an advert.
    ///
    /// ## What it does
    /// Flags phone numbers ("call 0906 170 1461") and text-message codes ("text FA to 87121").
    ///
    /// ## Why does it matter?
    /// A number to call or text is how adverts and scams sell; in a public reply it moves the
    /// conversation somewhere the reader cannot see. If it is a support line, say what it is for.
    pub struct ContactNumbers {
        id: "builtin.contact-numbers",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 1.0 },
    }
}

/// Words that, a few words before a short number, make it a number to call or text.
const CONTACT_VERBS: &[&str] = &[
    "call", "calling", "ring", "text", "texting", "txt", "txting", "sms", "reply", "replying", "send", "sending",
    "whatsapp", "dial", "phone",
];
/// How many words back a contact verb may stand from a short code ("text the word CLAIM to 81010").
const VERB_REACH: usize = 5;

impl Check for ContactNumbers {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let tokens = &document.tokens;
        let reply = document.context.is_some_and(|context| context.chars().any(char::is_alphanumeric));
        let mut index = 0;
        while index < tokens.len() {
            // Most tokens are not numbers (checked here: a call per token costs more than the check).
            let number = tokens[index].kind == TokenKind::Number;
            let Some((end, digits)) = number.then(|| number_run(document, index)).flatten() else {
                index += 1;
                continue;
            };
            let is_phone = looks_like_phone(document, index, end, digits) && !(reply && offers_our_line(tokens, index));
            let is_code = (4..=6).contains(&digits) && end == index + 1 && follows_contact_verb(tokens, index);
            if is_phone || is_code {
                let opening = document.text[..tokens[index].start_byte].chars().next_back();
                let start =
                    tokens[index].start_byte - opening.filter(|c| matches!(c, '(' | '+')).map_or(0, char::len_utf8);
                let span = (start, tokens[end - 1].end_byte);
                let message = if is_phone {
                    crate::messages::RULE_CONTACT_NUMBERS_PHONE
                } else {
                    crate::messages::RULE_CONTACT_NUMBERS_TEXT
                };
                findings.push(finding(self, document, span, message.english.to_string(), None));
            }
            index = end;
        }
    }
}

/// The run of number tokens starting at `start`, joined only by spaces, dashes, dots or brackets
/// (as in "0906 170-1461" or "(555) 010 4477"): the index after its last token and its digit count.
/// A number that is money, a share, a time or part of a word is not a run.
pub(super) fn number_run(document: &Document, start: usize) -> Option<(usize, usize)> {
    let tokens = &document.tokens;
    if tokens[start].kind != TokenKind::Number || is_amount_or_time(document, &tokens[start]) {
        return None;
    }
    let mut end = start + 1;
    let mut digits = digit_count(document, &tokens[start]);
    while let Some(next) = tokens.get(end) {
        let gap = document.slice(tokens[end - 1].end_byte, next.start_byte);
        let joined = gap.chars().all(|c| matches!(c, ' ' | '-' | '.' | '(' | ')')) && gap.chars().count() <= 2;
        if next.kind == TokenKind::Number && joined && !is_amount_or_time(document, next) {
            digits += digit_count(document, next);
            end += 1;
        } else if next.kind == TokenKind::Punctuation
            && matches!(document.slice(next.start_byte, next.end_byte), "-" | "." | "(" | ")")
        {
            end += 1;
        } else {
            break;
        }
    }
    while end > start + 1 && tokens[end - 1].kind != TokenKind::Number {
        end -= 1;
    }
    Some((end, digits))
}

/// A phone number has 7 to 15 digits and is written like one: in groups that open with a group of three
/// or more digits, or a `+` or `(` ("0906 170 1461", "+44 20 7946 0958", "(555) 010-4477"), or a lone 1 before
/// ten digits ("1-800-555-0199"), or in one
/// piece that starts with 0 or `+` ("09061701461"). Dates ("12 05 2024") and order numbers are not.
fn looks_like_phone(document: &Document, start: usize, end: usize, digits: usize) -> bool {
    let first = &document.tokens[start];
    let written = document.slice(first.start_byte, first.end_byte);
    let opened = matches!(document.text[..first.start_byte].chars().next_back(), Some('+' | '('));
    let grouped = end > start + 1;
    (7..=15).contains(&digits)
        && !opens_with_year(written)
        && if grouped {
            // North America's "1-800-555-0199": a lone 1 before ten digits in groups.
            opened || digit_count(document, first) >= 3 || (written == "1" && digits == 11)
        } else {
            opened || written.starts_with('0')
        }
}

/// Whether a number starts with a year (1900-2099), as dates and spans of years do ("2018-09-14",
/// "1994-2004"); phone numbers' first groups are not years.
fn opens_with_year(written: &str) -> bool {
    written.len() >= 4 && written[..4].parse::<u16>().is_ok_and(|year| (1900..=2099).contains(&year))
}

fn digit_count(document: &Document, token: &Token) -> usize {
    document.slice(token.start_byte, token.end_byte).chars().filter(char::is_ascii_digit).count()
}

/// "$500", "£900", "20%", "10:30" and "5pm" are amounts and times, not numbers to call.
fn is_amount_or_time(document: &Document, token: &Token) -> bool {
    let before = document.text[..token.start_byte].chars().next_back();
    let after = document.text[token.end_byte..].chars().next();
    let written = document.slice(token.start_byte, token.end_byte);
    matches!(before, Some('$' | '£' | '€' | '¥' | ':' | '#'))
        || matches!(after, Some('%' | ':'))
        || written.contains(':')
        || after.is_some_and(char::is_alphabetic)
}

/// Verbs that, followed by "us", offer the writer's own line: "call us on 0800 123 4567".
const OUR_LINE_VERBS: &[&str] = &["call", "ring", "phone", "contact", "reach"];

/// Whether "call us" (or "ring us", "contact us") stands a few words before the number at `index`: in a reply to
/// someone's problem that is the support line they need, not an advert.
fn offers_our_line(tokens: &[Token], index: usize) -> bool {
    let words: Vec<&Token> =
        tokens[..index].iter().rev().filter(|token| token.kind == TokenKind::Word).take(VERB_REACH).collect();
    words.windows(2).any(|pair| pair[0].normalized == "us" && OUR_LINE_VERBS.contains(&pair[1].normalized.as_str()))
}

/// Whether the token at `index` is what a contact verb asks for: right after "to" or the verb itself,
/// with the verb a few words before ("text CLAIM to 81010", "call 81010"; not "call me in 2024").
fn follows_contact_verb(tokens: &[Token], index: usize) -> bool {
    let mut words_before = tokens[..index].iter().rev().filter(|token| token.kind == TokenKind::Word).take(VERB_REACH);
    let is_verb = |token: &Token| CONTACT_VERBS.contains(&token.normalized.as_str());
    match words_before.next() {
        Some(previous) if is_verb(previous) => true,
        Some(previous) if previous.normalized == "to" => words_before.any(is_verb),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::ContactNumbers;

    #[test]
    fn our_line_offered_in_a_reply_is_not_flagged() {
        let reply = "Please call us straight away on 0800 123 4567 so we can block your card.";
        let post = "I think I've been scammed, someone took money from my account";
        assert!(crate::engine::rules::testing::findings_of(RULE, reply, Some(post)).is_empty());
        // Without a post to answer, or with a number not ours, it is still flagged.
        assert!(fires(RULE, reply));
        assert!(!crate::engine::rules::testing::findings_of(RULE, "Call 0906 170 1461 now to claim.", Some(post))
            .is_empty());
    }

    #[test]
    fn a_phone_number_is_flagged_whole() {
        assert_eq!(underlined(RULE, "To claim call 0906 170 1461 now."), ["0906 170 1461"]);
        assert_eq!(underlined(RULE, "Ring (555) 010-4477 today"), ["(555) 010-4477"]);
        assert_eq!(underlined(RULE, "or +44 20 7946 0958, or 09061701461"), ["+44 20 7946 0958", "09061701461"]);
        assert_eq!(underlined(RULE, "Call 1-800-555-0199 today to renew."), ["1-800-555-0199"]);
    }

    #[test]
    fn a_code_to_text_is_flagged() {
        assert_eq!(underlined(RULE, "Txt the word CLAIM to 81010"), ["81010"]);
        assert_eq!(underlined(RULE, "Join now by txting GRAVEL to 69888!"), ["69888"]);
    }

    #[test]
    fn years_prices_times_and_counts_are_not() {
        assert!(!fires(RULE, "Since 2019 we fixed 12000 bugs, at $15000 a year, by 10:30."));
        assert!(!fires(RULE, "Call me when the 2024 report is out."));
        assert!(!fires(RULE, "Order 12345678 shipped on 12 05 2024."));
        assert!(!fires(RULE, "From 1994-2004, and on 2018-09-14 23:56."));
    }
}
