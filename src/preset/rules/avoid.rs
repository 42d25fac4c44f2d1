//! `avoid`: flags each of a team's phrases (whole words, any case), e.g. "buy now", "limited time".
//!
//! ## What it does
//! Underlines every phrase of the list found in the draft, with the rule's message and, if given, a rewrite.
//!
//! ## Why
//! Teams know the words that make them sound like an ad, a legal notice or a bot; this keeps them out.

use super::lexicon::PhraseRule;
use super::template::{check_length, Template};
use super::{check_phrases, principle};
use crate::messages as m;
use crate::preset::error::{JsonPath, PresetError};
use crate::preset::format::AvoidRule;
use crate::say;

const DEFAULT_MESSAGE: &str = "This team avoids '{match}'.";

pub fn compile(spec: &AvoidRule, path: &JsonPath, errors: &mut Vec<PresetError>) -> PhraseRule {
    let phrases_path = path.key("phrases");
    check_phrases(spec.phrases.iter().enumerate().map(|(i, p)| (p.as_str(), phrases_path.index(i))), errors);
    if spec.phrases.is_empty() {
        errors.push(
            PresetError::new(&phrases_path, say!(m::PRESET_ERROR_LIST_EMPTY))
                .with_hint(say!(m::PRESET_ERROR_ADD_PHRASES)),
        );
    }
    if let Some(replacement) = &spec.replacement {
        check_length(replacement, "replacement", &path.key("replacement"), errors);
    }
    let message =
        Template::parse(spec.message.as_deref().unwrap_or(DEFAULT_MESSAGE), &["match"], &path.key("message"), errors);
    PhraseRule {
        id: spec.id.clone(),
        description: spec.description.clone().unwrap_or_else(|| format!("Avoid {}.", sample(&spec.phrases))),
        principle: principle(spec.principle),
        message,
        phrases: spec.phrases.iter().map(|phrase| (phrase.clone(), spec.replacement.clone())).collect(),
        match_case: false,
    }
}

/// The first few phrases, quoted, for a default description.
fn sample(phrases: &[String]) -> String {
    let shown: Vec<String> = phrases.iter().take(3).map(|p| format!("\"{p}\"")).collect();
    let more = if phrases.len() > 3 { format!(" and {} more", phrases.len() - 3) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::engine::Principle;
    use crate::preset::rules::testing::{compiled, phrase_findings};

    fn rule(spec: serde_json::Value) -> Result<PhraseRule, Vec<String>> {
        compiled(spec, 0, compile)
    }

    #[test]
    fn each_phrase_is_underlined_with_the_team_message() {
        let avoid =
            rule(json!({"id": "no-hard-sell", "phrases": ["buy now", "limited time"], "principle": "promotion",
            "message": "Sounds like an ad: '{match}'."}));
        let found = avoid.map(|avoid| phrase_findings(avoid, "Limited time: buy now 😀!")).unwrap_or_default();
        let messages: Vec<_> = found.iter().map(|f| (f.start, f.end, f.message.as_str(), f.principle)).collect();
        assert_eq!(
            messages,
            [
                (0, 12, "Sounds like an ad: 'Limited time'.", Principle::Promotion),
                (14, 21, "Sounds like an ad: 'buy now'.", Principle::Promotion)
            ]
        );
    }

    #[test]
    fn without_a_message_or_principle_the_defaults_apply() {
        let avoid = rule(json!({"id": "no-hard-sell", "phrases": ["synergy"], "replacement": "working together"}));
        let found = avoid.map(|avoid| phrase_findings(avoid, "Synergy!")).unwrap_or_default();
        assert_eq!(found[0].message, "This team avoids 'Synergy'.");
        assert_eq!(found[0].principle, Principle::Voicing);
        assert_eq!(found[0].replacement.as_deref(), Some("working together"));
    }

    #[test]
    fn an_empty_list_is_refused() {
        let errors = rule(json!({"id": "no-hard-sell", "phrases": []})).err();
        assert_eq!(errors, Some(vec!["rules[0].phrases: the list is empty. Add the phrases to avoid.".to_string()]));
    }

    #[test]
    fn the_default_description_names_the_first_phrases() {
        let avoid = rule(json!({"id": "x", "phrases": ["a", "b", "c", "d", "e"]}));
        assert_eq!(avoid.map(|a| a.description).ok().as_deref(), Some("Avoid \"a\", \"b\", \"c\" and 2 more."));
    }
}
