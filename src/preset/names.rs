//! Rules as people name them ("Talking down"), in English, for the pages that list rules (which show them in the
//! user's language by their catalog key, `rule<Module>Name`, src/pages/words.rs); a preset's own rule is named from
//! its id ("no-hard-sell" is "No hard sell"). The principles' names are the catalog's (`principle*`).

use crate::engine::Principle;

/// Each built-in rule's plain name, by id (a test keeps the table complete).
const BUILTIN_NAMES: &[(&str, &str)] = &[
    ("builtin.acknowledgement", "Acknowledging them"),
    ("builtin.addressing", "Addressing them by name"),
    ("builtin.advice", "Unasked-for advice"),
    ("builtin.agreement", "Naming where you agree"),
    ("builtin.answers-question", "Answering their question"),
    ("builtin.brief-acknowledgement", "A short nod to what they said"),
    ("builtin.empathy", "Empathy"),
    ("builtin.engages-context", "Taking up their words"),
    ("builtin.open-question", "Open questions"),
    ("builtin.question", "Asking a question"),
    ("builtin.reflecting", "Playing back what they said"),
    ("builtin.self-focus", "All about us"),
    ("builtin.unanswered-question", "Their question left unanswered"),
    ("builtin.yes-but", "Yes, but"),
    ("builtin.call-to-action", "Calls to action"),
    ("builtin.contact-numbers", "Phone numbers and text codes"),
    ("builtin.premium-rate", "Premium-rate numbers"),
    ("builtin.dm-us", "Taking it to private messages"),
    ("builtin.emoji-stuffing", "Rows of emoji"),
    ("builtin.engagement-bait", "Asking for likes and shares"),
    ("builtin.curiosity-bait", "Clickbait"),
    ("builtin.listicle", "Listicles and quizzes"),
    ("builtin.hashtag-stuffing", "Too many hashtags"),
    ("builtin.link-in-bio", "Link in bio"),
    ("builtin.link-stuffing", "Too many links"),
    ("builtin.link", "Links"),
    ("builtin.prize-bait", "Prizes and contests"),
    ("builtin.sales-language", "Sales talk"),
    ("builtin.self-promotion", "Pointing to your own channel"),
    ("builtin.self-superlatives", "Bragging"),
    ("builtin.subscribe-follow", "Asking to subscribe or follow"),
    ("builtin.urgency", "Pressure and urgency"),
    ("builtin.apology", "Apologising"),
    ("builtin.bare-command", "Bare orders"),
    ("builtin.blame", "Blaming the reader"),
    ("builtin.blunt-start", "Blunt openers"),
    ("builtin.condescension", "Talking down"),
    ("builtin.dismissal", "Brushing them off"),
    ("builtin.gratitude", "Thanking them"),
    ("builtin.greeting", "Greeting"),
    ("builtin.harsh-words", "Harsh words"),
    ("builtin.hedges", "Offering a view tentatively"),
    ("builtin.hostility", "Violent language"),
    ("builtin.indirect-request", "Asking rather than ordering"),
    ("builtin.insults", "Insults"),
    ("builtin.please", "Saying please"),
    ("builtin.pointed-question", "Why-questions that accuse"),
    ("builtin.praise", "Giving credit"),
    ("builtin.profanity", "Swearing"),
    ("builtin.repeated-punctuation", "Runs of !!! and ???"),
    ("builtin.sarcasm", "Sarcasm"),
    ("builtin.sarcastic-praise", "Praise that reads as sarcasm"),
    ("builtin.sexual-remarks", "Sexual remarks"),
    ("builtin.shouting", "Shouting in capitals"),
    ("builtin.slurs", "Slurs"),
    ("builtin.threats", "Threats to the reader"),
    ("builtin.word-tone", "Tone of single words"),
    ("builtin.absolutes", "Always and never"),
    ("builtin.certainty", "Opinion stated as fact"),
    ("builtin.common-knowledge", "\"Everyone knows\""),
    ("builtin.contradiction", "Flat denials"),
    ("builtin.generalizing", "Sweeping judgments"),
    ("builtin.mind-reading", "Mind reading"),
    ("builtin.corporate-boilerplate", "Corporate boilerplate"),
    ("builtin.evasive-passive", "Hiding who acted"),
    ("builtin.jargon", "Jargon"),
    ("builtin.non-apology", "Non-apologies"),
];

/// A rule's plain name: the built-in table's, else its id in words ("no-hard-sell" is "No hard sell").
pub fn rule_name(id: &str) -> String {
    if let Some((_, name)) = BUILTIN_NAMES.iter().find(|(known, _)| *known == id) {
        return (*name).to_string();
    }
    let words = id.strip_prefix("builtin.").unwrap_or(id).replace(['-', '_', '.'], " ");
    let words = words.trim();
    let mut letters = words.chars();
    match letters.next() {
        Some(first) => {
            let mut name = String::with_capacity(words.len() + 2);
            crate::engine::uppercase::push_uppercase(&mut name, first);
            name.push_str(letters.as_str());
            name
        }
        None => id.to_string(),
    }
}

/// The principles in the order the card and the options page list them.
pub const PRINCIPLES: [Principle; 5] =
    [Principle::Listening, Principle::Suspending, Principle::Respecting, Principle::Voicing, Principle::Promotion];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rules;

    #[test]
    fn every_built_in_rule_has_a_plain_name_and_each_name_is_used_once() {
        // Word tone is no rule but is listed with them (the options page, the stats).
        let ids: Vec<&str> =
            rules::builtin().iter().map(|rule| rule.id()).chain([crate::engine::scoring::word_tone::ID]).collect();
        let unnamed: Vec<&str> =
            ids.iter().copied().filter(|id| !BUILTIN_NAMES.iter().any(|(known, _)| known == id)).collect();
        assert_eq!(unnamed, Vec::<&str>::new(), "built-in rules without a plain name");
        let mut names: Vec<&str> = BUILTIN_NAMES.iter().map(|(_, name)| *name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), BUILTIN_NAMES.len(), "two rules share a name");
        assert_eq!(BUILTIN_NAMES.len(), ids.len(), "a name for a rule that no longer exists");
    }

    #[test]
    fn a_team_rule_is_named_from_its_id() {
        assert_eq!(rule_name("no-hard-sell"), "No hard sell");
        assert_eq!(rule_name("builtin.condescension"), "Talking down");
        assert_eq!(rule_name(""), "");
    }
}
