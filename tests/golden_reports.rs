//! Golden reports: the full report of every draft of `tests/golden/drafts.jsonl` (scores, findings, what moved
//! each score, language, the default pre-post check's decision), snapshot-tested with insta so that any change
//! to rules, lexicons or weights shows its real effect in review. How to review and accept: tests/golden/README.md.
#![cfg(not(target_arch = "wasm32"))]

#[path = "golden/corpus.rs"]
#[allow(dead_code)] // the expectations, read by tests/golden_expectations.rs
mod corpus;

use std::fmt::Write;

use corpus::Draft;
use tact::engine::{Contribution, Effect, Language, Report};
use tact::preset::{builtin, ActivePreset};

/// A score or delta to four decimals: stable across runs, yet any real change shows. `-0.0000` reads `0.0000`.
fn fixed(value: f64) -> String {
    let shown = format!("{value:.4}");
    if shown == "-0.0000" {
        "0.0000".into()
    } else {
        shown
    }
}

fn signed(value: f64) -> String {
    let shown = fixed(value);
    if shown.starts_with('-') {
        shown
    } else {
        format!("+{shown}")
    }
}

/// The UTF-16 span `[start, end)` of `text` as a string.
fn underlined(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let end = (end as usize).min(units.len());
    let start = (start as usize).min(end);
    String::from_utf16_lossy(&units[start..end])
}

fn contributions(out: &mut String, axis: &str, text: &str, list: &[Contribution]) {
    // Largest first as the engine orders them; equal deltas by name, so a tie is not a diff.
    let mut list: Vec<&Contribution> = list.iter().collect();
    list.sort_by(|a, b| fixed(b.delta.abs()).cmp(&fixed(a.delta.abs())).then(a.feature.cmp(&b.feature)));
    let _ = writeln!(out, "  {axis}:{}", if list.is_empty() { " (none)" } else { "" });
    for c in list {
        let spans: Vec<String> =
            c.spans.iter().map(|[start, end]| format!("{start}..{end} {:?}", underlined(text, *start, *end))).collect();
        let spans = if spans.is_empty() { String::new() } else { format!("  at {}", spans.join(", ")) };
        let _ = writeln!(out, "    {} (logit {}) {}{spans}", signed(c.delta), signed(c.logit), c.feature);
    }
}

/// The report and decision of one draft, as a reviewer reads them.
fn render(preset: &ActivePreset, draft: &Draft) -> String {
    let report: Report = preset.check(&draft.text, draft.context.as_deref());
    let decision = preset.decide(&report);
    let mut out = String::new();
    let _ = writeln!(out, "## {}: {}", draft.id, draft.note);
    if let Some(context) = &draft.context {
        let _ = writeln!(out, "context: {context}");
    }
    let _ = writeln!(out, "text: {}", draft.text);
    let language = match report.language {
        Language::English => "en",
        Language::Other => "other",
    };
    let scores = report.scores;
    let _ = writeln!(
        out,
        "language: {language}   listening {}   respect {}   promotion {}",
        fixed(scores.listening),
        fixed(scores.respect),
        fixed(scores.promotion)
    );
    let verdict = if decision.show { "stop" } else { "pass" };
    let _ = writeln!(out, "default check: {verdict}");
    for crossed in &decision.crossed {
        let _ = writeln!(out, "  crossed: {}", crossed.message);
    }
    for issue in &decision.issues {
        let _ = writeln!(out, "  lists: {} {:?}", issue.rule, underlined(&draft.text, issue.start, issue.end));
    }
    let mut findings: Vec<_> = report.findings.iter().collect();
    findings.sort_by(|a, b| (a.start, a.end, &a.rule).cmp(&(b.start, b.end, &b.rule)));
    let _ = writeln!(out, "findings:{}", if findings.is_empty() { " (none)" } else { "" });
    for f in findings {
        let effect = match f.effect {
            Effect::Strength => "strength",
            Effect::Issue => "issue",
        };
        let principle = serde_json::to_value(f.principle).ok().and_then(|v| v.as_str().map(String::from));
        let _ = writeln!(
            out,
            "  - {} [{effect}, {}] {}..{} {:?}",
            f.rule,
            principle.unwrap_or_default(),
            f.start,
            f.end,
            underlined(&draft.text, f.start, f.end)
        );
        let _ = writeln!(out, "    message: {}", f.message);
        if let Some(replacement) = &f.replacement {
            let _ = writeln!(out, "    rewrite: {replacement:?}");
        }
    }
    let _ = writeln!(out, "explanation:");
    contributions(&mut out, "listening", &draft.text, &report.explanation.listening);
    contributions(&mut out, "respect", &draft.text, &report.explanation.respect);
    contributions(&mut out, "promotion", &draft.text, &report.explanation.promotion);
    out
}

#[test]
fn every_golden_report_matches_its_snapshot() {
    let drafts = corpus::drafts();
    assert!(drafts.len() >= 150, "the golden corpus has {} drafts", drafts.len());
    let preset = builtin::default();
    let mut groups: Vec<&str> = drafts.iter().map(Draft::group).collect();
    groups.dedup();
    groups.sort_unstable();
    groups.dedup();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(corpus::path("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut differ = Vec::new();
    settings.bind(|| {
        for group in &groups {
            let reports: Vec<String> =
                drafts.iter().filter(|d| d.group() == *group).map(|draft| render(&preset, draft)).collect();
            let snapshot = reports.join("\n");
            // Every group is compared (and its .snap.new written) before the test fails, so one run shows all.
            let compared = std::panic::catch_unwind(|| insta::assert_snapshot!(*group, snapshot));
            if compared.is_err() {
                differ.push(*group);
            }
        }
    });
    assert!(differ.is_empty(), "golden reports changed in {differ:?}: review them as tests/golden/README.md says");
}
