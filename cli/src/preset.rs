//! `tact preset check FILE` (validate a preset and run its tests) and `tact preset schema` (print the JSON Schema).

use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use super::CliError;
use tact::preset::{self, ActivePreset, PresetError, PresetErrors, Resolver, Source};

/// Runs `tact preset SUBCOMMAND ...`.
pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    match args {
        [command, file] if command == "check" => check(file),
        [command] if command == "schema" => {
            print!("{}", preset::schema::generate());
            Ok(ExitCode::SUCCESS)
        }
        [command, ..] if command == "check" => Err(CliError::Usage("`tact preset check` takes one FILE".into())),
        [command, ..] => Err(CliError::Usage(format!("unknown preset command `{command}`; use `check` or `schema`"))),
        [] => Err(CliError::Usage("`tact preset` needs a command: `check FILE` or `schema`".into())),
    }
}

/// Checks a preset: exit 0 when it is valid and its tests pass, else 1 with every error on its own line.
fn check(file: &str) -> Result<ExitCode, CliError> {
    match load_file(file) {
        Ok(active) => {
            let info = active.info();
            for warning in &info.warnings {
                println!("{}", located(file, "warning: ", warning));
            }
            let own = info.rules.iter().filter(|rule| rule.kind != "builtin").count();
            let warnings = info.warnings.len();
            println!(
                "{file}: ok: preset `{}` ({}){}, {own} rule{} of its own, its tests pass{}.",
                info.id,
                info.name,
                info.version.as_deref().map(|v| format!(" version {v}")).unwrap_or_default(),
                plural(own),
                if warnings == 0 { String::new() } else { format!("; {warnings} warning{} above", plural(warnings)) },
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(CliError::Preset { file, errors }) => {
            print_errors(&file, &errors);
            Ok(ExitCode::from(1))
        }
        Err(other) => Err(other),
    }
}

/// Prints each error as `FILE: path: message hint`, one per line, then a count on stderr.
pub fn print_errors(file: &str, errors: &PresetErrors) {
    for error in &errors.errors {
        println!("{}", located(file, "", error));
    }
    let count = errors.errors.len();
    eprintln!("tact: {file}: {count} error{}; the preset was not accepted", plural(count));
}

/// `FILE: path: message hint` for a problem in the preset itself; a parent's problem names the parent instead.
fn located(file: &str, label: &str, problem: &PresetError) -> String {
    match &problem.document {
        Some(document) => format!("{document}: {label}{}", PresetError { document: None, ..problem.clone() }),
        None => format!("{file}: {label}{problem}"),
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

/// Loads a preset file and what it extends (files next to it, or built-ins), as the extension would.
pub fn load_file(file: &str) -> Result<ActivePreset, CliError> {
    let text = std::fs::read_to_string(file).map_err(|source| CliError::Read { path: file.to_string(), source })?;
    let source = Source { name: normalize(Path::new(file)), text };
    preset::load(&source, &FileResolver).map_err(|errors| CliError::Preset { file: file.to_string(), errors })
}

/// Finds a parent preset file relative to the folder of the preset that names it.
struct FileResolver;

impl Resolver for FileResolver {
    fn resolve(&self, reference: &str, from: &str) -> Result<Source, String> {
        let folder = Path::new(from).parent().unwrap_or(Path::new(""));
        let path = normalize(&folder.join(reference));
        let text = std::fs::read_to_string(&path).map_err(|error| error.to_string().to_lowercase())?;
        Ok(Source { name: path, text })
    }
}

/// `a/./b/../c.json` as `a/c.json`, so that one file always has one name (cycles are found by name).
fn normalize(path: &Path) -> String {
    let mut parts = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if parts.file_name().is_some() => {
                parts.pop();
            }
            other => parts.push(other.as_os_str()),
        }
    }
    parts.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalized_so_cycles_are_found() {
        assert_eq!(normalize(Path::new("./a/b/../c.json")), "a/c.json");
        assert_eq!(normalize(Path::new("../x/./y.json")), "../x/y.json");
    }
}
