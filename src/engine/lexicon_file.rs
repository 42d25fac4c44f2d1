//! The format of a lexicon data file (`src/engine/rules/<principle>/NAME.lexicon.json`): what `build.rs` reads to
//! compile the built-in lexicons, and what `schema/lexicon.schema.json` is generated from (a test keeps the committed
//! schema current and checks every lexicon file against it).

use serde::Deserialize;

/// A lexicon data file: the entries of one lexicon rule, in the order they enter the automaton.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// The rule's phrases, each with what to offer instead and what it must and must not match.
    pub entries: Vec<EntryData>,
}

/// One entry of a lexicon data file (CONTRIBUTING.md, "Add a lexicon entry", says more).
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EntryData {
    /// Why the entry is there, for the reader; it may speak for the entries after it.
    #[serde(default)]
    pub note: Option<String>,
    /// The words to find, in lower case; matched as whole words in text of any case, curly or straight apostrophes,
    /// stretched letters ("stuuupid"). A phrase ending in `*` matches any word that starts with it.
    pub phrase: String,
    /// The rewrite to offer in its place, if there is one.
    #[serde(default)]
    pub replacement: Option<String>,
    /// A finding only when aimed at someone ("you animals", not "farm animals").
    #[serde(default)]
    pub aimed: bool,
    /// Never a finding itself, but keeps the shorter entries it covers from being one ("feel free").
    #[serde(default)]
    pub blocks: bool,
    /// Drafts in which the rule must find this entry (run by `cargo test`).
    #[serde(default)]
    pub examples: Vec<String>,
    /// Drafts in which the rule must not find it.
    #[serde(default)]
    pub counterexamples: Vec<String>,
}

#[cfg(test)]
mod tests {
    //! The committed schema is what the types generate, and every lexicon file follows it (checked by a validator of
    //! the keywords the generated schema uses, which refuses any other keyword rather than ignore it).
    use std::path::{Path, PathBuf};

    use serde_json::Value;

    use super::LexiconFile;

    const COMMITTED: &str = include_str!("../../schema/lexicon.schema.json");
    const REGENERATE: &str = "TACT_REGENERATE=1 cargo test -p tact --lib lexicon_file";

    fn generate() -> String {
        let schema = schemars::schema_for!(LexiconFile);
        format!("{}\n", serde_json::to_string_pretty(&schema).unwrap_or_default())
    }

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn the_committed_lexicon_schema_is_current() {
        let generated = generate();
        if std::env::var_os("TACT_REGENERATE").is_some() && generated != COMMITTED {
            std::fs::write(root().join("schema/lexicon.schema.json"), &generated).expect("the schema is written");
            return;
        }
        assert!(generated == COMMITTED, "schema/lexicon.schema.json is out of date; regenerate it with `{REGENERATE}`");
    }

