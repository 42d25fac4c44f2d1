//! Sales language: "discount", "free", "promo code", "make money" turn a conversation into a pitch.

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
        message: crate::messages::RULE_SALES_LANGUAGE,
        lexicon: "sales_language.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SALES_LANGUAGE;

    #[test]
    fn the_nouns_of_an_order_answer_are_not_sales_language() {
        assert!(!fires(
            RULE,
            "Your purchase ships from our store Monday; the product and shipping price are on the receipt."
        ));
        assert!(fires(RULE, "Lowest price in town, free shipping!"));
    }
}
