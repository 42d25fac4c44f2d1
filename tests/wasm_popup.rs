//! Browser tests (wasm-bindgen-test in headless Chromium) of the popup rendered from a given stats object.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use support::{click, find, has, recording, root, text_of};
use tact::pages::popup::{render_popup, PopupActions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

/// A session on two sites: 5 drafts, 3 posts (the first two improved after feedback), 2 pre-post checks shown.
const SESSION: &str = r#"{
  "stats": {
    "drafts": 5,
    "bySite": {"x": 3, "reddit": 2},
    "posts": [
      {"time": 1795681621000, "site": "x", "first": {"listening": 0.2, "respect": 0.3, "promotion": 0.9},
       "final": {"listening": 0.6, "respect": 0.8, "promotion": 0.2}, "rules": ["builtin.urgency", "builtin.sales-language"]},
      {"time": 1795681681000, "site": "x", "first": {"listening": 0.4, "respect": 0.2, "promotion": 0.1},
       "final": {"listening": 0.4, "respect": 0.7, "promotion": 0.1}, "rules": ["builtin.urgency"]},
      {"time": 1795681741000, "site": "reddit", "first": {"listening": 0.5, "respect": 0.5, "promotion": 0.3},
       "final": {"listening": 0.5, "respect": 0.5, "promotion": 0.3}, "rules": []}
    ],
    "checks": [
      {"time": 1, "site": "x", "outcome": "shown"}, {"time": 2, "site": "x", "outcome": "edited"},
      {"time": 3, "site": "reddit", "outcome": "shown"}, {"time": 4, "site": "reddit", "outcome": "posted-anyway"}
    ]
  },
  "lifetime": {"drafts": 40, "posts": 21, "improved": 9},
  "tab": {"site": "reddit.com", "enabled": true, "paused": false}
}"#;

fn json(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("valid JSON")
}

/// Shell callbacks that record each call as a line, e.g. `setPaused true`.
fn recording_actions() -> (PopupActions, Rc<RefCell<Vec<String>>>) {
    let names = ["setSiteEnabled", "setPaused", "resetSession", "download", "enableSite", "disableSite"];
    let (object, calls) = recording(&names, |arg| arg.as_bool().map(|b| b.to_string()).or(arg.as_string()));
    (object.unchecked_into(), calls)
}

#[wasm_bindgen_test]
fn every_count_is_shown_with_its_test_hook() {
    let root = root();
    render_popup(&root, json(SESSION), None).expect("rendered");
    let expected = [
        ("drafts", "5"),
        ("posts", "3"),
        ("improved", "2"),
        ("checks-shown", "2"),
        ("checks-edited", "1"),
        ("checks-posted-anyway", "1"),
    ];
    for (stat, value) in expected {
        assert_eq!(text_of(&root, &format!("[data-stat={stat}]")), value, "{stat}");
    }
}

#[wasm_bindgen_test]
fn missing_stats_render_as_zero_with_the_builtin_preset() {
    let root = root();
    render_popup(&root, JsValue::UNDEFINED, None).expect("rendered");
    assert_eq!(text_of(&root, "[data-stat=drafts]"), "0");
    assert_eq!(text_of(&root, "[data-stat=posts]"), "0");
    assert!(!has(&root, "svg.chart"), "no chart before the first post");
    let preset = find(&root, "[data-preset]");
    assert_eq!(preset.get_attribute("data-preset").as_deref(), Some("builtin:default"));
    assert!(text_of(&root, "#preset-heading + p + p").contains("built-in"));
}

