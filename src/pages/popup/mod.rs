//! The popup: this browser session's work at a glance, the current tab's switches, turning Tact on for another site,
//! the active preset, export and reset. Rendered from the data its TypeScript shell gathers; the buttons call back
//! into that shell.

mod view;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use gloo_events::EventListener;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::messages;
/// The outcome of the last action, as the shell words it: the options page's (whose `errors` the popup never gets).
pub use crate::pages::options::Notice;
use crate::pages::words::tr;
use crate::stats::csv::{iso_time, session_csv};
use crate::stats::{LifetimeStats, SessionStats};
use crate::wasm::from_js;

/// Everything the popup shows, as its shell passes it (extension/src/pages/popup.ts).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PopupData {
    pub stats: SessionStats,
    pub lifetime: Option<LifetimeStats>,
    /// The active preset; `None` until a team preset is chosen, which means `builtin:default`.
    pub preset: Option<PresetStatus>,
    /// The tab the popup was opened over; `None` when Tact does not run there.
    pub tab: Option<TabState>,
    /// A page Tact does not run on yet but can be turned on for (another Mastodon instance, a forum, a help desk).
    pub offer: Option<SiteOffer>,
    /// The hosts the user turned Tact on for, beyond the built-in sites, in the order they were turned on.
    pub user_sites: Vec<String>,
    /// What the last action did, in words ("Tact is on for …"), announced to screen readers.
    pub notice: Option<Notice>,
}

/// The current tab's site, which Tact can be turned on for: Chrome asks the user for access to `host` first.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SiteOffer {
    pub host: String,
}

/// The active preset as the popup names it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PresetStatus {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub version: Option<String>,
    pub source: PresetSource,
    /// What is wrong with the preset the user chose (the previous one keeps running meanwhile).
    #[serde(default)]
    pub problem: Option<String>,
    /// The preset's own words for its rules, by rule id, for the list of rules that fired most.
    #[serde(default)]
    pub messages: BTreeMap<String, String>,
}

/// Where the active preset came from (as extension/src/shared/preset-store.ts stores it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PresetSource {
    Builtin,
    File,
    Url,
    Admin,
}

/// The current tab: its site as the user knows it (`reddit.com`), whether Tact is on there, whether it is paused.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TabState {
    pub site: String,
    #[serde(default = "on")]
    pub enabled: bool,
    #[serde(default)]
    pub paused: bool,
}

fn on() -> bool {
    true
}

#[wasm_bindgen(typescript_custom_section)]
const POPUP_ACTIONS: &str = r#"
/** What the popup asks its shell to do; the shell then renders the popup again with fresh data. */
export interface PopupActions {
  setSiteEnabled(enabled: boolean): void;
  setPaused(paused: boolean): void;
  resetSession(): void;
  download(filename: string, csv: string): void;
  /** Called in the click's user gesture, so that the shell can ask Chrome for the host permission at once. */
  enableSite(host: string): void;
  disableSite(host: string): void;
}"#;

#[wasm_bindgen]
extern "C" {
    /// The shell's callbacks (the chrome.* calls stay in TypeScript).
    #[wasm_bindgen(typescript_type = "PopupActions")]
    pub type PopupActions;

    #[wasm_bindgen(method, catch, js_name = setSiteEnabled)]
    fn set_site_enabled(this: &PopupActions, enabled: bool) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = setPaused)]
    fn set_paused(this: &PopupActions, paused: bool) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = resetSession)]
    fn reset_session(this: &PopupActions) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn download(this: &PopupActions, filename: &str, csv: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = enableSite)]
    fn enable_site(this: &PopupActions, host: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = disableSite)]
    fn disable_site(this: &PopupActions, host: &str) -> Result<(), JsValue>;
}

thread_local! {
    /// One click listener per rendered root, replaced on every render so that none piles up.
    static LISTENERS: RefCell<Vec<(Element, EventListener)>> = const { RefCell::new(Vec::new()) };
}

