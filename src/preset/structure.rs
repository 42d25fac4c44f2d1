//! Checks a preset's JSON structure against the committed schema and collects every error, with its path and a
//! suggestion (serde's `deny_unknown_fields` alone would stop at the first one).

use serde_json::{Map, Value};

use super::error::{JsonPath, Part, PresetError, Text};
use super::schema;
use super::suggest;
use crate::messages as m;
use crate::say;

/// Every structural error in `value`: unknown keys, missing keys, wrong types, values out of range.
pub fn check(value: &Value) -> Vec<PresetError> {
    let root = schema::committed();
    let mut errors = Vec::new();
    Walker { root }.walk(root, value, &JsonPath::root(), &mut errors);
    errors
}

struct Walker<'s> {
    root: &'s Value,
}

impl<'s> Walker<'s> {
    fn walk(&self, schema: &'s Value, value: &Value, path: &JsonPath, errors: &mut Vec<PresetError>) {
        let schema = self.resolve(schema);
        if let Some(allowed) = self.literals(schema) {
            self.check_literal(&allowed, value, path, errors);
            return;
        }
        if let Some(branches) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array) {
            self.walk_branches(branches, value, path, errors);
            return;
        }
        if let Some(expected) = schema.get("type") {
            if !type_matches(expected, value) {
                errors.push(PresetError::new(
                    path,
                    say!(m::PRESET_ERROR_EXPECTED, describe_type(expected), describe(value)),
                ));
                return;
            }
        }
        match value {
            Value::Object(map) => self.walk_object(schema, map, path, errors),
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    for (index, item) in items.iter().enumerate() {
                        self.walk(item_schema, item, &path.index(index), errors);
                    }
                }
            }
            Value::Number(number) => check_range(schema, number.as_f64().unwrap_or(0.0), path, errors),
            _ => {}
        }
    }

    fn walk_object(&self, schema: &'s Value, map: &Map<String, Value>, path: &JsonPath, errors: &mut Vec<PresetError>) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let known: Vec<&str> = properties.map(|p| p.keys().map(String::as_str).collect()).unwrap_or_default();
        let closed = matches!(schema.get("additionalProperties"), Some(Value::Bool(false)));
        let unknown: Vec<(&String, Option<&str>)> = map
            .keys()
            .filter(|key| closed && !known.contains(&key.as_str()))
            .map(|key| (key, suggest::closest(key, known.iter().copied())))
            .collect();
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            let misspelt = unknown.iter().any(|(_, closest)| *closest == Some(name));
            if !map.contains_key(name) && !misspelt {
                let hint = match property_description(properties, name) {
                    Some(what) => say!(m::PRESET_ERROR_ADD_KEY_DESCRIBED, name, what),
                    None => say!(m::PRESET_ERROR_ADD_KEY, name),
                };
                errors.push(PresetError::new(path, say!(m::PRESET_ERROR_MISSING_KEY, name)).with_hint(hint));
            }
        }
        for (key, closest) in unknown {
            let hint = match closest {
                Some(closest) => say!(m::PRESET_ERROR_DID_YOU_MEAN, closest),
                None => say!(m::PRESET_ERROR_KEYS_ALLOWED, suggest::list(known.iter().copied())),
            };
            errors.push(PresetError::new(&path.key(key), say!(m::PRESET_ERROR_UNKNOWN_KEY, key)).with_hint(hint));
        }
        for (key, item) in map {
            match properties.and_then(|p| p.get(key)) {
                Some(property) => self.walk(property, item, &path.key(key), errors),
                None => {
                    if let Some(additional @ Value::Object(_)) = schema.get("additionalProperties") {
                        self.walk(additional, item, &path.key(key), errors);
                    }
                }
            }
        }
    }

    /// `oneOf` / `anyOf`: a tagged union (picked by its tag, e.g. `kind`), or the first branch that fits.
    fn walk_branches(&self, branches: &'s [Value], value: &Value, path: &JsonPath, errors: &mut Vec<PresetError>) {
        if let Some(tag) = self.tag_of(branches) {
            return self.walk_tagged(&tag, branches, value, path, errors);
        }
        let mut best: Option<Vec<PresetError>> = None;
        for branch in branches {
            let mut branch_errors = Vec::new();
            self.walk(branch, value, path, &mut branch_errors);
            if branch_errors.is_empty() {
                return;
            }
            let fits_type = self.resolve(branch).get("type").is_none_or(|expected| type_matches(expected, value));
            if fits_type && best.as_ref().is_none_or(|b| branch_errors.len() < b.len()) {
                best = Some(branch_errors);
            }
        }
        match best {
            Some(branch_errors) => errors.extend(branch_errors),
            None => {
                let expected: Vec<Text> = branches
                    .iter()
                    .map(|b| self.resolve(b))
                    .filter_map(|b| b.get("type").map(type_names))
                    .flatten()
                    .collect();
                errors.push(PresetError::new(path, say!(m::PRESET_ERROR_EXPECTED, expected, describe(value))));
            }
        }
    }

    fn walk_tagged(
        &self,
        tag: &str,
        branches: &'s [Value],
        value: &Value,
        path: &JsonPath,
        errors: &mut Vec<PresetError>,
    ) {
        let Some(map) = value.as_object() else {
            let object = say!(m::PRESET_ERROR_TYPE_OBJECT);
            errors.push(PresetError::new(path, say!(m::PRESET_ERROR_EXPECTED, object, describe(value))));
            return;
        };
        let names: Vec<&str> = branches.iter().filter_map(|b| tag_value(self.resolve(b), tag)).collect();
        match map.get(tag) {
            None => errors.push(PresetError::new(path, say!(m::PRESET_ERROR_MISSING_KEY, tag)).with_hint(say!(
                m::PRESET_ERROR_ADD_TAG,
                tag,
                suggest::list(names.iter().copied())
            ))),
            Some(Value::String(name)) => {
                match branches.iter().find(|b| tag_value(self.resolve(b), tag) == Some(name.as_str())) {
                    Some(branch) => self.walk(branch, value, path, errors),
                    None => {
                        let hint = suggest::did_you_mean(name, names.iter().copied())
                            .unwrap_or_else(|| say!(m::PRESET_ERROR_USE_ONE_OF, suggest::list(names.iter().copied())));
                        errors.push(
                            PresetError::new(&path.key(tag), say!(m::PRESET_ERROR_UNKNOWN_TAG, tag, name))
                                .with_hint(hint),
                        );
                    }
                }
            }
            Some(other) => errors.push(
                PresetError::new(
                    &path.key(tag),
                    say!(m::PRESET_ERROR_EXPECTED, say!(m::PRESET_ERROR_TYPE_STRING), describe(other)),
                )
                .with_hint(say!(m::PRESET_ERROR_USE_ONE_OF, suggest::list(names.iter().copied()))),
            ),
        }
    }

    fn check_literal(&self, allowed: &[&str], value: &Value, path: &JsonPath, errors: &mut Vec<PresetError>) {
        if value.as_str().is_some_and(|text| allowed.contains(&text)) {
            return;
        }
        let hint = value
            .as_str()
            .and_then(|text| suggest::did_you_mean(text, allowed.iter().copied()))
            .unwrap_or_else(|| say!(m::PRESET_ERROR_USE_ONE_OF, suggest::list(allowed.iter().copied())));
        let found = match value {
            Value::String(text) => say!(m::PRESET_ERROR_NOT_ALLOWED, text),
            other => say!(m::PRESET_ERROR_EXPECTED_ONE_OF, suggest::list(allowed.iter().copied()), describe(other)),
        };
        errors.push(PresetError::new(path, found).with_hint(hint));
    }

    /// The string values a schema allows, when it is a plain choice of strings (`enum`, `const`, or a union of them).
    fn literals(&self, schema: &'s Value) -> Option<Vec<&'s str>> {
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return values.iter().map(Value::as_str).collect();
        }
        if let Some(value) = schema.get("const") {
            return value.as_str().map(|text| vec![text]);
        }
        let branches = schema.get("oneOf").or_else(|| schema.get("anyOf"))?.as_array()?;
        let mut all = Vec::new();
        for branch in branches {
            all.extend(self.literals(self.resolve(branch))?);
        }
        Some(all)
    }

    /// The property that tells the branches of a union apart (each branch gives it a different `const`).
    fn tag_of(&self, branches: &'s [Value]) -> Option<String> {
        let first = self.resolve(branches.first()?).get("properties")?.as_object()?;
        first
            .iter()
            .filter(|(_, property)| property.get("const").is_some())
            .map(|(name, _)| name.clone())
            .find(|name| branches.iter().all(|branch| tag_value(self.resolve(branch), name).is_some()))
    }

    /// Follows a local `$ref` (`#/$defs/Name`).
    fn resolve(&self, schema: &'s Value) -> &'s Value {
        let target = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix("#/$defs/"))
            .and_then(|name| self.root.get("$defs")?.get(name));
        target.unwrap_or(schema)
    }
}

