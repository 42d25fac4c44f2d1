//! The engine's JavaScript API (wasm32 only), used by the content script, the service worker and the pages.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{Axis, Report};
use crate::preset::{self, ActivePreset, AdminLocks, BuiltinsOnly, PresetError, PresetErrors, Source, UserChoices};

/// The engine as JS sees it: built once (with the built-in rules, or a team preset), then `check(text, context?)`
/// on every edit, or `checkAndDecide(text, context?)` where the pre-post decision is wanted too.
#[wasm_bindgen]
pub struct TactEngine {
    preset: ActivePreset,
}

#[wasm_bindgen]
impl TactEngine {
    /// An engine with the built-in rules and the `builtin:default` preset's pre-post check.
    #[wasm_bindgen(constructor)]
    pub fn new() -> TactEngine {
        TactEngine { preset: preset::builtin::default() }
    }

    /// An engine with a team preset (JSON text), once it is valid and its own tests pass; it may extend the
    /// built-in presets. `user` (`{rules?: {id: "off"|"hint"|"warn"}, checks?, gate?}`) and `admin` (`{checks?,
    /// gate?}`, from `chrome.storage.managed`; each setting in it is locked) are optional layers over it. On
    /// failure this throws an `Error` whose `errors` property lists every problem as `{document?, path, message,
    /// hint?}`; the caller's current engine is untouched (all or nothing).
    #[wasm_bindgen(js_name = withPreset)]
    pub fn with_preset(json: &str, user: JsValue, admin: JsValue) -> Result<TactEngine, JsValue> {
        let user: UserChoices = layer(user, "user")?;
        let admin: AdminLocks = layer(admin, "admin")?;
        let source = Source { name: "preset".into(), text: json.to_string() };
        match preset::load_with(&source, &BuiltinsOnly, &user, &admin) {
            Ok(preset) => Ok(TactEngine { preset }),
            Err(errors) => Err(thrown(&errors)?),
        }
    }

    /// Checks a draft and returns its report as a plain JS object
    /// (`{scores, findings: [{rule, principle, effect, start, end, message, replacement?}], explanation, language}`).
    /// It runs on every keystroke, so the report crosses in one call ([`pack`]) rather than field by field.
    pub fn check(&self, text: &str, context: Option<String>) -> JsValue {
        let (numbers, strings) = pack(&self.preset.check(text, context.as_deref()));
        unpack_report(&numbers, &strings)
    }

    /// A check and the pre-post check's decision on its report, in one call: `{report, decision}`, the decision
    /// `{show, mode: "off"|"warn"|"hold", crossed: [{score, value, threshold, direction, message}], issues:
    /// [finding]}` (the post waits only when `show` is true). The decision is made from the engine's own report, so
    /// no report crosses back into the wasm (reading one from JS cost the wasm 19 KB).
    #[wasm_bindgen(js_name = checkAndDecide)]
    pub fn check_and_decide(&self, text: &str, context: Option<String>) -> Result<JsValue, JsError> {
        let report = self.preset.check(text, context.as_deref());
        let decision = to_js(&self.preset.decide(&report))?;
        let (numbers, strings) = pack(&report);
        let answer = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&answer, &JsValue::from_str(key), value);
        set("report", &unpack_report(&numbers, &strings))
            .and_then(|_| set("decision", &decision))
            .map_err(|_| JsError::new("the check's answer could not be built"))?;
        Ok(answer.into())
    }

    /// Times this engine's preset against the built-in preset on the standard 280- and 5,000-character drafts
    /// (src/preset/cost.rs), as the service worker does before it accepts a preset: `{presetMs: [short, long],
    /// builtinMs: [short, long]}` when it is within the budget; otherwise this throws an `Error` whose `errors`
    /// property names the costliest rules, as `withPreset` does.
    #[wasm_bindgen(js_name = checkCost)]
    pub fn check_cost(&self) -> Result<JsValue, JsValue> {
        match preset::cost::check(&self.preset, &PerformanceClock::new()) {
            Ok(timing) => {
                let times = |values: [f64; 2]| js_sys::Array::of2(&values[0].into(), &values[1].into());
                let answer = js_sys::Object::new();
                js_sys::Reflect::set(&answer, &"presetMs".into(), &times(timing.preset_ms))?;
                js_sys::Reflect::set(&answer, &"builtinMs".into(), &times(timing.builtin_ms))?;
                Ok(answer.into())
            }
            Err(error) => Err(thrown(&PresetErrors { errors: vec![error] })?),
        }
    }

    /// The active preset for the options page: `{id, name, version?, description?, chain, gate, listening,
    /// respect, promotion, rules: [{id, kind, description, principle, severity}]}`.
    #[wasm_bindgen(js_name = presetInfo)]
    pub fn preset_info(&self) -> Result<JsValue, JsError> {
        to_js(self.preset.info())
    }

    /// The names of the built-in presets (`builtin:default`, ...).
    #[wasm_bindgen(js_name = builtinPresets)]
    pub fn builtin_presets() -> Vec<String> {
        preset::builtin::NAMES.iter().map(|name| name.to_string()).collect()
    }

    /// A built-in preset's JSON text (to show, export, or start a team preset from), by its full name.
    #[wasm_bindgen(js_name = builtinPreset)]
    pub fn builtin_preset(name: &str) -> Option<String> {
        preset::builtin::source(name.strip_prefix(preset::builtin::PREFIX)?).map(|source| source.text)
    }
}

