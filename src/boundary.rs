//! The TypeScript types of every shape that crosses the wasm boundary, generated from the Rust types (test builds
//! only: the `ts_rs::TS` derives exist under `cfg(test)`, so the shipped wasm carries none of this).
//!
//! The generated file is committed at [`PATH`] and imported by the extension's TypeScript; a test keeps it equal
//! to what the Rust types produce, and [`REGENERATE`] rewrites it.

use ts_rs::{Config, TS};

use crate::engine::{Axis, Contribution, Effect, Finding, Language, PerAxis, Principle, Report};
use crate::preset::format::{Check, Checks};
use crate::preset::{
    AdminLocks, Crossed, Decision, Direction, GateMode, Lock, PresetInfo, RuleInfo, ScoreCheck, Severity, UserChoices,
};
use crate::stats::{CheckOutcome, CheckRecord, LifetimeStats, PostRecord, SessionStats};

/// Where the generated types are committed, from the crate's root.
pub const PATH: &str = "extension/src/shared/generated/boundary.ts";

/// The command that rewrites the committed file after a boundary type changes.
pub const REGENERATE: &str = "TACT_REGENERATE=1 cargo test -p tact --lib boundary";

const COMMITTED: &str = include_str!("../extension/src/shared/generated/boundary.ts");

const HEADER: &str = "\
// Generated from the Rust types by src/boundary.rs: do not edit. The shapes that cross the wasm boundary (the report,
// the pre-post decision, the preset info and layers, the session's stats). Regenerate with
// `TACT_REGENERATE=1 cargo test -p tact --lib boundary`.
";

/// One declaration of the file: `export type Name = ...;` under its doc comment.
fn export<T: TS + 'static>(config: &Config) -> String {
    format!("{}export {}\n", T::docs().unwrap_or_default(), T::decl(config))
}

/// The whole generated file: each boundary type (and the types they use), in a fixed order.
pub fn generate() -> String {
    let config = Config::new();
    let declarations = [
        // The report: `check()`.
        export::<Axis>(&config),
        export::<PerAxis<()>>(&config),
        "/** The three scores, each in [0, 1]; `promotion` is higher when the draft is more promotional. */\n\
         export type Scores = PerAxis<number>;\n"
            .to_string(),
        export::<Principle>(&config),
        export::<Effect>(&config),
        export::<Finding>(&config),
        export::<Contribution>(&config),
        "/** For each score, the contributions that moved it away from its baseline, largest first. */\n\
         export type Explanation = PerAxis<Array<Contribution>>;\n"
            .to_string(),
        export::<Language>(&config),
        export::<Report>(&config),
        // The pre-post check: `decide()`.
        export::<GateMode>(&config),
        export::<Direction>(&config),
        export::<Crossed>(&config),
        export::<Decision>(&config),
        // Presets: `withPreset()`'s layers and errors, `presetInfo()`.
        export::<Check>(&config),
        export::<Checks>(&config),
        export::<Severity>(&config),
        export::<UserChoices>(&config),
        export::<AdminLocks>(&config),
        export::<crate::preset::shape::CatalogTextShape>(&config),
        export::<crate::preset::shape::PresetErrorShape>(&config),
        export::<ScoreCheck>(&config),
        export::<Lock>(&config),
        export::<RuleInfo>(&config),
        export::<PresetInfo>(&config),
        // The session's stats, as the service worker stores them and the popup (Rust) reads them.
        export::<PostRecord>(&config),
        export::<CheckOutcome>(&config),
        export::<CheckRecord>(&config),
        export::<SessionStats>(&config),
        export::<LifetimeStats>(&config),
    ];
    format!("{HEADER}\n{}", declarations.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_typescript_is_current() {
        let generated = generate();
        if std::env::var_os("TACT_REGENERATE").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
            std::fs::write(&path, &generated)
                .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
            return;
        }
        assert!(
            generated == COMMITTED,
            "{PATH} is out of date with the Rust types that cross the wasm boundary; regenerate it with `{REGENERATE}`"
        );
    }
}
