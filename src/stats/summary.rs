//! The figures the popup shows, derived from the session's records: counts, averages, top rules, per-site rows.

use std::collections::BTreeMap;

use super::sites::site_name;
use super::{points_of, CheckOutcome, PostScores, SessionStats};
use crate::engine::scoring::word_tone;
use crate::engine::{rules, Effect, PerAxis};

/// How many points (of 100) a score must move between the first check and posting to count as a change:
/// smaller moves are the noise of a draft growing, not a response to feedback.
pub const MEANINGFUL_POINTS: i32 = 5;

/// How many of the rules that fired most the popup lists.
const TOP_RULES: usize = 5;

/// Whether a post was improved after feedback: between its first check and posting, at least one score moved the
/// right way (listening or respect up, promotion down) by [`MEANINGFUL_POINTS`] or more, and the moves the right
/// way outweigh those the wrong way by as much (a rewrite that drops the sales pitch may lose a little listening).
pub fn improved(first: &PostScores, last: &PostScores) -> bool {
    let (first, last) = (points_of(first), points_of(last));
    let gains = PerAxis::from_fn(|axis| {
        let risen = last[axis] - first[axis];
        if axis.higher_is_better() {
            risen
        } else {
            -risen
        }
    });
    gains.values().any(|gain| *gain >= MEANINGFUL_POINTS) && gains.values().sum::<i32>() >= MEANINGFUL_POINTS
}

/// What a rule is about, in plain words: the active preset's own text for its rules, else the built-in rule's
/// description, else a plain note naming the rule.
pub fn rule_message(rule: &str, preset_messages: &BTreeMap<String, String>) -> String {
    if let Some(message) = preset_messages.get(rule) {
        return message.clone();
    }
    match rules::builtin().iter().find(|builtin| builtin.id() == rule) {
        Some(builtin) => builtin.description().to_string(),
        None if rule == word_tone::ID => word_tone::DESCRIPTION.to_string(),
        None => format!("A rule of the active preset ({rule})."),
    }
}

/// Whether a rule only ever finds strengths (a built-in rule such as gratitude or open questions). The list of rules
/// that fired most is about what to work on, so those are left out of it; a rule that finds both (word tone) is
/// recorded for a post only when it found an issue there.
fn is_strength_rule(rule: &str) -> bool {
    rules::builtin().iter().any(|builtin| builtin.id() == rule && builtin.effect() == Some(Effect::Strength))
}

/// Everything the popup shows about the session, computed once per render.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub drafts: u32,
    pub posts: usize,
    pub improved: usize,
    pub checks_shown: usize,
    pub checks_edited: usize,
    pub checks_posted_anyway: usize,
    /// The mean of the scores at posting, in points `[listening, respect, promotion]`; `None` before any post.
    pub average: Option<PerAxis<i32>>,
    /// The rules that found issues in the most posts, most first (ties by id); strengths are left out.
    pub top_rules: Vec<RuleCount>,
    /// One row per site with any activity, in the order of the names people read (see [`site_name`]).
    pub sites: Vec<SiteRow>,
}

/// How many posts a rule fired in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleCount {
    pub rule: String,
    pub posts: usize,
}

/// A site's share of the session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteRow {
    pub site: String,
    pub drafts: u32,
    pub posts: usize,
    pub improved: usize,
    pub checks_shown: usize,
}

impl Summary {
    pub fn of(stats: &SessionStats) -> Summary {
        let count = |outcome: CheckOutcome| stats.checks.iter().filter(|check| check.outcome == outcome).count();
        let improved_posts = stats.posts.iter().filter(|post| improved(&post.first, &post.last)).count();
        Summary {
            drafts: stats.drafts,
            posts: stats.posts.len(),
            improved: improved_posts,
            checks_shown: count(CheckOutcome::Shown),
            checks_edited: count(CheckOutcome::Edited),
            checks_posted_anyway: count(CheckOutcome::PostedAnyway),
            average: average(stats),
            top_rules: top_rules(stats),
            sites: sites(stats),
        }
    }
}

fn average(stats: &SessionStats) -> Option<PerAxis<i32>> {
    if stats.posts.is_empty() {
        return None;
    }
    let count = stats.posts.len() as f64;
    let means: PostScores =
        PerAxis::from_fn(|axis| stats.posts.iter().map(|post| post.last[axis]).sum::<f64>() / count);
    Some(points_of(&means))
}

