//! libFuzzer target: `generated_preset` of fuzz/src/checks.rs (`make fuzz`, or `cargo +nightly fuzz run generated_preset` in fuzz/).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tact_fuzz::checks;

fuzz_target!(|data: &[u8]| checks::generated_preset(data));
