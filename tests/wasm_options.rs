//! Browser tests (wasm-bindgen-test in headless Chromium) of the options page rendered from a given stored state,
//! and of what its controls ask the shell to do.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use support::{click, find, has, recording, root, text_of};
use tact::pages::options::{render_options, OptionsActions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

/// A team preset on top of `builtin:default`: one rule of its own, a promotion threshold, gate `hold`.
const TEAM: &str = r#"{"format": 1, "id": "acme", "name": "ACME voice", "version": "2.4.0",
  "description": "How ACME talks to its community.", "extends": "builtin:default",
  "checks": {"promotion": {"warnAbove": 0.6}}, "gate": "hold",
  "rules": [{"id": "no-hard-sell", "kind": "avoid", "phrases": ["buy now"], "principle": "promotion",
    "description": "Hard-sell phrases.", "message": "Sounds like an ad: '{match}'."}],
  "overrides": {"builtin.absolutes": "off"},
  "tests": [{"text": "Buy now!", "expect": ["no-hard-sell"]}]}"#;

/// The page's data with `preset` as the stored record (its `json` set to `TEAM`) and `extra` fields beside it.
fn data(preset: &str, extra: &str) -> JsValue {
    let team = serde_json::to_string(TEAM).expect("a JSON string");
    let preset = preset.replace("TEAM", &team);
    let text = format!(r#"{{"preset": {preset}{extra}}}"#);
    js_sys::JSON::parse(&text).unwrap_or_else(|_| panic!("valid JSON: {text}"))
}

/// Sets a control's value and fires the bubbling `change` a person's edit fires.
fn change(root: &Element, selector: &str, value: &str) {
    let control = find(root, selector);
    js_sys::Reflect::set(&control, &"value".into(), &value.into()).expect("value set");
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).expect("init");
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&js_sys::global(), &"Event".into()).expect("Event").unchecked_into();
    let args = js_sys::Array::of2(&"change".into(), &init);
    let event = js_sys::Reflect::construct(&constructor, &args).expect("an event");
    control.dispatch_event(event.unchecked_ref()).expect("dispatched");
}

/// Shell callbacks that record each call as a line, objects as JSON, e.g. `useBuiltin builtin:launch`.
fn recording_actions() -> (OptionsActions, Rc<RefCell<Vec<String>>>) {
    let names = ["useBuiltin", "importText", "importFile", "subscribe", "updateNow", "saveChoices", "download"];
    let (object, calls) = recording(&names, |arg| {
        if arg.is_undefined() {
            None
        } else if let Some(element) = arg.dyn_ref::<Element>() {
            Some(format!("<{}>", element.id()))
        } else {
            Some(arg.as_string().unwrap_or_else(|| js_sys::JSON::stringify(arg).map(String::from).unwrap_or_default()))
        }
    });
    (object.unchecked_into(), calls)
}

#[wasm_bindgen_test]
fn with_nothing_stored_the_builtin_default_is_active_with_every_rule() {
    let root = root();
    render_options(&root, JsValue::UNDEFINED, None).expect("rendered");
    assert!(text_of(&root, "[data-fact=source]").contains("builtin:default"));
    assert!(has(&root, "li[data-rule='builtin.absolutes'] option[value=hint][selected]"));
    let rules = root.query_selector_all("ul.rules li").expect("rules").length();
    assert!(rules > 20, "every built-in rule is listed: {rules}");
    assert!(!has(&root, "#update"), "nothing to update without a subscription");
    assert_eq!(root.query_selector_all("#builtin option").expect("options").length(), 3);
}

