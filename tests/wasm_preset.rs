//! Browser tests (wasm-bindgen-test in headless Chromium) of the preset part of the engine's JavaScript API.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use tact::wasm::TactEngine;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEAM: &str = r#"{
  "format": 1, "id": "acme-community", "name": "ACME community voice", "extends": "builtin:default",
  "gate": "hold",
  "rules": [ { "id": "no-hard-sell", "kind": "avoid", "phrases": ["limited time"], "principle": "promotion",
               "message": "Sounds like an ad: '{match}'." } ],
  "tests": [ { "text": "Limited time!", "expect": ["no-hard-sell"], "expectGate": true } ] }"#;

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |value, key| Reflect::get(&value, &JsValue::from_str(key)).unwrap())
}

#[wasm_bindgen_test]
fn a_preset_rule_underlines_and_its_gate_mode_applies() {
    let engine = TactEngine::with_preset(TEAM, JsValue::UNDEFINED, JsValue::UNDEFINED)
        .unwrap_or_else(|error| panic!("{error:?}"));
    let both = engine.check_and_decide("😀 Limited time offer", None).unwrap();
    let report = get(&both, &["report"]);
    let findings = Array::from(&get(&report, &["findings"]));
    let own = findings.iter().find(|f| get(f, &["rule"]).as_string().as_deref() == Some("no-hard-sell")).unwrap();
    assert_eq!(get(&own, &["start"]).as_f64(), Some(3.0));
    assert_eq!(get(&own, &["message"]).as_string().as_deref(), Some("Sounds like an ad: 'Limited time'."));
    let decision = get(&both, &["decision"]);
    assert_eq!(get(&decision, &["show"]).as_bool(), Some(true));
    assert_eq!(get(&decision, &["mode"]).as_string().as_deref(), Some("hold"));
    assert_eq!(get(&decision, &["issues", "0", "rule"]).as_string().as_deref(), Some("no-hard-sell"));
    assert_eq!(get(&engine.preset_info().unwrap(), &["id"]).as_string().as_deref(), Some("acme-community"));
}

#[wasm_bindgen_test]
fn a_bad_preset_throws_with_every_error_and_its_path() {
    let bad = r#"{"format": 1, "id": "bad", "name": "Bad", "gate": "block",
                 "rules": [{"id": "a", "kind": "avoid", "phrase": ["x"]}, {"id": "b", "kind": "pattern", "pattern": "(x"}]}"#;
    let error =
        TactEngine::with_preset(bad, JsValue::UNDEFINED, JsValue::UNDEFINED).err().expect("the preset is refused");
    let errors = Array::from(&get(&error, &["errors"]));
    let paths: Vec<String> = errors.iter().filter_map(|e| get(&e, &["path"]).as_string()).collect();
    assert_eq!(paths, ["gate", "rules[0].phrase", "rules[1].pattern"]);
    assert_eq!(get(&errors.get(1), &["hint"]).as_string().as_deref(), Some("Did you mean `phrases`?"));
    let message = get(&error, &["message"]).as_string().unwrap_or_default();
    assert!(message.contains("rules[1].pattern: not a valid regular expression"), "{message}");
}

#[wasm_bindgen_test]
fn the_default_engine_lets_a_friendly_draft_through() {
    let engine = TactEngine::new();
    let both = engine.check_and_decide("Thanks for flagging this! What happened when you tried?", None).unwrap();
    let decision = get(&both, &["decision"]);
    assert_eq!(get(&decision, &["show"]).as_bool(), Some(false));
    assert_eq!(get(&engine.preset_info().unwrap(), &["chain", "0"]).as_string().as_deref(), Some("builtin:default"));
}