fn tag_value<'s>(branch: &'s Value, tag: &str) -> Option<&'s str> {
    branch.get("properties")?.get(tag)?.get("const")?.as_str()
}

/// A property's description as the end of a sentence: `the phrases to avoid, e.g. ...`.
fn property_description(properties: Option<&Map<String, Value>>, name: &str) -> Option<String> {
    let description = properties?.get(name)?.get("description")?.as_str()?.trim_end_matches('.');
    let mut chars = description.chars();
    let first = chars.next()?;
    Some(first.to_lowercase().chain(chars).collect::<String>().replace('\n', " "))
}

fn check_range(schema: &Value, number: f64, path: &JsonPath, errors: &mut Vec<PresetError>) {
    let minimum = schema.get("minimum").and_then(Value::as_f64);
    let maximum = schema.get("maximum").and_then(Value::as_f64).or_else(|| match schema.get("format")?.as_str()? {
        "uint32" => Some(f64::from(u32::MAX)),
        _ => None,
    });
    if let Some(minimum) = minimum.filter(|minimum| number < *minimum) {
        errors
            .push(PresetError::new(path, say!(m::PRESET_ERROR_BELOW_MINIMUM, number.to_string(), minimum.to_string())));
    }
    if let Some(maximum) = maximum.filter(|maximum| number > *maximum) {
        let error =
            PresetError::new(path, say!(m::PRESET_ERROR_ABOVE_MAXIMUM, number.to_string(), maximum.to_string()));
        errors.push(if maximum == 1.0 && number <= 100.0 {
            error.with_hint(say!(m::PRESET_ERROR_SCORE_SCALE, (number / 100.0).to_string(), number.to_string()))
        } else {
            error
        });
    }
}

