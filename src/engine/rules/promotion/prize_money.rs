//! Prize money: "won £1,500 cash", "a £500 voucher", "earn £300/day": a sum of money held out to the reader.

use super::message_charges::{amount_at, may_be_amount};
use super::{finding, Check};
use crate::engine::{Analysis, Finding, Token, TokenKind};

declare_rule! {
    /// Flags sums of money offered as a prize or earnings ("you have won £1,500", "a £500 voucher"); it reads as spam.
    ///
    /// ## What it does
    /// Flags an amount of money beside a prize word, within three words: any amount with "won", "win", "prize",
    /// "jackpot", "awarded" or "giveaway" ("you have won £900"); £100 or more with "cash", "voucher", "reward",
    /// "bonus", "worth", "earn", "claim", "owed", "guaranteed" or "free" ("a £500 Tesco voucher", "earn £300 a day").
    /// A refund, a fee or a credit ("a refund of £36.50", "a £20 credit") is not a prize, and neither is what the
    /// writer or someone else won ("I won £10 on the lottery", "she wins $500").
    ///
    /// ## Why does it matter?
    /// Money for nothing is how prize, loan and investment scams open; a real giveaway states its rules, and a
    /// support reply names a refund as a refund.
    pub struct PrizeMoney {
        id: "builtin.prize-money",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.3, respect: 0.0, promotion: 1.2 },
    }
}

/// Words that make any amount beside them a prize.
const PRIZE_WORDS: &[&str] =
    &["won", "win", "wins", "winning", "winner", "winners", "prize", "prizes", "jackpot", "awarded", "giveaway"];
/// Words that make an amount of at least [`LARGE`] a prize or a promise of money.
const MONEY_WORDS: &[&str] = &[
    "cash",
    "voucher",
    "vouchers",
    "gift",
    "reward",
    "rewards",
    "bonus",
    "worth",
    "earn",
    "earning",
    "earned",
    "profit",
    "claim",
    "unclaimed",
    "owed",
    "entitled",
    "guaranteed",
    "free",
];
const LARGE: f64 = 100.0;
/// Who, right before "won" or "win", makes it news of a win rather than an offer to the reader.
const WINNERS: &[&str] = &["i", "we", "he", "she", "they", "i've", "we've", "just", "mum", "dad"];
/// How many words either side a prize word may stand from the amount.
const REACH: usize = 3;

impl Check for PrizeMoney {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let tokens = &document.tokens;
        for index in 0..tokens.len() {
            if !may_be_amount(&tokens[index]) {
                continue;
            }
            let Some(amount) = amount_at(document, index) else { continue };
            let is_prize =
                |word: &str| PRIZE_WORDS.contains(&word) || (amount.value >= LARGE && MONEY_WORDS.contains(&word));
            let words = |range: &mut dyn Iterator<Item = &Token>| {
                range
                    .filter(|token| token.kind == TokenKind::Word)
                    .take(REACH)
                    .any(|token| is_prize(token.normalized.as_str()) && !someone_won(document, token))
            };
            let near = words(&mut tokens[..index].iter().rev()) || words(&mut tokens[index + 1..].iter());
            if near {
                let span = (amount.start_byte, tokens[index].end_byte);
                findings.push(finding(self, document, span, crate::messages::RULE_PRIZE_MONEY.english.into(), None));
            }
        }
    }
}

/// Whether `word` is "won" or "win" said of the writer or a third person ("I won", "she just won", a sentence that
/// opens with "Won").
fn someone_won(document: &Analysis, word: &Token) -> bool {
    if !matches!(word.normalized.as_str(), "won" | "win" | "wins") {
        return false;
    }
    let before = document.tokens.iter().rev().find(|token| token.start_byte < word.start_byte);
    match before {
        Some(token) if token.kind == TokenKind::Word => WINNERS.contains(&token.normalized.as_str()),
        // "Won £10 on the lottery": a text drops its "I" ("Win £500!" is an offer).
        Some(token) if token.kind != TokenKind::Punctuation => false,
        _ => word.normalized.as_str() == "won",
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PrizeMoney;

    #[test]
    fn money_held_out_as_a_prize_is_flagged() {
        assert_eq!(underlined(RULE, "U have won £1,500 cash in our draw!"), ["£1,500"]);
        assert_eq!(underlined(RULE, "Claim ur £500 Tesco voucher today"), ["£500"]);
        assert_eq!(underlined(RULE, "Earn up to $2,000 a month from home"), ["$2,000"]);
        assert_eq!(underlined(RULE, "A chance to win from 100 to 20,000 pounds"), ["20,000"]);
        assert_eq!(underlined(RULE, "Join our €10k giveaway"), ["€10k"]);
    }

    #[test]
    fn refunds_credits_and_small_sums_are_not() {
        assert!(!fires(RULE, "Your refund of £36.50 was sent on 2 March."));
        assert!(!fires(RULE, "I've added a £20 credit and a £10 voucher to your account."));
        assert!(!fires(RULE, "Tickets are £25 each and the train was £120."));
        assert!(!fires(RULE, "Can u send £300 to pay the bill? I'll pay u back"));
        assert!(!fires(RULE, "Won £10 on the lottery lol. I won £500 last year and she just won £200"));
    }
}
