//! The default pre-post check's thresholds, measured: how many texts people wrote with care it would stop, how many
//! abusive or spam texts it catches, and the thresholds that measurement picks (printed by `tact eval`).

use tact::engine::{Axis, Language, Report};
use tact::preset::{builtin, ActivePreset};

use super::corpora::Corpora;
use super::fit::{Data, Target};

/// The promotion threshold may stop at most this share of any pool that should pass on promotion; it is picked
/// first, as spam is caught far from the writing that should pass.
pub const PROMOTION_BUDGET: f64 = 0.015;
/// The check may stop at most this share of any pool of careful writing (issue 15: at most 3% of real
/// customer-care replies stopped); the respect threshold is the highest that keeps it, with promotion's, and
/// `--check` fails when the shipped thresholds do not.
pub const STOP_BUDGET: f64 = 0.03;
/// The share of ParaDetox's crowd rewrites the check may stop. The crowd took out the swearing but often kept the
/// insult or the shrug ("Are you completely insane?", "Who cares what he says", "Go away"): of 40 rewrites read from
/// those the check stops at respect 0.30-0.40, about 30 still read as rude from a brand's account. They are a pool
/// of softened writing, not of careful writing.
pub const REWRITE_BUDGET: f64 = 0.05;

/// The team's labelled drafts (tests/golden, "gate": whether a seasoned community manager would let each one post).
const GOLDEN_DRAFTS: &str = include_str!("../../tests/golden/drafts.jsonl");

