//! The engine's JavaScript API (wasm32 only), used by the content script, the service worker and the pages.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::preset::{self, ActivePreset, BuiltinsOnly, Source};

/// The engine as JS sees it: built once (with the built-in rules, or a team preset), then `check(text, context?)`
/// on every edit and `decide(text, context?)` when Post is pressed.
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

    /// An engine with a team preset (JSON text), once it is valid and its own tests pass. It may extend the
    /// built-in presets. On failure this throws an `Error` whose `errors` property lists every problem as
    /// `{document?, path, message, hint?}`; the caller's current engine is untouched (all or nothing).
    #[wasm_bindgen(js_name = withPreset)]
    pub fn with_preset(json: &str) -> Result<TactEngine, JsValue> {
        let source = Source { name: "preset".into(), text: json.to_string() };
        match preset::load(&source, &BuiltinsOnly) {
            Ok(preset) => Ok(TactEngine { preset }),
            Err(errors) => {
                let error = js_sys::Error::new(&errors.to_string());
                js_sys::Reflect::set(&error, &JsValue::from_str("errors"), &to_js(&errors.errors)?)?;
                Err(error.into())
            }
        }
    }

    /// Checks a draft and returns its report as a plain JS object
    /// (`{scores, findings: [{rule, principle, start, end, message, replacement?}], explanation}`).
    pub fn check(&self, text: &str, context: Option<String>) -> Result<JsValue, JsError> {
        to_js(&self.preset.check(text, context.as_deref()))
    }

    /// The pre-post check's decision for a draft: `{show, mode: "off"|"warn"|"hold", crossed: [{score, value,
    /// threshold, direction, message}], issues: [finding]}`. The post waits only when `show` is true.
    pub fn decide(&self, text: &str, context: Option<String>) -> Result<JsValue, JsError> {
        let report = self.preset.check(text, context.as_deref());
        to_js(&self.preset.decide(&report))
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

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|error| JsError::new(&error.to_string()))
}
