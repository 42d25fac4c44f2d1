//! What is wrong with a preset: each error names its document, its JSON path and how to fix it.

use std::fmt;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use thiserror::Error;

use crate::messages::{self, Message};

/// One problem in a preset, e.g. `rules[3].phrases[0]: phrase is 143 characters; the limit is 100.` It crosses to
/// JavaScript as `{document?, path, message, hint?, text, hintText?}`: `message` and `hint` in English (the CLI's
/// words, a JS error's message), `text` and `hintText` by catalog key and values for the extension to show them in
/// the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresetError {
    /// The preset the error is in when it is not the one being loaded (a parent named by `extends`).
    pub document: Option<String>,
    /// Where in the JSON, e.g. `rules[3].phrases[0]`; empty for the document as a whole.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: Text,
    /// How to fix it, where there is something to say.
    pub hint: Option<Text>,
}

impl PresetError {
    #[inline(never)]
    pub fn new(path: &JsonPath, message: Text) -> Self {
        Self { document: None, path: path.to_string(), message, hint: None }
    }

    pub fn with_hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn with_hint_opt(mut self, hint: Option<Text>) -> Self {
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

impl Serialize for PresetError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(document) = &self.document {
            map.serialize_entry("document", document)?;
        }
        map.serialize_entry("path", &self.path)?;
        map.serialize_entry("message", &self.message.to_string())?;
        if let Some(hint) = &self.hint {
            map.serialize_entry("hint", &hint.to_string())?;
        }
        map.serialize_entry("text", &self.message)?;
        if let Some(hint) = &self.hint {
            map.serialize_entry("hintText", hint)?;
        }
        map.end()
    }
}

/// A sentence of the message catalog (`_locales`) with the values of its placeholders, in order: `tact` writes it in
/// English, the extension in the user's language. It crosses to JavaScript as `{key, values}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub message: &'static Message,
    pub values: Vec<Part>,
}

/// One value of a [`Text`]: words that stay as they are (a path, a number, a phrase of the preset), another sentence
/// of the catalog, sentences offered as alternatives ("a string or a number"), or several in a row, joined by "; ".
/// In JSON: a string, `{key, values}`, `{either: [...]}` or `{all: [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Part {
    Plain(String),
    Text(Text),
    Either { either: Vec<Text> },
    All { all: Vec<Text> },
}

impl Text {
    pub fn new(message: &'static Message, values: Vec<Part>) -> Self {
        Self { message, values }
    }

    #[inline(never)]
    pub fn of1(message: &'static Message, a: Part) -> Self {
        Self { message, values: vec![a] }
    }

    #[inline(never)]
    pub fn of2(message: &'static Message, a: Part, b: Part) -> Self {
        Self { message, values: vec![a, b] }
    }

    #[inline(never)]
    pub fn of3(message: &'static Message, values: [Part; 3]) -> Self {
        Self { message, values: values.into() }
    }
}

impl From<String> for Part {
    fn from(value: String) -> Self {
        Part::Plain(value)
    }
}

impl From<&str> for Part {
    fn from(value: &str) -> Self {
        Part::Plain(value.to_string())
    }
}

impl From<&String> for Part {
    fn from(value: &String) -> Self {
        Part::Plain(value.clone())
    }
}

impl From<Text> for Part {
    fn from(value: Text) -> Self {
        Part::Text(value)
    }
}

impl From<Vec<Text>> for Part {
    fn from(either: Vec<Text>) -> Self {
        Part::Either { either }
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Plain(text) => f.write_str(text),
            Part::Text(text) => write!(f, "{text}"),
            Part::Either { either } => {
                let alternatives: Vec<String> = either.iter().map(ToString::to_string).collect();
                f.write_str(&alternatives.join(messages::PRESET_ERROR_OR.english))
            }
            Part::All { all } => {
                let each: Vec<String> = all.iter().map(ToString::to_string).collect();
                f.write_str(&each.join("; "))
            }
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let values: Vec<String> = self.values.iter().map(ToString::to_string).collect();
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        f.write_str(&self.message.english_with(&values))
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("key", self.message.key)?;
        map.serialize_entry("values", &self.values)?;
        map.end()
    }
}

/// A [`Text`] from a catalog message and its values: `say!(messages::PRESET_UNKNOWN_KEY, key)`. (Each count of values
/// has its own function, so that the list is built in one place rather than at each of the validator's 130 errors.)
#[macro_export]
macro_rules! say {
    ($message:expr $(,)?) => {
        $crate::preset::Text::new(&$message, Vec::new())
    };
    ($message:expr, $a:expr $(,)?) => {
        $crate::preset::Text::of1(&$message, $crate::preset::Part::from($a))
    };
    ($message:expr, $a:expr, $b:expr $(,)?) => {
        $crate::preset::Text::of2(&$message, $crate::preset::Part::from($a), $crate::preset::Part::from($b))
    };
    ($message:expr, $a:expr, $b:expr, $c:expr $(,)?) => {
        $crate::preset::Text::of3(
            &$message,
            [$crate::preset::Part::from($a), $crate::preset::Part::from($b), $crate::preset::Part::from($c)],
        )
    };
    ($message:expr $(, $value:expr)+ $(,)?) => {
        $crate::preset::Text::new(&$message, vec![$($crate::preset::Part::from($value)),*])
    };
}

