//! The options page: the active team preset and its rules, choosing a built-in one, importing, subscribing by URL,
//! exporting, and the user's own choices over the preset, with what an administrator locked and why.
//!
//! Its TypeScript shell (extension/src/pages/options.ts) gathers the stored state (extension/src/shared/
//! preset-store.ts), renders it with [`render_options`] and does the chrome.* calls behind the controls.

mod choices;
mod view;

use crate::messages;
use crate::pages::words::{said, tr, word};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use gloo_events::EventListener;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::preset::{AdminLocks, UserChoices};
use crate::wasm::{from_js, to_js};

pub use choices::Edit;

/// Everything the options page shows, as its shell passes it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct OptionsData {
    /// chrome.storage.local `preset`; `None` means `builtin:default`.
    pub preset: Option<StoredPreset>,
    /// chrome.storage.local `userChoices`, as JSON text (read with the same parser `withPreset` uses).
    pub user_choices: Option<String>,
    /// chrome.storage.local `disabledRules`: rules turned off from a card.
    pub disabled_rules: Vec<String>,
    /// The outcome of the user's last action (an import, a subscription, an update).
    pub notice: Option<Notice>,
}

/// The stored active preset (its TypeScript twin is `StoredPreset` in preset-store.ts).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredPreset {
    pub source: SourceKind,
    pub json: String,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub last_checked: Option<f64>,
    #[serde(default)]
    pub last_updated: Option<f64>,
    #[serde(default)]
    pub last_error: Option<String>,
    #[serde(default)]
    pub last_errors: Vec<Problem>,
    #[serde(default)]
    pub admin: Option<AdminLocks>,
    /// The administrator's reason for each locked setting, by `listening`/`respect`/`promotion`/`gate`.
    #[serde(default)]
    pub lock_reasons: BTreeMap<String, String>,
}

/// Where the active preset came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Builtin,
    File,
    Url,
    Admin,
}

/// One problem with a preset, as the engine reported it (src/preset/error.rs): in English, and by catalog key for
/// the user's language (a record stored before the keys has the English only).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    #[serde(default)]
    pub document: Option<String>,
    #[serde(default)]
    pub path: String,
    pub message: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub text: Option<serde_json::Value>,
    #[serde(default)]
    pub hint_text: Option<serde_json::Value>,
}

impl Problem {
    /// The engine's error as the page lists it.
    pub fn of(error: &crate::preset::PresetError) -> Self {
        Problem {
            document: error.document.clone(),
            path: error.path.clone(),
            message: error.message.to_string(),
            hint: error.hint.as_ref().map(ToString::to_string),
            text: serde_json::to_value(&error.message).ok(),
            hint_text: error.hint.as_ref().and_then(|hint| serde_json::to_value(hint).ok()),
        }
    }

    /// What is wrong, in the user's language (English where the catalog has no translation).
    pub fn said(&self) -> String {
        self.text.as_ref().and_then(said).unwrap_or_else(|| self.message.clone())
    }

    /// How to fix it, in the user's language, where there is something to say.
    pub fn hint_said(&self) -> Option<String> {
        self.hint_text.as_ref().and_then(said).or_else(|| self.hint.clone())
    }
}

/// What came of the user's last action.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Notice {
    pub ok: bool,
    pub message: String,
    #[serde(default)]
    pub errors: Vec<Problem>,
}

#[wasm_bindgen(typescript_custom_section)]
const OPTIONS_ACTIONS: &str = r#"
/** What the options page asks its shell to do; the shell renders the page again once storage changed. */
export interface OptionsActions {
  useBuiltin(name: string): void;
  importText(json: string, label: string): void;
  importFile(input: HTMLInputElement): void;
  subscribe(url: string): void;
  updateNow(): void;
  saveChoices(choices: object, disabledRules: string[]): void;
  download(filename: string, json: string): void;
}"#;

