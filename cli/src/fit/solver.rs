//! The numeric core of `tact fit`: a linear model fitted by penalised Newton's method (logistic loss for yes/no
//! labels, least squares for values), each weight shrunk toward a centre, solved by Cholesky, with weights that can
//! be held at a value and a floor that keeps a weight at a share of its prior.

/// What one observation says about its linear predictor (a logit).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Label {
    /// Yes or no, fitted by logistic loss.
    Binary(bool),
    /// The value the predictor should have, fitted by least squares.
    Value(f64),
}

/// One row of the model: its nonzero `(column, value)` features, its label and its weight in the loss.
pub struct Observation {
    pub columns: Vec<(usize, f64)>,
    pub label: Label,
    pub weight: f64,
}

/// Minimise `sum weight x loss(label, columns . w) + sum 0.5 x strength[c] x (w[c] - centre[c])^2` over `w`.
pub struct Problem {
    pub observations: Vec<Observation>,
    /// The value each weight is shrunk toward (and starts from).
    pub centre: Vec<f64>,
    /// How hard each weight is pulled to its centre, in the units of the weighted loss.
    pub strength: Vec<f64>,
}

/// How hard a held weight is pulled to its value while solving (it is set to it exactly afterwards).
const HOLD: f64 = 1e6;
/// Newton steps at most; the fit stops earlier when a step moves no weight by more than [`CONVERGED`].
const MAX_STEPS: usize = 50;
const CONVERGED: f64 = 1e-7;
/// Times a step is halved before Newton's method gives up on improving.
const MAX_HALVINGS: usize = 20;

/// The minimising weights, one per column, with each `held` column kept at its value.
pub fn minimize(problem: &Problem, held: &[(usize, f64)]) -> Vec<f64> {
    let size = problem.centre.len();
    let mut centre = problem.centre.clone();
    let mut strength = problem.strength.clone();
    for &(column, value) in held {
        centre[column] = value;
        strength[column] = HOLD;
    }
    let objective = |w: &[f64]| -> f64 {
        let data: f64 = problem
            .observations
            .iter()
            .map(|observation| observation.weight * loss(observation.label, dot(&observation.columns, w)).0)
            .sum();
        data + (0..size).map(|c| 0.5 * strength[c] * (w[c] - centre[c]).powi(2)).sum::<f64>()
    };
    let mut w = centre.clone();
    let mut current = objective(&w);
    for _ in 0..MAX_STEPS {
        let mut gradient: Vec<f64> = (0..size).map(|c| strength[c] * (w[c] - centre[c])).collect();
        let mut hessian = vec![0.0; size * size];
        for c in 0..size {
            hessian[c * size + c] = strength[c];
        }
        for observation in &problem.observations {
            let (_, slope, curvature) = loss(observation.label, dot(&observation.columns, &w));
            for &(a, va) in &observation.columns {
                gradient[a] += observation.weight * slope * va;
                for &(b, vb) in &observation.columns {
                    hessian[a * size + b] += observation.weight * curvature * va * vb;
                }
            }
        }
        let Some(step) = cholesky_solve(&mut hessian, &gradient, size) else { break };
        let mut scale = 1.0;
        let mut improved = false;
        for _ in 0..MAX_HALVINGS {
            let next: Vec<f64> = w.iter().zip(&step).map(|(x, s)| x - scale * s).collect();
            let value = objective(&next);
            if value <= current {
                let moved = step.iter().map(|s| (scale * s).abs()).fold(0.0, f64::max);
                w = next;
                current = value;
                improved = moved > CONVERGED;
                break;
            }
            scale *= 0.5;
        }
        if !improved {
            break;
        }
    }
    for &(column, value) in held {
        w[column] = value;
    }
    w
}

