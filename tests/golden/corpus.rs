//! The golden corpus: realistic drafts a community team writes (`drafts.jsonl`), each with what the team expects
//! of it, and pairs of versions of the same reply with the expected order of their scores (`orderings.jsonl`);
//! read the same way by the snapshot test of their reports and by the test of the team's expectations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One draft of the corpus.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Stable id, `group.name`: the group (before the dot) names the snapshot the draft's report is in.
    pub id: String,
    /// What the draft is, in one line.
    pub note: String,
    /// The post the draft answers, when it is a reply.
    pub context: Option<String>,
    pub text: String,
    /// What a community manager expects of it.
    #[serde(default)]
    pub expect: Expect,
}

impl Draft {
    pub fn group(&self) -> &str {
        self.id.split_once('.').map_or(self.id.as_str(), |(group, _)| group)
    }
}

/// A team's expectations of one draft; every field is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// `en` or `other`: whether the scores can cover the text.
    pub language: Option<String>,
    /// Whether `builtin:default`'s pre-post check should stop it.
    pub gate: Option<Gate>,
    /// Score bands: `high` is at least 0.75, `low` under 0.25 (for promotion, high is MORE promotional).
    #[serde(default)]
    pub bands: BTreeMap<Axis, Band>,
    /// Listening acts the draft shows, each with the words that show it (a substring of `text`).
    #[serde(default)]
    pub acts: BTreeMap<Act, String>,
    /// The draft shows no listening act at all.
    #[serde(default)]
    pub no_acts: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gate {
    Stop,
    Pass,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Axis {
    Listening,
    Respect,
    Promotion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    High,
    Low,
}

/// The listening acts of motivational interviewing's OARS and Isaacs that a team can label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Act {
    /// A question to the reader.
    Question,
    /// A statement of their feeling, meaning or situation ("so the export fails whenever...").
    Reflection,
    /// Acknowledgement or validation ("that makes sense", "you're right").
    Acknowledgement,
    /// Answers the question they asked.
    Answers,
    /// Takes up their own words or concern.
    TakesUpWords,
}

/// Two versions of a reply and the expected order of one score, as the badge shows it (0-100).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ordering {
    pub axis: Axis,
    pub a: String,
    /// `>`: a's badge is above b's; `<`: below; `<=`: not above.
    pub rel: String,
    pub b: String,
    /// Why a community manager expects it.
    pub why: String,
}

/// `tests/golden/NAME`.
pub fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

fn lines<T: for<'de> Deserialize<'de>>(name: &str) -> Vec<T> {
    let file = path(name);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(number, line)| {
            serde_json::from_str(line).unwrap_or_else(|error| panic!("{name} line {}: {error}", number + 1))
        })
        .collect()
}

/// Every draft, in file order; panics on a line that is not a draft, a repeated id or a label that cannot hold.
pub fn drafts() -> Vec<Draft> {
    let drafts: Vec<Draft> = lines("drafts.jsonl");
    for (index, draft) in drafts.iter().enumerate() {
        assert!(draft.id.contains('.'), "drafts.jsonl: id {:?} has no group", draft.id);
        assert!(!drafts[..index].iter().any(|d| d.id == draft.id), "drafts.jsonl: id {} repeated", draft.id);
        for (act, words) in &draft.expect.acts {
            assert!(
                draft.text.contains(words.as_str()),
                "{}: the {act:?} words {words:?} are not in the text",
                draft.id
            );
        }
        assert!(!draft.expect.no_acts || draft.expect.acts.is_empty(), "{}: no_acts beside acts", draft.id);
    }
    drafts
}

/// Every ordering, checked against the drafts' ids.
pub fn orderings(drafts: &[Draft]) -> Vec<Ordering> {
    let orderings: Vec<Ordering> = lines("orderings.jsonl");
    for ordering in &orderings {
        for id in [&ordering.a, &ordering.b] {
            assert!(drafts.iter().any(|d| &d.id == id), "orderings.jsonl: no draft {id}");
        }
        assert!(["<", ">", "<="].contains(&ordering.rel.as_str()), "orderings.jsonl: relation {:?}", ordering.rel);
    }
    orderings
}
