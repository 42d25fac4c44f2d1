//! The popup's chart of every post's scores at posting, in order, as SVG text: one line per score, colours from
//! the page's CSS (`.chart .listening` and so on), so it reads in light and dark mode alike.

use std::fmt::Write;

use super::PostRecord;

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

/// The series drawn, in order, with the class the stylesheet colours.
const SERIES: [&str; 3] = ["listening", "respect", "promotion"];

/// The chart of `posts` (oldest first), or `None` before the first post.
pub fn chart_svg(posts: &[PostRecord]) -> Option<String> {
    if posts.is_empty() {
        return None;
    }
    let mut svg = String::with_capacity(512 + posts.len() * 120);
    let summary = describe(posts);
    // Writing to a String cannot fail: the `write!` results below are ignored for that reason.
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{summary}" data-chart-posts="{}">"#,
        posts.len()
    );
    for level in [0, 50, 100] {
        let y = y_of(level);
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{LEFT}" x2="{}" y1="{y}" y2="{y}"/><text class="axis" x="{}" y="{}" text-anchor="end">{level}</text>"#,
            WIDTH - RIGHT,
            LEFT - 4,
            y + 3
        );
    }
    for (index, name) in SERIES.iter().enumerate() {
        let values: Vec<i32> = posts.iter().map(|post| post.last.points()[index]).collect();
        let points: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(at, value)| format!("{},{}", x_of(at, posts.len()), y_of(*value)))
            .collect();
        let joined: Vec<String> = values.iter().map(i32::to_string).collect();
        let _ = write!(
            svg,
            r#"<polyline class="{name}" data-series="{name}" data-values="{}" points="{}"/>"#,
            joined.join(","),
            points.join(" ")
        );
        if posts.len() <= MAX_DOTS {
            for (at, value) in values.iter().enumerate() {
                let _ = write!(
                    svg,
                    r#"<circle class="{name}" cx="{}" cy="{}" r="2.5"><title>Post {}: {name} {value}</title></circle>"#,
                    x_of(at, posts.len()),
                    y_of(*value),
                    at + 1
                );
            }
        }
    }
    svg.push_str("</svg>");
    Some(svg)
}

/// What a screen reader says for the chart: how many posts, and where the scores started and ended.
fn describe(posts: &[PostRecord]) -> String {
    let [first_listening, first_respect, first_promotion] = posts[0].last.points();
    let [listening, respect, promotion] = posts[posts.len() - 1].last.points();
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

    fn attribute<'a>(svg: &'a str, series: &str, name: &str) -> &'a str {
        let start = svg.find(&format!(r#"data-series="{series}""#)).unwrap_or(0);
        let rest = &svg[start..];
        let from = rest.find(&format!(r#"{name}=""#)).map_or(0, |at| at + name.len() + 2);
        let to = rest[from..].find('"').map_or(from, |at| from + at);
        &rest[from..to]
    }

    #[test]
    fn no_posts_means_no_chart() {
        assert_eq!(chart_svg(&[]), None);
    }

    #[test]
    fn each_score_is_a_line_through_every_post_in_order() {
        let svg = chart_svg(&[post(0.2, 0.5, 0.9), post(0.8, 0.75, 0.1)]).unwrap_or_default();
        assert_eq!(attribute(&svg, "listening", "data-values"), "20,80");
        assert_eq!(attribute(&svg, "respect", "data-values"), "50,75");
        assert_eq!(attribute(&svg, "promotion", "data-values"), "90,10");
        assert!(svg.contains(r#"data-chart-posts="2""#));
    }

    #[test]
    fn higher_scores_are_drawn_higher_and_later_posts_further_right() {
        let svg = chart_svg(&[post(0.0, 0.5, 0.5), post(1.0, 0.5, 0.5)]).unwrap_or_default();
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
        let svg = chart_svg(&[post(0.5, 0.5, 0.5)]).unwrap_or_default();
        assert!(attribute(&svg, "listening", "points").starts_with(&format!("{},", LEFT + (WIDTH - LEFT - RIGHT) / 2)));
    }

    #[test]
    fn the_chart_says_what_it_shows() {
        let svg = chart_svg(&[post(0.2, 0.5, 0.9), post(0.8, 0.75, 0.1)]).unwrap_or_default();
        assert!(svg.contains("listening from 20 to 80"), "{svg}");
        assert!(svg.contains(r#"role="img""#));
    }

    #[test]
    fn long_sessions_draw_lines_without_dots() {
        let svg = chart_svg(&vec![post(0.5, 0.5, 0.5); MAX_DOTS + 1]).unwrap_or_default();
        assert!(!svg.contains("<circle"));
        assert!(svg.contains("<polyline"));
    }
}
