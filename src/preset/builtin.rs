//! The presets that ship with Tact (`builtin:NAME`), as JSON files under `presets/`, loaded like any other.
//!
//! What that costs at start (`new TactEngine()` loads `builtin:default`), measured with the engine's tables already
//! built: about 0.33M instructions natively (20-35 us) and 0.26-0.29 ms in wasm under node, on a loaded 2-core
//! machine; running the preset's three tests as well had made it 0.60M instructions and 0.45-0.51 ms, so loading a
//! built-in does not run them (see [`is_embedded`]). From a cold start the first report waits mostly for the
//! lexicons' automaton (about 36.9M of the 37.6M instructions natively), not for the preset.

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

/// The built-in preset `name`'s own name and version, as its document gives them (the pages' titles for it).
pub fn title(name: &str) -> Option<(String, Option<String>)> {
    let (_, text) = DOCUMENTS.iter().find(|(known, _)| *known == name)?;
    let document: serde_json::Value = serde_json::from_str(text).ok()?;
    let version = document.get("version").and_then(serde_json::Value::as_str).map(String::from);
    Some((document.get("name")?.as_str()?.to_string(), version))
}

/// Whether a document is a built-in preset exactly as embedded. Loading one does not run its `tests` (a team
/// preset's run every time it is loaded): they pass by construction, since `cargo test` runs them
/// (`every_builtin_loads_and_passes_its_own_tests`) and the same engine finds the same things. Everything else is
/// done as for any preset: parsed, validated, merged and compiled.
pub(super) fn is_embedded(source: &Source) -> bool {
    let Some(name) = source.name.strip_prefix(PREFIX) else { return false };
    DOCUMENTS.iter().any(|(known, text)| *known == name && *text == source.text)
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
            let Some(source) = source(&name[PREFIX.len()..]) else { panic!("{name} is not embedded") };
            assert!(is_embedded(&source));
            let active = match load(&source, &BuiltinsOnly) {
                Ok(active) => active,
                Err(errors) => panic!("{name}: {errors:?}"),
            };
            // Loading skips them (see `is_embedded`): they are run here.
            let tests = crate::preset::validate::parse(&source.text).preset.map(|preset| preset.tests);
            assert!(tests.as_ref().is_some_and(|tests| tests.len() >= 3), "{name}");
            let failures = super::super::selftest::run(&tests.unwrap_or_default(), &active);
            assert!(failures.is_empty(), "{name}: {failures:?}");
        }
    }

    #[test]
    fn a_changed_builtin_document_runs_its_tests_when_loaded() {
        let Some(mut changed) = source("default") else { panic!("builtin:default is not embedded") };
        changed.text = changed.text.replacen(
            r#""tests": ["#,
            r#""tests": [{ "text": "Thanks!", "expect": ["builtin.call-to-action"] },"#,
            1,
        );
        assert!(!is_embedded(&changed));
        let errors = load(&changed, &BuiltinsOnly).err().map(|errors| errors.errors).unwrap_or_default();
        assert!(errors.iter().any(|error| error.path == "tests[0].expect[0]"), "{errors:?}");
        let renamed = Source { name: "team.json".into(), ..source("default").unwrap_or_else(|| panic!("embedded")) };
        assert!(!is_embedded(&renamed));
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
    fn a_builtin_s_title_is_its_document_s_name_and_version() {
        for (name, text) in DOCUMENTS {
            let file: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            let expected = (file["name"].as_str().map(String::from), file["version"].as_str().map(String::from));
            let title = title(name);
            assert_eq!((title.clone().map(|title| title.0), title.and_then(|title| title.1)), expected, "{name}");
        }
        assert_eq!(title("nonexistent"), None);
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
