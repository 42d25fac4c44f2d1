//! Premium-rate numbers: "call 09061701461" is how text-message scams charge the reader; a support line is free.

use super::contact_numbers::number_run;
use super::{finding, Check};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Flags premium-rate phone numbers (UK 09..., 087..., 084..., 070...; US 1-900): scams charge by the minute.
    ///
    /// ## What it does
    /// Flags a phone number that starts with a premium or shared-rate prefix: in the UK 09, 087, 084 and 070
    /// (also written +44 9...), in North America 1-900 and 1-976.
    ///
    /// ## Why does it matter?
    /// Text-message and prize scams ask the reader to call a number that charges by the minute ("You have won
    /// a £900 prize, call 09061701461"). A support team's own line is free or local; a premium-rate number in a
    /// post reads as a scam, whatever the words around it say.
    pub struct PremiumRate {
        id: "builtin.premium-rate",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 1.5 },
    }
}

/// Prefixes of premium and shared-rate numbers, as their digits are written nationally.
const PREMIUM_PREFIXES: &[&str] = &["09", "087", "084", "070", "1900", "1976", "900", "976"];

impl Check for PremiumRate {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let mut index = 0;
        while index < document.tokens.len() {
            // Most tokens are not numbers (checked here: a call per token costs more than the check).
            let number = document.tokens[index].kind == TokenKind::Number;
            let Some((end, digits)) = number.then(|| number_run(document, index)).flatten() else {
                index += 1;
                continue;
            };
            let start_byte = document.tokens[index].start_byte;
            let written = document.slice(start_byte, document.tokens[end - 1].end_byte);
            if (10..=13).contains(&digits) && is_premium(written) {
                let message = crate::messages::RULE_PREMIUM_RATE.english;
                findings.push(finding(
                    self,
                    document,
                    (start_byte, document.tokens[end - 1].end_byte),
                    message.into(),
                    None,
                ));
            }
            index = end;
        }
    }
}

/// Whether the digits of a written number start with a premium-rate prefix ("0906 170 1461", "1-900-555-0199";
/// "+44 9..." is the UK's 09 written internationally).
fn is_premium(written: &str) -> bool {
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let national = digits.strip_prefix("44").map_or(digits.clone(), |rest| format!("0{rest}"));
    PREMIUM_PREFIXES.iter().any(|prefix| national.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PremiumRate;

    #[test]
    fn premium_and_shared_rate_numbers_are_flagged() {
        assert_eq!(underlined(RULE, "You have 1 new voicemail. Please call 08719181503"), ["08719181503"]);
        assert_eq!(underlined(RULE, "To claim call 0906 170 1461 now."), ["0906 170 1461"]);
        assert_eq!(underlined(RULE, "Psychic line: 1-900-555-0199"), ["1-900-555-0199"]);
    }

    #[test]
    fn ordinary_and_free_numbers_are_not() {
        assert!(!fires(RULE, "Call us free on 0800 123 4567 or on 020 7946 0958."));
        assert!(!fires(RULE, "Give us a call at 1-800-555-0199."));
        assert!(!fires(RULE, "Your ticket number is 0912345 and order 0871."));
    }
}
