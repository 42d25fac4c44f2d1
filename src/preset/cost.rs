//! The time budget of a preset: a check of two standard drafts (280 and 5,000 characters) with the preset compiled
//! must cost no more than [`TIME_RATIO`] times the same check with the built-in preset, plus a small floor so that
//! a preset a little slower than the built-ins is never refused by the noise of a loaded machine. The size budget
//! (budget.rs) refuses most costly presets before anything is compiled; this one catches what only a measurement
//! can, such as a handful of patterns each within the size budget that still make every keystroke slow.
//!
//! Measurements are robust, never a single run: each draft is checked in batches long enough for a coarse clock
//! (a browser's `performance.now()` may tick every 0.1 ms), and the fastest of [`ROUNDS`] batches counts. The clock
//! is a parameter: `std::time::Instant` natively, `performance.now()` in the browser (src/wasm.rs).

use super::active::ActivePreset;
use super::error::{JsonPath, Part, PresetError, Text};
use super::format::RuleSpec;
use super::rules;
use crate::engine::{Analysis, Document, Finding};
use crate::messages;
use crate::say;

/// How many times slower than the built-in preset a preset may check a standard draft.
pub const TIME_RATIO: f64 = 2.0;
/// Added to the budget of each draft, in milliseconds, so that noise never refuses a preset: in the worker's wasm a
/// check with the built-in preset takes 0.15-0.3 ms for the short draft and 2-3.5 ms for the long one.
pub const FLOOR_MS: [f64; 2] = [1.0, 4.0];
/// How many timed batches per draft; the fastest counts.
const ROUNDS: usize = 9;
/// A batch runs checks until this much time passed (or [`MAX_BATCH`] checks), so that the clock's tick is small
/// beside it.
const BATCH_MS: f64 = 4.0;
const MAX_BATCH: usize = 500;
/// How many of the costliest rules a refusal names.
const NAMED: usize = 3;

/// Milliseconds from some fixed start, as a clock reads them.
pub trait Clock {
    fn now_ms(&self) -> f64;
}

/// The native clock.
#[cfg(not(target_arch = "wasm32"))]
pub struct SystemClock(std::time::Instant);

#[cfg(not(target_arch = "wasm32"))]
impl Default for SystemClock {
    fn default() -> Self {
        Self(std::time::Instant::now())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Clock for SystemClock {
    fn now_ms(&self) -> f64 {
        self.0.elapsed().as_secs_f64() * 1000.0
    }
}

/// The standard drafts a preset is timed on: a 280-character reply and a 5,000-character post, the same drafts
/// `make bench` times the engine on (bench/drafts.json, which build.rs embeds as these two texts).
pub fn standard_drafts() -> [String; 2] {
    [
        include_str!(concat!(env!("OUT_DIR"), "/embedded/draft-short.txt")).to_string(),
        include_str!(concat!(env!("OUT_DIR"), "/embedded/draft-long.txt")).to_string(),
    ]
}

/// What a preset costs on each standard draft, beside the built-in preset, in milliseconds per check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    pub preset_ms: [f64; 2],
    pub builtin_ms: [f64; 2],
}

impl Timing {
    /// The most a preset may cost on each draft.
    pub fn budget_ms(&self) -> [f64; 2] {
        [0, 1].map(|draft| self.builtin_ms[draft] * TIME_RATIO + FLOOR_MS[draft])
    }

    /// Whether the preset checks each draft within its budget.
    pub fn within_budget(&self) -> bool {
        let budget = self.budget_ms();
        (0..2).all(|draft| self.preset_ms[draft] <= budget[draft])
    }
}

/// One batch of `work`: runs it until [`BATCH_MS`] passed (or [`MAX_BATCH`] runs), in milliseconds per run.
fn batch(clock: &dyn Clock, work: &mut dyn FnMut()) -> f64 {
    let start = clock.now_ms();
    let mut runs = 0;
    let mut elapsed = 0.0;
    while runs < MAX_BATCH && (runs == 0 || elapsed < BATCH_MS) {
        work();
        runs += 1;
        elapsed = clock.now_ms() - start;
    }
    elapsed / runs as f64
}

/// Times `preset` and the built-in preset on the standard drafts, their batches taking turns so that a change in
/// the machine's load falls on both. A preset ten times over its budget is measured once: it needs no precision.
pub fn measure(preset: &ActivePreset, clock: &dyn Clock) -> Timing {
    let builtin = super::builtin::default();
    let drafts = standard_drafts();
    let mut timing = Timing { preset_ms: [f64::INFINITY; 2], builtin_ms: [f64::INFINITY; 2] };
    for (index, draft) in drafts.iter().enumerate() {
        for _ in 0..ROUNDS {
            let builtin_ms = batch(clock, &mut || {
                builtin.check(draft, None);
            });
            let preset_ms = batch(clock, &mut || {
                preset.check(draft, None);
            });
            timing.builtin_ms[index] = timing.builtin_ms[index].min(builtin_ms);
            timing.preset_ms[index] = timing.preset_ms[index].min(preset_ms);
            if preset_ms > 10.0 * (builtin_ms * TIME_RATIO + FLOOR_MS[index]) {
                break;
            }
        }
    }
    timing
}

/// Refuses `preset` when it checks a standard draft more slowly than its budget, naming its costliest rules.
pub fn check(preset: &ActivePreset, clock: &dyn Clock) -> Result<Timing, PresetError> {
    let timing = measure(preset, clock);
    if timing.within_budget() {
        return Ok(timing);
    }
    let budget = timing.budget_ms();
    let over: Vec<Text> = (0..2)
        .filter(|&draft| timing.preset_ms[draft] > budget[draft])
        .map(|draft| {
            say!(
                messages::PRESET_ERROR_SLOW_DRAFT,
                ms(timing.preset_ms[draft]),
                if draft == 0 { "280" } else { "5000" },
                ms(timing.builtin_ms[draft]),
                ms(budget[draft]),
            )
        })
        .collect();
    let costliest = costliest_rules(preset.own_rules(), clock);
    let over = Part::All { all: over };
    let message = if costliest.is_empty() {
        say!(messages::PRESET_ERROR_TOO_SLOW, over)
    } else {
        let names: Vec<String> = costliest
            .iter()
            .take(NAMED)
            .map(|cost| format!("rules[{}] “{}” ({} ms)", cost.index, cost.id, ms(cost.ms)))
            .collect();
        say!(messages::PRESET_ERROR_TOO_SLOW_NAMED, over, names.join(", "))
    };
    Err(PresetError::new(&JsonPath::root().key("rules"), message).with_hint(say!(messages::PRESET_ERROR_SLOW_PATTERNS)))
}

/// One rule's measured time on the standard drafts together.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCost {
    /// Its index in `rules`.
    pub index: usize,
    pub id: String,
    pub ms: f64,
}

