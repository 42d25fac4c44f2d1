//! The session's per-post records as CSV (RFC 4180): time, site, the scores at first check and at posting, the
//! rules that fired. Never any draft text: the records hold none. The `site` column keeps the stable key the stats
//! record (`x`, `reddit`, `generic` for a site the user turned on), for spreadsheets; the popup shows its name.

use super::{improved, points_of, SessionStats};

/// The CSV's header line; scores are the 0-100 points the badge shows.
pub const HEADER: &str = "time,site,first_listening,first_respect,first_promotion,\
final_listening,final_respect,final_promotion,improved,rules";

/// The session as CSV text, one line per post in the order they were sent, with a header line.
pub fn session_csv(stats: &SessionStats) -> String {
    let mut out = String::with_capacity(64 * (stats.posts.len() + 1));
    out.push_str(HEADER);
    out.push_str("\r\n");
    for post in &stats.posts {
        let mut fields = vec![iso_time(post.time), field(&post.site)];
        fields.extend(points_of(&post.first).values().chain(points_of(&post.last).values()).map(i32::to_string));
        fields.push(improved(&post.first, &post.last).to_string());
        fields.push(field(&post.rules.join(";")));
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One text field: quoted when it holds a comma, quote or line break, and defused when a spreadsheet would read
/// it as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Milliseconds since the Unix epoch as an ISO 8601 UTC time, to the second (`2026-11-26T08:27:01Z`).
pub fn iso_time(millis: f64) -> String {
    let seconds = if millis.is_finite() { (millis / 1000.0).floor() as i64 } else { 0 };
    let (days, second_of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_date(days);
    let (hour, minute, second) = (second_of_day / 3600, second_of_day % 3600 / 60, second_of_day % 60);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::{PostRecord, PostScores};

    fn post(time: f64, site: &str, rules: &[&str]) -> PostRecord {
        PostRecord {
            time,
            site: site.to_string(),
            first: PostScores { listening: 0.2, respect: 0.31, promotion: 0.9 },
            last: PostScores { listening: 0.6, respect: 0.8, promotion: 0.104 },
            rules: rules.iter().map(|rule| rule.to_string()).collect(),
        }
    }

    #[test]
    fn an_empty_session_exports_the_header_only() {
        assert_eq!(session_csv(&SessionStats::default()), format!("{HEADER}\r\n"));
    }

    #[test]
    fn each_post_is_one_line_with_its_scores_in_points() {
        let stats = SessionStats {
            posts: vec![post(1_795_681_621_000.0, "x", &["builtin.urgency", "builtin.insults"])],
            ..SessionStats::default()
        };
        let csv = session_csv(&stats);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[1], "2026-11-26T08:27:01Z,x,20,31,90,60,80,10,true,builtin.urgency;builtin.insults");
        assert_eq!(lines.len(), 3, "header, one post, and the final line break");
    }

    #[test]
    fn every_line_has_as_many_fields_as_the_header() {
        let stats =
            SessionStats { posts: vec![post(0.0, "reddit", &[]), post(1.0, "x", &["a"])], ..Default::default() };
        let columns = HEADER.split(',').count();
        for line in session_csv(&stats).lines() {
            assert_eq!(line.split(',').count(), columns, "{line}");
        }
    }

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn a_field_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(field("@sum"), "'@sum");
    }

    #[test]
    fn times_are_utc_iso_dates() {
        assert_eq!(iso_time(0.0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_time(951_782_400_000.0), "2000-02-29T00:00:00Z");
        assert_eq!(iso_time(f64::NAN), "1970-01-01T00:00:00Z");
    }
}
