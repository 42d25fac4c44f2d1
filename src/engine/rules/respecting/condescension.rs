//! Condescension: "calm down", "educate yourself", "obviously you're wrong" talk down to the reader.

use super::Lexicon;
use crate::engine::lexicon::{flag, swap};

declare_rule! {
    /// Flags phrases that talk down to the reader; they end a conversation instead of opening it.
    ///
    /// ## What it does
    /// Flags phrases that talk down to the reader or tell them how to feel.
    ///
    /// ## Why does it matter?
    /// Condescension ends a conversation: the reader answers the tone, not the content.
    pub static CONDESCENSION: LexiconRule = {
        id: "builtin.condescension",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.5, promotion: 0.0 },
        keeps_prior: true,
        message: "\"{match}\" talks down to the reader.",
        lexicon: CONDESCENSION_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const CONDESCENSION_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("are you even"),
        flag("can you even"),
        flag("did you even bother"),
        flag("bother to read"),
        flag("bother to search"),
        flag("bother to look"),
        swap("obviously you're wrong", "I see it differently:"),
        swap("obviously you are wrong", "I see it differently:"),
        swap("actually, you're wrong", "I see it differently:"),
        swap("calm down", "I hear you"),
        swap("relax", "I hear you"),
        swap("chill out", "I hear you"),
        swap("settle down", "I hear you"),
        swap("educate yourself", "here is some background"),
        swap("do your research", "here is a source"),
        swap("do your homework", "here is a source"),
        swap("learn to read", "to clarify"),
        swap("read it again", "to clarify"),
        swap("as i already said", "to add to what I said"),
        swap("you didn't read", "you may have missed"),
        swap("you did not read", "you may have missed"),
        swap("did you even read", "did you see"),
        swap("it's all there", "it's covered there"),
        swap("as we already said", "to add to what we said"),
        flag("if you had read"),
        flag("if you'd read"),
        flag("rtfm"),
        flag("even a child could"),
        flag("a child could do it"),
        flag("explain this slowly"),
        flag("explain it slowly"),
        flag("as explained in"),
        flag("as explained above"),
        flag("maybe read"),
        flag("read them this time"),
        flag("read it this time"),
        flag("you obviously didn't"),
        flag("obviously didn't read"),
        flag("you clearly missed"),
        flag("clearly you're the expert"),
        flag("you're the expert here"),
        flag("build your own"),
        flag("really not that hard"),
        flag("as previously stated"),
        flag("per my last"),
        flag("google it"),
        flag("just google"),
        swap("as i said before", "to add to what I said"),
        swap("like i said", "to add to what I said"),
        swap("as i've said", "to add to what I said"),
        swap("let me explain", "here is how I see it"),
        swap("let me spell it out", "here is how I see it"),
        swap("with all due respect", "I see it differently"),
        swap("no offense, but", "honestly"),
        swap("no offense but", "honestly"),
        swap("sweetie", "friend"),
        swap("bless your heart", "I see it differently"),
        swap("nice try", "I see it differently"),
        flag("grow up"),
        flag("get a grip"),
        flag("get a clue"),
        flag("get a life"),
        swap("you clearly don't", "I may not have explained"),
        flag("seriously?"),
        flag("smh"),
        flag("try harder"),
        flag("how hard is it"),
        flag("it's not rocket science"),
        swap("it's not that hard", "it takes a few steps"),
        flag("i don't have time for"),
        flag("for the last time"),
        flag("sigh"),
        swap("do you even", "do you"),
        flag("are you kidding"),
        flag("are you serious"),
        flag("you people"),
        flag("pathetic attempt"),
        flag("cry more"),
        flag("ok boomer"),
        flag("snowflake"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::CONDESCENSION;

    #[test]
    fn obviously_wrong_gets_a_kinder_rewrite() {
        assert_eq!(rewrite(RULE, "Obviously you're wrong about this.").as_deref(), Some("I see it differently:"));
    }

    #[test]
    fn calm_down_is_condescending() {
        assert!(fires(RULE, "Calm down, it's fixed."));
    }

    #[test]
    fn saying_they_did_not_read_is_condescending() {
        assert_eq!(rewrite(RULE, "Obviously you didn't read the FAQ.").as_deref(), Some("you may have missed"));
        assert!(fires(RULE, "If you had read the thread you would know."));
    }

    #[test]
    fn a_neutral_reply_is_not() {
        assert!(!fires(RULE, "The fix is live; let us know if it helps."));
    }
}