#[wasm_bindgen_test]
fn the_chart_has_one_line_per_score_through_every_post() {
    let root = root();
    render_popup(&root, json(SESSION), None).expect("rendered");
    let chart = find(&root, "svg.chart");
    assert_eq!(chart.get_attribute("data-chart-posts").as_deref(), Some("3"));
    assert_eq!(chart.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"));
    let dot_title = find(&root, "svg.chart circle.respect title");
    assert_eq!(dot_title.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"), "built in the SVG namespace");
    assert_eq!(dot_title.text_content().as_deref(), Some("Post 1: respect 80"));
    let series = |name: &str| {
        let line = find(&root, &format!("polyline[data-series={name}]"));
        line.get_attribute("data-values").unwrap_or_default()
    };
    assert_eq!(series("listening"), "60,40,50");
    assert_eq!(series("respect"), "80,70,50");
    assert_eq!(series("promotion"), "20,10,30");
    assert_eq!(text_of(&root, "[data-average=respect]"), "67");
}

#[wasm_bindgen_test]
fn the_rules_that_fired_most_come_first_with_their_messages() {
    let root = root();
    render_popup(&root, json(SESSION), None).expect("rendered");
    let first = find(&root, "ol.rules li");
    assert_eq!(first.get_attribute("data-rule").as_deref(), Some("builtin.urgency"));
    let text = first.text_content().unwrap_or_default();
    assert!(text.contains("2 posts"), "{text}");
    assert!(text.to_lowercase().contains("urgency"), "the rule's own description explains it: {text}");
}

#[wasm_bindgen_test]
fn each_site_has_a_row() {
    let root = root();
    render_popup(&root, json(SESSION), None).expect("rendered");
    let cells = |site: &str| {
        let row = find(&root, &format!("tr[data-site={site}]"));
        let cells = row.query_selector_all("th, td").expect("cells");
        (0..cells.length()).filter_map(|at| cells.item(at)).filter_map(|cell| cell.text_content()).collect::<Vec<_>>()
    };
    assert_eq!(cells("x"), ["X (x.com)", "3", "2", "2", "1"]);
    assert_eq!(cells("reddit"), ["Reddit", "2", "1", "0", "1"]);
    let first = find(&root, "table.sites tbody tr");
    assert_eq!(first.get_attribute("data-site").as_deref(), Some("reddit"), "rows in the order of their names");
}

#[wasm_bindgen_test]
fn the_site_switch_names_the_site_as_the_table_does() {
    let root = root();
    render_popup(&root, json(r#"{"tab": {"site": "x.com", "enabled": false}}"#), None).expect("rendered");
    assert_eq!(text_of(&root, "p.site"), "X (x.com)");
    assert_eq!(find(&root, "p.site").get_attribute("data-site-key").as_deref(), Some("x.com"));
    assert_eq!(text_of(&root, "[data-action=site] span:not(.state):not(.track)"), "Check drafts on X (x.com)");
    assert_eq!(text_of(&root, "[data-action=site] .state"), "Off", "the state in words, not only the knob");
    assert!(text_of(&root, "[data-tab-state]").starts_with("Off on X (x.com):"));
    render_popup(&root, json(r#"{"tab": {"site": "forum.example.com"}}"#), None).expect("rendered again");
    assert_eq!(text_of(&root, "p.site"), "forum.example.com", "a site the user turned on reads as its host");
}

#[wasm_bindgen_test]
fn a_team_preset_is_named_with_its_source_and_its_problem() {
    let root = root();
    let data = json(
        r#"{"preset": {"id": "acme", "name": "ACME voice", "version": "2.4.0", "source": "url",
            "problem": "The subscription could not be refreshed: HTTP 404."}}"#,
    );
    render_popup(&root, data, None).expect("rendered");
    assert_eq!(text_of(&root, "[data-preset=acme]"), "ACME voice 2.4.0");
    assert!(text_of(&root, "#preset-heading + p + p").contains("subscribed by URL"));
    assert!(text_of(&root, "#preset [role=alert]").contains("HTTP 404"));
}

#[wasm_bindgen_test]
fn unreadable_stats_are_reported_not_hidden() {
    let root = root();
    render_popup(&root, json(r#"{"stats": {"drafts": "many"}}"#), None).expect("rendered");
    assert!(text_of(&root, "[role=alert]").contains("could not read"));
    assert_eq!(text_of(&root, "[data-stat=drafts]"), "0");
}

#[wasm_bindgen_test]
fn the_site_switch_and_pause_button_say_their_state_and_call_the_shell() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_popup(&root, json(SESSION), Some(actions)).expect("rendered");
    let switch = find(&root, "[data-action=site]");
    assert_eq!(switch.get_attribute("role").as_deref(), Some("switch"));
    assert_eq!(switch.get_attribute("aria-checked").as_deref(), Some("true"));
    assert_eq!(switch.text_content().as_deref(), Some("Check drafts on RedditOn"));
    assert_eq!(text_of(&root, "[data-action=site] .state"), "On");
    assert_eq!(find(&root, "[data-action=site] .state").get_attribute("aria-hidden").as_deref(), Some("true"));
    click(&root, "[data-action=site]");
    click(&root, "[data-action=pause]");
    assert_eq!(*calls.borrow(), ["setSiteEnabled false", "setPaused true"]);
}

#[wasm_bindgen_test]
fn reset_asks_first_and_only_clearing_calls_the_shell() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_popup(&root, json(SESSION), Some(actions)).expect("rendered");
    let question = find(&root, "#reset-confirm");
    assert!(question.has_attribute("hidden"), "no question before the button is pressed");
    click(&root, "[data-action=reset]");
    assert!(!question.has_attribute("hidden"));
    assert_eq!(find(&root, "[data-action=reset]").get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(text_of(&root, "#reset-question").contains("Clear this session's stats?"));
    let focused = root.owner_document().and_then(|document| document.active_element());
    assert_eq!(focused.and_then(|element| element.get_attribute("data-action")).as_deref(), Some("cancel-reset"));
    click(&root, "[data-action=cancel-reset]");
    assert!(question.has_attribute("hidden"), "keeping the session closes the question");
    assert!(calls.borrow().is_empty(), "nothing cleared by asking or by keeping");
    click(&root, "[data-action=reset]");
    click(&root, "[data-action=confirm-reset]");
    assert_eq!(*calls.borrow(), ["resetSession"]);
}

#[wasm_bindgen_test]
fn a_paused_tab_on_a_site_turned_off_says_so() {
    let root = root();
    render_popup(&root, json(r#"{"tab": {"site": "x.com", "enabled": false, "paused": true}}"#), None)
        .expect("rendered");
    assert_eq!(find(&root, "[data-action=site]").get_attribute("aria-checked").as_deref(), Some("false"));
    assert_eq!(find(&root, "[data-action=pause]").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(text_of(&root, "[data-tab-state]").contains("Off on X (x.com)"));
}

#[wasm_bindgen_test]
fn export_downloads_the_per_post_records_as_csv() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_popup(&root, json(SESSION), Some(actions)).expect("rendered");
    click(&root, "[data-action=export]");
    let call = calls.borrow().first().cloned().unwrap_or_default();
    let (filename, csv) = call.trim_start_matches("download ").split_once(" | ").unwrap_or_default();
    assert!(filename.starts_with("tact-session-") && filename.ends_with(".csv"), "{filename}");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "a header and three posts: {csv}");
    assert!(lines[0].starts_with("time,site,first_listening"));
    assert_eq!(lines[1], "2026-11-26T08:27:01Z,x,20,30,90,60,80,20,true,builtin.urgency;builtin.sales-language");
}

#[wasm_bindgen_test]
fn keyboard_focus_stays_on_the_control_across_a_render() {
    let root = root();
    render_popup(&root, json(SESSION), None).expect("rendered");
    let pause = find(&root, "[data-action=pause]");
    pause.unchecked_into::<HtmlElement>().focus().expect("focused");
    render_popup(&root, json(r#"{"tab": {"site": "reddit.com", "paused": true}}"#), None).expect("rendered again");
    let active = root.owner_document().and_then(|document| document.active_element()).expect("something has focus");
    assert_eq!(active.get_attribute("data-action").as_deref(), Some("pause"));
    assert_eq!(active.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
fn every_section_is_a_region_named_by_its_heading() {
    let root = root();
    render_popup(&root, json(SESSION), None).expect("rendered");
    let sections = root.query_selector_all("section").expect("sections");
    assert!(sections.length() >= 5);
    for at in 0..sections.length() {
        let section = sections.item(at).expect("a section").unchecked_into::<Element>();
        let label = section.get_attribute("aria-labelledby").unwrap_or_default();
        let heading = root.query_selector(&format!("#{label}")).expect("selector");
        assert!(heading.is_some_and(|heading| !heading.text_content().unwrap_or_default().is_empty()), "{label}");
    }
}

#[wasm_bindgen_test]
fn a_page_tact_is_not_on_offers_a_button_that_asks_the_shell_to_turn_it_on() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_popup(&root, json(r#"{"offer": {"host": "social.example.org"}}"#), Some(actions)).expect("rendered");
    let button = find(&root, "[data-action=enable-site]");
    assert_eq!(button.tag_name(), "BUTTON");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(button.text_content().as_deref(), Some("Turn Tact on for social.example.org"));
    let note = button.get_attribute("aria-describedby").unwrap_or_default();
    assert!(text_of(&root, &format!("#{note}")).contains("Chrome asks you"), "the button says what happens next");
    assert!(!has(&root, "[data-action=site]"), "no on/off switch for a site Tact is not on");
    click(&root, "[data-action=enable-site]");
    assert_eq!(*calls.borrow(), vec!["enableSite social.example.org".to_string()]);
}

#[wasm_bindgen_test]
fn without_an_offer_a_page_has_nothing_to_turn_on() {
    let root = root();
    render_popup(&root, json("{}"), None).expect("rendered");
    assert!(!has(&root, "[data-action=enable-site]"));
    assert!(!has(&root, "#user-sites"), "no empty list of the user's sites");
    assert_eq!(text_of(&root, "#tab p"), "Tact has nothing to check on this page.");
}

#[wasm_bindgen_test]
fn each_site_the_user_turned_on_has_its_own_named_turn_off_button() {
    let root = root();
    let (actions, calls) = recording_actions();
    let data = r#"{"userSites": ["social.example.org", "forum.example.com"],
                   "tab": {"site": "forum.example.com", "enabled": true, "paused": false}}"#;
    render_popup(&root, json(data), Some(actions)).expect("rendered");
    assert_eq!(root.query_selector_all("#user-sites li[data-user-site]").expect("items").length(), 2);
    let second = "[data-action=disable-site][data-host=\"forum.example.com\"]";
    assert_eq!(find(&root, second).get_attribute("aria-label").as_deref(), Some("Turn Tact off for forum.example.com"));
    assert_eq!(find(&root, "[data-action=site]").get_attribute("aria-checked").as_deref(), Some("true"));
    click(&root, second);
    assert_eq!(*calls.borrow(), vec!["disableSite forum.example.com".to_string()]);
}

#[wasm_bindgen_test]
fn a_turn_off_button_for_a_site_not_in_the_list_does_nothing() {
    let root = root();
    let (actions, calls) = recording_actions();
    render_popup(&root, json(r#"{"userSites": ["social.example.org"]}"#), Some(actions)).expect("rendered");
    find(&root, "[data-action=disable-site]").set_attribute("data-host", "x.com").expect("changed");
    click(&root, "[data-action=disable-site]");
    assert!(calls.borrow().is_empty(), "{:?}", calls.borrow());
}

#[wasm_bindgen_test]
fn the_outcome_of_turning_a_site_on_or_off_is_announced() {
    let root = root();
    render_popup(&root, json(r#"{"notice": {"ok": true, "message": "Tact is on for social.example.org."}}"#), None)
        .expect("rendered");
    assert_eq!(find(&root, "[data-notice]").get_attribute("role").as_deref(), Some("status"));
    assert_eq!(text_of(&root, "[data-notice]"), "Tact is on for social.example.org.");
    render_popup(&root, json(r#"{"notice": {"ok": false, "message": "Tact stays off for a.example."}}"#), None)
        .expect("rendered again");
    assert_eq!(find(&root, "[data-notice]").get_attribute("role").as_deref(), Some("alert"));
}

#[wasm_bindgen_test]
fn keyboard_focus_stays_on_the_same_sites_turn_off_button_across_a_render() {
    let root = root();
    let data = r#"{"userSites": ["a.example.org", "b.example.org"]}"#;
    render_popup(&root, json(data), None).expect("rendered");
    let second = find(&root, "[data-action=disable-site][data-host=\"b.example.org\"]");
    second.unchecked_into::<HtmlElement>().focus().expect("focused");
    render_popup(&root, json(data), None).expect("rendered again");
    let active = root.owner_document().and_then(|document| document.active_element()).expect("something has focus");
    assert_eq!(active.get_attribute("data-host").as_deref(), Some("b.example.org"));
}
