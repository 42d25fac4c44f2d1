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
    let report = engine.check("😀 Obviously you're wrong.", None);
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
    let respect = |text: &str| get(&engine.check(text, None), &["scores", "respect"]).as_f64().unwrap();
    assert!(respect("Thanks so much, we appreciate it.") > respect("Calm down. Obviously you're wrong."));
}

/// `check()` packs the report into numbers and one text, and src/wasm_report.js builds the object back: it must be the
/// object serde would build, key for key and in the same order, with and without rewrites, word spans, non-ASCII text
/// and another language.
#[wasm_bindgen_test]
fn the_packed_report_is_the_report_serde_would_build() {
    let engine = TactEngine::new();
    let preset = tact::preset::builtin::default();
    let json = |value: &JsValue| js_sys::JSON::stringify(value).map(String::from).unwrap();
    let drafts = [
        ("", None),
        ("😀 Obviously you're wrong. Calm down and buy now, check out my channel!", None),
        (
            "Thanks for flagging this! What happened when you tried to save? Ｗｅ appreciate it 🙏",
            Some("It broke again"),
        ),
        ("Hola, gracias por escribirnos. ¿Qué versión usas?", None),
        ("Limited time offer!!! DM us now, link in bio #sale #deal #promo #win", None),
    ];
    for (text, context) in drafts {
        let packed = engine.check(text, context.map(String::from));
        let expected = js_sys::JSON::parse(&serde_json::to_string(&preset.check(text, context)).unwrap()).unwrap();
        assert_eq!(json(&packed), json(&expected), "{text}");
    }
    let report = engine.check("Obviously you're wrong, you idiot. This is bad.", None);
    assert!(json(&report).contains("\"replacement\":"), "a rewrite crosses");
    assert!(json(&report).contains("\"spans\":[["), "a word's spans cross");
}
