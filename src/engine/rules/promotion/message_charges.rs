//! Message charges: "£1.50/msg", "150p/min", "Msgs cost £1.50": the small print of premium text services.

use super::{finding, Check};
use crate::engine::{Analysis, Document, Finding, Token, TokenKind};

declare_rule! {
    /// Flags charges per message, minute or week ("£1.50/msg", "150ppm"): the small print of premium texts.
    ///
    /// ## What it does
    /// Flags a price charged per text, call minute, question or week: "£1.50/msg", "150p/min", "60p per min",
    /// "150ppm", "£4.50/wk", "Msgs cost £1.50". A price on its own ("tickets are £25 each", "a £4.99 delivery fee")
    /// is not a charge, and neither is "£5 a day" or "£10 a month" (what a plan or a car park costs).
    ///
    /// ## Why does it matter?
    /// Prize, ringtone and chat-line texts must print what each reply or call costs, and that line is what gives
    /// them away: nobody writing to a friend or helping a customer bills them by the message.
    pub struct MessageCharges {
        id: "builtin.message-charges",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 1.5 },
    }
}

/// What a premium service charges for, after "/" ("£1.50/msg", "150p/day").
const UNITS: &[&str] = &[
    "msg", "msgs", "message", "messages", "txt", "txts", "text", "texts", "sms", "min", "mins", "minute", "minutes",
    "call", "calls", "question", "clip", "tone", "match", "wk", "week", "day", "recd", "rcvd",
];
/// The units that also count after "per" or "a" ("£1.50 per msg", "10p a min"); a price "per week" or "a day" is
/// as often a gym's or a car park's.
const MESSAGE_UNITS: &[&str] =
    &["msg", "msgs", "message", "txt", "txts", "text", "sms", "min", "mins", "minute", "call", "question", "clip"];
/// Words before a price that make it the price of a message or a call ("Msgs cost £1.50", "calls charged at 60p").
const CHARGED_THINGS: &[&str] = &["msg", "msgs", "messages", "txt", "txts", "texts", "calls", "sms"];
const CHARGING_VERBS: &[&str] = &["cost", "costs", "charged", "at", "only", "just"];

impl Check for MessageCharges {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for (index, token) in document.tokens.iter().enumerate() {
            if !may_be_amount(token) {
                continue;
            }
            // "150ppm" is a charge by itself.
            let per_minute = token.kind == TokenKind::Word && is_pence(token.normalized.as_str(), "ppm");
            let charge = if per_minute {
                Some((token.start_byte, token.end_byte))
            } else {
                amount_at(document, index).and_then(|amount| {
                    let after = unit_after(document, index, amount.pence).map(|end| (amount.start_byte, end));
                    let before = || charged_thing_before(document, amount.start_byte);
                    after.or_else(|| before().then_some((amount.start_byte, token.end_byte)))
                })
            };
            if let Some(span) = charge {
                findings.push(finding(
                    self,
                    document,
                    span,
                    crate::messages::RULE_MESSAGE_CHARGES.english.into(),
                    None,
                ));
            }
        }
    }
}

/// A sum of money written in a draft: where it starts (its currency sign) and its value in whole units.
pub(super) struct Amount {
    pub start_byte: usize,
    pub value: f64,
    /// Written in pence or cents ("150p"), the way per-message prices are.
    pub pence: bool,
}

/// Whether a token may be an amount or a charge ("£900", "150p", "150ppm"): a number, or a word that starts with
/// a digit (or a thousands comma); a test of one byte that passes over most tokens before [`amount_at`].
#[inline]
pub(super) fn may_be_amount(token: &Token) -> bool {
    match token.kind {
        TokenKind::Number => true,
        TokenKind::Word => token.normalized.as_bytes().first().is_some_and(|&b| b.is_ascii_digit() || b == b','),
        _ => false,
    }
}

/// The amount whose number is the token at `index`: "£900", "$1,500", "£1.50", "€10k", "£1000s", "150p", "20,000
/// pounds". A bare number is not an amount.
pub(super) fn amount_at(document: &Document, index: usize) -> Option<Amount> {
    let token = &document.tokens[index];
    let written = token.normalized.as_str();
    // The cheap tests first: this runs for every token of the draft, and few are amounts.
    let sign = || document.text[..token.start_byte].chars().next_back().filter(|c| matches!(c, '£' | '$' | '€'));
    let start_byte = |sign: Option<char>| token.start_byte - sign.map_or(0, char::len_utf8);
    match token.kind {
        TokenKind::Number => {
            let value = number_value(written)?;
            let sign = sign();
            let named = || {
                let next = document.tokens.get(index + 1)?;
                let unit = ["pounds", "dollars", "euros"].contains(&next.normalized.as_str());
                (unit && next.kind == TokenKind::Word).then_some(())
            };
            (sign.is_some() || named().is_some()).then_some(Amount {
                start_byte: start_byte(sign),
                value,
                pence: false,
            })
        }
        TokenKind::Word => {
            let multiplier = match written.as_bytes().last()? {
                b'k' => 1_000.0,
                b'm' => 1_000_000.0,
                b's' => 1.0,
                // "150p" is pence only without a sign before it ("£150p" is nothing).
                b'p' if is_pence(written, "p") && sign().is_none() => {
                    let value = number_value(&written[..written.len() - 1])? / 100.0;
                    return Some(Amount { start_byte: token.start_byte, value, pence: true });
                }
                _ => return None,
            };
            let sign = sign()?;
            let value = number_value(&written[..written.len() - 1])? * multiplier;
            Some(Amount { start_byte: start_byte(Some(sign)), value, pence: false })
        }
        _ => None,
    }
}

