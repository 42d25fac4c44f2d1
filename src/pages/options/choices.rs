//! The user's own choices over the preset (rules turned off or on, check thresholds, the pre-post mode), as the
//! options page's controls edit them. They are stored apart from any preset, so that no preset update wipes them.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::engine::Axis;
use crate::preset::format::Check;
use crate::preset::{GateMode, Severity, UserChoices};

/// A change the user made on the options page.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A rule's level: off, underline only (`hint`), or underline and stop the post (`warn`).
    RuleLevel { id: String, level: Severity },
    /// A score's check switched on or off.
    CheckEnabled { score: Axis, enabled: bool },
    /// A score's threshold, 0 to 1; `None` goes back to the preset's.
    Threshold { score: Axis, value: Option<f64> },
    /// The pre-post mode; `None` goes back to the preset's.
    Gate(Option<GateMode>),
    /// Every check and the mode back to the preset's.
    ResetChecks,
}

/// A level as the page's controls name it.
fn severity_named(name: &str) -> Option<Severity> {
    match name {
        "off" => Some(Severity::Off),
        "hint" => Some(Severity::Hint),
        "warn" => Some(Severity::Warn),
        _ => None,
    }
}

impl Edit {
    /// The edit a control's `data-action` and state stand for; `None` when the control holds no usable value (a
    /// threshold typed out of range waits for a valid one). `property` reads a DOM property of the control.
    pub fn from_control(
        action: &str,
        control: &Element,
        property: impl Fn(&str) -> JsValue,
    ) -> Result<Option<Edit>, JsValue> {
        let checked = || property("checked").as_bool().unwrap_or(false);
        let value = || property("value").as_string().unwrap_or_default();
        let score = || control.get_attribute("data-score").as_deref().and_then(Axis::named);
        Ok(match action {
            "rule" => control
                .get_attribute("data-rule")
                .zip(severity_named(&value()))
                .map(|(id, level)| Edit::RuleLevel { id, level }),
            // "Turn back on" in the list of rules the user turned off: the level the preset gives the rule.
            "turn-on" => control
                .get_attribute("data-rule")
                .zip(control.get_attribute("data-level").as_deref().and_then(severity_named))
                .map(|(id, level)| Edit::RuleLevel { id, level }),
            "check-enabled" => score().map(|score| Edit::CheckEnabled { score, enabled: checked() }),
            "threshold" => score().and_then(|score| {
                let text = value();
                if text.trim().is_empty() {
                    return Some(Edit::Threshold { score, value: None });
                }
                // Whole percents, as the badge shows scores (and no float parser in the wasm for it).
                let percent = text.trim().parse::<u8>().ok().filter(|percent| *percent <= 100)?;
                Some(Edit::Threshold { score, value: Some(f64::from(percent) / 100.0) })
            }),
            "gate" => Some(Edit::Gate(match value().as_str() {
                "off" => Some(GateMode::Off),
                "warn" => Some(GateMode::Warn),
                "hold" => Some(GateMode::Hold),
                _ => None,
            })),
            "reset-checks" => Some(Edit::ResetChecks),
            _ => None,
        })
    }

    /// Applies the edit to the user's choices and the rules turned off from a card. `preset_rule` is a rule's
    /// severity in the preset alone with whether it finds strengths: a level the preset already gives is no choice
    /// of the user's, and a strength is kept at `hint`, since the check before posting never lists one.
    pub fn apply(
        &self,
        choices: &mut UserChoices,
        disabled: &mut Vec<String>,
        preset_rule: impl Fn(&str) -> Option<(Severity, bool)>,
    ) {
        match self {
            Edit::RuleLevel { id, level } => {
                let preset = preset_rule(id);
                let finds_strengths = preset.is_some_and(|(_, strengths)| strengths);
                let level = if finds_strengths && *level == Severity::Warn { Severity::Hint } else { *level };
                if level != Severity::Off {
                    disabled.retain(|rule| rule != id);
                }
                if preset.map(|(severity, _)| severity) == Some(level) {
                    choices.rules.remove(id);
                } else {
                    choices.rules.insert(id.clone(), level);
                }
            }
            Edit::CheckEnabled { score, enabled } => {
                choices.checks.get_mut(*score).get_or_insert_with(Check::default).enabled = Some(*enabled);
            }
            Edit::Threshold { score, value } => {
                let slot = choices.checks.get_mut(*score);
                let check = slot.get_or_insert_with(Check::default);
                if !score.higher_is_better() {
                    check.warn_above = *value;
                } else {
                    check.warn_below = *value;
                }
                if *check == Check::default() {
                    *slot = None;
                }
            }
            Edit::Gate(mode) => choices.gate = *mode,
            Edit::ResetChecks => {
                choices.checks = Default::default();
                choices.gate = None;
            }
        }
    }
}