#[wasm_bindgen_test]
fn a_team_preset_shows_its_facts_its_own_rules_first_and_its_overrides() {
    let root = root();
    render_options(&root, data(r#"{"source": "file", "json": TEAM, "label": "acme.json"}"#, ""), None)
        .expect("rendered");
    assert_eq!(text_of(&root, "[data-fact=name]"), "ACME voice");
    assert_eq!(text_of(&root, "[data-fact=version]"), "2.4.0");
    assert_eq!(text_of(&root, "[data-fact=source]"), "Imported from acme.json");
    assert_eq!(text_of(&root, "[data-fact=extends]"), "builtin:default");
    let first = find(&root, ".rule-group[data-principle=promotion] ul.rules li");
    assert_eq!(first.get_attribute("data-rule").as_deref(), Some("no-hard-sell"), "the team's rules first");
    assert_eq!(text_of(&root, "[for='rule-no-hard-sell']"), "No hard sell");
    assert!(first.text_content().unwrap_or_default().contains("Hard-sell phrases."));
    assert!(first.text_content().unwrap_or_default().contains("Your team's rule"));
    assert_eq!(find(&root, "li[data-rule='builtin.absolutes']").get_attribute("data-severity").as_deref(), Some("off"));
    assert_eq!(
        js_sys::Reflect::get(&find(&root, "#check-promotion-threshold"), &"value".into())
            .ok()
            .and_then(|v| v.as_string())
            .as_deref(),
        Some("60")
    );
    assert!(text_of(&root, "#gate option[selected]").contains("As the preset says (hold)"));
}

#[wasm_bindgen_test]
fn every_error_of_a_refused_preset_is_listed_with_its_path_and_hint() {
    let root = root();
    let notice = r#", "notice": {"ok": false, "message": "Not imported: The preset has 2 problems. The previous preset is still active.",
        "errors": [{"path": "rules[0].phrase", "message": "unknown key `phrase`.", "hint": "Did you mean `phrases`?"},
                   {"path": "rules[1].pattern", "message": "the regular expression does not compile."}]}"#;
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, notice), None).expect("rendered");
    let alert = find(&root, "[data-notice=error]");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    assert!(text_of(&root, "[data-notice=error] > p").contains("still active"));
    let first = text_of(&root, "li[data-path='rules[0].phrase']");
    assert!(
        first.contains("rules[0].phrase") && first.contains("unknown key") && first.contains("Did you mean phrases?"),
        "{first}"
    );
    assert!(!first.contains('`'), "Markdown marks are drawn, not shown: {first}");
    assert!(has(&root, "li[data-path='rules[0].phrase'] .muted code"), "`phrases` is set as code");
    assert!(has(&root, "li[data-path='rules[1].pattern']"));
    assert_eq!(text_of(&root, "[data-fact=name]"), "ACME voice", "the previous preset is still shown as active");
}

#[wasm_bindgen_test]
fn a_subscription_shows_its_address_its_dates_and_the_last_problem_with_update_now() {
    let root = root();
    let preset = r#"{"source": "url", "json": TEAM, "url": "https://example.com/acme.json", "etag": "\"v1\"",
        "lastChecked": 1795681621000, "lastUpdated": 1795600000000,
        "lastError": "The new copy was refused: The preset has 1 problem. The last good copy is still active.",
        "lastErrors": [{"path": "format", "message": "format 2 is newer than this Tact understands.", "hint": "Update Tact."}]}"#;
    let (actions, calls) = recording_actions();
    render_options(&root, data(preset, ""), Some(actions)).expect("rendered");
    assert_eq!(text_of(&root, "[data-fact=url]"), "https://example.com/acme.json");
    assert_eq!(text_of(&root, "[data-fact=last-checked]"), "2026-11-26 08:27 UTC");
    assert!(text_of(&root, "[data-fact=last-updated]").starts_with("2026-11-25"));
    assert!(text_of(&root, "[data-problem=last-error]").contains("last good copy"));
    assert!(text_of(&root, "[data-problem=last-error] li[data-path=format]").contains("Update Tact."));
    click(&root, "#update");
    click(&root, "#export");
    assert_eq!(calls.borrow()[0], "updateNow");
    assert!(calls.borrow()[1].starts_with("download acme.json | {\"format\": 1"), "{}", calls.borrow()[1]);
}

#[wasm_bindgen_test]
fn an_admin_lock_disables_its_check_and_says_why_in_the_admins_words() {
    let root = root();
    let preset = r#"{"source": "file", "json": TEAM, "admin": {"checks": {"promotion": {"warnAbove": 0.4}}, "gate": "warn"},
        "lockReasons": {"promotion": "Brand policy: no sales talk in support replies."}}"#;
    render_options(&root, data(preset, ""), None).expect("rendered");
    let threshold = find(&root, "#check-promotion-threshold");
    assert!(threshold.has_attribute("disabled"));
    assert_eq!(threshold.get_attribute("value").as_deref(), Some("40"), "the admin's value wins");
    assert!(threshold.get_attribute("aria-describedby").unwrap_or_default().contains("lock-promotion"));
    assert!(text_of(&root, "[data-lock=promotion]").contains("Brand policy: no sales talk"));
    assert!(text_of(&root, "[data-lock=gate]").contains("administrator"), "no reason given: the engine's own");
    assert!(find(&root, "#gate").has_attribute("disabled"));
    assert!(!find(&root, "#check-respect-threshold").has_attribute("disabled"), "what is not locked stays editable");
}