#[wasm_bindgen]
extern "C" {
    /// The shell's callbacks (the chrome.* calls stay in TypeScript).
    #[wasm_bindgen(typescript_type = "OptionsActions")]
    pub type OptionsActions;

    #[wasm_bindgen(method, catch, js_name = useBuiltin)]
    fn use_builtin(this: &OptionsActions, name: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = importText)]
    fn import_text(this: &OptionsActions, json: &str, label: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = importFile)]
    fn import_file(this: &OptionsActions, input: &Element) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn subscribe(this: &OptionsActions, url: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = updateNow)]
    fn update_now(this: &OptionsActions) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = saveChoices)]
    fn save_choices(this: &OptionsActions, choices: JsValue, disabled_rules: Vec<String>) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn download(this: &OptionsActions, filename: &str, json: &str) -> Result<(), JsValue>;
}

thread_local! {
    /// The click, change and input listeners of each rendered root, replaced on every render so that none piles up.
    static LISTENERS: RefCell<Vec<(Element, [EventListener; 3])>> = const { RefCell::new(Vec::new()) };
    /// What the rule search holds, kept over the renders that follow each change of the user's choices.
    static RULE_SEARCH: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Renders the options page into `root` (its previous content is replaced; keyboard focus stays on the control that
/// had it). `data` is an [`OptionsData`]; data that cannot be read is shown as a problem over the built-in default.
#[wasm_bindgen(js_name = renderOptions)]
pub fn render_options(root: &Element, data: JsValue, actions: Option<OptionsActions>) -> Result<(), JsValue> {
    let data = if data.is_undefined() || data.is_null() {
        OptionsData::default()
    } else {
        from_js::<OptionsData>(&data).unwrap_or_else(|error| OptionsData {
            notice: Some(Notice {
                ok: false,
                message: tr(messages::OPTIONS_STORED_UNREAD, &[&error.to_string()]),
                errors: Vec::new(),
            }),
            ..OptionsData::default()
        })
    };
    let focused = focused_control(root);
    let page = view::Model::of(&data);
    view::render(root, &page)?;
    let query = RULE_SEARCH.with(|query| query.borrow().clone());
    if !query.is_empty() {
        if let Some(search) = root.query_selector("[data-search=rules]")? {
            js_sys::Reflect::set(&search, &JsValue::from_str("value"), &JsValue::from_str(&query))?;
        }
        filter_rules(root, &query)?;
    }
    if let Some(selector) = focused {
        if let Some(control) = root.query_selector(&selector)? {
            control.unchecked_into::<HtmlElement>().focus()?;
        }
    }
    listen(root, Rc::new(page), actions.map(Rc::new));
    Ok(())
}

/// A selector for the control inside `root` that has the keyboard focus (by its id), if any. A rule's "Turn back on"
/// goes away with the render, so its rule's own level takes the focus.
fn focused_control(root: &Element) -> Option<String> {
    let active = root.owner_document()?.active_element()?;
    if !root.contains(Some(&active)) || active.id().is_empty() {
        return None;
    }
    let id = active.id();
    let id = match id.strip_prefix("turn-on-") {
        Some(rule) => format!("rule-{rule}"),
        None => id,
    };
    Some(format!("[id=\"{}\"]", id.replace(['"', '\\'], "")))
}

/// Shows the rules whose name, description or id hold every word of `query` (all of them for an empty one), hides
/// the principle groups left empty, and says how many rules match.
fn filter_rules(root: &Element, query: &str) -> Result<(), JsValue> {
    let words: Vec<String> = query.to_lowercase().split_whitespace().map(String::from).collect();
    let mut shown = 0;
    for rule in descendants(root, |element| element.has_attribute("data-search-text")) {
        let text = rule.get_attribute("data-search-text").unwrap_or_default();
        let matches = words.iter().all(|word| text.contains(word.as_str()));
        shown += usize::from(matches);
        show(&rule, matches)?;
    }
    for group in descendants(root, |element| element.class_name() == "rule-group") {
        show(&group, group.query_selector("li[data-search-text]:not([hidden])")?.is_some())?;
    }
    if let Some(status) = root.query_selector("#rule-search-status")? {
        let said = match (words.is_empty(), shown) {
            (true, _) => String::new(),
            (false, 0) => tr(messages::OPTIONS_SEARCH_NONE, &[query.trim()]),
            (false, 1) => word(messages::OPTIONS_SEARCH_ONE),
            (false, count) => tr(messages::OPTIONS_SEARCH_MANY, &[&count.to_string()]),
        };
        status.set_text_content(Some(&said));
    }
    Ok(())
}

/// The elements under `root` that `wanted` picks, in document order (walked by hand: no NodeList in the wasm).
fn descendants(root: &Element, wanted: impl Fn(&Element) -> bool) -> Vec<Element> {
    let mut found = Vec::new();
    let mut stack: Vec<Element> = root.first_element_child().into_iter().collect();
    while let Some(element) = stack.pop() {
        if let Some(next) = element.next_element_sibling() {
            stack.push(next);
        }
        if wanted(&element) {
            found.push(element.clone());
        }
        if let Some(child) = element.first_element_child() {
            stack.push(child);
        }
    }
    found
}

fn show(element: &Element, shown: bool) -> Result<(), JsValue> {
    if shown {
        element.remove_attribute("hidden")
    } else {
        element.set_attribute("hidden", "")
    }
}

fn listen(root: &Element, page: Rc<view::Model>, actions: Option<Rc<OptionsActions>>) {
    let handler = |kind: &'static str| {
        let (page, actions, target_root) = (page.clone(), actions.clone(), root.clone());
        EventListener::new(root.as_ref(), kind, move |event| {
            let root = &target_root;
            let Some(target) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else { return };
            let Ok(Some(control)) = target.closest("[data-action]") else { return };
            let Some(action) = control.get_attribute("data-action") else { return };
            // Buttons act on click; inputs, selects and the file picker act on change.
            let on_change = matches!(control.tag_name().as_str(), "INPUT" | "SELECT");
            if on_change != (kind == "change") {
                return;
            }
            if let Some(actions) = actions.as_deref() {
                // A failing callback must not break the page; the shell reports its own errors.
                let _ = act(root, &action, &control, &page, actions);
            }
        })
    };
    let searched = root.clone();
    let search = EventListener::new(root.as_ref(), "input", move |event| {
        let Some(target) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else { return };
        if target.get_attribute("data-search").as_deref() != Some("rules") {
            return;
        }
        let query = property(&target, "value").as_string().unwrap_or_default();
        RULE_SEARCH.with(|kept| kept.replace(query.clone()));
        // Filtering touches only attributes of the page's own elements; a failure leaves every rule shown.
        let _ = filter_rules(&searched, &query);
    });
    let listeners = [handler("click"), handler("change"), search];
    LISTENERS.with(|known| {
        let mut known = known.borrow_mut();
        known.retain(|(element, _)| element.is_connected() && !element.is_same_node(Some(root)));
        known.push((root.clone(), listeners));
    });
}

fn act(
    root: &Element,
    action: &str,
    control: &Element,
    page: &view::Model,
    actions: &OptionsActions,
) -> Result<(), JsValue> {
    let value_of = |selector: &str| -> Result<String, JsValue> {
        let element = root.query_selector(selector)?;
        Ok(element.map(|element| property(&element, "value").as_string().unwrap_or_default()).unwrap_or_default())
    };
    match action {
        "use-builtin" => actions.use_builtin(&value_of("#builtin")?),
        "import-file" => actions.import_file(control),
        "import-text" => actions.import_text(&value_of("#preset-text")?, &word(messages::OPTIONS_PASTED_TEXT)),
        "subscribe" => actions.subscribe(&value_of("#preset-url")?),
        "update" => actions.update_now(),
        "export" => actions.download(&page.export_name(), &page.export_json),
        _ => {
            let edit = Edit::from_control(action, control, |name| property(control, name))?;
            let Some(edit) = edit else { return Ok(()) };
            let (choices, disabled) = page.edited(&edit);
            actions.save_choices(to_js(&choices)?, disabled)
        }
    }
}

/// A DOM property (`value`, `checked`) of a control; read by name so that no extra web-sys bindings are pulled in.
fn property(element: &Element, name: &str) -> JsValue {
    js_sys::Reflect::get(element, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The user's stored choices, or why they cannot be read (they are then shown as a problem, and not lost).
fn user_choices(json: Option<&str>) -> Result<UserChoices, String> {
    match json {
        None | Some("null") => Ok(UserChoices::default()),
        Some(json) => serde_json::from_str(json).map_err(|error| error.to_string()),
    }
}
