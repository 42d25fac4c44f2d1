//! The pre-post check's decision: from a report and the active preset, whether to stop the post and what to list.
//!
//! The engine owns this decision; the content script only shows it.

use std::collections::HashMap;

use serde::Serialize;

use super::format::{Check, Checks, GateMode, Severity};
use crate::engine::{Axis, Contribution, Effect, Finding, Language, PerAxis, Report};
use crate::messages;

/// How many issues the pre-post check lists at most.
pub const MAX_ISSUES: usize = 3;

/// One score's check once a preset and its parents are merged.
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(optional_fields))]
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoreCheck {
    pub enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warn_above: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warn_below: Option<f64>,
}

impl From<&Option<Check>> for ScoreCheck {
    fn from(check: &Option<Check>) -> Self {
        let check = check.clone().unwrap_or_default();
        Self { enabled: check.enabled.unwrap_or(true), warn_above: check.warn_above, warn_below: check.warn_below }
    }
}

/// What the active preset asks of the pre-post check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Policy {
    pub gate: GateMode,
    /// Each score's check (`listening`, `respect`, `promotion` in the JSON).
    #[serde(flatten)]
    pub checks: PerAxis<ScoreCheck>,
    /// Each rule's severity (built-in rules are `hint` unless a preset says otherwise).
    pub severities: HashMap<String, Severity>,
}

impl Policy {
    pub fn new(gate: GateMode, checks: &Checks, severities: HashMap<String, Severity>) -> Self {
        Self { gate, checks: PerAxis::from_fn(|axis| checks.get(axis).into()), severities }
    }

    fn severity(&self, rule: &str) -> Severity {
        self.severities.get(rule).copied().unwrap_or(Severity::Hint)
    }
}

/// A score past its threshold.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Crossed {
    /// `listening`, `respect` or `promotion`.
    pub score: Axis,
    pub value: f64,
    pub threshold: f64,
    pub direction: Direction,
    /// E.g. "Promotion is 72; this team's limit is 60."
    pub message: String,
}

/// Which side of its threshold a score crossed to.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Past a `warnAbove` limit.
    Above,
    /// Under a `warnBelow` limit.
    Below,
}

/// The pre-post check's answer for one draft.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Whether the post waits for the check (never when the gate is `off`).
    pub show: bool,
    pub mode: GateMode,
    /// The scores past their thresholds.
    pub crossed: Vec<Crossed>,
    /// The top issues to list (at most [`MAX_ISSUES`]): `warn` findings first, then what pushed a crossed score.
    /// Never a strength: a preset that marks a strength rule `warn` does not make thanking someone a reason to wait.
    pub issues: Vec<Finding>,
}

/// Decides whether the pre-post check stops this draft, and which issues it lists. A draft in a language the scores
/// do not read ([`Language::Other`]) is never held on its scores: they are neutral, not measured.
pub fn decide(policy: &Policy, report: &Report) -> Decision {
    let mut crossed = Vec::new();
    // What pushed each crossed score, strongest first, one list per score: the check names the issues of every
    // crossed score in turn (a draft held for promotion also lists what made it disrespectful).
    let mut pushing: Vec<Vec<&Contribution>> = Vec::new();
    let measured = report.language == Language::English;
    for (axis, check) in policy.checks.iter() {
        if !check.enabled || !measured {
            continue;
        }
        let (value, explanation) = (report.scores[axis], &report.explanation[axis]);
        if let Some(threshold) = check.warn_above.filter(|threshold| value > *threshold) {
            crossed.push(crossing(axis, value, threshold, Direction::Above));
            pushing.push(explanation.iter().filter(|c| c.delta > 0.0).collect());
        }
        if let Some(threshold) = check.warn_below.filter(|threshold| value < *threshold) {
            crossed.push(crossing(axis, value, threshold, Direction::Below));
            pushing.push(explanation.iter().filter(|c| c.delta < 0.0).collect());
        }
    }
    for list in &mut pushing {
        crate::order::sort_by(list, |a, b| b.delta.abs().total_cmp(&a.delta.abs()));
    }
    let issues = top_issues(policy, &report.findings, &interleaved(&pushing));
    let show = policy.gate != GateMode::Off && (!crossed.is_empty() || !issues.is_empty());
    Decision { show, mode: policy.gate, crossed, issues }
}

