//! `tact score [--preset FILE]`: JSON lines in (`{"id"?, "text", "context"?}`), one JSON line of scores and
//! findings out, with the built-in rules or a team preset's.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use serde::{Deserialize, Serialize};

use super::CliError;
use tact::engine::{self, Finding, Language};
use tact::preset::ActivePreset;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Draft {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    #[serde(default)]
    context: Option<String>,
}

#[derive(Serialize)]
struct Scored<'a> {
    id: &'a serde_json::Value,
    listening: f64,
    respect: f64,
    promotion: f64,
    /// `en` when the scores measure the text, `other` for a language Tact does not read (neutral, unmeasured scores).
    language: Language,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct LineError<'a> {
    id: &'a serde_json::Value,
    line: usize,
    error: String,
}

/// Scores every line of stdin; a bad line gets an error line and makes the exit code 1 at the end. A read error ends
/// the run (after writing what was scored); a UTF-8 byte order mark before the first line is skipped.
pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let preset = match args {
        [] => None,
        [flag, file] if flag == "--preset" => Some(super::preset::load_file(file)?),
        [flag] if flag == "--preset" => return Err(CliError::Usage("`--preset` needs a FILE".into())),
        [extra, ..] => return Err(CliError::Usage(format!("unexpected argument `{extra}`"))),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let scored = score_lines(&mut std::io::stdin().lock(), &mut out, preset.as_ref());
    out.flush().map_err(CliError::Write)?;
    let failed = scored?;
    if failed > 0 {
        eprintln!("tact: {failed} line(s) could not be scored");
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

/// Writes one line per input line; how many lines could not be scored, or what stopped the run.
fn score_lines(
    input: &mut impl BufRead,
    out: &mut impl Write,
    preset: Option<&ActivePreset>,
) -> Result<usize, CliError> {
    let mut failed = 0usize;
    let mut bytes = Vec::new();
    for number in 1.. {
        bytes.clear();
        let read = input
            .read_until(b'\n', &mut bytes)
            .map_err(|source| CliError::Read { path: "the standard input".into(), source })?;
        if read == 0 {
            break;
        }
        let mut line = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        line = line.strip_suffix(b"\r").unwrap_or(line);
        if number == 1 {
            line = line.strip_prefix(BYTE_ORDER_MARK).unwrap_or(line);
        }
        let line = match std::str::from_utf8(line) {
            Ok(line) => line,
            Err(error) => {
                failed += 1;
                let message = format!("line is not UTF-8 text: {error}");
                write_error(out, &serde_json::Value::from(number), number, message)?;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Draft>(line) {
            Ok(draft) => {
                let id = draft.id.unwrap_or_else(|| serde_json::Value::from(number));
                let report = match preset {
                    Some(preset) => preset.check(&draft.text, draft.context.as_deref()),
                    None => engine::check(&draft.text, draft.context.as_deref()),
                };
                let scored = Scored {
                    id: &id,
                    listening: report.scores.listening,
                    respect: report.scores.respect,
                    promotion: report.scores.promotion,
                    language: report.language,
                    findings: &report.findings,
                };
                serde_json::to_writer(&mut *out, &scored).map_err(|e| CliError::Write(e.into()))?;
                writeln!(out).map_err(CliError::Write)?;
            }
            Err(error) => {
                failed += 1;
                let id = id_of_broken_line(line).unwrap_or_else(|| serde_json::Value::from(number));
                write_error(out, &id, number, format!("not a draft: {error}"))?;
            }
        }
    }
    Ok(failed)
}

/// What some editors write before the first line of a UTF-8 file.
const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// The `id` of a line that is valid JSON but not a valid draft, so its error line can name it.
fn id_of_broken_line(line: &str) -> Option<serde_json::Value> {
    serde_json::from_str::<serde_json::Value>(line).ok()?.get("id").cloned()
}

fn write_error(out: &mut impl Write, id: &serde_json::Value, line: usize, error: String) -> Result<(), CliError> {
    serde_json::to_writer(&mut *out, &LineError { id, line, error }).map_err(|e| CliError::Write(e.into()))?;
    writeln!(out).map_err(CliError::Write)
}
