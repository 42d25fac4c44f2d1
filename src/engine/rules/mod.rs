//! The built-in rules, one per file, and the trait they share.

mod call_to_action;
mod condescension;
mod gratitude;
mod open_question;
mod phrases;

use super::{Document, Finding, Principle};

/// A rule looks at a document and reports findings.
pub trait Rule: Send + Sync {
    /// A stable id, e.g. `builtin.gratitude`; presets refer to rules by it.
    fn id(&self) -> &str;
    /// What the rule looks for and why, in plain words.
    fn description(&self) -> &str;
    fn principle(&self) -> Principle;
    fn check(&self, document: &Document, findings: &mut Vec<Finding>);
}

/// Every built-in rule, in a fixed order.
pub fn builtin() -> &'static [&'static dyn Rule] {
    &[&gratitude::Gratitude, &condescension::Condescension, &open_question::OpenQuestion, &call_to_action::CallToAction]
}
