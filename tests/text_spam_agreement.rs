//! Text-message spam against friends' texts and customer-care replies (tests/agreement/text-spam.jsonl, written by the
//! team): the promotion score of `tact score` must rank spam above both, and the default check must let care pass.
#![cfg(not(target_arch = "wasm32"))]

use serde::Deserialize;
use tact::preset::builtin;

/// The floors, at the level reached (printed by the test; raise them when the engine does better).
const SPAM_VS_HAM_AUC: f64 = 0.99;
const SPAM_VS_CARE_AUC: f64 = 0.98;
/// At most this share of the care replies is stopped by the default check (the goal on real care replies: 3%).
const CARE_STOPPED: f64 = 0.02;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Labelled {
    id: String,
    label: String,
    /// The post a care reply answers, where the set gives it (the extension passes it to the check).
    #[serde(default)]
    context: Option<String>,
    text: String,
}

/// ROC AUC of `positive` above `negative` (ties count half).
fn auc(positive: &[f64], negative: &[f64]) -> f64 {
    let pairs = positive.len() * negative.len();
    let above: f64 = positive
        .iter()
        .flat_map(|p| {
            negative.iter().map(move |n| {
                if p > n {
                    1.0
                } else if p == n {
                    0.5
                } else {
                    0.0
                }
            })
        })
        .sum();
    above / pairs as f64
}

#[test]
fn auc_counts_pairs_and_ties() {
    assert!((auc(&[0.9, 0.5], &[0.1, 0.5]) - 0.875).abs() < 1e-12);
    assert!((auc(&[0.1], &[0.9]) - 0.0).abs() < 1e-12);
}

#[test]
fn text_spam_scores_above_friends_texts_and_care_replies() {
    let set: Vec<Labelled> = include_str!("agreement/text-spam.jsonl")
        .lines()
        .enumerate()
        .map(|(number, line)| {
            serde_json::from_str(line).unwrap_or_else(|error| panic!("text-spam.jsonl line {}: {error}", number + 1))
        })
        .collect();
    let preset = builtin::default();
    let mut scores = [Vec::new(), Vec::new(), Vec::new()];
    let mut care_stopped = Vec::new();
    for item in &set {
        let slot = ["spam", "ham", "care"].iter().position(|label| *label == item.label);
        let slot = slot.unwrap_or_else(|| panic!("{}: unknown label {:?}", item.id, item.label));
        let context = item.context.as_deref();
        let report = tact::engine::check(&item.text, context);
        scores[slot].push(report.scores.promotion);
        if slot == 2 && preset.decide(&preset.check(&item.text, context)).show {
            care_stopped.push(item.id.as_str());
        }
    }
    let [spam, ham, care] = &scores;
    assert!(
        spam.len() >= 150 && ham.len() >= 150 && care.len() >= 200,
        "{} / {} / {}",
        spam.len(),
        ham.len(),
        care.len()
    );
    let (versus_ham, versus_care) = (auc(spam, ham), auc(spam, care));
    let stopped = care_stopped.len() as f64 / care.len() as f64;
    println!(
        "text spam: promotion AUC spam vs ham {versus_ham:.3}, spam vs care {versus_care:.3}; care stopped by the \
         default check {:.1}% {care_stopped:?}",
        100.0 * stopped
    );
    assert!(versus_ham >= SPAM_VS_HAM_AUC, "spam vs ham AUC {versus_ham:.3} < {SPAM_VS_HAM_AUC}");
    assert!(versus_care >= SPAM_VS_CARE_AUC, "spam vs care AUC {versus_care:.3} < {SPAM_VS_CARE_AUC}");
    assert!(stopped <= CARE_STOPPED, "care stopped {:.1}% > {:.1}%", 100.0 * stopped, 100.0 * CARE_STOPPED);
}