/// Each of `rules` timed alone on the standard drafts (compiled again, one by one), costliest first. Phrase rules
/// share one automaton in the engine, so each is timed as a one-rule automaton.
pub fn costliest_rules(rules: &[RuleSpec], clock: &dyn Clock) -> Vec<RuleCost> {
    let drafts = standard_drafts();
    let documents: Vec<Document> = drafts.iter().map(|draft| Document::new(draft, None)).collect();
    let analyses: Vec<Analysis> = documents.iter().map(Analysis::new).collect();
    let mut costs: Vec<RuleCost> = rules
        .iter()
        .enumerate()
        .filter_map(|(index, spec)| {
            let compiled = rules::compile(spec, &JsonPath::root().key("rules").index(index)).ok()?;
            let engine_rules = rules::assemble(vec![compiled]).ok()?;
            let mut findings: Vec<Finding> = Vec::new();
            // One batch each: naming the costliest needs their order, not precision.
            let ms = batch(clock, &mut || {
                for analysis in &analyses {
                    for rule in &engine_rules {
                        findings.clear();
                        rule.check(analysis, &mut findings);
                    }
                }
            });
            Some(RuleCost { index, id: spec.id().to_string(), ms })
        })
        .collect();
    costs.sort_by(|a, b| b.ms.total_cmp(&a.ms).then(a.index.cmp(&b.index)));
    costs
}

fn ms(value: f64) -> String {
    if value >= 10.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::{load, BuiltinsOnly, Source};

    fn preset(rules: serde_json::Value) -> ActivePreset {
        let json =
            serde_json::json!({"format": 1, "id": "t", "name": "T", "extends": "builtin:default", "rules": rules});
        match load(&Source { name: "t.json".into(), text: json.to_string() }, &BuiltinsOnly) {
            Ok(active) => active,
            Err(errors) => panic!("the preset should load: {errors}"),
        }
    }

    #[test]
    fn the_standard_drafts_are_280_and_5000_characters() {
        let [short, long] = standard_drafts();
        assert_eq!((short.chars().count(), long.chars().count()), (280, 5_000));
    }

    #[test]
    fn a_team_preset_of_phrases_and_plain_patterns_is_within_budget() {
        let active = preset(serde_json::json!([
            {"id": "no-hard-sell", "kind": "avoid", "phrases": ["buy now", "limited time", "act fast"]},
            {"id": "members", "kind": "substitute", "swap": {"users": "community members"}},
            {"id": "dm-us", "kind": "pattern", "pattern": r"\b(?:dm|pm|direct message|inbox) us\b"},
            {"id": "hashtags", "kind": "occurrence", "count": "hashtags", "max": 2}
        ]));
        let timing = check(&active, &SystemClock::default());
        assert!(timing.is_ok(), "{timing:?}");
    }

    /// Nine patterns each well inside the size budget (213 KiB of the 2 MiB for all) that still cost far more
    /// than the budget: every keystroke would walk nine large automata over the whole draft.
    #[test]
    fn a_preset_far_slower_than_the_builtins_is_refused_naming_its_costliest_rules() {
        let mut rules: Vec<serde_json::Value> = (0..9)
            .map(|n| serde_json::json!({"id": format!("slow-{n}"), "kind": "pattern", "pattern": format!(r"(?:\w|\s){{1,12}}q{n}")}))
            .collect();
        rules.insert(0, serde_json::json!({"id": "cheap", "kind": "avoid", "phrases": ["buy now"]}));
        let active = preset(serde_json::Value::Array(rules));
        let Err(error) = check(&active, &SystemClock::default()) else {
            panic!("nine costly patterns should be over the time budget")
        };
        assert_eq!(error.path, "rules");
        let message = error.message.to_string();
        assert!(message.starts_with("the preset is too slow to check as the user types: "), "{message}");
        assert!(message.contains("against"), "{message}");
        let named = message.split("The costliest: ").nth(1).unwrap_or_default();
        assert_eq!(named.matches("“slow-").count(), 3, "{}", error.message);
        assert!(!named.contains("“cheap”"), "{}", error.message);
    }
}
