//! Loads a preset: reads it, follows `extends` (at most 3 deep, no cycles), merges, compiles and runs its tests.
//!
//! Accepting is all or nothing: `load` returns a new [`ActivePreset`] or every error, and changes nothing else.

use super::active::{builtin_rule_ids, ActivePreset};
use super::builtin;
use super::error::{JsonPath, PresetError, PresetErrors};
use super::limits::MAX_EXTENDS_DEPTH;
use super::merge::{merge, Merged};
use super::selftest;
use super::suggest;
use super::validate;

/// A preset document and the name it is known by (a file path, a URL, `builtin:default`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// Finds the preset an `extends` names (built-ins are found without it).
pub trait Resolver {
    /// The document `reference` names, as seen from the document named `from`; or why it cannot be had.
    fn resolve(&self, reference: &str, from: &str) -> Result<Source, String>;
}

/// A resolver for where only built-in presets can be extended (a pasted preset, the extension today).
pub struct BuiltinsOnly;

impl Resolver for BuiltinsOnly {
    fn resolve(&self, _reference: &str, _from: &str) -> Result<Source, String> {
        Err(format!(
            "only the built-in presets ({}) can be extended here",
            suggest::list(builtin::NAMES.iter().copied())
        ))
    }
}

/// Loads `source` and everything it extends; returns the preset ready to run, or every error found in any of them.
pub fn load(source: &Source, resolver: &dyn Resolver) -> Result<ActivePreset, PresetErrors> {
    let mut chain = Vec::new();
    load_layer(source, resolver, &mut chain).map(|(_, active)| active).map_err(|errors| PresetErrors { errors })
}

fn load_layer(
    source: &Source,
    resolver: &dyn Resolver,
    chain: &mut Vec<String>,
) -> Result<(Merged, ActivePreset), Vec<PresetError>> {
    let document = (!chain.is_empty()).then(|| source.name.clone());
    chain.push(source.name.clone());
    let result = read_layer(source, resolver, chain);
    chain.pop();
    result.map_err(|(own, inherited)| {
        let mut errors: Vec<PresetError> =
            own.into_iter().map(|error| PresetError { document: document.clone(), ..error }).collect();
        errors.extend(inherited);
        errors
    })
}

/// Reads one layer; on failure, its own errors (to be tagged with its name) and its parents' (already tagged).
fn read_layer(
    source: &Source,
    resolver: &dyn Resolver,
    chain: &mut Vec<String>,
) -> Result<(Merged, ActivePreset), (Vec<PresetError>, Vec<PresetError>)> {
    let parsed = validate::parse(&source.text);
    let mut own = parsed.errors;
    let mut inherited = Vec::new();
    let parent = match &parsed.extends {
        Some(reference) => match parent_source(reference, source, resolver, chain) {
            Ok(parent) => match load_layer(&parent, resolver, chain) {
                Ok((merged, _)) => Some(merged),
                Err(errors) => {
                    inherited = errors;
                    None
                }
            },
            Err(error) => {
                own.push(error);
                None
            }
        },
        None => Some(Merged::default()),
    };
    let (Some(preset), Some(parent), true) = (parsed.preset, parent, own.is_empty() && inherited.is_empty()) else {
        return Err((own, inherited));
    };
    let merged = merge(parent, &preset, &source.name);
    let mut known: Vec<&str> = builtin_rule_ids().collect();
    known.extend(merged.rules.iter().map(|rule| rule.id()));
    for id in preset.overrides.keys().filter(|id| !known.contains(&id.as_str())) {
        let hint = suggest::did_you_mean(id, known.iter().copied())
            .unwrap_or_else(|| format!("Rules here: {}.", suggest::list(known.iter().copied())));
        own.push(
            PresetError::new(
                &JsonPath::root().key("overrides").key(id),
                format!("there is no rule `{id}` to override."),
            )
            .with_hint(hint),
        );
    }
    if !own.is_empty() {
        return Err((own, inherited));
    }
    let active = ActivePreset::compile(&merged).map_err(|errors| (errors, Vec::new()))?;
    let failures = selftest::run(&preset.tests, &active);
    if failures.is_empty() {
        Ok((merged, active))
    } else {
        Err((failures, inherited))
    }
}

/// The document `extends` names, once the chain is known to stay short and free of cycles.
fn parent_source(
    reference: &str,
    source: &Source,
    resolver: &dyn Resolver,
    chain: &[String],
) -> Result<Source, PresetError> {
    let path = JsonPath::root().key("extends");
    if chain.len() > MAX_EXTENDS_DEPTH {
        return Err(PresetError::new(
            &path,
            format!(
                "presets extend each other more than {MAX_EXTENDS_DEPTH} levels deep ({} → {reference}).",
                chain.join(" → ")
            ),
        )
        .with_hint("Fold one of these presets into its parent."));
    }
    let parent = if let Some(name) = reference.strip_prefix(builtin::PREFIX) {
        builtin::source(name).ok_or_else(|| {
            let hint = suggest::closest(name, builtin::NAMES.iter().map(|n| &n[builtin::PREFIX.len()..]))
                .map(|closest| format!("Did you mean `{}{closest}`?", builtin::PREFIX))
                .unwrap_or_else(|| format!("Built-in presets: {}.", suggest::list(builtin::NAMES.iter().copied())));
            PresetError::new(&path, format!("there is no built-in preset `{reference}`.")).with_hint(hint)
        })?
    } else {
        resolver.resolve(reference, &source.name).map_err(|why| {
            PresetError::new(&path, format!("cannot read `{reference}`: {why}."))
                .with_hint("Check the name; a parent preset is looked up next to this one.")
        })?
    };
    if chain.contains(&parent.name) {
        return Err(PresetError::new(
            &path,
            format!("`{reference}` is already in this chain ({} → {}).", chain.join(" → "), parent.name),
        )
        .with_hint("Presets cannot extend each other in a circle: remove one of these `extends`."));
    }
    Ok(parent)
}
