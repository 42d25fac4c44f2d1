//! `tact score [--preset FILE]`: JSON lines in (`{"id"?, "text", "context"?}`), one JSON line of scores and
//! findings out, with the built-in rules or a team preset's.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use serde::{Deserialize, Serialize};

use super::CliError;
use tact::engine::{self, Finding};

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
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct LineError<'a> {
    id: &'a serde_json::Value,
    line: usize,
    error: String,
}

/// Scores every line of stdin; a bad line gets an error line and makes the exit code 1 at the end.
pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let preset = match args {
        [] => None,
        [flag, file] if flag == "--preset" => Some(super::preset::load_file(file)?),
        [flag] if flag == "--preset" => return Err(CliError::Usage("`--preset` needs a FILE".into())),
        [extra, ..] => return Err(CliError::Usage(format!("unexpected argument `{extra}`"))),
    };
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for (index, line) in stdin.lock().lines().enumerate() {
        let number = index + 1;
        let line = match line {
            Ok(line) => line,
            Err(error) => {
                failed += 1;
                write_error(
                    &mut out,
                    &serde_json::Value::from(number),
                    number,
                    format!("line is not UTF-8 text: {error}"),
                )?;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Draft>(&line) {
            Ok(draft) => {
                let id = draft.id.unwrap_or_else(|| serde_json::Value::from(number));
                let report = match &preset {
                    Some(preset) => preset.check(&draft.text, draft.context.as_deref()),
                    None => engine::check(&draft.text, draft.context.as_deref()),
                };
                let scored = Scored {
                    id: &id,
                    listening: report.scores.listening,
                    respect: report.scores.respect,
                    promotion: report.scores.promotion,
                    findings: &report.findings,
                };
                serde_json::to_writer(&mut out, &scored).map_err(|e| CliError::Write(e.into()))?;
                writeln!(out).map_err(CliError::Write)?;
            }
            Err(error) => {
                failed += 1;
                let id = id_of_broken_line(&line).unwrap_or_else(|| serde_json::Value::from(number));
                write_error(&mut out, &id, number, format!("not a draft: {error}"))?;
            }
        }
    }
    out.flush().map_err(CliError::Write)?;
    if failed > 0 {
        eprintln!("tact: {failed} line(s) could not be scored");
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

/// The `id` of a line that is valid JSON but not a valid draft, so its error line can name it.
fn id_of_broken_line(line: &str) -> Option<serde_json::Value> {
    serde_json::from_str::<serde_json::Value>(line).ok()?.get("id").cloned()
}

fn write_error(out: &mut impl Write, id: &serde_json::Value, line: usize, error: String) -> Result<(), CliError> {
    serde_json::to_writer(&mut *out, &LineError { id, line, error }).map_err(|e| CliError::Write(e.into()))?;
    writeln!(out).map_err(CliError::Write)
}
