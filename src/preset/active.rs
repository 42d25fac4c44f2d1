//! A preset ready to run: its checker (built-in rules plus its own, less those turned off) and its pre-post policy.

use std::collections::HashMap;

use serde::Serialize;

use super::budget;
use super::error::{JsonPath, PresetError};
use super::format::{GateMode, RuleSpec, Severity};
use super::layers::Lock;
use super::merge::Merged;
use super::policy::{self, Decision, Policy, ScoreCheck};
use super::rules;
use crate::engine::scoring::word_tone;
use crate::engine::{self, Checker, Effect, PerAxis, Principle, Report};
use crate::messages;
use crate::say;

/// The active preset: what the extension and the CLI check drafts with.
pub struct ActivePreset {
    info: PresetInfo,
    checker: Checker,
    policy: Policy,
    /// The preset's own rules as written (its parents' included), for naming the costliest ones (cost.rs).
    own_rules: Vec<RuleSpec>,
}

/// What the options page shows about the active preset.
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PresetInfo {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The preset, then the presets it extends, e.g. `["acme.json", "builtin:default"]`.
    pub chain: Vec<String>,
    pub gate: GateMode,
    /// Each score's check (`listening`, `respect`, `promotion` in the JSON).
    #[serde(flatten)]
    pub checks: PerAxis<ScoreCheck>,
    /// Every rule, built-in ones first, with its severity (`off` for a rule turned off).
    pub rules: Vec<RuleInfo>,
    /// The settings an administrator locked, each with the reason the user sees.
    pub locks: Vec<Lock>,
    /// What the preset asks for that has no effect (it is still accepted), each with its document, path and hint.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, ts(as = "Option<Vec<super::error::shape::PresetErrorShape>>", optional))]
    pub warnings: Vec<PresetError>,
}

/// One rule as the options page lists it.
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleInfo {
    pub id: String,
    /// `builtin`, `avoid`, `substitute`, `occurrence` or `pattern`.
    pub kind: &'static str,
    pub description: String,
    pub principle: Principle,
    /// `strength` for a rule that finds what works (never listed by the pre-post check, so `warn` acts as `hint`),
    /// `issue` for one that finds what to fix; none for a rule that decides per finding (word tone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effect: Option<Effect>,
    pub severity: Severity,
}

impl RuleInfo {
    /// Whether the rule only finds strengths, so the pre-post check never lists its findings.
    pub fn finds_strengths(&self) -> bool {
        self.effect == Some(Effect::Strength)
    }
}

/// The ids of the built-in rules and of the word-tone underlines, which `overrides` may name.
pub fn builtin_rule_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = engine::rules::builtin().iter().map(|rule| rule.id()).collect();
    ids.push(word_tone::ID);
    ids
}

/// Whether `id` is a built-in rule that only finds strengths (thanks, "please", an open question).
pub fn is_strength_rule(id: &str) -> bool {
    engine::rules::builtin().iter().any(|rule| rule.id() == id && rule.effect() == Some(Effect::Strength))
}

