//! The rules a team preset defines, compiled into engine rules: one kind per file.

mod avoid;
mod lexicon;
mod occurrence;
mod own;
mod pattern;
mod phrases;
mod substitute;
mod template;

use std::collections::HashMap;

use super::error::{JsonPath, PresetError, Text};
use super::format::{PrincipleName, RuleSpec};
use super::limits::{MAX_ID_CHARS, MAX_PHRASE_CHARS};
use crate::engine::{Principle, Rule};
use crate::messages as m;
use crate::say;

pub use template::check_length;

use lexicon::{Lexicon, PhraseRule};

/// A checked rule: a phrase rule (to be matched with the others in one automaton) or an engine rule of its own.
pub enum Compiled {
    Phrases(PhraseRule),
    Own(Box<dyn Rule>),
}

impl Compiled {
    pub fn description(&self) -> &str {
        match self {
            Compiled::Phrases(rule) => &rule.description,
            Compiled::Own(rule) => rule.description(),
        }
    }

    pub fn principle(&self) -> Principle {
        match self {
            Compiled::Phrases(rule) => rule.principle,
            Compiled::Own(rule) => rule.principle(),
        }
    }
}

/// Checks a rule and compiles it; every problem found is reported, each under `path`.
pub fn compile(spec: &RuleSpec, path: &JsonPath) -> Result<Compiled, Vec<PresetError>> {
    let mut errors = Vec::new();
    let common = spec.common();
    check_id(common.id, say!(m::PRESET_ERROR_WHAT_RULE_ID), &path.key("id"), &mut errors);
    if let Some(description) = common.description {
        check_length(description, "description", &path.key("description"), &mut errors);
    }
    let rule = match spec {
        RuleSpec::Avoid(avoid) => Some(Compiled::Phrases(avoid::compile(avoid, path, &mut errors))),
        RuleSpec::Substitute(swap) => Some(Compiled::Phrases(substitute::compile(swap, path, &mut errors))),
        RuleSpec::Occurrence(count) => {
            occurrence::compile(count, path, &mut errors).map(|rule| Compiled::Own(Box::new(rule)))
        }
        RuleSpec::Pattern(pattern) => {
            pattern::compile(pattern, path, &mut errors).map(|rule| Compiled::Own(Box::new(rule)))
        }
    };
    match rule {
        Some(rule) if errors.is_empty() => Ok(rule),
        _ => Err(errors),
    }
}

/// The engine rules for a preset's compiled rules: one [`Lexicon`] for all phrase rules, then the others.
pub fn assemble(compiled: Vec<Compiled>) -> Result<Vec<Box<dyn Rule>>, String> {
    let mut phrase_rules = Vec::new();
    let mut engine_rules: Vec<Box<dyn Rule>> = Vec::new();
    for rule in compiled {
        match rule {
            Compiled::Phrases(rule) => phrase_rules.push(rule),
            Compiled::Own(rule) => engine_rules.push(rule),
        }
    }
    if !phrase_rules.is_empty() {
        engine_rules.insert(0, Box::new(Lexicon::new(phrase_rules)?));
    }
    Ok(engine_rules)
}

/// How many phrases a rule adds to the preset's phrase budget.
pub fn phrase_count(spec: &RuleSpec) -> usize {
    match spec {
        RuleSpec::Avoid(avoid) => avoid.phrases.len(),
        RuleSpec::Substitute(swap) => swap.swap.len(),
        RuleSpec::Occurrence(_) | RuleSpec::Pattern(_) => 0,
    }
}

/// The principle a rule's findings serve: its own, or `voicing` (the team's own voice).
fn principle(name: Option<PrincipleName>) -> Principle {
    name.map_or(Principle::Voicing, Principle::from)
}

/// Refuses an id that is empty, too long, or not made of lower-case letters, digits and dashes.
pub fn check_id(id: &str, what: Text, path: &JsonPath, errors: &mut Vec<PresetError>) {
    let valid_chars = id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if id.is_empty() {
        errors.push(
            PresetError::new(path, say!(m::PRESET_ERROR_ID_EMPTY, what)).with_hint(say!(m::PRESET_ERROR_NAME_IT)),
        );
    } else if id.starts_with("builtin") {
        errors.push(
            PresetError::new(path, say!(m::PRESET_ERROR_ID_BUILTIN, what, id))
                .with_hint(say!(m::PRESET_ERROR_CHOOSE_ANOTHER)),
        );
    } else if !valid_chars || id.starts_with('-') {
        let suggestion: String = id
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .trim_matches('-')
            .to_string();
        errors.push(
            PresetError::new(path, say!(m::PRESET_ERROR_ID_CHARS, what, id))
                .with_hint(say!(m::PRESET_ERROR_TRY, suggestion)),
        );
    } else if id.len() > MAX_ID_CHARS {
        errors.push(
            PresetError::new(
                path,
                say!(m::PRESET_ERROR_TOO_LONG, what, id.len().to_string(), MAX_ID_CHARS.to_string()),
            )
            .with_hint(say!(m::PRESET_ERROR_SHORTEN)),
        );
    }
}

