//! libFuzzer target: `engine` of fuzz/src/checks.rs (`make fuzz`, or `cargo +nightly fuzz run engine` in fuzz/).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tact_fuzz::checks;

fuzz_target!(|data: &[u8]| checks::engine(data));
