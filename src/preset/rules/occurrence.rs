//! `occurrence`: flags what goes past a count, e.g. a third hashtag when the team uses at most two.
//!
//! ## What it does
//! Counts hashtags, mentions, links, emoji or exclamation marks, and underlines each one past `max`.
//!
//! ## Why
//! Hashtag and link stuffing, a wall of mentions or of exclamation marks read as broadcasting, not talking.

use super::own::{Match, Matcher, OwnRule};
use super::principle;
use super::template::Template;
use crate::preset::error::{JsonPath, PresetError};
use crate::preset::format::{Countable, OccurrenceRule};

/// What an `occurrence` rule counts, how many are fine, and the message on each one past that.
pub struct Occurrence {
    message: Template,
    count: Countable,
    max: usize,
}

pub fn compile(spec: &OccurrenceRule, path: &JsonPath, errors: &mut Vec<PresetError>) -> Option<OwnRule<Occurrence>> {
    let default_message = format!("{{count}} {}; this team uses at most {{max}}.", noun(spec.count));
    let message_text = spec.message.as_deref().unwrap_or(&default_message);
    let message = Template::parse(message_text, &["count", "max", "match"], &path.key("message"), errors);
    let description =
        spec.description.clone().unwrap_or_else(|| format!("At most {} {} in a post.", spec.max, noun(spec.count)));
    Some(OwnRule {
        id: spec.id.clone(),
        description,
        principle: principle(spec.principle),
        matcher: Occurrence { message, count: spec.count, max: usize::try_from(spec.max).unwrap_or(usize::MAX) },
    })
}

fn noun(count: Countable) -> &'static str {
    match count {
        Countable::Hashtags => "hashtags",
        Countable::Mentions => "mentions",
        Countable::Links => "links",
        Countable::Emoji => "emoji",
        Countable::ExclamationMarks => "exclamation marks",
    }
}

/// The byte spans of each counted thing in `text`.
fn spans(count: Countable, text: &str) -> Vec<(usize, usize)> {
    match count {
        Countable::Hashtags => tagged(text, '#'),
        Countable::Mentions => tagged(text, '@'),
        Countable::Links => links(text),
        Countable::Emoji => emoji(text),
        Countable::ExclamationMarks => text
            .char_indices()
            .filter(|(_, c)| matches!(c, '!' | '\u{FF01}'))
            .map(|(i, c)| (i, i + c.len_utf8()))
            .collect(),
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `#tag` or `@name` (also `@name@server`) that starts a word.
fn tagged(text: &str, sigil: char) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c == sigil && previous.is_none_or(|p| !is_word(p) && p != sigil) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, next)) = chars.peek() {
                let continues = is_word(next)
                    || (sigil == '@' && matches!(next, '@' | '.' | '-') && text[i + 1..].starts_with(is_word));
                if !continues {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
            if end > start + c.len_utf8() {
                spans.push((start, end));
            }
            previous = text[..end].chars().next_back();
        } else {
            previous = Some(c);
        }
    }
    spans
}

/// `http://`, `https://` or `www.` links, up to the next space, without trailing punctuation.
fn links(text: &str) -> Vec<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let mut spans = Vec::new();
    let mut from = 0;
    while from < lower.len() {
        let next = ["https://", "http://", "www."].iter().filter_map(|prefix| lower[from..].find(prefix)).min();
        let Some(offset) = next else { break };
        let start = from + offset;
        let length = text[start..].find(char::is_whitespace).unwrap_or(text.len() - start);
        let link = text[start..start + length].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'']);
        let starts_word = text[..start].chars().next_back().is_none_or(|c| !is_word(c) && c != '/' && c != '.');
        if starts_word && link.len() > 4 {
            spans.push((start, start + link.len()));
        }
        from = start + length.max(1);
    }
    spans
}

/// Each emoji as the reader sees it: one picture with what joins onto it (a skin tone, a variation selector, a keycap
/// or tag mark, `ZWJ` + another picture as in 👩‍💻), or a pair of regional indicators (a flag).
fn emoji(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_emoji(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        if is_regional_indicator(c) {
            if let Some((i, second)) = chars.next_if(|&(_, next)| is_regional_indicator(next)) {
                end = i + second.len_utf8();
            }
        }
        while let Some((i, next)) = chars.next_if(|&(_, next)| joins_previous(next)) {
            end = i + next.len_utf8();
            if next == ZERO_WIDTH_JOINER {
                if let Some((j, joined)) = chars.next_if(|&(_, joined)| is_emoji(joined)) {
                    end = j + joined.len_utf8();
                }
            }
        }
        spans.push((start, end));
    }
    spans
}

