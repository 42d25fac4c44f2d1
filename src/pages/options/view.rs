//! The options page's model (the stored state loaded through the engine's own preset code) and its markup, built
//! with web-sys: sections with headings, labelled controls carrying a `data-action`, and every text from a preset
//! set as text, never as markup.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::messages::{self as m, Message};
use crate::pages::dom::Dom;
use crate::pages::words::{axis_name, principle_label, rule_description, rule_label, tr, word};

use super::choices::Edit;
use super::{user_choices, Notice, OptionsData, Problem, SourceKind, StoredPreset};
use crate::engine::Axis;
use crate::preset::names::PRINCIPLES;
use crate::preset::{self, builtin, BuiltinsOnly, GateMode, PresetInfo, RuleInfo, Severity, Source, UserChoices};
use crate::stats::csv::iso_time;

type Result<T = ()> = std::result::Result<T, JsValue>;

/// What the page shows, computed once per render from the stored state.
pub struct Model {
    stored: Option<StoredPreset>,
    /// The preset with the user's and the admin's layers: what every engine runs.
    active: PresetInfo,
    /// The preset alone, for what it says before anyone's choices.
    own: PresetInfo,
    /// The user's stored choices, or why they cannot be read (then they cannot be edited here, and are kept).
    choices: std::result::Result<UserChoices, String>,
    disabled: Vec<String>,
    notice: Option<Notice>,
    /// Why the layers over the preset could not be applied, if they could not.
    layer_problem: Option<String>,
    /// The active preset's JSON text, for export.
    pub export_json: String,
}

impl Model {
    pub fn of(data: &OptionsData) -> Self {
        let stored = data.preset.clone();
        let json = stored.as_ref().map(|stored| stored.json.clone()).unwrap_or_else(default_json);
        let source = Source { name: "preset".into(), text: json.clone() };
        let own = preset::load(&source, &BuiltinsOnly).unwrap_or_else(|_| builtin::default());
        let choices = user_choices(data.user_choices.as_deref());
        let user = layered(choices.as_ref().ok(), &data.disabled_rules);
        let admin = stored.as_ref().and_then(|stored| stored.admin.clone()).unwrap_or_default();
        let (active, layer_problem) = match preset::load_with(&source, &BuiltinsOnly, &user, &admin) {
            Ok(active) => (active.info().clone(), None),
            Err(errors) => {
                let each: Vec<String> = errors.errors.iter().map(|error| shown(&Problem::of(error))).collect();
                (own.info().clone(), Some(tr(m::OPTIONS_OWN_NOT_APPLIED, &[&each.join(" ")])))
            }
        };
        let layer_problem = layer_problem
            .or_else(|| choices.as_ref().err().map(|error| tr(m::OPTIONS_CHOICES_UNREAD, &[&error.to_string()])));
        Self {
            stored,
            active,
            own: own.info().clone(),
            choices,
            disabled: data.disabled_rules.clone(),
            notice: data.notice.clone(),
            layer_problem,
            export_json: json,
        }
    }

    /// The user's choices after `edit`, and the rules still turned off from a card.
    pub fn edited(&self, edit: &Edit) -> (UserChoices, Vec<String>) {
        let mut choices = self.choices.clone().unwrap_or_default();
        let mut disabled = self.disabled.clone();
        edit.apply(&mut choices, &mut disabled, |id| {
            self.own.rules.iter().find(|rule| rule.id == id).map(|rule| (rule.severity, rule.finds_strengths()))
        });
        (choices, disabled)
    }

    /// The rules the user turned off (a choice of `off`, or from a card) that the preset has on, each with the
    /// level turning it back on restores.
    fn turned_off(&self) -> Vec<(&RuleInfo, Severity)> {
        let user = self.choices.as_ref().ok();
        self.active
            .rules
            .iter()
            .filter(|rule| {
                self.disabled.contains(&rule.id)
                    || user.is_some_and(|user| user.rules.get(&rule.id) == Some(&Severity::Off))
            })
            .filter_map(|rule| {
                let own = self.own.rules.iter().find(|own| own.id == rule.id).map(shown_level)?;
                (own != Severity::Off).then_some((rule, own))
            })
            .collect()
    }

    /// Whether the user may edit their choices (they could be read).
    fn editable(&self) -> bool {
        self.choices.is_ok()
    }

