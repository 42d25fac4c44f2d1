//! Put-downs in how the reader is addressed: "Buddy, nobody asked." and "Nice try, champ." talk down by name.

use super::{finding, Check};
use crate::engine::{Analysis, Finding, Token};

declare_rule! {
    /// Flags belittling forms of address ("Buddy, nobody asked.", "Nice try, champ.") in a reply that is not warm.
    ///
    /// ## What it does
    /// Flags "buddy", "pal", "chief", "champ", "sport", "kiddo", "sweetie", "honey", "young man", "my dude",
    /// "you, sir" and their like when they are said to the reader: set off by commas at the start or end of a
    /// sentence ("Okay buddy, whatever you say.", "Sorry, sport, but..."). It leaves them alone in a warm draft
    /// (thanks, congratulations, good wishes, a warm emoji: "Cheers, pal!", "Thanks honey, I'll pick them up") and
    /// when they are not a form of address ("Chief Justice Roberts", "my buddy and I", "the mayor's son").
    ///
    /// ## Why does it matter?
    /// Between friends these words are warm; said to someone you disagree with, they cast the reader as a child
    /// or an underling, and that is what the reader answers. In the data, these forms of address outside a warm
    /// draft are mostly put-downs ("That's a stock photo, bud.", "You've got a lot to learn, sweetie."); "dude",
    /// "mate", "bro", "my friend", "son" ("Do both, son.", "put a coat on, son") and "sir" alone are as often kind
    /// or fatherly as not, and are left out.
    pub struct PutDownAddress {
        id: "builtin.put-down-address",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.5, respect: -2.3, promotion: 0.0 },
        keeps_prior: true,
    }
}

/// Forms of address that, said to someone in a reply that is not warm, belittle them.
const BELITTLING: &[&[&str]] = &[
    &["buddy"],
    &["bud"],
    &["pal"],
    &["chief"],
    &["champ"],
    &["sport"],
    &["kiddo"],
    &["sonny"],
    &["junior"],
    &["sweetie"],
    &["sweetheart"],
    &["honey"],
    &["hun"],
    &["hon"],
    &["darling"],
    &["sunshine"],
    &["princess"],
    &["genius"],
    &["einstein"],
    &["professor"],
    &["skippy"],
    &["slick"],
    &["missy"],
    &["young", "man"],
    &["young", "lady"],
    &["little", "lady"],
    &["my", "dude"],
];

/// Words that may open a sentence before the form of address without a comma: "*Okay* buddy, whatever you say."
const INTERJECTIONS: &[&str] = &[
    "ok", "okay", "sure", "yeah", "yes", "no", "nope", "hey", "look", "listen", "well", "oh", "ah", "right", "alright",
    "whatever", "nice", "try", "thanks", "sorry", "good", "thing", "wow",
];

/// Words that make a draft warm, so that its forms of address are affection: thanks, congratulations, good wishes.
const WARM_WORDS: &[&str] = &[
    "thanks",
    "thank",
    "thx",
    "cheers",
    "congrats",
    "congratulations",
    "happy",
    "birthday",
    "love",
    "proud",
    "welcome",
    "glad",
    "hope",
    "miss",
    "safe",
    "luck",
    "care",
    "hugs",
];
/// Phrases that make a draft warm.
const WARM_PHRASES: &[&[&str]] =
    &[&["sorry", "to", "hear"], &["sorry", "for", "your"], &["me", "too"], &["you", "ok"], &["you", "okay"]];
/// Emoji that make a draft warm.
const WARM_EMOJI: &[char] =
    &['😊', '😄', '😃', '😁', '😀', '❤', '♥', '🙏', '🎉', '🥳', '💙', '💚', '💜', '🤗', '😍', '🥰', '✨', '😂', '🤣'];