/// Renders the popup into `root` (its previous content is replaced, and keyboard focus stays on the control that
/// had it). `data` is a [`PopupData`]; data that cannot be read is shown as a problem above empty stats.
#[wasm_bindgen(js_name = renderPopup)]
pub fn render_popup(root: &Element, data: JsValue, actions: Option<PopupActions>) -> Result<(), JsValue> {
    let (data, problem) = if data.is_undefined() || data.is_null() {
        (PopupData::default(), None)
    } else {
        match from_js::<PopupData>(&data) {
            Ok(data) => (data, None),
            Err(error) => (PopupData::default(), Some(tr(messages::POPUP_COULD_NOT_READ, &[&error.to_string()]))),
        }
    };
    let focused = focused_action(root);
    view::render(root, &data, problem.as_deref())?;
    if let Some(selector) = focused {
        if let Some(control) = root.query_selector(&selector)? {
            control.unchecked_into::<HtmlElement>().focus()?;
        }
    }
    listen(root, data, actions);
    Ok(())
}

/// A selector for the control inside `root` that has the keyboard focus (its `data-action`, and its `data-host`
/// where several controls share the action), if any.
fn focused_action(root: &Element) -> Option<String> {
    let active = root.owner_document()?.active_element()?;
    if !root.contains(Some(&active)) {
        return None;
    }
    let action = active.get_attribute("data-action")?;
    // Once the session is cleared its question closes again, and the focus goes back to the button that asked it.
    let action = if action == "confirm-reset" { "reset".to_string() } else { action };
    Some(match active.get_attribute("data-host") {
        Some(host) => format!("[data-action={action}][data-host=\"{}\"]", host.replace(['"', '\\'], "")),
        None => format!("[data-action={action}]"),
    })
}

fn listen(root: &Element, data: PopupData, actions: Option<PopupActions>) {
    let data = Rc::new(data);
    let page = root.clone();
    let listener = EventListener::new(root, "click", move |event| {
        let Some(target) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(control)) = target.closest("[data-action]") else { return };
        let action = control.get_attribute("data-action");
        if matches!(action.as_deref(), Some("reset" | "cancel-reset")) {
            // Asking first is the page's own business; only "Clear this session" calls the shell.
            let _ = ask_reset(&page, action.as_deref() == Some("reset"));
            return;
        }
        if let (Some(action), Some(actions)) = (action, actions.as_ref()) {
            // A failing callback must not break the popup; the shell reports its own errors.
            let _ = act(&action, control.get_attribute("data-host").as_deref(), &data, actions);
        }
    });
    LISTENERS.with(|listeners| {
        let mut listeners = listeners.borrow_mut();
        listeners.retain(|(known, _)| known.is_connected() && !known.is_same_node(Some(root)));
        listeners.push((root.clone(), listener));
    });
}

/// Opens (`open`) or closes the question "Reset session…" asks, moving the focus into it or back to the button.
fn ask_reset(root: &Element, open: bool) -> Result<(), JsValue> {
    let (Some(question), Some(reset)) =
        (root.query_selector(&format!("#{}", view::RESET_CONFIRM_ID))?, root.query_selector("[data-action=reset]")?)
    else {
        return Ok(());
    };
    reset.set_attribute("aria-expanded", if open { "true" } else { "false" })?;
    if open {
        question.remove_attribute("hidden")?;
        if let Some(keep) = question.query_selector("[data-action=cancel-reset]")? {
            keep.unchecked_into::<HtmlElement>().focus()?;
        }
    } else {
        question.set_attribute("hidden", "")?;
        reset.unchecked_into::<HtmlElement>().focus()?;
    }
    Ok(())
}

/// Calls the shell for the control clicked; `host` is the control's `data-host`, for the list of the user's sites.
fn act(action: &str, host: Option<&str>, data: &PopupData, actions: &PopupActions) -> Result<(), JsValue> {
    match (action, data.tab.as_ref()) {
        ("enable-site", _) => match &data.offer {
            Some(offer) => actions.enable_site(&offer.host),
            None => Ok(()),
        },
        ("disable-site", _) => match host.filter(|host| data.user_sites.iter().any(|known| known == host)) {
            Some(host) => actions.disable_site(host),
            None => Ok(()),
        },
        ("site", Some(tab)) => actions.set_site_enabled(!tab.enabled),
        ("pause", Some(tab)) => actions.set_paused(!tab.paused),
        ("confirm-reset", _) => actions.reset_session(),
        ("export", _) => {
            let day = iso_time(js_sys::Date::now());
            let filename = format!("tact-session-{}.csv", day.get(..10).unwrap_or("today"));
            actions.download(&filename, &session_csv(&data.stats))
        }
        _ => Ok(()),
    }
}
