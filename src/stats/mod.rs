//! The session's stats as the service worker keeps them, and what the popup shows from them (pure Rust, no web types).
//!
//! The worker only appends records and bumps counters (extension/src/worker/stats.ts); every figure derived from
//! them (the "improved" verdict, averages, the rules that fired most, the per-site rows, the chart and the CSV
//! export) is computed here, so that it is the same in the popup, the export and the tests. No record holds
//! draft text.

pub mod chart;
pub mod csv;
pub mod sites;
mod summary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::engine::PerAxis;

pub use summary::{improved, RuleCount, SiteRow, Summary, MEANINGFUL_POINTS};

/// This browser session's stats, as stored in `chrome.storage.session` (see extension/src/shared/messages.ts).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SessionStats {
    /// Drafts checked (one per draft, however long it grew).
    pub drafts: u32,
    /// Drafts checked, per site.
    pub by_site: BTreeMap<String, u32>,
    /// Every post sent, in order.
    pub posts: Vec<PostRecord>,
    /// Every step of the pre-post check, in order.
    pub checks: Vec<CheckRecord>,
}

/// One post as sent: when, where, its scores at the first check and at posting, and the rules that fired.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PostRecord {
    /// Milliseconds since the Unix epoch.
    pub time: f64,
    pub site: String,
    pub first: PostScores,
    #[serde(rename = "final")]
    pub last: PostScores,
    pub rules: Vec<String>,
}

/// The three scores in [0, 1], as the engine reports them (`{listening, respect, promotion}`; a missing one is 0).
pub type PostScores = PerAxis<f64>;

/// The scores as the 0-100 integers the UI shows.
pub fn points_of(scores: &PostScores) -> PerAxis<i32> {
    scores.map(points)
}

/// A score in [0, 1] as the 0-100 integer the UI shows (the badge rounds the same way).
pub fn points(score: f64) -> i32 {
    if score.is_nan() {
        return 0;
    }
    (score.clamp(0.0, 1.0) * 100.0).round() as i32
}

/// One step of the pre-post check on a site.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CheckRecord {
    #[serde(default)]
    pub time: f64,
    #[serde(default)]
    pub site: String,
    pub outcome: CheckOutcome,
    /// What the user gave for posting anyway in `hold` mode (kept in the session's record; no figure uses it).
    #[serde(default)]
    #[cfg_attr(test, ts(optional))]
    pub reason: Option<String>,
}

/// What happened at the pre-post check: it was shown, then the user chose Edit or Post anyway.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckOutcome {
    Shown,
    Edited,
    PostedAnyway,
}

/// Totals over every session, as stored in `chrome.storage.local`.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LifetimeStats {
    pub drafts: u32,
    pub posts: u32,
    pub improved: u32,
    pub checks_shown: u32,
    pub checks_edited: u32,
    pub checks_posted_anyway: u32,
}
