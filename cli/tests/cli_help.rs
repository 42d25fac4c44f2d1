//! `tact --help`, `tact COMMAND --help` / `-h` and `tact help COMMAND`: each prints its own usage and exits 0;
//! an unknown argument is still an error with exit 2 and the command's usage.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output, Stdio};

const COMMANDS: [&str; 4] = ["score", "preset", "eval", "fit"];

/// Runs `tact` with no input, so a command that wrongly went on to read stdin ends at once.
fn tact(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tact")).args(args).stdin(Stdio::null()).output().expect("the tact binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_command_prints_its_own_usage_on_help_and_exits_0() {
    for command in COMMANDS {
        for flag in ["--help", "-h"] {
            let output = tact(&[command, flag]);
            let stdout = text(&output.stdout);
            assert_eq!(output.status.code(), Some(0), "tact {command} {flag}: {}", text(&output.stderr));
            assert!(stdout.starts_with(&format!("Usage: tact {command} ")), "tact {command} {flag}:\n{stdout}");
            assert!(output.stderr.is_empty(), "tact {command} {flag}: {}", text(&output.stderr));
        }
    }
}

#[test]
fn each_command_s_usage_names_its_own_options() {
    let option_of = [("score", "--preset FILE"), ("preset", "check FILE"), ("eval", "--check"), ("fit", "--out FILE")];
    for (command, option) in option_of {
        let stdout = text(&tact(&[command, "--help"]).stdout);
        assert!(stdout.contains(option), "tact {command} --help does not mention {option}:\n{stdout}");
    }
}

#[test]
fn help_after_other_arguments_still_prints_the_usage_without_running_the_command() {
    let output = tact(&["preset", "check", "no-such-preset.json", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stdout).starts_with("Usage: tact preset "));
    let output = tact(&["eval", "no-such-folder", "-h"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stdout).starts_with("Usage: tact eval "));
}

#[test]
fn help_command_prints_the_same_usage_as_the_flag() {
    for command in COMMANDS {
        assert_eq!(tact(&["help", command]).stdout, tact(&[command, "--help"]).stdout, "tact help {command}");
    }
    let overview = tact(&["help"]);
    assert_eq!(overview.status.code(), Some(0));
    assert_eq!(overview.stdout, tact(&["--help"]).stdout);
    assert_eq!(overview.stdout, tact(&["-h"]).stdout);
}

#[test]
fn the_overview_lists_every_command() {
    let stdout = text(&tact(&["--help"]).stdout);
    for command in COMMANDS {
        assert!(stdout.contains(&format!("tact {command} ")), "tact --help does not list {command}:\n{stdout}");
    }
}

#[test]
fn an_unknown_argument_is_an_error_with_the_command_s_usage_and_exit_2() {
    for (args, message) in [
        (&["score", "--bogus"][..], "unexpected argument `--bogus`"),
        (&["eval", "--bogus"][..], "unknown option `--bogus`"),
        (&["fit", "--bogus"][..], "unknown option `--bogus`"),
        (&["preset", "--bogus"][..], "unknown preset command `--bogus`"),
    ] {
        let output = tact(args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "tact {args:?}");
        assert!(stderr.contains(message), "tact {args:?}: {stderr}");
        assert!(stderr.contains(&format!("Usage: tact {} ", args[0])), "tact {args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "tact {args:?} printed to stdout");
    }
}

#[test]
fn help_on_something_that_is_not_a_command_is_an_error() {
    let output = tact(&["help", "scroe"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("no help on `scroe`"));
}
