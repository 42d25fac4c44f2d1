//! The popup: this browser session's work at a glance, rendered from the stats the service worker keeps.

use std::collections::BTreeMap;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// The session's stats as the service worker stores them (see extension/src/shared/messages.ts).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SessionStats {
    pub drafts: u32,
    pub by_site: BTreeMap<String, u32>,
}

/// Renders the popup into `root` (its previous content is replaced).
#[wasm_bindgen(js_name = renderPopup)]
pub fn render_popup(root: &Element, stats: JsValue) -> Result<(), JsValue> {
    let stats: SessionStats = serde_wasm_bindgen::from_value(stats).unwrap_or_default();
    let document = root.owner_document().ok_or_else(|| JsValue::from_str("the popup has no document"))?;
    root.replace_children_with_node_0();
    let heading = element(&document, "h1", "Tact: this session")?;
    root.append_child(&heading)?;
    let list = document.create_element("dl")?;
    list.set_class_name("stats");
    append_stat(&document, &list, "drafts", "Drafts checked", stats.drafts)?;
    root.append_child(&list)?;
    if !stats.by_site.is_empty() {
        let sites_heading = element(&document, "h2", "By site")?;
        root.append_child(&sites_heading)?;
        let sites = document.create_element("ul")?;
        for (site, count) in &stats.by_site {
            let item = element(&document, "li", &format!("{site}: {count}"))?;
            sites.append_child(&item)?;
        }
        root.append_child(&sites)?;
    }
    Ok(())
}

fn element(document: &Document, tag: &str, text: &str) -> Result<Element, JsValue> {
    let node = document.create_element(tag)?;
    node.set_text_content(Some(text));
    Ok(node)
}

fn append_stat(document: &Document, list: &Element, key: &str, label: &str, value: u32) -> Result<(), JsValue> {
    let label_node = element(document, "dt", label)?;
    list.append_child(&label_node)?;
    let value_node = element(document, "dd", &value.to_string())?;
    value_node.set_attribute("data-stat", key)?;
    list.append_child(&value_node)?;
    Ok(())
}