    /// The file name an export gets: the preset's id, kept to safe characters.
    pub fn export_name(&self) -> String {
        let id: String = self
            .active
            .id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' { c } else { '-' })
            .collect();
        format!("{}.json", if id.is_empty() { "preset" } else { &id })
    }

    fn source(&self) -> SourceKind {
        self.stored.as_ref().map_or(SourceKind::Builtin, |stored| stored.source)
    }

    /// The reason a setting is locked, in the administrator's words when they gave some; `None` when not locked.
    fn lock(&self, setting: &str) -> Option<String> {
        self.active.locks.iter().find(|lock| lock.setting == setting)?;
        let own_words = self.stored.as_ref().and_then(|stored| stored.lock_reasons.get(setting));
        Some(own_words.cloned().unwrap_or_else(|| word(m::PRESET_LOCK_REASON)))
    }
}

/// The user layer the engines apply: the stored choices with the rules turned off from a card as `off`.
fn layered(choices: Option<&UserChoices>, disabled: &[String]) -> UserChoices {
    let mut user = choices.cloned().unwrap_or_default();
    for id in disabled {
        user.rules.insert(id.clone(), Severity::Off);
    }
    user
}

fn default_json() -> String {
    builtin::source("default").map(|source| source.text).unwrap_or_default()
}

/// Replaces `root`'s content with the page for `model`.
pub fn render(root: &Element, model: &Model) -> Result {
    let page = Page { dom: Dom::of(root, "options page")? };
    root.replace_children_with_node_0();
    root.append_child(page.text("h1", &word(m::OPTIONS_TITLE))?.as_ref())?;
    if let Some(notice) = &model.notice {
        root.append_child(page.notice(notice)?.as_ref())?;
    }
    if let Some(problem) = &model.layer_problem {
        root.append_child(page.problem(problem, "layers")?.as_ref())?;
    }
    root.append_child(page.active(model)?.as_ref())?;
    root.append_child(page.sources(model)?.as_ref())?;
    root.append_child(page.checks(model)?.as_ref())?;
    root.append_child(page.rules(model)?.as_ref())?;
    Ok(())
}

struct Page {
    dom: Dom,
}

/// The page's own helpers sit on top of the shared ones of [`Dom`].
impl std::ops::Deref for Page {
    type Target = Dom;
    fn deref(&self) -> &Dom {
        &self.dom
    }
}

const STRENGTH_NOTE_ID: &str = "rules-strength-note";
/// The rule search's field and the line that says how many rules match.
const SEARCH_ID: &str = "rule-search";
const SEARCH_STATUS_ID: &str = "rule-search-status";

/// A score's legend on the options page: its name and which way is better.
fn score_label(score: Axis) -> String {
    let direction = if score.higher_is_better() { m::DIRECTION_HIGHER } else { m::DIRECTION_MORE_PROMOTIONAL };
    tr(m::OPTIONS_SCORE_LEGEND, &[&axis_name(score), &word(direction)])
}

impl Page {
    fn button(&self, id: &str, action: &str, label: &str) -> Result<Element> {
        let button = self.text("button", label)?;
        button.set_id(id);
        button.set_attribute("type", "button")?;
        button.set_attribute("data-action", action)?;
        Ok(button)
    }

    /// A control with its `<label>` (the label wraps the control when `wrap`, as checkboxes read best).
    fn labelled(&self, control: &Element, label: &str, wrap: bool) -> Result<Element> {
        let label_element = self.element("label", "")?;
        if wrap {
            label_element.append_child(control)?;
            label_element.append_with_str_1(&format!(" {label}"))?;
        } else {
            label_element.set_text_content(Some(label));
            label_element.set_attribute("for", &control.id())?;
        }
        Ok(label_element)
    }

    fn muted(&self, tag: &str, text: &str) -> Result<Element> {
        let element = self.text(tag, text)?;
        element.set_class_name("muted");
        Ok(element)
    }

    fn problem(&self, text: &str, hook: &str) -> Result<Element> {
        let alert = self.text("p", text)?;
        alert.set_class_name("problem");
        alert.set_attribute("role", "alert")?;
        alert.set_attribute("data-problem", hook)?;
        Ok(alert)
    }