/// The crossed scores' pushes taken in turn, each score's strongest first: the first of each, then the second of
/// each, and so on.
fn interleaved<'a>(lists: &[Vec<&'a Contribution>]) -> Vec<&'a Contribution> {
    let longest = lists.iter().map(Vec::len).max().unwrap_or(0);
    (0..longest).flat_map(|rank| lists.iter().filter_map(move |list| list.get(rank).copied())).collect()
}

/// The issues the check lists, at most [`MAX_ISSUES`]: `warn` findings in draft order, then one finding of each rule
/// that pushed a crossed score, in `pushing` order, and again until the list is full or nothing is left (so that a
/// rule with many findings does not crowd out the other scores' issues). Linear in the findings: each is looked at a
/// bounded number of times (once to group it by rule, at most once more to list it), so a 10 MB draft's thousands of
/// findings cost no more than reading them.
fn top_issues(policy: &Policy, findings: &[Finding], pushing: &[&Contribution]) -> Vec<Finding> {
    let problems = || findings.iter().filter(|f| f.effect == Effect::Issue);
    let mut listed: Vec<&Finding> =
        problems().filter(|f| policy.severity(&f.rule) == Severity::Warn).take(MAX_ISSUES).collect();
    if listed.len() < MAX_ISSUES && !pushing.is_empty() {
        // Each rule's issues in draft order, with a cursor: a rule that pushes two scores goes on where it stopped.
        let mut grouped: HashMap<&str, Vec<&Finding>> = HashMap::new();
        for finding in problems() {
            grouped.entry(finding.rule.as_str()).or_default().push(finding);
        }
        let mut by_rule: HashMap<&str, _> = grouped.iter().map(|(rule, group)| (*rule, group.iter())).collect();
        'listing: loop {
            let before = listed.len();
            for contribution in pushing {
                if listed.len() == MAX_ISSUES {
                    break 'listing;
                }
                let Some(cursor) = by_rule.get_mut(contribution.feature.as_str()) else { continue };
                if let Some(finding) = cursor.find(|finding| !listed.contains(finding)) {
                    listed.push(*finding);
                }
            }
            if listed.len() == before {
                break;
            }
        }
    }
    listed.into_iter().cloned().collect()
}

fn crossing(score: Axis, value: f64, threshold: f64, direction: Direction) -> Crossed {
    let (label, shown, limit) = (score.label(), percent(value), percent(threshold));
    let message = match direction {
        Direction::Above => messages::CROSSED_ABOVE,
        Direction::Below => messages::CROSSED_BELOW,
    }
    .english_with(&[label, &shown.to_string(), &limit.to_string()]);
    Crossed { score, value, threshold, direction, message }
}

