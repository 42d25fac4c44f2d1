//! The engine's JavaScript API (wasm32 only), used by the content script, the service worker and the pages.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{Checker, Report};

/// The engine as JS sees it: built once, then `check(text, context?)` on every edit.
#[wasm_bindgen]
pub struct TactEngine {
    checker: Checker,
}

#[wasm_bindgen]
impl TactEngine {
    /// An engine with the built-in rules only.
    #[wasm_bindgen(constructor)]
    pub fn new() -> TactEngine {
        TactEngine { checker: Checker::default() }
    }

    /// Checks a draft and returns its report as a plain JS object
    /// (`{scores, findings: [{rule, principle, start, end, message, replacement?}], explanation}`).
    pub fn check(&self, text: &str, context: Option<String>) -> Result<JsValue, JsError> {
        to_js(&self.checker.check(text, context.as_deref()))
    }
}

impl Default for TactEngine {
    fn default() -> Self {
        Self::new()
    }
}

fn to_js(report: &Report) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    report.serialize(&serializer).map_err(|error| JsError::new(&error.to_string()))
}
