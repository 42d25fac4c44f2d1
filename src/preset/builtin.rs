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

    #[test]
    fn what_runs_by_default_is_presets_default_json_not_the_fallback() {
        let file: serde_json::Value =
            serde_json::from_str(include_str!("../../presets/default.json")).unwrap_or_default();
        let active = default();
        let info = active.info();
        assert_eq!(
            (info.id.as_str(), info.name.as_str()),
            (file["id"].as_str().unwrap_or("?"), file["name"].as_str().unwrap_or("?"))
        );
        assert_ne!(info.id, ActivePreset::builtins_only().info().id);
        assert_eq!(info.gate, crate::preset::format::GateMode::Warn, "the file's gate");
        let checks = &file["checks"];
        assert_eq!(info.checks.respect.warn_below, checks["respect"]["warnBelow"].as_f64());
        assert_eq!(info.checks.promotion.warn_above, checks["promotion"]["warnAbove"].as_f64());
        assert!(info.checks.respect.warn_below.is_some() && info.checks.promotion.warn_above.is_some());
        // Like a team's preset, it holds what it says: its own tests pass through the same checker.
        let stopped = active.decide(&active.check("Buy now! Subscribe, check out my channel, link in bio!", None));
        assert!(stopped.show, "the default preset stops hard selling");
    }

    #[test]
    fn every_preset_file_is_a_builtin() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("presets");
        let mut files: Vec<String> = std::fs::read_dir(folder)
            .map(|entries| entries.filter_map(|entry| entry.ok()?.file_name().into_string().ok()).collect())
            .unwrap_or_default();
        files.retain(|name| name.ends_with(".json"));
        files.sort();
        let mut listed: Vec<String> = DOCUMENTS.iter().map(|(name, _)| format!("{name}.json")).collect();
        listed.sort();
        assert_eq!(files, listed);
        assert_eq!(NAMES.len(), DOCUMENTS.len());
    }
}
