//! `make bench`, native half: the engine's time per 280-character and 10,000-character draft and per
//! 1 MB of text, written as JSON for `bench/compare.mjs` to put beside the wasm and npm numbers.

use std::time::{Duration, Instant};

use tact::engine::Checker;

/// Mean microseconds per check, over at least `budget` of repeated checks after a warm-up.
fn time_per_check(checker: &Checker, text: &str, budget: Duration) -> f64 {
    for _ in 0..3 {
        std::hint::black_box(checker.check(text, None));
    }
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed() < budget || runs < 3 {
        std::hint::black_box(checker.check(std::hint::black_box(text), None));
        runs += 1;
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(runs)
}

fn main() {
    let drafts: serde_json::Value = match serde_json::from_str(include_str!("drafts.json")) {
        Ok(drafts) => drafts,
        Err(error) => {
            eprintln!("bench/drafts.json is not valid JSON: {error}");
            std::process::exit(2);
        }
    };
    let short = drafts["short"].as_str().unwrap_or_default();
    let long = drafts["long"].as_str().unwrap_or_default();
    let megabyte: String = long.repeat(1_000_000 / long.len().max(1) + 1).chars().take(1_000_000).collect();
    let checker = Checker::default();
    let short_us = time_per_check(&checker, short, Duration::from_secs(1));
    let long_us = time_per_check(&checker, long, Duration::from_secs(1));
    let megabyte_us = time_per_check(&checker, &megabyte, Duration::from_secs(2));
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