/// Whether a pool is text the check should let through on some scores, or text one score should stop.
#[derive(Clone, Copy, PartialEq)]
enum Expect {
    /// What the data says of these texts clears them on these scores (spam labels say nothing of rudeness).
    Pass(&'static [Axis]),
    Stop(Axis),
}

const BOTH: &[Axis] = &[Axis::Respect, Axis::Promotion];
const PROMOTION_ONLY: &[Axis] = &[Axis::Promotion];

/// Texts from one data set with what the check should do with them.
struct Pool {
    name: &'static str,
    expect: Expect,
    /// The share of a pass pool the check may stop on respect.
    budget: f64,
    /// Per text: its respect and promotion, and whether builtin:default stops it (`None`: not English, never held).
    scored: Vec<Option<(f64, f64, bool)>>,
}

/// What `tact eval` prints about the default check, and whether the shipped thresholds keep the budget.
pub struct Measured {
    pub lines: Vec<String>,
    pub within_budget: bool,
}

/// Measures builtin:default's check on every pool found in the data folder.
pub fn measure(data: &Data, corpora: &Corpora) -> Measured {
    let preset = builtin::default();
    let checks = &preset.info().checks;
    let (respect_below, promotion_above) = (checks.respect.warn_below, checks.promotion.warn_above);
    let pools = pools(&preset, data, corpora);
    let mut lines = vec![format!(
        "default check: builtin:default stops a post with respect below {} or promotion above {}",
        shown(respect_below),
        shown(promotion_above)
    )];
    lines.push(format!("{:<44} {:>6} {:>8} {:>8} {:>8}  {}", "pool", "texts", "stopped", "respect", "promo", "should"));
    let mut within_budget = true;
    for pool in &pools {
        let by_respect = share(&pool.scored, |&(respect, _, _)| respect_below.is_some_and(|below| respect < below));
        let by_promotion =
            share(&pool.scored, |&(_, promotion, _)| promotion_above.is_some_and(|above| promotion > above));
        let stopped = share(&pool.scored, |&(_, _, stops)| stops);
        let should = match pool.expect {
            Expect::Pass(axes) => {
                let judged = if axes.contains(&Axis::Respect) { stopped } else { by_promotion };
                within_budget &= judged <= pool.budget;
                let on = if axes.len() == 2 { "" } else { " on promotion" };
                format!("pass{on} (at most {:.0}% stopped)", pool.budget * 100.0)
            }
            Expect::Stop(axis) => format!("stop ({} crosses)", axis.name()),
        };
        lines.push(format!(
            "{:<44} {:>6} {:>7.1}% {:>7.1}% {:>7.1}%  {should}",
            pool.name,
            pool.scored.len(),
            stopped * 100.0,
            by_respect * 100.0,
            by_promotion * 100.0
        ));
    }
    let promotion = lowest_promotion_threshold(&pools);
    let respect = highest_respect_threshold(&pools, promotion);
    lines.push(format!(
        "measured: promotion above {promotion:.2} (the lowest that stops at most {:.1}% of every pool that should pass \
         on promotion), then respect below {respect:.2} (the highest that, with it, stops at most its budget of every \
         pass pool); shipped: {} and {}",
        PROMOTION_BUDGET * 100.0,
        shown(respect_below),
        shown(promotion_above)
    ));
    for pool in pools.iter().filter(|pool| matches!(pool.expect, Expect::Stop(_))) {
        let caught = share(&pool.scored, |&(r, p, _)| r < respect || p > promotion);
        lines.push(format!("  at the measured thresholds, {}: {:.1}% caught", pool.name, caught * 100.0));
    }
    Measured { lines, within_budget }
}

fn shown(threshold: Option<f64>) -> String {
    threshold.map_or("(none)".into(), |value| format!("{value:.2}"))
}

/// The share of the English texts for which `stops` holds.
fn share(scored: &[Option<(f64, f64, bool)>], stops: impl Fn(&(f64, f64, bool)) -> bool) -> f64 {
    let english: Vec<_> = scored.iter().flatten().collect();
    if english.is_empty() {
        return 0.0;
    }
    english.iter().filter(|text| stops(text)).count() as f64 / english.len() as f64
}

/// Candidate thresholds, in hundredths.
fn grid() -> impl DoubleEndedIterator<Item = f64> {
    (1..100).map(|hundredths| f64::from(hundredths) / 100.0)
}

/// The highest respect threshold that, with promotion's, stops at most its budget of every pool that should pass on
/// respect.
fn highest_respect_threshold(pools: &[Pool], promotion_above: f64) -> f64 {
    grid()
        .rev()
        .find(|&below| {
            let stops = |&(respect, promotion, _): &(f64, f64, bool)| respect < below || promotion > promotion_above;
            passes(pools, Axis::Respect, None, stops)
        })
        .unwrap_or(0.0)
}

/// The lowest promotion threshold that stops at most [`PROMOTION_BUDGET`] of every pool that should pass on promotion.
fn lowest_promotion_threshold(pools: &[Pool]) -> f64 {
    grid()
        .find(|&above| passes(pools, Axis::Promotion, Some(PROMOTION_BUDGET), |&(_, promotion, _)| promotion > above))
        .unwrap_or(1.0)
}

/// Whether `stops` stops at most `budget` (each pool's own when `None`) of every pool that should pass on `axis`.
fn passes(pools: &[Pool], axis: Axis, budget: Option<f64>, stops: impl Fn(&(f64, f64, bool)) -> bool + Copy) -> bool {
    pools
        .iter()
        .filter(|pool| matches!(pool.expect, Expect::Pass(axes) if axes.contains(&axis)))
        .all(|pool| share(&pool.scored, stops) <= budget.unwrap_or(pool.budget))
}

/// Drafts with their context, as the check reads them.
fn with_context(drafts: &[Reply]) -> Vec<(&str, Option<&str>)> {
    drafts.iter().map(|(text, context)| (text.as_str(), context.as_deref())).collect()
}

/// A draft and the post it answers.
type Reply = (String, Option<String>);

/// The team's labelled drafts with their context, read once: those it would let post, and those it would stop.
fn golden_drafts() -> (Vec<Reply>, Vec<Reply>) {
    let (mut post, mut stop) = (Vec::new(), Vec::new());
    for draft in GOLDEN_DRAFTS.lines().filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok()) {
        let Some(text) = draft["text"].as_str() else { continue };
        let reply = (text.to_string(), draft["context"].as_str().map(str::to_string));
        match draft["expect"]["gate"].as_str() {
            Some("pass") => post.push(reply),
            Some("stop") => stop.push(reply),
            _ => {}
        }
    }
    (post, stop)
}

