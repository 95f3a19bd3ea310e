//! `newsdex show ID|PATH[#N]`: one article with its metadata, names and quotes.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;

use super::extract::{entities_out, print_listing, EntityOut};
use super::output::{openable, Style};
use super::{ignore_broken_pipe, Code};
use newsdex_extract::{EntityExtractor, Extracted, Quote};
use newsdex_index::NewsIndex;
use newsdex_search::{article, ArticleRef, StoredArticle};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  newsdex show 3f2a9c0d1e2b4a55                         # an id from `search --json`
  newsdex show sample_corpus/cnn/2024-03-18-biden-netanyahu-call.txt
  newsdex show corpora/reuters21578/reut2-021.sgm#186   # record 186 of a multi-record file")]
pub struct ShowArgs {
    /// The article: its id (16 hex digits, as hits show), or its file as `search` prints it,
    /// with `#N` for record N of a multi-record file
    #[arg(value_name = "ID|PATH[#N]")]
    pub article: String,
    /// One JSON object: id, path, file, record, title, date, source, url, authors, dateline,
    /// text, and people/places/orgs/quotes as `extract --json` gives them (offsets into text)
    #[arg(long)]
    pub json: bool,
}

/// `show --json`: the stored article and, as `extract --json` shapes them, the names and
/// quotes found by running extraction again on its text (which gives what indexing found).
#[derive(Serialize)]
struct ShowOut<'a> {
    #[serde(flatten)]
    article: &'a StoredArticle,
    #[serde(rename = "people")]
    people_found: Vec<EntityOut<'a>>,
    #[serde(rename = "places")]
    places_found: Vec<EntityOut<'a>>,
    #[serde(rename = "orgs")]
    orgs_found: Vec<EntityOut<'a>>,
    quotes: &'a [Quote],
}

pub fn run(index_dir: &Path, args: ShowArgs) -> Result<Code> {
    let index = NewsIndex::open(index_dir)?;
    let found = article(&index, &ArticleRef::parse(&args.article))?;
    show(found, &args, &index_dir.display().to_string())
}

/// `show` on an `opensearch://` index: the same lookup and output.
pub fn run_remote(client: &newsdex_opensearch::Client, args: ShowArgs) -> Result<Code> {
    let found = newsdex_opensearch::article::article(client, &ArticleRef::parse(&args.article))?;
    show(found, &args, &client.target.shown())
}

/// Prints `found` (text or `--json`), or says that `index_name` has no such article.
fn show(found: Option<StoredArticle>, args: &ShowArgs, index_name: &str) -> Result<Code> {
    let Some(found) = found else {
        eprintln!(
            "newsdex: no article {} in the index at {index_name}",
            args.article
        );
        return Ok(Code::NothingFound);
    };
    let extractor = EntityExtractor::embedded().context("loading the entity model")?;
    let extracted = Extracted::from_text(extractor, &found.text);
    let mut out = std::io::stdout().lock();
    let result = if args.json {
        // The stored name lists are replaced by the extracted ones, which carry offsets.
        let shown = ShowOut {
            article: &found,
            people_found: entities_out(&found.text, &extracted.people),
            places_found: entities_out(&found.text, &extracted.places),
            orgs_found: entities_out(&found.text, &extracted.orgs),
            quotes: &extracted.quotes,
        };
        super::output::json_line(&mut out, &without_stored_names(&shown)?)
    } else {
        print_article(&mut out, &found, &extracted)
    };
    ignore_broken_pipe(result)?;
    Ok(Code::Ok)
}

/// `StoredArticle`'s own `people`/`places`/`orgs` (names only) and `body_start` would
/// collide with the extracted lists in one flattened object: the extracted ones win.
fn without_stored_names(shown: &ShowOut) -> Result<serde_json::Value> {
    let mut value = serde_json::to_value(shown.article).context("article as JSON")?;
    let extra = serde_json::to_value(ExtractedOut {
        people: &shown.people_found,
        places: &shown.places_found,
        orgs: &shown.orgs_found,
        quotes: shown.quotes,
    })
    .context("article as JSON")?;
    if let (Some(map), serde_json::Value::Object(extra)) = (value.as_object_mut(), extra) {
        map.extend(extra);
    }
    Ok(value)
}

#[derive(Serialize)]
struct ExtractedOut<'a> {
    people: &'a [EntityOut<'a>],
    places: &'a [EntityOut<'a>],
    orgs: &'a [EntityOut<'a>],
    quotes: &'a [Quote],
}

fn print_article(
    out: &mut impl Write,
    a: &StoredArticle,
    extracted: &Extracted,
) -> std::io::Result<()> {
    let style = Style::detect(false);
    let mut meta = vec![a
        .date
        .as_deref()
        .map_or("undated", |d| d.get(..10).unwrap_or(d))];
    if let Some(source) = &a.source {
        meta.push(source);
    }
    let by = format!("by {}", a.authors.join(", "));
    if !a.authors.is_empty() {
        meta.push(&by);
    }
    writeln!(out, "{}", style.bold_text(&a.title))?;
    writeln!(out, "{}", style.dim_text(&meta.join(" · ")))?;
    writeln!(out, "{}", style.dim_text(&openable(&a.location)))?;
    if let Some(url) = &a.url {
        writeln!(out, "{}", style.dim_text(url))?;
    }
    writeln!(out, "{}", style.dim_text(&format!("id {}", a.id)))?;
    writeln!(out)?;
    let body = a.text.get(a.body_start..).unwrap_or(&a.text);
    writeln!(out, "{}", style.plain(body.trim_end()))?;
    writeln!(out)?;
    print_listing(out, "names and quotes", &a.text, extracted)
}
