//! Reads one preset document: size, JSON, `format`, structure, then each part's meaning; every error is collected.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::budget;
use super::error::{JsonPath, PresetError};
use super::format::{Check, Checks, Preset, RuleSpec, FORMAT};
use super::limits::{MAX_PHRASES, MAX_PRESET_BYTES, MAX_RULES, MAX_TESTS, MAX_TEST_CHARS};
use super::rules::{self, check_id, check_length};
use super::structure;
use crate::engine::Axis;
use crate::messages as m;
use crate::say;

/// One document read: the preset when it has no error, its `extends` when readable, and every error found.
pub struct Parsed {
    pub preset: Option<Preset>,
    pub extends: Option<String>,
    pub errors: Vec<PresetError>,
}

impl Parsed {
    fn failed(error: PresetError) -> Self {
        Self { preset: None, extends: None, errors: vec![error] }
    }
}

/// Reads and checks one preset document on its own (its parent and its tests are the loader's business).
pub fn parse(text: &str) -> Parsed {
    // A byte order mark some editors write first is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = JsonPath::root();
    if text.len() > MAX_PRESET_BYTES {
        return Parsed::failed(
            PresetError::new(
                &root,
                say!(
                    m::PRESET_ERROR_TOO_LARGE,
                    text.len().div_ceil(1024).to_string(),
                    (MAX_PRESET_BYTES / 1024).to_string()
                ),
            )
            .with_hint(say!(m::PRESET_ERROR_MOVE_TO_PARENT)),
        );
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or_default();
            return Parsed::failed(PresetError {
                document: None,
                path: place(&error),
                message: say!(m::PRESET_ERROR_NOT_JSON, message),
                hint: Some(say!(m::PRESET_ERROR_CHECK_SYNTAX)),
            });
        }
    };
    if !value.is_object() {
        return Parsed::failed(
            PresetError::new(&root, say!(m::PRESET_ERROR_NOT_OBJECT)).with_hint(say!(m::PRESET_ERROR_START_FROM)),
        );
    }
    if let Some(error) = check_format(&value) {
        return Parsed::failed(error);
    }
    let mut errors = structure::check(&value);
    check_meaning(&value, &mut errors);
    crate::order::sort_by_key(&mut errors, |error| natural_key(&error.path));
    let extends = value.get("extends").and_then(Value::as_str).map(str::to_string);
    if !errors.is_empty() {
        return Parsed { preset: None, extends, errors };
    }
    match serde_json::from_str::<Preset>(text) {
        Ok(preset) => Parsed { preset: Some(preset), extends, errors },
        Err(error) => Parsed::failed(PresetError {
            document: None,
            path: place(&error),
            message: say!(
                m::PRESET_ERROR_AS_IS,
                format!("{}.", error.to_string().split(" at line ").next().unwrap_or_default())
            ),
            hint: Some(say!(m::PRESET_ERROR_KEY_ONCE)),
        }),
    }
}

/// Where in the text a JSON error is (`line 3, column 14`), for a preset that cannot be read as one.
fn place(error: &serde_json::Error) -> String {
    m::PRESET_ERROR_LINE_COLUMN.english_with(&[&error.line().to_string(), &error.column().to_string()])
}

/// A `format` newer than this Tact is refused on its own: the rest may use things this Tact does not know.
fn check_format(value: &Value) -> Option<PresetError> {
    let format = value.get("format")?.as_u64()?;
    let path = JsonPath::root().key("format");
    if format > u64::from(FORMAT) {
        Some(
            PresetError::new(&path, say!(m::PRESET_ERROR_NEWER_FORMAT, format.to_string(), FORMAT.to_string()))
                .with_hint(say!(m::PRESET_ERROR_UPDATE_TACT)),
        )
    } else if format == 0 {
        Some(
            PresetError::new(&path, say!(m::PRESET_ERROR_FORMAT_ZERO))
                .with_hint(say!(m::PRESET_ERROR_USE_FORMAT, FORMAT.to_string())),
        )
    } else {
        None
    }
}