/// The value of "1,500" or "1.50"; `None` for anything but digits with thousands commas and a decimal point. Read
/// by hand: the standard float parser would add its tables (about 16 KB) to the wasm.
fn number_value(written: &str) -> Option<f64> {
    let (whole, fraction) = written.split_once('.').unwrap_or((written, ""));
    let mut value = 0.0;
    let mut digits = 0;
    for c in whole.chars().filter(|c| *c != ',') {
        value = value * 10.0 + f64::from(c.to_digit(10)?);
        digits += 1;
    }
    let mut scale = 0.1;
    for c in fraction.chars() {
        value += scale * f64::from(c.to_digit(10)?);
        scale /= 10.0;
    }
    (digits > 0).then_some(value)
}

/// Whether a word is digits followed by `suffix` ("150p", "150ppm").
fn is_pence(word: &str, suffix: &str) -> bool {
    word.strip_suffix(suffix).is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// Where the unit after the amount at `index` ends: "/msg", "/ wk", "per msg", "a min" (a pence amount takes "per
/// week" too: "150p per week").
fn unit_after(document: &Document, index: usize, pence: bool) -> Option<usize> {
    let tokens = &document.tokens;
    let joiner = tokens.get(index + 1)?;
    let unit = tokens.get(index + 2).filter(|unit| unit.kind == TokenKind::Word)?;
    let unit_word = unit.normalized.as_str();
    let slash = document.slice(joiner.start_byte, joiner.end_byte) == "/";
    let per = matches!(joiner.normalized.as_str(), "per" | "a");
    let counts = (slash && UNITS.contains(&unit_word))
        || (per && (MESSAGE_UNITS.contains(&unit_word) || (pence && UNITS.contains(&unit_word))));
    counts.then_some(unit.end_byte)
}

/// Whether the amount starting at `start_byte` follows what it is the price of: "Msgs £1.50", "msgs cost £1.50",
/// "calls charged at 60p".
fn charged_thing_before(document: &Document, start_byte: usize) -> bool {
    let mut before = document.tokens.iter().rev().skip_while(|token| token.start_byte >= start_byte);
    for _ in 0..3 {
        match before.next() {
            Some(word) if word.kind == TokenKind::Word && CHARGED_THINGS.contains(&word.normalized.as_str()) => {
                return true
            }
            Some(word) if word.kind == TokenKind::Word && CHARGING_VERBS.contains(&word.normalized.as_str()) => {}
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;
    use crate::engine::Document;

    const RULE: &dyn Rule = &super::MessageCharges;

    #[test]
    fn a_price_per_message_minute_or_week_is_flagged() {
        assert_eq!(underlined(RULE, "Txt WIN to 80722. Cost £1.50/wk. 16+"), ["£1.50/wk"]);
        assert_eq!(underlined(RULE, "Call now, only 10p per min from a landline"), ["10p per min"]);
        assert_eq!(underlined(RULE, "Box 92 LS1. 150ppm"), ["150ppm"]);
        assert_eq!(underlined(RULE, "Cost 150p/day, 6 days"), ["150p/day"]);
        assert_eq!(underlined(RULE, "Msgs cost £1.50. 18+"), ["£1.50"]);
        assert_eq!(underlined(RULE, "£1 per msg rcvd, 3msg/wk"), ["£1 per msg"]);
    }

    #[test]
    fn a_plain_price_is_not() {
        assert!(!fires(RULE, "Tickets are £25 each, is that ok?"));
        assert!(!fires(RULE, "I've refunded the £4.99 delivery fee to your card."));
        assert!(!fires(RULE, "Parking is £5 a day and the gym £30 a month."));
        assert!(!fires(RULE, "Text me in 5 min, I'm at 60% battery."));
    }

    #[test]
    fn amounts_are_read_with_their_sign_and_multiplier() {
        let value = |text: &str| {
            let document = Document::new(text, None);
            (0..document.tokens.len()).find_map(|index| super::amount_at(&document, index)).map(|amount| amount.value)
        };
        assert_eq!(value("won £1,500 cash"), Some(1500.0));
        assert_eq!(value("a €10k giveaway"), Some(10_000.0));
        assert_eq!(value("owed £1000s"), Some(1000.0));
        assert_eq!(value("from 100 to 20,000 pounds"), Some(20_000.0));
        assert_eq!(value("only 150p"), Some(1.5));
        assert_eq!(value("£1.50 a go"), Some(1.5));
        assert_eq!(value("back by 11, 2024 was great"), None);
    }
}
