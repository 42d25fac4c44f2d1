//! The evaluation-only data sets of the data folder (ParaDetox, Toxic Spans, ConvAbuse, GoEmotions, Persuasion for
//! Good, clickbait headlines), read as the data's README lays them out. Fitting never reads them, so every number
//! measured on them is a number across corpora.

use std::path::{Path, PathBuf};

use super::CliError;

/// A toxic sentence and the crowd workers' rewrites of it without the toxicity.
pub struct Rewrites {
    pub toxic: String,
    pub neutral: Vec<String>,
}

/// A news comment and the characters (as offsets in `char`s, the annotators' Python offsets) marked toxic.
pub struct MarkedSpans {
    pub text: String,
    pub marked: Vec<usize>,
}

/// A text with a yes/no label (abusive, listening act, call to action, clickbait...).
pub struct Labelled {
    pub text: String,
    pub positive: bool,
}

/// The evaluation-only files found in a data folder; a file that is not there is `None` (and listed in `missing`).
#[derive(Default)]
pub struct Corpora {
    pub paradetox: Option<Vec<Rewrites>>,
    pub toxic_spans: Option<Vec<MarkedSpans>>,
    /// `(split, rows)`: train, valid and test; `positive` = abusive (mean annotator rating below 0).
    pub convabuse: Vec<(&'static str, Vec<Labelled>)>,
    /// Caring or curiosity (positive) against neutral, over the three splits.
    pub goemotions: Option<Vec<Labelled>>,
    /// Persuader sentences: inquiry + acknowledgement (positive) against appeals and donation information.
    pub persuasion_listening: Option<Vec<Labelled>>,
    /// Persuader sentences: the donation ask (positive) against every other persuader sentence.
    pub persuasion_ask: Option<Vec<Labelled>>,
    /// Clickbait (positive) against news headlines.
    pub clickbait: Option<Vec<Labelled>>,
    pub missing: Vec<PathBuf>,
}

const TOXIC_SPANS_SPLITS: [&str; 3] = ["train", "trial", "test"];
const CONVABUSE_SPLITS: [&str; 3] = ["train", "valid", "test"];
const GOEMOTIONS_SPLITS: [&str; 3] = ["train", "dev", "test"];
const LISTENING_ACTS: [&str; 2] = ["personal-related-inquiry", "acknowledgement"];
const INFORMING_ACTS: [&str; 3] = ["credibility-appeal", "logical-appeal", "donation-information"];
const DONATION_ASK: &str = "proposition-of-donation";

impl Corpora {
    /// Reads every evaluation-only file found under `dir`.
    pub fn load(dir: &Path) -> Result<Self, CliError> {
        let mut corpora = Corpora::default();
        let mut missing = Vec::new();
        let mut found = |relative: &str| {
            let path = dir.join(relative);
            if path.is_file() {
                Some(path)
            } else {
                missing.push(path);
                None
            }
        };
        if let Some(path) = found("respect/paradetox.tsv") {
            corpora.paradetox = Some(read_paradetox(&path)?);
        }
        let spans: Vec<Option<PathBuf>> = TOXIC_SPANS_SPLITS
            .iter()
            .map(|split| {
                let relative = format!("respect/toxic-spans-{split}.csv");
                found(&relative)
            })
            .collect();
        if spans.iter().all(Option::is_some) {
            let mut rows = Vec::new();
            for path in spans.iter().flatten() {
                rows.extend(read_toxic_spans(path)?);
            }
            corpora.toxic_spans = Some(rows);
        }
        for split in CONVABUSE_SPLITS {
            let relative = format!("respect/convabuse-{split}.csv");
            if let Some(path) = found(&relative) {
                corpora.convabuse.push((split, read_convabuse(&path)?));
            }
        }
        let emotions: Vec<Option<PathBuf>> = GOEMOTIONS_SPLITS
            .iter()
            .map(|split| {
                let relative = format!("listening/goemotions-{split}.tsv");
                found(&relative)
            })
            .collect();
        let labels = found("listening/goemotions-labels.txt");
        if let (true, Some(labels)) = (emotions.iter().all(Option::is_some), labels) {
            let names = read_text(&labels)?;
            let names: Vec<&str> = names.lines().map(str::trim).collect();
            let mut rows = Vec::new();
            for path in emotions.iter().flatten() {
                rows.extend(read_goemotions(path, &names)?);
            }
            corpora.goemotions = Some(rows);
        }
        let persuasion = "listening/persuasion-for-good.csv";
        if let Some(path) = found(persuasion) {
            let sentences = read_persuader_sentences(&path)?;
            let labelled = |positive: &[&str], negative: &dyn Fn(&str) -> bool| -> Vec<Labelled> {
                sentences
                    .iter()
                    .filter(|(_, act)| positive.contains(&act.as_str()) || negative(act))
                    .map(|(text, act)| Labelled { text: text.clone(), positive: positive.contains(&act.as_str()) })
                    .collect()
            };
            corpora.persuasion_listening = Some(labelled(&LISTENING_ACTS, &|act| INFORMING_ACTS.contains(&act)));
            corpora.persuasion_ask = Some(labelled(&[DONATION_ASK], &|act| !act.is_empty()));
        }
        let (bait, news) = ("promotion/clickbait-headlines.txt", "promotion/non-clickbait-headlines.txt");
        let (bait_path, news_path) = (found(bait), found(news));
        if let (Some(bait_path), Some(news_path)) = (bait_path, news_path) {
            let mut rows = headlines(&read_text(&bait_path)?, true);
            rows.extend(headlines(&read_text(&news_path)?, false));
            corpora.clickbait = Some(rows);
        }
        corpora.missing = missing;
        Ok(corpora)
    }
}

fn read_text(path: &Path) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|source| CliError::Read { path: path.display().to_string(), source })
}