/// A score as the badge shows it, 0-100.
fn percent(value: f64) -> i64 {
    (value * 100.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Explanation, Principle, Scores};

    fn contribution(feature: &str, delta: f64) -> Contribution {
        Contribution { feature: feature.to_string(), delta, logit: delta * 4.0, spans: Vec::new() }
    }

    fn finding(rule: &str, start: u32) -> Finding {
        Finding {
            rule: rule.into(),
            principle: Principle::Promotion,
            effect: Effect::Issue,
            start,
            end: start + 3,
            message: format!("{rule} here"),
            replacement: None,
        }
    }

    fn report(promotion: f64, findings: Vec<Finding>, promotion_terms: &[(&str, f64)]) -> Report {
        let promotion_terms = promotion_terms.iter().map(|(feature, delta)| contribution(feature, *delta));
        Report {
            scores: Scores { listening: 0.5, respect: 0.8, promotion },
            findings,
            explanation: Explanation { promotion: promotion_terms.collect(), ..Explanation::default() },
            language: Language::English,
        }
    }

    fn policy(gate: GateMode, warn_above: Option<f64>, severities: &[(&str, Severity)]) -> Policy {
        let checks = Checks {
            promotion: Some(Check { warn_above, ..Check::default() }),
            respect: Some(Check { warn_below: Some(0.4), ..Check::default() }),
            ..Checks::default()
        };
        Policy::new(gate, &checks, severities.iter().map(|(id, s)| (id.to_string(), *s)).collect())
    }

    fn strength(rule: &str, start: u32) -> Finding {
        Finding { principle: Principle::Respecting, effect: Effect::Strength, ..finding(rule, start) }
    }

    #[test]
    fn a_score_past_its_threshold_stops_the_post_and_lists_what_pushed_it() {
        let cta = finding("builtin.call-to-action", 0);
        let thanks = strength("builtin.gratitude", 10);
        let report = report(0.72, vec![cta.clone(), thanks], &[("builtin.call-to-action", 2.0)]);
        let decision = decide(&policy(GateMode::Warn, Some(0.6), &[]), &report);
        assert!(decision.show);
        assert_eq!(decision.crossed[0].message, "Promotion is 72; this team keeps it at 60 or below.");
        assert_eq!(decision.issues, [cta]);
    }

    #[test]
    fn a_draft_within_every_threshold_goes_through() {
        let report = report(0.3, vec![strength("builtin.gratitude", 0)], &[]);
        let decision = decide(&policy(GateMode::Hold, Some(0.6), &[]), &report);
        assert!(!decision.show);
        assert_eq!(decision.mode, GateMode::Hold);
        assert!(decision.crossed.is_empty() && decision.issues.is_empty());
    }

    #[test]
    fn a_warn_finding_stops_the_post_on_its_own_and_comes_first() {
        let report = report(
            0.7,
            vec![finding("builtin.call-to-action", 0), finding("no-hard-sell", 5)],
            &[("builtin.call-to-action", 2.0)],
        );
        let decision = decide(&policy(GateMode::Warn, Some(0.6), &[("no-hard-sell", Severity::Warn)]), &report);
        let rules: Vec<_> = decision.issues.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["no-hard-sell", "builtin.call-to-action"]);
        let calm = report_with_only(finding("no-hard-sell", 0));
        assert!(decide(&policy(GateMode::Warn, None, &[("no-hard-sell", Severity::Warn)]), &calm).show);
        assert!(!decide(&policy(GateMode::Warn, None, &[("no-hard-sell", Severity::Hint)]), &calm).show);
    }

    fn report_with_only(finding: Finding) -> Report {
        report(0.2, vec![finding], &[])
    }

    #[test]
    fn gate_off_never_stops_a_post_but_still_says_why() {
        let report = report(0.9, vec![finding("builtin.call-to-action", 0)], &[("builtin.call-to-action", 2.0)]);
        let decision = decide(&policy(GateMode::Off, Some(0.6), &[]), &report);
        assert!(!decision.show);
        assert_eq!(decision.crossed.len(), 1);
    }

    #[test]
    fn a_disabled_check_is_ignored() {
        let mut policy = policy(GateMode::Warn, Some(0.6), &[]);
        policy.checks.promotion.enabled = false;
        assert!(!decide(&policy, &report(0.9, vec![], &[])).show);
    }

    #[test]
    fn at_most_three_issues_are_listed() {
        let findings: Vec<Finding> = (0..5).map(|i| finding("no-hard-sell", i * 10)).collect();
        let decision =
            decide(&policy(GateMode::Warn, None, &[("no-hard-sell", Severity::Warn)]), &report(0.1, findings, &[]));
        assert_eq!(decision.issues.len(), MAX_ISSUES);
    }

    #[test]
    fn the_issues_of_a_huge_draft_are_chosen_in_one_pass() {
        // 200,000 findings of the rule that pushed promotion: the quadratic decide() compared each one with every
        // finding listed before it (2 * 10^10 comparisons, hours in a debug build); this one stops at three.
        let many: Vec<Finding> = (0..200_000).map(|i| finding("builtin.call-to-action", i * 4)).collect();
        let huge = report(0.9, many.clone(), &[("builtin.call-to-action", 2.0)]);
        let decision = decide(&policy(GateMode::Warn, Some(0.6), &[]), &huge);
        assert_eq!(decision.issues, many[..MAX_ISSUES]);
        // The same finding 200,000 times over (a rule pushing two scores walks its findings once, not twice).
        let same = vec![finding("builtin.call-to-action", 0); 200_000];
        let mut repeated = report(0.9, same, &[("builtin.call-to-action", 2.0)]);
        repeated.scores.respect = 0.2;
        repeated.explanation.respect = vec![contribution("builtin.call-to-action", -1.0)];
        let decision = decide(&policy(GateMode::Warn, Some(0.6), &[]), &repeated);
        assert_eq!(decision.issues, [finding("builtin.call-to-action", 0)]);
        assert_eq!(decision.crossed.len(), 2);
    }

    #[test]
    fn warn_findings_come_first_then_one_issue_of_each_pushing_rule_in_order_of_its_push() {
        let findings = vec![
            finding("builtin.call-to-action", 0),
            finding("builtin.hype", 5),
            finding("no-hard-sell", 10),
            finding("builtin.hype", 15),
        ];
        let terms = [("builtin.call-to-action", 0.5), ("builtin.hype", 2.0)];
        let decision = decide(
            &policy(GateMode::Warn, Some(0.6), &[("no-hard-sell", Severity::Warn)]),
            &report(0.9, findings.clone(), &terms),
        );
        assert_eq!(decision.issues, [findings[2].clone(), findings[1].clone(), findings[0].clone()]);
    }

    #[test]
    fn every_crossed_score_has_its_issues_listed_not_only_the_first() {
        let cta = |start| finding("builtin.call-to-action", start);
        let rude = Finding { principle: Principle::Respecting, ..finding("builtin.condescension", 20) };
        let mut report = report(0.9, vec![cta(0), cta(5), cta(10), rude.clone()], &[("builtin.call-to-action", 2.0)]);
        report.scores.respect = 0.2;
        report.explanation.respect = vec![contribution("builtin.condescension", -0.3)];
        let decision = decide(&policy(GateMode::Warn, Some(0.6), &[]), &report);
        assert_eq!(decision.crossed.len(), 2, "promotion and respect both crossed");
        assert!(
            decision.issues.contains(&rude),
            "the respect issue is listed beside promotion's: {:?}",
            decision.issues
        );
        assert_eq!(decision.issues.len(), MAX_ISSUES);
    }

    #[test]
    fn a_draft_in_another_language_is_never_held_on_its_scores() {
        let mut other = report(0.9, Vec::new(), &[("word:achetez", 2.0)]);
        other.scores.respect = 0.1;
        other.language = Language::Other;
        let decision = decide(&policy(GateMode::Hold, Some(0.6), &[]), &other);
        assert!(!decision.show);
        assert!(decision.crossed.is_empty());
    }

    #[test]
    fn a_low_score_lists_what_pulled_it_down() {
        let rude = finding("builtin.condescension", 0);
        let mut report = report(0.1, vec![rude.clone()], &[]);
        report.scores.respect = 0.2;
        report.explanation.respect = vec![contribution("builtin.condescension", -2.0)];
        let decision = decide(&policy(GateMode::Warn, None, &[]), &report);
        assert_eq!(decision.crossed[0].message, "Respect is 20; this team keeps it at 40 or above.");
        assert_eq!(decision.issues, [rude]);
    }

    #[test]
    fn a_strength_is_never_listed_even_when_a_preset_marks_its_rule_warn() {
        let thanks = strength("builtin.gratitude", 0);
        let decision =
            decide(&policy(GateMode::Hold, None, &[("builtin.gratitude", Severity::Warn)]), &report_with_only(thanks));
        assert!(!decision.show, "thanking someone is no reason to hold a post");
        assert!(decision.issues.is_empty());
    }

    #[test]
    fn only_issues_are_listed_from_a_real_report() {
        let preset = crate::preset::builtin::default();
        let report =
            preset.check("Thanks so much for the report. Obviously you're wrong, calm down and buy now!", None);
        assert!(report.findings.iter().any(|f| f.effect == Effect::Strength), "the thanks is found as a strength");
        let everything_warns = report.findings.iter().map(|f| (f.rule.as_str(), Severity::Warn)).collect::<Vec<_>>();
        let decision = decide(&policy(GateMode::Warn, Some(0.1), &everything_warns), &report);
        assert!(decision.show && !decision.issues.is_empty());
        assert!(decision.issues.iter().all(|f| f.effect == Effect::Issue), "{:?}", decision.issues);
    }
}
