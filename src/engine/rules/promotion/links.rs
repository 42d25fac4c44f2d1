//! Links: a URL that sells sends the reader away; a help article, docs or a status page in a support answer is help.

use super::{finding, Check, Rule};
use crate::engine::{Analysis, Finding, TokenKind};

declare_rule! {
    /// Notes each link; links send readers away and are the strongest sign of promotion.
    ///
    /// ## What it does
    /// Notes each link in the draft, except a link that helps: one to a help centre, docs, a status page, a
    /// community forum, order tracking or a contact page, or any link in a draft that reads as a support
    /// answer (sorry, the error, the steps, your order) or answers someone by their @handle, as long as the
    /// draft does not also sell (calls to buy, follow or subscribe, prizes, urgency, "check out my"). A link to a
    /// fundraiser, a link shortener, a social profile to like or follow, or a referral link is always noted.
    ///
    /// ## Why does it matter?
    /// Links are the strongest single sign of promotion and spam, so the promotion score counts them; but
    /// sharing the help article that answers someone's problem is what good support does.
    pub struct Links {
        id: "builtin.link",
        principle: Promotion,
        effect: Issue,
        prior: { listening: -0.3, respect: 0.0, promotion: 1.5 },
    }
}

impl Check for Links {
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        // Most drafts have no link: then nothing here needs the selling rules run again or the support words read.
        if !document.tokens.iter().any(|token| token.kind == TokenKind::Url) {
            return;
        }
        let sells = sells(document);
        let in_reply = replies_to_a_post(document);
        let support_answer = reads_as_support(document) || answers_a_handle(document) || in_reply;
        // Without the post, a shop link in a support answer ("it's back in stock in size 10: ...") is the answer.
        let shop_links_unasked = in_reply && !crate::engine::rules::asked_to_buy(document);
        for token in document.tokens.iter().filter(|token| token.kind == TokenKind::Url) {
            let url = document.slice(token.start_byte, token.end_byte);
            let unasked_shop = shop_links_unasked && is_shop_url(url);
            let helps = !is_selling_url(url) && !unasked_shop && (support_answer || is_help_url(url));
            if helps && !sells {
                continue;
            }
            findings.push(finding(
                self,
                document,
                (token.start_byte, token.end_byte),
                crate::messages::RULE_LINKS.english.into(),
                None,
            ));
        }
    }
}

/// The rules whose findings mean the draft sells: then even a help link is part of the pitch.
fn sells(document: &Analysis) -> bool {
    let selling: [&dyn Rule; 7] = [
        &super::call_to_action::CALL_TO_ACTION,
        &super::subscribe_follow::SUBSCRIBE_FOLLOW,
        &super::prize_bait::PRIZE_BAIT,
        &super::self_promotion::SELF_PROMOTION,
        &super::link_in_bio::LINK_IN_BIO,
        &super::engagement_bait::ENGAGEMENT_BAIT,
        &super::urgency::URGENCY,
    ];
    // Someone who asked about buying is answered by a call to action ("Sign up here: ..."), not sold to.
    let asked_to_buy = crate::engine::rules::asked_to_buy(document);
    let mut found = Vec::new();
    selling.iter().filter(|rule| !(asked_to_buy && rule.id() == super::call_to_action::CALL_TO_ACTION.id)).any(|rule| {
        rule.check(document, &mut found);
        !found.is_empty()
    })
}

/// Words of a support answer: an apology, the problem, the fix and the steps, the customer's order or
/// account. A draft with one of them shares its link to answer, not to sell.
const SUPPORT_WORDS: &[&str] = &[
    "sorry",
    "apologies",
    "apologise",
    "apologize",
    "issue",
    "issues",
    "error",
    "errors",
    "problem",
    "bug",
    "fix",
    "fixed",
    "fixes",
    "outage",
    "steps",
    "step",
    "guide",
    "instructions",
    "troubleshooting",
    "reset",
    "refund",
    "refunded",
    "order",
    "account",
    "ticket",
    "tracking",
    "delivery",
    "parcel",
    "version",
    "settings",
    "incident",
    "policy",
    "warranty",
    "replacement",
    "form",
    "walks",
    "explains",
    "status",
    "update",
    "updates",
    "help",
    "assist",
    "assistance",
    "question",
    "questions",
    "billing",
    "password",
    "login",
    "tips",
    "support",
    "patience",
    "resolve",
    "resolved",
    "sorted",
    "contact",
    "reach",
    "latest",
    "details",
    "faq",
    "article",
    "docs",
    "documentation",
    "experience",
    "chat",
    "cancel",
    "subscription",
    "returns",
    "receipt",
    "device",
    "app",
    "browser",
    "delay",
    "delayed",
    "trouble",
    "restart",
    "reinstall",
    "verification",
    "payment",
    "invoice",
    "booking",
    "reservation",
    "damaged",
    "missing",
    "charged",
    "maintenance",
    "compatibility",
];

/// Whether the draft reads as a support answer: it uses a word of [`SUPPORT_WORDS`].
fn reads_as_support(document: &Analysis) -> bool {
    document.words().any(|token| SUPPORT_WORDS.contains(&token.normalized.as_str()))
}

