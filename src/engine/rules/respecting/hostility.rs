//! Hostility: threats and wishes of harm ("go die", "I'll destroy you") have no place in a conversation.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Flags threats and wishes of harm; no disagreement justifies them.
    ///
    /// ## What it does
    /// Flags threats, wishes of harm and violent language aimed at people.
    ///
    /// ## Why does it matter?
    /// Hostile language makes people feel unsafe; no disagreement justifies it, and platforms remove it.
    pub static HOSTILITY: LexiconRule = {
        id: "builtin.hostility",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.8, respect: -2.5, promotion: 0.0 },
        message: "\"{match}\" reads as a threat or a wish of harm.",
        lexicon: HOSTILITY_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const HOSTILITY_LEXICON: Lexicon = Lexicon {
    entries: &[
        flag("beat the shit out of"),
        flag("beat the crap out of"),
        flag("kick the shit out of"),
        flag("beat the sh** out of"),
        flag("should be in prison"),
        flag("should be in jail"),
        flag("belongs in jail"),
        flag("belongs in prison"),
        flag("should be locked up"),
        flag("kill you"),
        flag("kill him"),
        flag("kill her"),
        flag("kill em"),
        flag("kill u"),
        flag("kill ya"),
        flag("kill all of you"),
        flag("shoot you"),
        flag("shoot him"),
        flag("shoot her"),
        flag("shoot em"),
        flag("shoot u"),
        flag("shoot ya"),
        flag("shoot yourself"),
        flag("shoot all of you"),
        flag("punch him"),
        flag("punch her"),
        flag("punch them"),
        flag("punch em"),
        flag("punch u"),
        flag("punch ya"),
        flag("punch yourself"),
        flag("punch all of you"),
        flag("slap him"),
        flag("slap her"),
        flag("slap them"),
        flag("slap em"),
        flag("slap u"),
        flag("slap ya"),
        flag("slap yourself"),
        flag("slap all of you"),
        flag("choke you"),
        flag("choke him"),
        flag("choke her"),
        flag("choke them"),
        flag("choke em"),
        flag("choke u"),
        flag("choke ya"),
        flag("choke yourself"),
        flag("choke all of you"),
        flag("strangle you"),
        flag("strangle him"),
        flag("strangle her"),
        flag("strangle them"),
        flag("strangle em"),
        flag("strangle u"),
        flag("strangle ya"),
        flag("strangle yourself"),
        flag("strangle all of you"),
        flag("stab you"),
        flag("stab him"),
        flag("stab her"),
        flag("stab them"),
        flag("stab em"),
        flag("stab u"),
        flag("stab ya"),
        flag("stab yourself"),
        flag("stab all of you"),
        flag("beat him"),
        flag("beat her"),
        flag("beat them"),
        flag("beat em"),
        flag("beat u"),
        flag("beat ya"),
        flag("beat yourself"),
        flag("beat all of you"),
        flag("killing you"),
        flag("killing them"),
        flag("shooting them"),
        flag("going to kill"),
        flag("gonna kill"),
        flag("wanna kill"),
        flag("want to kill"),
        flag("needs to be shot"),
        flag("need to be shot"),
        flag("kill yourself"),
        flag("kys"),
        flag("go die"),
        flag("hope you die"),
        flag("die in a fire"),
        flag("i'll kill"),
        flag("i will kill"),
        flag("should be shot"),
        flag("should be hanged"),
        flag("should be killed"),
        flag("deserve to die"),
        flag("deserves to die"),
        flag("burn in hell"),
        flag("rot in hell"),
        flag("punch you"),
        flag("slap you"),
        flag("beat you"),
        flag("destroy you"),
        flag("hunt you down"),
        flag("watch your back"),
        flag("you're dead"),
        flag("lock her up"),
        flag("lock him up"),
        flag("should be jailed"),
        flag("string them up"),
        flag("put down like"),
        flag("wipe them out"),
        flag("hang them"),
        flag("shoot them"),
        flag("kill them"),
        flag("kill all"),
        flag("execute them"),
        flag("hope you rot"),
        flag("i hate you"),
        flag("hate you"),
        flag("murder*"),
        flag("behead*"),
        flag("lynch*"),
        flag("shot dead"),
        flag("execute*"),
        flag("beat up"),
        flag("strangle"),
        flag("stab*"),
        flag("burn them"),
        flag("death to"),
        flag("should die"),
        flag("hope he dies"),
        flag("hope she dies"),
        flag("wish you were dead"),
        flag("drop dead"),
        flag("lock them up"),
        flag("behind bars"),
        flag("deport them"),
        flag("send them back"),
        flag("exterminat*"),
        flag("gun down"),
        flag("kick in the"),
        flag("kick their"),
        flag("kick his"),
        flag("kick her"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::HOSTILITY;

    #[test]
    fn a_wish_of_harm_is_hostile() {
        assert!(fires(RULE, "Go die in a fire."));
    }

    #[test]
    fn a_threat_names_its_target() {
        assert!(fires(RULE, "I will find you and punch you."));
        assert!(fires(RULE, "Someone should kill them all."));
    }

    #[test]
    fn violent_words_used_for_things_are_not_hostile() {
        assert!(!fires(RULE, "You beat me to the punch; kill the process and book the photo shoot."));
    }

    #[test]
    fn a_strong_opinion_is_not_hostile() {
        assert!(!fires(RULE, "I strongly disagree with this plan."));
    }
}
