//! The command line's subcommands (native builds only); `src/bin/tact.rs` dispatches to them.

pub mod eval;
pub mod fit;
pub mod preset;
pub mod score;

use thiserror::Error;

/// What can stop a subcommand as a whole (a bad input line is reported on its own and does not).
#[derive(Debug, Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("cannot write the output: {0}")]
    Write(std::io::Error),
    #[error("{file}: {errors}")]
    Preset { file: String, errors: crate::preset::PresetErrors },
}