impl Default for TactEngine {
    fn default() -> Self {
        Self::new()
    }
}

/// The clock of the page or worker the engine runs in: `performance.now()`, or `Date.now()` where there is none.
struct PerformanceClock {
    now: Option<js_sys::Function>,
    performance: JsValue,
}

impl PerformanceClock {
    fn new() -> Self {
        let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap_or(JsValue::UNDEFINED);
        let now = js_sys::Reflect::get(&performance, &"now".into()).ok().and_then(|now| now.dyn_into().ok());
        Self { now, performance }
    }
}

impl preset::cost::Clock for PerformanceClock {
    fn now_ms(&self) -> f64 {
        self.now
            .as_ref()
            .and_then(|now| now.call0(&self.performance).ok())
            .and_then(|value| value.as_f64())
            .unwrap_or_else(js_sys::Date::now)
    }
}

/// An optional settings layer from JS (`undefined` or `null` for none), read through JSON, which refuses unknown keys
/// where the type says so.
fn layer<T: DeserializeOwned + Default>(value: JsValue, name: &str) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    from_js(&value).map_err(|error| {
        let message = error.to_string();
        let message = message.split(" at line ").next().unwrap_or_default().to_string();
        let errors = PresetErrors {
            errors: vec![PresetError {
                document: Some(name.into()),
                path: String::new(),
                message: crate::say!(crate::messages::PRESET_ERROR_AS_IS, message),
                hint: None,
            }],
        };
        thrown(&errors).unwrap_or_else(|js| js)
    })
}

/// A JS `Error` whose message lists every error and whose `errors` property holds them as objects.
fn thrown(errors: &PresetErrors) -> Result<JsValue, JsValue> {
    let error = js_sys::Error::new(&errors.to_string());
    js_sys::Reflect::set(&error, &JsValue::from_str("errors"), &to_js(&errors.errors)?)?;
    Ok(error.into())
}

#[wasm_bindgen(module = "/src/wasm_report.js")]
extern "C" {
    /// Builds the report object from [`pack`]'s numbers and strings (src/wasm_report.js).
    #[wasm_bindgen(js_name = unpackReport)]
    fn unpack_report(numbers: &[f64], strings: &str) -> JsValue;
}

/// The report flat, as src/wasm_report.js reads it back: numbers (a string is its length in UTF-16 units, -1 for a
/// missing replacement) and every string, in one text, in the order they are read.
fn pack(report: &Report) -> (Vec<f64>, String) {
    let contributions: usize = report.explanation.values().map(Vec::len).sum();
    let mut numbers = Vec::with_capacity(8 + 8 * report.findings.len() + 5 * contributions);
    let mut strings = String::with_capacity(64 * report.findings.len() + 24 * contributions);
    let mut text = |numbers: &mut Vec<f64>, value: &str| {
        let units = if value.is_ascii() { value.len() } else { value.encode_utf16().count() };
        numbers.push(units as f64);
        strings.push_str(value);
    };
    numbers.extend(report.scores.values());
    numbers.push(report.findings.len() as f64);
    for finding in &report.findings {
        text(&mut numbers, &finding.rule);
        text(&mut numbers, finding.principle.name());
        text(&mut numbers, finding.effect.name());
        numbers.extend([f64::from(finding.start), f64::from(finding.end)]);
        text(&mut numbers, &finding.message);
        match &finding.replacement {
            Some(replacement) => text(&mut numbers, replacement),
            None => numbers.push(-1.0),
        }
    }
    for axis in Axis::ALL {
        numbers.push(report.explanation[axis].len() as f64);
        for contribution in &report.explanation[axis] {
            text(&mut numbers, &contribution.feature);
            numbers.extend([contribution.delta, contribution.logit, contribution.spans.len() as f64]);
            numbers.extend(contribution.spans.iter().flatten().map(|&offset| f64::from(offset)));
        }
    }
    text(&mut numbers, report.language.name());
    (numbers, strings)
}

/// `value` as a plain JS object, through JSON (serde_json is in the wasm for presets anyway; a second serde format,
/// serde-wasm-bindgen, cost 60 KB of code, 20 KB gzipped). A field that is `None` is `null`.
pub(crate) fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|error| JsError::new(&error.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("a value could not cross to JavaScript"))
}

/// A value of `T` from a JS object, through JSON (see [`to_js`]).
pub(crate) fn from_js<T: DeserializeOwned>(value: &JsValue) -> Result<T, serde_json::Error> {
    let json = js_sys::JSON::stringify(value).map(String::from).unwrap_or_default();
    serde_json::from_str(&json)
}
