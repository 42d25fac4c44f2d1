//! `make bench`, native half: the engine's time per 280-character and 10,000-character draft and per
//! 1 MB of text, written as JSON for `bench/compare.mjs` to put beside the wasm and npm numbers.
//!
//! `bench --draft short|long --iterations N` instead only checks that draft N times and prints nothing: a driver
//! for counting the engine's instructions (`valgrind --tool=callgrind`), where N runs minus one run is the cost
//! of N - 1 checks without start-up (the automaton and tables are built on the first check).

use std::time::{Duration, Instant};

use tact::engine::Checker;

/// Microseconds per check: the median of `count` slices of `budget / count` (each the mean of its checks, at least
/// one) after three checks of warm-up, as bench/compare.mjs times the wasm; the median leaves out the slices another
/// process on the machine interrupted.
fn time_per_check(checker: &Checker, text: &str, budget: Duration, count: u32) -> f64 {
    for _ in 0..3 {
        std::hint::black_box(checker.check(text, None));
    }
    let mut slices: Vec<f64> = (0..count)
        .map(|_| {
            let start = Instant::now();
            let mut runs = 0u32;
            while runs < 1 || start.elapsed() < budget / count {
                std::hint::black_box(checker.check(std::hint::black_box(text), None));
                runs += 1;
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(runs)
        })
        .collect();
    slices.sort_by(f64::total_cmp);
    let middle = slices.len() / 2;
    if slices.len() % 2 == 1 {
        slices[middle]
    } else {
        (slices[middle - 1] + slices[middle]) / 2.0
    }
}

/// The draft and the number of checks asked for by `--draft NAME --iterations N`, if any.
fn driver_mode(args: &[String]) -> Result<Option<(String, u64)>, String> {
    match args {
        [] => Ok(None),
        [draft_flag, draft, iterations_flag, iterations]
            if draft_flag == "--draft" && iterations_flag == "--iterations" =>
        {
            let iterations = iterations.parse().map_err(|_| format!("`{iterations}` is not a number of checks"))?;
            Ok(Some((draft.clone(), iterations)))
        }
        _ => Err("usage: bench [--draft short|long --iterations N]".to_string()),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let driver = match driver_mode(&args) {
        Ok(driver) => driver,
        Err(usage) => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    let drafts: serde_json::Value = match serde_json::from_str(include_str!("drafts.json")) {
        Ok(drafts) => drafts,
        Err(error) => {
            eprintln!("bench/drafts.json is not valid JSON: {error}");
            std::process::exit(2);
        }
    };
    let short = drafts["short"].as_str().unwrap_or_default();
    let long = drafts["long"].as_str().unwrap_or_default();
    let checker = Checker::default();
    if let Some((name, iterations)) = driver {
        let Some(draft) = drafts[name.as_str()].as_str() else {
            eprintln!("bench/drafts.json has no draft `{name}`");
            std::process::exit(2);
        };
        for _ in 0..iterations {
            std::hint::black_box(checker.check(std::hint::black_box(draft), None));
        }
        return;
    }
    let megabyte: String = long.repeat(1_000_000 / long.len().max(1) + 1).chars().take(1_000_000).collect();
    let short_us = time_per_check(&checker, short, Duration::from_secs(1), 10);
    let long_us = time_per_check(&checker, long, Duration::from_secs(1), 10);
    let megabyte_us = time_per_check(&checker, &megabyte, Duration::from_secs(2), 3);
    let result = serde_json::json!({
        "short_chars": short.chars().count(),
        "long_chars": long.chars().count(),
        "megabyte_bytes": megabyte.len(),
        "short_us": short_us,
        "long_us": long_us,
        "megabyte_us": megabyte_us,
    });
    println!("{result}");
}
