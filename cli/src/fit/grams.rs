//! Fits respect's learned component (`tact::engine::scoring::char_grams`): a logistic regression over the hashed
//! letter sequences of offensive and inoffensive tweets, L2-penalised, solved by L-BFGS; and its cross-fitted values,
//! so that the respect fit weighs the component by what it says about texts it was not fitted on.

use tact::engine::scoring::char_grams::{GramVector, BUCKETS};

/// The penalty's inverse strength (as scikit-learn's `C`): chosen by measurement against ParaDetox and ConvAbuse,
/// which the fit never sees (docs/EVALUATION.md).
const INVERSE_PENALTY: f64 = 4.0;
/// Folds of the cross-fitting.
pub const FOLDS: usize = 5;
/// L-BFGS: remembered steps, iterations at most, and the gradient's length (per text) that counts as converged.
const MEMORY: usize = 10;
const MAX_ITERATIONS: usize = 300;
const CONVERGED: f64 = 1e-5;
/// Backtracking: the sufficient decrease asked of a step, and halvings at most.
const ARMIJO: f64 = 1e-4;
const MAX_HALVINGS: usize = 30;

/// The weights per bucket (without the intercept, which the respect fit's own bias takes over) fitted on
/// `examples`: each text's sequences and whether it is respectful.
pub fn train(examples: &[(&GramVector, bool)]) -> Vec<f32> {
    let size = BUCKETS + 1; // the weights, then the intercept
    let objective = |w: &[f64], gradient: &mut [f64]| -> f64 {
        gradient.iter_mut().for_each(|g| *g = 0.0);
        let mut loss = 0.0;
        for (vector, respectful) in examples {
            let z = w[BUCKETS] + vector.values.iter().map(|&(b, v)| f64::from(v) * w[usize::from(b)]).sum::<f64>();
            // log(1 + e^-z) for a yes, log(1 + e^z) for a no, computed without overflow.
            let signed = if *respectful { z } else { -z };
            loss += (-signed).max(0.0) + (-signed.abs()).exp().ln_1p();
            let slope = sigmoid(z) - f64::from(u8::from(*respectful));
            for &(b, v) in &vector.values {
                gradient[usize::from(b)] += slope * f64::from(v);
            }
            gradient[BUCKETS] += slope;
        }
        for c in 0..BUCKETS {
            loss += 0.5 * w[c] * w[c] / INVERSE_PENALTY;
            gradient[c] += w[c] / INVERSE_PENALTY;
        }
        loss
    };
    let w = minimize(size, examples.len().max(1) as f64, objective);
    w[..BUCKETS].iter().map(|&value| value as f32).collect()
}