    /// The outcome of the last action: a status line, or an alert with every error, its path and its hint.
    fn notice(&self, notice: &Notice) -> Result<Element> {
        let block = self.element("div", if notice.ok { "notice ok" } else { "notice problem" })?;
        block.set_attribute("role", if notice.ok { "status" } else { "alert" })?;
        block.set_attribute("data-notice", if notice.ok { "ok" } else { "error" })?;
        block.append_child(self.text("p", &notice.message)?.as_ref())?;
        if !notice.errors.is_empty() {
            block.append_child(self.errors(&notice.errors)?.as_ref())?;
        }
        Ok(block)
    }

    fn errors(&self, errors: &[Problem]) -> Result<Element> {
        let list = self.element("ul", "errors")?;
        for error in errors {
            let item = self.element("li", "")?;
            item.set_attribute("data-path", &error.path)?;
            let place = match (&error.document, error.path.as_str()) {
                (Some(document), "") => document.clone(),
                (Some(document), path) => format!("{document}: {path}"),
                (None, "") => word(m::OPTIONS_WHOLE_PRESET),
                (None, path) => path.to_string(),
            };
            item.append_child(self.text("code", &place)?.as_ref())?;
            item.append_with_str_1(" ")?;
            item.append_child(self.prose("span", &error.said())?.as_ref())?;
            if let Some(hint) = &error.hint_said() {
                let hint = self.prose("span", &format!(" {hint}"))?;
                hint.set_class_name("muted");
                item.append_child(&hint)?;
            }
            list.append_child(&item)?;
        }
        Ok(list)
    }

    fn active(&self, model: &Model) -> Result<Element> {
        let section = self.section("active", &word(m::OPTIONS_ACTIVE))?;
        let info = &model.active;
        let list = self.element("dl", "facts")?;
        let fact = |term: Message, value: &str, hook: &str| -> Result {
            list.append_child(self.text("dt", &word(term))?.as_ref())?;
            let value_node = self.text("dd", value)?;
            value_node.set_attribute("data-fact", hook)?;
            list.append_child(&value_node)?;
            Ok(())
        };
        fact(m::OPTIONS_NAME, &info.name, "name")?;
        let none = word(m::OPTIONS_NONE);
        fact(m::OPTIONS_VERSION, info.version.as_deref().unwrap_or(&none), "version")?;
        fact(m::OPTIONS_SOURCE, &source_text(model), "source")?;
        if info.chain.len() > 1 {
            fact(m::OPTIONS_EXTENDS, &info.chain[1..].join(" → "), "extends")?;
        }
        if let Some(description) = &info.description {
            list.append_child(self.text("dt", &word(m::OPTIONS_ABOUT))?.as_ref())?;
            let value_node = self.prose("dd", description)?;
            value_node.set_attribute("data-fact", "description")?;
            list.append_child(&value_node)?;
        }
        let stored = model.stored.as_ref();
        if let Some(url) = stored.and_then(|stored| stored.url.as_deref()) {
            fact(m::OPTIONS_ADDRESS, url, "url")?;
            let when = |time: Option<f64>| time.map_or_else(|| word(m::OPTIONS_NEVER), readable_time);
            fact(m::OPTIONS_LAST_CHECKED, &when(stored.and_then(|stored| stored.last_checked)), "last-checked")?;
            fact(m::OPTIONS_LAST_UPDATED, &when(stored.and_then(|stored| stored.last_updated)), "last-updated")?;
        }
        section.append_child(&list)?;
        if !info.warnings.is_empty() {
            let block = self.element("div", "notice warning")?;
            block.set_attribute("data-problem", "warnings")?;
            block.append_child(self.text("p", &word(m::OPTIONS_WARNINGS))?.as_ref())?;
            let warnings: Vec<Problem> = info.warnings.iter().map(Problem::of).collect();
            block.append_child(self.errors(&warnings)?.as_ref())?;
            section.append_child(&block)?;
        }
        if let Some(stored) = stored.filter(|stored| stored.last_error.is_some()) {
            let block = self.element("div", "notice problem")?;
            block.set_attribute("role", "alert")?;
            block.set_attribute("data-problem", "last-error")?;
            block.append_child(self.text("p", stored.last_error.as_deref().unwrap_or_default())?.as_ref())?;
            if !stored.last_errors.is_empty() {
                block.append_child(self.errors(&stored.last_errors)?.as_ref())?;
            }
            section.append_child(&block)?;
        }
        let actions = self.element("p", "actions")?;
        if stored.is_some_and(|stored| stored.url.is_some()) {
            actions.append_child(self.button("update", "update", &word(m::OPTIONS_UPDATE_NOW))?.as_ref())?;
        }
        actions.append_child(self.button("export", "export", &word(m::OPTIONS_EXPORT))?.as_ref())?;
        section.append_child(&actions)?;
        Ok(section)
    }

