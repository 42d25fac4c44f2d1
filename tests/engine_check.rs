//! The engine's public API, end to end: findings people can act on, explained scores, presets' rules,
//! reply context and text outside the scores' language.

use tact::engine::rules::builtin;
use tact::engine::scoring::sigmoid;
use tact::engine::{check, Analysis, Checker, Effect, Finding, Language, Principle, Report, Rule};

fn finding<'r>(report: &'r Report, rule: &str) -> Option<&'r Finding> {
    report.findings.iter().find(|finding| finding.rule == rule)
}

fn underlined(text: &str, finding: &Finding) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[finding.start as usize..finding.end as usize])
}

#[test]
fn obviously_youre_wrong_gets_a_kinder_opening() {
    let report = check("Obviously you're wrong about the pricing.", None);
    let found = finding(&report, "builtin.condescension").expect("condescension is found");
    assert_eq!(found.principle, Principle::Respecting);
    // Of the overlapping rewrites the narrower one is offered, so applying every rewrite reads well.
    let rewrites: Vec<&str> = report.findings.iter().filter_map(|f| f.replacement.as_deref()).collect();
    assert_eq!(rewrites, ["I think"]);
}

#[test]
fn corporate_boilerplate_gets_plain_words() {
    let text = "Hi Sam, we apologize for any inconvenience.";
    let report = check(text, None);
    let found = finding(&report, "builtin.corporate-boilerplate").expect("boilerplate is found");
    assert_eq!(underlined(text, found), "we apologize for any inconvenience");
    assert_eq!(found.replacement.as_deref(), Some("Sorry this got in your way"));
    assert_eq!(found.principle, Principle::Voicing);
}

#[test]
fn calm_down_has_a_rewrite() {
    let report = check("Calm down, the refund is on its way.", None);
    assert_eq!(finding(&report, "builtin.condescension").and_then(|f| f.replacement.as_deref()), Some("I hear you"));
}

#[test]
fn spans_are_utf16_offsets_after_emoji() {
    let text = "\u{1F600}\u{1F600} Obviously this is fine";
    let report = check(text, None);
    let found = finding(&report, "builtin.certainty").expect("certainty is found");
    assert_eq!((found.start, found.end), (5, 14));
    assert_eq!(underlined(text, found), "Obviously");
}

#[test]
fn a_rude_reply_scores_lower_respect_than_a_kind_one() {
    let rude = check("Calm down, obviously you're wrong. This is bullshit!!!", None);
    let kind = check("Thanks for flagging this! Could you tell me what happened when you tried?", None);
    assert!(rude.scores.respect < 0.3, "{}", rude.scores.respect);
    assert!(kind.scores.respect > 0.7, "{}", kind.scores.respect);
    assert!(kind.scores.listening > rude.scores.listening);
}

#[test]
fn name_calling_alone_takes_respect_below_the_default_check_threshold() {
    // builtin:default holds a post whose respect is below 0.3: an insult must reach that on its own.
    for text in ["You are an idiot.", "Only a moron would post this."] {
        let respect = check(text, None).scores.respect;
        assert!(respect < 0.3, "{text:?} keeps respect at {respect:.2}");
    }
}

#[test]
fn an_ad_scores_high_promotion_and_a_reply_low() {
    let ad = check("Buy now! 50% off, limited time only. Link in bio #sale #deal #shop", None);
    let reply = check("Sorry about that, Priya. What happened when you tried to log in?", None);
    assert!(ad.scores.promotion > 0.8, "{}", ad.scores.promotion);
    assert!(reply.scores.promotion < 0.3, "{}", reply.scores.promotion);
}

#[test]
fn the_explanation_adds_up_to_each_score() {
    let report = check("Thanks! Obviously you're wrong, but check out my channel https://example.com", None);
    let neutral = check("", None);
    for (axis, score, contributions) in [
        (0, report.scores.listening, &report.explanation.listening),
        (1, report.scores.respect, &report.explanation.respect),
        (2, report.scores.promotion, &report.explanation.promotion),
    ] {
        let base = [neutral.scores.listening, neutral.scores.respect, neutral.scores.promotion][axis];
        let bias = (base / (1.0 - base)).ln();
        let total: f64 = contributions.iter().map(|c| c.logit).sum();
        assert!((sigmoid(bias + total) - score).abs() < 1e-9, "axis {axis}");
    }
    assert!(report.explanation.promotion.iter().any(|c| c.feature == "builtin.link" && c.delta > 0.0));
}

