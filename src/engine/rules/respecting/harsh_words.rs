//! Harsh words: "ridiculous", "disgusting", "pathetic", "hate" judge instead of describe.

use super::Lexicon;
use crate::engine::lexicon::{aimed, flag, swap};

declare_rule! {
    /// Flags harsh, judging words; describing the problem keeps the reader listening.
    ///
    /// ## What it does
    /// Flags strongly negative, judging words ("ridiculous", "disgusting", "lies", "worst", "hate").
    ///
    /// ## Why does it matter?
    /// Harsh judgments make the reader defend themselves; describing the problem keeps them listening.
    pub static HARSH_WORDS: LexiconRule = {
        id: "builtin.harsh-words",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.4, respect: -1.6, promotion: 0.0 },
        message: "\"{match}\" judges harshly; describe the problem instead.",
        lexicon: HARSH_WORDS_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const HARSH_WORDS_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("ridiculous", "surprising"),
        swap("absurd", "surprising"),
        swap("nonsense", "not how I see it"),
        swap("rubbish", "not how I see it"),
        swap("disgusting", "upsetting"),
        swap("despicable", "wrong"),
        swap("horrible", "bad"),
        swap("terrible", "bad"),
        swap("awful", "bad"),
        swap("worst", "poorest"),
        swap("hate", "dislike"),
        swap("hates", "dislikes"),
        swap("hated", "disliked"),
        swap("hating", "disliking"),
        swap("lies", "claims I doubt"),
        swap("lying", "saying something I doubt"),
        swap("lied", "said something I doubt"),
        flag("fake"),
        flag("corrupt"),
        flag("shameful"),
        flag("shame"),
        flag("disgrace"),
        flag("embarrassing"),
        flag("embarrassment"),
        flag("laughable"),
        flag("dumber"),
        flag("dumbest"),
        flag("stupidest"),
        flag("sick of"),
        flag("sick and tired"),
        flag("fed up"),
        flag("pissed off"),
        flag("destroying"),
        flag("destroyed"),
        flag("ruined"),
        flag("ruining"),
        flag("criminal"),
        flag("criminals"),
        flag("treason"),
        flag("scam"),
        flag("scammer"),
        flag("scammers"),
        flag("propaganda"),
        flag("brainwashed"),
        flag("cult"),
        flag("mob"),
        flag("hopeless"),
        flag("joke"),
        flag("insult"),
        flag("insulting"),
        flag("offensive"),
        flag("outrageous"),
        flag("unacceptable"),
        flag("inexcusable"),
        flag("pure evil"),
        aimed("piece of work"),
        flag("piece of garbage"),
        flag("piece of trash"),
        flag("what a mess"),
        flag("mess"),
        flag("sucks"),
        flag("sucked"),
        flag("suck"),
        flag("\u{1F4A9}"),
        flag("\u{1F595}"),
        flag("\u{1F921}"),
        flag("\u{1F92E}"),
        flag("\u{1F922}"),
        flag("\u{1F40D}"),
        flag("hypocrisy"),
        flag("dishonest"),
        flag("disingenuous"),
        flag("shameless"),
        flag("spineless"),
        flag("gutless"),
        flag("heartless"),
        flag("cruel"),
        flag("gross"),
        flag("toxic"),
        flag("creepy"),
        flag("sorry excuse"),
        flag("delusion*"),
        flag("insanity"),
        flag("madness"),
        flag("idiocy"),
        flag("ignorance"),
        flag("arrogant"),
        flag("arrogance"),
        flag("smug"),
        flag("whining"),
        flag("whine"),
        flag("meltdown"),
        flag("tantrum"),
        flag("hysteric*"),
        flag("bonkers"),
        flag("lame"),
        flag("trashy"),
        flag("filth"),
        flag("sleaze*"),
        flag("shady"),
        flag("bogus"),
        flag("hoax"),
        flag("fraudulent"),
        flag("lie"),
        flag("bullying"),
        flag("harass*"),
        flag("abusive"),
        flag("bigotry"),
        flag("repuls*"),
        flag("revolting"),
        flag("appalling"),
        flag("atrocious"),
        flag("wicked"),
        flag("damn you"),
        flag("shut your"),
        flag("piss off"),
        flag("bugger off"),
        flag("go to hell"),
        flag("to hell with"),
        flag("disgraceful"),
        flag("sickening"),
        flag("makes me sick"),
        flag("make me sick"),
        flag("made me sick"),
        flag("spewing"),
        flag("spews"),
        flag("vile lies"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::HARSH_WORDS;

    #[test]
    fn ridiculous_is_harsh() {
        assert_eq!(rewrite(RULE, "This policy is ridiculous.").as_deref(), Some("surprising"));
    }

    #[test]
    fn a_pile_of_poo_is_harsh() {
        assert!(fires(RULE, "Their update \u{1F4A9}"));
    }

    #[test]
    fn a_calm_description_is_not() {
        assert!(!fires(RULE, "The policy changed on Monday and I was surprised."));
    }
}
