//! Team presets: the JSON format, its validation (every error, with its JSON path), `extends`, limits, and the
//! compiled preset the extension and the CLI check drafts with.
//!
//! ```text
//! text --validate--> Preset --extends/merge--> Merged --compile--> ActivePreset --own tests--> accepted
//! ```

mod active;
mod budget;
pub mod builtin;
pub mod cost;
mod error;
pub mod format;
pub mod layers;
pub mod limits;
mod load;
mod merge;
pub mod names;
mod policy;
mod rules;
pub mod schema;
mod selftest;
mod structure;
mod suggest;
mod validate;

pub use active::{ActivePreset, PresetInfo, RuleInfo};
#[cfg(test)]
pub use error::shape;
pub use error::{Part, PresetError, PresetErrors, Text};
pub use format::{GateMode, Preset, Severity};
pub use layers::{AdminLocks, Lock, UserChoices};
pub use load::{load, load_with, BuiltinsOnly, Resolver, Source};
pub use policy::{Crossed, Decision, Direction, ScoreCheck, MAX_ISSUES};