#[wasm_bindgen_test]
fn every_builtin_preset_can_be_read_and_loaded() {
    for name in TactEngine::builtin_presets() {
        let json = TactEngine::builtin_preset(&name).expect("a built-in preset's text");
        assert!(TactEngine::with_preset(&json, JsValue::NULL, JsValue::NULL).is_ok(), "{name}");
    }
    assert_eq!(TactEngine::builtin_preset("builtin:nope"), None);
}

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn the_users_choice_and_the_admins_lock_apply_over_the_preset() {
    let user = js(r#"{"rules": {"no-hard-sell": "off"}, "checks": {"promotion": {"enabled": false}}}"#);
    let admin = js(r#"{"checks": {"promotion": {"enabled": true, "warnAbove": 0.2}}}"#);
    let engine = TactEngine::with_preset(TEAM, user, admin).unwrap_or_else(|error| panic!("{error:?}"));
    let findings = Array::from(&get(&engine.check("Limited time offer", None), &["findings"]));
    assert!(findings.iter().all(|f| get(&f, &["rule"]).as_string().as_deref() != Some("no-hard-sell")));
    let info = engine.preset_info().unwrap();
    assert_eq!(get(&info, &["promotion", "warnAbove"]).as_f64(), Some(0.2));
    assert_eq!(get(&info, &["locks", "0", "setting"]).as_string().as_deref(), Some("promotion"));
    let bad_admin = js(r#"{"lockAll": true}"#);
    let error = TactEngine::with_preset(TEAM, JsValue::NULL, bad_admin).err().expect("a bad admin policy is refused");
    assert_eq!(get(&error, &["errors", "0", "document"]).as_string().as_deref(), Some("admin"));
}

#[wasm_bindgen_test]
fn check_and_decide_answers_with_check_s_report() {
    let engine = TactEngine::with_preset(TEAM, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    let json = |value: &JsValue| js_sys::JSON::stringify(value).map(String::from).unwrap();
    for text in ["Limited time! Buy now, DM us #sale #deal", "Thanks for flagging this! What happened?", ""] {
        let both = engine.check_and_decide(text, Some("It broke".into())).unwrap();
        let report = engine.check(text, Some("It broke".into()));
        assert_eq!(json(&get(&both, &["report"])), json(&report), "{text}");
    }
    let stopped = engine.check_and_decide("Limited time!", None).unwrap();
    assert_eq!(get(&stopped, &["decision", "show"]).as_bool(), Some(true), "the team's warn rule holds the post");
}

/// The time budget in the browser's own clock (`performance.now()`): a team preset of phrases is within it, nine
/// patterns each inside the size budget but many times slower than the built-ins are refused with their names.
#[wasm_bindgen_test]
fn the_time_budget_is_measured_in_the_browser() {
    let team = TactEngine::with_preset(TEAM, JsValue::UNDEFINED, JsValue::UNDEFINED)
        .unwrap_or_else(|error| panic!("{error:?}"));
    let timing = team.check_cost().unwrap_or_else(|error| panic!("{error:?}"));
    let preset_ms = Array::from(&get(&timing, &["presetMs"]));
    assert_eq!(preset_ms.length(), 2);
    assert!(preset_ms.iter().all(|ms| ms.as_f64().is_some_and(|ms| ms > 0.0)), "{preset_ms:?}");
    let rules: Vec<String> = (0..9)
        .map(|n| format!(r#"{{"id": "slow-{n}", "kind": "pattern", "pattern": "(?:\\w|\\s){{1,12}}q{n}"}}"#))
        .collect();
    let slow = format!(r#"{{"format": 1, "id": "slow", "name": "Slow", "rules": [{}]}}"#, rules.join(","));
    let engine = TactEngine::with_preset(&slow, JsValue::UNDEFINED, JsValue::UNDEFINED)
        .unwrap_or_else(|error| panic!("{error:?}"));
    let error = engine.check_cost().expect_err("nine costly patterns are over the time budget");
    let message = get(&error, &["errors", "0", "message"]).as_string().unwrap_or_default();
    assert!(message.starts_with("the preset is too slow to check as the user types"), "{message}");
    assert!(message.contains("The costliest: rules["), "{message}");
}