    /// Where a preset can come from: a built-in one, a file or pasted text, a URL. An administrator's preset
    /// replaces all three, and says so.
    fn sources(&self, model: &Model) -> Result<Element> {
        let section = self.section("change", &word(m::OPTIONS_CHANGE))?;
        if model.source() == SourceKind::Admin {
            let locked = self.text("p", &word(m::OPTIONS_ADMIN_LOCKED))?;
            locked.set_class_name("locked");
            locked.set_attribute("data-lock", "preset")?;
            section.append_child(&locked)?;
            return Ok(section);
        }
        section.append_child(self.prose("p", &word(m::OPTIONS_CHANGE_HELP))?.as_ref())?;

        let group = self.element("div", "field")?;
        let select = self.element("select", "")?;
        select.set_id("builtin");
        let chosen = model.stored.as_ref().and_then(|stored| stored.label.clone());
        for name in builtin::NAMES {
            let option = self.text("option", &tr(m::OPTIONS_BUILTIN_OPTION, &[&builtin_title(name), name]))?;
            option.set_attribute("value", name)?;
            if chosen.as_deref() == Some(name) {
                option.set_attribute("selected", "")?;
            }
            select.append_child(&option)?;
        }
        group.append_child(self.labelled(&select, &word(m::OPTIONS_BUILTIN_LABEL), false)?.as_ref())?;
        group.append_child(&select)?;
        group.append_child(self.button("use-builtin", "use-builtin", &word(m::OPTIONS_USE_BUILTIN))?.as_ref())?;
        section.append_child(&group)?;

        let group = self.element("div", "field")?;
        let file = self.element("input", "")?;
        file.set_id("preset-file");
        file.set_attribute("type", "file")?;
        file.set_attribute("accept", ".json,application/json")?;
        file.set_attribute("data-action", "import-file")?;
        group.append_child(self.labelled(&file, &word(m::OPTIONS_IMPORT_FILE), false)?.as_ref())?;
        group.append_child(&file)?;
        section.append_child(&group)?;

        let group = self.element("div", "field")?;
        let text = self.element("textarea", "")?;
        text.set_id("preset-text");
        text.set_attribute("rows", "6")?;
        text.set_attribute("spellcheck", "false")?;
        group.append_child(self.labelled(&text, &word(m::OPTIONS_PASTE_LABEL), false)?.as_ref())?;
        group.append_child(&text)?;
        group.append_child(self.button("import-text", "import-text", &word(m::OPTIONS_IMPORT_PASTED))?.as_ref())?;
        section.append_child(&group)?;

        let group = self.element("div", "field")?;
        let url = self.element("input", "")?;
        url.set_id("preset-url");
        url.set_attribute("type", "url")?;
        url.set_attribute("placeholder", &word(m::OPTIONS_URL_PLACEHOLDER))?;
        url.set_attribute("aria-describedby", "preset-url-help")?;
        if let Some(current) = model.stored.as_ref().and_then(|stored| stored.url.as_deref()) {
            url.set_attribute("value", current)?;
        }
        group.append_child(self.labelled(&url, &word(m::OPTIONS_SUBSCRIBE_LABEL), false)?.as_ref())?;
        group.append_child(&url)?;
        group.append_child(self.button("subscribe", "subscribe", &word(m::OPTIONS_SUBSCRIBE))?.as_ref())?;
        let help = self.text("p", &word(m::OPTIONS_SUBSCRIBE_HELP))?;
        help.set_id("preset-url-help");
        help.set_class_name("muted");
        group.append_child(&help)?;
        section.append_child(&group)?;
        Ok(section)
    }