fn type_matches(expected: &Value, value: &Value) -> bool {
    match expected {
        Value::String(name) => value_has_type(name, value),
        Value::Array(names) => names.iter().filter_map(Value::as_str).any(|name| value_has_type(name, value)),
        _ => true,
    }
}

fn value_has_type(name: &str, value: &Value) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.is_u64() || value.is_i64(),
        _ => true,
    }
}

/// The sentences naming a schema `type` (`"a string"`, `"a number"`, ...), to be offered as alternatives.
fn type_names(expected: &Value) -> Vec<Text> {
    let names: Vec<&str> = match expected {
        Value::String(name) => vec![name.as_str()],
        Value::Array(names) => names.iter().filter_map(Value::as_str).filter(|name| *name != "null").collect(),
        _ => vec![],
    };
    names
        .iter()
        .map(|name| {
            Text::new(
                match *name {
                    "object" => &m::PRESET_ERROR_TYPE_OBJECT,
                    "array" => &m::PRESET_ERROR_TYPE_ARRAY,
                    "string" => &m::PRESET_ERROR_TYPE_STRING,
                    "boolean" => &m::PRESET_ERROR_TYPE_BOOLEAN,
                    "integer" => &m::PRESET_ERROR_TYPE_INTEGER,
                    "number" => &m::PRESET_ERROR_TYPE_NUMBER,
                    _ => &m::PRESET_ERROR_TYPE_NULL,
                },
                Vec::new(),
            )
        })
        .collect()
}

/// `"a string or a number"`, ... from a schema `type`.
fn describe_type(expected: &Value) -> Part {
    type_names(expected).into()
}

