//! The `tact` command line: which subcommand the arguments name, its help, and how its errors end. It scores
//! drafts in batch and checks team presets with the extension's own engine (the `tact` crate), and measures and
//! fits the engine's weights on labelled data, which the shipped crate never reads.

mod corpora;
mod eval;
mod fit;
mod preset;
mod score;
mod thresholds;
mod usage;

use std::process::ExitCode;

use thiserror::Error;

use usage::Command;

fn main() -> ExitCode {
    let args: Result<Vec<String>, _> = std::env::args_os().skip(1).map(std::ffi::OsString::into_string).collect();
    match args {
        Ok(args) => run(&args),
        Err(argument) => {
            eprintln!("tact: the argument {argument:?} is not UTF-8 text");
            ExitCode::from(2)
        }
    }
}

/// Runs `tact` with its arguments (the program name left out) and says how it ended: a usage error exits 2 and
/// prints the usage of the command it concerns.
fn run(args: &[String]) -> ExitCode {
    let Some((first, rest)) = args.split_first() else {
        return usage_error(&CliError::Usage("no command given".into()), usage::OVERVIEW);
    };
    let command = match first.as_str() {
        "--help" | "-h" => return print_help(usage::OVERVIEW),
        "help" => return help_on(rest),
        word => match Command::named(word) {
            Some(command) => command,
            None => {
                return usage_error(&CliError::Usage(format!("unknown command `{word}`")), usage::OVERVIEW);
            }
        },
    };
    if usage::asks_for_help(rest) {
        return print_help(command.usage());
    }
    let result = match command {
        Command::Score => score::run(rest),
        Command::Preset => preset::run(rest),
        Command::Eval => eval::run(rest),
        Command::Fit => fit::run(rest),
    };
    match result {
        Ok(code) => code,
        Err(error @ CliError::Usage(_)) => usage_error(&error, command.usage()),
        // A reader that stops early (`tact score | head -1`) ends the run quietly, as it does any Unix filter.
        Err(CliError::Write(error)) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tact: {error}");
            ExitCode::from(2)
        }
    }
}

/// `tact help` (the overview) or `tact help COMMAND` (that command's usage).
fn help_on(args: &[String]) -> ExitCode {
    match args {
        [] => print_help(usage::OVERVIEW),
        [word] => match Command::named(word) {
            Some(command) => print_help(command.usage()),
            None => usage_error(&CliError::Usage(format!("no help on `{word}`: it is not a command")), usage::OVERVIEW),
        },
        [_, extra, ..] => usage_error(&CliError::Usage(format!("unexpected argument `{extra}`")), usage::OVERVIEW),
    }
}

fn print_help(text: &str) -> ExitCode {
    println!("{text}");
    ExitCode::SUCCESS
}

fn usage_error(error: &CliError, usage: &str) -> ExitCode {
    eprintln!("tact: {error}\n{usage}");
    ExitCode::from(2)
}

/// What can stop a subcommand as a whole (a bad input line is reported on its own and does not).
#[derive(Debug, Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    /// A data file that cannot be read as CSV (or TSV): the error says where.
    #[error("cannot read {path} as CSV: {source}")]
    Csv { path: String, source: csv::Error },
    /// A data file that reads but is not laid out as its README says.
    #[error("{path}: {problem}")]
    Data { path: String, problem: String },
    /// Standard output closed or failed.
    #[error("cannot write the output: {0}")]
    Write(std::io::Error),
    #[error("cannot write {path}: {source}")]
    WriteFile { path: String, source: std::io::Error },
    #[error("{file}: {errors}")]
    Preset { file: String, errors: tact::preset::PresetErrors },
}
