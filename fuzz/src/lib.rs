//! The fuzz targets' checks, as a library for the targets in fuzz_targets/ (tests/fuzz_corpus.rs includes the file).

pub mod checks;
