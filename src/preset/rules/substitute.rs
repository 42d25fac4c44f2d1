//! `substitute`: offers the team's preferred wording, e.g. "community members" for "users".
//!
//! ## What it does
//! Underlines each phrase that has a preferred wording and offers that wording as a one-click rewrite, keeping a
//! capital first letter.
//!
//! ## Why
//! A team's vocabulary is part of its voice; consistent words make many writers sound like one team.

use super::lexicon::PhraseRule;
use super::template::{check_length, Template};
use super::{check_phrases, principle};
use crate::messages as m;
use crate::preset::error::{JsonPath, PresetError};
use crate::preset::format::SubstituteRule;
use crate::say;

const DEFAULT_MESSAGE: &str = "This team says '{replacement}' rather than '{match}'.";

pub fn compile(spec: &SubstituteRule, path: &JsonPath, errors: &mut Vec<PresetError>) -> PhraseRule {
    let swap_path = path.key("swap");
    check_phrases(spec.swap.keys().map(|phrase| (phrase.as_str(), swap_path.key(phrase))), errors);
    for (phrase, replacement) in &spec.swap {
        check_length(replacement, "replacement", &swap_path.key(phrase), errors);
    }
    if spec.swap.is_empty() {
        errors.push(
            PresetError::new(&swap_path, say!(m::PRESET_ERROR_LIST_EMPTY)).with_hint(say!(m::PRESET_ERROR_ADD_SWAPS)),
        );
    }
    let allowed = ["match", "replacement"];
    let message =
        Template::parse(spec.message.as_deref().unwrap_or(DEFAULT_MESSAGE), &allowed, &path.key("message"), errors);
    let pairs: Vec<String> = spec.swap.iter().take(3).map(|(from, to)| format!("\"{to}\" for \"{from}\"")).collect();
    let description = spec.description.clone().unwrap_or_else(|| format!("Say {}.", pairs.join(", ")));
    PhraseRule {
        id: spec.id.clone(),
        description,
        principle: principle(spec.principle),
        message,
        phrases: spec.swap.iter().map(|(phrase, replacement)| (phrase.clone(), Some(replacement.clone()))).collect(),
        match_case: true,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::preset::rules::testing::{compiled, phrase_findings};

    fn rule(spec: serde_json::Value) -> Result<PhraseRule, Vec<String>> {
        compiled(spec, 1, compile)
    }

    #[test]
    fn the_preferred_wording_is_offered_with_matching_case() {
        let swap = rule(json!({"id": "members-not-users", "swap": {"users": "community members"}}));
        let found = swap.map(|swap| phrase_findings(swap, "Users asked; our users agree.")).unwrap_or_default();
        let offered: Vec<_> = found.iter().map(|f| f.replacement.as_deref()).collect();
        assert_eq!(offered, [Some("Community members"), Some("community members")]);
        assert_eq!(found[1].message, "This team says 'community members' rather than 'users'.");
    }

    #[test]
    fn an_empty_swap_is_refused() {
        let errors = rule(json!({"id": "x", "swap": {}})).err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("rules[1].swap: the list is empty."));
    }

    #[test]
    fn a_long_key_is_reported_under_its_own_path() {
        let long = "x".repeat(101);
        let errors = rule(json!({"id": "x", "swap": {long.clone(): "y"}})).err().unwrap_or_default();
        assert_eq!(
            errors,
            [format!("rules[1].swap.{long}: phrase is 101 characters; the limit is 100. Shorten it or split it.")]
        );
    }
}