/// The pools: writing the check should let through (polite requests, a persuader's questions and acknowledgements,
/// the non-abusive turns and the crowd's detoxified rewrites on both scores; Reddit comments and non-spam YouTube
/// comments on promotion only, as their labels say nothing of rudeness), and text it should stop (offensive tweets,
/// abusive turns, toxic sentences, spam).
fn pools(preset: &ActivePreset, data: &Data, corpora: &Corpora) -> Vec<Pool> {
    let score = |text: &str, context: Option<&str>| -> Option<(f64, f64, bool)> {
        let report: Report = preset.check(text, context);
        (report.language != Language::Other)
            .then(|| (report.scores.respect, report.scores.promotion, preset.decide(&report).show))
    };
    let mut pools = Vec::new();
    let mut add_replies = |name: &'static str, expect: Expect, budget: f64, texts: Vec<(&str, Option<&str>)>| {
        if !texts.is_empty() {
            let scored = texts.into_iter().map(|(text, context)| score(text, context)).collect();
            pools.push(Pool { name, expect, budget, scored });
        }
    };
    let (golden_pass, golden_stop) = golden_drafts();

    add_replies("golden: drafts the team would post", Expect::Pass(BOTH), STOP_BUDGET, with_context(&golden_pass));
    add_replies(
        "golden: drafts the team would stop",
        Expect::Stop(Axis::Respect),
        STOP_BUDGET,
        with_context(&golden_stop),
    );
    let mut add = |name: &'static str, expect: Expect, budget: f64, texts: Vec<&str>| {
        add_replies(name, expect, budget, texts.into_iter().map(|text| (text, None)).collect());
    };
    if let Some(set) = &data.politeness {
        let polite = set.rows.iter().filter(|row| matches!(row.target, Target::Graded(z) if z > 0.0));
        add(
            "politeness-wikipedia: the politer half",
            Expect::Pass(BOTH),
            STOP_BUDGET,
            polite.map(|row| row.text.as_str()).collect(),
        );
    }
    if let Some(rows) = &corpora.goemotions {
        let comments = rows.iter().map(|row| row.text.as_str()).collect();
        add("goemotions: caring, curious, neutral", Expect::Pass(PROMOTION_ONLY), STOP_BUDGET, comments);
    }
    if let Some(rows) = &corpora.persuasion_listening {
        let asked = rows.iter().filter(|row| row.positive).map(|row| row.text.as_str()).collect();
        add("persuasion-for-good: questions, acknowledgements", Expect::Pass(BOTH), STOP_BUDGET, asked);
    }
    if let Some(set) = &data.youtube {
        let ham = set.rows.iter().filter(|row| matches!(row.target, Target::Binary(false)));
        add(
            "youtube: comments that are not spam",
            Expect::Pass(PROMOTION_ONLY),
            STOP_BUDGET,
            ham.map(|row| row.text.as_str()).collect(),
        );
        let spam = set.rows.iter().filter(|row| matches!(row.target, Target::Binary(true)));
        add("youtube: spam", Expect::Stop(Axis::Promotion), STOP_BUDGET, spam.map(|row| row.text.as_str()).collect());
    }
    if let Some(pairs) = &corpora.paradetox {
        let rewrites = pairs.iter().flat_map(|pair| pair.neutral.iter().map(String::as_str)).collect();
        add("paradetox: the crowd's respectful rewrites", Expect::Pass(BOTH), REWRITE_BUDGET, rewrites);
        add(
            "paradetox: toxic sentences",
            Expect::Stop(Axis::Respect),
            STOP_BUDGET,
            pairs.iter().map(|p| p.toxic.as_str()).collect(),
        );
    }
    let turns = |abusive: bool| -> Vec<&str> {
        corpora
            .convabuse
            .iter()
            .flat_map(|(_, rows)| rows)
            .filter(|row| row.positive == abusive)
            .map(|row| row.text.as_str())
            .collect()
    };
    add("convabuse: turns not rated abusive", Expect::Pass(BOTH), STOP_BUDGET, turns(false));
    add("convabuse: abusive turns", Expect::Stop(Axis::Respect), STOP_BUDGET, turns(true));
    if let Some(set) = &data.offensive_val {
        let offensive = set.rows.iter().filter(|row| matches!(row.target, Target::Binary(false)));
        add(
            "offensive-tweets-val: offensive",
            Expect::Stop(Axis::Respect),
            STOP_BUDGET,
            offensive.map(|row| row.text.as_str()).collect(),
        );
    }
    pools
}
