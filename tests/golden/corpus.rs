//! The golden corpus: realistic drafts a community team writes (`drafts.jsonl`, one JSON object a line), read
//! the same way by the snapshot test of their reports and by the test of the team's expectations.

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
}

impl Draft {
    pub fn group(&self) -> &str {
        self.id.split_once('.').map_or(self.id.as_str(), |(group, _)| group)
    }
}

/// `tests/golden/NAME`.
pub fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

/// Every draft, in file order; panics with the line number on a line that is not a draft or on a repeated id.
pub fn drafts() -> Vec<Draft> {
    let file = path("drafts.jsonl");
    let text = std::fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
    let mut drafts: Vec<Draft> = Vec::new();
    for (number, line) in text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()) {
        let draft: Draft =
            serde_json::from_str(line).unwrap_or_else(|error| panic!("drafts.jsonl line {}: {error}", number + 1));
        assert!(draft.id.contains('.'), "drafts.jsonl line {}: id {:?} has no group", number + 1, draft.id);
        assert!(!drafts.iter().any(|d| d.id == draft.id), "drafts.jsonl line {}: id {} repeated", number + 1, draft.id);
        drafts.push(draft);
    }
    drafts
}