fn top_rules(stats: &SessionStats) -> Vec<RuleCount> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for post in &stats.posts {
        let mut seen: Vec<&str> = post.rules.iter().map(String::as_str).collect();
        crate::order::sort_by(&mut seen, Ord::cmp);
        seen.dedup();
        for rule in seen.into_iter().filter(|rule| !is_strength_rule(rule)) {
            *counts.entry(rule).or_default() += 1;
        }
    }
    let mut ranked: Vec<RuleCount> =
        counts.into_iter().map(|(rule, posts)| RuleCount { rule: rule.to_string(), posts }).collect();
    crate::order::sort_by(&mut ranked, |a, b| b.posts.cmp(&a.posts).then_with(|| a.rule.cmp(&b.rule)));
    ranked.truncate(TOP_RULES);
    ranked
}

fn sites(stats: &SessionStats) -> Vec<SiteRow> {
    let mut rows: BTreeMap<&str, SiteRow> = BTreeMap::new();
    for (site, drafts) in &stats.by_site {
        site_row(&mut rows, site).drafts = *drafts;
    }
    for post in &stats.posts {
        let row = site_row(&mut rows, &post.site);
        row.posts += 1;
        if improved(&post.first, &post.last) {
            row.improved += 1;
        }
    }
    for check in stats.checks.iter().filter(|check| check.outcome == CheckOutcome::Shown) {
        site_row(&mut rows, &check.site).checks_shown += 1;
    }
    let mut rows: Vec<SiteRow> = rows.into_values().collect();
    crate::order::sort_by_key(&mut rows, |row| site_name(&row.site).to_lowercase());
    rows
}

