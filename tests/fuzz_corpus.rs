//! The fuzz targets' checks (fuzz/src/checks.rs) on stable, in seconds: every input of the checked-in corpus
//! (fuzz/corpus/<target>/, which holds the regressions found so far), then a bounded number of inputs mutated from it
//! with a fixed seed. `make fuzz` runs the same checks under libFuzzer for longer.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

#[path = "../fuzz/src/checks.rs"]
mod checks;

/// How many mutated inputs each target runs after its corpus.
const MUTATIONS: usize = 300;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    files.sort();
    let inputs: Vec<Vec<u8>> = files.iter().filter_map(|file| fs::read(file).ok()).collect();
    assert!(!inputs.is_empty(), "{} holds no input", dir.display());
    inputs
}

/// A small xorshift generator: the same mutations on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One of libFuzzer's simple mutations of `input`: flip a byte, insert, delete, duplicate a slice, or splice in
/// part of another input.
fn mutate(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if !out.is_empty() => {
                let at = at.min(out.len() - 1);
                out[at] ^= 1 << rng.below(8);
            }
            1 => out.insert(at, rng.next() as u8),
            2 if at < out.len() => {
                out.remove(at);
            }
            3 if !out.is_empty() => {
                let start = rng.below(out.len());
                let end = (start + 1 + rng.below(16)).min(out.len());
                let piece = out[start..end].to_vec();
                out.splice(at..at, piece);
            }
            _ if !other.is_empty() => {
                let start = rng.below(other.len());
                let end = (start + 1 + rng.below(64)).min(other.len());
                out.splice(at..at, other[start..end].iter().copied());
            }
            _ => {}
        }
    }
    out
}

fn run(target: &str, check: fn(&[u8])) {
    let inputs = corpus(target);
    for input in &inputs {
        check(input);
    }
    let mut rng = Rng(0x7AC7_F022_5EED_0001);
    for _ in 0..MUTATIONS {
        let input = &inputs[rng.below(inputs.len())];
        let other = &inputs[rng.below(inputs.len())];
        check(&mutate(&mut rng, input, other));
    }
}

#[test]
fn engine_corpus() {
    run("engine", checks::engine);
}

#[test]
fn preset_corpus() {
    run("preset", checks::preset);
}

#[test]
fn generated_preset_corpus() {
    run("generated_preset", checks::generated_preset);
}
