//! Runs a preset's own `tests` before it is accepted: each draft must (not) trigger the rules it names.

use super::active::ActivePreset;
use super::error::{JsonPath, PresetError};
use super::format::{PresetTest, Severity};
use super::suggest;
use crate::messages as m;
use crate::say;

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
            say!(m::PRESET_ERROR_NONE_FIRED)
        } else {
            say!(m::PRESET_ERROR_FIRED, suggest::list(fired.iter().copied()))
        };
        let draft = quote(&test.text);
        for (key, ids, must_fire) in [("expect", &test.expect, true), ("expectNot", &test.expect_not, false)] {
            for (position, id) in ids.iter().enumerate() {
                let id_path = path.key(key).index(position);
                match active.severity(id) {
                    None => {
                        let hint = suggest::did_you_mean(id, known.iter().copied())
                            .unwrap_or_else(|| say!(m::PRESET_ERROR_USE_RULE_ID));
                        errors.push(PresetError::new(&id_path, say!(m::PRESET_ERROR_NO_RULE, id)).with_hint(hint));
                    }
                    Some(Severity::Off) if must_fire => errors.push(
                        PresetError::new(&id_path, say!(m::PRESET_ERROR_RULE_OFF, id))
                            .with_hint(say!(m::PRESET_ERROR_REMOVE_FROM_EXPECT)),
                    ),
                    Some(_) if must_fire && !fired.contains(&id.as_str()) => errors.push(
                        PresetError::new(&id_path, say!(m::PRESET_ERROR_DID_NOT_FIRE, id, &draft, fired_list.clone()))
                            .with_hint(say!(m::PRESET_ERROR_CHECK_RULE)),
                    ),
                    Some(_) if !must_fire && fired.contains(&id.as_str()) => errors.push(
                        PresetError::new(&id_path, say!(m::PRESET_ERROR_FIRED_WRONGLY, id, &draft))
                            .with_hint(say!(m::PRESET_ERROR_NARROW_RULE)),
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
                    say!(m::PRESET_ERROR_GATE_LETS, &draft)
                } else if why.is_empty() {
                    say!(m::PRESET_ERROR_GATE_STOPS, &draft)
                } else {
                    say!(m::PRESET_ERROR_GATE_STOPS_WHY, &draft, why)
                };
                errors.push(
                    PresetError::new(&path.key("expectGate"), message).with_hint(say!(m::PRESET_ERROR_CHECK_GATE)),
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