const ZERO_WIDTH_JOINER: char = '\u{200D}';

fn is_regional_indicator(c: char) -> bool {
    matches!(u32::from(c), 0x1F1E6..=0x1F1FF)
}

/// What stays with the character before it: joiner, variation selectors, skin tones, combining marks, tags.
fn joins_previous(c: char) -> bool {
    matches!(u32::from(c), 0x200D | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0x0300..=0x036F | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F | 0xE0020..=0xE007F)
}

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1F5FF | 0x1F600..=0x1F64F | 0x1F680..=0x1F6FF | 0x1F900..=0x1FAFF
        | 0x2600..=0x26FF | 0x2700..=0x27BF | 0x1F1E6..=0x1F1FF)
}

impl Matcher for Occurrence {
    fn matches(&self, text: &str) -> Vec<Match> {
        let spans = spans(self.count, text);
        let count = spans.len().to_string();
        let max = self.max.to_string();
        spans
            .iter()
            .skip(self.max)
            .map(|&(start, end)| Match {
                span: (start, end),
                message: self.message.render(&[("count", &count), ("max", &max), ("match", &text[start..end])]),
                replacement: None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::engine::{Document, Rule};

    fn flagged(spec: serde_json::Value, text: &str) -> Vec<String> {
        let Ok(spec) = serde_json::from_value::<OccurrenceRule>(spec) else { return vec!["bad spec".into()] };
        let rule = compile(&spec, &JsonPath::root(), &mut Vec::new());
        let mut findings = Vec::new();
        if let Some(rule) = rule {
            rule.check(&crate::engine::Analysis::new(&Document::new(text, None)), &mut findings);
        }
        findings.iter().map(|f| format!("{}-{} {}", f.start, f.end, f.message)).collect()
    }

    fn found(count: Countable, text: &str) -> Vec<&str> {
        spans(count, text).into_iter().map(|(start, end)| &text[start..end]).collect()
    }

    #[test]
    fn hashtags_past_the_limit_are_flagged() {
        let rule = json!({"id": "few-hashtags", "count": "hashtags", "max": 2});
        assert_eq!(flagged(rule.clone(), "#a #b"), Vec::<String>::new());
        assert_eq!(
            flagged(rule, "#a #b #c #d"),
            ["6-8 4 hashtags; this team uses at most 2.", "9-11 4 hashtags; this team uses at most 2."]
        );
    }

    #[test]
    fn a_zero_limit_flags_every_one() {
        let rule = json!({"id": "no-links", "count": "links", "max": 0, "message": "No links ({match})."});
        assert_eq!(flagged(rule, "See https://x.com/a."), ["4-19 No links (https://x.com/a)."]);
    }

    #[test]
    fn hashtags_and_mentions_start_a_word() {
        assert_eq!(found(Countable::Hashtags, "#1 issue#2 ##x #café!"), ["#1", "#café"]);
        assert_eq!(
            found(Countable::Mentions, "@ann, mail a@b.c, @bob@mastodon.social."),
            ["@ann", "@bob@mastodon.social"]
        );
    }

    #[test]
    fn links_drop_trailing_punctuation() {
        assert_eq!(
            found(Countable::Links, "(www.example.com), http://a.b/c?d=1."),
            ["www.example.com", "http://a.b/c?d=1"]
        );
    }

    #[test]
    fn an_emoji_with_a_skin_tone_counts_once() {
        assert_eq!(found(Countable::Emoji, "ok 👍🏽 🎉🎉 ✨"), ["👍🏽", "🎉", "🎉", "✨"]);
        assert_eq!(found(Countable::ExclamationMarks, "Wow!! Great!"), ["!", "!", "!"]);
    }

    #[test]
    fn joined_emoji_flags_and_variation_selectors_count_once() {
        assert_eq!(
            found(Countable::Emoji, "👩\u{200D}💻 at 🇫🇷🇩🇪, ❤\u{FE0F}, 🏴\u{E0067}\u{E0062}\u{E007F} a\u{200D}🙂"),
            ["👩\u{200D}💻", "🇫🇷", "🇩🇪", "❤\u{FE0F}", "🏴\u{E0067}\u{E0062}\u{E007F}", "🙂"]
        );
    }
}
