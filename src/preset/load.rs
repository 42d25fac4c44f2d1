//! Loads a preset: reads it, follows `extends` (at most 3 deep, no cycles), merges, compiles and runs its tests.
//!
//! Accepting is all or nothing: `load` returns a new [`ActivePreset`] or every error, and changes nothing else.

use super::active::{builtin_rule_ids, is_strength_rule, ActivePreset};
use super::builtin;
use super::error::{JsonPath, PresetError, PresetErrors, Text};
use super::format::{Preset, Severity};
use super::layers::{self, AdminLocks, UserChoices};
use super::limits::MAX_EXTENDS_DEPTH;
use super::merge::{merge, Merged};
use super::selftest;
use super::suggest;
use super::validate;
use crate::messages as m;
use crate::say;

/// A preset document and the name it is known by (a file path, a URL, `builtin:default`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// Finds the preset an `extends` names (built-ins are found without it).
pub trait Resolver {
    /// The document `reference` names, as seen from the document named `from`; or why it cannot be had.
    fn resolve(&self, reference: &str, from: &str) -> Result<Source, Text>;
}

/// A resolver for where only built-in presets can be extended (a pasted preset, the extension today).
pub struct BuiltinsOnly;

impl Resolver for BuiltinsOnly {
    fn resolve(&self, _reference: &str, _from: &str) -> Result<Source, Text> {
        Err(say!(m::PRESET_ERROR_ONLY_BUILTINS, suggest::list(builtin::NAMES.iter().copied())))
    }
}

/// Loads `source` and everything it extends; returns the preset ready to run, or every error found in any of them.
pub fn load(source: &Source, resolver: &dyn Resolver) -> Result<ActivePreset, PresetErrors> {
    load_with(source, resolver, &UserChoices::default(), &AdminLocks::default())
}

/// Loads a preset as [`load`] does, then applies the user's choices and the admin's locks over it. The preset's
/// own tests run on the preset alone: a user's choice never makes a team preset fail.
pub fn load_with(
    source: &Source,
    resolver: &dyn Resolver,
    user: &UserChoices,
    admin: &AdminLocks,
) -> Result<ActivePreset, PresetErrors> {
    let mut chain = Vec::new();
    let (mut merged, active) = load_layer(source, resolver, &mut chain).map_err(|errors| PresetErrors { errors })?;
    if *user == UserChoices::default() && *admin == AdminLocks::default() {
        return Ok(active);
    }
    let locks = layers::apply(&mut merged, user, admin);
    ActivePreset::compile(&merged).map(|active| active.with_locks(locks)).map_err(|errors| PresetErrors { errors })
}

fn load_layer(
    source: &Source,
    resolver: &dyn Resolver,
    chain: &mut Vec<String>,
) -> Result<(Merged, ActivePreset), Vec<PresetError>> {
    let document = (!chain.is_empty()).then(|| source.name.clone());
    chain.push(source.name.clone());
    let result = read_layer(source, resolver, chain);
    chain.pop();
    result.map_err(|(own, inherited)| {
        let mut errors: Vec<PresetError> =
            own.into_iter().map(|error| PresetError { document: document.clone(), ..error }).collect();
        errors.extend(inherited);
        errors
    })
}

/// Reads one layer; on failure, its own errors (to be tagged with its name) and its parents' (already tagged).
fn read_layer(
    source: &Source,
    resolver: &dyn Resolver,
    chain: &mut Vec<String>,
) -> Result<(Merged, ActivePreset), (Vec<PresetError>, Vec<PresetError>)> {
    let parsed = validate::parse(&source.text);
    let mut own = parsed.errors;
    let mut inherited = Vec::new();
    let parent = match &parsed.extends {
        Some(reference) => match parent_source(reference, source, resolver, chain) {
            Ok(parent) => match load_layer(&parent, resolver, chain) {
                Ok((merged, _)) => Some(merged),
                Err(errors) => {
                    inherited = errors;
                    None
                }
            },
            Err(error) => {
                own.push(error);
                None
            }
        },
        None => Some(Merged::default()),
    };
    let (Some(preset), Some(parent), true) = (parsed.preset, parent, own.is_empty() && inherited.is_empty()) else {
        return Err((own, inherited));
    };
    let mut merged = merge(parent, &preset, &source.name);
    let document = (chain.len() > 1).then(|| source.name.clone());
    merged.warnings = with_own_warnings(&preset, document, std::mem::take(&mut merged.warnings));
    let mut known: Vec<&str> = builtin_rule_ids();
    known.extend(merged.rules.iter().map(|rule| rule.id()));
    for id in preset.overrides.keys().filter(|id| !known.contains(&id.as_str())) {
        let hint = suggest::did_you_mean(id, known.iter().copied())
            .unwrap_or_else(|| say!(m::PRESET_ERROR_RULES_HERE, suggest::list(known.iter().copied())));
        own.push(PresetError::new(&override_path(id), say!(m::PRESET_ERROR_NO_OVERRIDE_RULE, id)).with_hint(hint));
    }
    if !own.is_empty() {
        return Err((own, inherited));
    }
    let active = ActivePreset::compile(&merged).map_err(|errors| (errors, Vec::new()))?;
    // A built-in preset as embedded passes its own tests by construction (`cargo test` runs them, and the same engine
    // gives the same findings): at every engine start they would only be run again.
    let failures = if builtin::is_embedded(source) { Vec::new() } else { selftest::run(&preset.tests, &active) };
    if failures.is_empty() {
        Ok((merged, active))
    } else {
        Err((failures, inherited))
    }
}