/// The checks that need more than the schema: ids, limits, phrases, regular expressions, thresholds.
fn check_meaning(value: &Value, errors: &mut Vec<PresetError>) {
    let root = JsonPath::root();
    if let Some(id) = value.get("id").and_then(Value::as_str) {
        check_id(id, say!(m::PRESET_ERROR_WHAT_PRESET_ID), &root.key("id"), errors);
    }
    for key in ["name", "version", "description"] {
        if let Some(text) = value.get(key).and_then(Value::as_str) {
            check_length(text, key, &root.key(key), errors);
        }
    }
    if let Some(rules) = value.get("rules").and_then(Value::as_array) {
        check_rules(rules, errors);
    }
    if let Some(checks) = part::<Checks>(value, "checks") {
        for axis in Axis::ALL {
            if let Some(check) = checks.get(axis) {
                check_thresholds(check, &root.key("checks").key(axis.name()), errors);
            }
        }
    }
    if let Some(tests) = value.get("tests").and_then(Value::as_array) {
        let path = root.key("tests");
        if tests.len() > MAX_TESTS {
            errors.push(
                PresetError::new(
                    &path,
                    say!(m::PRESET_ERROR_TOO_MANY_TESTS, tests.len().to_string(), MAX_TESTS.to_string()),
                )
                .with_hint(say!(m::PRESET_ERROR_KEEP_TESTS)),
            );
        }
        for (index, test) in tests.iter().enumerate() {
            let length = test.get("text").and_then(Value::as_str).map_or(0, |text| text.chars().count());
            if length > MAX_TEST_CHARS {
                errors.push(
                    PresetError::new(
                        &path.index(index).key("text"),
                        say!(m::PRESET_ERROR_TEST_TOO_LONG, length.to_string(), MAX_TEST_CHARS.to_string()),
                    )
                    .with_hint(say!(m::PRESET_ERROR_SHORTEN_TEST)),
                );
            }
        }
    }
}

fn check_rules(rules: &[Value], errors: &mut Vec<PresetError>) {
    let path = JsonPath::root().key("rules");
    if rules.len() > MAX_RULES {
        errors.push(
            PresetError::new(
                &path,
                say!(m::PRESET_ERROR_TOO_MANY_RULES, rules.len().to_string(), MAX_RULES.to_string()),
            )
            .with_hint(say!(m::PRESET_ERROR_MERGE_RULES)),
        );
    }
    let specs: Vec<(usize, RuleSpec)> =
        rules.iter().enumerate().filter_map(|(index, rule)| Some((index, reread::<RuleSpec>(rule).ok()?))).collect();
    // The patterns together are measured before any is compiled: over the budget, none is (that is what costs).
    let over_budget = budget::check(specs.iter().map(|(index, spec)| (*index, spec))).err();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut phrases = 0;
    for (index, spec) in &specs {
        let (index, spec) = (*index, spec);
        let rule_path = path.index(index);
        let skipped = over_budget.is_some() && matches!(spec, RuleSpec::Pattern(_));
        if !skipped {
            if let Err(rule_errors) = rules::compile(spec, &rule_path) {
                errors.extend(rule_errors);
            }
        }
        phrases += rules::phrase_count(spec);
        if let Some(first) = ids.get(spec.id()) {
            errors.push(
                PresetError::new(
                    &rule_path.key("id"),
                    say!(m::PRESET_ERROR_DUPLICATE_RULE_ID, spec.id(), first.to_string()),
                )
                .with_hint(say!(m::PRESET_ERROR_OWN_ID)),
            );
        } else {
            ids.insert(spec.id().to_string(), index);
        }
    }
    errors.extend(over_budget);
    if phrases > MAX_PHRASES {
        errors.push(
            PresetError::new(
                &path,
                say!(m::PRESET_ERROR_TOO_MANY_PHRASES, phrases.to_string(), MAX_PHRASES.to_string()),
            )
            .with_hint(say!(m::PRESET_ERROR_KEEP_PHRASES)),
        );
    }
}

