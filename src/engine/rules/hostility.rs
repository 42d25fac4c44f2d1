//! Hostility: threats and wishes of harm ("go die", "I'll destroy you") have no place in a conversation.

use super::LexiconRule;
use crate::engine::lexicon::flag;
use crate::engine::{Effect, Principle};

/// ## What it does
/// Flags threats, wishes of harm and violent language aimed at people.
///
/// ## Why does it matter?
/// Hostile language makes people feel unsafe; no disagreement justifies it, and platforms remove it.
pub static HOSTILITY: LexiconRule = LexiconRule {
    id: "builtin.hostility",
    principle: Principle::Respecting,
    effect: Effect::Issue,
    description: "Flags threats and wishes of harm; no disagreement justifies them.",
    message: "\"{match}\" reads as a threat or a wish of harm.",
    entries: &[
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
        flag("shoot"),
        flag("shot dead"),
        flag("execute*"),
        flag("beat up"),
        flag("punch"),
        flag("slap"),
        flag("choke"),
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
        flag("bleed"),
        flag("kill"),
        flag("killing"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;

    const RULE: &str = "builtin.hostility";

    #[test]
    fn a_wish_of_harm_is_hostile() {
        assert!(fires(RULE, "Go die in a fire."));
    }

    #[test]
    fn a_strong_opinion_is_not_hostile() {
        assert!(!fires(RULE, "I strongly disagree with this plan."));
    }
}
