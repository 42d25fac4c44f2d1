//! The layers over a team preset, highest first: an admin's locks, the user's own choices, the preset, the built-ins.
//!
//! The user's choices are stored apart from any preset, so a preset update never wipes them; a choice about a rule
//! the preset no longer has simply waits unused.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::format::{Checks, GateMode, Severity};
use super::merge::{merge_check, Merged};
use crate::engine::Axis;

/// What the user chose on the options page.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct UserChoices {
    /// Rules the user turned off (or set to `hint` / `warn`), by id.
    #[serde(default)]
    #[cfg_attr(test, ts(as = "Option<BTreeMap<String, Severity>>", optional))]
    pub rules: BTreeMap<String, Severity>,
    /// The user's own thresholds, field by field over the preset's.
    #[serde(default)]
    #[cfg_attr(test, ts(as = "Option<Checks>", optional))]
    pub checks: Checks,
    #[serde(default)]
    #[cfg_attr(test, ts(optional))]
    pub gate: Option<GateMode>,
}

/// What an administrator set through `chrome.storage.managed`: each check or gate set here is locked.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AdminLocks {
    #[serde(default)]
    #[cfg_attr(test, ts(as = "Option<Checks>", optional))]
    pub checks: Checks,
    #[serde(default)]
    #[cfg_attr(test, ts(optional))]
    pub gate: Option<GateMode>,
}

/// A setting the user cannot change, and why.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lock {
    /// `listening`, `respect`, `promotion` or `gate`.
    pub setting: &'static str,
    pub reason: String,
}

const LOCK_REASON: &str = crate::messages::PRESET_LOCK_REASON.english;

/// Applies the user's choices, then the admin's locks, over a merged preset; returns what is locked.
pub fn apply(merged: &mut Merged, user: &UserChoices, admin: &AdminLocks) -> Vec<Lock> {
    for (id, severity) in &user.rules {
        merged.overrides.insert(id.clone(), *severity);
    }
    let mut locks = Vec::new();
    for axis in Axis::ALL {
        let (slot, admin_check) = (merged.checks.get_mut(axis), admin.checks.get(axis));
        *slot = merge_check(slot.take(), user.checks.get(axis));
        if admin_check.is_some() {
            *slot = merge_check(slot.take(), admin_check);
            locks.push(Lock { setting: axis.name(), reason: LOCK_REASON.into() });
        }
    }
    merged.gate = admin.gate.or(user.gate).or(merged.gate);
    if admin.gate.is_some() {
        locks.push(Lock { setting: "gate", reason: LOCK_REASON.into() });
    }
    locks
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::preset::format::Check;

    fn merged() -> Merged {
        let mut merged = Merged::default();
        merged.checks.promotion = Some(Check { warn_above: Some(0.6), ..Check::default() });
        merged.gate = Some(GateMode::Warn);
        merged.overrides.insert("builtin.gratitude".into(), Severity::Hint);
        merged
    }

    fn layer<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
        serde_json::from_value(value).unwrap_or_else(|error| panic!("test layer: {error}"))
    }

    #[test]
    fn the_users_choices_win_over_the_preset() {
        let mut merged = merged();
        let user: UserChoices = layer(
            json!({"rules": {"no-hard-sell": "off"}, "checks": {"promotion": {"warnAbove": 0.8}}, "gate": "off"}),
        );
        let locks = apply(&mut merged, &user, &AdminLocks::default());
        assert!(locks.is_empty());
        assert_eq!(merged.overrides.get("no-hard-sell"), Some(&Severity::Off));
        assert_eq!(merged.checks.promotion.and_then(|c| c.warn_above), Some(0.8));
        assert_eq!(merged.gate, Some(GateMode::Off));
    }

    #[test]
    fn an_admin_lock_wins_over_the_user_and_says_why() {
        let mut merged = merged();
        let user: UserChoices = layer(json!({"checks": {"promotion": {"enabled": false}}, "gate": "off"}));
        let admin: AdminLocks =
            layer(json!({"checks": {"promotion": {"enabled": true, "warnAbove": 0.5}}, "gate": "hold"}));
        let locks = apply(&mut merged, &user, &admin);
        let promotion = merged.checks.promotion.unwrap_or_default();
        assert_eq!((promotion.enabled, promotion.warn_above), (Some(true), Some(0.5)));
        assert_eq!(merged.gate, Some(GateMode::Hold));
        let locked: Vec<&str> = locks.iter().map(|lock| lock.setting).collect();
        assert_eq!(locked, ["promotion", "gate"]);
        assert!(locks[0].reason.contains("administrator"));
    }

    #[test]
    fn a_choice_about_a_rule_the_preset_lacks_waits_unused() {
        let mut merged = merged();
        let user: UserChoices = layer(json!({"rules": {"rule-from-an-old-version": "off"}}));
        apply(&mut merged, &user, &AdminLocks::default());
        assert_eq!(merged.overrides.get("rule-from-an-old-version"), Some(&Severity::Off));
    }

    #[test]
    fn unknown_keys_in_a_layer_are_refused() {
        assert!(serde_json::from_value::<AdminLocks>(json!({"lockEverything": true})).is_err());
    }
}
