//! `tact fit` end to end on a small made-up data folder: the table and its provenance are written beside each
//! other, two runs (two processes, two hash seeds) write the same bytes, `--check` passes on what the fit wrote and
//! fails with the row that differs, and a failed read or write says which, with the path.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn tact(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tact")).args(args).stdin(Stdio::null()).output().expect("the tact binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A folder of its own (by test and process) under the system's temporary folder, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("tact-fit-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).expect("the temporary folder is writable");
        Folder(path)
    }

    fn file(&self, relative: &str) -> String {
        self.0.join(relative).display().to_string()
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Made-up drafts: kind ones (thanks, a question about their view) and rude or promotional ones, in turns.
fn drafts(count: usize) -> Vec<(String, bool)> {
    let kind = [
        "Thanks so much for the detailed report, what do you think we should try next?",
        "I see your point and appreciate you sharing it, how did it go for you?",
        "Thank you, that makes sense; could you tell me more about the setup?",
    ];
    let unkind = [
        "You are an idiot and this is a stupid question, obviously.",
        "Check out my channel and subscribe now!!! Link in bio",
        "Whatever, everyone knows you are wrong, stop whining.",
    ];
    (0..count)
        .map(|i| if i % 2 == 0 { (kind[i % 3].to_string(), true) } else { (unkind[i % 3].to_string(), false) })
        .collect()
}

/// A data folder laid out as ../shared/data's README says, with a few dozen made-up rows per file.
fn data_folder(name: &str) -> Folder {
    let folder = Folder::new(name);
    for sub in ["respect", "listening", "promotion"] {
        fs::create_dir_all(folder.0.join(sub)).expect("a data subfolder");
    }
    let quoted = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let mut politeness = String::from("Community,Id,Request,Normalized Score\n");
    let mut receptiveness = String::from("text,receptive\n");
    let mut tweets = String::from("label\ttext\n");
    for (i, (draft, kind)) in drafts(60).iter().enumerate() {
        let score = if *kind { 0.5 + (i % 5) as f64 / 10.0 } else { -0.5 - (i % 7) as f64 / 10.0 };
        politeness.push_str(&format!("Wikipedia,{i},{},{score}\n", quoted(draft)));
        receptiveness.push_str(&format!("{},{}\n", quoted(draft), -score));
        tweets.push_str(&format!("{}\t@user {draft}\n", u8::from(!kind)));
    }
    let write = |relative: &str, contents: &str| fs::write(folder.0.join(relative), contents).expect("a data file");
    write("respect/politeness-wikipedia.csv", &politeness);
    write("listening/receptiveness.csv", &receptiveness);
    write("respect/offensive-tweets-train.tsv", &tweets);
    write("respect/offensive-tweets-val.tsv", &tweets);
    for video in ["Youtube01-Psy.csv", "Youtube02-KatyPerry.csv", "Youtube03-LMFAO.csv"] {
        let mut comments = String::from("COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n");
        for (i, (draft, kind)) in drafts(30).iter().enumerate() {
            comments.push_str(&format!("c{i},someone,2014-01-01,{},{}\n", quoted(draft), u8::from(!kind)));
        }
        write(&format!("promotion/{video}"), &comments);
    }
    folder
}

#[test]
fn the_fit_writes_its_table_and_provenance_the_same_way_twice_and_check_passes_on_them() {
    let data = data_folder("twice");
    let out = Folder::new("twice-out");
    let (table, provenance) = (out.file("weights.rs"), out.file("weights.provenance.tsv"));
    let data_dir = data.0.display().to_string();
    let first = tact(&["fit", &data_dir, "--out", &table]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let written =
        (fs::read_to_string(&table).expect("the table"), fs::read_to_string(&provenance).expect("provenance"));
    assert!(written.0.contains("pub const RULES"), "{}", written.0);
    assert!(written.1.starts_with("row\tkind\taxis\tprior\tweight\theld at floor\t"), "{}", written.1);
    assert!(written.1.contains("\nbuiltin.gratitude\trule\trespect\t0.8\t"), "{}", written.1);

    let stdout = tact(&["fit", &data_dir]);
    assert_eq!(text(&stdout.stdout), written.0, "the table printed is the table written");

    let check = tact(&["fit", &data_dir, "--check", "--out", &table]);
    assert_eq!(check.status.code(), Some(0), "{}{}", text(&check.stdout), text(&check.stderr));
    assert!(text(&check.stdout).contains("weights.provenance.tsv is what the fit writes"), "{}", text(&check.stdout));

    let (gratitude, changed) = table_row(&written.0, "builtin.gratitude");
    fs::write(&table, written.0.replace(&gratitude, &changed)).expect("the table is writable");
    let check = tact(&["fit", &data_dir, "--check", "--out", &table]);
    let report = text(&check.stdout);
    assert_eq!(check.status.code(), Some(1), "{report}");
    assert!(report.contains("FIT CHECK FAILED") && report.contains("RULES \"builtin.gratitude\": listening 9.0 -> "));
    assert!(!report.contains("weights.provenance.tsv is not"), "the provenance still matches: {report}");
}

/// A rule's row in a table, and the same row with its listening weight changed to 9.0 (rows are in thousandths).
fn table_row(table: &str, rule: &str) -> (String, String) {
    let row = table.lines().find(|line| line.contains(&format!("(\"{rule}\", ["))).expect("the rule's row");
    let (head, weights) = row.split_once('[').expect("a row of weights");
    let rest = weights.split_once(',').expect("three weights").1;
    (row.to_string(), format!("{head}[9000,{rest}"))
}

#[test]
fn a_data_folder_that_is_not_there_cannot_be_read_and_a_table_that_cannot_be_written_says_so() {
    let output = tact(&["fit", "/no/such/data-folder"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stderr).trim(), "tact: cannot read /no/such/data-folder: no such data folder");

    let data = data_folder("unwritable");
    let table = Path::new("/no/such/folder/weights.rs").display().to_string();
    let output = tact(&["fit", &data.0.display().to_string(), "--out", &table]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with(&format!("tact: cannot write {table}: ")), "{}", text(&output.stderr));
}

#[test]
fn a_data_folder_missing_a_file_names_it() {
    let data = data_folder("missing");
    fs::remove_file(data.0.join("listening/receptiveness.csv")).expect("the file was written");
    let output = tact(&["fit", &data.0.display().to_string()]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("tact fit needs all the data; missing: ") && stderr.contains("receptiveness.csv"),
        "{stderr}"
    );
}
