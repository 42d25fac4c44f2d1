//! Profanity: swearing reads as anger or disrespect, however it was meant.

use super::Lexicon;
use crate::engine::lexicon::{flag, swap};

declare_rule! {
    /// Flags swear words; in public they read as anger or disrespect.
    ///
    /// ## What it does
    /// Flags swear words and their common spellings.
    ///
    /// ## Why does it matter?
    /// Swearing reads as anger or disrespect in public, whatever the intent, and it is what people remember.
    pub static PROFANITY: LexiconRule = {
        id: "builtin.profanity",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.4, respect: -1.6, promotion: 0.0 },
        message: "\"{match}\" is profanity; it reads as anger in public.",
        lexicon: PROFANITY_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const PROFANITY_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("sh**"),
        flag("fricking"),
        flag("frickin"),
        flag("friggin"),
        flag("frigging"),
        flag("f***"),
        flag("f**k*"),
        flag("tf"),
        flag("wtaf"),
        flag("fuck*"),
        flag("f*ck"),
        flag("fck"),
        flag("fuk"),
        flag("fkn"),
        flag("effing"),
        flag("shit*"),
        flag("bullshit"),
        flag("bs"),
        flag("crap"),
        flag("crappy"),
        swap("damn", "really"),
        swap("dammit", "oh no"),
        swap("damnit", "oh no"),
        swap("goddamn", "really"),
        flag("hell"),
        flag("bitch*"),
        flag("ass"),
        flag("asses"),
        flag("asshole*"),
        flag("arse"),
        flag("arsehole"),
        flag("bastard*"),
        flag("dick"),
        flag("dicks"),
        flag("dickhead"),
        flag("piss"),
        flag("pissed"),
        flag("cunt*"),
        flag("wtf"),
        flag("stfu"),
        flag("gtfo"),
        flag("af"),
        flag("lmfao"),
        flag("motherfucker*"),
        flag("mf"),
        flag("wanker"),
        flag("bollocks"),
        flag("prick"),
        flag("slut*"),
        flag("whore*"),
        flag("hoes"),
        flag("jackass"),
        flag("screw you"),
        flag("screw this"),
        flag("suck it"),
        flag("blow me"),
        flag("pussy"),
        flag("tits"),
        flag("butthole"),
        flag("azz"),
        flag("sh*t"),
        flag("b*tch"),
        flag("a$$"),
        flag("fuk*"),
        flag("fcuk*"),
        flag("phuck*"),
        flag("muthafuck*"),
        flag("mofo*"),
        flag("sh!t"),
        flag("shyt"),
        flag("sht"),
        flag("bish"),
        flag("biatch"),
        flag("b!tch"),
        flag("a**"),
        flag("azzhole"),
        flag("bollock*"),
        flag("twat*"),
        flag("wank*"),
        flag("cuck*"),
        flag("douche*"),
        flag("jerkoff"),
        flag("jerk off"),
        flag("bullcrap"),
        flag("horseshit"),
        flag("godd*mn"),
        flag("damned"),
        flag("hellhole"),
        flag("fml"),
        flag("omfg"),
        flag("ffs"),
        flag("pissing"),
        flag("pisses"),
        flag("son of a bitch"),
        flag("sonofabitch"),
        flag("turd*"),
        flag("butt"),
        flag("butthurt"),
        flag("balls"),
        flag("boobs"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PROFANITY;

    #[test]
    fn swearing_is_profanity() {
        assert!(fires(RULE, "This is bullshit."));
        assert_eq!(underlined(RULE, "fucking broken"), ["fucking"]);
    }

    #[test]
    fn damn_gets_a_milder_word() {
        assert_eq!(rewrite(RULE, "damn slow today").as_deref(), Some("really"));
    }

    #[test]
    fn innocent_words_are_not() {
        assert!(!fires(RULE, "Shell scripts pass the class assessment in Hello."));
    }
}
