//! The user's own choices over the preset (rules turned off or on, check thresholds, the pre-post mode), as the
//! options page's controls edit them. They are stored apart from any preset, so that no preset update wipes them.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::preset::format::Check;
use crate::preset::{GateMode, Severity, UserChoices};

/// One score the pre-post check can watch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    Listening,
    Respect,
    Promotion,
}

impl Score {
    pub const ALL: [Score; 3] = [Score::Listening, Score::Respect, Score::Promotion];

    pub fn name(self) -> &'static str {
        match self {
            Score::Listening => "listening",
            Score::Respect => "respect",
            Score::Promotion => "promotion",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|score| score.name() == name)
    }

    /// Whether a high score is the problem (promotion), rather than a low one (listening, respect).
    pub fn warns_above(self) -> bool {
        self == Score::Promotion
    }

    fn slot(self, choices: &mut UserChoices) -> &mut Option<Check> {
        match self {
            Score::Listening => &mut choices.checks.listening,
            Score::Respect => &mut choices.checks.respect,
            Score::Promotion => &mut choices.checks.promotion,
        }
    }
}

/// A change the user made on the options page.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A rule switched on or off.
    Rule { id: String, on: bool },
    /// A score's check switched on or off.
    CheckEnabled { score: Score, enabled: bool },
    /// A score's threshold, 0 to 1; `None` goes back to the preset's.
    Threshold { score: Score, value: Option<f64> },
    /// The pre-post mode; `None` goes back to the preset's.
    Gate(Option<GateMode>),
    /// Every check and the mode back to the preset's.
    ResetChecks,
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
        let score = || control.get_attribute("data-score").as_deref().and_then(Score::from_name);
        Ok(match action {
            "rule" => control.get_attribute("data-rule").map(|id| Edit::Rule { id, on: checked() }),
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

    /// Applies the edit to the user's choices and the rules turned off from a card. `preset_severity` is a rule's
    /// severity in the preset alone with whether it is built in, so that switching a rule on restores the
    /// preset's own choice, or (for a rule the preset turned off) the severity such a rule has by default.
    pub fn apply(
        &self,
        choices: &mut UserChoices,
        disabled: &mut Vec<String>,
        preset_severity: impl Fn(&str) -> Option<(Severity, bool)>,
    ) {
        match self {
            Edit::Rule { id, on: false } => {
                choices.rules.insert(id.clone(), Severity::Off);
            }
            Edit::Rule { id, on: true } => {
                choices.rules.remove(id);
                disabled.retain(|rule| rule != id);
                if let Some((Severity::Off, builtin)) = preset_severity(id) {
                    choices.rules.insert(id.clone(), if builtin { Severity::Hint } else { Severity::Warn });
                }
            }
            Edit::CheckEnabled { score, enabled } => {
                score.slot(choices).get_or_insert_with(Check::default).enabled = Some(*enabled);
            }
            Edit::Threshold { score, value } => {
                let slot = score.slot(choices);
                let check = slot.get_or_insert_with(Check::default);
                if score.warns_above() {
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
