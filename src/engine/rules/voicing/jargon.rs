//! Jargon: "leverage", "circle back", "synergy" sound like a memo, not a person.

use super::Lexicon;
use crate::engine::lexicon::swap;

declare_rule! {
    /// Flags business jargon and offers the plain word.
    ///
    /// ## What it does
    /// Flags business jargon and offers the plain word.
    ///
    /// ## Why does it matter?
    /// Jargon puts distance between the brand and the reader; plain words sound like someone who cares.
    pub static JARGON: LexiconRule = {
        id: "builtin.jargon",
        principle: Voicing,
        effect: Issue,
        prior: { listening: -0.2, respect: 0.0, promotion: 0.2 },
        message: "\"{match}\" is jargon; a plain word sounds more human.",
        lexicon: JARGON_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const JARGON_LEXICON: Lexicon = Lexicon {
    entries: &[
        swap("leverage", "use"),
        swap("utilize", "use"),
        swap("utilise", "use"),
        swap("synergy", "working together"),
        swap("synergies", "gains from working together"),
        swap("circle back", "come back"),
        swap("touch base", "talk"),
        swap("going forward", "from now on"),
        swap("moving forward", "from now on"),
        swap("bandwidth", "time"),
        swap("deep dive", "close look"),
        swap("action item", "next step"),
        swap("low-hanging fruit", "easy wins"),
        swap("move the needle", "make a difference"),
        swap("best-in-class", "very good"),
        swap("value-add", "benefit"),
        swap("paradigm shift", "big change"),
        swap("stakeholders", "people involved"),
        swap("learnings", "lessons"),
        swap("solutioning", "solving"),
        swap("ideate", "come up with ideas"),
        swap("operationalize", "put into practice"),
        swap("incentivize", "encourage"),
        swap("actionable", "practical"),
        swap("holistic", "complete"),
        swap("empower", "help"),
        swap("end-to-end", "complete"),
        swap("seamless", "smooth"),
        swap("robust solution", "reliable fix"),
        swap("pain points", "problems"),
        swap("per our conversation", "as we discussed"),
        swap("reach out", "get in touch"),
        swap("ecosystem", "community"),
        swap("onboarding", "getting started"),
        swap("at the end of the day", "in the end"),
        swap("take this offline", "talk about it later"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, rewrite};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::JARGON;

    #[test]
    fn leverage_becomes_use() {
        assert_eq!(rewrite(RULE, "We will leverage our tools.").as_deref(), Some("use"));
    }

    #[test]
    fn plain_words_are_fine() {
        assert!(!fires(RULE, "We will use our tools."));
    }
}
