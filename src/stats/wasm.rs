//! The stats model's JavaScript API (wasm32 only): what the service worker asks when it records a post.

use wasm_bindgen::prelude::*;

use super::{improved, PostScores};

/// Whether a post improved after feedback (see [`improved`]), for the lifetime totals the worker keeps.
/// `first` and `last` are `{listening, respect, promotion}` objects; anything unreadable counts as not improved.
#[wasm_bindgen(js_name = postImproved)]
pub fn post_improved(first: JsValue, last: JsValue) -> bool {
    let read = |value: JsValue| crate::wasm::from_js::<PostScores>(&value).ok();
    match (read(first), read(last)) {
        (Some(first), Some(last)) => improved(&first, &last),
        _ => false,
    }
}
