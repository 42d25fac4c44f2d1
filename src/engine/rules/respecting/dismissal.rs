//! Dismissal: "whatever", "who cares", "get over it" wave the other person away.

use super::Lexicon;
use crate::engine::lexicon::{block, flag, swap};

declare_rule! {
    /// Flags phrases that brush off the other person or their concern.
    ///
    /// ## What it does
    /// Flags phrases that brush off the other person or their concern.
    ///
    /// ## Why does it matter?
    /// A dismissal says their concern does not count; even a disagreement respects them more than that.
    pub static DISMISSAL: LexiconRule = {
        id: "builtin.dismissal",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.2, promotion: 0.0 },
        keeps_prior: true,
        message: "\"{match}\" brushes them off; say what you think of their point instead.",
        lexicon: DISMISSAL_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const DISMISSAL_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("no room to talk", "a different view from mine"),
        swap("nothing to say to", "little to add for"),
        flag("not worth responding"),
        flag("not worth a reply"),
        flag("not even worth"),
        swap("you don't know what you're talking about", "I see it differently"),
        swap("you don't know what you are talking about", "I see it differently"),
        swap("no idea what you're talking about", "I see it differently"),
        swap("no idea what you are talking about", "I see it differently"),
        swap("whatever", "I see it differently"),
        swap("who cares", "I see it differently"),
        swap("so what", "I see it differently"),
        swap("get over it", "I hear that this matters to you"),
        swap("deal with it", "this is how it works for now"),
        swap("move on", "let's look ahead"),
        swap("not my problem", "I can't fix that, but"),
        swap("not our problem", "we can't fix that, but"),
        swap("don't care", "see it differently"),
        swap("do not care", "see it differently"),
        swap("end of discussion", "that's my view"),
        swap("end of conversation", "that's my view"),
        swap("shut up", "let's pause"),
        swap("go away", "let's pause"),
        swap("nobody asked", "I see it differently"),
        swap("no one asked", "I see it differently"),
        swap("not worth my time", "I'll leave it there"),
        swap("irrelevant", "a separate point"),
        swap("doesn't matter", "matters less to me"),
        swap("too bad", "sorry"),
        swap("tough luck", "sorry"),
        swap("stop whining", "I hear you"),
        swap("stop complaining", "I hear you"),
        swap("boo hoo", "I hear you"),
        swap("cry about it", "I hear you"),
        swap("get lost", "let's pause"),
        flag("bye felicia"),
        swap("not interested", "I'll pass"),
        flag("not reading all that"),
        block("whatever time"),
        block("whatever you need"),
        block("whatever works"),
        block("whatever suits"),
        block("whatever is easiest"),
        flag("not reading that"),
        flag("okay then"),
        flag("ok then"),
        flag("not much we can do"),
        flag("nothing we can do"),
        flag("it is what it is"),
        flag("when we get to it"),
        flag("take it up with"),
        swap("take it or leave it", "that's what we can offer"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::DISMISSAL;

    #[test]
    fn whatever_is_dismissive() {
        assert!(fires(RULE, "Whatever, it works for me."));
    }

    #[test]
    fn get_over_it_gets_a_rewrite() {
        assert_eq!(rewrite(RULE, "Get over it.").as_deref(), Some("I hear that this matters to you"));
    }

    #[test]
    fn a_clause_rewrite_is_offered_only_where_it_opens_the_sentence() {
        assert_eq!(rewrite(RULE, "Just get over it."), None);
    }

    #[test]
    fn engaging_is_not_dismissive() {
        assert!(!fires(RULE, "I see why that matters to you."));
    }
}
