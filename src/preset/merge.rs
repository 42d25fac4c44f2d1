//! How a preset builds on its parent (`extends`): what the child sets wins, rule by rule and field by field.

use std::collections::BTreeMap;

use super::error::PresetError;
use super::format::{Check, Checks, GateMode, Preset, RuleSpec, Severity};

/// A preset with its parents folded in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Merged {
    pub id: String,
    pub name: String,
    pub version: Option<String>,
    pub description: Option<String>,
    /// The names of the documents merged, the preset first, then its parent, and so on.
    pub chain: Vec<String>,
    pub checks: Checks,
    pub gate: Option<GateMode>,
    pub rules: Vec<RuleSpec>,
    pub overrides: BTreeMap<String, Severity>,
    /// What the documents merged so far ask for that has no effect (the loader adds each document's own).
    pub warnings: Vec<PresetError>,
}

/// Folds `child` (named `name`) over its parent's merged preset:
/// - rules: the parent's first; a child rule with a parent rule's id replaces it where it stood; others are added;
/// - checks: per score and per field (`enabled`, `warnAbove`, `warnBelow`), the child's value when it sets one;
/// - gate: the child's when set;
/// - overrides: both, the child's winning for the same rule;
/// - id, name, version, description: the child's (its tests are its own and do not merge).
pub fn merge(parent: Merged, child: &Preset, name: &str) -> Merged {
    let mut rules = parent.rules;
    for rule in &child.rules {
        match rules.iter_mut().find(|existing| existing.id() == rule.id()) {
            Some(existing) => *existing = rule.clone(),
            None => rules.push(rule.clone()),
        }
    }
    let mut overrides = parent.overrides;
    overrides.extend(child.overrides.iter().map(|(id, severity)| (id.clone(), *severity)));
    let mut chain = vec![name.to_string()];
    chain.extend(parent.chain);
    Merged {
        id: child.id.clone(),
        name: child.name.clone(),
        version: child.version.clone(),
        description: child.description.clone(),
        chain,
        checks: Checks {
            listening: merge_check(parent.checks.listening, &child.checks.listening),
            respect: merge_check(parent.checks.respect, &child.checks.respect),
            promotion: merge_check(parent.checks.promotion, &child.checks.promotion),
        },
        gate: child.gate.or(parent.gate),
        rules,
        overrides,
        warnings: parent.warnings,
    }
}

/// One score's check, the `child` fields over the `parent`'s.
pub fn merge_check(parent: Option<Check>, child: &Option<Check>) -> Option<Check> {
    match (parent, child) {
        (Some(parent), Some(child)) => Some(Check {
            enabled: child.enabled.or(parent.enabled),
            warn_above: child.warn_above.or(parent.warn_above),
            warn_below: child.warn_below.or(parent.warn_below),
        }),
        (parent, child) => child.clone().or(parent),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn preset(value: serde_json::Value) -> Preset {
        let mut base = json!({"format": 1, "id": "p", "name": "P"});
        if let (Some(target), Some(extra)) = (base.as_object_mut(), value.as_object()) {
            target.extend(extra.clone());
        }
        serde_json::from_value(base).unwrap_or_else(|error| panic!("test preset: {error}"))
    }

    fn parent() -> Merged {
        let parent = preset(json!({"id": "base", "gate": "hold",
            "checks": {"promotion": {"warnAbove": 0.6}, "respect": {"warnBelow": 0.4}},
            "rules": [{"id": "a", "kind": "avoid", "phrases": ["x"]}, {"id": "b", "kind": "avoid", "phrases": ["y"]}],
            "overrides": {"builtin.gratitude": "off", "builtin.condescension": "warn"}}));
        merge(Merged::default(), &parent, "base.json")
    }

    #[test]
    fn a_child_rule_with_a_parent_rule_id_replaces_it_in_place() {
        let child = preset(
            json!({"rules": [{"id": "a", "kind": "avoid", "phrases": ["z"]}, {"id": "c", "kind": "avoid", "phrases": ["w"]}]}),
        );
        let merged = merge(parent(), &child, "child.json");
        let ids: Vec<&str> = merged.rules.iter().map(RuleSpec::id).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert!(matches!(&merged.rules[0], RuleSpec::Avoid(rule) if rule.phrases == ["z"]));
    }

    #[test]
    fn checks_merge_field_by_field() {
        let child = preset(json!({"checks": {"promotion": {"enabled": false}, "listening": {"warnBelow": 0.2}}}));
        let merged = merge(parent(), &child, "child.json");
        let promotion = merged.checks.promotion.unwrap_or_default();
        assert_eq!((promotion.enabled, promotion.warn_above), (Some(false), Some(0.6)));
        assert_eq!(merged.checks.respect.and_then(|c| c.warn_below), Some(0.4));
        assert_eq!(merged.checks.listening.and_then(|c| c.warn_below), Some(0.2));
    }

    #[test]
    fn the_gate_is_inherited_unless_the_child_sets_it() {
        assert_eq!(merge(parent(), &preset(json!({})), "c").gate, Some(GateMode::Hold));
        assert_eq!(merge(parent(), &preset(json!({"gate": "off"})), "c").gate, Some(GateMode::Off));
    }

    #[test]
    fn overrides_add_up_and_the_child_wins() {
        let child = preset(json!({"overrides": {"builtin.gratitude": "hint", "a": "off"}}));
        let merged = merge(parent(), &child, "child.json");
        let overrides: Vec<(&str, Severity)> = merged.overrides.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(
            overrides,
            [("a", Severity::Off), ("builtin.condescension", Severity::Warn), ("builtin.gratitude", Severity::Hint)]
        );
    }

    #[test]
    fn the_child_names_the_result_and_the_chain_records_both() {
        let merged = merge(parent(), &preset(json!({"id": "team", "name": "Team", "version": "2.0.0"})), "child.json");
        assert_eq!(
            (merged.id.as_str(), merged.name.as_str(), merged.version.as_deref()),
            ("team", "Team", Some("2.0.0"))
        );
        assert_eq!(merged.chain, ["child.json", "base.json"]);
    }
}
