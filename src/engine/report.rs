//! The engine's answer for one draft: scores, findings with UTF-16 spans, and what moved each score.

use serde::{Deserialize, Serialize};

pub use super::document::Language;
use super::{Axis, PerAxis};

/// Which of Isaacs' principles of dialogue (or the warning against promotion) a finding serves.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Principle {
    Listening,
    Suspending,
    Respecting,
    Voicing,
    Promotion,
}

impl Principle {
    /// The principle as the report's JSON names it.
    pub const fn name(self) -> &'static str {
        match self {
            Principle::Listening => "listening",
            Principle::Suspending => "suspending",
            Principle::Respecting => "respecting",
            Principle::Voicing => "voicing",
            Principle::Promotion => "promotion",
        }
    }

    /// The score a principle is measured by; `None` for suspending and voicing, which weigh on listening and
    /// respect together.
    pub const fn own_axis(self) -> Option<Axis> {
        match self {
            Principle::Listening => Some(Axis::Listening),
            Principle::Respecting => Some(Axis::Respect),
            Principle::Promotion => Some(Axis::Promotion),
            Principle::Suspending | Principle::Voicing => None,
        }
    }
}

/// Whether a finding is something the draft does well or something to fix. The UI underlines issues, lists
/// strengths apart ("What works"), and the pre-post check never holds a post for a strength.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    /// What works: thanking, asking about their view, acknowledging, hedging, "please".
    Strength,
    /// What to fix: condescension, absolutes, boilerplate, a sales pitch.
    Issue,
}

impl Effect {
    /// The effect as the report's JSON names it.
    pub const fn name(self) -> &'static str {
        match self {
            Effect::Strength => "strength",
            Effect::Issue => "issue",
        }
    }
}

/// One thing the engine noticed in the draft.
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's id, e.g. `builtin.condescension`.
    pub rule: String,
    pub principle: Principle,
    /// A strength or an issue, as its rule declares (never from the fitted weights).
    pub effect: Effect,
    /// Start offset in UTF-16 code units (what JavaScript strings use).
    pub start: u32,
    /// End offset (exclusive) in UTF-16 code units.
    pub end: u32,
    /// What the writer should know, in plain words.
    pub message: String,
    /// A concrete rewrite of the span, where one exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
}

/// The three scores, each in [0, 1]. `promotion` is higher when the draft is more promotional.
pub type Scores = PerAxis<f64>;

/// How much one feature moved one score.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// The rule id, or `word:<phrase>` for an entry of the fitted word table.
    pub feature: String,
    /// In score units (signed): the score minus what it would be without this feature.
    pub delta: f64,
    /// The feature's term in logit units (weight x value), which add up exactly.
    pub logit: f64,
    /// For a `word:` feature, the UTF-16 span `[start, end)` of the word; a rule's spans are its findings'.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<[u32; 2]>,
}

/// For each score, the contributions that moved it away from its baseline, largest first.
pub type Explanation = PerAxis<Vec<Contribution>>;

/// Everything the engine says about one draft.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub scores: Scores,
    pub findings: Vec<Finding>,
    pub explanation: Explanation,
    /// `en` when the scores cover the text; `other` when it is in a language they do not cover, in
    /// which case the scores are neutral and there are no findings.
    pub language: Language,
}

#[cfg(test)]
mod tests {
    use super::{Effect, Language, Principle};

    fn json(value: impl serde::Serialize) -> String {
        serde_json::to_string(&value).unwrap_or_default()
    }

    #[test]
    fn each_name_is_the_json_s() {
        for principle in [
            Principle::Listening,
            Principle::Suspending,
            Principle::Respecting,
            Principle::Voicing,
            Principle::Promotion,
        ] {
            assert_eq!(json(principle), format!("\"{}\"", principle.name()));
        }
        for effect in [Effect::Strength, Effect::Issue] {
            assert_eq!(json(effect), format!("\"{}\"", effect.name()));
        }
        for language in [Language::English, Language::Other] {
            assert_eq!(json(language), format!("\"{}\"", language.name()));
        }
    }
}
