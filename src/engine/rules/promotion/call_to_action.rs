//! Calls to action: "buy now", "click here", "sign up" push the reader instead of talking with them.

use super::Lexicon;
use crate::engine::lexicon::{block, flag};

declare_rule! {
    /// Flags calls to action (buy, click, visit, sign up); in a conversation they read as an ad.
    ///
    /// ## What it does
    /// Flags calls to action: telling the reader to buy, click, visit, sign up or download.
    ///
    /// ## Why does it matter?
    /// In a conversation a call to action reads as an ad and ends the exchange.
    pub static CALL_TO_ACTION: LexiconRule = {
        id: "builtin.call-to-action",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.6, respect: 0.0, promotion: 1.2 },
        message: "\"{match}\" is a call to action; in a conversation it reads as an ad.",
        lexicon: CALL_TO_ACTION_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const CALL_TO_ACTION_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("buy now"),
        flag("buy it now"),
        flag("shop now"),
        flag("order now"),
        flag("order today"),
        flag("sign up"),
        flag("signup"),
        flag("register now"),
        flag("join now"),
        flag("join us"),
        flag("click here"),
        flag("click the link"),
        flag("click this link"),
        flag("click on the link"),
        flag("click below"),
        flag("tap the link"),
        flag("visit our"),
        flag("visit my"),
        flag("visit us"),
        flag("go to my"),
        flag("go check"),
        flag("download now"),
        flag("download the app"),
        flag("download it"),
        flag("get yours"),
        flag("get it now"),
        flag("grab yours"),
        flag("learn more"),
        flag("find out more"),
        flag("see more at"),
        flag("book now"),
        flag("book a demo"),
        flag("try it free"),
        flag("try it now"),
        flag("start your free"),
        flag("apply now"),
        flag("enroll now"),
        flag("shop the"),
        flag("add to cart"),
        flag("check this out"),
        flag("check it out"),
        flag("check out"),
        flag("checkout this"),
        flag("checkout these"),
        flag("check this"),
        flag("check these"),
        flag("check them out"),
        flag("come check"),
        flag("go see"),
        flag("go watch"),
        flag("watch it"),
        flag("watch my"),
        flag("watch this video"),
        flag("listen to my"),
        // Asking for money or pledges is a call to act, however gently it is put.
        flag("donate to"),
        flag("donate today"),
        flag("donate now"),
        flag("donate a"),
        flag("donate some"),
        flag("donate your"),
        flag("to donate"),
        flag("donating to"),
        flag("donating a"),
        flag("donating some"),
        flag("donating your"),
        flag("about donating"),
        flag("considered donating"),
        flag("make a donation"),
        flag("making a donation"),
        flag("make a small donation"),
        flag("consider a donation"),
        flag("interested in a donation"),
        flag("monetary support"),
        flag("donate now"),
        flag("donate today"),
        flag("give today"),
        flag("chip in"),
        flag("kick in"),
        flag("count on you"),
        flag("count you in"),
        flag("count on your support"),
        flag("can you contribute"),
        flag("would you contribute"),
        flag("will you contribute"),
        flag("support our cause"),
        flag("support our work"),
        flag("become a member"),
        flag("become a patron"),
        flag("back us on"),
        // Pointing to the instructions that answer a question is help, not a call to action.
        block("check out our guide"),
        block("check out our help"),
        block("check out our faq"),
        block("check out our docs"),
        block("check out our setup guide"),
        block("check out our support"),
        block("check out our status"),
        block("check out our community"),
        block("check out this article"),
        block("check out this guide"),
        block("check out the guide"),
        block("check out the steps"),
        block("check out the faq"),
        block("check out the help"),
        block("visit our help"),
        block("visit our support"),
        block("visit our status"),
        block("visit our faq"),
        block("visit our community"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CALL_TO_ACTION;

    #[test]
    fn buy_now_is_a_call_to_action() {
        assert!(fires(RULE, "Buy now, only today!"));
    }

    #[test]
    fn click_here_is_underlined() {
        assert_eq!(underlined(RULE, "Click here for more"), ["Click here"]);
    }

    #[test]
    fn pointing_to_the_guide_is_not_a_call_to_action() {
        assert!(!fires(RULE, "Check out this article, it walks through the reset."));
        assert!(!fires(RULE, "You can visit our help centre for the steps."));
        assert!(fires(RULE, "Check out the new collection!"));
    }

    #[test]
    fn the_checkout_page_is_not_a_call_to_action() {
        assert!(!fires(RULE, "The outage is affecting checkout; it works again now."));
        assert!(fires(RULE, "Checkout this deal before it's gone"));
    }

    #[test]
    fn asking_for_money_is_a_call_to_action() {
        assert!(fires(RULE, "Would you be willing to donate a small amount today?"));
        assert!(fires(RULE, "Can we count on you?"));
        assert!(!fires(RULE, "Your donation receipt is attached."));
    }

    #[test]
    fn a_question_is_not() {
        assert!(!fires(RULE, "Which plan are you on?"));
    }
}