impl ActivePreset {
    /// Compiles a merged preset: its rules into the checker, its overrides and severities into the policy.
    pub fn compile(merged: &Merged) -> Result<Self, Vec<PresetError>> {
        let mut checker = Checker::default();
        let mut severities = HashMap::new();
        let mut infos = Vec::new();
        for info in builtin_infos(|id| merged.overrides.get(id).copied().unwrap_or(Severity::Hint)) {
            severities.insert(info.id.clone(), info.severity);
            infos.push(info);
        }
        // The patterns together are measured first: a preset over the budget is refused before any is compiled.
        budget::check(merged.rules.iter().enumerate()).map_err(|error| vec![error])?;
        let mut errors = Vec::new();
        let mut compiled = Vec::new();
        for (index, spec) in merged.rules.iter().enumerate() {
            let severity =
                merged.overrides.get(spec.id()).copied().or(spec.common().severity).unwrap_or(Severity::Warn);
            match rules::compile(spec, &JsonPath::root().key("rules").index(index)) {
                Ok(rule) => {
                    // A team's own rules find what to fix: each kind flags words or counts to avoid.
                    infos.push(RuleInfo {
                        id: spec.id().to_string(),
                        kind: spec.kind(),
                        description: rule.description().to_string(),
                        principle: rule.principle(),
                        effect: Some(Effect::Issue),
                        severity,
                    });
                    if severity != Severity::Off {
                        compiled.push(rule);
                    }
                }
                Err(rule_errors) => errors.extend(rule_errors),
            }
            severities.insert(spec.id().to_string(), severity);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let engine_rules = rules::assemble(compiled).map_err(|why| {
            let why = why.trim_end_matches('.');
            vec![PresetError::new(&JsonPath::root().key("rules"), say!(messages::PRESET_ERROR_PHRASES_UNCOMPILED, why))
                .with_hint(say!(messages::PRESET_ERROR_FEWER_PHRASES))]
        })?;
        for rule in engine_rules {
            checker.add_rule(rule);
        }
        for (id, _) in severities.iter().filter(|(_, severity)| **severity == Severity::Off) {
            checker.disable(id);
        }
        let gate = merged.gate.unwrap_or_default();
        let policy = Policy::new(gate, &merged.checks, severities);
        let info = PresetInfo {
            id: merged.id.clone(),
            name: merged.name.clone(),
            version: merged.version.clone(),
            description: merged.description.clone(),
            chain: merged.chain.clone(),
            gate,
            checks: policy.checks,
            rules: infos,
            locks: Vec::new(),
            warnings: merged.warnings.clone(),
        };
        Ok(Self { info, checker, policy, own_rules: merged.rules.clone() })
    }

    /// The built-in rules alone, with the pre-post check in `warn` mode and no thresholds.
    pub fn builtins_only() -> Self {
        let merged = Merged { id: "builtins".into(), name: "Built-in rules".into(), ..Merged::default() };
        let checker = Checker::default();
        let policy = Policy::new(GateMode::Warn, &merged.checks, HashMap::new());
        let rules = builtin_infos(|_| Severity::Hint);
        let info = PresetInfo {
            id: merged.id,
            name: merged.name,
            version: None,
            description: None,
            chain: Vec::new(),
            gate: policy.gate,
            checks: policy.checks,
            rules,
            locks: Vec::new(),
            warnings: Vec::new(),
        };
        Self { info, checker, policy, own_rules: Vec::new() }
    }

    /// The same preset, marked with the settings an administrator locked.
    pub fn with_locks(mut self, locks: Vec<Lock>) -> Self {
        self.info.locks = locks;
        self
    }

    /// Checks a draft with this preset's rules.
    pub fn check(&self, text: &str, context: Option<&str>) -> Report {
        self.checker.check(text, context)
    }

    /// The pre-post check's decision for a report made by [`ActivePreset::check`].
    pub fn decide(&self, report: &Report) -> Decision {
        policy::decide(&self.policy, report)
    }

    /// The preset's own rules as written, its parents' included.
    pub fn own_rules(&self) -> &[RuleSpec] {
        &self.own_rules
    }

    pub fn info(&self) -> &PresetInfo {
        &self.info
    }

    /// The severity of a rule, `None` when the preset has no such rule.
    pub fn severity(&self, rule: &str) -> Option<Severity> {
        self.policy.severities.get(rule).copied()
    }
}

/// What the options page lists of the engine's own findings, each at the severity given for its id: the built-in
/// rules, then the word-tone underlines (which decide per word whether they found a strength or an issue).
fn builtin_infos(severity: impl Fn(&str) -> Severity) -> Vec<RuleInfo> {
    let mut infos: Vec<RuleInfo> = engine::rules::builtin()
        .iter()
        .map(|rule| RuleInfo {
            id: rule.id().to_string(),
            kind: "builtin",
            description: rule.description().to_string(),
            principle: rule.principle(),
            effect: rule.effect(),
            severity: severity(rule.id()),
        })
        .collect();
    infos.push(RuleInfo {
        id: word_tone::ID.to_string(),
        kind: "builtin",
        description: word_tone::DESCRIPTION.to_string(),
        principle: word_tone::PRINCIPLE,
        effect: None,
        severity: severity(word_tone::ID),
    });
    infos
}