fn check_thresholds(check: &Check, path: &JsonPath, errors: &mut Vec<PresetError>) {
    if let (Some(above), Some(below)) = (check.warn_above, check.warn_below) {
        if below >= above {
            errors.push(
                PresetError::new(path, say!(m::PRESET_ERROR_THRESHOLDS_CROSS, below.to_string(), above.to_string()))
                    .with_hint(say!(m::PRESET_ERROR_THRESHOLDS_USE)),
            );
        }
    }
    if check.enabled == Some(false) && (check.warn_above.is_some() || check.warn_below.is_some()) {
        errors.push(
            PresetError::new(&path.key("enabled"), say!(m::PRESET_ERROR_CHECK_OFF_WITH_THRESHOLD))
                .with_hint(say!(m::PRESET_ERROR_REMOVE_THRESHOLD)),
        );
    }
}

/// Sorts `rules[2]` before `rules[10]`: digits compare as numbers, so errors come in document order.
fn natural_key(path: &str) -> Vec<(String, u64)> {
    let mut key = Vec::new();
    let mut text = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut number = u64::from(c.to_digit(10).unwrap_or(0));
            while let Some(digit) = chars.peek().and_then(|d| d.to_digit(10)) {
                number = number.saturating_mul(10).saturating_add(u64::from(digit));
                chars.next();
            }
            key.push((std::mem::take(&mut text), number));
        } else {
            text.push(c);
        }
    }
    key.push((text, 0));
    key
}

/// A top-level part read on its own, when it is well-formed (its errors are already reported by the structure check).
fn part<T: DeserializeOwned>(value: &Value, key: &str) -> Option<T> {
    reread(value.get(key)?).ok()
}

