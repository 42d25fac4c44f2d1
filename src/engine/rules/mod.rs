//! The built-in rules, one per file, the trait they share, and the lexicon rule most of them are.
//!
//! A lexicon rule is a list of phrases (with rewrites where one exists); all lists are compiled into
//! one Aho-Corasick automaton ([`phrase_set`]) that runs once per draft. (The fitted word table holds
//! single words and is looked up per word token.)

mod absolutes;
mod acknowledgement;
mod addressing;
mod agreement;
mod answers_question;
mod apology;
mod blame;
mod blunt_start;
mod call_to_action;
mod certainty;
mod common_knowledge;
mod condescension;
mod contradiction;
mod corporate_boilerplate;
mod dismissal;
mod dm_us;
mod emoji_stuffing;
mod engagement_bait;
mod engages_context;
mod evasive_passive;
mod generalizing;
mod gratitude;
mod greeting;
mod harsh_words;
mod hashtag_stuffing;
mod hedges;
mod hostility;
mod indirect_request;
mod insults;
mod jargon;
mod link_in_bio;
mod link_stuffing;
mod links;
mod mind_reading;
mod non_apology;
mod open_question;
mod please;
mod pointed_question;
mod praise;
mod profanity;
mod reflecting;
mod repeated_punctuation;
mod sales_language;
mod sarcasm;
mod self_focus;
mod self_promotion;
mod self_superlatives;
mod shouting;
mod subscribe_follow;
mod unanswered_question;
mod urgency;
mod word_tone;
mod yes_but;

use std::sync::OnceLock;

use super::lexicon::{Entry, PhraseSet};
use super::{Document, Finding, Principle};

/// A rule looks at a document and reports findings.
pub trait Rule: Send + Sync {
    /// A stable id, e.g. `builtin.gratitude`; presets refer to rules by it.
    fn id(&self) -> &str;
    /// What the rule looks for and why, in plain words.
    fn description(&self) -> &str;
    fn principle(&self) -> Principle;
    fn check(&self, document: &Document, findings: &mut Vec<Finding>);
}

/// A rule that is a list of phrases: each whole-word occurrence is a finding.
pub struct LexiconRule {
    pub id: &'static str,
    pub principle: Principle,
    pub description: &'static str,
    /// The finding's message; `{match}` is replaced by the words as written.
    pub message: &'static str,
    pub entries: &'static [Entry],
}

impl Rule for LexiconRule {
    fn id(&self) -> &str {
        self.id
    }
    fn description(&self) -> &str {
        self.description
    }
    fn principle(&self) -> Principle {
        self.principle
    }
    fn check(&self, document: &Document, findings: &mut Vec<Finding>) {
        let Some(index) = LEXICON_RULES.iter().position(|rule| std::ptr::eq(*rule, self)) else { return };
        // Of overlapping phrases ("idiot", "what an idiot") the longest, leftmost one is the finding.
        let mut hits: Vec<_> = document.hits.iter().filter(|hit| usize::from(hit.lexicon) == index).collect();
        hits.sort_by_key(|hit| (hit.start, std::cmp::Reverse(hit.end)));
        let mut covered_to = 0;
        for hit in hits {
            if hit.start < covered_to {
                continue;
            }
            covered_to = hit.end;
            let entry = &self.entries[usize::from(hit.entry)];
            let written = document.slice(hit.start, hit.end);
            findings.push(Finding {
                rule: self.id.to_string(),
                principle: self.principle,
                start: document.utf16(hit.start),
                end: document.utf16(hit.end),
                message: self.message.replace("{match}", written),
                replacement: entry.replacement.map(|text| match_case(written, text)),
            });
        }
    }
}

/// Gives a rewrite the capital of the words it replaces when they start a sentence.
fn match_case(written: &str, replacement: &str) -> String {
    let starts_upper = written.chars().next().is_some_and(char::is_uppercase);
    let mut chars = replacement.chars();
    match chars.next() {
        Some(first) if starts_upper => first.to_uppercase().chain(chars).collect(),
        _ => replacement.to_string(),
    }
}

/// Every lexicon rule, in the order their lists enter the automaton.
static LEXICON_RULES: [&LexiconRule; 38] = [
    &absolutes::ABSOLUTES,
    &acknowledgement::ACKNOWLEDGEMENT,
    &agreement::AGREEMENT,
    &apology::APOLOGY,
    &blame::BLAME,
    &call_to_action::CALL_TO_ACTION,
    &certainty::CERTAINTY,
    &common_knowledge::COMMON_KNOWLEDGE,
    &condescension::CONDESCENSION,
    &contradiction::CONTRADICTION,
    &corporate_boilerplate::CORPORATE_BOILERPLATE,
    &dismissal::DISMISSAL,
    &dm_us::DM_US,
    &engagement_bait::ENGAGEMENT_BAIT,
    &evasive_passive::EVASIVE_PASSIVE,
    &generalizing::GENERALIZING,
    &gratitude::GRATITUDE,
    &greeting::GREETING,
    &harsh_words::HARSH_WORDS,
    &hedges::HEDGES,
    &hostility::HOSTILITY,
    &indirect_request::INDIRECT_REQUEST,
    &insults::INSULTS,
    &jargon::JARGON,
    &link_in_bio::LINK_IN_BIO,
    &mind_reading::MIND_READING,
    &non_apology::NON_APOLOGY,
    &please::PLEASE,
    &praise::PRAISE,
    &profanity::PROFANITY,
    &reflecting::REFLECTING,
    &sales_language::SALES_LANGUAGE,
    &sarcasm::SARCASM,
    &self_promotion::SELF_PROMOTION,
    &self_superlatives::SELF_SUPERLATIVES,
    &subscribe_follow::SUBSCRIBE_FOLLOW,
    &urgency::URGENCY,
    &yes_but::YES_BUT,
];

