//! Sales language: "discount", "free", "promo code", "make money" turn a conversation into a pitch.

use super::LexiconRule;
use crate::engine::lexicon::flag;
use crate::engine::{Effect, Principle};

/// ## What it does
/// Flags the vocabulary of sales and easy-money offers.
///
/// ## Why does it matter?
/// Sales words in a reply make every other word suspect; people came to talk, not to be sold to.
pub static SALES_LANGUAGE: LexiconRule = LexiconRule {
    id: "builtin.sales-language",
    principle: Principle::Promotion,
    effect: Effect::Issue,
    description: "Flags sales vocabulary; in a conversation it reads as a pitch.",
    message: "\"{match}\" is sales language; it reads as a pitch.",
    entries: &[
        flag("free"),
        flag("for free"),
        flag("discount"),
        flag("discounts"),
        flag("% off"),
        flag("percent off"),
        flag("sale"),
        flag("on sale"),
        flag("deal"),
        flag("deals"),
        flag("offer"),
        flag("special offer"),
        flag("promo"),
        flag("promo code"),
        flag("coupon"),
        flag("coupon code"),
        flag("voucher"),
        flag("best price"),
        flag("lowest price"),
        flag("cheap"),
        flag("cheapest"),
        flag("giveaway"),
        flag("win a"),
        flag("win an"),
        flag("prize"),
        flag("earn money"),
        flag("make money"),
        flag("earn $"),
        flag("make $"),
        flag("cash"),
        flag("income"),
        flag("per day"),
        flag("per week"),
        flag("work from home"),
        flag("get paid"),
        flag("paypal"),
        flag("bitcoin"),
        flag("crypto"),
        flag("investment"),
        flag("invest"),
        flag("profit"),
        flag("guaranteed"),
        flag("risk free"),
        flag("risk-free"),
        flag("money back"),
        flag("no obligation"),
        flag("bonus"),
        flag("exclusive"),
        flag("buy"),
        flag("purchase"),
        flag("price"),
        flag("pricing"),
        flag("shipping"),
        flag("free shipping"),
        flag("customers"),
        flag("business"),
        flag("marketing"),
        flag("followers"),
        flag("views"),
        flag("traffic"),
        flag("seo"),
        flag("gift card"),
        flag("giftcard"),
        flag("amazon"),
        flag("iphone"),
        flag("money"),
        flag("dollars"),
        flag("rich"),
        flag("opportunity"),
        flag("job"),
        flag("hiring"),
        flag("gift cards"),
        flag("earn"),
        flag("extra money"),
        flag("real money"),
        flag("easy money"),
        flag("free money"),
        flag("donate"),
        flag("donations"),
        flag("bitcoins"),
        flag("gofundme"),
        flag("fundraiser"),
        flag("referral"),
        flag("refer"),
        flag("affiliate"),
        flag("per hour"),
        flag("apparel"),
        flag("clothing"),
        flag("company"),
        flag("products"),
        flag("product"),
        flag("store"),
        flag("shop"),
        flag("brand"),
        flag("sponsor"),
        flag("sponsored"),
        flag("promotion"),
        flag("promote"),
        flag("promoting"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;

    const RULE: &str = "builtin.sales-language";

    #[test]
    fn a_discount_is_sales_language() {
        assert!(fires(RULE, "20% off with promo code SAVE20"));
    }

    #[test]
    fn freedom_is_not_free() {
        assert!(!fires(RULE, "Freedom of speech matters."));
    }
}