/// Whether the draft opens with someone's @handle: a reply to that person (a care team's answer on X), where a
/// link that does not come with a sales pitch points them at what they asked about.
fn answers_a_handle(document: &Analysis) -> bool {
    document.tokens.first().is_some_and(|token| token.kind == TokenKind::Mention)
}

/// Whether the draft answers a post (the extension passes the post being replied to as context): a link there, with
/// no sales pitch around it, points the person at what they asked about.
fn replies_to_a_post(document: &Analysis) -> bool {
    document.context.is_some_and(|context| context.chars().any(char::is_alphanumeric))
}

/// The first part of a host name, or a part of a path, that names a page of help or plain information: a help
/// centre, docs, a knowledge base or FAQ, a status or incident page, a community forum, order tracking, contact,
/// returns, the privacy and terms pages, job openings, the account's own pages (reset, verify, log in, orders, chat).
const HELP_PLACES: &[&str] = &[
    "help",
    "helpcenter",
    "helpcentre",
    "support",
    "status",
    "docs",
    "doc",
    "documentation",
    "developer",
    "developers",
    "kb",
    "knowledge",
    "faq",
    "faqs",
    "hc",
    "articles",
    "article",
    "guide",
    "guides",
    "manual",
    "manuals",
    "troubleshooting",
    "incidents",
    "incident",
    "community",
    "forum",
    "forums",
    "care",
    "contact",
    "track",
    "tracking",
    "returns",
    "refunds",
    "warranty",
    "feedback",
    "privacy",
    "legal",
    "terms",
    "policy",
    "policies",
    "security",
    "safety",
    "jobs",
    "careers",
    "reset",
    "password",
    "verify",
    "login",
    "signin",
    "account",
    "orders",
    "chat",
];

/// Hosts whose links ask for money or attention whatever the words around them say: fundraisers and tip jars, link
/// shorteners that hide where they go, link-in-bio pages, and app-credit or game-referral sites.
const SELLING_HOSTS: &[&str] = &[
    "gofundme.com",
    "gofund.me",
    "indiegogo.com",
    "kickstarter.com",
    "patreon.com",
    "ko-fi.com",
    "buymeacoffee.com",
    "paypal.me",
    "cash.app",
    "justgiving.com",
    "bit.ly",
    "goo.gl",
    "tinyurl.com",
    "adf.ly",
    "ow.ly",
    "is.gd",
    "cutt.ly",
    "shorturl.at",
    "rebrand.ly",
    "linktr.ee",
    "freemyapps.com",
];
/// Hosts of profiles and pages people are sent to for likes and follows: selling unless the path is a help place
/// (`facebook.com/help` is help, `facebook.com/greenleader` is a page to like).
const PROFILE_HOSTS: &[&str] =
    &["facebook.com", "fb.com", "instagram.com", "tiktok.com", "twitch.tv", "soundcloud.com", "networkedblogs.com"];
/// Query keys that pay the sender for the click: a referral or affiliate link.
const REFERRAL_KEYS: &[&str] = &["ref", "referral", "referrer", "affiliate", "aff", "aff_id", "affid", "invite"];

/// Whether a URL asks for money, a click that pays the sender, or a follow: a fundraiser, a shortener, a
/// profile page, or a referral link. Such a link is promotion even inside a support answer.
fn is_selling_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let (host, path) = host_and_path(&lower);
    let on = |hosts: &[&str]| {
        hosts.iter().any(|known| host.strip_suffix(known).is_some_and(|head| head.is_empty() || head.ends_with('.')))
    };
    let query = lower.split_once('?').map_or("", |(_, query)| query);
    let referral = query.split('&').any(|pair| REFERRAL_KEYS.contains(&pair.split('=').next().unwrap_or("")));
    let profile = on(PROFILE_HOSTS) && !path.split(['/', '?', '#']).any(|part| HELP_PLACES.contains(&part));
    on(SELLING_HOSTS) || profile || referral || host.contains("vakinha")
}

/// The first part of a host name, or a part of a path, that names a shop: a store front, a product page, a cart.
const SHOP_PLACES: &[&str] =
    &["shop", "store", "products", "product", "cart", "checkout", "buy", "deals", "sale", "pricing"];

/// Whether a URL points at a shop ([`SHOP_PLACES`]: `shop.example.com`, `example.com/products/f20`).
fn is_shop_url(url: &str) -> bool {
    names_a_place(url, SHOP_PLACES, &['/', '?', '#'])
}

/// A lower-cased URL's host, without its scheme and `www.`, and what follows the host.
fn host_and_path(lower: &str) -> (&str, &str) {
    let rest = lower.split_once("://").map_or(lower, |(_, rest)| rest);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.split_once(['/', '?', '#']).unwrap_or((rest, ""))
}

/// Whether a URL points at a page of help: its host starts with, or a part of its path is, one of
/// [`HELP_PLACES`] (`help.example.com`, `status.example.io`, `example.com/hc/en-us/articles/123`).
fn is_help_url(url: &str) -> bool {
    names_a_place(url, HELP_PLACES, &['/', '?', '#', '&', '='])
}

