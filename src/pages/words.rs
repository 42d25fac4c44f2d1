//! The pages' words in the user's language: a catalog message by its key through chrome.i18n (the extension's pages
//! have it), or its English from the catalog itself where there is no chrome.i18n (the wasm tests' plain pages).

use std::collections::BTreeMap;

use js_sys::Array;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::engine::rules;
use crate::engine::{Axis, Principle};
use crate::messages::{self, Message};
use crate::preset::names::rule_name;
use crate::stats::sites::site_name;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "i18n"], js_name = getMessage)]
    fn get_message(key: &str, values: &Array) -> Result<String, JsValue>;
}

/// `message` in the user's language, its placeholders filled with `values` in order. (Not inlined: the pages call it
/// from some 150 places, and one copy keeps the wasm small.)
#[inline(never)]
pub(crate) fn tr(message: Message, values: &[&str]) -> String {
    let array: Array = values.iter().map(|value| JsValue::from_str(value)).collect();
    match get_message(message.key, &array) {
        Ok(text) if !text.is_empty() => text,
        _ => message.english_with(values),
    }
}

/// `message`, which has no placeholders, in the user's language.
#[inline(never)]
pub(crate) fn word(message: Message) -> String {
    tr(message, &[])
}

/// The catalog message `key`, named at run time (a rule's description), in the user's language; None where the
/// catalog has no such key or there is no chrome.i18n.
fn message_by_key(key: &str) -> Option<String> {
    get_message(key, &Array::new()).ok().filter(|text| !text.is_empty())
}

/// `text`, a sentence of the message catalog with its values as a preset's error carries it (`{key, values}`, each
/// value a string, a sentence, `{either: [...]}` or `{all: [...]}`, src/preset/error.rs), in the user's language; None
/// when the catalog lacks one of its sentences (then the caller shows the English it has: the packaged English catalog
/// leaves the preset errors out, as the engine has them). Read from JSON values, which the pages have anyway.
pub(crate) fn said(text: &Value) -> Option<String> {
    let joined = |texts: &Value, separator: &str| -> Option<String> {
        let each: Option<Vec<String>> = texts.as_array()?.iter().map(said).collect();
        Some(each?.join(separator))
    };
    let mut values = Vec::new();
    for value in text.get("values")?.as_array()? {
        values.push(match value {
            Value::String(words) => words.clone(),
            _ if value.get("key").is_some() => said(value)?,
            _ => match (value.get("either"), value.get("all")) {
                (Some(either), _) => joined(either, &message_by_key(messages::PRESET_ERROR_OR.key)?)?,
                (_, Some(all)) => joined(all, "; ")?,
                _ => return None,
            },
        });
    }
    let array: Array = values.iter().map(|value| JsValue::from_str(value)).collect();
    get_message(text.get("key")?.as_str()?, &array).ok().filter(|text| !text.is_empty())
}

/// A score's name in the user's language ("Respect").
pub(crate) fn axis_name(axis: Axis) -> String {
    word(match axis {
        Axis::Listening => messages::AXIS_LISTENING,
        Axis::Respect => messages::AXIS_RESPECT,
        Axis::Promotion => messages::AXIS_PROMOTION,
    })
}

/// A principle's name in the user's language ("Your own voice"), as the card names it.
pub(crate) fn principle_label(principle: Principle) -> String {
    word(match principle {
        Principle::Listening => messages::PRINCIPLE_LISTENING,
        Principle::Suspending => messages::PRINCIPLE_SUSPENDING,
        Principle::Respecting => messages::PRINCIPLE_RESPECTING,
        Principle::Voicing => messages::PRINCIPLE_VOICING,
        Principle::Promotion => messages::PRINCIPLE_PROMOTION,
    })
}

/// A site's name as the popup shows it: the built-in sites by their own names, the Try page and the other sites
/// in the user's language, a host the user turned on as it is.
pub(crate) fn site_label(key: &str) -> String {
    match key {
        "try" => word(messages::SITE_TRY_PAGE),
        "generic" => word(messages::SITE_OTHERS),
        _ => site_name(key).to_string(),
    }
}

/// What a rule is about, for people: the preset's own message for its rules, a built-in rule's description (its
/// catalog key `rule<Module>Description`, from the id `builtin.word-tone`), or the rule's id.
pub(crate) fn rule_text(rule: &str, preset_messages: &BTreeMap<String, String>) -> String {
    if let Some(message) = preset_messages.get(rule) {
        return message.clone();
    }
    match rules::builtin().iter().find(|builtin| builtin.id() == rule) {
        Some(builtin) => rule_description(builtin.id(), builtin.description()),
        None => tr(messages::RULE_OF_PRESET, &[rule]),
    }
}

/// A built-in rule's description in the user's language, `english` where it is not translated.
pub(crate) fn rule_description(id: &str, english: &str) -> String {
    message_by_key(&rule_key(id, "Description")).unwrap_or_else(|| english.to_string())
}

/// A rule's plain name in the user's language (`builtin.condescension`: "Talking down"); a team's rule, or one not
/// translated, as src/preset/names.rs names it.
pub(crate) fn rule_label(id: &str) -> String {
    let translated = if id.starts_with("builtin.") { message_by_key(&rule_key(id, "Name")) } else { None };
    translated.unwrap_or_else(|| rule_name(id))
}

/// A built-in rule's catalog key: `rule`, its id in Pascal case, then `what` (`builtin.word-tone`, "Name":
/// `ruleWordToneName`; build.rs checks the descriptions' keys).
fn rule_key(id: &str, what: &str) -> String {
    let short = id.strip_prefix("builtin.").unwrap_or(id);
    let pascal: String = short
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect();
    format!("rule{pascal}{what}")
}
