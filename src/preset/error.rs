//! What is wrong with a preset: each error names its document, its JSON path and how to fix it.

use std::fmt;

use serde::Serialize;
use thiserror::Error;

/// One problem in a preset, e.g. `rules[3].phrases[0]: phrase is 143 characters; the limit is 100.`
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PresetError {
    /// The preset the error is in when it is not the one being loaded (a parent named by `extends`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Where in the JSON, e.g. `rules[3].phrases[0]`; empty for the document as a whole.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it, where there is something to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl PresetError {
    pub fn new(path: &JsonPath, message: impl Into<String>) -> Self {
        Self { document: None, path: path.to_string(), message: message.into(), hint: None }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }
}

impl fmt::Display for PresetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(document) = &self.document {
            write!(f, "{document}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " {hint}")?;
        }
        Ok(())
    }
}

/// Every error found in a preset; a preset with any of them is not accepted.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[error("{}", render(.errors))]
pub struct PresetErrors {
    pub errors: Vec<PresetError>,
}

fn render(errors: &[PresetError]) -> String {
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    format!("the preset was not accepted ({} error{}):\n{}", errors.len(), plural(errors.len()), lines.join("\n"))
}

/// `"s"` when a count needs a plural noun.
pub fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

/// A JSON path written the way a person reads it: `rules[3].swap["community members"]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(String);

impl JsonPath {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn key(&self, key: &str) -> Self {
        let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let mut path = self.0.clone();
        if plain {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(key);
        } else {
            path.push('[');
            path.push_str(&serde_json::Value::from(key).to_string());
            path.push(']');
        }
        Self(path)
    }

    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}[{index}]", self.0))
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_javascript() {
        let rules = JsonPath::root().key("rules").index(3);
        assert_eq!(rules.key("phrases").index(0).to_string(), "rules[3].phrases[0]");
        assert_eq!(rules.key("swap").key("community members").to_string(), r#"rules[3].swap["community members"]"#);
        assert_eq!(
            JsonPath::root().key("overrides").key("builtin.absolutes").to_string(),
            r#"overrides["builtin.absolutes"]"#
        );
    }

    #[test]
    fn an_error_reads_as_one_line_with_its_path_and_hint() {
        let error = PresetError::new(&JsonPath::root().key("gate"), "`block` is not a gate mode.")
            .with_hint("Use one of `off`, `warn`, `hold`.");
        assert_eq!(error.to_string(), "gate: `block` is not a gate mode. Use one of `off`, `warn`, `hold`.");
        let in_parent = PresetError { document: Some("base.json".into()), ..error };
        assert!(in_parent.to_string().starts_with("base.json: gate: "));
    }

    #[test]
    fn all_errors_are_listed_one_per_line() {
        let errors = PresetErrors {
            errors: vec![PresetError::new(&JsonPath::root().key("id"), "a"), PresetError::new(&JsonPath::root(), "b")],
        };
        assert_eq!(errors.to_string(), "the preset was not accepted (2 errors):\nid: a\nb");
    }
}