/// The id of the rule that underlines words of the fitted table; the scores weigh those words directly.
pub const WORD_TONE_RULE: &str = "builtin.word-tone";

/// Every built-in rule, in a fixed order.
pub fn builtin() -> &'static [&'static dyn Rule] {
    static BUILTIN: [&dyn Rule; 53] = [
        &absolutes::ABSOLUTES,
        &acknowledgement::ACKNOWLEDGEMENT,
        &addressing::Addressing,
        &agreement::AGREEMENT,
        &answers_question::AnswersQuestion,
        &apology::APOLOGY,
        &blame::BLAME,
        &blunt_start::BluntStart,
        &call_to_action::CALL_TO_ACTION,
        &certainty::CERTAINTY,
        &common_knowledge::COMMON_KNOWLEDGE,
        &condescension::CONDESCENSION,
        &contradiction::CONTRADICTION,
        &corporate_boilerplate::CORPORATE_BOILERPLATE,
        &dismissal::DISMISSAL,
        &dm_us::DM_US,
        &emoji_stuffing::EmojiStuffing,
        &engagement_bait::ENGAGEMENT_BAIT,
        &engages_context::EngagesContext,
        &evasive_passive::EVASIVE_PASSIVE,
        &generalizing::GENERALIZING,
        &gratitude::GRATITUDE,
        &greeting::GREETING,
        &harsh_words::HARSH_WORDS,
        &hashtag_stuffing::HashtagStuffing,
        &hedges::HEDGES,
        &hostility::HOSTILITY,
        &indirect_request::INDIRECT_REQUEST,
        &insults::INSULTS,
        &jargon::JARGON,
        &link_in_bio::LINK_IN_BIO,
        &link_stuffing::LinkStuffing,
        &links::Links,
        &mind_reading::MIND_READING,
        &non_apology::NON_APOLOGY,
        &open_question::OpenQuestion,
        &please::PLEASE,
        &pointed_question::PointedQuestion,
        &praise::PRAISE,
        &profanity::PROFANITY,
        &reflecting::REFLECTING,
        &repeated_punctuation::RepeatedPunctuation,
        &sales_language::SALES_LANGUAGE,
        &sarcasm::SARCASM,
        &self_focus::SelfFocus,
        &self_promotion::SELF_PROMOTION,
        &self_superlatives::SELF_SUPERLATIVES,
        &shouting::Shouting,
        &subscribe_follow::SUBSCRIBE_FOLLOW,
        &unanswered_question::UnansweredQuestion,
        &urgency::URGENCY,
        &word_tone::WordTone,
        &yes_but::YES_BUT,
    ];
    &BUILTIN
}

/// The one automaton over every lexicon rule's phrases, built on first use.
pub fn phrase_set() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| {
        PhraseSet::new(LEXICON_RULES.iter().map(|rule| rule.entries.iter().map(|entry| entry.phrase).collect()))
    })
}

/// Every phrase of every lexicon rule (the fit tool keeps them out of the word table).
pub fn lexicon_phrases() -> impl Iterator<Item = &'static str> {
    LEXICON_RULES.iter().flat_map(|rule| rule.entries.iter().map(|entry| entry.phrase))
}

/// A finding for a byte span of the document.
pub(crate) fn finding(
    rule: &dyn Rule,
    document: &Document,
    (start, end): (usize, usize),
    message: String,
    replacement: Option<String>,
) -> Finding {
    Finding {
        rule: rule.id().to_string(),
        principle: rule.principle(),
        start: document.utf16(start),
        end: document.utf16(end),
        message,
        replacement,
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers that let each rule's tests read like sentences.
    use crate::engine::{Checker, Finding};

    /// The findings of one rule on a draft (with an optional post being replied to).
    pub fn findings_of(rule: &str, text: &str, context: Option<&str>) -> Vec<Finding> {
        let report = Checker::default().check(text, context);
        report.findings.into_iter().filter(|finding| finding.rule == rule).collect()
    }

    pub fn fires(rule: &str, text: &str) -> bool {
        !findings_of(rule, text, None).is_empty()
    }

    /// The rewrite offered for the first finding of the rule.
    pub fn rewrite(rule: &str, text: &str) -> Option<String> {
        findings_of(rule, text, None).into_iter().next().and_then(|finding| finding.replacement)
    }

    /// The words the rule underlined.
    pub fn underlined(rule: &str, text: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        findings_of(rule, text, None)
            .iter()
            .map(|finding| String::from_utf16_lossy(&units[finding.start as usize..finding.end as usize]))
            .collect()
    }
}
