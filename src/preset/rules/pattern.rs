//! `pattern`: flags text matching a team's regular expression, e.g. `\b(?:DM|PM) us\b`.
//!
//! ## What it does
//! Underlines each match of the expression (any case unless `caseSensitive`), with the rule's message.
//!
//! ## Why
//! Some wording has too many forms for a phrase list (ticket numbers, prices, "click the link below").
//! The `regex` crate matches in linear time and the compiled size is capped, so no preset can slow typing down.

use regex::{Regex, RegexBuilder};

use super::own::{Match, Matcher, OwnRule};
use super::principle;
use super::template::{check_length, Template};
use crate::messages as m;
use crate::preset::error::{JsonPath, PresetError};
use crate::preset::format::PatternRule;
use crate::preset::limits::{MAX_PATTERN_CHARS, MAX_REGEX_BYTES};
use crate::say;

const DEFAULT_MESSAGE: &str = "This team avoids '{match}'.";

/// A `pattern` rule's compiled expression, with the message and the rewrite for each match.
pub struct Pattern {
    message: Template,
    replacement: Option<String>,
    regex: Regex,
}

pub fn compile(spec: &PatternRule, path: &JsonPath, errors: &mut Vec<PresetError>) -> Option<OwnRule<Pattern>> {
    let pattern_path = path.key("pattern");
    let message =
        Template::parse(spec.message.as_deref().unwrap_or(DEFAULT_MESSAGE), &["match"], &path.key("message"), errors);
    if let Some(replacement) = &spec.replacement {
        check_length(replacement, "replacement", &path.key("replacement"), errors);
    }
    let length = spec.pattern.chars().count();
    if length > MAX_PATTERN_CHARS {
        errors.push(
            PresetError::new(
                &pattern_path,
                say!(m::PRESET_ERROR_PATTERN_TOO_LONG, length.to_string(), MAX_PATTERN_CHARS.to_string()),
            )
            .with_hint(say!(m::PRESET_ERROR_SPLIT_PATTERN)),
        );
        return None;
    }
    let regex = RegexBuilder::new(&spec.pattern)
        .case_insensitive(!spec.case_sensitive.unwrap_or(false))
        .size_limit(MAX_REGEX_BYTES)
        .dfa_size_limit(MAX_REGEX_BYTES)
        .build();
    let regex = match regex {
        Ok(regex) => regex,
        Err(regex::Error::CompiledTooBig(limit)) => {
            errors.push(
                PresetError::new(&pattern_path, say!(m::PRESET_ERROR_PATTERN_TOO_BIG, (limit / 1024).to_string()))
                    .with_hint(say!(m::PRESET_ERROR_SMALLER_REPETITIONS)),
            );
            return None;
        }
        Err(error) => {
            let detail = error.to_string();
            let last_line = detail.lines().next_back().unwrap_or_default().trim_start_matches("error: ").to_string();
            errors.push(
                PresetError::new(&pattern_path, say!(m::PRESET_ERROR_BAD_REGEX, last_line))
                    .with_hint(say!(m::PRESET_ERROR_REGEX_SYNTAX)),
            );
            return None;
        }
    };
    if regex.is_match("") {
        errors.push(
            PresetError::new(&pattern_path, say!(m::PRESET_ERROR_PATTERN_EMPTY))
                .with_hint(say!(m::PRESET_ERROR_NO_EMPTY_MATCH)),
        );
    }
    let description = spec.description.clone().unwrap_or_else(|| format!("Text matching `{}`.", spec.pattern));
    Some(OwnRule {
        id: spec.id.clone(),
        description,
        principle: principle(spec.principle),
        matcher: Pattern { message, replacement: spec.replacement.clone(), regex },
    })
}

impl Matcher for Pattern {
    fn matches(&self, text: &str) -> Vec<Match> {
        self.regex
            .find_iter(text)
            .filter(|found| !found.is_empty())
            .map(|found| Match {
                span: (found.start(), found.end()),
                message: self.message.render(&[("match", found.as_str())]),
                replacement: self.replacement.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::engine::{Document, Rule};
    use crate::preset::rules::testing::compiled;

    fn rule(spec: serde_json::Value) -> Result<OwnRule<Pattern>, Vec<String>> {
        compiled(spec, 2, compile)?.ok_or_else(Vec::new)
    }

    fn matches(rule: &OwnRule<Pattern>, text: &str) -> Vec<String> {
        let mut findings = Vec::new();
        rule.check(&crate::engine::Analysis::new(&Document::new(text, None)), &mut findings);
        findings.iter().map(|f| format!("{}-{} {}", f.start, f.end, f.message)).collect()
    }

    #[test]
    fn matches_are_underlined_in_any_case() {
        let Ok(dm) =
            rule(json!({"id": "no-dm-us", "pattern": "\\b(?:dm|pm) us\\b", "message": "Answer here: '{match}'."}))
        else {
            panic!("the pattern should compile")
        };
        assert_eq!(
            matches(&dm, "Please DM us or pm us."),
            ["7-12 Answer here: 'DM us'.", "16-21 Answer here: 'pm us'."]
        );
    }

    #[test]
    fn case_sensitive_patterns_respect_case() {
        let Ok(shout) = rule(json!({"id": "no-asap", "pattern": "ASAP", "caseSensitive": true})) else {
            panic!("the pattern should compile")
        };
        assert_eq!(matches(&shout, "asap or ASAP"), ["8-12 This team avoids 'ASAP'."]);
    }

    #[test]
    fn a_bad_regex_says_what_is_wrong() {
        let errors = rule(json!({"id": "x", "pattern": "(unclosed"})).err().unwrap_or_default();
        assert_eq!(
            errors,
            ["rules[2].pattern: not a valid regular expression: unclosed group. Patterns use Rust `regex` syntax (no look-around or backreferences)."]
        );
        let errors = rule(json!({"id": "x", "pattern": "(?=ahead)"})).err().unwrap_or_default();
        assert!(
            errors[0].contains("look-around, including look-ahead and look-behind, is not supported"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_regex_too_big_once_compiled_is_refused() {
        let errors = rule(json!({"id": "x", "pattern": "\\w{1,500}\\w{1,500}"})).err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("rules[2].pattern: pattern is too large once compiled (the limit is 256 KiB)."),
            "{errors:?}"
        );
    }

    #[test]
    fn a_long_pattern_is_refused() {
        let errors = rule(json!({"id": "x", "pattern": "a".repeat(501)})).err().unwrap_or_default();
        assert!(errors[0].starts_with("rules[2].pattern: pattern is 501 characters; the limit is 500."), "{errors:?}");
    }

    #[test]
    fn a_pattern_matching_empty_text_is_refused() {
        let errors = rule(json!({"id": "x", "pattern": "a*"})).err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("matches empty text"));
    }
}