/// Minimises, then holds every column of `floors` whose weight ended nearer zero than its floor (or past zero) at
/// that floor, and minimises again, until no weight is below its floor. A floor is a share of the weight's prior,
/// with its sign: data can strengthen or weaken such a weight but not switch it off or turn it around. Returns the
/// weights and the columns that were held.
pub fn minimize_with_floors(problem: &Problem, floors: &[(usize, f64)]) -> (Vec<f64>, Vec<usize>) {
    let mut held: Vec<(usize, f64)> = Vec::new();
    let mut w = minimize(problem, &held);
    for _ in 0..floors.len() {
        let below: Vec<(usize, f64)> = floors
            .iter()
            .filter(|&&(column, floor)| {
                w[column] * floor.signum() < floor.abs() && !held.iter().any(|(c, _)| *c == column)
            })
            .copied()
            .collect();
        if below.is_empty() {
            break;
        }
        held.extend(below);
        w = minimize(problem, &held);
    }
    (w, held.into_iter().map(|(column, _)| column).collect())
}

fn dot(columns: &[(usize, f64)], w: &[f64]) -> f64 {
    columns.iter().map(|(c, v)| w[*c] * v).sum()
}

/// The loss of one observation at logit `z`, with its first and second derivative in `z`.
fn loss(label: Label, z: f64) -> (f64, f64, f64) {
    match label {
        Label::Binary(yes) => {
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if yes { 1.0 } else { 0.0 };
            let value = if yes { softplus(-z) } else { softplus(z) };
            (value, p - y, (p * (1.0 - p)).max(1e-9))
        }
        Label::Value(value) => {
            let residual = z - value;
            (0.5 * residual * residual, residual, 1.0)
        }
    }
}

/// `ln(1 + e^x)` without overflow.
fn softplus(x: f64) -> f64 {
    if x > 30.0 {
        x
    } else {
        x.exp().ln_1p()
    }
}

