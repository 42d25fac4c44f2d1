//! `tact score`, with and without a team preset, on words written to slip past matching: look-alike letters,
//! fullwidth letters, soft hyphens, combining marks, zero-width chars, curly apostrophes, runs of spaces and
//! stretched letters. The built-in rule and the team's `avoid` rule each find the word, underline it on the
//! characters as written (UTF-16 offsets), and the scores are those of the plain spelling.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

/// A team preset that avoids the same words as the built-in rules find.
const PRESET: &str = r#"{"format": 1, "id": "no-name-calling", "name": "No name-calling", "extends": "builtin:default",
  "rules": [{"id": "no-name-calling", "kind": "avoid", "principle": "respecting",
    "phrases": ["idiot", "shut up", "you don't know what you're talking about"]}]}"#;

/// Each case: its name, the words as written, the plain spelling, and the built-in rule that finds them.
const CASES: [(&str, &str, &str, &str); 12] = [
    ("cyrillic", "\u{0456}d\u{0456}\u{043E}t", "idiot", "builtin.insults"),
    ("greek", "\u{03B9}d\u{03B9}\u{03BF}t", "idiot", "builtin.insults"),
    ("all-caps-cyrillic", "\u{0406}D\u{0406}\u{041E}T", "IDIOT", "builtin.insults"),
    ("fullwidth", "\u{FF49}\u{FF44}\u{FF49}\u{FF4F}\u{FF54}", "idiot", "builtin.insults"),
    ("soft-hyphen", "id\u{AD}i\u{AD}ot", "idiot", "builtin.insults"),
    ("zero-width", "i\u{200B}d\u{200C}i\u{200D}o\u{2060}t", "idiot", "builtin.insults"),
    ("combining-marks", "i\u{301}d\u{336}i\u{336}o\u{336}t", "idiot", "builtin.insults"),
    ("accents", "\u{ED}di\u{F3}t", "idiot", "builtin.insults"),
    ("stretched", "idiooooot", "idiot", "builtin.insults"),
    ("spaces", "shut  \u{A0}up", "shut up", "builtin.dismissal"),
    ("line-break", "shut\nup", "shut up", "builtin.dismissal"),
    (
        "curly-apostrophes",
        "you don\u{2019}t know what you're talking about",
        "you don't know what you're talking about",
        "builtin.dismissal",
    ),
];

/// What goes before the words in each draft, so that the span has something before it.
const BEFORE: &str = "Honestly \u{1F644} ";

fn draft(words: &str) -> String {
    format!("{BEFORE}{words}. Read the docs.")
}

/// One JSON report per case (the obfuscated draft, then the plain one), from `tact score` with these arguments.
fn score(args: &[&str]) -> Vec<Value> {
    let mut input = String::new();
    for (name, written, plain, _) in CASES {
        input.push_str(&format!("{}\n", json!({"id": name, "text": draft(written)})));
        input.push_str(&format!("{}\n", json!({"id": format!("{name}-plain"), "text": draft(plain)})));
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tact binary starts");
    child.stdin.take().expect("stdin is piped").write_all(input.as_bytes()).expect("tact reads its input");
    let output = child.wait_with_output().expect("tact finishes");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let reports: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("every output line is JSON"))
        .collect();
    assert_eq!(reports.len(), 2 * CASES.len());
    reports
}

/// The UTF-16 span of the words in their draft.
fn span_of(words: &str) -> (u64, u64) {
    let start = BEFORE.encode_utf16().count() as u64;
    (start, start + words.encode_utf16().count() as u64)
}

/// The spans of one rule's findings in a report.
fn spans(report: &Value, rule: &str) -> Vec<(u64, u64)> {
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    findings
        .iter()
        .filter(|finding| finding["rule"] == rule)
        .map(|finding| (finding["start"].as_u64().unwrap_or(0), finding["end"].as_u64().unwrap_or(0)))
        .collect()
}

fn axis(report: &Value, name: &str) -> f64 {
    report[name].as_f64().unwrap_or(f64::NAN)
}

#[test]
fn the_built_in_rules_find_each_disguised_word_on_its_own_characters_and_score_it_as_the_plain_one() {
    let reports = score(&["score"]);
    for ((name, written, _, rule), pair) in CASES.iter().zip(reports.chunks(2)) {
        let (disguised, plain) = (&pair[0], &pair[1]);
        assert_eq!(spans(disguised, rule), [span_of(written)], "{name}: {disguised}");
        for name_of_axis in ["listening", "respect", "promotion"] {
            let (got, expected) = (axis(disguised, name_of_axis), axis(plain, name_of_axis));
            assert!((got - expected).abs() < 0.03, "{name}: {name_of_axis} {got} against {expected} written plainly");
        }
    }
}

#[test]
fn a_team_avoid_rule_finds_each_disguised_word_on_its_own_characters() {
    let folder = std::env::temp_dir().join(format!("tact-obfuscated-words-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temp folder");
    let preset = folder.join("no-name-calling.json");
    std::fs::write(&preset, PRESET).expect("temp file");
    let reports = score(&["score", "--preset", &preset.to_string_lossy()]);
    for ((name, written, _, _), pair) in CASES.iter().zip(reports.chunks(2)) {
        assert_eq!(spans(&pair[0], "no-name-calling"), [span_of(written)], "{name}: {}", pair[0]);
    }
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_word_inside_another_or_in_another_language_is_not_found() {
    let folder = std::env::temp_dir().join(format!("tact-not-obfuscated-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temp folder");
    let preset = folder.join("no-name-calling.json");
    std::fs::write(&preset, PRESET).expect("temp file");
    let texts = [
        "Scunt\u{AD}horpe won, and so did \u{FF33}\u{FF43}\u{FF55}\u{FF4E}\u{FF54}\u{FF48}\u{FF4F}\u{FF52}\u{FF50}\u{FF45}.",
        "Shutup.io and the \u{FF53}\u{FF48}\u{FF55}\u{FF54}\u{FF55}\u{FF50} app are both down.",
        "\u{0418}\u{0434}\u{0438}\u{043E}\u{0442} is the Russian title of the novel.",
    ];
    let input: String = texts.iter().map(|text| format!("{}\n", json!({"text": text}))).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(["score", "--preset", &preset.to_string_lossy()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the tact binary starts");
    child.stdin.take().expect("stdin is piped").write_all(input.as_bytes()).expect("tact reads its input");
    let output = child.wait_with_output().expect("tact finishes");
    for (text, line) in texts.iter().zip(String::from_utf8_lossy(&output.stdout).lines()) {
        let report: Value = serde_json::from_str(line).expect("a JSON line");
        for rule in ["builtin.insults", "builtin.profanity", "builtin.dismissal", "no-name-calling"] {
            assert_eq!(spans(&report, rule), [], "{text}: {report}");
        }
    }
    let _ = std::fs::remove_dir_all(folder);
}
