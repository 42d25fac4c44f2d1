//! Sales language: "discount", "free", "promo code", "make money" turn a conversation into a pitch.

use super::Lexicon;
use crate::engine::lexicon::{block, flag};

declare_rule! {
    /// Flags sales vocabulary; in a conversation it reads as a pitch.
    ///
    /// ## What it does
    /// Flags the vocabulary of sales and easy-money offers. The plain nouns of shopping that support answers
    /// use all the time (the store, the product, shipping, the price, a purchase) are not on the list: "your
    /// purchase ships Monday" answers a question, "lowest price" and "free shipping" sell. Everyday phrases
    /// that hold a sales word ("feel free", "free of charge", "gluten-free") block it.
    ///
    /// ## Why does it matter?
    /// Sales words in a reply make every other word suspect; people came to talk, not to be sold to.
    pub static SALES_LANGUAGE: LexiconRule = {
        id: "builtin.sales-language",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.4, respect: 0.0, promotion: 0.6 },
        message: "\"{match}\" is sales language; it reads as a pitch.",
        lexicon: SALES_LANGUAGE_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const SALES_LANGUAGE_LEXICON: Lexicon = Lexicon {
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
        flag("free shipping"),
        flag("marketing"),
        flag("followers"),
        flag("views"),
        flag("traffic"),
        flag("seo"),
        flag("gift card"),
        flag("giftcard"),
        flag("money"),
        flag("dollars"),
        flag("rich"),
        flag("opportunity"),
        flag("hiring"),
        flag("gift cards"),
        flag("earn"),
        flag("extra money"),
        flag("real money"),
        flag("easy money"),
        flag("free money"),
        flag("donate"),
        flag("guaranteed returns"),
        flag("investment returns"),
        flag("guaranteed profit"),
        flag("100% safe"),
        flag("risk-free"),
        flag("risk free"),
        flag("double your money"),
        flag("recover your funds"),
        flag("donations"),
        flag("bitcoins"),
        flag("gofundme"),
        flag("fundraiser"),
        flag("referral"),
        flag("refer"),
        flag("affiliate"),
        flag("per hour"),
        flag("sponsor"),
        flag("sponsored"),
        flag("promotion"),
        flag("promote"),
        flag("promoting"),
        // Everyday phrases that hold a sales word without selling.
        block("feel free"),
        block("free of charge"),
        block("hands-free"),
        block("toll-free"),
        block("gluten-free"),
        block("sugar-free"),
        block("dairy-free"),
        block("error-free"),
        block("cash register"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SALES_LANGUAGE;

    #[test]
    fn a_discount_is_sales_language() {
        assert!(fires(RULE, "20% off with promo code SAVE20"));
    }

    #[test]
    fn freedom_is_not_free() {
        assert!(!fires(RULE, "Freedom of speech matters."));
    }

    #[test]
    fn feel_free_and_business_days_do_not_sell() {
        assert!(!fires(RULE, "Feel free to reply here if it happens again."));
        assert!(!fires(RULE, "We replace it free of charge; it ships in 3-5 business days."));
        assert!(!fires(RULE, "Our menu has gluten-free options and the app works hands-free."));
        assert!(fires(RULE, "Get it free today, the best deal for your business."));
    }

    #[test]
    fn the_nouns_of_an_order_answer_are_not_sales_language() {
        assert!(!fires(
            RULE,
            "Your purchase ships from our store Monday; the product and shipping price are on the receipt."
        ));
        assert!(fires(RULE, "Lowest price in town, free shipping!"));
    }
}
