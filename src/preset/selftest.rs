//! Runs a preset's own `tests` before it is accepted: each draft must (not) trigger the rules it names.

use super::active::ActivePreset;
use super::error::{JsonPath, PresetError};
use super::format::{PresetTest, Severity};
use super::suggest;

/// Every failing or impossible expectation, each under its `tests[i]` path.
pub fn run(tests: &[PresetTest], active: &ActivePreset) -> Vec<PresetError> {
    let mut errors = Vec::new();
    let known: Vec<&str> = active.info().rules.iter().map(|rule| rule.id.as_str()).collect();
    for (index, test) in tests.iter().enumerate() {
        let path = JsonPath::root().key("tests").index(index);
        let report = active.check(&test.text, test.context.as_deref());
        // A sorted list, not a BTreeSet: one set type less in the wasm for a handful of ids.
        let mut fired: Vec<&str> = report.findings.iter().map(|finding| finding.rule.as_str()).collect();
        crate::order::sort_by(&mut fired, Ord::cmp);
        fired.dedup();
        let fired_list = if fired.is_empty() {
            "no rule fired".to_string()
        } else {
            format!("fired: {}", suggest::list(fired.iter().copied()))
        };
        let draft = quote(&test.text);
        for (key, ids, must_fire) in [("expect", &test.expect, true), ("expectNot", &test.expect_not, false)] {
            for (position, id) in ids.iter().enumerate() {
                let id_path = path.key(key).index(position);
                match active.severity(id) {
                    None => {
                        let hint = suggest::did_you_mean(id, known.iter().copied())
                            .unwrap_or_else(|| "Use the id of one of the preset's rules or of a built-in rule.".into());
                        errors.push(PresetError::new(&id_path, format!("there is no rule `{id}`.")).with_hint(hint));
                    }
                    Some(Severity::Off) if must_fire => errors.push(
                        PresetError::new(&id_path, format!("rule `{id}` is turned off, so it cannot fire."))
                            .with_hint("Remove it from `expect`, or turn it back on in `overrides`."),
                    ),
                    Some(_) if must_fire && !fired.contains(&id.as_str()) => errors.push(
                        PresetError::new(
                            &id_path,
                            format!("test failed: `{id}` did not fire on {draft} ({fired_list})."),
                        )
                        .with_hint("Check the rule's phrases or pattern, or the test's text."),
                    ),
                    Some(_) if !must_fire && fired.contains(&id.as_str()) => errors.push(
                        PresetError::new(&id_path, format!("test failed: `{id}` fired on {draft}, but should not."))
                            .with_hint("Narrow the rule (whole phrases, a tighter pattern), or change the test."),
                    ),
                    Some(_) => {}
                }
            }
        }
        if let Some(expected) = test.expect_gate {
            let decision = active.decide(&report);
            if decision.show != expected {
                let why = decision.crossed.iter().map(|c| c.message.as_str()).collect::<Vec<_>>().join(" ");
                let message = if expected {
                    format!("test failed: the pre-post check lets {draft} through, but the test expects it to stop.")
                } else {
                    format!("test failed: the pre-post check stops {draft}, but the test expects it to pass. {why}")
                };
                errors.push(
                    PresetError::new(&path.key("expectGate"), message.trim_end())
                        .with_hint("Check `checks`, `gate` and the rules' `severity`."),
                );
            }
        }
    }
    errors
}

fn quote(text: &str) -> String {
    if text.chars().count() <= 60 {
        format!("\"{text}\"")
    } else {
        format!("\"{}...\"", text.chars().take(60).collect::<String>())
    }
}