    /// The pre-post check: each score's switch and threshold, and the mode; locked ones disabled with the reason.
    fn checks(&self, model: &Model) -> Result<Element> {
        let section = self.section("checks", &word(m::OPTIONS_CHECKS))?;
        section.append_child(self.text("p", &word(m::OPTIONS_CHECKS_HELP))?.as_ref())?;
        let user = model.choices.as_ref().ok();
        for score in Axis::ALL {
            let (name, label) = (score.name(), score_label(score));
            let fieldset = self.element("fieldset", "check")?;
            fieldset.set_attribute("data-check", name)?;
            fieldset.append_child(self.text("legend", &label)?.as_ref())?;
            let active = model.active.checks[score];
            let own = model.own.checks[score];
            let lock = model.lock(name);
            let disabled = lock.is_some() || !model.editable();

            let enabled = self.element("input", "")?;
            enabled.set_id(&format!("check-{name}-enabled"));
            enabled.set_attribute("type", "checkbox")?;
            enabled.set_attribute("data-action", "check-enabled")?;
            enabled.set_attribute("data-score", name)?;
            if active.enabled {
                enabled.set_attribute("checked", "")?;
            }
            let threshold = self.element("input", "")?;
            threshold.set_id(&format!("check-{name}-threshold"));
            threshold.set_attribute("type", "number")?;
            threshold.set_attribute("min", "0")?;
            threshold.set_attribute("max", "100")?;
            threshold.set_attribute("step", "1")?;
            threshold.set_attribute("data-action", "threshold")?;
            threshold.set_attribute("data-score", name)?;
            let (value, own_value) = if !score.higher_is_better() {
                (active.warn_above, own.warn_above)
            } else {
                (active.warn_below, own.warn_below)
            };
            if let Some(value) = value {
                threshold.set_attribute("value", &percent(value).to_string())?;
            }
            let help_id = format!("check-{name}-help");
            let mut described = vec![help_id.clone()];
            if let Some(reason) = &lock {
                let lock_id = format!("lock-{name}");
                described.push(lock_id.clone());
                for control in [&enabled, &threshold] {
                    control.set_attribute("disabled", "")?;
                }
                let note = self.text("p", &tr(m::OPTIONS_LOCKED, &[reason]))?;
                note.set_id(&lock_id);
                note.set_class_name("locked");
                note.set_attribute("data-lock", name)?;
                fieldset.append_child(self.labelled(&enabled, &word(m::OPTIONS_CHECK_ENABLED), true)?.as_ref())?;
                self.threshold_row(&fieldset, &threshold, score)?;
                fieldset.append_child(&note)?;
            } else {
                if disabled {
                    enabled.set_attribute("disabled", "")?;
                    threshold.set_attribute("disabled", "")?;
                }
                fieldset.append_child(self.labelled(&enabled, &word(m::OPTIONS_CHECK_ENABLED), true)?.as_ref())?;
                self.threshold_row(&fieldset, &threshold, score)?;
            }
            let mine = user.is_some_and(|user| user.checks.get(score).is_some());
            let above = !score.higher_is_better();
            let preset_says = match own_value {
                Some(value) if own.enabled => tr(
                    if above { m::OPTIONS_PRESET_STOPS_ABOVE } else { m::OPTIONS_PRESET_STOPS_BELOW },
                    &[&percent(value).to_string()],
                ),
                _ if !own.enabled => word(m::OPTIONS_PRESET_NO_CHECK),
                _ => word(if above {
                    m::OPTIONS_PRESET_NO_THRESHOLD_ABOVE
                } else {
                    m::OPTIONS_PRESET_NO_THRESHOLD_BELOW
                }),
            };
            let help = self.text("p", &if mine { tr(m::OPTIONS_YOU_CHANGED, &[&preset_says]) } else { preset_says })?;
            help.set_id(&help_id);
            help.set_class_name("muted");
            fieldset.append_child(&help)?;
            let described = described.join(" ");
            enabled.set_attribute("aria-describedby", &described)?;
            threshold.set_attribute("aria-describedby", &described)?;
            section.append_child(&fieldset)?;
        }
        section.append_child(self.gate(model)?.as_ref())?;
        let reset = self.button("reset-checks", "reset-checks", &word(m::OPTIONS_RESET_CHECKS))?;
        if !model.editable() {
            reset.set_attribute("disabled", "")?;
        }
        section.append_child(&reset)?;
        Ok(section)
    }