    /// Why a JSON value does not follow a schema (of the keywords schemars writes), each at its JSON path.
    fn violations(root: &Value, schema: &Value, value: &Value, at: &str, found: &mut Vec<String>) {
        let Some(keywords) = schema.as_object() else {
            found.push(format!("{at}: the schema is not an object"));
            return;
        };
        for (keyword, rule) in keywords {
            match keyword.as_str() {
                "$schema" | "$defs" | "title" | "description" | "default" => {}
                "$ref" => {
                    let target = rule.as_str().and_then(|path| path.strip_prefix("#/$defs/"));
                    match target.and_then(|name| root["$defs"].get(name)) {
                        Some(definition) => violations(root, definition, value, at, found),
                        None => found.push(format!("{at}: unknown reference {rule}")),
                    }
                }
                "type" => {
                    let kinds: Vec<&str> = match rule {
                        Value::Array(kinds) => kinds.iter().filter_map(Value::as_str).collect(),
                        other => other.as_str().into_iter().collect(),
                    };
                    let kind = match value {
                        Value::Null => "null",
                        Value::Bool(_) => "boolean",
                        Value::Number(_) => "number",
                        Value::String(_) => "string",
                        Value::Array(_) => "array",
                        Value::Object(_) => "object",
                    };
                    if !kinds.contains(&kind) {
                        found.push(format!("{at}: a {kind} where the schema wants {kinds:?}"));
                    }
                }
                "properties" => {
                    let (Some(properties), Some(object)) = (rule.as_object(), value.as_object()) else { continue };
                    for (name, property) in properties {
                        if let Some(field) = object.get(name) {
                            violations(root, property, field, &format!("{at}.{name}"), found);
                        }
                    }
                }
                "required" => {
                    let Some(object) = value.as_object() else { continue };
                    for name in rule.as_array().into_iter().flatten().filter_map(Value::as_str) {
                        if !object.contains_key(name) {
                            found.push(format!("{at}: `{name}` is missing"));
                        }
                    }
                }
                "additionalProperties" => {
                    let Some(object) = value.as_object() else { continue };
                    if rule == &Value::Bool(false) {
                        let known = schema["properties"].as_object();
                        for name in object.keys().filter(|name| !known.is_some_and(|known| known.contains_key(*name))) {
                            found.push(format!("{at}: `{name}` is not a field of this format"));
                        }
                    } else {
                        found.push(format!("{at}: additionalProperties other than false is not supported"));
                    }
                }
                "items" => {
                    for (index, item) in value.as_array().into_iter().flatten().enumerate() {
                        violations(root, rule, item, &format!("{at}[{index}]"), found);
                    }
                }
                other => found.push(format!("{at}: the schema uses `{other}`, which this check does not know")),
            }
        }
    }

    fn check(value: &Value) -> Vec<String> {
        let schema: Value = serde_json::from_str(COMMITTED).expect("the committed schema is JSON");
        let mut found = Vec::new();
        violations(&schema, &schema, value, "$", &mut found);
        found
    }

    fn lexicon_files(rules: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for folder in std::fs::read_dir(rules).into_iter().flatten().flatten().map(|entry| entry.path()) {
            let entries = std::fs::read_dir(&folder).into_iter().flatten().flatten().map(|entry| entry.path());
            files.extend(entries.filter(|path| path.to_string_lossy().ends_with(".lexicon.json")));
        }
        files.sort();
        files
    }

    #[test]
    fn every_lexicon_file_follows_the_schema() {
        let files = lexicon_files(&root().join("src/engine/rules"));
        assert!(files.len() >= 30, "the lexicon files are found: {}", files.len());
        for path in files {
            let text = std::fs::read_to_string(&path).expect("a lexicon file is readable");
            let value: Value = serde_json::from_str(&text).expect("a lexicon file is JSON");
            assert_eq!(check(&value), Vec::<String>::new(), "{}", path.display());
        }
    }

    #[test]
    fn the_schema_refuses_what_the_build_refuses() {
        let refused = [
            r#"{"entries": [{"phrase": "idiot", "aimd": true}]}"#,
            r#"{"entries": [{"replacement": "x"}]}"#,
            r#"{"entries": [{"phrase": 3}]}"#,
            r#"{"entries": [{"phrase": "idiot", "examples": "You idiot."}]}"#,
            r#"{"entries": [{"phrase": "idiot", "aimed": "yes"}]}"#,
            r#"{"phrases": []}"#,
        ];
        for text in refused {
            let value: Value = serde_json::from_str(text).expect("test JSON");
            assert!(!check(&value).is_empty(), "{text}");
            assert!(serde_json::from_value::<LexiconFile>(value).is_err(), "the build refuses it too: {text}");
        }
        let accepted: Value =
            serde_json::from_str(r#"{"entries": [{"phrase": "idiot", "note": null, "examples": ["You idiot."]}]}"#)
                .expect("test JSON");
        assert_eq!(check(&accepted), Vec::<String>::new());
    }
}
