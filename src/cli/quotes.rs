//! `newsdex quotes [QUERY] --speaker NAME`

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::output::{more_footer, print_quotes, Style};
use super::{ignore_broken_pipe, Code, FilterArgs, PageArgs, QueryArgs};
use newsdex_index::NewsIndex;
use newsdex_search::{search_quotes, Limits, SearchRequest};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  newsdex quotes --speaker Sullivan
  newsdex quotes --speaker \"Jake Sullivan\" Rafah
  newsdex quotes '\"red line\"' --place Rafah --json")]
pub struct QuotesArgs {
    /// Words or "phrases" the quote must contain (same syntax as `search`; speaker: and
    /// quote: fields too)
    #[command(flatten)]
    pub query: QueryArgs,
    /// Only quotes by this speaker ("Sullivan" matches Jake Sullivan); repeatable, ANDed
    #[arg(long = "speaker", value_name = "NAME")]
    pub speakers: Vec<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub page: PageArgs,
    /// One JSON object per quote: text, speaker, speaker_mention, partial, article_id, path, title, date
    #[arg(long)]
    pub json: bool,
}

pub fn run(index_dir: &Path, args: QuotesArgs) -> Result<Code> {
    args.page.check()?;
    let mut filters = args.filters.to_filters()?;
    filters.speakers = args.speakers;
    let index = NewsIndex::open(index_dir)?;
    let mut request = SearchRequest {
        query: args.query.text(),
        filters,
        limit: args.page.limit,
        offset: args.page.offset,
        sort: args.page.sort.map(Into::into),
        limits: Limits::LOCAL,
    };
    if args.page.all || args.page.count {
        // Count first, then fetch exactly that many.
        request.limit = 1;
        let total = search_quotes(&index, &request)?.total;
        if args.page.count {
            let mut out = std::io::stdout().lock();
            ignore_broken_pipe(writeln!(out, "{total}"))?;
            return Ok(Code::found(total));
        }
        request.limit = total.saturating_sub(request.offset).max(1);
    }
    let page = search_quotes(&index, &request)?;
    let style = Style::detect(args.json);
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(
        print_quotes(&mut out, style, page.total, &page.hits).and_then(|()| {
            more_footer(&mut out, style, page.total, request.offset, page.hits.len())
        }),
    )?;
    Ok(Code::found(page.total))
}
