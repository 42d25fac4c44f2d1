//! The `tact score` contract of docs/DESIGN.md: JSON lines in, one JSON line out per input, bad lines reported alone.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn score(input: &str) -> (Output, Vec<Value>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .arg("score")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tact binary starts");
    child.stdin.take().expect("stdin is piped").write_all(input.as_bytes()).expect("stdin takes the input");
    let output = child.wait_with_output().expect("tact finishes");
    let lines = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("every output line is JSON"))
        .collect();
    (output, lines)
}

#[test]
fn each_draft_gets_its_id_three_scores_and_findings() {
    let (output, lines) = score("{\"id\": \"post-1\", \"text\": \"Thanks! What happened?\"}\n");
    assert!(output.status.success());
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert_eq!(line["id"], "post-1");
    for axis in ["listening", "respect", "promotion"] {
        let value = line[axis].as_f64().expect("a numeric score");
        assert!((0.0..=1.0).contains(&value), "{axis} = {value}");
    }
    assert!(line["findings"].as_array().is_some_and(|findings| !findings.is_empty()));
}

#[test]
fn text_in_another_language_is_reported_as_such_with_no_findings() {
    let (output, lines) = score(concat!(
        "{\"id\": \"de\", \"text\": \"Du bist ein Idiot, das ist doch Unsinn.\"}\n",
        "{\"id\": \"en\", \"text\": \"You are an idiot.\"}\n"
    ));
    assert!(output.status.success());
    assert_eq!(lines[0]["language"], "other");
    assert!(lines[0]["findings"].as_array().is_some_and(Vec::is_empty));
    assert_eq!(lines[1]["language"], "en");
}

#[test]
fn every_finding_says_whether_it_is_a_strength_or_an_issue() {
    let (_, lines) = score("{\"id\": 1, \"text\": \"Thanks so much for the report. Obviously you're wrong.\"}\n");
    let findings = lines[0]["findings"].as_array().expect("findings");
    let effect_of = |rule: &str| findings.iter().find(|f| f["rule"] == rule).map(|f| f["effect"].clone());
    assert_eq!(effect_of("builtin.gratitude"), Some(Value::from("strength")));
    assert_eq!(effect_of("builtin.certainty"), Some(Value::from("issue")));
    assert!(findings.iter().all(|f| f["effect"] == "strength" || f["effect"] == "issue"), "{findings:?}");
}

#[test]
fn finding_offsets_are_utf16_code_units() {
    let (_, lines) = score("{\"id\": 1, \"text\": \"😀😀 Buy now\"}\n");
    let finding = lines[0]["findings"]
        .as_array()
        .and_then(|findings| findings.iter().find(|f| f["rule"] == "builtin.call-to-action"))
        .expect("the call to action is found");
    // Two emoji are four UTF-16 code units, then a space.
    assert_eq!(finding["start"], 5);
    assert_eq!(finding["end"], 12);
}

#[test]
fn a_bad_line_is_reported_with_its_id_and_the_others_are_still_scored() {
    let input = "{\"id\": \"a\", \"text\": \"Thanks!\"}\n\
                 {\"id\": \"b\", \"txt\": \"typo in the key\"}\n\
                 not json at all\n\
                 {\"id\": \"c\", \"text\": \"Calm down.\", \"context\": \"Why is this broken?\"}\n";
    let (output, lines) = score(input);
    assert_eq!(output.status.code(), Some(1), "a bad line makes the exit code non-zero");
    assert_eq!(lines.len(), 4, "one output line per input line");
    assert!(lines[0]["listening"].is_number());
    assert_eq!(lines[1]["id"], "b");
    assert!(lines[1]["error"].as_str().is_some_and(|error| error.contains("txt")));
    assert_eq!(lines[2]["id"], 3, "a line with no readable id is named by its line number");
    assert!(lines[3]["respect"].is_number());
    assert!(String::from_utf8_lossy(&output.stderr).contains("2 line(s)"));
}

#[test]
fn an_unknown_command_explains_the_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_tact")).arg("scroe").output().expect("tact runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown command `scroe`") && stderr.contains("Usage:"));
}

/// Runs `tact score` with its standard input and output given, and says how it ended.
fn score_with(stdin: Stdio, stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tact"))
        .arg("score")
        .stdin(stdin)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("tact runs")
}

#[test]
fn a_read_error_ends_the_run_with_one_message_and_exit_2() {
    // A folder opens as a file on Linux, and every read of it fails.
    let folder = std::fs::File::open(env!("CARGO_MANIFEST_DIR")).expect("the repository folder opens");
    let output = score_with(folder.into(), Stdio::piped());
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty(), "no error line per failed read");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("tact: cannot read the standard input: "), "{stderr}");
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly_with_exit_0() {
    // As `tact score < drafts | head -1`: the reader takes one line and closes the pipe while tact still writes.
    let drafts = std::env::temp_dir().join(format!("tact-drafts-{}.jsonl", std::process::id()));
    std::fs::write(&drafts, "{\"text\": \"Thanks! What happened when you tried?\"}\n".repeat(20_000))
        .expect("temp file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .arg("score")
        .stdin(std::fs::File::open(&drafts).expect("the drafts open"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tact starts");
    let mut first = String::new();
    let mut reader = std::io::BufReader::new(child.stdout.take().expect("stdout is piped"));
    std::io::BufRead::read_line(&mut reader, &mut first).expect("a first line");
    drop(reader);
    let output = child.wait_with_output().expect("tact finishes");
    std::fs::remove_file(&drafts).ok();
    assert!(first.contains("\"listening\""), "{first}");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "", "a closed pipe is not an error to report");
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_is_an_error_with_exit_2() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full opens");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .arg("score")
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .expect("tact starts");
    let _ = child.stdin.take().expect("stdin is piped").write_all(b"{\"text\": \"Thanks!\"}\n");
    let output = child.wait_with_output().expect("tact finishes");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("tact: cannot write the output: No space left on device"), "{stderr}");
}

#[test]
fn a_byte_order_mark_before_the_first_line_is_skipped() {
    let (output, lines) =
        score("\u{feff}{\"id\": \"bom\", \"text\": \"Thanks!\"}\n{\"id\": \"next\", \"text\": \"Hi\"}\n");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "bom");
    assert!(lines[0]["listening"].is_number());
}

#[test]
fn a_line_that_is_not_utf8_is_reported_and_the_next_is_scored() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .arg("score")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tact starts");
    let input = b"{\"text\": \"caf\xe9\"}\r\n{\"id\": 2, \"text\": \"Thanks!\"}\r\n";
    child.stdin.take().expect("stdin is piped").write_all(input).expect("stdin takes the input");
    let output = child.wait_with_output().expect("tact finishes");
    let lines: Vec<Value> =
        String::from_utf8_lossy(&output.stdout).lines().map(|line| serde_json::from_str(line).expect("JSON")).collect();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].as_str().is_some_and(|error| error.starts_with("line is not UTF-8 text")), "{lines:?}");
    assert_eq!(lines[1]["id"], 2);
    assert!(lines[1]["respect"].is_number());
}
