//! Turns findings into the three scores: a logistic over weighted rule counts, each term reported.

use super::{Contribution, Document, Explanation, Finding, Report, Scores};

/// Per-rule weights on (listening, respect, promotion), in logit units.
const WEIGHTS: &[(&str, [f64; 3])] = &[
    ("builtin.gratitude", [0.3, 1.0, 0.0]),
    ("builtin.condescension", [-0.8, -2.0, 0.0]),
    ("builtin.open-question", [1.5, 0.3, 0.0]),
    ("builtin.call-to-action", [-0.5, -0.2, 2.0]),
];
/// Logit of each score for a draft with no findings.
const BIAS: [f64; 3] = [-0.5, 0.8, -1.5];

pub fn score(_document: &Document, findings: Vec<Finding>) -> Report {
    let mut logits = BIAS;
    let mut terms: [Vec<(String, f64)>; 3] = Default::default();
    for finding in &findings {
        if let Some((_, weights)) = WEIGHTS.iter().find(|(id, _)| *id == finding.rule) {
            for axis in 0..3 {
                if weights[axis] != 0.0 {
                    logits[axis] += weights[axis];
                    terms[axis].push((finding.rule.clone(), weights[axis]));
                }
            }
        }
    }
    let values = logits.map(sigmoid);
    let [listening, respect, promotion] = terms.map(|axis_terms| explain(axis_terms));
    Report {
        scores: Scores { listening: values[0], respect: values[1], promotion: values[2] },
        findings,
        explanation: Explanation { listening, respect, promotion },
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn explain(terms: Vec<(String, f64)>) -> Vec<Contribution> {
    let mut contributions: Vec<Contribution> =
        terms.into_iter().map(|(feature, delta)| Contribution { feature, delta }).collect();
    contributions.sort_by(|a, b| b.delta.abs().total_cmp(&a.delta.abs()));
    contributions
}