/// This document's warnings, then those of its parents that it does not settle itself (an override of the same rule
/// replaces the parent's). `document` names this document when it is a parent of the preset being loaded.
fn with_own_warnings(preset: &Preset, document: Option<String>, inherited: Vec<PresetError>) -> Vec<PresetError> {
    let mut warnings: Vec<PresetError> = strength_at_warn(preset)
        .into_iter()
        .map(|warning| PresetError { document: document.clone(), ..warning })
        .collect();
    let settled: Vec<String> = preset.overrides.keys().map(|id| override_path(id).to_string()).collect();
    warnings.extend(inherited.into_iter().filter(|warning| !settled.contains(&warning.path)));
    warnings
}

/// `warn` on a rule that finds strengths: the pre-post check lists only issues, so the rule acts as `hint`.
fn strength_at_warn(preset: &Preset) -> Vec<PresetError> {
    preset
        .overrides
        .iter()
        .filter(|(id, severity)| **severity == Severity::Warn && is_strength_rule(id))
        .map(|(id, _)| {
            PresetError::new(&override_path(id), say!(m::PRESET_ERROR_STRENGTH_AT_WARN, id))
                .with_hint(say!(m::PRESET_ERROR_HINT_OR_OFF))
        })
        .collect()
}

fn override_path(id: &str) -> JsonPath {
    JsonPath::root().key("overrides").key(id)
}

