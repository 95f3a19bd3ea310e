//! Web pages (`html-samples/fundus/` under the corpora): 79 real news pages from 56
//! publishers, each read by the path of `newsdex extract --json` (`parse_file` on the page,
//! no URL given) and scored against fundus's gold body, title, date and authors.
//!
//! Split. Pages are split by *publisher*, so a rule tuned on one page of a site is never
//! scored on its other pages: a publisher is held out when the FNV-1a hash of
//! `newsdex-web/` + its domain (the host of its oldest page, without `www.`) is 0 mod 3
//! (19 of 56 publishers, 27 of 79 pages). The held-out part is scored, never read: its
//! pages are never printed.
//!
//! Scores, each averaged over the part's pages:
//! - text: F1 of word 4-grams (lower-cased alphanumeric words, multisets) between the body
//!   and the gold summary, subheadings and paragraphs;
//! - segments: F1 of paragraphs, a predicted paragraph matching a gold one (each used once)
//!   when their lower-cased words are the same;
//! - title: exact match after collapsing whitespace;
//! - date: F1 at day level (a page with a gold date and none predicted is a miss, a wrong
//!   day both a miss and a false alarm); the day is the UTC day, or the gold's own local
//!   day (a dateline gives a day, not a time zone);
//! - authors: F1 of names (lower-cased, words only), pooled over pages.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use newsdex_corpus::{parse_file, Article, Named, ReadLimits};
use serde::Deserialize;

/// Where the pages are under the corpora folder.
pub const FUNDUS: &str = "html-samples/fundus";

/// Which pages to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    /// The pages extraction is tuned on.
    Tune,
    /// The held-out publishers' pages: scored, never printed.
    Heldout,
    /// Both, scored apart.
    All,
}

#[derive(Debug, Deserialize)]
struct GoldPage {
    title: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    publishing_date: Option<String>,
    body: Option<GoldBody>,
}

#[derive(Debug, Default, Deserialize)]
struct GoldBody {
    #[serde(default)]
    summary: Vec<String>,
    #[serde(default)]
    sections: Vec<GoldSection>,
}

#[derive(Debug, Deserialize)]
struct GoldSection {
    #[serde(default)]
    headline: Vec<String>,
    #[serde(default)]
    paragraphs: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Meta {
    url: String,
}

/// One page with its gold.
struct Page {
    publisher: String,
    file: PathBuf,
    url: String,
    gold: GoldPage,
}

/// One page's scores.
#[derive(Debug, Clone, Default)]
pub struct PageScore {
    /// `cc/Publisher_date`.
    pub name: String,
    /// Word 4-gram F1 of the body.
    pub text: f64,
    /// Paragraph F1.
    pub segments: f64,
    /// Title right.
    pub title: bool,
    /// Date: right, wrong, none predicted.
    pub date: DateOutcome,
    /// Date with the page's JSON-LD and date `<meta>` tags removed: what the address,
    /// bylines and `<time>` elements give alone.
    pub bare_date: DateOutcome,
    /// Author names right, predicted, gold.
    pub authors: (usize, usize, usize),
}

/// How a page's date came out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DateOutcome {
    /// The gold day.
    Right,
    /// Another day.
    Wrong,
    /// No date, against a gold one.
    #[default]
    Missing,
    /// A date where the gold has none.
    Extra,
    /// Neither has one.
    None,
}

/// The scores of one part.
#[derive(Debug, Clone, Default)]
pub struct PartScore {
    /// Pages scored.
    pub pages: Vec<PageScore>,
    /// Publishers in the part.
    pub publishers: usize,
}

impl PartScore {
    fn mean(&self, f: impl Fn(&PageScore) -> f64) -> f64 {
        self.pages.iter().map(f).sum::<f64>() / self.pages.len().max(1) as f64
    }
    /// Mean word 4-gram F1.
    pub fn text(&self) -> f64 {
        self.mean(|p| p.text)
    }
    /// Mean paragraph F1.
    pub fn segments(&self) -> f64 {
        self.mean(|p| p.segments)
    }
    /// Share of exact titles.
    pub fn title(&self) -> f64 {
        self.mean(|p| f64::from(u8::from(p.title)))
    }
    /// Day-level date F1.
    pub fn date(&self) -> f64 {
        self.date_f1(|p| p.date)
    }
    /// Day-level date F1 without JSON-LD and date meta tags.
    pub fn bare_date(&self) -> f64 {
        self.date_f1(|p| p.bare_date)
    }
    fn date_f1(&self, outcome: impl Fn(&PageScore) -> DateOutcome) -> f64 {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for p in &self.pages {
            match outcome(p) {
                DateOutcome::Right => tp += 1,
                DateOutcome::Wrong => {
                    fp += 1;
                    fn_ += 1
                }
                DateOutcome::Missing => fn_ += 1,
                DateOutcome::Extra => fp += 1,
                DateOutcome::None => {}
            }
        }
        f1(tp, tp + fp, tp + fn_)
    }
    /// Pooled author-name F1.
    pub fn authors(&self) -> f64 {
        let sum = |f: fn(&(usize, usize, usize)) -> usize| -> usize {
            self.pages.iter().map(|p| f(&p.authors)).sum()
        };
        f1(sum(|a| a.0), sum(|a| a.1), sum(|a| a.2))
    }
}