    fn threshold_row(&self, fieldset: &Element, threshold: &Element, score: Axis) -> Result {
        let label = word(if !score.higher_is_better() { m::OPTIONS_STOP_ABOVE } else { m::OPTIONS_STOP_BELOW });
        let row = self.element("div", "field")?;
        row.append_child(self.labelled(threshold, &label, false)?.as_ref())?;
        row.append_child(threshold)?;
        fieldset.append_child(&row)?;
        Ok(())
    }

    fn gate(&self, model: &Model) -> Result<Element> {
        let group = self.element("div", "field")?;
        group.set_attribute("data-check", "gate")?;
        let select = self.element("select", "")?;
        select.set_id("gate");
        select.set_attribute("data-action", "gate")?;
        let chosen = model.choices.as_ref().ok().and_then(|user| user.gate);
        let lock = model.lock("gate");
        let shown = if lock.is_some() { Some(model.active.gate) } else { chosen };
        let own = gate_name(model.own.gate);
        let modes = [
            ("", tr(m::OPTIONS_GATE_AS_PRESET, &[own])),
            ("off", word(m::OPTIONS_GATE_OFF)),
            ("warn", word(m::OPTIONS_GATE_WARN)),
            ("hold", word(m::OPTIONS_GATE_HOLD)),
        ];
        for (value, label) in modes {
            let option = self.text("option", &label)?;
            option.set_attribute("value", value)?;
            if shown.map(gate_name).unwrap_or("") == value {
                option.set_attribute("selected", "")?;
            }
            select.append_child(&option)?;
        }
        group.append_child(self.labelled(&select, &word(m::OPTIONS_GATE_LABEL), false)?.as_ref())?;
        group.append_child(&select)?;
        if let Some(reason) = lock {
            select.set_attribute("disabled", "")?;
            select.set_attribute("aria-describedby", "lock-gate")?;
            let note = self.text("p", &tr(m::OPTIONS_LOCKED, &[&reason]))?;
            note.set_id("lock-gate");
            note.set_class_name("locked");
            note.set_attribute("data-lock", "gate")?;
            group.append_child(&note)?;
        } else if !model.editable() {
            select.set_attribute("disabled", "")?;
        }
        Ok(group)
    }

    /// Every rule under the principle it serves (as the card names it), the team's own first in each group, with a
    /// search over names and descriptions and the list of rules the user turned off, each with its undo.
    fn rules(&self, model: &Model) -> Result<Element> {
        let section = self.section("rules", &word(m::OPTIONS_RULES))?;
        section.append_child(self.text("p", &word(m::OPTIONS_RULES_HELP))?.as_ref())?;
        let strengths = self.muted("p", &word(m::OPTIONS_STRENGTH_NOTE))?;
        strengths.set_id(STRENGTH_NOTE_ID);
        section.append_child(&strengths)?;
        section.append_child(self.turned_off(model)?.as_ref())?;

        let search = self.element("div", "field search")?;
        let input = self.element("input", "")?;
        input.set_id(SEARCH_ID);
        input.set_attribute("type", "search")?;
        input.set_attribute("autocomplete", "off")?;
        input.set_attribute("data-search", "rules")?;
        input.set_attribute("aria-describedby", SEARCH_STATUS_ID)?;
        search.append_child(self.labelled(&input, &word(m::OPTIONS_FIND_RULE), false)?.as_ref())?;
        search.append_child(&input)?;
        let status = self.muted("p", "")?;
        status.set_id(SEARCH_STATUS_ID);
        status.set_attribute("role", "status")?;
        search.append_child(&status)?;
        section.append_child(&search)?;

        let user = model.choices.as_ref().ok();
        for principle in PRINCIPLES {
            let mut rules: Vec<&RuleInfo> =
                model.active.rules.iter().filter(|rule| rule.principle == principle).collect();
            if rules.is_empty() {
                continue;
            }
            // The team's own rules first, then the built-in ones by their plain names.
            rules.sort_by_cached_key(|rule| (rule.kind == "builtin", rule_label(&rule.id).to_lowercase()));
            let group = self.element("div", "rule-group")?;
            group.set_attribute("data-principle", principle.name())?;
            let heading_id = format!("principle-{}", principle.name());
            let heading = self.text("h3", &principle_label(principle))?;
            heading.set_id(&heading_id);
            heading.set_class_name(&format!("principle {}", principle.name()));
            group.append_child(&heading)?;
            let list = self.element("ul", "rules")?;
            list.set_attribute("aria-labelledby", &heading_id)?;
            for rule in rules {
                list.append_child(self.rule(model, user, rule)?.as_ref())?;
            }
            group.append_child(&list)?;
            section.append_child(&group)?;
        }
        Ok(section)
    }

