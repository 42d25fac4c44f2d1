//! The preset file format (`"format": 1`): the Rust types are the contract and the source of the JSON Schema.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::engine::{Axis, Principle};

/// The newest preset `format` this version of Tact understands.
pub const FORMAT: u32 = 1;

/// A Tact team preset: the rules, thresholds and pre-post check a team writes to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(title = "Tact team preset")]
pub struct Preset {
    /// The JSON Schema an editor uses for completion, e.g. `./preset.schema.json` (Tact ignores it).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The preset format version. This Tact understands format 1.
    pub format: u32,
    /// A stable identifier: lower-case letters, digits and dashes, e.g. `acme-community`.
    pub id: String,
    /// The name people see, e.g. `ACME community voice`.
    pub name: String,
    /// The preset's own version, e.g. `2.4.0`, shown as "last updated" information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// What the preset is for, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The preset this one builds on: `builtin:default`, `builtin:support-desk`, `builtin:launch`, or another preset
    /// (a file next to this one). At most 3 levels deep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
    /// Thresholds on the three scores for the pre-post check.
    #[serde(default, skip_serializing_if = "Checks::is_empty")]
    pub checks: Checks,
    /// What happens when Post is pressed on a draft that crosses a threshold or has a `warn` finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate: Option<GateMode>,
    /// The team's own rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<RuleSpec>,
    /// Rules (built-in or inherited) turned off or given another severity, by rule id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<String, Severity>,
    /// Drafts the preset is tried on before it is accepted, with the rules each must (not) trigger.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tests: Vec<PresetTest>,
}

/// A threshold per score; a score without one never stops a post.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Checks {
    /// Listening (higher is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listening: Option<Check>,
    /// Respect (higher is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respect: Option<Check>,
    /// Promotional tone (higher is MORE promotional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion: Option<Check>,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        self.listening.is_none() && self.respect.is_none() && self.promotion.is_none()
    }

    /// The check of one score, if the preset sets one.
    pub fn get(&self, axis: Axis) -> &Option<Check> {
        match axis {
            Axis::Listening => &self.listening,
            Axis::Respect => &self.respect,
            Axis::Promotion => &self.promotion,
        }
    }

    /// The check of one score, to change it.
    pub fn get_mut(&mut self, axis: Axis) -> &mut Option<Check> {
        match axis {
            Axis::Listening => &mut self.listening,
            Axis::Respect => &mut self.respect,
            Axis::Promotion => &mut self.promotion,
        }
    }
}

/// One score's check. Scores run from 0 to 1 (the badge shows them as 0-100).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Check {
    /// Whether this score takes part in the pre-post check (default: true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Stop the post when the score is above this, e.g. `0.6` for promotion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub warn_above: Option<f64>,
    /// Stop the post when the score is below this, e.g. `0.4` for respect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub warn_below: Option<f64>,
}

/// The pre-post check's mode.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum GateMode {
    /// No check: posts go out at once.
    Off,
    /// Show the top issues with "Edit" and "Post anyway" (the default).
    #[default]
    Warn,
    /// As `warn`, but posting anyway asks for a short reason.
    Hold,
}

/// How much a rule's findings count.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The rule does not run.
    Off,
    /// Underlined, but never stops a post by itself.
    Hint,
    /// Underlined, and listed by the pre-post check, which then stops the post. The check lists only issues, so a
    /// rule that finds strengths (`builtin.gratitude`, `builtin.please`) works as `hint` at `warn`.
    Warn,
}

/// Which principle a rule serves (shown on its findings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PrincipleName {
    Listening,
    Suspending,
    Respecting,
    Voicing,
    Promotion,
}

impl From<PrincipleName> for Principle {
    fn from(name: PrincipleName) -> Self {
        match name {
            PrincipleName::Listening => Principle::Listening,
            PrincipleName::Suspending => Principle::Suspending,
            PrincipleName::Respecting => Principle::Respecting,
            PrincipleName::Voicing => Principle::Voicing,
            PrincipleName::Promotion => Principle::Promotion,
        }
    }
}

/// One of the team's rules; `kind` says which sort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum RuleSpec {
    Avoid(AvoidRule),
    Substitute(SubstituteRule),
    Occurrence(OccurrenceRule),
    Pattern(PatternRule),
}