fn reader(path: &Path, delimiter: u8, headers: bool) -> Result<csv::Reader<std::fs::File>, CliError> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(headers)
        .flexible(true)
        .from_path(path)
        .map_err(|source| CliError::Csv { path: path.display().to_string(), source })
}

/// The position of each named column in the header row.
fn columns<const N: usize>(
    reader: &mut csv::Reader<std::fs::File>,
    path: &Path,
    names: [&str; N],
) -> Result<[usize; N], CliError> {
    let headers = reader.headers().map_err(|source| CliError::Csv { path: path.display().to_string(), source })?;
    let mut positions = [0; N];
    for (position, name) in positions.iter_mut().zip(names) {
        *position = headers.iter().position(|header| header.trim() == name).ok_or_else(|| CliError::Data {
            path: path.display().to_string(),
            problem: format!("no column `{name}`"),
        })?;
    }
    Ok(positions)
}

fn records(reader: &mut csv::Reader<std::fs::File>, path: &Path) -> Result<Vec<csv::StringRecord>, CliError> {
    reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|source| CliError::Csv { path: path.display().to_string(), source })
}

fn read_paradetox(path: &Path) -> Result<Vec<Rewrites>, CliError> {
    let mut reader = reader(path, b'\t', true)?;
    let [toxic, first, second, third] = columns(&mut reader, path, ["toxic", "neutral1", "neutral2", "neutral3"])?;
    let rows = records(&mut reader, path)?
        .iter()
        .filter_map(|record| {
            let toxic = record.get(toxic)?.trim();
            let neutral: Vec<String> = [first, second, third]
                .iter()
                .filter_map(|&at| record.get(at).map(str::trim))
                .filter(|text| !text.is_empty())
                .map(str::to_string)
                .collect();
            (!toxic.is_empty() && !neutral.is_empty()).then(|| Rewrites { toxic: toxic.to_string(), neutral })
        })
        .collect();
    Ok(rows)
}