    /// The rules the user turned off (here or from a card), each with a button that turns it back on at the
    /// preset's level.
    fn turned_off(&self, model: &Model) -> Result<Element> {
        let block = self.element("div", "turned-off")?;
        block.set_attribute("data-turned-off", "")?;
        let heading = self.text("h3", &word(m::OPTIONS_TURNED_OFF))?;
        heading.set_id("turned-off-heading");
        block.append_child(&heading)?;
        let off = model.turned_off();
        if off.is_empty() {
            block.append_child(self.muted("p", &word(m::OPTIONS_NONE_OFF))?.as_ref())?;
            return Ok(block);
        }
        let list = self.element("ul", "turned-off-list")?;
        list.set_attribute("aria-labelledby", "turned-off-heading")?;
        for (rule, back) in off {
            let name = rule_label(&rule.id);
            let item = self.element("li", "")?;
            item.set_attribute("data-off-rule", &rule.id)?;
            item.append_child(self.text("span", &name)?.as_ref())?;
            let undo = self.button(&format!("turn-on-{}", rule.id), "turn-on", &word(m::OPTIONS_TURN_BACK_ON))?;
            undo.set_attribute("data-rule", &rule.id)?;
            undo.set_attribute("data-level", severity_name(back))?;
            undo.set_attribute("aria-label", &tr(m::OPTIONS_TURN_BACK_ON_LABEL, &[&name]))?;
            if !model.editable() {
                undo.set_attribute("disabled", "")?;
            }
            item.append_child(&undo)?;
            list.append_child(&item)?;
        }
        block.append_child(&list)?;
        Ok(block)
    }

    /// One rule: its plain name, its level (a strength is offered off or shown, never the check's `warn`), what it
    /// is for, and whether the level is the user's own choice.
    fn rule(&self, model: &Model, user: Option<&UserChoices>, rule: &RuleInfo) -> Result<Element> {
        let strength = rule.finds_strengths();
        let level = shown_level(rule);
        let name = rule_label(&rule.id);
        let item = self.element("li", "")?;
        item.set_attribute("data-rule", &rule.id)?;
        item.set_attribute("data-severity", severity_name(level))?;
        let searched = format!("{name} {} {}", rule.description, rule.id).to_lowercase();
        item.set_attribute("data-search-text", &searched)?;
        if strength {
            item.set_attribute("data-effect", "strength")?;
        }
        let control_id = format!("rule-{}", rule.id);
        let about_id = format!("rule-{}-about", rule.id);
        let head = self.element("div", "rule-head")?;
        let label = self.text("label", &name)?;
        label.set_attribute("for", &control_id)?;
        label.set_class_name("rule-name");
        head.append_child(&label)?;
        let select = self.element("select", "")?;
        select.set_id(&control_id);
        select.set_attribute("data-action", "rule")?;
        select.set_attribute("data-rule", &rule.id)?;
        let levels: &[Severity] =
            if strength { &[Severity::Off, Severity::Hint] } else { &[Severity::Off, Severity::Hint, Severity::Warn] };
        for severity in levels {
            let option = self.text("option", &level_words(*severity, strength))?;
            option.set_attribute("value", severity_name(*severity))?;
            if *severity == level {
                option.set_attribute("selected", "")?;
            }
            select.append_child(&option)?;
        }
        if !model.editable() {
            select.set_attribute("disabled", "")?;
        }
        head.append_child(&select)?;
        item.append_child(&head)?;
        let description = if rule.kind == "builtin" {
            rule_description(&rule.id, &rule.description)
        } else {
            rule.description.clone()
        };
        let about = self.prose("p", &description)?;
        about.set_id(&about_id);
        about.set_class_name("about");
        item.append_child(&about)?;
        let own = model.own.rules.iter().find(|own| own.id == rule.id).map(shown_level);
        let mine = user.is_some_and(|user| user.rules.contains_key(&rule.id)) || model.disabled.contains(&rule.id);
        let mut meta = Vec::new();
        if rule.kind != "builtin" {
            meta.push(word(m::OPTIONS_TEAM_RULE));
        }
        if strength {
            meta.push(word(m::OPTIONS_FINDS_STRENGTHS));
        }
        if mine {
            let preset = own.map_or_else(|| word(m::OPTIONS_NOT_IN_PRESET), |own| level_words(own, strength));
            meta.push(tr(m::OPTIONS_YOUR_CHOICE, &[&preset]));
        }
        let meta_line = self.muted("p", &meta.join(" · "))?;
        meta_line.set_class_name("muted meta");
        let preset_id = word(m::OPTIONS_PRESET_ID);
        meta_line.append_with_str_1(&if meta.is_empty() {
            format!("{preset_id} ")
        } else {
            format!(" · {preset_id} ")
        })?;
        meta_line.append_child(self.text("code", &rule.id)?.as_ref())?;
        item.append_child(&meta_line)?;
        let mut described = about_id;
        if strength && rule.severity == Severity::Warn {
            let note_id = format!("rule-{}-strength", rule.id);
            let note = self.muted("p", &word(m::OPTIONS_STRENGTH_AT_WARN))?;
            note.set_id(&note_id);
            note.set_attribute("data-note", "strength")?;
            item.append_child(&note)?;
            described = format!("{described} {note_id}");
        } else if strength {
            described = format!("{described} {STRENGTH_NOTE_ID}");
        }
        select.set_attribute("aria-describedby", &described)?;
        Ok(item)
    }
}

