//! `tact preset check`, `tact preset schema` and `tact score --preset`, run as the built binary on preset files.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;

use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/presets";
/// The repository root, where the presets, the schema and the fixtures are (this crate is its `cli/` folder).
const REPOSITORY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// One `tact` at a time: `tact preset check` times the preset against the built-in one (src/preset/cost.rs), and run
/// beside this file's other tests' processes on a two-core machine it measured a shipped preset at 2.5 times the
/// built-in's time (alone: well within its budget).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn tact(args: &[&str], stdin: &str) -> Output {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(args)
        .current_dir(REPOSITORY)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tact binary starts");
    // tact may exit before reading stdin (a bad preset): a closed pipe is then expected, not a failure.
    let _ = child.stdin.take().expect("stdin is piped").write_all(stdin.as_bytes());
    child.wait_with_output().expect("tact finishes")
}

fn check(file: &str) -> (Option<i32>, Vec<String>) {
    let output = tact(&["preset", "check", file], "");
    let lines = String::from_utf8_lossy(&output.stdout).lines().map(str::to_string).collect();
    (output.status.code(), lines)
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

#[test]
fn a_good_preset_passes_with_exit_0() {
    let (code, lines) = check(&fixture("good.json"));
    assert_eq!(code, Some(0), "{lines:?}");
    assert_eq!(
        lines,
        ["tests/fixtures/presets/good.json: ok: preset `acme-community` (ACME community voice) version 2.4.0, 5 rules of its own, its tests pass."]
    );
}

#[test]
fn warn_on_a_strength_rule_passes_with_a_warning_at_its_path() {
    let (code, lines) = check(&fixture("strength-at-warn.json"));
    assert_eq!(code, Some(0), "the preset is valid: the rule simply works as `hint`; {lines:?}");
    let file = "tests/fixtures/presets/strength-at-warn.json";
    assert_eq!(
        lines,
        [
            format!(
                r#"{file}: warning: overrides["builtin.gratitude"]: `builtin.gratitude` finds strengths (what works), and the check before posting never lists a strength, so `warn` has no effect: the rule works as `hint`. Use `hint` to keep it, or `off` to turn it off."#
            ),
            format!("{file}: ok: preset `thanks-matter` (Thanks matter), 0 rules of its own, its tests pass; 1 warning above."),
        ]
    );
}

#[test]
fn every_shipped_preset_passes() {
    for name in ["default", "support-desk", "launch"] {
        let (code, lines) = check(&format!("presets/{name}.json"));
        assert_eq!(code, Some(0), "{name}: {lines:?}");
    }
}

#[test]
fn a_bad_preset_lists_every_error_with_its_path_one_per_line() {
    let (code, lines) = check(&fixture("bad-many.json"));
    assert_eq!(code, Some(1));
    let file = "tests/fixtures/presets/bad-many.json";
    let expected = [
        "checks.promotion.warnAbove: 60 is above the largest allowed value, 1. Scores run from 0 to 1: write 0.6 for 60%.",
        "gate: `block` is not allowed here. Use one of `off`, `warn`, `hold`.",
        "rules[0].phrase: unknown key `phrase`. Did you mean `phrases`?",
        "rules[1].pattern: not a valid regular expression: unclosed group. Patterns use Rust `regex` syntax (no look-around or backreferences).",
        "rules[2].phrases[1]: phrase is 143 characters; the limit is 100. Shorten it or split it.",
        "rules[3].id: rule id `Members Not Users` may only hold lower-case letters, digits and dashes. Try `members-not-users`.",
        "rules[4].kind: unknown kind `occurence`. Did you mean `occurrence`?",
        "tests[0].txt: unknown key `txt`. Did you mean `text`?",
    ];
    let expected: Vec<String> = expected.iter().map(|line| format!("{file}: {line}")).collect();
    assert_eq!(lines, expected);
}

#[test]
fn each_kind_of_error_has_its_own_message() {
    let cases = [
        ("bad-regex.json", "rules[0].pattern: not a valid regular expression: unclosed group."),
        ("unknown-key.json", "rules[0].phrase: unknown key `phrase`. Did you mean `phrases`?"),
        ("cycle-a.json", "cycle-b.json: extends: `./cycle-a.json` is already in this chain ("),
        (
            "newer-format.json",
            "format: this preset is format 2; this Tact understands format 1. Update Tact to use this preset.",
        ),
        ("failing-test.json", "tests[0].expect[0]: test failed: `no-hard-sell` did not fire on \"Purchase today!\""),
        (
            "costly-patterns.json",
            "rules: the patterns together are too costly to check as the user types: the first 10 of its 500 \
             patterns are 2076 KiB once compiled, over the budget of 2048 KiB for all of them. The costliest: rules[0] \
             “r000” (208 KiB), rules[1] “r001” (208 KiB), rules[2] “r002” (208 KiB).",
        ),
    ];
    for (name, message) in cases {
        let (code, lines) = check(&fixture(name));
        assert_eq!(code, Some(1), "{name}");
        assert_eq!(lines.len(), 1, "{name}: {lines:?}");
        assert!(lines[0].contains(message), "{name}: {lines:?}");
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let path = std::env::temp_dir().join(format!("tact-too-big-{}.json", std::process::id()));
    let padding = "x".repeat(300 * 1024);
    std::fs::write(&path, format!("{{\"format\": 1, \"id\": \"big\", \"name\": \"{padding}\"}}")).expect("temp file");
    let (code, lines) = check(&path.to_string_lossy());
    std::fs::remove_file(&path).ok();
    assert_eq!(code, Some(1));
    assert!(lines[0].ends_with(": the preset is 301 KiB; the limit is 256 KiB. Move some rules into a parent preset named by `extends`, or remove some."), "{lines:?}");
}

/// Nine patterns, each within the size budget, that make every check many times slower than the built-in preset's:
/// refused by the time budget, as the extension refuses them, with the costliest rules named.
#[test]
fn a_preset_far_slower_than_the_builtins_is_refused() {
    let path = std::env::temp_dir().join(format!("tact-slow-{}.json", std::process::id()));
    let rules: Vec<Value> = (0..9)
        .map(|n| serde_json::json!({"id": format!("slow-{n}"), "kind": "pattern", "pattern": format!(r"(?:\w|\s){{1,12}}q{n}")}))
        .collect();
    let preset =
        serde_json::json!({"format": 1, "id": "slow", "name": "Slow", "extends": "builtin:default", "rules": rules});
    std::fs::write(&path, preset.to_string()).expect("temp file");
    let (code, lines) = check(&path.to_string_lossy());
    std::fs::remove_file(&path).ok();
    assert_eq!(code, Some(1), "{lines:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains(": rules: the preset is too slow to check as the user types: "), "{lines:?}");
    assert!(lines[0].contains("The costliest: rules["), "{lines:?}");
}

#[test]
fn a_missing_file_is_a_usage_error_with_exit_2() {
    let output = tact(&["preset", "check", "no/such/preset.json"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read no/such/preset.json"));
    assert_eq!(tact(&["preset"], "").status.code(), Some(2));
    assert_eq!(tact(&["preset", "lint", "x.json"], "").status.code(), Some(2));
}

#[test]
fn the_schema_command_prints_the_committed_schema() {
    let output = tact(&["preset", "schema"], "");
    assert!(output.status.success());
    let committed = std::fs::read_to_string(PathBuf::from(REPOSITORY).join("schema/preset.schema.json"))
        .expect("the committed schema");
    assert!(
        String::from_utf8_lossy(&output.stdout) == committed,
        "schema/preset.schema.json is stale: run `cargo run -- preset schema > schema/preset.schema.json`"
    );
}

fn score_lines(args: &[&str], input: &str) -> (Output, Vec<Value>) {
    let output = tact(args, input);
    let lines = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("every output line is JSON"))
        .collect();
    (output, lines)
}

fn rules_of(line: &Value) -> Vec<&str> {
    line["findings"].as_array().map(|f| f.iter().filter_map(|f| f["rule"].as_str()).collect()).unwrap_or_default()
}

#[test]
fn score_with_a_preset_uses_the_preset_rules() {
    let input =
        "{\"id\": \"a\", \"text\": \"Our users can buy now.\"}\n{\"id\": \"b\", \"text\": \"Let's leverage this.\"}\n";
    let (output, lines) = score_lines(&["score", "--preset", &fixture("good.json")], input);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(rules_of(&lines[0]).contains(&"no-hard-sell"));
    assert!(rules_of(&lines[0]).contains(&"members-not-users"));
    let swap = lines[0]["findings"].as_array().and_then(|f| f.iter().find(|f| f["rule"] == "members-not-users"));
    assert_eq!(
        swap.map(|f| (&f["start"], &f["end"], &f["replacement"])),
        Some((&4.into(), &9.into(), &"community members".into()))
    );
    assert!(rules_of(&lines[1]).contains(&"no-synergy"), "the parent preset's rule runs too");
    let (_, plain) = score_lines(&["score"], input);
    assert!(!rules_of(&plain[0]).contains(&"no-hard-sell"));
}

#[test]
fn score_with_a_bad_preset_scores_nothing_and_lists_the_errors() {
    let (output, lines) = score_lines(&["score", "--preset", &fixture("bad-regex.json")], "{\"text\": \"hi\"}\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(lines.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("rules[0].pattern: not a valid regular expression"));
}

/// A fresh folder of preset files for one test, named by the test.
fn folder_with(test: &str, files: &[(&str, &str)]) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("tact-{test}-{}", std::process::id()));
    for (name, text) in files {
        let path = folder.join(name);
        std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("temp folder");
        std::fs::write(path, text).expect("temp file");
    }
    folder
}

fn extending(parent: &str) -> String {
    format!(r#"{{"format": 1, "id": "team", "name": "Team", "extends": "{parent}"}}"#)
}

const BASE: &str = r#"{"format": 1, "id": "base", "name": "Base", "extends": "builtin:default"}"#;

#[test]
fn extends_is_found_only_in_the_preset_folder_or_below() {
    let folder = folder_with(
        "extends-places",
        &[
            ("team/sub/base.json", BASE),
            ("outside.json", BASE),
            ("team/below.json", &extending("sub/base.json")),
            ("team/dot-dot.json", &extending("../outside.json")),
            ("team/device.json", &extending("/dev/zero")),
            ("team/folder.json", &extending("sub")),
        ],
    );
    let absolute = extending(&folder.join("outside.json").to_string_lossy());
    std::fs::write(folder.join("team/absolute.json"), absolute).expect("temp file");
    let team = |name: &str| folder.join("team").join(name).to_string_lossy().into_owned();
    let (code, lines) = check(&team("below.json"));
    assert_eq!(code, Some(0), "a parent in a folder below is found: {lines:?}");
    let cases = [
        ("dot-dot.json", "cannot read `../outside.json`: `..` leads out of this preset's folder"),
        (
            "absolute.json",
            "a parent preset is named by its place relative to this preset's folder, not by an absolute path.",
        ),
        (
            "device.json",
            "cannot read `/dev/zero`: a parent preset is named by its place relative to this preset's folder",
        ),
        ("folder.json", "cannot read `sub`: it is not a file."),
    ];
    for (name, message) in cases {
        let (code, lines) = check(&team(name));
        assert_eq!(code, Some(1), "{name}: {lines:?}");
        assert_eq!(lines.len(), 1, "{name}: {lines:?}");
        assert!(lines[0].contains(": extends: cannot read `"), "{name}: {lines:?}");
        assert!(lines[0].contains(message), "{name}: {lines:?}");
    }
    std::fs::remove_dir_all(&folder).ok();
}

#[test]
fn files_are_read_with_a_bound_and_a_parent_over_the_limit_is_refused() {
    let big = format!(r#"{{"format": 1, "id": "big", "name": "{}"}}"#, "x".repeat(300 * 1024));
    let folder = folder_with("bounded", &[("big.json", &big), ("team.json", &extending("big.json"))]);
    let (code, lines) = check(&folder.join("team.json").to_string_lossy());
    assert_eq!(code, Some(1), "{lines:?}");
    assert!(lines[0].ends_with("extends: cannot read `big.json`: it is 301 KiB; the limit is 256 KiB. Check the name; a parent preset is looked up next to this one."), "{lines:?}");
    std::fs::remove_dir_all(&folder).ok();
    // A device that never ends is read up to the limit and refused, never read whole.
    let (code, lines) = check("/dev/zero");
    assert_eq!(code, Some(1), "{lines:?}");
    assert_eq!(
        lines,
        ["/dev/zero: the preset is over 256 KiB; the limit is 256 KiB. Move some rules into a parent preset named by `extends`, or remove some."]
    );
}

#[test]
fn a_rule_with_an_empty_or_blank_message_is_refused_at_its_path() {
    let preset = r#"{"format": 1, "id": "team", "name": "Team", "rules": [
        {"id": "no-synergy", "kind": "avoid", "phrases": ["synergy"], "message": "Say what you mean."},
        {"id": "no-asap", "kind": "avoid", "phrases": ["asap"], "message": ""},
        {"id": "no-dm", "kind": "pattern", "pattern": "\\bdm us\\b", "message": "  \t "}
    ]}"#;
    let folder = folder_with("blank-message", &[("team.json", preset)]);
    let file = folder.join("team.json").to_string_lossy().into_owned();
    let (code, lines) = check(&file);
    std::fs::remove_dir_all(&folder).ok();
    assert_eq!(code, Some(1));
    let hint = "message is empty, so its findings would say nothing. Say what to write instead, or leave `message` out for the rule kind's own.";
    assert_eq!(lines, [format!("{file}: rules[1].message: {hint}"), format!("{file}: rules[2].message: {hint}")]);
}

#[test]
fn a_preset_file_starting_with_a_byte_order_mark_is_accepted() {
    let folder = folder_with("bom", &[("team.json", &format!("\u{feff}{BASE}"))]);
    let (code, lines) = check(&folder.join("team.json").to_string_lossy());
    std::fs::remove_dir_all(&folder).ok();
    assert_eq!(code, Some(0), "{lines:?}");
}
