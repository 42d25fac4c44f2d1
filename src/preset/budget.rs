//! The cost budget of a preset's rules together: each pattern is within its own size limit (rules/pattern.rs), and
//! all of them together must also fit one budget, [`MAX_PATTERNS_BYTES`], measured on the automata they compile to,
//! so that no preset inside every per-rule limit can still freeze typing (500 patterns like `(?:\w|\s){1,12}q`).
//!
//! The measure is the size of each pattern's Thompson NFA, the automaton every engine of the `regex` crate runs or
//! builds its DFA states from: it is what each check walks, and it is the same on every machine, however loaded.
//! Patterns are measured before any is compiled for matching, so a preset over the budget is refused quickly.

use regex_automata::nfa::thompson::{self, NFA};
use regex_automata::util::syntax;

use super::error::{JsonPath, PresetError};
use super::format::RuleSpec;
use super::limits::{MAX_PATTERNS_BYTES, MAX_REGEX_BYTES};
use crate::messages as m;
use crate::say;

/// How many of the costliest rules a refusal names.
const NAMED: usize = 3;

/// One pattern rule's measured cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cost {
    /// Its index in `rules`.
    pub index: usize,
    pub id: String,
    /// The size of its automaton, in bytes.
    pub bytes: usize,
}

/// The size of `pattern`'s automaton as the `regex` crate builds it, or `None` when it is no valid pattern (the
/// rule itself says why). One that passes the per-pattern limit while it is built counts as the whole limit: the
/// builder's peak is larger than the automaton it leaves, so the `regex` crate may still accept it.
pub fn pattern_bytes(pattern: &str, case_sensitive: bool) -> Option<usize> {
    let built = NFA::compiler()
        .syntax(syntax::Config::new().case_insensitive(!case_sensitive))
        .configure(thompson::Config::new().nfa_size_limit(Some(MAX_REGEX_BYTES)))
        .build(pattern);
    match built {
        Ok(nfa) => Some(nfa.memory_usage()),
        Err(error) if error.size_limit().is_some() => Some(MAX_REGEX_BYTES),
        Err(_) => None,
    }
}

/// The cost of each pattern rule of `rules` (each with its index in `rules`), measured as they are asked for.
fn costs<'a>(rules: Vec<(usize, &'a RuleSpec)>) -> impl Iterator<Item = Cost> + 'a {
    rules.into_iter().filter_map(|(index, rule)| match rule {
        RuleSpec::Pattern(spec) => pattern_bytes(&spec.pattern, spec.case_sensitive.unwrap_or(false))
            .map(|bytes| Cost { index, id: spec.id.clone(), bytes }),
        _ => None,
    })
}

/// Refuses `rules` when their patterns together pass the budget, naming the costliest ones. Measuring stops at the
/// pattern that passes it, so a preset far over the budget is refused as fast as one just over it.
pub fn check<'a>(rules: impl IntoIterator<Item = (usize, &'a RuleSpec)>) -> Result<(), PresetError> {
    let rules: Vec<(usize, &RuleSpec)> = rules.into_iter().collect();
    let patterns = rules.iter().filter(|(_, rule)| matches!(rule, RuleSpec::Pattern(_))).count();
    let mut measured = Vec::new();
    let mut total = 0;
    for cost in costs(rules) {
        total += cost.bytes;
        measured.push(cost);
        if total > MAX_PATTERNS_BYTES {
            break;
        }
    }
    if total <= MAX_PATTERNS_BYTES {
        return Ok(());
    }
    let count = measured.len();
    crate::order::sort_by_key(&mut measured, |cost| (std::cmp::Reverse(cost.bytes), cost.index));
    let named: Vec<String> = measured
        .iter()
        .take(NAMED)
        .map(|cost| format!("rules[{}] “{}” ({})", cost.index, cost.id, kib(cost.bytes)))
        .collect();
    let which = if count < patterns {
        say!(m::PRESET_ERROR_PATTERNS_FIRST, count.to_string(), patterns.to_string(), kib(total))
    } else {
        say!(m::PRESET_ERROR_PATTERNS_ALL, patterns.to_string(), kib(total))
    };
    Err(PresetError::new(
        &JsonPath::root().key("rules"),
        say!(m::PRESET_ERROR_PATTERNS_COSTLY, which, kib(MAX_PATTERNS_BYTES), named.join(", ")),
    )
    .with_hint(say!(m::PRESET_ERROR_COSTLY_PATTERNS)))
}

fn kib(bytes: usize) -> String {
    format!("{} KiB", bytes.div_ceil(1024))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::format::Preset;

    fn rules(patterns: &[String]) -> Vec<RuleSpec> {
        let rules: Vec<_> = patterns
            .iter()
            .enumerate()
            .map(|(index, pattern)| serde_json::json!({"id": format!("r{index}"), "kind": "pattern", "pattern": pattern}))
            .collect();
        let preset = serde_json::json!({"format": 1, "id": "t", "name": "T", "rules": rules});
        match serde_json::from_value::<Preset>(preset) {
            Ok(preset) => preset.rules,
            Err(error) => panic!("not a preset: {error}"),
        }
    }

    #[test]
    fn patterns_are_measured_by_their_automata() {
        let small = pattern_bytes(r"\b(?:dm|pm|direct message|private message|inbox) us\b", false).unwrap_or(0);
        let costly = pattern_bytes(r"(?:\w|\s){1,12}q", false).unwrap_or(0);
        assert!((1_000..10_000).contains(&small), "{small}");
        assert!(costly > 100_000, "{costly}");
        // Any case costs more than exact case: more letters per class.
        assert!(pattern_bytes("[a-z]+", false) > pattern_bytes("[a-z]+", true));
        assert_eq!(pattern_bytes("(unclosed", false), None);
        // Past the per-pattern limit while built: the whole limit.
        assert_eq!(pattern_bytes(r"(?:\w|\s){1,30}q", false), Some(MAX_REGEX_BYTES));
    }

    #[test]
    fn many_small_patterns_fit() {
        let patterns: Vec<String> = (0..500).map(|n| format!(r"\b(?:dm|pm|direct message) us{n}\b")).collect();
        assert_eq!(check(rules(&patterns).iter().enumerate()), Ok(()));
    }

    #[test]
    fn costly_patterns_together_are_refused_with_the_costliest_named() {
        let mut patterns: Vec<String> = (0..20).map(|n| format!(r"(?:\w|\s){{1,12}}q{n}")).collect();
        patterns.insert(3, r"(?:\w|\s){1,40}q".into());
        patterns.push("plain".into());
        let Err(error) = check(rules(&patterns).iter().enumerate()) else {
            panic!("20 costly patterns should not pass the budget")
        };
        assert_eq!(error.path, "rules");
        assert!(
            error.message.to_string().starts_with(
                "the patterns together are too costly to check as the user types: the first 10 of its 22 patterns are \
                 2125 KiB once compiled, over the budget of 2048 KiB for all of them. The costliest: rules[3] “r3” \
                 (256 KiB), rules[0] “r0” (208 KiB), rules[1] “r1” (208 KiB)."
            ),
            "{}",
            error.message
        );
    }
}