/// A part of the document read as its type through JSON text, as the whole preset is read: `from_value` would compile
/// a second copy of every `Deserialize` impl in the wasm (one per deserializer), for no gain here.
fn reread<T: DeserializeOwned>(value: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&value.to_string())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn errors(text: &str) -> Vec<String> {
        parse(text).errors.iter().map(ToString::to_string).collect()
    }

    fn preset(extra: Value) -> String {
        let mut preset = json!({"format": 1, "id": "acme", "name": "ACME"});
        if let (Some(target), Some(extra)) = (preset.as_object_mut(), extra.as_object()) {
            target.extend(extra.clone());
        }
        preset.to_string()
    }

    #[test]
    fn the_design_example_is_valid() {
        let example =
            preset(json!({"$schema": "./preset.schema.json", "version": "2.4.0", "extends": "builtin:default",
            "checks": {"promotion": {"enabled": true, "warnAbove": 0.6}, "respect": {"warnBelow": 0.4}}, "gate": "warn",
            "rules": [{"id": "no-hard-sell", "kind": "avoid", "phrases": ["buy now", "limited time"],
                       "principle": "promotion", "message": "Sounds like an ad: '{match}'."},
                      {"id": "members-not-users", "kind": "substitute", "swap": {"users": "community members"}}],
            "overrides": {"builtin.condescension": "off"},
            "tests": [{"text": "Buy now!", "expect": ["no-hard-sell"]}]}));
        let parsed = parse(&example);
        assert_eq!(parsed.errors, []);
        assert_eq!(parsed.extends.as_deref(), Some("builtin:default"));
        assert_eq!(parsed.preset.map(|p| p.rules.len()), Some(2));
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_reading() {
        let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_PRESET_BYTES));
        assert_eq!(
            errors(&big),
            ["the preset is 257 KiB; the limit is 256 KiB. Move some rules into a parent preset named by `extends`, or remove some."]
        );
    }

    #[test]
    fn broken_json_says_where() {
        assert_eq!(
            errors("{\"format\": 1,\n \"id\": \"a\" \"name\": \"b\"}"),
            ["line 2, column 12: not valid JSON: expected `,` or `}`. Check for a missing comma, quote or bracket just before this place."]
        );
    }

    #[test]
    fn a_newer_format_asks_to_update_tact_and_nothing_else() {
        let newer = json!({"format": 2, "id": "a", "name": "b", "newThing": {"x": 1}}).to_string();
        assert_eq!(
            errors(&newer),
            ["format: this preset is format 2; this Tact understands format 1. Update Tact to use this preset."]
        );
        assert_eq!(
            errors(&json!({"format": 0, "id": "a", "name": "b"}).to_string()),
            ["format: there is no format 0. Use `\"format\": 1`."]
        );
    }

    #[test]
    fn errors_come_in_document_order() {
        let rules: Vec<Value> = (0..11)
            .map(|i| json!({"id": format!("r{i}"), "kind": "avoid", "phrases": [if i % 2 == 0 { "" } else { "ok" }]}))
            .collect();
        let paths: Vec<String> = parse(&preset(json!({"rules": rules}))).errors.into_iter().map(|e| e.path).collect();
        assert_eq!(
            paths,
            [
                "rules[0].phrases[0]",
                "rules[2].phrases[0]",
                "rules[4].phrases[0]",
                "rules[6].phrases[0]",
                "rules[8].phrases[0]",
                "rules[10].phrases[0]"
            ]
        );
    }

    #[test]
    fn not_an_object_is_refused() {
        assert_eq!(errors("[1, 2]").len(), 1);
    }

    #[test]
    fn structural_and_meaning_errors_are_reported_together() {
        let text = preset(json!({"gate": "block", "rules": [
            {"id": "a", "kind": "avoid", "phrase": ["x"]},
            {"id": "b", "kind": "pattern", "pattern": "(oops"},
            {"id": "b", "kind": "avoid", "phrases": ["y".repeat(143)]}]}));
        let errors = errors(&text);
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors.contains(
            &"rules[2].phrases[0]: phrase is 143 characters; the limit is 100. Shorten it or split it.".into()
        ));
        assert!(
            errors.contains(&"rules[2].id: rule id `b` is already used by rules[1]. Give each rule its own id.".into())
        );
        assert!(errors.iter().any(|e| e.starts_with("rules[1].pattern: not a valid regular expression")));
        assert!(errors.iter().any(|e| e.starts_with("gate: ")));
    }

    #[test]
    fn too_many_rules_and_phrases_are_refused() {
        let rules: Vec<Value> =
            (0..501).map(|i| json!({"id": format!("r{i}"), "kind": "avoid", "phrases": (0..10).map(|j| format!("p{i} {j}")).collect::<Vec<_>>()})).collect();
        let errors = errors(&preset(json!({"rules": rules})));
        assert_eq!(
            errors,
            [
                "rules: the preset has 501 rules; the limit is 500. Merge rules of the same kind (one `avoid` rule can hold many phrases).",
                "rules: the preset has 5010 phrases; the limit is 5000. Keep the phrases your team actually sees; move the rest to a parent preset."
            ]
        );
    }

    #[test]
    fn thresholds_that_stop_every_draft_are_refused() {
        let text = preset(
            json!({"checks": {"respect": {"warnBelow": 0.7, "warnAbove": 0.3}, "listening": {"enabled": false, "warnBelow": 0.2}}}),
        );
        let errors = errors(&text);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().any(|e| e.starts_with("checks.respect: warnBelow (0.7) is not below warnAbove (0.3)")));
        assert!(errors
            .iter()
            .any(|e| e.starts_with("checks.listening.enabled: the check is turned off but has a threshold.")));
    }

    #[test]
    fn a_bad_preset_id_is_refused() {
        assert_eq!(
            errors(&json!({"format": 1, "id": "ACME Team", "name": "x"}).to_string()),
            ["id: preset id `ACME Team` may only hold lower-case letters, digits and dashes. Try `acme-team`."]
        );
    }

    #[test]
    fn a_repeated_key_is_refused() {
        let errors = errors("{\"format\": 1, \"id\": \"a\", \"name\": \"b\", \"gate\": \"warn\", \"gate\": \"off\"}");
        assert_eq!(errors, ["line 1, column 60: duplicate field `gate`. Each key may appear once in an object."]);
    }

    #[test]
    fn too_many_or_too_long_tests_are_refused() {
        let tests: Vec<Value> = (0..201).map(|_| json!({"text": "hi"})).collect();
        assert_eq!(errors(&preset(json!({"tests": tests}))).len(), 1);
        let long = preset(json!({"tests": [{"text": "a".repeat(5001)}]}));
        assert_eq!(errors(&long), ["tests[0].text: test text is 5001 characters; the limit is 5000. Shorten it to the part the test is about."]);
    }
}
