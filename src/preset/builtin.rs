//! The presets that ship with Tact (`builtin:NAME`), as JSON files under `presets/`, loaded like any other.

use super::active::ActivePreset;
use super::load::{load, BuiltinsOnly, Source};

/// How `extends` names a built-in preset.
pub const PREFIX: &str = "builtin:";

/// Every built-in preset's full name.
pub const NAMES: &[&str] = &["builtin:default", "builtin:support-desk", "builtin:launch"];

const DOCUMENTS: &[(&str, &str)] = &[
    ("default", include_str!("../../presets/default.json")),
    ("support-desk", include_str!("../../presets/support-desk.json")),
    ("launch", include_str!("../../presets/launch.json")),
];

/// The built-in preset `name` (without the `builtin:` prefix).
pub fn source(name: &str) -> Option<Source> {
    DOCUMENTS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(known, text)| Source { name: format!("{PREFIX}{known}"), text: text.to_string() })
}

/// `builtin:default`, what runs when no team preset is active. Should it ever fail to load, Tact fails open: the
/// built-in rules run with the default pre-post check.
pub fn default() -> ActivePreset {
    source("default").and_then(|source| load(&source, &BuiltinsOnly).ok()).unwrap_or_else(ActivePreset::builtins_only)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_loads_and_passes_its_own_tests() {
        for name in NAMES {
            let source = source(&name[PREFIX.len()..]);
            let loaded = source.map(|source| load(&source, &BuiltinsOnly).map(|active| active.info().id.clone()));
            assert!(matches!(loaded, Some(Ok(_))), "{name}: {loaded:?}");
        }
    }

    #[test]
    fn every_builtin_has_tests_for_its_rules() {
        for (name, text) in DOCUMENTS {
            let preset: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            let tests = preset["tests"].as_array().map_or(0, Vec::len);
            assert!(tests >= 3, "builtin:{name} has {tests} tests");
        }
    }

    #[test]
    fn the_default_preset_is_builtin_default() {
        let active = default();
        assert_eq!(active.info().chain, ["builtin:default"]);
    }
}