/// What a JSON value is, for an error message: `the number 60`, `a list`, ...
fn describe(value: &Value) -> Part {
    match value {
        Value::Null => say!(m::PRESET_ERROR_TYPE_NULL).into(),
        Value::Bool(flag) => format!("`{flag}`").into(),
        Value::Number(number) => say!(m::PRESET_ERROR_THE_NUMBER, number.to_string()).into(),
        Value::String(text) => say!(m::PRESET_ERROR_THE_STRING, shorten(text)).into(),
        Value::Array(_) => say!(m::PRESET_ERROR_TYPE_ARRAY).into(),
        Value::Object(_) => say!(m::PRESET_ERROR_TYPE_OBJECT).into(),
    }
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= 40 {
        text.to_string()
    } else {
        format!("{}...", text.chars().take(40).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn errors(value: Value) -> Vec<String> {
        check(&value).iter().map(ToString::to_string).collect()
    }

    fn minimal() -> Value {
        json!({"format": 1, "id": "acme", "name": "ACME"})
    }

    fn with(key: &str, value: Value) -> Value {
        let mut preset = minimal();
        preset[key] = value;
        preset
    }

    #[test]
    fn a_minimal_preset_has_no_structural_error() {
        assert_eq!(errors(minimal()), Vec::<String>::new());
    }

    #[test]
    fn an_unknown_key_gets_the_closest_known_one() {
        let preset = with("rules", json!([{"id": "a", "kind": "avoid", "phrase": ["x"]}]));
        assert_eq!(errors(preset), ["rules[0].phrase: unknown key `phrase`. Did you mean `phrases`?"]);
    }

    #[test]
    fn an_unknown_key_far_from_any_lists_the_allowed_ones() {
        let errors = errors(with("colour", json!("red")));
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("colour: unknown key `colour`. Keys allowed here: `$schema`, `checks`, "),
            "{errors:?}"
        );
    }

    #[test]
    fn a_missing_key_says_what_it_is_for() {
        let errors = errors(with("rules", json!([{"id": "a", "kind": "avoid"}])));
        assert_eq!(
            errors,
            ["rules[0]: missing key `phrases`. Add `\"phrases\"`: the phrases to avoid, e.g. `[\"buy now\", \"limited time\"]`."]
        );
    }

    #[test]
    fn missing_required_keys_are_each_reported() {
        let errors = errors(json!({"format": 1}));
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("missing key `id`."));
        assert!(errors[1].starts_with("missing key `name`."));
    }

    #[test]
    fn an_unknown_rule_kind_gets_a_suggestion() {
        let errors = errors(with("rules", json!([{"id": "a", "kind": "avod", "phrases": ["x"]}])));
        assert_eq!(errors, ["rules[0].kind: unknown kind `avod`. Did you mean `avoid`?"]);
    }

    #[test]
    fn a_rule_without_kind_lists_the_kinds() {
        let errors = errors(with("rules", json!([{"id": "a"}])));
        assert_eq!(
            errors,
            ["rules[0]: missing key `kind`. Add `\"kind\"`: one of `avoid`, `substitute`, `occurrence`, `pattern`."]
        );
    }

    #[test]
    fn a_bad_gate_mode_lists_the_modes() {
        assert_eq!(
            errors(with("gate", json!("block"))),
            ["gate: `block` is not allowed here. Use one of `off`, `warn`, `hold`."]
        );
        assert_eq!(errors(with("gate", json!("hodl"))), ["gate: `hodl` is not allowed here. Did you mean `hold`?"]);
    }

    #[test]
    fn a_wrong_type_says_what_was_expected_and_found() {
        assert_eq!(errors(with("rules", json!({"a": 1}))), ["rules: expected a list, found an object."]);
        assert_eq!(errors(with("name", json!(3))), ["name: expected a string, found the number 3."]);
        let phrases = with("rules", json!([{"id": "a", "kind": "avoid", "phrases": ["ok", 7]}]));
        assert_eq!(errors(phrases), ["rules[0].phrases[1]: expected a string, found the number 7."]);
    }

    #[test]
    fn a_threshold_written_as_a_percentage_gets_a_hint() {
        let errors = errors(with("checks", json!({"promotion": {"warnAbove": 60}})));
        assert_eq!(
            errors,
            ["checks.promotion.warnAbove: 60 is above the largest allowed value, 1. Scores run from 0 to 1: write 0.6 for 60%."]
        );
    }

    #[test]
    fn a_negative_count_is_refused() {
        let rule = json!([{"id": "a", "kind": "occurrence", "count": "hashtags", "max": -1}]);
        assert_eq!(errors(with("rules", rule)), ["rules[0].max: -1 is below the smallest allowed value, 0."]);
    }

    #[test]
    fn map_values_are_checked_under_their_key() {
        let errors = errors(with("overrides", json!({"builtin.absolutes": "of"})));
        assert_eq!(errors, [r#"overrides["builtin.absolutes"]: `of` is not allowed here. Did you mean `off`?"#]);
    }

    #[test]
    fn errors_in_several_places_are_all_collected() {
        let preset = json!({"format": 1, "id": "a", "name": "A", "gate": "x", "rules": [{"kind": "pattern", "id": "p", "pattern": "x", "casesensitive": true}], "tests": [{"txt": "hi"}]});
        assert_eq!(errors(preset).len(), 3);
    }
}