fn f1(right: usize, predicted: usize, gold: usize) -> f64 {
    if predicted + gold == 0 {
        return 1.0;
    }
    2.0 * right as f64 / (predicted + gold) as f64
}

/// The evaluation: tune and held-out parts.
#[derive(Debug, Clone, Default)]
pub struct WebReport {
    /// The tune part.
    pub tune: PartScore,
    /// The held-out part.
    pub heldout: PartScore,
    /// Print the tune part's pages one per line.
    pub per_page: bool,
}

impl fmt::Display for WebReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "part      pages publishers   text4  segment  title   date  authors  bare-date"
        )?;
        for (name, part) in [("tune", &self.tune), ("heldout", &self.heldout)] {
            if part.pages.is_empty() {
                continue;
            }
            writeln!(
                f,
                "{name:<9} {:>5} {:>10}   {:.3}    {:.3}  {:.3}  {:.3}    {:.3}      {:.3}",
                part.pages.len(),
                part.publishers,
                part.text(),
                part.segments(),
                part.title(),
                part.date(),
                part.authors(),
                part.bare_date()
            )?;
        }
        if self.per_page {
            writeln!(
                f,
                "\ntune pages: text4 segment title date authors(right/pred/gold) bare-date"
            )?;
            for p in &self.tune.pages {
                writeln!(
                    f,
                    "{:<40} {:.3} {:.3} {} {:?} {}/{}/{} {:?}",
                    p.name,
                    p.text,
                    p.segments,
                    u8::from(p.title),
                    p.date,
                    p.authors.0,
                    p.authors.1,
                    p.authors.2,
                    p.bare_date
                )?;
            }
        }
        Ok(())
    }
}

/// FNV-1a, 64 bits: a hash that never changes with the Rust version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// True when the publisher of `domain` is held out.
pub fn held_out(domain: &str) -> bool {
    fnv1a(format!("newsdex-web/{domain}").as_bytes()).is_multiple_of(3)
}

fn domain(url: &str) -> String {
    let host = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = host.split(['/', '?', '#']).next().unwrap_or(host);
    let host = host.to_ascii_lowercase();
    host.strip_prefix("www.").map(str::to_owned).unwrap_or(host)
}

