//! A finding message with placeholders such as `{match}`, checked when the preset is loaded.

use crate::messages as m;
use crate::preset::error::{JsonPath, PresetError};
use crate::preset::limits::MAX_TEXT_CHARS;
use crate::preset::suggest;
use crate::say;

/// A message template whose placeholders are all known to its rule kind.
#[derive(Debug, Clone)]
pub struct Template(String);

impl Template {
    /// Checks `text` (length, placeholders) against the placeholders the rule kind fills in.
    pub fn parse(text: &str, allowed: &[&str], path: &JsonPath, errors: &mut Vec<PresetError>) -> Self {
        if text.trim().is_empty() {
            errors.push(
                PresetError::new(path, say!(m::PRESET_ERROR_MESSAGE_EMPTY))
                    .with_hint(say!(m::PRESET_ERROR_SAY_INSTEAD)),
            );
        }
        check_length(text, "message", path, errors);
        for name in placeholders(text) {
            if !allowed.contains(&name) {
                let hint = suggest::did_you_mean(name, allowed.iter().copied())
                    .unwrap_or_else(|| say!(m::PRESET_ERROR_KIND_FILLS, braced(allowed)));
                errors.push(PresetError::new(path, say!(m::PRESET_ERROR_UNKNOWN_PLACEHOLDER, name)).with_hint(hint));
            }
        }
        Self(text.to_string())
    }

    /// The message with each `{name}` replaced by its value.
    pub fn render(&self, values: &[(&str, &str)]) -> String {
        values.iter().fold(self.0.clone(), |message, (name, value)| message.replace(&format!("{{{name}}}"), value))
    }
}

/// Refuses a message, description or replacement longer than the limit.
pub fn check_length(text: &str, what: &str, path: &JsonPath, errors: &mut Vec<PresetError>) {
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        errors.push(
            PresetError::new(
                path,
                say!(m::PRESET_ERROR_TOO_LONG, what, length.to_string(), MAX_TEXT_CHARS.to_string()),
            )
            .with_hint(say!(m::PRESET_ERROR_SHORTEN)),
        );
    }
}

/// The names between braces, e.g. `match` in `Avoid '{match}'`.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
}

fn braced(names: &[&str]) -> String {
    names.iter().map(|name| format!("`{{{name}}}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, allowed: &[&str]) -> (Template, Vec<String>) {
        let mut errors = Vec::new();
        let template = Template::parse(text, allowed, &JsonPath::root().key("message"), &mut errors);
        (template, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn placeholders_are_filled_in() {
        let (template, errors) = parse("Say '{replacement}', not '{match}'.", &["match", "replacement"]);
        assert!(errors.is_empty());
        assert_eq!(template.render(&[("match", "users"), ("replacement", "members")]), "Say 'members', not 'users'.");
    }

    #[test]
    fn an_empty_or_blank_message_is_refused_at_its_path() {
        for blank in ["", "   ", "\u{a0}\t\n"] {
            let (_, errors) = parse(blank, &["match"]);
            assert_eq!(
                errors,
                ["message: message is empty, so its findings would say nothing. Say what to write instead, or leave \
                  `message` out for the rule kind's own."],
                "{blank:?}"
            );
        }
    }

    #[test]
    fn an_unknown_placeholder_is_refused_with_a_suggestion() {
        let (_, errors) = parse("Avoid '{mtach}'.", &["match"]);
        assert_eq!(errors, ["message: unknown placeholder `{mtach}`. Did you mean `match`?"]);
        let (_, errors) = parse("{count} of {total}", &["count", "max", "match"]);
        assert_eq!(
            errors,
            ["message: unknown placeholder `{total}`. This rule kind fills in `{count}`, `{max}`, `{match}`."]
        );
    }

    #[test]
    fn braces_that_are_not_placeholders_are_text() {
        let (template, errors) = parse("Use { and } freely: {not a name}", &["match"]);
        assert!(errors.is_empty());
        assert_eq!(template.render(&[("match", "x")]), "Use { and } freely: {not a name}");
    }

    #[test]
    fn a_long_message_is_refused() {
        let (_, errors) = parse(&"a".repeat(301), &[]);
        assert_eq!(errors, ["message: message is 301 characters; the limit is 300. Shorten it."]);
    }
}
