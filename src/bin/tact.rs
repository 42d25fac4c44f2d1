//! The `tact` command line: score drafts in batch and check team presets with the extension's own engine.

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "\
Usage:
  tact score [--preset FILE]   score JSON lines {\"id\"?, \"text\", \"context\"?} from stdin
  tact preset check FILE       validate a team preset and run its tests (exit 0 only if valid)
  tact preset schema           print the preset JSON Schema (for editor completion)
  tact eval DATA_DIR [--check] print how well the scores agree with people (--check: exit 1 below a floor)
  tact fit DATA_DIR [--out FILE] fit the score weights on the data and write the weight table
  tact --help                  show this help";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("score") => tact::cli::score::run(&args[1..]),
        Some("eval") => tact::cli::eval::run(&args[1..]),
        Some("fit") => tact::cli::fit::run(&args[1..]),
        Some("preset") => tact::cli::preset::run(&args[1..]),
        Some("--help") | Some("-h") | Some("help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(tact::cli::CliError::Usage(format!("unknown command `{other}`"))),
        None => Err(tact::cli::CliError::Usage("no command given".into())),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("tact: {error}");
            if matches!(error, tact::cli::CliError::Usage(_)) {
                eprintln!("{USAGE}");
            }
            ExitCode::from(2)
        }
    }
}

/// The command line is native only; building the crate's browser tests for wasm32 compiles this stand-in.
#[cfg(target_arch = "wasm32")]
fn main() {}