#[wasm_bindgen_test]
fn an_admins_preset_cannot_be_replaced_from_the_page() {
    let root = root();
    render_options(&root, data(r#"{"source": "admin", "json": TEAM}"#, ""), None).expect("rendered");
    assert!(text_of(&root, "[data-lock=preset]").contains("administrator"));
    assert!(!has(&root, "#preset-file") && !has(&root, "#preset-url") && !has(&root, "#use-builtin"));
}

#[wasm_bindgen_test]
fn switching_rules_and_thresholds_saves_the_users_own_layer() {
    let root = root();
    let (actions, calls) = recording_actions();
    let extra =
        r#", "userChoices": "{\"rules\": {\"builtin.gratitude\": \"off\"}}", "disabledRules": ["builtin.hedges"]"#;
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, extra), Some(actions)).expect("rendered");
    assert!(text_of(&root, "li[data-rule='builtin.gratitude']")
        .contains("Your choice (the preset says: Show as a strength)"));
    change(&root, "[id='rule-no-hard-sell']", "off");
    change(&root, "[id='rule-builtin.hedges']", "hint");
    change(&root, "[id='rule-builtin.absolutes']", "hint");
    change(&root, "#check-promotion-threshold", "45");
    change(&root, "#gate", "off");
    change(&root, "#check-respect-threshold", "150");
    change(&root, "#check-respect-threshold", "12.5");
    let calls = calls.borrow();
    assert_eq!(calls.len(), 5, "a threshold out of range or not a whole percent waits for a valid one");
    assert_eq!(
        calls[0],
        r#"saveChoices {"rules":{"builtin.gratitude":"off","no-hard-sell":"off"},"checks":{},"gate":null} | ["builtin.hedges"]"#
    );
    assert_eq!(
        calls[1], r#"saveChoices {"rules":{"builtin.gratitude":"off"},"checks":{},"gate":null} | []"#,
        "a rule off from a card comes back on"
    );
    assert_eq!(
        calls[2],
        r#"saveChoices {"rules":{"builtin.absolutes":"hint","builtin.gratitude":"off"},"checks":{},"gate":null} | ["builtin.hedges"]"#,
        "a rule the preset turned off comes on at a built-in rule's severity"
    );
    assert_eq!(
        calls[3],
        r#"saveChoices {"rules":{"builtin.gratitude":"off"},"checks":{"promotion":{"warnAbove":0.45}},"gate":null} | ["builtin.hedges"]"#
    );
    assert_eq!(
        calls[4],
        r#"saveChoices {"rules":{"builtin.gratitude":"off"},"checks":{},"gate":"off"} | ["builtin.hedges"]"#
    );
}

#[wasm_bindgen_test]
fn an_issue_rule_can_be_set_to_stop_the_post_and_back_to_the_preset_s_level() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, ""), Some(actions)).expect("rendered");
    let levels: Vec<String> = (0..3)
        .filter_map(|i| root.query_selector_all("[id='rule-builtin.condescension'] option").ok()?.item(i))
        .filter_map(|option| option.dyn_into::<Element>().ok()?.get_attribute("value"))
        .collect();
    assert_eq!(levels, ["off", "hint", "warn"]);
    change(&root, "[id='rule-builtin.condescension']", "warn");
    change(&root, "[id='rule-no-hard-sell']", "warn");
    let calls = calls.borrow();
    assert_eq!(calls[0], r#"saveChoices {"rules":{"builtin.condescension":"warn"},"checks":{},"gate":null} | []"#);
    assert_eq!(
        calls[1], r#"saveChoices {"rules":{},"checks":{},"gate":null} | []"#,
        "the level the preset already gives is no choice of the user's"
    );
}

