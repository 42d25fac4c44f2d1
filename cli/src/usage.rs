//! The help text of `tact` and of each of its commands, and the `--help` / `-h` / `tact help COMMAND` requests.

/// One of `tact`'s commands, each with its own usage text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Score,
    Preset,
    Eval,
    Fit,
}

impl Command {
    /// Every command, in the order `tact --help` lists them.
    pub const ALL: [Command; 4] = [Command::Score, Command::Preset, Command::Eval, Command::Fit];

    /// The command a word on the command line names, if any.
    pub fn named(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|command| command.name() == word)
    }

    /// The word that runs this command.
    pub fn name(self) -> &'static str {
        match self {
            Command::Score => "score",
            Command::Preset => "preset",
            Command::Eval => "eval",
            Command::Fit => "fit",
        }
    }

    /// What `tact COMMAND --help` prints.
    pub fn usage(self) -> &'static str {
        match self {
            Command::Score => SCORE,
            Command::Preset => PRESET,
            Command::Eval => EVAL,
            Command::Fit => FIT,
        }
    }
}

/// What `tact --help` prints.
pub const OVERVIEW: &str = "\
Usage:
  tact score [--preset FILE]      score JSON lines {\"id\"?, \"text\", \"context\"?} from stdin
  tact preset check FILE          validate a team preset and run its tests (exit 0 only if valid)
  tact preset schema              print the preset JSON Schema (for editor completion)
  tact eval DATA_DIR [--check]    print how well the scores agree with people (--check: exit 1 below a floor)
  tact fit DATA_DIR [--out FILE]  fit the score weights on the data and write the weight table
  tact help [COMMAND]             show this help, or one command's (the same as `tact COMMAND --help`)";

const SCORE: &str = "\
Usage: tact score [--preset FILE]

Reads one JSON draft a line from stdin, {\"id\"?, \"text\", \"context\"?}, and writes one JSON line a draft:
{\"id\", \"listening\", \"respect\", \"promotion\", \"findings\"}. Scores are in [0, 1]; each finding has its rule,
principle, effect (\"strength\" or \"issue\"), start and end (UTF-16 code units), message and any replacement.
A line that cannot be scored gets an error line with its id (or line number); the other lines are still
scored and the exit code is then 1.

Options:
  --preset FILE  score with a team preset's rules instead of the built-in ones
  -h, --help     show this help";

const PRESET: &str = "\
Usage: tact preset check FILE
       tact preset schema

Commands:
  check FILE  validate a team preset (and the presets it extends) and run its own tests; every error is
              printed on its own line with its JSON path and a hint. Exit 0 only when the preset is valid.
  schema      print the preset JSON Schema, for an editor's completion and checks

Options:
  -h, --help  show this help";

const EVAL: &str = "\
Usage: tact eval DATA_DIR [--check]

Prints how well the scores agree with people's ratings in DATA_DIR (e.g. ../shared/data), by the protocol of
the data's README: each number with the shipped weights, held out inside its own corpus (in-domain) and with
its corpus left out of the fit (corpus-out), beside the issue's target and the floor that guards it.

Options:
  --check     exit 1 when a guarded number falls below its floor (each failure says which and by how much)
  -h, --help  show this help";

const FIT: &str = "\
Usage: tact fit DATA_DIR [--out FILE] [--check]

Fits the score weights on all the data in DATA_DIR (e.g. ../shared/data) and writes the weight table as Rust
source (src/engine/weights.rs) and, beside it, its provenance (weights.provenance.tsv: for each weight, its
axis, prior, and in how many texts of each data set its rule fired or its word appeared).

Options:
  --out FILE  write the table to FILE and its provenance beside it, instead of the table to stdout
  --check     write nothing; exit 1 when the table (FILE, or src/engine/weights.rs) or its provenance is not
              exactly what the fit writes, listing the rows that differ and by how much
  -h, --help  show this help";

/// Whether a command's arguments ask for its help; `-h` or `--help` anywhere wins over the other arguments.
pub fn asks_for_help(args: &[String]) -> bool {
    args.iter().any(|arg| arg == "--help" || arg == "-h")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|word| word.to_string()).collect()
    }

    #[test]
    fn each_command_is_found_by_its_own_name() {
        for command in Command::ALL {
            assert_eq!(Command::named(command.name()), Some(command));
        }
        assert_eq!(Command::named("scroe"), None);
        assert_eq!(Command::named("--help"), None);
    }

    #[test]
    fn each_command_s_usage_starts_with_its_own_synopsis() {
        for command in Command::ALL {
            let synopsis = format!("Usage: tact {} ", command.name());
            assert!(command.usage().starts_with(&synopsis), "{}", command.usage());
            assert!(command.usage().contains("-h, --help"), "{}", command.usage());
        }
    }

    #[test]
    fn the_overview_lists_every_command() {
        for command in Command::ALL {
            assert!(OVERVIEW.contains(&format!("  tact {} ", command.name())), "{} is missing", command.name());
        }
    }

    #[test]
    fn help_is_asked_by_either_flag_anywhere_among_the_arguments() {
        assert!(asks_for_help(&args(&["--help"])));
        assert!(asks_for_help(&args(&["-h"])));
        assert!(asks_for_help(&args(&["check", "acme.json", "--help"])));
        assert!(!asks_for_help(&args(&["--preset", "acme.json"])));
        assert!(!asks_for_help(&args(&["--helpful"])));
        assert!(!asks_for_help(&[]));
    }
}