impl Check for PutDownAddress {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        if warm(document) {
            return;
        }
        for sentence in &document.sentences {
            let words = document.sentence_words(sentence);
            let tokens = document.word_tokens(sentence.start_byte, sentence.end_byte);
            for at in 0..words.len() {
                let Some(form) = BELITTLING.iter().find(|form| words[at..].starts_with(form)) else {
                    continue;
                };
                let last = at + form.len() - 1;
                // At the start ("Buddy, ...", "Okay buddy, ...", "Sorry, sport, but ...") or the end ("Nice try,
                // champ."); in the middle ("The sandwich, buddy, is great") it is as often friendly.
                let opens = words[..at].iter().all(|word| INTERJECTIONS.contains(word))
                    && (last + 1 == words.len() || comma_between(document, tokens.get(last), tokens.get(last + 1)));
                let closes =
                    last + 1 == words.len() && at > 0 && comma_between(document, tokens.get(at - 1), tokens.get(at));
                if !(opens || closes) || listed(&words[last + 1..]) {
                    continue;
                }
                let (Some(start), Some(end)) = (tokens.get(at), tokens.get(last)) else {
                    continue;
                };
                let span = (start.start_byte, end.end_byte);
                let message = crate::messages::RULE_PUT_DOWN_ADDRESS.english_with(&[document.slice(span.0, span.1)]);
                findings.push(finding(self, document, span, message, None));
            }
            // "You, sir, are wrong."
            if let Some(at) = words.windows(2).position(|pair| pair == ["you", "sir"]) {
                if let (Some(you), Some(sir)) = (tokens.get(at), tokens.get(at + 1)) {
                    if comma_between(document, Some(you), Some(sir)) {
                        let span = (you.start_byte, sir.end_byte);
                        let message =
                            crate::messages::RULE_PUT_DOWN_ADDRESS.english_with(&[document.slice(span.0, span.1)]);
                        findings.push(finding(self, document, span, message, None));
                    }
                }
            }
        }
    }
}

/// Whether the words after a form of address make it the first item of a list ("Honey, lemon and ginger help").
fn listed(after: &[&str]) -> bool {
    let pronoun = matches!(after.first(), Some(&"you" | &"i" | &"we" | &"they" | &"he" | &"she" | &"nobody" | &"no"));
    !pronoun && after.iter().skip(1).take(2).any(|word| matches!(*word, "and" | "or"))
}

/// Whether a comma (or a dash or ellipsis) stands between two words of a sentence.
fn comma_between(document: &Analysis, left: Option<&&Token>, right: Option<&&Token>) -> bool {
    match (left, right) {
        (Some(left), Some(right)) if left.end_byte <= right.start_byte => {
            let between = document.slice(left.end_byte, right.start_byte);
            between.contains(',') || between.contains('\u{2014}') || between.contains("...") || between.contains(" - ")
        }
        _ => false,
    }
}

/// Whether a draft is warm: thanks, good wishes, congratulations or a warm emoji anywhere in it.
fn warm(document: &Analysis) -> bool {
    if document.text.chars().any(|c| WARM_EMOJI.contains(&c)) || document.text.contains("<3") {
        return true;
    }
    document.sentences.iter().any(|sentence| {
        let words = document.sentence_words(sentence);
        words.iter().any(|word| WARM_WORDS.contains(word))
            || (0..words.len()).any(|at| WARM_PHRASES.iter().any(|phrase| words[at..].starts_with(phrase)))
    })
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PutDownAddress;

    #[test]
    fn a_belittling_form_of_address_is_a_put_down() {
        for draft in [
            "Buddy, nobody asked.",
            "Nice try, champ.",
            "Okay buddy, whatever you say.",
            "Sorry, sport, but one bad game doesn't make him a bad coach.",
            "Young man, some of us were paying taxes before you were born.",
            "It isn't complicated, chief. The bond pays for the buildings.",
            "Buddy, it's right there in the top menu.",
            "That's a stock photo, bud.",
            "You, sir, are wrong.",
        ] {
            assert!(fires(RULE, draft), "{draft}");
        }
    }

    #[test]
    fn the_underline_is_the_form_of_address() {
        assert_eq!(underlined(RULE, "Nice spin, champ. The numbers say otherwise."), ["champ"]);
        assert_eq!(underlined(RULE, "Listen, young man, the vote was in March."), ["young man"]);
    }

    #[test]
    fn a_warm_draft_is_affection() {
        assert!(!fires(RULE, "Cheers, pal! Great to see you at the fundraiser."));
        assert!(!fires(RULE, "Thanks honey, I'll pick up the forms tomorrow."));
        assert!(!fires(RULE, "Happy birthday, buddy!"));
        assert!(!fires(RULE, "Keep yourself safe, sweetie."));
        assert!(!fires(RULE, "Sorry to hear that, buddy."));
    }

    #[test]
    fn words_that_are_not_a_form_of_address_are_not() {
        assert!(!fires(RULE, "Chief Justice Roberts wrote the opinion."));
        assert!(!fires(RULE, "My buddy and I went to the game."));
        assert!(!fires(RULE, "The mayor's son volunteers at the food bank."));
        assert!(!fires(RULE, "Put a coat on, son."));
        assert!(!fires(RULE, "The team, champ or not, played hard."));
        assert!(!fires(RULE, "The ham sandwich, buddy, is the bomb."));
        assert!(!fires(RULE, "Honey, lemon and ginger help a sore throat."));
        assert!(!fires(RULE, "The fire chief said response times improved."));
        assert!(!fires(RULE, "Sir, with respect, the figures are from 2019."));
    }
}