#[wasm_bindgen_test]
fn a_strength_rule_offers_no_level_that_would_stop_a_post_and_says_why() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, ""), Some(actions)).expect("rendered");
    let select = find(&root, "[id='rule-builtin.gratitude']");
    assert_eq!(
        find(&root, "li[data-rule='builtin.gratitude']").get_attribute("data-effect").as_deref(),
        Some("strength")
    );
    assert!(!has(&root, "[id='rule-builtin.gratitude'] option[value=warn]"), "warn would do nothing for a strength");
    assert!(has(&root, "[id='rule-builtin.gratitude'] option[value=off]"));
    assert!(text_of(&root, "[id='rule-builtin.gratitude'] option[value=hint]").contains("strength"));
    let described = select.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.split(' ').any(|id| id == "rules-strength-note"), "{described}");
    assert!(text_of(&root, "#rules-strength-note").contains("never stop a post"));
    assert!(!has(&root, "[data-note=strength]"), "the strength note is said once, not under every strength rule");
    assert!(has(&root, "[id='rule-builtin.condescension'] option[value=warn]"), "an issue rule keeps every level");
    assert!(!has(&root, "[id='rule-builtin.condescension-strength']"));

    // A level from anywhere else (an old page, a script) is still kept at `hint` for a strength.
    let select = find(&root, "[id='rule-builtin.gratitude']");
    let warn = root.owner_document().expect("a document").create_element("option").expect("an option");
    warn.set_attribute("value", "warn").expect("set");
    select.append_child(&warn).expect("appended");
    change(&root, "[id='rule-builtin.gratitude']", "warn");
    assert_eq!(calls.borrow()[0], r#"saveChoices {"rules":{},"checks":{},"gate":null} | []"#);
}

#[wasm_bindgen_test]
fn a_preset_asking_warn_for_a_strength_shows_the_warning_with_its_path_and_the_real_level() {
    let root = root();
    let preset = r#"{"source": "file", "json": "{\"format\": 1, \"id\": \"thanks\", \"name\": \"Thanks\", \"overrides\": {\"builtin.gratitude\": \"warn\"}}"}"#;
    render_options(&root, data(preset, ""), None).expect("rendered");
    let warning = text_of(&root, r#"[data-problem=warnings] li[data-path='overrides["builtin.gratitude"]']"#);
    assert!(warning.contains("no effect") && warning.contains("Use hint"), "{warning}");
    let item = find(&root, "li[data-rule='builtin.gratitude']");
    assert_eq!(item.get_attribute("data-severity").as_deref(), Some("hint"), "what the rule really does");
    assert!(has(&root, "[id='rule-builtin.gratitude'] option[value=hint][selected]"));
    assert!(text_of(&root, "[id='rule-builtin.gratitude-strength']").contains("which has no effect on a strength"));
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, ""), None).expect("rendered");
    assert!(!has(&root, "[data-problem=warnings]"), "a preset without such a setting shows no warning");
}

#[wasm_bindgen_test]
fn the_import_and_subscribe_controls_hand_the_shell_what_was_entered() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_options(&root, JsValue::NULL, Some(actions)).expect("rendered");
    change(&root, "#builtin", "builtin:launch");
    click(&root, "#use-builtin");
    change(&root, "#preset-text", r#"{"format": 1}"#);
    click(&root, "#import-text");
    change(&root, "#preset-url", "https://example.com/p.json");
    click(&root, "#subscribe");
    change(&root, "#preset-file", "");
    assert_eq!(
        *calls.borrow(),
        [
            "useBuiltin builtin:launch",
            r#"importText {"format": 1} | pasted text"#,
            "subscribe https://example.com/p.json",
            "importFile <preset-file>",
        ]
    );
}

#[wasm_bindgen_test]
fn unreadable_choices_are_reported_and_kept_out_of_reach() {
    let root = root();
    render_options(
        &root,
        data("null", r#", "userChoices": "{\"rules\": {\"builtin.gratitude\": \"sometimes\"}}""#),
        None,
    )
    .expect("rendered");
    assert!(text_of(&root, "[data-problem=layers]").contains("could not be read"));
    assert!(find(&root, "[id='rule-builtin.gratitude']").has_attribute("disabled"));
    assert!(find(&root, "#check-respect-threshold").has_attribute("disabled"));
}

/// Sets the rule search's text and fires the `input` a person's typing fires.
fn search(root: &Element, text: &str) {
    let field = find(root, "#rule-search");
    js_sys::Reflect::set(&field, &"value".into(), &text.into()).expect("value set");
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).expect("init");
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&js_sys::global(), &"InputEvent".into()).expect("InputEvent").unchecked_into();
    let event = js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"input".into(), &init)).expect("event");
    field.dispatch_event(event.unchecked_ref()).expect("dispatched");
}

