//! The popup's markup, built with web-sys from [`PopupData`]: sections with headings, counts with their test hooks
//! (`data-stat`), the chart, and buttons that carry a `data-action` for the click handler.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::messages::{self as m, Message};
use crate::pages::dom::Dom;
use crate::pages::words::{axis_name, rule_text, site_label, tr, word};

use super::{Notice, PopupData, PresetSource, PresetStatus, SiteOffer, TabState};
use crate::preset::builtin;
use crate::stats::chart::chart;
use crate::stats::{LifetimeStats, Summary};

type Result<T = ()> = std::result::Result<T, JsValue>;

/// The id of the question that "Reset session…" opens.
pub const RESET_CONFIRM_ID: &str = "reset-confirm";

/// Replaces `root`'s content with the popup for `data`, with `problem` (if any) shown first as an alert.
pub fn render(root: &Element, data: &PopupData, problem: Option<&str>) -> Result {
    let page = Page { dom: Dom::of(root, "popup")? };
    let summary = Summary::of(&data.stats);
    let preset = data.preset.clone().unwrap_or_else(default_preset);
    root.replace_children_with_node_0();
    root.append_child(page.text("h1", &word(m::EXTENSION_NAME))?.as_ref())?;
    if let Some(problem) = problem {
        let alert = page.text("p", problem)?;
        alert.set_class_name("problem");
        alert.set_attribute("role", "alert")?;
        root.append_child(&alert)?;
    }
    if let Some(notice) = &data.notice {
        root.append_child(page.notice(notice)?.as_ref())?;
    }
    root.append_child(page.tab(data.tab.as_ref(), data.offer.as_ref())?.as_ref())?;
    if !data.user_sites.is_empty() {
        root.append_child(page.user_sites(&data.user_sites)?.as_ref())?;
    }
    root.append_child(page.counts(&summary, data.lifetime.as_ref())?.as_ref())?;
    root.append_child(page.scores(&summary, data)?.as_ref())?;
    root.append_child(page.rules(&summary, &preset)?.as_ref())?;
    root.append_child(page.sites(&summary)?.as_ref())?;
    root.append_child(page.preset(&preset)?.as_ref())?;
    root.append_child(page.session_actions(summary.posts)?.as_ref())?;
    root.append_child(page.reset_confirm()?.as_ref())?;
    Ok(())
}