fn read_toxic_spans(path: &Path) -> Result<Vec<MarkedSpans>, CliError> {
    let mut reader = reader(path, b',', true)?;
    let [spans, text] = columns(&mut reader, path, ["spans", "text"])?;
    let mut rows = Vec::new();
    for (line, record) in records(&mut reader, path)?.iter().enumerate() {
        let (Some(spans), Some(text)) = (record.get(spans), record.get(text)) else { continue };
        let marked: Result<Vec<usize>, _> = spans
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .split(',')
            .map(str::trim)
            .filter(|offset| !offset.is_empty())
            .map(str::parse)
            .collect();
        let marked = marked.map_err(|error| CliError::Data {
            path: path.display().to_string(),
            problem: format!("record {}: spans {spans:?} are not a list of offsets ({error})", line + 1),
        })?;
        rows.push(MarkedSpans { text: text.to_string(), marked });
    }
    Ok(rows)
}

/// ConvAbuse's user turns, abusive when the mean of the annotators' ratings (1 = not abusive ... -3 = strongly
/// abusive, one-hot in `AnnotatorN_is_abuse.R`) is below 0.
fn read_convabuse(path: &Path) -> Result<Vec<Labelled>, CliError> {
    let mut reader = reader(path, b',', true)?;
    let [user] = columns(&mut reader, path, ["user"])?;
    let headers = reader.headers().map_err(|source| CliError::Csv { path: path.display().to_string(), source })?;
    let ratings: Vec<(usize, f64)> = headers
        .iter()
        .enumerate()
        .filter_map(|(at, header)| {
            let (_, rating) = header.split_once("_is_abuse.")?;
            rating.parse::<f64>().ok().map(|rating| (at, rating))
        })
        .collect();
    if ratings.is_empty() {
        return Err(CliError::Data {
            path: path.display().to_string(),
            problem: "no `AnnotatorN_is_abuse.R` columns".into(),
        });
    }
    let rows = records(&mut reader, path)?
        .iter()
        .filter_map(|record| {
            let chosen: Vec<f64> = ratings
                .iter()
                .filter(|(at, _)| record.get(*at).and_then(|v| v.trim().parse::<f64>().ok()).is_some_and(|v| v > 0.0))
                .map(|(_, rating)| *rating)
                .collect();
            let text = record.get(user)?;
            (!chosen.is_empty()).then(|| Labelled {
                text: text.to_string(),
                positive: chosen.iter().sum::<f64>() / (chosen.len() as f64) < 0.0,
            })
        })
        .collect();
    Ok(rows)
}

/// GoEmotions comments labelled caring or curiosity (positive) or neutral alone (negative); others are left out.
fn read_goemotions(path: &Path, names: &[&str]) -> Result<Vec<Labelled>, CliError> {
    let index = |name: &str| {
        names.iter().position(|known| *known == name).ok_or_else(|| CliError::Data {
            path: path.display().to_string(),
            problem: format!("goemotions-labels.txt has no `{name}`"),
        })
    };
    let (caring, curiosity, neutral) = (index("caring")?, index("curiosity")?, index("neutral")?);
    let text = read_text(path)?;
    let mut rows = Vec::new();
    for line in text.lines() {
        let mut fields = line.split('\t');
        let (Some(comment), Some(labels)) = (fields.next(), fields.next()) else { continue };
        let labels: Vec<usize> = labels.split(',').filter_map(|label| label.trim().parse().ok()).collect();
        let positive = labels.contains(&caring) || labels.contains(&curiosity);
        if positive || labels.contains(&neutral) {
            rows.push(Labelled { text: comment.to_string(), positive });
        }
    }
    Ok(rows)
}

/// Each persuader sentence of Persuasion for Good with its act (`persuader_label`).
fn read_persuader_sentences(path: &Path) -> Result<Vec<(String, String)>, CliError> {
    let mut reader = reader(path, b',', true)?;
    let [role, text, act] = columns(&mut reader, path, ["role", "text", "persuader_label"])?;
    let rows = records(&mut reader, path)?
        .iter()
        .filter(|record| record.get(role) == Some("persuader"))
        .filter_map(|record| Some((record.get(text)?.to_string(), record.get(act)?.trim().to_string())))
        .collect();
    Ok(rows)
}

/// One headline a line (blank lines between them are skipped).
fn headlines(text: &str, clickbait: bool) -> Vec<Labelled> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| Labelled { text: line.to_string(), positive: clickbait })
        .collect()
}