/// The component fitted on every example, and each example's value from the component fitted without its fold
/// (examples `i` with `i % FOLDS == k` form fold `k`).
pub fn cross_fitted(examples: &[(&GramVector, bool)], threshold: f64) -> (Vec<f32>, Vec<f64>) {
    let full = train(examples);
    let mut values = vec![0.0; examples.len()];
    for fold in 0..FOLDS {
        let others: Vec<(&GramVector, bool)> =
            examples.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, example)| *example).collect();
        let weights = train(&others);
        for (i, (vector, _)) in examples.iter().enumerate().filter(|(i, _)| i % FOLDS == fold) {
            values[i] = vector.counted_value(&weights, threshold);
        }
    }
    (full, values)
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Minimises a smooth convex function of `size` variables from zero by L-BFGS with backtracking; `scale` (the
/// number of texts) sets what counts as a small gradient.
fn minimize(size: usize, scale: f64, mut objective: impl FnMut(&[f64], &mut [f64]) -> f64) -> Vec<f64> {
    let mut w = vec![0.0; size];
    let mut gradient = vec![0.0; size];
    let mut value = objective(&w, &mut gradient);
    let mut history: Vec<(Vec<f64>, Vec<f64>, f64)> = Vec::with_capacity(MEMORY);
    let mut next_gradient = vec![0.0; size];
    for _ in 0..MAX_ITERATIONS {
        if norm(&gradient) / scale < CONVERGED {
            break;
        }
        // The two-loop recursion: the direction is minus the inverse Hessian estimate times the gradient.
        let mut direction: Vec<f64> = gradient.clone();
        let mut alphas = Vec::with_capacity(history.len());
        for (s, y, rho) in history.iter().rev() {
            let alpha = rho * dot(s, &direction);
            axpy(-alpha, y, &mut direction);
            alphas.push(alpha);
        }
        if let Some((s, y, _)) = history.last() {
            let gamma = dot(s, y) / dot(y, y);
            direction.iter_mut().for_each(|d| *d *= gamma);
        } else {
            let length = norm(&direction);
            direction.iter_mut().for_each(|d| *d /= length.max(1.0));
        }
        for ((s, y, rho), alpha) in history.iter().zip(alphas.iter().rev()) {
            let beta = rho * dot(y, &direction);
            axpy(alpha - beta, s, &mut direction);
        }
        direction.iter_mut().for_each(|d| *d = -*d);
        let slope = dot(&gradient, &direction);
        if slope >= 0.0 {
            // Not a descent direction: start the memory again from the gradient.
            history.clear();
            continue;
        }
        let mut step = 1.0;
        let mut moved = None;
        for _ in 0..MAX_HALVINGS {
            let candidate: Vec<f64> = w.iter().zip(&direction).map(|(x, d)| x + step * d).collect();
            let candidate_value = objective(&candidate, &mut next_gradient);
            if candidate_value <= value + ARMIJO * step * slope {
                moved = Some((candidate, candidate_value));
                break;
            }
            step *= 0.5;
        }
        let Some((candidate, candidate_value)) = moved else { break };
        let s: Vec<f64> = candidate.iter().zip(&w).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = next_gradient.iter().zip(&gradient).map(|(a, b)| a - b).collect();
        let curvature = dot(&s, &y);
        if curvature > 1e-12 {
            if history.len() == MEMORY {
                history.remove(0);
            }
            history.push((s, y, 1.0 / curvature));
        }
        w = candidate;
        value = candidate_value;
        std::mem::swap(&mut gradient, &mut next_gradient);
    }
    w
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn norm(a: &[f64]) -> f64 {
    dot(a, a).sqrt()
}

fn axpy(alpha: f64, x: &[f64], y: &mut [f64]) {
    for (y, x) in y.iter_mut().zip(x) {
        *y += alpha * x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l_bfgs_finds_the_minimum_of_a_quadratic() {
        // (x - 3)^2 + 10 (y + 1)^2 + (x - y)^2 / 2: minimum where 2(x-3) + (x-y) = 0 and 20(y+1) - (x-y) = 0.
        let w = minimize(2, 1.0, |w, g| {
            let (x, y) = (w[0], w[1]);
            g[0] = 2.0 * (x - 3.0) + (x - y);
            g[1] = 20.0 * (y + 1.0) - (x - y);
            (x - 3.0).powi(2) + 10.0 * (y + 1.0).powi(2) + (x - y).powi(2) / 2.0
        });
        // Solving 3x - y = 6 and -x + 21y = -20: y = 3x - 6, so 62x = 106.
        let x = 106.0 / 62.0;
        let y = 3.0 * x - 6.0;
        assert!((w[0] - x).abs() < 1e-4 && (w[1] - y).abs() < 1e-4, "{w:?} vs {x}, {y}");
    }

    #[test]
    fn the_component_learns_which_words_are_rude() {
        let rude = ["you idiot", "idiot again", "what an idiot", "idiot", "such idiots"];
        let kind = ["thanks so much", "lovely work", "thanks again", "kind words", "lovely idea"];
        let vectors: Vec<GramVector> = rude.iter().chain(&kind).map(|text| GramVector::of(text.split(' '))).collect();
        let examples: Vec<(&GramVector, bool)> =
            vectors.iter().enumerate().map(|(i, vector)| (vector, i >= rude.len())).collect();
        let weights = train(&examples);
        let value = |text: &str| GramVector::of(text.split(' ')).dot(&weights);
        assert!(value("idiots") < 0.0 && value("lovely") > 0.0, "{} {}", value("idiots"), value("lovely"));
        let (_, held_out) = cross_fitted(&examples, 0.0);
        assert_eq!(held_out.len(), examples.len());
    }
}