/// The words each level's option says (a strength's `hint` is shown as what it is).
fn level_words(severity: Severity, strength: bool) -> String {
    word(match severity {
        Severity::Off => m::LEVEL_OFF,
        Severity::Hint if strength => m::LEVEL_STRENGTH,
        Severity::Hint => m::LEVEL_HINT,
        Severity::Warn => m::LEVEL_WARN,
    })
}

/// A problem on one line: its document and path, what is wrong and how to fix it, in the user's language.
fn shown(problem: &Problem) -> String {
    let place = [problem.document.as_deref(), Some(problem.path.as_str()).filter(|path| !path.is_empty())];
    let mut line: Vec<String> = place.iter().flatten().map(|part| format!("{part}:")).collect();
    line.push(problem.said());
    line.extend(problem.hint_said());
    line.join(" ")
}

/// The level a rule really has: a strength at `warn` works as `hint`, since the check lists only what to fix.
fn shown_level(rule: &RuleInfo) -> Severity {
    if rule.finds_strengths() && rule.severity == Severity::Warn {
        Severity::Hint
    } else {
        rule.severity
    }
}

fn source_text(model: &Model) -> String {
    let stored = model.stored.as_ref();
    let label = stored.and_then(|stored| stored.label.clone());
    match model.source() {
        SourceKind::Builtin => tr(m::SOURCE_BUILTIN, &[&label.unwrap_or_else(|| "builtin:default".into())]),
        SourceKind::File => tr(m::SOURCE_FILE, &[&label.unwrap_or_else(|| word(m::SOURCE_A_FILE))]),
        SourceKind::Url => word(m::SOURCE_URL),
        SourceKind::Admin => word(m::SOURCE_ADMIN),
    }
}

/// A built-in preset's own name (`Support desk: answering complaints`), from its JSON.
fn builtin_title(name: &str) -> String {
    name.strip_prefix(builtin::PREFIX).and_then(builtin::title).map_or_else(|| name.to_string(), |(title, _)| title)
}

fn readable_time(millis: f64) -> String {
    let iso = iso_time(millis);
    format!("{} {} UTC", iso.get(..10).unwrap_or_default(), iso.get(11..16).unwrap_or_default())
}

fn percent(value: f64) -> i64 {
    (value * 100.0).round() as i64
}

fn gate_name(mode: GateMode) -> &'static str {
    match mode {
        GateMode::Off => "off",
        GateMode::Warn => "warn",
        GateMode::Hold => "hold",
    }
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Off => "off",
        Severity::Hint => "hint",
        Severity::Warn => "warn",
    }
}
