//! Insults: name-calling ("idiot", "clown", "pathetic") attacks the person instead of the point.

use super::LexiconRule;
use crate::engine::lexicon::flag;
use crate::engine::Principle;

/// ## What it does
/// Flags insults and name-calling aimed at people.
///
/// ## Why does it matter?
/// Name-calling ends the exchange and hurts the writer's standing more than the target's.
pub static INSULTS: LexiconRule = LexiconRule {
    id: "builtin.insults",
    principle: Principle::Respecting,
    description: "Flags insults and name-calling; they attack the person instead of the point.",
    message: "\"{match}\" is name-calling; it attacks the person, not the point.",
    entries: &[
        flag("idiot"),
        flag("idiots"),
        flag("idiotic"),
        flag("moron"),
        flag("morons"),
        flag("moronic"),
        flag("stupid"),
        flag("dumb"),
        flag("dumbass"),
        flag("imbecile"),
        flag("fool"),
        flag("fools"),
        flag("foolish"),
        flag("loser"),
        flag("losers"),
        flag("pathetic"),
        flag("clown"),
        flag("clowns"),
        flag("troll"),
        flag("scum"),
        flag("scumbag"),
        flag("trash"),
        flag("garbage"),
        flag("disgusting"),
        flag("disgrace"),
        flag("ignorant"),
        flag("incompetent"),
        flag("useless"),
        flag("worthless"),
        flag("clueless"),
        flag("brainless"),
        flag("brain dead"),
        flag("braindead"),
        flag("retard"),
        flag("retarded"),
        flag("lunatic"),
        flag("psycho"),
        flag("creep"),
        flag("pigs"),
        flag("coward"),
        flag("cowards"),
        flag("hypocrite"),
        flag("hypocrites"),
        flag("liar"),
        flag("liars"),
        flag("traitor"),
        flag("traitors"),
        flag("sheep"),
        flag("nutjob"),
        flag("nut job"),
        flag("degenerate"),
        flag("lowlife"),
        flag("vile"),
        flag("evil"),
        flag("sickening"),
        flag("deplorable"),
        flag("deplorables"),
        flag("crook"),
        flag("crooked"),
        flag("fraud"),
        flag("freak"),
        flag("jerk"),
        flag("twat"),
        flag("douche"),
        flag("douchebag"),
        flag("sleazy"),
        flag("slimy"),
        flag("filthy"),
        flag("nasty"),
        flag("ugly"),
        flag("fat"),
        flag("bimbo"),
        flag("thug"),
        flag("thugs"),
        flag("terrorist"),
        flag("terrorists"),
        flag("nazi"),
        flag("nazis"),
        flag("fascist"),
        flag("fascists"),
        flag("commie"),
        flag("communist"),
        flag("traitorous"),
        flag("treasonous"),
        flag("maggot"),
        flag("vermin"),
        flag("parasite"),
        flag("parasites"),
        flag("shill"),
        flag("puppet"),
        flag("stooge"),
        flag("bigot"),
        flag("bigots"),
        flag("racist"),
        flag("racists"),
        flag("sexist"),
        flag("hateful"),
        flag("insane"),
        flag("crazy"),
        flag("nuts"),
        flag("delusional"),
        flag("deranged"),
        flag("unhinged"),
        flag("dimwit"),
        flag("halfwit"),
        flag("nitwit"),
        flag("doofus"),
        flag("buffoon"),
        flag("joke"),
        flag("sucks"),
        flag("suck"),
        flag("loony"),
        flag("whiny"),
        flag("crybaby"),
        flag("disgraceful"),
        flag("shameful"),
        flag("stupidity"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};

    const RULE: &str = "builtin.insults";

    #[test]
    fn name_calling_is_an_insult() {
        assert_eq!(underlined(RULE, "What an idiot."), ["idiot"]);
    }

    #[test]
    fn a_word_containing_an_insult_is_not() {
        assert!(!fires(RULE, "Please update the ratings."));
    }
}
