//! `newsdex search QUERY`

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::output::{print_hits, Style};
use super::{ignore_broken_pipe, Code, FilterArgs, PageArgs};
use newsdex_index::NewsIndex;
use newsdex_search::{search, Limits, SearchRequest};

#[derive(Debug, Args)]
#[command(after_help = QUERY_HELP)]
pub struct SearchArgs {
    /// Query: words (all must match), "exact phrases", AND/OR/NOT, +must -mustnot,
    /// (groups), field:value with fields title, body, person, place, org, source, author
    #[arg(value_name = "QUERY", default_value = "")]
    pub query: String,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub page: PageArgs,
    /// One JSON object per hit: id, path, title, date, source, score, snippet, ...
    #[arg(long)]
    pub json: bool,
}

pub const QUERY_HELP: &str = "\
Examples:
  newsdex search Rafah
  newsdex search '\"humanitarian aid\" AND Gaza' --since 2024-01-01 --limit 20
  newsdex search 'oil AND (opec OR saudi)' --json
  newsdex search --person Sullivan --place Rafah
  newsdex search 'person:\"Benjamin Netanyahu\" AND place:Gaza'";

pub fn run(index_dir: &Path, args: SearchArgs) -> Result<Code> {
    let filters = args.filters.to_filters()?;
    let index = NewsIndex::open(index_dir)?;
    let request = SearchRequest {
        query: args.query,
        filters,
        limit: args.page.limit,
        offset: args.page.offset,
        sort: args.page.sort.map(Into::into),
        limits: Limits::LOCAL,
    };
    let page = search(&index, &request)?;
    let style = Style::detect(args.json);
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(print_hits(&mut out, style, page.total, &page.hits))?;
    Ok(Code::Ok)
}
