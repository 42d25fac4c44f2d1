//! Prize bait: "you have won", "claim your reward", "enter to win": the language of contests and scams.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Flags prize and contest language ("you have won", "claim your reward"); it reads as spam.
    ///
    /// ## What it does
    /// Flags prize and contest language: telling readers they have won, were selected, or can win.
    ///
    /// ## Why does it matter?
    /// "You have been selected to receive a reward" is how spam and scams open; readers and spam filters
    /// stop trusting a post that talks this way. If you run a real giveaway, state the rules plainly.
    pub static PRIZE_BAIT: LexiconRule = {
        id: "builtin.prize-bait",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.6, respect: 0.0, promotion: 1.0 },
        message: "\"{match}\" is how prize spam talks; if this is a real giveaway, state its rules plainly.",
        lexicon: PRIZE_BAIT_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const PRIZE_BAIT_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("you have won"),
        flag("you've won"),
        flag("you won a"),
        flag("you have been selected"),
        flag("you've been selected"),
        flag("you are a winner"),
        flag("you're a winner"),
        flag("selected to receive"),
        flag("chosen to receive"),
        flag("claim your"),
        flag("to claim"),
        flag("claim now"),
        flag("claim code"),
        flag("claim it"),
        flag("free entry"),
        flag("enter to win"),
        flag("chance to win"),
        flag("for a chance to"),
        flag("to be entered"),
        flag("lucky winner"),
        flag("winners announced"),
        flag("winner announced"),
        flag("prize draw"),
        flag("cash prize"),
        flag("jackpot"),
        flag("sweepstakes"),
        flag("raffle"),
        flag("reward points"),
        flag("congratulations you"),
        flag("guaranteed prize"),
        flag("rt to win"),
        flag("retweet to win"),
        flag("follow to win"),
        flag("like to win"),
        flag("share to win"),
        flag("comment to win"),
        flag("tag to win"),
        // Text-message spam: premium-rate small print and the offers that come with it.
        flag("u have won"),
        flag("u have been selected"),
        flag("you are entitled"),
        flag("u r entitled"),
        flag("ur awarded"),
        flag("you have been awarded"),
        flag("you've been awarded"),
        flag("valued customer"),
        flag("valued network customer"),
        flag("wkly draw"),
        flag("weekly draw"),
        flag("wkly comp"),
        flag("t&c"),
        flag("t&cs"),
        flag("t&c's apply"),
        flag("tsandcs"),
        flag("ts&cs"),
        flag("std txt rate"),
        flag("pobox"),
        flag("po box"),
        flag("150p"),
        flag("per msg"),
        flag("/month"),
        flag("ringtone"),
        flag("ringtones"),
        flag("to be collected"),
        flag("waiting to be claimed"),
        flag("cash or a"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PRIZE_BAIT;

    #[test]
    fn telling_readers_they_won_is_prize_bait() {
        assert_eq!(underlined(RULE, "You have won a cruise! Claim your prize."), ["You have won", "Claim your"]);
        assert!(fires(RULE, "RT to win a signed shirt"));
    }

    #[test]
    fn talking_about_a_match_won_is_not() {
        assert!(!fires(RULE, "We won the match and the team was thrilled."));
    }
}
