//! Helpers the browser tests of the extension pages share: a fresh root to render into, finding, reading and
//! clicking what a page rendered, and shell callbacks that record each call they get.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A new `<main>` at the end of the test page's body.
pub fn root() -> Element {
    let document = web_sys::window().and_then(|window| window.document()).expect("a document");
    let root = document.create_element("main").expect("an element");
    document.body().expect("a body").append_child(&root).expect("appended");
    root
}

pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).expect("a valid selector").unwrap_or_else(|| panic!("no {selector}"))
}

pub fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

pub fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).expect("a valid selector").is_some()
}

pub fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

/// An object with a callback per name that records each call as a line, `name arg | arg`, each argument written
/// by `describe` (`None` leaves it out), and the lines recorded so far.
pub fn recording(
    names: &[&'static str],
    describe: fn(&JsValue) -> Option<String>,
) -> (JsValue, Rc<RefCell<Vec<String>>>) {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let object = js_sys::Object::new();
    for &name in names {
        let calls = calls.clone();
        let record = Closure::<dyn Fn(JsValue, JsValue)>::new(move |first: JsValue, second: JsValue| {
            let args: Vec<String> = [first, second].iter().filter_map(describe).collect();
            calls.borrow_mut().push(format!("{name} {}", args.join(" | ")).trim().to_string());
        })
        .into_js_value();
        js_sys::Reflect::set(&object, &name.into(), &record).expect("set");
    }
    (object.into(), calls)
}
