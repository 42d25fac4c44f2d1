//! The three scores as types: [`Axis`] names one, [`PerAxis`] holds one value for each (scores, weights, checks).

use serde::{Deserialize, Serialize};

/// One of the three scores a draft gets.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Axis {
    /// How much the draft takes in the other person's view (higher is better).
    Listening,
    /// How respectful it reads (higher is better).
    Respect,
    /// How promotional it reads (higher is MORE promotional, so lower is better).
    Promotion,
}

impl Axis {
    /// Every axis, in the order of the report, the weight table and the UI.
    pub const ALL: [Axis; 3] = [Axis::Listening, Axis::Respect, Axis::Promotion];

    /// The axis as the report's JSON and the presets name it.
    pub const fn name(self) -> &'static str {
        match self {
            Axis::Listening => "listening",
            Axis::Respect => "respect",
            Axis::Promotion => "promotion",
        }
    }

    /// The axis a name (as [`Axis::name`] writes it) stands for.
    pub fn named(name: &str) -> Option<Axis> {
        Axis::ALL.into_iter().find(|axis| axis.name() == name)
    }

    /// The axis as a sentence starts with it ("Promotion is 72; ...").
    pub const fn label(self) -> &'static str {
        match self {
            Axis::Listening => "Listening",
            Axis::Respect => "Respect",
            Axis::Promotion => "Promotion",
        }
    }

    /// The axis's place in [`Axis::ALL`] (and in the `[listening, respect, promotion]` rows of the weight table).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Whether a higher score is better: listening and respect, not promotion.
    pub const fn higher_is_better(self) -> bool {
        !matches!(self, Axis::Promotion)
    }
}

/// One value per axis. Serialised as `{listening, respect, promotion}`, the shape the report has always had.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct PerAxis<T> {
    pub listening: T,
    pub respect: T,
    pub promotion: T,
}

impl<T> PerAxis<T> {
    pub const fn new(listening: T, respect: T, promotion: T) -> Self {
        Self { listening, respect, promotion }
    }

    /// A value for each axis, worked out from the axis.
    pub fn from_fn(mut value: impl FnMut(Axis) -> T) -> Self {
        Self::new(value(Axis::Listening), value(Axis::Respect), value(Axis::Promotion))
    }

    /// Each value turned into another, axis by axis.
    pub fn map<U>(self, mut change: impl FnMut(T) -> U) -> PerAxis<U> {
        PerAxis::new(change(self.listening), change(self.respect), change(self.promotion))
    }

    /// The values by reference.
    pub fn as_ref(&self) -> PerAxis<&T> {
        PerAxis::new(&self.listening, &self.respect, &self.promotion)
    }

    /// Each axis with its value, in [`Axis::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Axis, &T)> {
        Axis::ALL.into_iter().zip([&self.listening, &self.respect, &self.promotion])
    }

    /// The values in [`Axis::ALL`] order.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        [&self.listening, &self.respect, &self.promotion].into_iter()
    }
}

impl<T> std::ops::Index<Axis> for PerAxis<T> {
    type Output = T;
    fn index(&self, axis: Axis) -> &T {
        match axis {
            Axis::Listening => &self.listening,
            Axis::Respect => &self.respect,
            Axis::Promotion => &self.promotion,
        }
    }
}

impl<T> std::ops::IndexMut<Axis> for PerAxis<T> {
    fn index_mut(&mut self, axis: Axis) -> &mut T {
        match axis {
            Axis::Listening => &mut self.listening,
            Axis::Respect => &mut self.respect,
            Axis::Promotion => &mut self.promotion,
        }
    }
}

/// A `[listening, respect, promotion]` row, as the generated weight table writes one.
impl<T> From<[T; 3]> for PerAxis<T> {
    fn from([listening, respect, promotion]: [T; 3]) -> Self {
        Self::new(listening, respect, promotion)
    }
}

#[cfg(test)]
mod tests {
    use super::{Axis, PerAxis};

    #[test]
    fn each_axis_indexes_its_own_field_and_its_row_position() {
        let values = PerAxis::from(["l", "r", "p"]);
        for (position, axis) in Axis::ALL.into_iter().enumerate() {
            assert_eq!(axis.index(), position);
            assert_eq!(values[axis], ["l", "r", "p"][position]);
            assert!(axis.label().eq_ignore_ascii_case(axis.name()));
            assert_eq!(Axis::named(axis.name()), Some(axis));
        }
        assert_eq!(values.iter().map(|(axis, _)| axis).collect::<Vec<_>>(), Axis::ALL);
        assert_eq!(Axis::named("tone"), None);
    }

    #[test]
    fn the_json_is_the_report_s_scores_object() {
        let scores = PerAxis::new(0.25, 0.5, 0.75);
        let json = serde_json::to_string(&scores).expect("numbers serialise");
        assert_eq!(json, r#"{"listening":0.25,"respect":0.5,"promotion":0.75}"#);
        assert_eq!(serde_json::from_str::<PerAxis<f64>>(&json).ok(), Some(scores));
        assert_eq!(serde_json::to_string(&Axis::Promotion).ok().as_deref(), Some("\"promotion\""));
    }

    #[test]
    fn only_promotion_is_better_lower_and_map_keeps_each_axis() {
        let better: Vec<bool> = Axis::ALL.iter().map(|axis| axis.higher_is_better()).collect();
        assert_eq!(better, [true, true, false]);
        let doubled = PerAxis::from_fn(|axis| axis.index()).map(|index| index * 2);
        assert_eq!(doubled, PerAxis::new(0, 2, 4));
    }
}