#[wasm_bindgen_test]
fn rules_are_listed_by_plain_names_under_the_principles_the_card_names() {
    let root = root();
    render_options(&root, JsValue::UNDEFINED, None).expect("rendered");
    let groups: Vec<String> = (0..8)
        .filter_map(|i| root.query_selector_all(".rule-group h3").ok()?.item(i))
        .filter_map(|node| node.text_content())
        .collect();
    assert_eq!(groups, ["Listening", "Suspending judgment", "Respect", "Your own voice", "Promotion"]);
    assert_eq!(text_of(&root, "[for='rule-builtin.condescension']"), "Talking down");
    assert_eq!(text_of(&root, "[for='rule-builtin.absolutes']"), "Always and never");
    assert!(has(&root, ".rule-group[data-principle=suspending] li[data-rule='builtin.absolutes']"));
    let labels = root.query_selector_all("ul.rules label").expect("labels");
    for index in 0..labels.length() {
        let label = labels.item(index).and_then(|node| node.text_content()).unwrap_or_default();
        let plain = !label.contains("builtin.") && label.chars().next().is_some_and(|first| !first.is_lowercase());
        assert!(plain, "a raw id as a rule's name: {label}");
    }
}

#[wasm_bindgen_test]
fn a_description_s_markdown_is_drawn_as_text_never_shown_as_its_marks() {
    let root = root();
    let team = TEAM.replace("Hard-sell phrases.", "Avoid the **hard sell**: `buy now` and kin.");
    let preset = format!(r#"{{"source": "file", "json": {}}}"#, serde_json::to_string(&team).expect("JSON"));
    let data = js_sys::JSON::parse(&format!(r#"{{"preset": {preset}}}"#)).expect("valid JSON");
    render_options(&root, data, None).expect("rendered");
    let about = find(&root, "[id='rule-no-hard-sell-about']");
    assert_eq!(about.text_content().as_deref(), Some("Avoid the hard sell: buy now and kin."));
    assert_eq!(text_of(&root, "[id='rule-no-hard-sell-about'] strong"), "hard sell");
    assert_eq!(text_of(&root, "[id='rule-no-hard-sell-about'] code"), "buy now");
    assert!(!text_of(&root, "#change").contains('`'), "the page's own help has no Markdown marks either");
}

#[wasm_bindgen_test]
fn the_rule_search_shows_only_matching_rules_says_how_many_and_survives_a_render() {
    let root = root();
    render_options(&root, JsValue::UNDEFINED, None).expect("rendered");
    search(&root, "condescension");
    assert!(!find(&root, "li[data-rule='builtin.condescension']").has_attribute("hidden"));
    assert!(find(&root, "li[data-rule='builtin.talking-down']").has_attribute("hidden"), "its neighbour in kind goes");
    assert!(find(&root, "li[data-rule='builtin.gratitude']").has_attribute("hidden"));
    assert!(find(&root, ".rule-group[data-principle=listening]").has_attribute("hidden"), "an empty group goes");
    assert_eq!(text_of(&root, "#rule-search-status"), "1 rule matches.");
    render_options(&root, JsValue::UNDEFINED, None).expect("rendered again, as after a change");
    assert!(find(&root, "li[data-rule='builtin.gratitude']").has_attribute("hidden"), "the search is kept");
    search(&root, "builtin.hedges");
    assert!(!find(&root, "li[data-rule='builtin.hedges']").has_attribute("hidden"), "the id is searched too");
    search(&root, "zzzz");
    assert_eq!(text_of(&root, "#rule-search-status"), "No rule matches \u{201c}zzzz\u{201d}.");
    search(&root, "");
    assert!(!find(&root, "li[data-rule='builtin.gratitude']").has_attribute("hidden"));
    assert_eq!(text_of(&root, "#rule-search-status"), "");
}

#[wasm_bindgen_test]
fn the_rules_i_turned_off_are_listed_each_with_an_undo() {
    let root = root();
    let (actions, calls) = recording_actions();
    let extra =
        r#", "userChoices": "{\"rules\": {\"builtin.condescension\": \"off\"}}", "disabledRules": ["builtin.hedges"]"#;
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, extra), Some(actions)).expect("rendered");
    assert_eq!(text_of(&root, "li[data-off-rule='builtin.condescension'] span"), "Talking down");
    assert!(has(&root, "li[data-off-rule='builtin.hedges']"));
    assert!(!has(&root, "li[data-off-rule='builtin.absolutes']"), "the preset turned that one off, not the user");
    let undo = find(&root, "li[data-off-rule='builtin.hedges'] button");
    assert_eq!(undo.get_attribute("aria-label").as_deref(), Some("Turn back on: Offering a view tentatively"));
    click(&root, "li[data-off-rule='builtin.hedges'] button");
    click(&root, "li[data-off-rule='builtin.condescension'] button");
    let calls = calls.borrow();
    assert_eq!(calls[0], r#"saveChoices {"rules":{"builtin.condescension":"off"},"checks":{},"gate":null} | []"#);
    assert_eq!(calls[1], r#"saveChoices {"rules":{},"checks":{},"gate":null} | ["builtin.hedges"]"#);
    render_options(&root, JsValue::UNDEFINED, None).expect("rendered");
    assert!(text_of(&root, "[data-turned-off]").contains("None"), "nothing turned off says so");
}

/// Puts a `chrome.i18n.getMessage` that reads `catalog` (a messages.json) on the page, as the browser does in that
/// locale, until dropped.
struct Locale;

impl Locale {
    fn of(catalog: &str) -> Self {
        let lookup = js_sys::Function::new_with_args(
            "text",
            "const catalog = JSON.parse(text);
             return (key, values) => {
               const entry = catalog[key];
               if (!entry) return '';
               const fill = (content) => content.replace(/\\$(\\d)/g, (_, n) => values[Number(n) - 1] ?? '');
               return entry.message.replace(/\\$([A-Za-z0-9_@]+)\\$/g, (whole, name) => {
                 const placeholder = Object.entries(entry.placeholders ?? {})
                   .find(([known]) => known.toLowerCase() === name.toLowerCase());
                 return placeholder ? fill(placeholder[1].content) : whole;
               }).replaceAll('$$', '$');
             };",
        );
        let get_message = lookup.call1(&JsValue::NULL, &catalog.into()).expect("a lookup");
        let i18n = js_sys::Object::new();
        js_sys::Reflect::set(&i18n, &"getMessage".into(), &get_message).expect("i18n");
        let chrome = js_sys::Object::new();
        js_sys::Reflect::set(&chrome, &"i18n".into(), &i18n).expect("chrome");
        js_sys::Reflect::set(&js_sys::global(), &"chrome".into(), &chrome).expect("global chrome");
        Locale
    }
}

impl Drop for Locale {
    fn drop(&mut self) {
        let global: js_sys::Object = js_sys::global();
        let _ = js_sys::Reflect::delete_property(&global, &"chrome".into());
    }
}

#[wasm_bindgen_test]
fn a_refused_preset_s_errors_are_listed_in_the_user_s_language() {
    let bad = r#"{"format": 1, "id": "t", "name": "T", "gate": 3,
        "rules": [{"id": "x", "kind": "avoid", "phrase": ["a"]}]}"#;
    let source = tact::preset::Source { name: "pasted".into(), text: bad.into() };
    let errors = match tact::preset::load(&source, &tact::preset::BuiltinsOnly) {
        Err(errors) => errors.errors,
        Ok(_) => panic!("the preset should be refused"),
    };
    let errors = serde_json::to_string(&errors).expect("errors as JSON");
    let notice = format!(r#", "notice": {{"ok": false, "message": "No se importó.", "errors": {errors}}}"#);
    let root = root();
    let spanish = Locale::of(include_str!("../_locales/es/messages.json"));
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, &notice), None).expect("rendered");
    let phrase = text_of(&root, "li[data-path='rules[0].phrase']");
    assert!(phrase.contains("clave desconocida: phrase.") && phrase.contains("¿Querías decir phrases?"), "{phrase}");
    let gate = text_of(&root, "li[data-path=gate]");
    assert!(gate.contains("se esperaba uno de") && gate.contains("y hay el número 3."), "{gate}");
    drop(spanish);
    render_options(&root, data(r#"{"source": "file", "json": TEAM}"#, &notice), None).expect("rendered");
    let gate = text_of(&root, "li[data-path=gate]");
    assert!(gate.contains("expected one of") && gate.contains("found the number 3."), "{gate}");
}
