//! `tact preset check FILE` (validate a preset and run its tests) and `tact preset schema` (print the JSON Schema).

use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use thiserror::Error;

use super::CliError;
use tact::messages;
use tact::preset::limits::MAX_PRESET_BYTES;
use tact::preset::{self, cost, ActivePreset, PresetError, PresetErrors, Resolver, Source, Text};
use tact::say;

/// Runs `tact preset SUBCOMMAND ...`.
pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    match args {
        [command, file] if command == "check" => check(file),
        [command] if command == "schema" => {
            std::io::stdout().lock().write_all(preset::schema::generate().as_bytes()).map_err(CliError::Write)?;
            Ok(ExitCode::SUCCESS)
        }
        [command, ..] if command == "check" => Err(CliError::Usage("`tact preset check` takes one FILE".into())),
        [command, ..] => Err(CliError::Usage(format!("unknown preset command `{command}`; use `check` or `schema`"))),
        [] => Err(CliError::Usage("`tact preset` needs a command: `check FILE` or `schema`".into())),
    }
}

/// Checks a preset: exit 0 when it is valid and its tests pass, else 1 with every error on its own line.
fn check(file: &str) -> Result<ExitCode, CliError> {
    // As the extension does before it accepts a preset, the preset is timed against the built-in one.
    let loaded = load_file(file).and_then(|active| match cost::check(&active, &cost::SystemClock::default()) {
        Ok(_) => Ok(active),
        Err(error) => Err(CliError::Preset { file: file.to_string(), errors: PresetErrors { errors: vec![error] } }),
    });
    match loaded {
        Ok(active) => {
            let info = active.info();
            let mut out = std::io::stdout().lock();
            for warning in &info.warnings {
                writeln!(out, "{}", located(file, "warning: ", warning)).map_err(CliError::Write)?;
            }
            let own = info.rules.iter().filter(|rule| rule.kind != "builtin").count();
            let warnings = info.warnings.len();
            writeln!(
                out,
                "{file}: ok: preset `{}` ({}){}, {own} rule{} of its own, its tests pass{}.",
                info.id,
                info.name,
                info.version.as_deref().map(|v| format!(" version {v}")).unwrap_or_default(),
                plural(own),
                if warnings == 0 { String::new() } else { format!("; {warnings} warning{} above", plural(warnings)) },
            )
            .map_err(CliError::Write)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(CliError::Preset { file, errors }) => {
            print_errors(&file, &errors)?;
            Ok(ExitCode::from(1))
        }
        Err(other) => Err(other),
    }
}

/// Prints each error as `FILE: path: message hint`, one per line, then a count on stderr.
fn print_errors(file: &str, errors: &PresetErrors) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    for error in &errors.errors {
        writeln!(out, "{}", located(file, "", error)).map_err(CliError::Write)?;
    }
    let count = errors.errors.len();
    eprintln!("tact: {file}: {count} error{}; the preset was not accepted", plural(count));
    Ok(())
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

/// Loads a preset file and what it extends (files in its folder, or built-ins), as the extension would.
pub fn load_file(file: &str) -> Result<ActivePreset, CliError> {
    let refused =
        |errors: Vec<PresetError>| CliError::Preset { file: file.to_string(), errors: PresetErrors { errors } };
    let whole = |message: String, hint: Text| PresetError {
        document: None,
        path: String::new(),
        message: say!(messages::PRESET_ERROR_FILE, message),
        hint: Some(hint),
    };
    let text = match read_bounded(Path::new(file)) {
        Ok(text) => text,
        Err(ReadError::Io(source)) => return Err(CliError::Read { path: file.to_string(), source }),
        Err(error @ ReadError::TooLarge { .. }) => {
            let hint = say!(messages::PRESET_ERROR_MOVE_TO_PARENT);
            return Err(refused(vec![whole(error.to_string(), hint)]));
        }
        Err(error @ ReadError::NotUtf8) => {
            return Err(refused(vec![whole(error.to_string(), say!(messages::PRESET_ERROR_SAVE_UTF8))]))
        }
    };
    let source = Source { name: normalize(Path::new(file)), text };
    preset::load(&source, &FileResolver).map_err(|errors| refused(errors.errors))
}

/// Why a preset file could not be read.
#[derive(Debug, Error)]
enum ReadError {
    #[error("{}", .0.to_string().to_lowercase())]
    Io(std::io::Error),
    /// Larger than the limit: its size when the file says it (a device or a pipe does not).
    #[error("is {}; the limit is {} KiB", size_in_kib(*.bytes), MAX_PRESET_BYTES / 1024)]
    TooLarge { bytes: Option<u64> },
    #[error("is not UTF-8 text")]
    NotUtf8,
}

/// Reads a preset file without ever holding more than the size limit and one byte (a file that says its size is
/// refused before it is read; `/dev/zero` or a pipe stops at the limit). A byte order mark is left to the parser.
fn read_bounded(path: &Path) -> Result<String, ReadError> {
    let limit = MAX_PRESET_BYTES as u64;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let size = file.metadata().map_err(ReadError::Io)?;
    if size.is_file() && size.len() > limit {
        return Err(ReadError::TooLarge { bytes: Some(size.len()) });
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { bytes: None });
    }
    String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8)
}

fn size_in_kib(bytes: Option<u64>) -> String {
    match bytes {
        Some(bytes) => format!("{} KiB", bytes.div_ceil(1024)),
        None => format!("over {} KiB", MAX_PRESET_BYTES / 1024),
    }
}

/// Finds a parent preset file in the folder of the preset that names it, or in a folder below it: never by an
/// absolute path, never above that folder, and only a regular file (not a device, a pipe or a folder).
struct FileResolver;

impl Resolver for FileResolver {
    fn resolve(&self, reference: &str, from: &str) -> Result<Source, Text> {
        resolve_file(reference, from).map_err(|why| say!(messages::PRESET_ERROR_AS_IS, why))
    }
}

/// The parent preset `reference` names, read from the folder of `from`; why not, in the command line's English.
fn resolve_file(reference: &str, from: &str) -> Result<Source, String> {
    let relative = Path::new(reference);
    if relative.has_root() || relative.components().any(|part| matches!(part, Component::Prefix(_))) {
        return Err(
            "a parent preset is named by its place relative to this preset's folder, not by an absolute path".into()
        );
    }
    let mut depth = 0usize;
    for part in relative.components() {
        match part {
            Component::ParentDir if depth == 0 => {
                return Err("`..` leads out of this preset's folder; a parent preset lives in it or below it".into())
            }
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
    }
    let folder = Path::new(from).parent().unwrap_or(Path::new(""));
    let path = normalize(&folder.join(relative));
    match std::fs::metadata(&path) {
        Ok(kind) if !kind.is_file() => return Err("it is not a file".into()),
        Ok(_) => {}
        Err(error) => return Err(ReadError::Io(error).to_string()),
    }
    let text = read_bounded(Path::new(&path)).map_err(|error| match error {
        ReadError::Io(_) => error.to_string(),
        _ => format!("it {error}"),
    })?;
    Ok(Source { name: path, text })
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
