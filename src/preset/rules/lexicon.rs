//! All of a preset's phrase rules (`avoid`, `substitute`) matched by one automaton, so a preset with thousands of
//! phrases costs one pass over the draft, not one pass per rule.

use super::phrases::PhraseSet;
use super::template::Template;
use crate::engine::rules::match_case;
use crate::engine::{Analysis, Effect, Finding, Principle, Rule};

/// An `avoid` or `substitute` rule once checked: its phrases, each with the rewrite it offers.
pub struct PhraseRule {
    pub id: String,
    pub description: String,
    pub principle: Principle,
    pub message: Template,
    /// Each phrase and its rewrite, if any.
    pub phrases: Vec<(String, Option<String>)>,
    /// Whether a rewrite takes a capital first letter when the matched text has one.
    pub match_case: bool,
}

/// The engine rule that runs every phrase rule of a preset at once; its findings carry each phrase rule's own id.
pub struct Lexicon {
    rules: Vec<PhraseRule>,
    /// For each phrase of the automaton, the rule and the phrase's index in it.
    owners: Vec<(usize, usize)>,
    phrases: PhraseSet,
}

impl Lexicon {
    /// One automaton over every phrase of `rules`; fails only when they are too many or too long for it.
    pub fn new(rules: Vec<PhraseRule>) -> Result<Self, String> {
        let owners: Vec<(usize, usize)> =
            rules.iter().enumerate().flat_map(|(r, rule)| (0..rule.phrases.len()).map(move |p| (r, p))).collect();
        let phrases = PhraseSet::new(owners.iter().map(|&(r, p)| rules[r].phrases[p].0.as_str()))?;
        Ok(Self { rules, owners, phrases })
    }
}

impl Rule for Lexicon {
    fn id(&self) -> &str {
        "preset.phrases"
    }
    fn description(&self) -> &str {
        "The preset's phrase rules, matched together."
    }
    fn principle(&self) -> Principle {
        Principle::Voicing
    }
    fn effect(&self) -> Option<Effect> {
        Some(Effect::Issue)
    }
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        for found in self.phrases.find(document.folded()) {
            let (rule_index, phrase_index) = self.owners[found.phrase];
            let rule = &self.rules[rule_index];
            let matched = &document.text[found.start..found.end];
            let replacement = rule.phrases[phrase_index].1.as_deref().map(|replacement| {
                if rule.match_case {
                    match_case(matched, replacement)
                } else {
                    replacement.to_string()
                }
            });
            findings.push(Finding {
                rule: rule.id.clone(),
                principle: rule.principle,
                effect: Effect::Issue,
                start: document.utf16(found.start),
                end: document.utf16(found.end),
                message: rule
                    .message
                    .render(&[("match", matched), ("replacement", replacement.as_deref().unwrap_or(""))]),
                replacement,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::error::JsonPath;

    fn rule(id: &str, phrases: &[(&str, Option<&str>)], match_case: bool) -> PhraseRule {
        PhraseRule {
            id: id.into(),
            description: String::new(),
            principle: Principle::Voicing,
            message: Template::parse("{match}", &["match"], &JsonPath::root(), &mut Vec::new()),
            phrases: phrases.iter().map(|(p, r)| (p.to_string(), r.map(str::to_string))).collect(),
            match_case,
        }
    }

    #[test]
    fn findings_carry_each_phrase_rules_own_id() {
        let lexicon = Lexicon::new(vec![
            rule("no-hard-sell", &[("buy now", None)], false),
            rule("members-not-users", &[("users", Some("community members"))], true),
        ]);
        let mut findings = Vec::new();
        if let Ok(lexicon) = lexicon {
            lexicon.check(
                &crate::engine::Analysis::new(&crate::engine::Document::new("Users: buy now", None)),
                &mut findings,
            );
        }
        let found: Vec<_> = findings.iter().map(|f| (f.rule.as_str(), f.start, f.replacement.as_deref())).collect();
        assert_eq!(found, [("members-not-users", 0, Some("Community members")), ("no-hard-sell", 7, None)]);
    }
}
