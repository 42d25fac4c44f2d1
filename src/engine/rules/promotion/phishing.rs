//! Phishing: "your account has been locked, verify your identity at...", "pay the £1.45 redelivery fee": scams that
//! pose as a bank, a courier or a tax office.

declare_rule! {
    /// Flags the scares of phishing texts (a locked account, a held parcel, a fee to pay); they read as a scam.
    ///
    /// ## What it does
    /// Flags what phishing texts say to send the reader to a fake page: an account locked, suspended or limited,
    /// a payment declined, a login "if this wasn't you", details to verify, a parcel held for an unpaid fee, a tax
    /// refund waiting, a relative's "new number".
    ///
    /// ## Why does it matter?
    /// A message that scares the reader about their account or a parcel and asks them to act at once is the
    /// shape of a scam, whoever it claims to be from; a support team tells customers what happened and what it
    /// did, and never asks them to verify their details at a link.
    pub static PHISHING: LexiconRule = {
        id: "builtin.phishing",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.3, respect: 0.0, promotion: 1.2 },
        message: crate::messages::RULE_PHISHING,
        lexicon: "phishing.lexicon.json",
    };
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::fires;
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::PHISHING;

    #[test]
    fn support_telling_what_it_did_is_not_phishing() {
        assert!(!fires(RULE, "Your account has been unlocked now; you can sign in as normal."));
        assert!(!fires(RULE, "We'll never ask for your PIN by text. Please forward it to 7726 and delete it."));
        assert!(!fires(RULE, "Your refund of £36.50 was sent on 2 March."));
    }
}