/// Whether a URL's host starts with one of `places`, or one of the parts of what follows the host (split at
/// `separators`) is one, in any case.
fn names_a_place(url: &str, places: &[&str], separators: &[char]) -> bool {
    let lower = url.to_ascii_lowercase();
    let (host, path) = host_and_path(&lower);
    let first_label = host.split('.').next().unwrap_or("");
    places.contains(&first_label) || path.split(separators).any(|part| places.contains(&part))
}

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{findings_of, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::Links;

    #[test]
    fn each_link_is_noted() {
        assert_eq!(
            underlined(RULE, "New drop! See https://shop.example.com/new, or www.example.org."),
            ["https://shop.example.com/new", "www.example.org"]
        );
    }

    #[test]
    fn a_link_to_help_docs_or_status_is_help() {
        for text in [
            "Here you go: https://help.example.com/reset",
            "Updates at https://status.example.io as we have them.",
            "This walks through it: https://example.com/hc/en-us/articles/360012345",
            "More at https://docs.example.dev/export and https://example.com/faq#limits",
            "There's a thread on it: https://community.example.com/t/502/11",
        ] {
            assert!(underlined(RULE, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn any_link_in_a_support_answer_is_help() {
        assert!(underlined(RULE, "Sorry about that! The form is here: https://example.com/missing-item").is_empty());
        assert_eq!(underlined(RULE, "Great stuff here: https://example.com/missing-item").len(), 1);
    }

    #[test]
    fn a_fundraiser_a_shortener_a_profile_or_a_referral_link_is_promotion_even_in_a_support_answer() {
        for text in [
            "Help please!! http://www.gofundme.com/RJanimalcare",
            "Sorry to bother, please help: https://bit.ly/3xYzAbc",
            "Like our support community, you are not alone. https://www.facebook.com/GorlinGoltzSupport",
            "Facebook account help http://hackfbaccountlive.com/?ref=4477063",
        ] {
            assert_eq!(underlined(RULE, text).len(), 1, "{text}");
        }
        assert!(underlined(RULE, "Sorry! Steps are here: https://www.facebook.com/help/123456").is_empty());
    }

    #[test]
    fn a_link_in_a_reply_to_someone_s_handle_is_help_unless_the_reply_sells() {
        assert!(underlined(RULE, "@sam Hi! You can chat with us 24/7 at https://t.co/Pq1wE2rT3y").is_empty());
        assert!(underlined(RULE, "@sam The new hours are here: https://t.co/Pq1wE2rT3y").is_empty());
        assert_eq!(underlined(RULE, "@sam check out my channel https://t.co/Pq1wE2rT3y").len(), 1);
        assert_eq!(underlined(RULE, "The new hours are here, Sam: https://t.co/Pq1wE2rT3y").len(), 1);
    }

    #[test]
    fn a_link_in_a_reply_to_a_post_is_help_unless_the_reply_sells() {
        let question = Some("Where can I buy the F-20 filters?");
        let answer = "You can get them in our shop or at most hardware stores: https://shop.example.com/f20";
        assert!(findings_of(RULE, answer, question).is_empty());
        assert_eq!(findings_of(RULE, answer, None).len(), 1);
        assert_eq!(findings_of(RULE, "Check out my channel https://example.com/me", question).len(), 1);
    }

    #[test]
    fn a_shop_link_in_a_reply_is_help_only_in_answer_to_a_question_about_buying() {
        let sorry = "Sorry about the lid! While you wait, our spring range is in: https://shop.example.com/spring";
        assert_eq!(findings_of(RULE, sorry, Some("My order arrived with a cracked lid.")).len(), 1);
        assert!(underlined(RULE, "Sorry for the wait, it's back in stock: https://shop.example.com/f20").is_empty());
        let spare = "Any USB-C charger works. If you'd like a spare, we sell one here: https://example.com/products/c1";
        assert_eq!(findings_of(RULE, spare, Some("Which charger works with the X2?")).len(), 1);
        assert!(findings_of(RULE, spare, Some("Where can I buy a spare charger?")).is_empty());
    }

    #[test]
    fn a_privacy_or_terms_page_is_help() {
        assert!(
            underlined(RULE, "We never sell data. Everyone we share it with: https://example.com/privacy").is_empty()
        );
    }

    #[test]
    fn a_help_link_in_a_draft_that_sells_is_promotion() {
        assert_eq!(underlined(RULE, "Sorry for the spam, but check out my channel https://example.com/help").len(), 1);
        assert_eq!(underlined(RULE, "Shop now, today only! https://support.example.com/deals").len(), 1);
    }

    #[test]
    fn a_help_word_in_the_host_name_alone_is_not_enough() {
        assert!(!super::is_help_url("https://helpfulbargains.example.com/"));
        assert!(!super::is_help_url("https://example.com/helpers-wanted"));
        assert!(super::is_help_url("https://example.com/Support/firmware"));
    }

    #[test]
    fn a_dotted_sentence_is_not_a_link() {
        assert!(underlined(RULE, "It works.Thanks").is_empty());
    }
}