/// Checks each phrase of a rule (empty, too long, listed twice); `paths` gives each phrase's JSON path.
fn check_phrases<'a>(phrases: impl IntoIterator<Item = (&'a str, JsonPath)>, errors: &mut Vec<PresetError>) {
    let mut seen: HashMap<String, JsonPath> = HashMap::new();
    for (phrase, path) in phrases {
        let length = phrase.chars().count();
        let folded = phrases::fold(phrase);
        if folded.is_empty() {
            errors.push(
                PresetError::new(&path, say!(m::PRESET_ERROR_PHRASE_EMPTY)).with_hint(say!(m::PRESET_ERROR_REMOVE_IT)),
            );
        } else if length > MAX_PHRASE_CHARS {
            errors.push(
                PresetError::new(
                    &path,
                    say!(
                        m::PRESET_ERROR_TOO_LONG,
                        say!(m::PRESET_ERROR_WHAT_PHRASE),
                        length.to_string(),
                        MAX_PHRASE_CHARS.to_string()
                    ),
                )
                .with_hint(say!(m::PRESET_ERROR_SHORTEN_OR_SPLIT)),
            );
        } else if let Some(first) = seen.get(&folded) {
            errors.push(
                PresetError::new(&path, say!(m::PRESET_ERROR_PHRASE_TWICE, phrase, first.to_string()))
                    .with_hint(say!(m::PRESET_ERROR_REMOVE_ONE)),
            );
        } else {
            seen.insert(folded, path);
        }
    }
}

#[cfg(test)]
mod testing {
    //! Helpers that let each rule kind's tests read like sentences.
    use serde::de::DeserializeOwned;

    use super::lexicon::{Lexicon, PhraseRule};
    use crate::engine::{Document, Finding, Rule};
    use crate::preset::error::{JsonPath, PresetError};

    /// Reads a rule of one kind from JSON and compiles it as `rules[index]` of a preset: the rule, or every error.
    pub fn compiled<S: DeserializeOwned, R>(
        spec: serde_json::Value,
        index: usize,
        compile: fn(&S, &JsonPath, &mut Vec<PresetError>) -> R,
    ) -> Result<R, Vec<String>> {
        let spec: S = serde_json::from_value(spec).map_err(|e| vec![e.to_string()])?;
        let mut errors = Vec::new();
        let rule = compile(&spec, &JsonPath::root().key("rules").index(index), &mut errors);
        if errors.is_empty() {
            Ok(rule)
        } else {
            Err(errors.iter().map(ToString::to_string).collect())
        }
    }

    /// The findings of one phrase rule on a draft.
    pub fn phrase_findings(rule: PhraseRule, text: &str) -> Vec<Finding> {
        let mut findings = Vec::new();
        if let Ok(lexicon) = Lexicon::new(vec![rule]) {
            lexicon.check(&crate::engine::Analysis::new(&Document::new(text, None)), &mut findings);
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_errors(id: &str) -> Vec<String> {
        let mut errors = Vec::new();
        check_id(id, say!(m::PRESET_ERROR_WHAT_RULE_ID), &JsonPath::root().key("id"), &mut errors);
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn ids_are_lower_case_words_with_dashes() {
        assert!(id_errors("no-hard-sell").is_empty());
        assert_eq!(
            id_errors("No Hard Sell"),
            ["id: rule id `No Hard Sell` may only hold lower-case letters, digits and dashes. Try `no-hard-sell`."]
        );
        assert_eq!(id_errors(""), ["id: rule id is empty. Name it, e.g. `no-hard-sell`."]);
        assert_eq!(id_errors(&"a".repeat(65)), ["id: rule id is 65 characters; the limit is 64. Shorten it."]);
    }

    #[test]
    fn builtin_ids_are_reserved() {
        assert_eq!(
            id_errors("builtin-ish"),
            ["id: rule id `builtin-ish` starts with `builtin`, which is kept for Tact's own. Choose another name."]
        );
    }

    fn phrase_errors(phrases: &[&str]) -> Vec<String> {
        let mut errors = Vec::new();
        let path = JsonPath::root().key("phrases");
        check_phrases(phrases.iter().enumerate().map(|(i, p)| (*p, path.index(i))), &mut errors);
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_phrase_over_the_limit_says_its_length() {
        assert_eq!(
            phrase_errors(&["ok", &"x".repeat(143)]),
            ["phrases[1]: phrase is 143 characters; the limit is 100. Shorten it or split it."]
        );
    }

    #[test]
    fn an_empty_or_repeated_phrase_is_refused() {
        assert_eq!(phrase_errors(&["  "]), ["phrases[0]: phrase is empty. Remove it."]);
        assert_eq!(
            phrase_errors(&["Buy now", "buy  NOW"]),
            ["phrases[1]: phrase `buy  NOW` is already listed at phrases[0]. Remove one of them."]
        );
    }
}
