//! "Link in bio": pointing readers elsewhere turns a reply into a funnel.

declare_rule! {
    /// Flags pointers to links elsewhere (link in bio, link below); answer here instead.
    ///
    /// ## What it does
    /// Flags pointers to links elsewhere ("link in bio", "link below", "check my profile").
    ///
    /// ## Why does it matter?
    /// Sending readers to a link instead of answering them reads as self-promotion.
    pub static LINK_IN_BIO: LexiconRule = {
        id: "builtin.link-in-bio",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.4, respect: 0.0, promotion: 1.2 },
        message: crate::messages::RULE_LINK_IN_BIO,
        lexicon: "link_in_bio.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::LINK_IN_BIO;

    #[test]
    fn talking_about_a_bio_is_not() {
        assert!(!fires(RULE, "Her biography is long."));
    }
}