/// The pages and gold under `dir` (`html-samples/fundus`), in a stable order.
fn pages(dir: &Path) -> Result<Vec<Page>> {
    let mut out = Vec::new();
    let mut countries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    countries.sort();
    for country in countries {
        let meta_path = country.join("meta.info");
        let meta: HashMap<String, Meta> = serde_json::from_str(
            &std::fs::read_to_string(&meta_path)
                .with_context(|| format!("reading {}", meta_path.display()))?,
        )
        .with_context(|| format!("parsing {}", meta_path.display()))?;
        let mut golds: Vec<PathBuf> = std::fs::read_dir(&country)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        golds.sort();
        for gold_path in golds {
            let publisher = file_stem(&gold_path);
            // The versions map to the pages in date order (V1 -> the oldest).
            let versions: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
                &std::fs::read_to_string(&gold_path)
                    .with_context(|| format!("reading {}", gold_path.display()))?,
            )
            .with_context(|| format!("parsing {}", gold_path.display()))?;
            let mut keys: Vec<&String> = versions.keys().collect();
            keys.sort();
            let prefix = format!("{publisher}_");
            let mut files: Vec<&String> = meta
                .keys()
                .filter(|k| k.starts_with(&prefix) && k.ends_with(".html.gz"))
                .filter(|k| country.join(k).is_file())
                .collect();
            files.sort();
            if files.len() != keys.len() {
                bail!(
                    "{}: {} gold versions but {} pages",
                    gold_path.display(),
                    keys.len(),
                    files.len()
                );
            }
            for (key, file) in keys.into_iter().zip(files) {
                let gold: GoldPage = serde_json::from_value(versions[key].clone())
                    .with_context(|| format!("{}: version {key}", gold_path.display()))?;
                out.push(Page {
                    publisher: publisher.clone(),
                    file: country.join(file),
                    url: meta[file].url.clone(),
                    gold,
                });
            }
        }
    }
    if out.is_empty() {
        bail!("no pages found under {}", dir.display());
    }
    Ok(out)
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Scores the pages under `corpora`/[`FUNDUS`].
///
/// With `dump`, each tune page's body and gold paragraphs are written there
/// (`NAME.got.txt`, `NAME.gold.txt`) to read its errors; held-out pages never are.
pub fn eval_web(
    corpora: &Path,
    part: Part,
    per_page: bool,
    dump: Option<&Path>,
) -> Result<WebReport> {
    let all = pages(&corpora.join(FUNDUS))?;
    // A publisher's domain: the host of its oldest page.
    let mut domains: HashMap<&str, String> = HashMap::new();
    for page in &all {
        domains
            .entry(page.publisher.as_str())
            .or_insert_with(|| domain(&page.url));
    }
    let mut report = WebReport {
        per_page,
        ..WebReport::default()
    };
    let mut publishers = (Vec::new(), Vec::new());
    for page in &all {
        let held = held_out(&domains[page.publisher.as_str()]);
        let wanted = match part {
            Part::All => true,
            Part::Tune => !held,
            Part::Heldout => held,
        };
        if !wanted {
            continue;
        }
        let score = score_page(page, dump.filter(|_| !held))?;
        let (scores, names) = match held {
            true => (&mut report.heldout, &mut publishers.1),
            false => (&mut report.tune, &mut publishers.0),
        };
        scores.pages.push(score);
        if !names.contains(&page.publisher) {
            names.push(page.publisher.clone());
        }
    }
    report.tune.publishers = publishers.0.len();
    report.heldout.publishers = publishers.1.len();
    Ok(report)
}

/// Reads one page as `newsdex extract` does; `bare`, without its JSON-LD and date
/// `<meta>` tags.
pub fn read_page(file: &Path, bare: bool) -> Result<Article> {
    let mut bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let mut name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if bare {
        if let Some(kind) = newsdex_corpus::decode::Compression::of(&bytes) {
            bytes =
                newsdex_corpus::decode::decompress(kind, &bytes, ReadLimits::DEFAULT.max_bytes)?;
            name = name.trim_end_matches(".gz").to_owned();
        }
        bytes = without_declared_dates(&String::from_utf8_lossy(&bytes)).into_bytes();
    }
    let mut parsed = parse_file(Named::path(&name), bytes, ReadLimits::DEFAULT)
        .with_context(|| format!("reading {}", file.display()))?;
    if parsed.articles.is_empty() {
        bail!("{}: no article", file.display());
    }
    Ok(parsed.articles.swap_remove(0))
}

