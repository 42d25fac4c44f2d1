//! The popup's chart of every post's scores at posting, in order, as a tree of SVG elements that the popup builds
//! with DOM calls (never markup text): one line per score, colours from the page's CSS (`.chart .listening` and so
//! on), so it reads in light and dark mode alike.

use super::{points, points_of, PostRecord};
use crate::engine::{Axis, PerAxis};

// Whole-pixel coordinates: plenty for a 288-pixel chart, and no float formatting code in the wasm.
const WIDTH: i32 = 288;
const HEIGHT: i32 = 112;
/// Room on the left for the 0 / 50 / 100 labels, and above and below for the dots.
const LEFT: i32 = 24;
const RIGHT: i32 = 8;
const TOP: i32 = 6;
const BOTTOM: i32 = 6;
/// Beyond this many posts the dots would touch: only the lines are drawn.
const MAX_DOTS: usize = 40;

/// One SVG element: its tag, its attributes in order, its text (set as text, never parsed) and its children.
#[derive(Debug, Clone, PartialEq)]
pub struct SvgNode {
    pub tag: &'static str,
    pub attributes: Vec<(&'static str, String)>,
    pub text: Option<String>,
    pub children: Vec<SvgNode>,
}

impl SvgNode {
    fn new(tag: &'static str, attributes: Vec<(&'static str, String)>) -> Self {
        Self { tag, attributes, text: None, children: Vec::new() }
    }

    fn with_text(mut self, text: String) -> Self {
        self.text = Some(text);
        self
    }

    /// The value of the attribute `name`, if set.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(key, _)| *key == name).map(|(_, value)| value.as_str())
    }

    /// This node and every node below it, depth first.
    pub fn descendants(&self) -> Vec<&SvgNode> {
        let mut found = vec![self];
        for child in &self.children {
            found.extend(child.descendants());
        }
        found
    }
}

/// The chart of `posts` (oldest first), or `None` before the first post.
pub fn chart(posts: &[PostRecord]) -> Option<SvgNode> {
    if posts.is_empty() {
        return None;
    }
    let mut svg = SvgNode::new(
        "svg",
        vec![
            ("class", "chart".to_string()),
            ("viewBox", format!("0 0 {WIDTH} {HEIGHT}")),
            ("width", WIDTH.to_string()),
            ("height", HEIGHT.to_string()),
            ("role", "img".to_string()),
            ("aria-label", describe(posts)),
            ("data-chart-posts", posts.len().to_string()),
        ],
    );
    for level in [0, 50, 100] {
        let y = y_of(level);
        svg.children.push(SvgNode::new(
            "line",
            vec![
                ("class", "grid".to_string()),
                ("x1", LEFT.to_string()),
                ("x2", (WIDTH - RIGHT).to_string()),
                ("y1", y.to_string()),
                ("y2", y.to_string()),
            ],
        ));
        let label = SvgNode::new(
            "text",
            vec![
                ("class", "axis".to_string()),
                ("x", (LEFT - 4).to_string()),
                ("y", (y + 3).to_string()),
                ("text-anchor", "end".to_string()),
            ],
        );
        svg.children.push(label.with_text(level.to_string()));
    }
    // One series per axis, drawn in order; its class (the axis's name) is the colour the stylesheet gives it.
    for axis in Axis::ALL {
        let name = axis.name();
        let values: Vec<i32> = posts.iter().map(|post| points(post.last[axis])).collect();
        let points: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(at, value)| format!("{},{}", x_of(at, posts.len()), y_of(*value)))
            .collect();
        let joined: Vec<String> = values.iter().map(i32::to_string).collect();
        svg.children.push(SvgNode::new(
            "polyline",
            vec![
                ("class", name.to_string()),
                ("data-series", name.to_string()),
                ("data-values", joined.join(",")),
                ("points", points.join(" ")),
            ],
        ));
        if posts.len() <= MAX_DOTS {
            for (at, value) in values.iter().enumerate() {
                let mut dot = SvgNode::new(
                    "circle",
                    vec![
                        ("class", name.to_string()),
                        ("cx", x_of(at, posts.len()).to_string()),
                        ("cy", y_of(*value).to_string()),
                        ("r", "2.5".to_string()),
                    ],
                );
                dot.children
                    .push(SvgNode::new("title", Vec::new()).with_text(format!("Post {}: {name} {value}", at + 1)));
                svg.children.push(dot);
            }
        }
    }
    Some(svg)
}