/// Solves `H x = g` for a symmetric positive definite `H` (`n x n`, row-major, overwritten by its Cholesky factor);
/// `None` when `H` is not positive definite.
pub fn cholesky_solve(h: &mut [f64], g: &[f64], n: usize) -> Option<Vec<f64>> {
    for j in 0..n {
        let mut diagonal = h[j * n + j];
        for k in 0..j {
            diagonal -= h[j * n + k] * h[j * n + k];
        }
        if diagonal <= 0.0 {
            return None;
        }
        let diagonal = diagonal.sqrt();
        h[j * n + j] = diagonal;
        for i in j + 1..n {
            let mut value = h[i * n + j];
            for k in 0..j {
                value -= h[i * n + k] * h[j * n + k];
            }
            h[i * n + j] = value / diagonal;
        }
    }
    let mut y = vec![0.0; n];
    for i in 0..n {
        let mut value = g[i];
        for k in 0..i {
            value -= h[i * n + k] * y[k];
        }
        y[i] = value / h[i * n + i];
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let mut value = y[i];
        for k in i + 1..n {
            value -= h[k * n + i] * x[k];
        }
        x[i] = value / h[i * n + i];
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::{cholesky_solve, minimize, minimize_with_floors, Label, Observation, Problem};

    fn close(actual: f64, expected: f64, tolerance: f64) -> bool {
        (actual - expected).abs() <= tolerance
    }

    /// Observations of one column (an intercept) with the given labels, each of weight 1.
    fn intercept_only(labels: &[Label]) -> Vec<Observation> {
        labels.iter().map(|&label| Observation { columns: vec![(0, 1.0)], label, weight: 1.0 }).collect()
    }

    fn sigmoid(z: f64) -> f64 {
        1.0 / (1.0 + (-z).exp())
    }

    #[test]
    fn cholesky_solves_a_2x2_and_a_3x3_system_with_known_solutions() {
        // [[4, 2], [2, 3]] x = [8, 8] has x = [1, 2].
        let x = cholesky_solve(&mut [4.0, 2.0, 2.0, 3.0], &[8.0, 8.0], 2).expect("positive definite");
        assert!(close(x[0], 1.0, 1e-12) && close(x[1], 2.0, 1e-12), "{x:?}");
        // [[25, 15, -5], [15, 18, 0], [-5, 0, 11]] x = [35, 33, 6] has x = [1, 1, 1].
        let mut h = [25.0, 15.0, -5.0, 15.0, 18.0, 0.0, -5.0, 0.0, 11.0];
        let x = cholesky_solve(&mut h, &[35.0, 33.0, 6.0], 3).expect("positive definite");
        assert!(x.iter().all(|&v| close(v, 1.0, 1e-12)), "{x:?}");
        // Its Cholesky factor is [[5], [3, 3], [-1, 1, 3]], left in the lower triangle.
        assert_eq!([h[0], h[3], h[4], h[6], h[7], h[8]], [5.0, 3.0, 3.0, -1.0, 1.0, 3.0]);
    }

    #[test]
    fn cholesky_refuses_a_matrix_that_is_not_positive_definite() {
        assert_eq!(cholesky_solve(&mut [1.0, 2.0, 2.0, 1.0], &[1.0, 1.0], 2), None);
        assert_eq!(cholesky_solve(&mut [0.0], &[1.0], 1), None);
    }

    #[test]
    fn least_squares_recovers_an_exact_line() {
        // y = 1 + 2x at x = 0..4, an intercept and a slope column, a negligible pull toward 0.
        let observations = (0..5)
            .map(|x| Observation {
                columns: vec![(0, 1.0), (1, f64::from(x))],
                label: Label::Value(1.0 + 2.0 * f64::from(x)),
                weight: 1.0,
            })
            .collect();
        let w = minimize(&Problem { observations, centre: vec![0.0; 2], strength: vec![1e-9; 2] }, &[]);
        assert!(close(w[0], 1.0, 1e-6) && close(w[1], 2.0, 1e-6), "{w:?}");
    }

    #[test]
    fn shrinkage_pulls_a_weight_toward_its_prior_by_its_strength() {
        // Four values of 2 and a prior of 0.5 held with the strength of four observations: the minimum of
        // 4 x (w - 2)^2 / 2 + 4 x (w - 0.5)^2 / 2 is the mean of the two, 1.25.
        let observations = intercept_only(&[Label::Value(2.0); 4]);
        let w = minimize(&Problem { observations, centre: vec![0.5], strength: vec![4.0] }, &[]);
        assert!(close(w[0], 1.25, 1e-9), "{w:?}");
        // The stronger the pull, the nearer the prior: (n y + s c) / (n + s).
        for strength in [0.0, 1.0, 40.0, 4000.0] {
            let observations = intercept_only(&[Label::Value(2.0); 4]);
            let w = minimize(&Problem { observations, centre: vec![0.5], strength: vec![strength] }, &[]);
            let expected = (4.0 * 2.0 + strength * 0.5) / (4.0 + strength);
            assert!(close(w[0], expected, 1e-9), "strength {strength}: {w:?}, expected {expected}");
        }
    }

    #[test]
    fn logistic_loss_finds_the_log_odds_of_a_non_separable_sample() {
        // Three yes and one no: the best single logit is ln(3 / 1).
        let labels = [Label::Binary(true), Label::Binary(true), Label::Binary(false), Label::Binary(true)];
        let w =
            minimize(&Problem { observations: intercept_only(&labels), centre: vec![0.0], strength: vec![0.0] }, &[]);
        assert!(close(w[0], 3f64.ln(), 1e-7), "{w:?}");
        // Two groups with their own indicator columns get their own log odds: 1 in 5 and 4 in 5.
        let group = |column: usize, yes: usize| {
            (0..5).map(move |i| Observation {
                columns: vec![(column, 1.0)],
                label: Label::Binary(i < yes),
                weight: 1.0,
            })
        };
        let observations = group(0, 1).chain(group(1, 4)).collect();
        let w = minimize(&Problem { observations, centre: vec![0.0; 2], strength: vec![0.0; 2] }, &[]);
        assert!(close(w[0], -(4f64.ln()), 1e-7) && close(w[1], 4f64.ln(), 1e-7), "{w:?}");
    }

    #[test]
    fn a_separable_sample_stays_finite_where_the_penalty_balances_the_loss() {
        // Only yes: unpenalised the logit would run off to infinity. With a pull of 0.1 toward 0 the optimum is
        // where the loss's slope meets the penalty's: 1 - sigmoid(w) = 0.1 w.
        let problem =
            Problem { observations: intercept_only(&[Label::Binary(true)]), centre: vec![0.0], strength: vec![0.1] };
        let w = minimize(&problem, &[])[0];
        assert!(w > 1.6 && w < 1.7, "{w}");
        assert!(close(1.0 - sigmoid(w), 0.1 * w, 1e-9), "{w}: slope {} against {}", 1.0 - sigmoid(w), 0.1 * w);
        // A feature that separates the classes perfectly (+1 on the yes, -1 on the no): both observations push its
        // weight the same way, so it balances the penalty further out, where 2 (1 - sigmoid(w)) = 0.1 w.
        let observations = vec![
            Observation { columns: vec![(0, 1.0)], label: Label::Binary(true), weight: 1.0 },
            Observation { columns: vec![(0, -1.0)], label: Label::Binary(false), weight: 1.0 },
        ];
        let both = minimize(&Problem { observations, centre: vec![0.0], strength: vec![0.1] }, &[])[0];
        assert!(both > w, "two agreeing observations push further than one: {both} against {w}");
        assert!(close(2.0 * (1.0 - sigmoid(both)), 0.1 * both, 1e-9), "{both}");
    }

    #[test]
    fn a_held_weight_keeps_its_value_and_the_others_fit_around_it() {
        // y = 1 + 2x again, with the slope held at 1: the intercept becomes the best one for that slope, mean(y - x).
        let observations = (0..5)
            .map(|x| Observation {
                columns: vec![(0, 1.0), (1, f64::from(x))],
                label: Label::Value(1.0 + 2.0 * f64::from(x)),
                weight: 1.0,
            })
            .collect();
        let w = minimize(&Problem { observations, centre: vec![0.0; 2], strength: vec![1e-9; 2] }, &[(1, 1.0)]);
        assert_eq!(w[1], 1.0);
        assert!(close(w[0], 3.0, 1e-4), "{w:?}");
    }

    #[test]
    fn the_floor_holds_a_weight_the_data_turns_around_at_its_share_of_the_prior() {
        // Column 0 is an intercept; column 1 has a prior of +1 and a floor of +0.5, but the data says -1 for it.
        // Column 2 has a prior of +1 and the data agrees (+2): it stays above its floor and is not held.
        let observations = (0..20)
            .map(|i| {
                let (x1, x2) = (f64::from(i % 2), f64::from((i / 2) % 2));
                Observation {
                    columns: vec![(0, 1.0), (1, x1), (2, x2)],
                    label: Label::Value(-x1 + 2.0 * x2),
                    weight: 1.0,
                }
            })
            .collect();
        let problem = Problem { observations, centre: vec![0.0, 1.0, 1.0], strength: vec![1e-6, 1.0, 1.0] };
        let free = minimize(&problem, &[]);
        assert!(free[1] < 0.5, "the data pulls column 1 below its floor unheld: {free:?}");
        let (w, held) = minimize_with_floors(&problem, &[(1, 0.5), (2, 0.5)]);
        assert_eq!(held, [1]);
        assert_eq!(w[1], 0.5);
        assert!(w[2] > 1.0, "column 2 follows its data above the prior: {w:?}");
        // A negative prior's floor is negative: a weight the data pushes up past it is held there.
        let (w, held) = minimize_with_floors(&problem, &[(2, -0.5)]);
        assert_eq!((held, w[2]), (vec![2], -0.5));
        // A weight already beyond its floor is left as the free fit has it.
        let (w, held) = minimize_with_floors(&problem, &[(2, 0.5)]);
        assert!(held.is_empty());
        assert_eq!(w, free);
    }
}