fn score_page(page: &Page, dump: Option<&Path>) -> Result<PageScore> {
    let name = page
        .file
        .parent()
        .and_then(Path::file_name)
        .map(|c| format!("{}/", c.to_string_lossy()))
        .unwrap_or_default()
        + file_stem(&page.file).trim_end_matches(".html");
    // A page that gives no article scores zero.
    let article = read_page(&page.file, false).ok();
    let bare = read_page(&page.file, true).ok().and_then(|a| a.date);
    let gold_segments = gold_segments(page.gold.body.as_ref());
    let (body, title, date, authors) = match &article {
        Some(a) => (a.body(), a.title(), a.date, a.authors.as_slice()),
        None => ("", "", None, &[][..]),
    };
    let predicted: Vec<&str> = body
        .split("\n\n")
        .filter(|s| !s.trim().is_empty())
        .collect();
    let gold_text = gold_segments.join("\n");
    if let Some(dir) = dump {
        let file = name.replace('/', "_");
        let got = format!("{title}\n\n{}\n", predicted.join("\n\n"));
        let gold = format!(
            "{}\n\n{}\n",
            page.gold.title.as_deref().unwrap_or(""),
            gold_segments.join("\n\n")
        );
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the dump folder {}", dir.display()))?;
        for (suffix, body) in [("got", got), ("gold", gold)] {
            let path = dir.join(format!("{file}.{suffix}.txt"));
            std::fs::write(&path, body).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(PageScore {
        name,
        text: ngram_f1(&words(body), &words(&gold_text), 4),
        segments: segment_f1(&predicted, &gold_segments),
        title: page
            .gold
            .title
            .as_deref()
            .is_some_and(|t| collapsed(t) == collapsed(title)),
        date: date_outcome(date, page.gold.publishing_date.as_deref()),
        bare_date: date_outcome(bare, page.gold.publishing_date.as_deref()),
        authors: author_counts(authors, &page.gold.authors),
    })
}

/// `html` without `<script type="application/ld+json">` blocks and `<meta>` tags that
/// name a date or time.
fn without_declared_dates(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = rest[..end].to_ascii_lowercase();
        if tag.starts_with("<script") && tag.contains("ld+json") {
            let close = rest.to_ascii_lowercase().find("</script>");
            rest = &rest[close.map_or(rest.len(), |c| c + "</script>".len())..];
            continue;
        }
        let dated = ["date", "time", "parsely-page"]
            .iter()
            .any(|w| tag.contains(w));
        if !(tag.starts_with("<meta") && dated) {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn gold_segments(body: Option<&GoldBody>) -> Vec<String> {
    let Some(body) = body else {
        return Vec::new();
    };
    let mut out: Vec<String> = body.summary.clone();
    for section in &body.sections {
        out.extend(section.headline.iter().cloned());
        out.extend(section.paragraphs.iter().cloned());
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

fn collapsed(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-cased alphanumeric words.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// F1 of the multisets of `n`-grams (of the words themselves when shorter than `n`).
pub fn ngram_f1(predicted: &[String], gold: &[String], n: usize) -> f64 {
    let grams = |w: &[String]| -> HashMap<Vec<String>, usize> {
        let mut m = HashMap::new();
        if w.len() < n {
            if !w.is_empty() {
                *m.entry(w.to_vec()).or_insert(0) += 1;
            }
            return m;
        }
        for g in w.windows(n) {
            *m.entry(g.to_vec()).or_insert(0) += 1;
        }
        m
    };
    let (p, g) = (grams(predicted), grams(gold));
    let (np, ng): (usize, usize) = (p.values().sum(), g.values().sum());
    let common: usize = p
        .iter()
        .map(|(k, c)| (*c).min(g.get(k).copied().unwrap_or(0)))
        .sum();
    f1(common, np, ng)
}

/// Paragraph F1: a predicted paragraph matches an unused gold one with the same words.
pub fn segment_f1(predicted: &[&str], gold: &[String]) -> f64 {
    let mut left: HashMap<Vec<String>, usize> = HashMap::new();
    for g in gold {
        *left.entry(words(g)).or_insert(0) += 1;
    }
    let mut right = 0;
    for p in predicted {
        if let Some(n) = left.get_mut(&words(p)).filter(|n| **n > 0) {
            *n -= 1;
            right += 1;
        }
    }
    f1(right, predicted.len(), gold.len())
}

fn date_outcome(predicted: Option<jiff::Timestamp>, gold: Option<&str>) -> DateOutcome {
    let gold = gold.and_then(|g| {
        let zoned = jiff::fmt::temporal::DateTimeParser::new()
            .parse_zoned(g.replace(' ', "T"))
            .ok();
        let ts = newsdex_corpus::dates::parse_date(g)?;
        let local = zoned.map(|z| z.date());
        Some((ts.to_zoned(jiff::tz::TimeZone::UTC).date(), local))
    });
    match (predicted, gold) {
        (None, None) => DateOutcome::None,
        (Some(_), None) => DateOutcome::Extra,
        (None, Some(_)) => DateOutcome::Missing,
        (Some(p), Some((utc, local))) => {
            let day = p.to_zoned(jiff::tz::TimeZone::UTC).date();
            match day == utc || Some(day) == local {
                true => DateOutcome::Right,
                false => DateOutcome::Wrong,
            }
        }
    }
}

fn author_counts(predicted: &[String], gold: &[String]) -> (usize, usize, usize) {
    let norm = |s: &String| words(s).join(" ");
    let mut left: Vec<String> = gold.iter().map(norm).collect();
    let mut right = 0;
    for p in predicted.iter().map(norm) {
        if let Some(at) = left.iter().position(|g| *g == p) {
            left.swap_remove(at);
            right += 1;
        }
    }
    (right, predicted.len(), gold.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ngrams_and_segments() {
        let w = |s: &str| words(s);
        assert_eq!(ngram_f1(&w("a b c d e"), &w("A b, c d e"), 4), 1.0);
        assert_eq!(ngram_f1(&w("a b c d"), &w("x y z w"), 4), 0.0);
        let gold = vec!["One two.".to_owned(), "Three four.".to_owned()];
        assert_eq!(segment_f1(&["one two", "Related: x"], &gold), 0.5);
    }

    #[test]
    fn the_split_is_by_publisher_and_stable() {
        assert_eq!(domain("https://www.bbc.co.uk/news/x"), "bbc.co.uk");
        assert_eq!(held_out("bbc.co.uk"), held_out("bbc.co.uk"));
    }
}
