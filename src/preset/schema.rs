//! The preset JSON Schema: generated from the Rust types, committed at `schema/preset.schema.json`, and used to
//! check a preset's structure.

use std::sync::OnceLock;

use serde_json::Value;

use super::format::Preset;

/// The command that rewrites the committed schema after the format types change.
pub const REGENERATE: &str = "cargo run -- preset schema > schema/preset.schema.json";

/// The committed schema as build.rs embeds it: what the structure check reads, without spaces, titles and the
/// descriptions of optional keys.
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/embedded/preset.schema.json"));

/// The schema generated from the format types, as pretty JSON with a final newline.
pub fn generate() -> String {
    let schema = schemars::schema_for!(Preset);
    format!("{}\n", serde_json::to_string_pretty(&schema).unwrap_or_default())
}

/// The committed schema (a test keeps it equal to [`generate`]) as embedded, parsed once.
pub fn committed() -> &'static Value {
    static PARSED: OnceLock<Value> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(EMBEDDED).unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMITTED: &str = include_str!("../../schema/preset.schema.json");

    #[test]
    fn the_committed_schema_is_current() {
        assert!(
            generate() == COMMITTED,
            "schema/preset.schema.json is out of date with src/preset/format.rs; regenerate it with `{REGENERATE}`"
        );
    }

    #[test]
    fn the_schema_offers_every_rule_kind_for_completion() {
        let kinds: Vec<&str> = committed()["$defs"]["RuleSpec"]["oneOf"]
            .as_array()
            .map(|branches| branches.iter().filter_map(|b| b["properties"]["kind"]["const"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(kinds, ["avoid", "substitute", "occurrence", "pattern"]);
    }
}
