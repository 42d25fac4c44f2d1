//! Browser tests (wasm-bindgen-test in headless Chromium) of the popup rendered from a stats object.
#![cfg(target_arch = "wasm32")]

use tact::pages::popup::render_popup;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("main").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
fn the_drafts_count_is_shown_with_its_test_hook() {
    let root = root();
    let stats = js_sys::JSON::parse(r#"{"drafts": 7, "bySite": {"x": 4, "reddit": 3}}"#).unwrap();
    render_popup(&root, stats).unwrap();
    let drafts = root.query_selector("[data-stat=drafts]").unwrap().unwrap();
    assert_eq!(drafts.text_content().as_deref(), Some("7"));
    assert!(root.text_content().unwrap().contains("reddit: 3"));
}

#[wasm_bindgen_test]
fn missing_stats_render_as_zero() {
    let root = root();
    render_popup(&root, JsValue::UNDEFINED).unwrap();
    let drafts = root.query_selector("[data-stat=drafts]").unwrap().unwrap();
    assert_eq!(drafts.text_content().as_deref(), Some("0"));
}