impl RuleSpec {
    pub fn id(&self) -> &str {
        self.common().id
    }

    pub fn kind(&self) -> &'static str {
        match self {
            RuleSpec::Avoid(_) => "avoid",
            RuleSpec::Substitute(_) => "substitute",
            RuleSpec::Occurrence(_) => "occurrence",
            RuleSpec::Pattern(_) => "pattern",
        }
    }

    /// The fields every kind shares.
    pub fn common(&self) -> Common<'_> {
        match self {
            RuleSpec::Avoid(rule) => rule.common(),
            RuleSpec::Substitute(rule) => rule.common(),
            RuleSpec::Occurrence(rule) => rule.common(),
            RuleSpec::Pattern(rule) => rule.common(),
        }
    }
}

/// The fields every rule kind has, borrowed from whichever kind it is.
#[derive(Debug, Clone, Copy)]
pub struct Common<'a> {
    pub id: &'a str,
    pub description: Option<&'a str>,
    pub principle: Option<PrincipleName>,
    pub message: Option<&'a str>,
    pub severity: Option<Severity>,
}

/// Declares a rule kind: the fields every kind shares (`id`, `description`, `principle`, `message`, `severity`)
/// followed by the kind's own fields, and `common()`, which borrows the shared ones.
macro_rules! rule_kind {
    ($(#[$doc:meta])* pub struct $kind:ident { $($(#[$attr:meta])* pub $field:ident: $type:ty,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields, rename_all = "camelCase")]
        pub struct $kind {
            /// The rule's id, unique in the preset: lower-case letters, digits and dashes, e.g. `no-hard-sell`.
            pub id: String,
            /// What the rule is for, shown on the options page.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub description: Option<String>,
            /// The principle its findings serve (default: `voicing`, the team's own voice).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub principle: Option<PrincipleName>,
            /// The message on each finding; `{match}` stands for the text found.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub message: Option<String>,
            /// `warn` (the default) stops the post at the pre-post check; `hint` only underlines.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub severity: Option<Severity>,
            $($(#[$attr])* pub $field: $type,)*
        }

        impl $kind {
            fn common(&self) -> Common<'_> {
                Common {
                    id: &self.id,
                    description: self.description.as_deref(),
                    principle: self.principle,
                    message: self.message.as_deref(),
                    severity: self.severity,
                }
            }
        }
    };
}

rule_kind! {
    /// Flags each of these phrases (whole words, any case).
    pub struct AvoidRule {
        /// The phrases to avoid, e.g. `["buy now", "limited time"]`.
        pub phrases: Vec<String>,
        /// A rewrite offered for every phrase (optional).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub replacement: Option<String>,
    }
}

rule_kind! {
    /// Offers the team's preferred wording: each key is replaced by its value.
    pub struct SubstituteRule {
        /// Phrase to preferred wording, e.g. `{"users": "community members"}`. The message may use `{replacement}`.
        pub swap: BTreeMap<String, String>,
    }
}

rule_kind! {
    /// Flags what goes past a count, e.g. more than 2 hashtags.
    pub struct OccurrenceRule {
        /// What to count.
        pub count: Countable,
        /// How many are fine; each one past this is flagged. The message may use `{count}` and `{max}`.
        pub max: u32,
    }
}

/// Things an `occurrence` rule can count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Countable {
    Hashtags,
    Mentions,
    Links,
    Emoji,
    ExclamationMarks,
}

rule_kind! {
    /// Flags text matching a regular expression (Rust `regex` syntax, linear time, size-capped).
    pub struct PatternRule {
        /// The regular expression, e.g. `\\b(?:DM|PM) us\\b`.
        pub pattern: String,
        /// Match case exactly (default: false, any case).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub case_sensitive: Option<bool>,
        /// A rewrite offered for every match (optional).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub replacement: Option<String>,
    }
}

/// A draft the preset is tried on before it is accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PresetTest {
    /// The draft.
    pub text: String,
    /// The post it replies to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Rule ids that must fire on the draft.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expect: Vec<String>,
    /// Rule ids that must not fire on the draft.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expect_not: Vec<String>,
    /// Whether the pre-post check must stop this draft (`true`) or let it through (`false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_gate: Option<bool>,
}
