//! Sarcastic praise: "Really helpful, as always." or "Great job. Really great job." praises to mock.

use super::{finding, Check};
use crate::engine::{Analysis, Finding};

declare_rule! {
    /// Flags praise or thanks that reads as sarcasm ("Really helpful, as always.", "Great job. Really great job.").
    ///
    /// ## What it does
    /// Flags praise or thanks in two shapes that readers hear as mockery: praise with a note of repetition ("as
    /// always", "as usual", "yet again") said flatly, with no exclamation or warm emoji; and a draft of nothing but
    /// short, flat praise ("Brilliant move. Really, well done."), twice over with an intensifier, or once with one. Praise that
    /// says what was good ("the steps and versions make this easy to chase") or sounds glad ("Thanks a lot! 😊")
    /// is left alone. The praise and thanks inside such a sentence no longer count as respect.
    ///
    /// ## Why does it matter?
    /// Sarcasm wears the words of praise, so a word list reads it as warmth; the person it is aimed at does not.
    pub struct SarcasticPraise {
        id: "builtin.sarcastic-praise",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -1.0, respect: -2.8, promotion: 0.0 },
        keeps_prior: true,
    }
}

/// Words that praise or thank.
const PRAISE: &[&str] = &[
    "thanks",
    "thank",
    "great",
    "amazing",
    "brilliant",
    "impressive",
    "helpful",
    "wonderful",
    "awesome",
    "fantastic",
    "perfect",
    "nice",
    "done",
    "appreciate",
    "love",
    "excellent",
    "congratulations",
    "congrats",
    "valuable",
    "original",
    "smart",
    "useful",
    "lovely",
    "outstanding",
    "superb",
    "incredible",
    "genius",
];
/// Praise that, flat and alone with an intensifier, mocks ("Amazing work, truly.").
const MOCKING_ALONE: &[&str] =
    &["amazing", "brilliant", "impressive", "genius", "wonderful", "fantastic", "outstanding", "incredible", "done"];
const INTENSIFIERS: &[&str] = &["really", "truly", "so", "very", "super", "totally", "just", "sooo", "soo"];
/// Notes of repetition that turn praise into a complaint.
const REPETITION: &[&[&str]] =
    &[&["as", "always"], &["as", "usual"], &["yet", "again"], &["once", "again"], &["for", "once"]];
/// Emoji that make praise sound glad. (The slight smile 🙂 is not one: it reads as tight-lipped.)
const WARM_EMOJI: &[char] =
    &['😊', '😄', '😃', '😁', '😀', '❤', '♥', '🙏', '🎉', '🥳', '💙', '💚', '💜', '🤗', '😍', '🥰', '✨'];
/// A flat fragment has at most this many words.
const FRAGMENT_WORDS: usize = 5;

impl Check for SarcasticPraise {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        let glad = sounds_glad(document.text);
        let mut fragments = Vec::new();
        let (mut mocking, mut intensified) = (false, false);
        // Once one sentence mocks, the flat praise around it ("Wow, thanks for the super detailed bug report.") is
        // part of the same act.
        let mut flat_praise = Vec::new();
        let mut repeated = false;
        for sentence in &document.sentences {
            let words = document.sentence_words(sentence);
            let written = document.slice(sentence.start_byte, sentence.end_byte);
            let sentence_glad = sounds_glad(written);
            if !sentence_glad && shouts_an_apology(written) {
                findings.push(finding(self, document, (sentence.start_byte, sentence.end_byte), MESSAGE.into(), None));
                continue;
            }
            if !says_any(words, PRAISE) {
                continue;
            }
            // The note of repetition mocks after the praise ("Really helpful, as always"); before it ("Once again,
            // many thanks for nominating me") it thanks again.
            let first_praise = words.iter().position(|word| PRAISE.contains(word)).unwrap_or(0);
            let repeats =
                (first_praise..words.len()).any(|at| REPETITION.iter().any(|cue| words[at..].starts_with(cue)));
            if sentence_glad {
                continue;
            }
            if repeats && !written.to_lowercase().contains("happy to help") {
                repeated = true;
                findings.push(finding(self, document, (sentence.start_byte, sentence.end_byte), MESSAGE.into(), None));
                continue;
            }
            flat_praise.push(sentence);
            if words.len() <= FRAGMENT_WORDS && !sentence.question {
                let stressed = says_any(words, INTENSIFIERS);
                intensified |= stressed;
                mocking |= stressed && says_any(words, MOCKING_ALONE);
                fragments.push(sentence);
            }
        }
        let flagged = if repeated {
            flat_praise
        } else if !glad && ((fragments.len() >= 2 && intensified) || mocking) {
            fragments
        } else {
            Vec::new()
        };
        for sentence in flagged {
            findings.push(finding(self, document, (sentence.start_byte, sentence.end_byte), MESSAGE.into(), None));
        }
    }
}

