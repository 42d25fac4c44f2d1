//! Rules as people name them ("Talking down"), in English, for the pages that list rules (which show them in the
//! user's language by their catalog key, `rule<Module>Name`, src/pages/words.rs); a preset's own rule is named from
//! its id ("no-hard-sell" is "No hard sell"). The principles' names are the catalog's (`principle*`).

use crate::engine::Principle;

/// Each built-in rule's id, a tab and its plain name, a rule a line (a test keeps the table complete). One text: as
/// `(&str, &str)` pairs each name cost two pointers and lengths in the wasm.
const BUILTIN_NAMES: &str = "\
builtin.about-them\tSaying back what they feel
builtin.acknowledgement\tAcknowledging them
builtin.affirmation\tAffirming them
builtin.addressing\tAddressing them by name
builtin.advice\tUnasked-for advice
builtin.agreement\tNaming where you agree
builtin.answers-question\tAnswering their question
builtin.brief-acknowledgement\tA short nod to what they said
builtin.empathy\tEmpathy
builtin.engages-context\tTaking up their words
builtin.open-question\tOpen questions
builtin.question\tAsking a question
builtin.reflecting\tPlaying back what they said
builtin.self-focus\tAll about us
builtin.unanswered-question\tTheir question left unanswered
builtin.yes-but\tYes, but
builtin.call-to-action\tCalls to action
builtin.contact-numbers\tPhone numbers and text codes
builtin.premium-rate\tPremium-rate numbers
builtin.message-charges\tCharges per message
builtin.prize-money\tPrize money
builtin.text-keyword\tKeywords to text
builtin.phishing\tPhishing scares
builtin.dm-us\tTaking it to private messages
builtin.emoji-stuffing\tRows of emoji
builtin.engagement-bait\tAsking for likes and shares
builtin.curiosity-bait\tClickbait
builtin.listicle\tListicles and quizzes
builtin.hashtag-stuffing\tToo many hashtags
builtin.link-in-bio\tLink in bio
builtin.link-stuffing\tToo many links
builtin.link\tLinks
builtin.prize-bait\tPrizes and contests
builtin.sales-language\tSales talk
builtin.self-promotion\tPointing to your own channel
builtin.self-superlatives\tBragging
builtin.subscribe-follow\tAsking to subscribe or follow
builtin.urgency\tPressure and urgency
builtin.apology\tApologising
builtin.bare-command\tBare orders
builtin.blame\tBlaming the reader
builtin.blunt-start\tBlunt openers
builtin.condescension\tTalking down
builtin.dismissal\tBrushing them off
builtin.gratitude\tThanking them
builtin.greeting\tGreeting
builtin.harsh-words\tHarsh words
builtin.hedges\tOffering a view tentatively
builtin.hostility\tViolent language
builtin.indirect-request\tAsking rather than ordering
builtin.insults\tInsults
builtin.please\tSaying please
builtin.pointed-question\tWhy-questions that accuse
builtin.praise\tGiving credit
builtin.profanity\tSwearing
builtin.put-down-address\tBelittling forms of address
builtin.repeated-punctuation\tRuns of !!! and ???
builtin.sarcasm\tSarcasm
builtin.sarcastic-praise\tPraise that reads as sarcasm
builtin.sexual-remarks\tSexual remarks
builtin.shouting\tShouting in capitals
builtin.slurs\tSlurs
builtin.talking-down\tSaying what they don't know
builtin.threats\tThreats to the reader
builtin.word-tone\tTone of single words
builtin.absolutes\tAlways and never
builtin.certainty\tOpinion stated as fact
builtin.common-knowledge\t\"Everyone knows\"
builtin.contradiction\tFlat denials
builtin.generalizing\tSweeping judgments
builtin.mind-reading\tMind reading
builtin.corporate-boilerplate\tCorporate boilerplate
builtin.evasive-passive\tHiding who acted
builtin.jargon\tJargon
builtin.non-apology\tNon-apologies
";

/// The built-in rules' `(id, plain name)` pairs.
fn builtin_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    BUILTIN_NAMES.lines().filter_map(|line| line.split_once('\t'))
}

/// A rule's plain name: the built-in table's, else its id in words ("no-hard-sell" is "No hard sell").
pub fn rule_name(id: &str) -> String {
    if let Some((_, name)) = builtin_names().find(|(known, _)| *known == id) {
        return name.to_string();
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
            ids.iter().copied().filter(|id| !builtin_names().any(|(known, _)| known == *id)).collect();
        assert_eq!(unnamed, Vec::<&str>::new(), "built-in rules without a plain name");
        assert_eq!(builtin_names().count(), BUILTIN_NAMES.lines().count(), "a line without a tab");
        let mut names: Vec<&str> = builtin_names().map(|(_, name)| name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), builtin_names().count(), "two rules share a name");
        assert_eq!(builtin_names().count(), ids.len(), "a name for a rule that no longer exists");
    }

    #[test]
    fn a_team_rule_is_named_from_its_id() {
        assert_eq!(rule_name("no-hard-sell"), "No hard sell");
        assert_eq!(rule_name("builtin.condescension"), "Talking down");
        assert_eq!(rule_name(""), "");
    }
}