/// The TypeScript of [`PresetError`] as it crosses (src/boundary.rs writes it).
#[cfg(test)]
pub mod shape {
    /// One problem in a preset: `message` and `hint` in English, `text` and `hintText` by catalog key and values.
    #[derive(ts_rs::TS)]
    #[ts(rename = "PresetError", optional_fields)]
    #[allow(dead_code)]
    pub struct PresetErrorShape {
        /// The preset the error is in when it is not the one being loaded (a parent named by `extends`).
        document: Option<String>,
        /// Where in the JSON, e.g. `rules[3].phrases[0]`; empty for the document as a whole.
        path: String,
        /// What is wrong, in English.
        message: String,
        /// How to fix it, in English, where there is something to say.
        hint: Option<String>,
        /// What is wrong, by catalog key.
        text: CatalogTextShape,
        /// How to fix it, by catalog key.
        #[ts(rename = "hintText")]
        hint_text: Option<CatalogTextShape>,
    }

    /// A sentence of the message catalog with its values: a string, another sentence, alternatives or a series.
    #[derive(ts_rs::TS)]
    #[ts(rename = "CatalogText")]
    #[allow(dead_code)]
    pub struct CatalogTextShape {
        key: String,
        #[ts(type = "Array<string | CatalogText | { either: Array<CatalogText> } | { all: Array<CatalogText> }>")]
        values: Vec<String>,
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
        let error = PresetError::new(&JsonPath::root().key("gate"), say!(messages::PRESET_ERROR_NOT_ALLOWED, "block"))
            .with_hint(say!(messages::PRESET_ERROR_USE_ONE_OF, "`off`, `warn`, `hold`"));
        assert_eq!(error.to_string(), "gate: `block` is not allowed here. Use one of `off`, `warn`, `hold`.");
        let in_parent = PresetError { document: Some("base.json".into()), ..error };
        assert!(in_parent.to_string().starts_with("base.json: gate: "));
    }

    #[test]
    fn all_errors_are_listed_one_per_line() {
        let errors = PresetErrors {
            errors: vec![
                PresetError::new(&JsonPath::root().key("id"), say!(messages::PRESET_ERROR_FORMAT_ZERO)),
                PresetError::new(&JsonPath::root(), say!(messages::PRESET_ERROR_NOT_OBJECT)),
            ],
        };
        assert_eq!(
            errors.to_string(),
            "the preset was not accepted (2 errors):\nid: there is no format 0.\na preset is a JSON object."
        );
    }

    #[test]
    fn a_sentence_nests_sentences_alternatives_and_series_in_english() {
        let expected = vec![say!(messages::PRESET_ERROR_TYPE_STRING), say!(messages::PRESET_ERROR_TYPE_NUMBER)];
        let found = say!(messages::PRESET_ERROR_THE_NUMBER, "60");
        assert_eq!(
            say!(messages::PRESET_ERROR_EXPECTED, expected, found).to_string(),
            "expected a string or a number, found the number 60."
        );
        let slow = |ms: &str| say!(messages::PRESET_ERROR_SLOW_DRAFT, ms, "280", "0.05", "1.5");
        let over = Part::All { all: vec![slow("4"), slow("5")] };
        assert!(say!(messages::PRESET_ERROR_TOO_SLOW, over).to_string().contains("(budget 1.5 ms); 5 ms per check"));
    }

    #[test]
    fn an_error_crosses_in_english_and_by_key() {
        let error = PresetError::new(
            &JsonPath::root().key("rules").index(0),
            say!(messages::PRESET_ERROR_EXPECTED, vec![say!(messages::PRESET_ERROR_TYPE_OBJECT)], "`true`"),
        )
        .with_hint(say!(messages::PRESET_ERROR_DID_YOU_MEAN, "phrases"));
        assert_eq!(
            serde_json::to_value(&error).ok(),
            Some(serde_json::json!({
                "path": "rules[0]",
                "message": "expected an object, found `true`.",
                "hint": "Did you mean `phrases`?",
                "text": {
                    "key": "presetErrorExpected",
                    "values": [{"either": [{"key": "presetErrorTypeObject", "values": []}]}, "`true`"],
                },
                "hintText": {"key": "presetErrorDidYouMean", "values": ["phrases"]},
            }))
        );
    }
}