/// Intensifiers shouted in capitals before "sorry": "We're SO sorry our app controls your travel plans."
const SHOUTED_SORRY: &[&str] = &["SO sorry", "SOO sorry", "SOOO sorry", "REALLY sorry", "TRULY sorry", "VERY sorry"];

/// Whether a sentence mocks with an apology shouted flatly, not one that grieves with them ("SO sorry to hear about
/// your dad", "SO sorry for your loss").
fn shouts_an_apology(written: &str) -> bool {
    if !SHOUTED_SORRY.iter().any(|cue| written.contains(cue)) {
        return false;
    }
    let lower = written.to_lowercase();
    let grieves = lower.contains("to hear") || (lower.contains("for your loss") && !lower.contains("for your loss of"));
    !grieves
}

/// Whether any of the words is on a list.
fn says_any(words: &[&str], list: &[&str]) -> bool {
    words.iter().any(|word| list.contains(word))
}

/// Whether a text sounds glad: an exclamation mark or a warm emoji.
fn sounds_glad(text: &str) -> bool {
    text.contains('!') || text.chars().any(|c| WARM_EMOJI.contains(&c))
}

const MESSAGE: &str = crate::messages::RULE_SARCASTIC_PRAISE.english;

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;
    use crate::engine::{check, Effect, Principle};

    const RULE: &dyn Rule = &super::SarcasticPraise;

    #[test]
    fn an_apology_shouted_flatly_mocks() {
        assert!(fires(RULE, "We're SO sorry for your loss of patience."));
        assert!(fires(RULE, "We're SO sorry our app controls your travel plans."));
        assert!(!fires(RULE, "We're so sorry for the wait."));
        assert!(!fires(RULE, "I'm SO sorry to hear about your dad."));
        assert!(!fires(RULE, "SO sorry, Jen! We'll fix it today."));
    }

    #[test]
    fn praise_as_always_said_flatly_is_sarcasm() {
        assert!(fires(RULE, "Wow, thanks for the super detailed bug report. Really helpful, as always."));
        assert!(fires(RULE, "Thanks so much for your patience and understanding, as always. 🙂"));
    }

    #[test]
    fn the_flat_praise_around_a_mocking_sentence_mocks_too() {
        let draft = "Wow, thanks for the super detailed bug report. Really helpful, as always.";
        assert_eq!(crate::engine::rules::testing::findings_of(RULE, draft, None).len(), 2);
    }

    #[test]
    fn flat_praise_alone_is_sarcasm() {
        assert!(fires(RULE, "Great job. Really great job."));
        assert!(fires(RULE, "Brilliant move. Really, well done. We'll see what we can do."));
        assert!(fires(RULE, "Thanks a lot. Really appreciate it."));
        assert!(fires(RULE, "Amazing work, truly. Exactly what we needed on a Friday."));
    }

    #[test]
    fn glad_or_specific_praise_is_not() {
        assert!(!fires(RULE, "Thanks a lot! Really appreciate it. 😊"));
        assert!(!fires(RULE, "Thank you! Happy to help, as always 😊"));
        assert!(!fires(RULE, "Thank you so much."));
        assert!(!fires(
            RULE,
            "Thanks for the super detailed bug report, the steps and versions make this easy to chase."
        ));
        assert!(!fires(RULE, "Great, thanks. Your order ships today."));
        assert!(!fires(RULE, "Thank you for your message. We appreciate your feedback."));
        assert!(!fires(RULE, "Once again, many thanks for nominating me. I have a question, though."));
    }

    #[test]
    fn a_short_tag_after_sarcasm_is_no_strength_but_a_full_sentence_is() {
        let respect_strengths = |draft: &str| {
            check(draft, None)
                .findings
                .iter()
                .filter(|f| f.effect == Effect::Strength && f.principle == Principle::Respecting)
                .count()
        };
        assert_eq!(respect_strengths("Yeah, thanks a lot for breaking the build again. Great job."), 0);
        assert_eq!(respect_strengths("Thanks for nothing. Thank you to everyone else who helped test the beta."), 1);
    }

    #[test]
    fn sympathy_or_a_reflection_inside_sarcasm_is_no_strength_either() {
        let report = check("Congratulations, you've found the one way to break it.", None);
        assert!(report.findings.iter().any(|f| f.rule == "builtin.sarcasm"));
        assert!(!report.findings.iter().any(|f| f.effect == Effect::Strength));
    }

    #[test]
    fn thanks_inside_sarcasm_is_no_strength() {
        let report = check("Really helpful, as always. Thanks.", None);
        assert!(report.findings.iter().any(|f| f.rule == RULE.id()));
        let praise_in_sarcasm = report
            .findings
            .iter()
            .any(|f| f.effect == Effect::Strength && f.principle == Principle::Respecting && f.start < 26);
        assert!(!praise_in_sarcasm);
    }
}