/// `builtin:default`, named as its own file names it, for when no team preset is active.
fn default_preset() -> PresetStatus {
    let title = builtin::title("default");
    PresetStatus {
        id: format!("{}default", builtin::PREFIX),
        name: title.as_ref().map_or_else(|| word(m::PRESET_DEFAULT_NAME), |(name, _)| name.clone()),
        version: title.and_then(|(_, version)| version),
        source: PresetSource::Builtin,
        problem: None,
        messages: Default::default(),
    }
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

impl Page {
    fn button(&self, action: &str, label: &str) -> Result<Element> {
        let button = self.text("button", label)?;
        button.set_attribute("type", "button")?;
        button.set_attribute("data-action", action)?;
        Ok(button)
    }

    /// The site's on/off switch: a track whose knob sits right when on, the label, and the state in words (which
    /// screen readers hear from `aria-checked`, so the word is hidden from them).
    fn switch(&self, label: &str, on: bool) -> Result<Element> {
        let switch = self.element("button", "switch")?;
        switch.set_attribute("type", "button")?;
        switch.set_attribute("data-action", "site")?;
        switch.set_attribute("role", "switch")?;
        switch.set_attribute("aria-checked", if on { "true" } else { "false" })?;
        let track = self.element("span", "track")?;
        track.set_attribute("aria-hidden", "true")?;
        switch.append_child(&track)?;
        switch.append_child(self.text("span", label)?.as_ref())?;
        let state = self.text("span", &word(if on { m::POPUP_ON } else { m::POPUP_OFF }))?;
        state.set_class_name("state");
        state.set_attribute("aria-hidden", "true")?;
        state.set_attribute("data-switch-state", if on { "on" } else { "off" })?;
        switch.append_child(&state)?;
        Ok(switch)
    }

    /// A `<dl>` of counts drawn as tiles; each value carries its `data-stat` test hook and its text is the number.
    fn counts_list(&self, counts: &[(&str, Message, usize)]) -> Result<Element> {
        let list = self.element("dl", "tiles")?;
        for (key, label, value) in counts {
            let tile = self.element("div", "")?;
            tile.append_child(self.text("dt", &word(*label))?.as_ref())?;
            let value_node = self.text("dd", &value.to_string())?;
            value_node.set_attribute("data-stat", key)?;
            tile.append_child(&value_node)?;
            list.append_child(&tile)?;
        }
        Ok(list)
    }

    /// What the last action did: a status line (an alert when it failed) that screen readers announce.
    fn notice(&self, notice: &Notice) -> Result<Element> {
        let line = self.text("p", &notice.message)?;
        line.set_class_name(if notice.ok { "notice" } else { "problem" });
        line.set_attribute("role", if notice.ok { "status" } else { "alert" })?;
        line.set_attribute("data-notice", if notice.ok { "ok" } else { "problem" })?;
        Ok(line)
    }

    fn tab(&self, tab: Option<&TabState>, offer: Option<&SiteOffer>) -> Result<Element> {
        let section = self.section("tab", &word(m::POPUP_THIS_TAB))?;
        let Some(tab) = tab else {
            match offer {
                Some(offer) => self.offer(&section, offer)?,
                None => {
                    section.append_child(self.text("p", &word(m::POPUP_NOTHING_HERE))?.as_ref())?;
                }
            }
            return Ok(section);
        };
        let name = site_label(&tab.site);
        let site = self.text("p", &name)?;
        site.set_class_name("site");
        site.set_attribute("data-site-key", &tab.site)?;
        section.append_child(&site)?;
        section.append_child(self.switch(&tr(m::POPUP_CHECK_ON, &[&name]), tab.enabled)?.as_ref())?;
        let pause = self.button("pause", &word(m::POPUP_PAUSE))?;
        pause.set_attribute("aria-pressed", if tab.paused { "true" } else { "false" })?;
        section.append_child(&pause)?;
        let state = match (tab.enabled, tab.paused) {
            (false, _) => tr(m::POPUP_STATE_OFF, &[&name]),
            (true, true) => word(m::POPUP_STATE_PAUSED),
            (true, false) => word(m::POPUP_STATE_ON),
        };
        let note = self.text("p", &state)?;
        note.set_class_name("muted");
        note.set_attribute(
            "data-tab-state",
            if !tab.enabled {
                "off"
            } else if tab.paused {
                "paused"
            } else {
                "on"
            },
        )?;
        section.append_child(&note)?;
        Ok(section)
    }

    /// A site Tact is not on yet: what turning it on means, and the button that asks Chrome for access.
    fn offer(&self, section: &Element, offer: &SiteOffer) -> Result {
        let site = self.text("p", &offer.host)?;
        site.set_class_name("site");
        site.set_attribute("data-site-key", &offer.host)?;
        section.append_child(&site)?;
        let note = self.text("p", &tr(m::POPUP_OFFER, &[&offer.host]))?;
        note.set_class_name("muted");
        note.set_attribute("data-tab-state", "not-on")?;
        note.set_id("offer-note");
        section.append_child(&note)?;
        let button = self.button("enable-site", &tr(m::POPUP_TURN_ON_FOR, &[&offer.host]))?;
        button.set_attribute("aria-describedby", "offer-note")?;
        section.append_child(&button)?;
        Ok(())
    }

    /// The sites the user turned Tact on for, each with the button that turns it off again.
    fn user_sites(&self, hosts: &[String]) -> Result<Element> {
        let section = self.section("user-sites", &word(m::POPUP_USER_SITES))?;
        let list = self.element("ul", "user-sites")?;
        for host in hosts {
            let item = self.element("li", "")?;
            item.set_attribute("data-user-site", host)?;
            item.append_child(self.text("span", host)?.as_ref())?;
            let off = self.button("disable-site", &word(m::POPUP_TURN_OFF))?;
            off.set_attribute("data-host", host)?;
            off.set_attribute("aria-label", &tr(m::POPUP_TURN_OFF_FOR, &[host]))?;
            item.append_child(&off)?;
            list.append_child(&item)?;
        }
        section.append_child(&list)?;
        let note = self.text("p", &word(m::POPUP_TURN_OFF_NOTE))?;
        note.set_class_name("muted");
        section.append_child(&note)?;
        Ok(section)
    }

    fn counts(&self, summary: &Summary, lifetime: Option<&LifetimeStats>) -> Result<Element> {
        let section = self.section("session", &word(m::POPUP_SESSION))?;
        let work = self.counts_list(&[
            ("drafts", m::POPUP_DRAFTS, summary.drafts as usize),
            ("posts", m::POPUP_POSTS, summary.posts),
            ("improved", m::POPUP_IMPROVED, summary.improved),
        ])?;
        section.append_child(&work)?;
        let check = self.text("h3", &word(m::POPUP_PRE_POST_CHECK))?;
        section.append_child(&check)?;
        let checks = self.counts_list(&[
            ("checks-shown", m::POPUP_CHECKS_SHOWN, summary.checks_shown),
            ("checks-edited", m::POPUP_CHECKS_EDITED, summary.checks_edited),
            ("checks-posted-anyway", m::POPUP_CHECKS_POSTED_ANYWAY, summary.checks_posted_anyway),
        ])?;
        section.append_child(&checks)?;
        if let Some(lifetime) = lifetime {
            section.append_child(self.lifetime(lifetime)?.as_ref())?;
        }
        Ok(section)
    }

    fn scores(&self, summary: &Summary, data: &PopupData) -> Result<Element> {
        let section = self.section("scores", &word(m::POPUP_SCORES))?;
        let (Some(average), Some(svg)) = (summary.average, chart(&data.stats.posts)) else {
            section.append_child(self.text("p", &word(m::POPUP_NO_POST))?.as_ref())?;
            return Ok(section);
        };
        let list = self.element("dl", "averages")?;
        for (axis, value) in average.iter() {
            let key = axis.name();
            let term = self.element("dt", key)?;
            term.set_text_content(Some(&tr(m::POPUP_AVERAGE, &[&axis_name(axis)])));
            list.append_child(&term)?;
            let value_node = self.text("dd", &value.to_string())?;
            value_node.set_attribute("data-average", key)?;
            list.append_child(&value_node)?;
        }
        section.append_child(&list)?;
        let figure = self.element("figure", "chart-box")?;
        figure.append_child(self.svg(&svg)?.as_ref())?;
        let legend = self.text("figcaption", &word(m::POPUP_CHART_LEGEND))?;
        figure.append_child(&legend)?;
        section.append_child(&figure)?;
        Ok(section)
    }

    fn rules(&self, summary: &Summary, preset: &PresetStatus) -> Result<Element> {
        let section = self.section("rules", &word(m::POPUP_RULES))?;
        if summary.top_rules.is_empty() {
            section.append_child(self.text("p", &word(m::POPUP_NO_ISSUE))?.as_ref())?;
            return Ok(section);
        }
        let list = self.element("ol", "rules")?;
        for count in &summary.top_rules {
            let item = self.element("li", "")?;
            item.set_attribute("data-rule", &count.rule)?;
            item.append_child(self.text("span", &rule_text(&count.rule, &preset.messages))?.as_ref())?;
            let posts = tr(
                if count.posts == 1 { m::POPUP_POSTS_ONE } else { m::POPUP_POSTS_MANY },
                &[&count.posts.to_string()],
            );
            let badge = self.text("span", &posts)?;
            badge.set_class_name("count");
            item.append_child(&badge)?;
            list.append_child(&item)?;
        }
        section.append_child(&list)?;
        let note = self.text("p", &word(m::POPUP_STRENGTHS_NOTE))?;
        note.set_class_name("muted");
        section.append_child(&note)?;
        Ok(section)
    }

    fn sites(&self, summary: &Summary) -> Result<Element> {
        let section = self.section("sites", &word(m::POPUP_BY_SITE))?;
        if summary.sites.is_empty() {
            section.append_child(self.text("p", &word(m::POPUP_NOTHING_CHECKED))?.as_ref())?;
            return Ok(section);
        }
        let table = self.element("table", "sites")?;
        let head = self.element("tr", "")?;
        for label in [
            m::POPUP_COLUMN_SITE,
            m::POPUP_COLUMN_DRAFTS,
            m::POPUP_COLUMN_POSTS,
            m::POPUP_COLUMN_IMPROVED,
            m::POPUP_COLUMN_CHECKS,
        ] {
            let cell = self.text("th", &word(label))?;
            cell.set_attribute("scope", "col")?;
            head.append_child(&cell)?;
        }
        let thead = self.element("thead", "")?;
        thead.append_child(&head)?;
        table.append_child(&thead)?;
        let body = self.element("tbody", "")?;
        for row in &summary.sites {
            let line = self.element("tr", "")?;
            line.set_attribute("data-site", &row.site)?;
            let name = self.text("th", &site_label(&row.site))?;
            name.set_attribute("scope", "row")?;
            line.append_child(&name)?;
            for value in [row.drafts as usize, row.posts, row.improved, row.checks_shown] {
                line.append_child(self.text("td", &value.to_string())?.as_ref())?;
            }
            body.append_child(&line)?;
        }
        table.append_child(&body)?;
        section.append_child(&table)?;
        Ok(section)
    }

    fn preset(&self, preset: &PresetStatus) -> Result<Element> {
        let section = self.section("preset", &word(m::POPUP_PRESET))?;
        let name = match &preset.version {
            Some(version) => format!("{} {}", preset.name, version),
            None => preset.name.clone(),
        };
        let line = self.text("p", &name)?;
        line.set_attribute("data-preset", &preset.id)?;
        section.append_child(&line)?;
        let source = word(match preset.source {
            PresetSource::Builtin => m::PRESET_BUILTIN,
            PresetSource::File => m::PRESET_FROM_FILE,
            PresetSource::Url => m::PRESET_BY_URL,
            PresetSource::Admin => m::PRESET_BY_ADMIN,
        });
        let origin = self.text("p", &tr(m::POPUP_PRESET_ORIGIN, &[&preset.id, &source]))?;
        origin.set_class_name("muted");
        section.append_child(&origin)?;
        if let Some(problem) = &preset.problem {
            let alert = self.text("p", problem)?;
            alert.set_class_name("problem");
            alert.set_attribute("role", "alert")?;
            section.append_child(&alert)?;
        }
        Ok(section)
    }

    fn lifetime(&self, lifetime: &LifetimeStats) -> Result<Element> {
        let line = self.text(
            "p",
            &tr(
                m::POPUP_LIFETIME,
                &[&lifetime.drafts.to_string(), &lifetime.posts.to_string(), &lifetime.improved.to_string()],
            ),
        )?;
        line.set_class_name("muted lifetime");
        Ok(line)
    }

    fn session_actions(&self, posts: usize) -> Result<Element> {
        let bar = self.element("div", "actions")?;
        bar.set_attribute("role", "group")?;
        bar.set_attribute("aria-label", &word(m::POPUP_SESSION_GROUP))?;
        let export = self.button("export", &word(m::POPUP_EXPORT))?;
        export.set_attribute("aria-description", &tr(m::POPUP_EXPORT_DESCRIPTION, &[&posts.to_string()]))?;
        bar.append_child(&export)?;
        let reset = self.button("reset", &word(m::POPUP_RESET))?;
        reset.set_attribute("aria-expanded", "false")?;
        reset.set_attribute("aria-controls", RESET_CONFIRM_ID)?;
        bar.append_child(&reset)?;
        Ok(bar)
    }

    /// The question "Reset session…" asks before anything is cleared (hidden until then).
    fn reset_confirm(&self) -> Result<Element> {
        let block = self.element("div", "confirm")?;
        block.set_id(RESET_CONFIRM_ID);
        block.set_attribute("role", "group")?;
        block.set_attribute("aria-labelledby", "reset-question")?;
        block.set_attribute("hidden", "")?;
        let question = self.text("p", &word(m::POPUP_RESET_QUESTION))?;
        question.set_id("reset-question");
        block.append_child(&question)?;
        block.append_child(self.button("confirm-reset", &word(m::POPUP_RESET_CONFIRM))?.as_ref())?;
        block.append_child(self.button("cancel-reset", &word(m::POPUP_RESET_CANCEL))?.as_ref())?;
        Ok(block)
    }
}
