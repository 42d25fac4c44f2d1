//! Subscribe and follow requests: "subscribe", "follow me", "sub4sub" ask the reader to join your audience.

use super::Lexicon;
use crate::engine::lexicon::{block, flag};

declare_rule! {
    /// Flags requests to subscribe to or follow the writer.
    ///
    /// ## What it does
    /// Flags requests to subscribe to, follow or like the writer.
    ///
    /// ## Why does it matter?
    /// Asking strangers to follow you turns a conversation into audience building.
    pub static SUBSCRIBE_FOLLOW: LexiconRule = {
        id: "builtin.subscribe-follow",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.5, respect: 0.0, promotion: 1.5 },
        message: "\"{match}\" asks them to join your audience; talk with them instead.",
        lexicon: SUBSCRIBE_FOLLOW_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const SUBSCRIBE_FOLLOW_LEXICON: Lexicon = Lexicon {
    entries: &[
        // Support asks to be followed so it can send a direct message: that is a way to help, not to grow.
        block("follow us and dm"),
        block("follow us & dm"),
        block("follow us and send"),
        block("follow us so we can"),
        block("follow us so that we can"),
        block("follow us, then dm"),
        block("follow us to dm"),
        block("follow us for a dm"),
        block("follow us on twitter so we can"),
        flag("subscribe"),
        flag("subscribed"),
        flag("subscribers"),
        flag("subscribing"),
        flag("subscribe to"),
        flag("sub to"),
        flag("sub4sub"),
        flag("sub 4 sub"),
        flag("sub for sub"),
        flag("subs"),
        flag("follow me"),
        flag("follow us"),
        flag("follow my"),
        flag("follow back"),
        flag("followback"),
        flag("follow for follow"),
        flag("f4f"),
        flag("l4l"),
        flag("like for like"),
        flag("hit the bell"),
        flag("turn on notifications"),
        flag("like and subscribe"),
        flag("please subscribe"),
        flag("pls subscribe"),
        flag("plz subscribe"),
        flag("add me"),
        flag("friend me"),
        flag("join my"),
        flag("join our"),
        flag("become a member"),
        flag("hit subscribe"),
        flag("smash subscribe"),
        flag("subscrib*"),
        flag("sucscrib*"),
        flag("subscib*"),
        flag("subcrib*"),
        flag("suscrib*"),
        flag("sub me"),
        flag("sub back"),
        flag("subs back"),
        flag("sub2sub"),
        flag("follow me on"),
        flag("follow 4 follow"),
        flag("like 4 like"),
        flag("likes back"),
        flag("follow my page"),
        flag("like my page"),
        flag("like my video"),
        flag("like my videos"),
        flag("like our page"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SUBSCRIBE_FOLLOW;

    #[test]
    fn subscribe_is_flagged() {
        assert!(fires(RULE, "Please subscribe to my channel"));
    }

    #[test]
    fn a_newsletter_question_is_not() {
        assert!(!fires(RULE, "How do I cancel the newsletter?"));
    }

    #[test]
    fn following_to_receive_a_direct_message_is_support() {
        assert!(!fires(RULE, "Can you please follow us and DM your order number?"));
        assert!(!fires(RULE, "Please follow us so we can send you a DM."));
        assert!(fires(RULE, "Follow us for daily deals!"));
    }
}