/// What a screen reader says for the chart: how many posts, and where the scores started and ended.
fn describe(posts: &[PostRecord]) -> String {
    let PerAxis { listening: first_listening, respect: first_respect, promotion: first_promotion } =
        points_of(&posts[0].last);
    let PerAxis { listening, respect, promotion } = points_of(&posts[posts.len() - 1].last);
    if posts.len() == 1 {
        return format!(
            "Scores of the one post at posting: listening {listening}, respect {respect}, promotion {promotion}."
        );
    }
    format!(
        "Scores at posting for {} posts, oldest first: listening from {first_listening} to {listening}, \
         respect from {first_respect} to {respect}, promotion from {first_promotion} to {promotion}.",
        posts.len()
    )
}

fn x_of(index: usize, count: usize) -> i32 {
    let span = (WIDTH - LEFT - RIGHT) as usize;
    if count <= 1 {
        return LEFT + span as i32 / 2;
    }
    LEFT + ((span * index + (count - 1) / 2) / (count - 1)) as i32
}

fn y_of(points: i32) -> i32 {
    let span = HEIGHT - TOP - BOTTOM;
    TOP + (span * (100 - points.clamp(0, 100)) + 50) / 100
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::PostScores;

    fn post(listening: f64, respect: f64, promotion: f64) -> PostRecord {
        let last = PostScores { listening, respect, promotion };
        PostRecord { last, ..PostRecord::default() }
    }

    fn drawn(posts: &[PostRecord]) -> SvgNode {
        chart(posts).unwrap_or_else(|| SvgNode::new("none", Vec::new()))
    }

    /// The attribute `name` of the line of `series`, or "" when there is none.
    fn attribute(svg: &SvgNode, series: &str, name: &str) -> String {
        let line = svg.descendants().into_iter().find(|node| node.attribute("data-series") == Some(series));
        line.and_then(|line| line.attribute(name)).unwrap_or_default().to_string()
    }

    fn count(svg: &SvgNode, tag: &str) -> usize {
        svg.descendants().iter().filter(|node| node.tag == tag).count()
    }

    #[test]
    fn no_posts_means_no_chart() {
        assert_eq!(chart(&[]), None);
    }

    #[test]
    fn each_score_is_a_line_through_every_post_in_order() {
        let svg = drawn(&[post(0.2, 0.5, 0.9), post(0.8, 0.75, 0.1)]);
        assert_eq!(svg.tag, "svg");
        assert_eq!(attribute(&svg, "listening", "data-values"), "20,80");
        assert_eq!(attribute(&svg, "respect", "data-values"), "50,75");
        assert_eq!(attribute(&svg, "promotion", "data-values"), "90,10");
        assert_eq!(svg.attribute("data-chart-posts"), Some("2"));
        assert_eq!(count(&svg, "polyline"), 3);
    }

    #[test]
    fn higher_scores_are_drawn_higher_and_later_posts_further_right() {
        let svg = drawn(&[post(0.0, 0.5, 0.5), post(1.0, 0.5, 0.5)]);
        let points: Vec<(i32, i32)> = attribute(&svg, "listening", "points")
            .split(' ')
            .filter_map(|pair| pair.split_once(','))
            .filter_map(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)))
            .collect();
        assert_eq!(points.len(), 2);
        assert!(points[1].0 > points[0].0, "{points:?}");
        assert!(points[1].1 < points[0].1, "SVG y grows downwards: {points:?}");
    }

    #[test]
    fn a_single_post_is_centred() {
        let svg = drawn(&[post(0.5, 0.5, 0.5)]);
        assert!(attribute(&svg, "listening", "points").starts_with(&format!("{},", LEFT + (WIDTH - LEFT - RIGHT) / 2)));
    }

    #[test]
    fn the_chart_says_what_it_shows() {
        let svg = drawn(&[post(0.2, 0.5, 0.9), post(0.8, 0.75, 0.1)]);
        let label = svg.attribute("aria-label").unwrap_or_default();
        assert!(label.contains("listening from 20 to 80"), "{label}");
        assert_eq!(svg.attribute("role"), Some("img"));
        let titles: Vec<&str> = svg
            .descendants()
            .iter()
            .filter(|node| node.tag == "title")
            .filter_map(|node| node.text.as_deref())
            .collect();
        assert!(titles.contains(&"Post 2: respect 75"), "{titles:?}");
    }

    #[test]
    fn the_axis_is_labelled_0_50_and_100() {
        let svg = drawn(&[post(0.5, 0.5, 0.5)]);
        let labels: Vec<&str> = svg
            .descendants()
            .iter()
            .filter(|node| node.tag == "text")
            .filter_map(|node| node.text.as_deref())
            .collect();
        assert_eq!(labels, ["0", "50", "100"]);
    }

    #[test]
    fn long_sessions_draw_lines_without_dots() {
        let svg = drawn(&vec![post(0.5, 0.5, 0.5); MAX_DOTS + 1]);
        assert_eq!(count(&svg, "circle"), 0);
        assert_eq!(count(&svg, "polyline"), 3);
    }
}