/// The document `extends` names, once the chain is known to stay short and free of cycles.
fn parent_source(
    reference: &str,
    source: &Source,
    resolver: &dyn Resolver,
    chain: &[String],
) -> Result<Source, PresetError> {
    let path = JsonPath::root().key("extends");
    if chain.len() > MAX_EXTENDS_DEPTH {
        return Err(PresetError::new(
            &path,
            say!(
                m::PRESET_ERROR_TOO_DEEP,
                MAX_EXTENDS_DEPTH.to_string(),
                format!("{} → {reference}", chain.join(" → "))
            ),
        )
        .with_hint(say!(m::PRESET_ERROR_FOLD)));
    }
    let parent = if let Some(name) = reference.strip_prefix(builtin::PREFIX) {
        builtin::source(name).ok_or_else(|| {
            let hint = suggest::closest(name, builtin::NAMES.iter().map(|n| &n[builtin::PREFIX.len()..]))
                .map(|closest| say!(m::PRESET_ERROR_DID_YOU_MEAN, format!("{}{closest}", builtin::PREFIX)))
                .unwrap_or_else(|| say!(m::PRESET_ERROR_BUILTINS, suggest::list(builtin::NAMES.iter().copied())));
            PresetError::new(&path, say!(m::PRESET_ERROR_NO_BUILTIN, reference)).with_hint(hint)
        })?
    } else {
        resolver.resolve(reference, &source.name).map_err(|why| {
            PresetError::new(&path, say!(m::PRESET_ERROR_CANNOT_READ, reference, why))
                .with_hint(say!(m::PRESET_ERROR_CHECK_NAME))
        })?
    };
    if chain.contains(&parent.name) {
        return Err(PresetError::new(
            &path,
            say!(m::PRESET_ERROR_CYCLE, reference, format!("{} → {}", chain.join(" → "), parent.name)),
        )
        .with_hint(say!(m::PRESET_ERROR_NO_CIRCLE)));
    }
    Ok(parent)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use serde_json::{json, Value};

    use super::*;
    use crate::preset::format::{GateMode, Severity};

    /// Presets by name, as if they were files next to each other.
    struct Files(HashMap<String, String>);

    impl Resolver for Files {
        fn resolve(&self, reference: &str, _from: &str) -> Result<Source, Text> {
            let text = self.0.get(reference).ok_or_else(|| say!(m::PRESET_ERROR_AS_IS, "no such file"))?;
            Ok(Source { name: reference.to_string(), text: text.clone() })
        }
    }

    fn preset(id: &str, extra: Value) -> String {
        let mut preset = json!({"format": 1, "id": id, "name": id});
        if let (Some(target), Some(extra)) = (preset.as_object_mut(), extra.as_object()) {
            target.extend(extra.clone());
        }
        preset.to_string()
    }

    fn files(entries: &[(&str, String)]) -> Files {
        Files(entries.iter().map(|(name, text)| (name.to_string(), text.clone())).collect())
    }

    fn load_from(files: &Files, name: &str) -> Result<ActivePreset, Vec<String>> {
        let source = Source { name: name.to_string(), text: files.0.get(name).cloned().unwrap_or_default() };
        load(&source, files).map_err(|errors| errors.errors.iter().map(ToString::to_string).collect())
    }

    fn error_of(result: Result<ActivePreset, Vec<String>>) -> Vec<String> {
        result.err().unwrap_or_default()
    }

    #[test]
    fn a_preset_extends_a_builtin_and_inherits_its_checks_and_gate() {
        let team = files(&[("team.json", preset("team", json!({"extends": "builtin:support-desk"})))]);
        let active = load_from(&team, "team.json");
        let info = active.as_ref().map(|a| a.info().clone()).map_err(Clone::clone);
        let info = info.unwrap_or_else(|errors| panic!("{errors:?}"));
        assert_eq!(info.chain, ["team.json", "builtin:support-desk", "builtin:default"]);
        assert_eq!(info.gate, GateMode::Warn);
        assert_eq!(info.checks.promotion.warn_above, Some(0.5));
        assert!(info.rules.iter().any(|rule| rule.id == "form-letter" && rule.severity == Severity::Warn));
    }

    #[test]
    fn a_preset_rule_underlines_and_its_warn_severity_stops_the_post() {
        let team = files(&[(
            "team.json",
            preset(
                "team",
                json!({"gate": "hold", "rules": [{"id": "no-hard-sell", "kind": "avoid", "phrases": ["limited time"]}]}),
            ),
        )]);
        let Ok(active) = load_from(&team, "team.json") else { panic!("the preset should load") };
        let report = active.check("Limited time offer for the community.", None);
        assert!(report.findings.iter().any(|f| f.rule == "no-hard-sell" && (f.start, f.end) == (0, 12)));
        let decision = active.decide(&report);
        assert!(decision.show);
        assert_eq!(decision.mode, GateMode::Hold);
        assert_eq!(decision.issues[0].rule, "no-hard-sell");
    }

    #[test]
    fn overrides_turn_a_builtin_rule_off() {
        let team = files(&[("team.json", preset("team", json!({"overrides": {"builtin.gratitude": "off"}})))]);
        let Ok(active) = load_from(&team, "team.json") else { panic!("the preset should load") };
        assert!(!active.check("Thanks so much!", None).findings.iter().any(|f| f.rule == "builtin.gratitude"));
        assert!(engine_fires("Thanks so much!", "builtin.gratitude"));
    }

    fn engine_fires(text: &str, rule: &str) -> bool {
        crate::engine::check(text, None).findings.iter().any(|f| f.rule == rule)
    }

    #[test]
    fn a_users_choice_turns_a_preset_rule_off_and_an_admin_lock_holds_a_check() {
        let team = preset(
            "team",
            json!({"extends": "builtin:launch", "tests": [{"text": "Act now!", "expect": ["pressure-tactics"]}]}),
        );
        let source = Source { name: "team.json".into(), text: team };
        let user: UserChoices = serde_json::from_value(
            json!({"rules": {"pressure-tactics": "off"}, "checks": {"promotion": {"enabled": false}}}),
        )
        .unwrap_or_default();
        let admin: AdminLocks =
            serde_json::from_value(json!({"checks": {"promotion": {"enabled": true, "warnAbove": 0.3}}}))
                .unwrap_or_default();
        let Ok(active) = load_with(&source, &BuiltinsOnly, &user, &admin) else { panic!("the preset should load") };
        assert!(active.check("Act now!", None).findings.iter().all(|f| f.rule != "pressure-tactics"));
        let info = active.info();
        assert_eq!((info.checks.promotion.enabled, info.checks.promotion.warn_above), (true, Some(0.3)));
        assert_eq!(info.locks.iter().map(|lock| lock.setting).collect::<Vec<_>>(), ["promotion"]);
        assert!(info.rules.iter().any(|rule| rule.id == "pressure-tactics" && rule.severity == Severity::Off));
    }

    #[test]
    fn a_child_can_turn_off_a_parent_rule() {
        let base = preset("base", json!({"rules": [{"id": "no-synergy", "kind": "avoid", "phrases": ["synergy"]}]}));
        let child = preset("child", json!({"extends": "base.json", "overrides": {"no-synergy": "off"}}));
        let Ok(active) = load_from(&files(&[("base.json", base), ("child.json", child)]), "child.json") else {
            panic!("the preset should load")
        };
        assert!(active.check("Synergy!", None).findings.iter().all(|f| f.rule != "no-synergy"));
    }

    #[test]
    fn an_override_of_an_unknown_rule_suggests_the_closest() {
        let team = files(&[("team.json", preset("team", json!({"overrides": {"builtin.gratitud": "off"}})))]);
        assert_eq!(
            error_of(load_from(&team, "team.json")),
            [
                r#"overrides["builtin.gratitud"]: there is no rule `builtin.gratitud` to override. Did you mean `builtin.gratitude`?"#
            ]
        );
    }

    fn warnings_of(active: &ActivePreset) -> Vec<String> {
        active.info().warnings.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn warn_on_a_strength_rule_is_accepted_with_a_warning_at_its_path() {
        let overrides = json!({"overrides": {"builtin.gratitude": "warn", "builtin.condescension": "warn"}});
        let team = files(&[("team.json", preset("team", overrides))]);
        let Ok(active) = load_from(&team, "team.json") else { panic!("the preset should load") };
        assert_eq!(
            warnings_of(&active),
            [
                r#"overrides["builtin.gratitude"]: `builtin.gratitude` finds strengths (what works), and the check before posting never lists a strength, so `warn` has no effect: the rule works as `hint`. Use `hint` to keep it, or `off` to turn it off."#
            ],
            "an issue rule at `warn` is what `warn` is for"
        );
        let decision = active.decide(&active.check("Thanks so much for the report!", None));
        assert!(!decision.show, "thanks still never holds a post");
    }

    #[test]
    fn a_parent_s_warning_names_the_parent_unless_the_child_settles_that_rule() {
        let base = preset("base", json!({"overrides": {"builtin.please": "warn", "builtin.gratitude": "warn"}}));
        let child = preset("child", json!({"extends": "base.json", "overrides": {"builtin.gratitude": "hint"}}));
        let Ok(active) = load_from(&files(&[("base.json", base), ("child.json", child)]), "child.json") else {
            panic!("the preset should load")
        };
        let warnings = &active.info().warnings;
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].document.as_deref(), Some("base.json"));
        assert_eq!(warnings[0].path, r#"overrides["builtin.please"]"#);
    }

    #[test]
    fn the_shipped_presets_ask_for_nothing_without_effect() {
        for name in builtin::NAMES {
            let Some(source) = name.strip_prefix(builtin::PREFIX).and_then(builtin::source) else {
                panic!("{name} is shipped")
            };
            let Ok(active) = load(&source, &BuiltinsOnly) else { panic!("{name} loads") };
            assert_eq!(warnings_of(&active), Vec::<String>::new(), "{name}");
        }
    }

    #[test]
    fn each_rule_says_whether_it_finds_strengths() {
        let team = files(&[(
            "team.json",
            preset("team", json!({"rules": [{"id": "no-hard-sell", "kind": "avoid", "phrases": ["buy now"]}]})),
        )]);
        let Ok(active) = load_from(&team, "team.json") else { panic!("the preset should load") };
        let finds_strengths =
            |id: &str| active.info().rules.iter().find(|rule| rule.id == id).map(|rule| rule.finds_strengths());
        assert_eq!(finds_strengths("builtin.gratitude"), Some(true));
        assert_eq!(finds_strengths("builtin.condescension"), Some(false));
        assert_eq!(finds_strengths("no-hard-sell"), Some(false), "a team's own rules find what to fix");
    }

    #[test]
    fn a_cycle_is_refused_with_the_chain_named() {
        let a = preset("a", json!({"extends": "b.json"}));
        let b = preset("b", json!({"extends": "a.json"}));
        assert_eq!(
            error_of(load_from(&files(&[("a.json", a), ("b.json", b)]), "a.json")),
            ["b.json: extends: `a.json` is already in this chain (a.json → b.json → a.json). Presets cannot extend each other in a circle: remove one of these `extends`."]
        );
        let me = preset("me", json!({"extends": "me.json"}));
        assert_eq!(error_of(load_from(&files(&[("me.json", me)]), "me.json")).len(), 1);
    }

    #[test]
    fn three_levels_of_extends_are_fine_and_four_are_refused() {
        let link = |id: &str, parent: &str| preset(id, json!({"extends": parent}));
        let chain = files(&[
            ("a.json", link("a", "b.json")),
            ("b.json", link("b", "c.json")),
            ("c.json", link("c", "d.json")),
            ("d.json", link("d", "e.json")),
            ("e.json", preset("e", json!({}))),
        ]);
        assert!(load_from(&chain, "b.json").is_ok());
        assert_eq!(
            error_of(load_from(&chain, "a.json")),
            ["d.json: extends: presets extend each other more than 3 levels deep (a.json → b.json → c.json → d.json → e.json). Fold one of these presets into its parent."]
        );
    }

    #[test]
    fn errors_in_a_parent_are_reported_under_its_name_with_the_childs() {
        let base = preset("base", json!({"gate": "hodl"}));
        let child = preset("child", json!({"extends": "base.json", "colour": "red"}));
        let errors = error_of(load_from(&files(&[("base.json", base), ("child.json", child)]), "child.json"));
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("colour: unknown key `colour`."));
        assert_eq!(errors[1], "base.json: gate: `hodl` is not allowed here. Did you mean `hold`?");
    }

    #[test]
    fn a_missing_parent_or_builtin_is_named() {
        let lost = files(&[("team.json", preset("team", json!({"extends": "nowhere.json"})))]);
        assert_eq!(
            error_of(load_from(&lost, "team.json")),
            ["extends: cannot read `nowhere.json`: no such file. Check the name; a parent preset is looked up next to this one."]
        );
        let typo = files(&[("team.json", preset("team", json!({"extends": "builtin:suport-desk"})))]);
        assert_eq!(
            error_of(load_from(&typo, "team.json")),
            ["extends: there is no built-in preset `builtin:suport-desk`. Did you mean `builtin:support-desk`?"]
        );
    }

    #[test]
    fn only_builtins_can_be_extended_without_a_resolver() {
        let source = Source { name: "pasted".into(), text: preset("team", json!({"extends": "base.json"})) };
        let errors = load(&source, &BuiltinsOnly).err().map(|e| e.errors[0].to_string()).unwrap_or_default();
        assert!(
            errors.starts_with("extends: cannot read `base.json`: only the built-in presets (`builtin:default`"),
            "{errors}"
        );
    }

    #[test]
    fn a_failing_test_is_reported_with_what_fired() {
        let team = files(&[(
            "team.json",
            preset(
                "team",
                json!({"rules": [{"id": "no-hard-sell", "kind": "avoid", "phrases": ["buy now"]}],
                "tests": [{"text": "Purchase today", "expect": ["no-hard-sell"]},
                          {"text": "Buy now", "expectNot": ["no-hard-sell"]},
                          {"text": "Hello", "expect": ["no-hard-sel"]}]}),
            ),
        )]);
        let errors = error_of(load_from(&team, "team.json"));
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].starts_with("tests[0].expect[0]: test failed: `no-hard-sell` did not fire on \"Purchase today\"")
        );
        assert!(errors[1]
            .starts_with("tests[1].expectNot[0]: test failed: `no-hard-sell` fired on \"Buy now\", but should not."));
        assert_eq!(errors[2], "tests[2].expect[0]: there is no rule `no-hard-sel`. Did you mean `no-hard-sell`?");
    }

    #[test]
    fn a_test_expecting_a_rule_that_is_off_says_so() {
        let team = files(&[(
            "team.json",
            preset(
                "team",
                json!({"overrides": {"builtin.gratitude": "off"}, "tests": [{"text": "Thanks!", "expect": ["builtin.gratitude"]}]}),
            ),
        )]);
        assert_eq!(
            error_of(load_from(&team, "team.json")),
            ["tests[0].expect[0]: rule `builtin.gratitude` is turned off, so it cannot fire. Remove it from `expect`, or turn it back on in `overrides`."]
        );
    }

    #[test]
    fn a_gate_expectation_is_checked() {
        let team = files(&[(
            "team.json",
            preset(
                "team",
                json!({"gate": "off", "rules": [{"id": "no-hard-sell", "kind": "avoid", "phrases": ["buy now"]}],
                "tests": [{"text": "Buy now", "expectGate": true}]}),
            ),
        )]);
        let errors = error_of(load_from(&team, "team.json"));
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("tests[0].expectGate: test failed: the pre-post check lets \"Buy now\" through"));
    }
}
