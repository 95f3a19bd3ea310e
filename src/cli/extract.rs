//! `newsdex extract FILE|-`: what the indexer sees in one article.
//!
//! The `--json` output is a contract (evaluation tools depend on it): one object per article,
//! `{"title","text","people","places","orgs","quotes"}` and, added since, the parsed
//! `"date"` (RFC 3339, day level for dates from text or paths), `"date_source"`
//! (`metadata`, `text`, `file_name`, `folder`), `"url"`, `"authors"` and `"source"` (`null`
//! or `[]` when absent), every offset a byte offset into
//! `"text"`; for a UTF-8 plain-text file `"text"` is the file content unchanged, and for
//! structured formats (JSON, SGML, web pages, web archives) it is the headline, a blank line
//! and the body.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;

use super::output::escaped;
use super::{ignore_broken_pipe, Code};
use newsdex_corpus::{
    no_articles, parse_file, Article, Articles, Named, ReadError, ReadLimits, Step,
};
use newsdex_extract::{Entity, EntityExtractor, Extracted, Quote};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article file (any supported format), or - for standard input (any format but web
    /// archives, sniffed from the content; read up to --max-file-mb)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// One JSON object per article
    #[arg(long)]
    pub json: bool,
    /// Refuse files larger than this (after decompression), in MB; web archives and large
    /// JSON Lines files are streamed, and the limit applies to each of their records
    #[arg(long, default_value_t = ReadLimits::DEFAULT.max_bytes >> 20)]
    pub max_file_mb: u64,
}

#[derive(Serialize)]
pub(super) struct MentionOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
pub(super) struct EntityOut<'a> {
    name: &'a str,
    mentions: Vec<MentionOut<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    parents: &'a [String],
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    title: &'a str,
    text: &'a str,
    people: Vec<EntityOut<'a>>,
    places: Vec<EntityOut<'a>>,
    orgs: Vec<EntityOut<'a>>,
    quotes: &'a [Quote],
    /// ISO 639-3 code of the text's language; null when too short or too mixed to tell.
    /// People, places, organisations and quotes are extracted from English only.
    lang: Option<&'static str>,
    date: Option<String>,
    date_source: Option<&'static str>,
    url: Option<&'a str>,
    authors: &'a [String],
    source: Option<&'a str>,
}

pub(super) fn entities_out<'a>(text: &'a str, entities: &'a [Entity]) -> Vec<EntityOut<'a>> {
    entities
        .iter()
        .map(|e| EntityOut {
            name: &e.name,
            mentions: e
                .mentions
                .iter()
                .map(|m| MentionOut {
                    start: m.start,
                    end: m.end,
                    text: text.get(m.start..m.end).unwrap_or(""),
                })
                .collect(),
            parents: &e.parents,
        })
        .collect()
}

pub fn run(args: ExtractArgs) -> Result<Code> {
    let limits = ReadLimits {
        max_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
    };
    // The whole path as given: its folders can date a plain-text article.
    let name = newsdex_corpus::discover::shown(&args.file);
    let stdin = args.file.as_os_str() == "-";
    let shown = escaped(&name).into_owned();
    let cannot = || format!("cannot extract from {shown}");
    let warn = |problem: &str| eprintln!("warning: {shown}: {}", escaped(problem));
    let extractor = EntityExtractor::embedded().context("loading the entity model")?;
    let mut out = std::io::stdout().lock();
    let mut show = |article: &Article| {
        let extracted = Extracted::from_text(extractor, &article.text);
        let result = if args.json {
            let value = ArticleOut {
                title: article.title(),
                text: &article.text,
                people: entities_out(&article.text, &extracted.people),
                places: entities_out(&article.text, &extracted.places),
                orgs: entities_out(&article.text, &extracted.orgs),
                quotes: &extracted.quotes,
                lang: extracted.lang(),
                date: article.date.map(|d| d.to_string()),
                date_source: article.date_source.map(|s| s.as_str()),
                url: article.url.as_deref(),
                authors: &article.authors,
                source: article.source.as_deref(),
            };
            super::output::json_line(&mut out, &value)
        } else {
            print_listing(&mut out, article.title(), &article.text, &extracted)
        };
        ignore_broken_pipe(result)
    };
    let parsed = if stdin {
        let bytes = read_limited(std::io::stdin().lock(), limits)
            .context("reading standard input")
            .with_context(cannot)?;
        parse_file(Named::path("stdin.txt"), bytes, limits).with_context(cannot)?
    } else {
        let file = newsdex_corpus::open(&args.file, &name, limits).with_context(cannot)?;
        match file
            .articles(Named::path(&name), limits)
            .with_context(cannot)?
        {
            Articles::Whole(parsed) => parsed,
            Articles::Stream(records) => {
                // Streamed, as the indexer does: a crawl file can be gigabytes.
                let (mut found, mut first_problem) = (0, None);
                for step in records {
                    let problem = match step {
                        Step::Record(record) => match record.article() {
                            Some(Ok(mut raw)) => {
                                found += 1;
                                let n = record.number;
                                std::mem::take(&mut raw.warnings)
                                    .iter()
                                    .for_each(|w| warn(&format!("record {n}: {w}")));
                                show(&Article::of_record(Named::path(&name), n, raw))?;
                                continue;
                            }
                            Some(Err(problem)) => problem,
                            None => continue,
                        },
                        Step::Problem(_, problem) => problem,
                        Step::Failed(reason) => {
                            return Err(anyhow::anyhow!(reason)).with_context(cannot)
                        }
                    };
                    warn(&problem);
                    first_problem.get_or_insert(problem);
                }
                if found == 0 {
                    return Err(no_articles(first_problem.as_slice())).with_context(cannot);
                }
                return Ok(Code::Ok);
            }
        }
    };
    parsed.problems.iter().for_each(|p| warn(p));
    for article in &parsed.articles {
        show(article)?;
    }
    Ok(Code::Ok)
}

/// Reads `input` whole, refusing more than the limit without reading past it: standard input
/// can be endless.
fn read_limited(input: impl Read, limits: ReadLimits) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    input
        .take(limits.max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_bytes,
        });
    }
    Ok(bytes)
}

pub(super) fn print_listing(
    out: &mut impl Write,
    title: &str,
    text: &str,
    x: &Extracted,
) -> std::io::Result<()> {
    writeln!(out, "{title}")?;
    for (label, entities) in [
        ("people", &x.people),
        ("places", &x.places),
        ("orgs", &x.orgs),
    ] {
        writeln!(out, "\n{label} ({})", entities.len())?;
        for e in entities.iter() {
            let forms: std::collections::BTreeSet<&str> = e
                .mentions
                .iter()
                .filter_map(|m| text.get(m.start..m.end))
                .collect();
            let within = if e.parents.is_empty() {
                String::new()
            } else {
                format!(" (in {})", e.parents.join(", "))
            };
            writeln!(
                out,
                "  {}{}  ×{}  [{}]",
                e.name,
                within,
                e.mentions.len(),
                forms.into_iter().collect::<Vec<_>>().join(" | ")
            )?;
        }
    }
    writeln!(out, "\nquotes ({})", x.quotes.len())?;
    for q in &x.quotes {
        let partial = if q.partial { " (partial)" } else { "" };
        writeln!(
            out,
            "  {}: \u{201c}{}\u{201d}{}",
            q.speaker.as_deref().unwrap_or("?"),
            q.text,
            partial
        )?;
    }
    Ok(())
}
