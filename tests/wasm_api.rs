//! Browser tests (wasm-bindgen-test in headless Chromium) of the engine's JavaScript API.
#![cfg(target_arch = "wasm32")]

use tact::wasm::TactEngine;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |value, key| js_sys::Reflect::get(&value, &JsValue::from_str(key)).unwrap())
}

#[wasm_bindgen_test]
fn check_returns_scores_in_range_and_findings_with_utf16_offsets() {
    let engine = TactEngine::new();
    let report = engine.check("😀 Obviously you're wrong.", None).unwrap();
    for axis in ["listening", "respect", "promotion"] {
        let score = get(&report, &["scores", axis]).as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score), "{axis} = {score}");
    }
    let findings = js_sys::Array::from(&get(&report, &["findings"]));
    let condescension = findings
        .iter()
        .find(|finding| get(finding, &["rule"]).as_string().as_deref() == Some("builtin.condescension"))
        .expect("the condescension rule fires");
    // The emoji is two UTF-16 code units, then a space: the phrase starts at 3, as JavaScript counts.
    assert_eq!(get(&condescension, &["start"]).as_f64(), Some(3.0));
}

#[wasm_bindgen_test]
fn a_rude_draft_scores_below_a_kind_one_on_respect() {
    let engine = TactEngine::new();
    let respect = |text: &str| get(&engine.check(text, None).unwrap(), &["scores", "respect"]).as_f64().unwrap();
    assert!(respect("Thanks so much, we appreciate it.") > respect("Calm down. Obviously you're wrong."));
}