fn site_row<'r, 'a>(rows: &'r mut BTreeMap<&'a str, SiteRow>, site: &'a str) -> &'r mut SiteRow {
    rows.entry(site).or_insert_with(|| SiteRow { site: site.to_string(), ..SiteRow::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::{CheckRecord, PostRecord};

    fn scores(listening: f64, respect: f64, promotion: f64) -> PostScores {
        PostScores { listening, respect, promotion }
    }

    fn post(site: &str, first: PostScores, last: PostScores, rules: &[&str]) -> PostRecord {
        let rules = rules.iter().map(|rule| rule.to_string()).collect();
        PostRecord { time: 0.0, site: site.to_string(), first, last, rules }
    }

    fn check(site: &str, outcome: CheckOutcome) -> CheckRecord {
        CheckRecord { time: 0.0, site: site.to_string(), outcome, reason: None }
    }

    #[test]
    fn a_post_whose_respect_rose_after_feedback_is_improved() {
        assert!(improved(&scores(0.5, 0.3, 0.2), &scores(0.5, 0.8, 0.2)));
    }

    #[test]
    fn a_post_whose_promotion_fell_is_improved() {
        assert!(improved(&scores(0.5, 0.5, 0.9), &scores(0.5, 0.5, 0.4)));
    }

    #[test]
    fn a_post_sent_as_first_checked_is_not_improved() {
        assert!(!improved(&scores(0.5, 0.5, 0.5), &scores(0.5, 0.5, 0.5)));
    }

    #[test]
    fn a_move_smaller_than_the_noise_is_not_an_improvement() {
        assert!(!improved(&scores(0.5, 0.5, 0.5), &scores(0.53, 0.5, 0.48)));
    }

    #[test]
    fn a_gain_bought_with_a_larger_loss_elsewhere_is_not_an_improvement() {
        assert!(!improved(&scores(0.2, 0.8, 0.1), &scores(0.6, 0.8, 0.7)));
        assert!(!improved(&scores(0.5, 0.5, 0.5), &scores(0.6, 0.41, 0.5)));
    }

    #[test]
    fn dropping_the_sales_pitch_is_an_improvement_even_if_listening_dips() {
        assert!(improved(&scores(0.23, 0.15, 0.83), &scores(0.17, 0.39, 0.12)));
    }

    #[test]
    fn counts_follow_the_records() {
        let stats = SessionStats {
            drafts: 4,
            by_site: BTreeMap::from([("x".to_string(), 3), ("reddit".to_string(), 1)]),
            posts: vec![
                post("x", scores(0.2, 0.3, 0.8), scores(0.6, 0.9, 0.1), &["builtin.urgency"]),
                post("reddit", scores(0.5, 0.5, 0.5), scores(0.5, 0.5, 0.5), &[]),
            ],
            checks: vec![
                check("x", CheckOutcome::Shown),
                check("x", CheckOutcome::Edited),
                check("x", CheckOutcome::Shown),
                check("x", CheckOutcome::PostedAnyway),
            ],
        };
        let summary = Summary::of(&stats);
        assert_eq!((summary.drafts, summary.posts, summary.improved), (4, 2, 1));
        assert_eq!((summary.checks_shown, summary.checks_edited, summary.checks_posted_anyway), (2, 1, 1));
        assert_eq!(summary.average, Some(PerAxis::new(55, 70, 30)));
    }

    #[test]
    fn no_post_means_no_average() {
        assert_eq!(Summary::of(&SessionStats::default()).average, None);
    }

    #[test]
    fn rules_are_ranked_by_the_posts_they_fired_in_and_counted_once_per_post() {
        let any = scores(0.5, 0.5, 0.5);
        let stats = SessionStats {
            posts: vec![
                post("x", any, any, &["b", "a", "a"]),
                post("x", any, any, &["a", "c"]),
                post("x", any, any, &["c"]),
            ],
            ..SessionStats::default()
        };
        let ranked = Summary::of(&stats).top_rules;
        let names: Vec<(&str, usize)> = ranked.iter().map(|count| (count.rule.as_str(), count.posts)).collect();
        assert_eq!(names, [("a", 2), ("c", 2), ("b", 1)]);
    }

    #[test]
    fn strengths_are_not_listed_among_the_rules_that_fired_most() {
        let any = scores(0.5, 0.5, 0.5);
        let stats = SessionStats {
            posts: vec![
                post("x", any, any, &["builtin.gratitude", "builtin.open-question", "builtin.urgency"]),
                post("x", any, any, &["builtin.gratitude", "builtin.word-tone"]),
            ],
            ..SessionStats::default()
        };
        let ranked: Vec<String> = Summary::of(&stats).top_rules.into_iter().map(|count| count.rule).collect();
        assert_eq!(ranked, ["builtin.urgency", "builtin.word-tone"]);
    }

    #[test]
    fn only_the_top_five_rules_are_listed() {
        let any = scores(0.5, 0.5, 0.5);
        let stats = SessionStats {
            posts: vec![post("x", any, any, &["a", "b", "c", "d", "e", "f", "g"])],
            ..SessionStats::default()
        };
        assert_eq!(Summary::of(&stats).top_rules.len(), 5);
    }

    #[test]
    fn each_site_gets_its_own_row() {
        let stats = SessionStats {
            drafts: 3,
            by_site: BTreeMap::from([("x".to_string(), 2), ("mastodon".to_string(), 1)]),
            posts: vec![post("x", scores(0.1, 0.1, 0.9), scores(0.8, 0.8, 0.1), &[])],
            checks: vec![check("bluesky", CheckOutcome::Shown)],
        };
        let rows = Summary::of(&stats).sites;
        let sites: Vec<(&str, u32, usize, usize, usize)> =
            rows.iter().map(|row| (row.site.as_str(), row.drafts, row.posts, row.improved, row.checks_shown)).collect();
        assert_eq!(sites, [("bluesky", 0, 0, 0, 1), ("mastodon", 1, 0, 0, 0), ("x", 2, 1, 1, 0)]);
    }

    #[test]
    fn site_rows_come_in_the_order_of_the_names_people_read() {
        let stats = SessionStats {
            by_site: BTreeMap::from([
                ("x".to_string(), 1),
                ("generic".to_string(), 1),
                ("youtube".to_string(), 1),
                ("linkedin".to_string(), 1),
            ]),
            ..SessionStats::default()
        };
        let order: Vec<String> = Summary::of(&stats).sites.into_iter().map(|row| row.site).collect();
        assert_eq!(order, ["linkedin", "generic", "x", "youtube"], "LinkedIn, Other sites…, X (x.com), YouTube");
    }

    #[test]
    fn a_builtin_rule_is_explained_by_its_description() {
        let builtin = rules::builtin()[0];
        assert_eq!(rule_message(builtin.id(), &BTreeMap::new()), builtin.description());
    }

    #[test]
    fn a_preset_rule_is_explained_by_the_preset_and_an_unknown_one_by_its_id() {
        let preset = BTreeMap::from([("no-hard-sell".to_string(), "Sounds like an ad.".to_string())]);
        assert_eq!(rule_message("no-hard-sell", &preset), "Sounds like an ad.");
        assert!(rule_message("gone-rule", &preset).contains("gone-rule"));
    }
}