/// A team preset's phrase rule, as the preset module would compile it.
struct AvoidHardSell;

impl Rule for AvoidHardSell {
    fn id(&self) -> &str {
        "acme.no-hard-sell"
    }
    fn description(&self) -> &str {
        "Avoid 'act today'."
    }
    fn principle(&self) -> Principle {
        Principle::Promotion
    }
    fn effect(&self) -> Option<Effect> {
        Some(Effect::Issue)
    }
    fn check(&self, document: &Analysis, findings: &mut Vec<Finding>) {
        if let Some(start) = document.text.find("act today") {
            findings.push(Finding {
                rule: self.id().into(),
                principle: Principle::Promotion,
                effect: Effect::Issue,
                start: document.utf16(start),
                end: document.utf16(start + 9),
                message: "Sounds like an ad.".into(),
                replacement: None,
            });
        }
    }
}

#[test]
fn a_preset_rule_moves_its_principles_score_and_is_explained() {
    let text = "You should act today, friends.";
    let mut checker = Checker::default();
    let before = checker.check(text, None);
    checker.add_rule(Box::new(AvoidHardSell));
    let after = checker.check(text, None);
    assert!(after.scores.promotion > before.scores.promotion);
    assert!(after.explanation.promotion.iter().any(|c| c.feature == "acme.no-hard-sell" && c.delta > 0.0));
}

#[test]
fn a_disabled_rule_neither_fires_nor_scores() {
    let mut checker = Checker::default();
    checker.disable("builtin.certainty");
    let report = checker.check("Obviously it works.", None);
    assert!(finding(&report, "builtin.certainty").is_none());
    assert!(report.explanation.respect.iter().all(|c| c.feature != "builtin.certainty"));
}

#[test]
fn reply_context_rewards_answering_the_question() {
    let context = Some("Love the app! When will the Android version ship?");
    let answer = check("The Android version ships in June, thanks for asking!", context);
    let dodge = check("Thanks for your support, stay tuned!", context);
    assert!(finding(&answer, "builtin.answers-question").is_some());
    assert!(finding(&dodge, "builtin.unanswered-question").is_some());
    assert!(answer.scores.listening > dodge.scores.listening);
}

#[test]
fn other_languages_are_reported_not_mis_scored() {
    let report = check("Das ist völliger Unsinn, und ihr habt keine Ahnung von nichts.", None);
    let neutral = check("", None);
    assert_eq!(report.language, Language::Other);
    assert!(report.findings.is_empty());
    assert_eq!(report.scores, neutral.scores);
    assert_eq!(check("Thanks, that fixed it!", None).language, Language::English);
}

#[test]
fn there_are_at_least_forty_documented_rules_with_unique_ids() {
    let rules = builtin();
    assert!(rules.len() >= 40, "{} rules", rules.len());
    let mut ids: Vec<&str> = rules.iter().map(|rule| rule.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), rules.len());
    assert!(rules.iter().all(|rule| rule.id().starts_with("builtin.") && rule.description().len() > 20));
    for principle in
        [Principle::Listening, Principle::Suspending, Principle::Respecting, Principle::Voicing, Principle::Promotion]
    {
        assert!(rules.iter().filter(|rule| rule.principle() == principle).count() >= 4, "{principle:?}");
    }
}

#[test]
fn the_report_serializes_with_the_documented_field_names() {
    let value = serde_json::to_value(check("Obviously!", None)).expect("a report serializes");
    assert!(value["scores"]["respect"].is_number());
    assert_eq!(value["language"], "en");
    let first = &value["findings"][0];
    for key in ["rule", "principle", "start", "end", "message"] {
        assert!(!first[key].is_null(), "{key}");
    }
}
