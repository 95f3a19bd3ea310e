//! `newsdex search QUERY`

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::output::{more_footer, print_hits, Style};
use super::{ignore_broken_pipe, Code, FilterArgs, PageArgs, QueryArgs};
use newsdex_index::NewsIndex;
use newsdex_search::{search, Limits, SearchRequest};

#[derive(Debug, Args)]
#[command(after_help = QUERY_HELP)]
pub struct SearchArgs {
    #[command(flatten)]
    pub query: QueryArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub page: PageArgs,
    /// One JSON object per hit: id, path, title, date, source, score, snippet, ...
    #[arg(long)]
    pub json: bool,
}

pub const QUERY_HELP: &str = "\
Query language:
  words             all must match (stemmed: `talks` finds talk)
  \"exact phrase\"   words in this order
  a OR b, a AND b   uppercase only; AND binds tighter; lowercase and/or/not are words
  -x, !x, NOT x     without x (alone: everything except x); +x: x is required
  (a OR b) c        groups
  negotiat*  oil~2  prefix; fuzzy (up to 2 edits)
  field:value       title body person place org source author lang (case-insensitive);
                    person:/place:/org:/source:/lang: mean what --person... mean;
                    quotes also take speaker: and quote:
  Not supported: date: (use --since/--until), ?-wildcards, leading *, ranges, ^boosts,
  \"phrase\"~N proximity. `Ruling: Rafah` (colon and space) is plain text.

Exit status: 0 found, 1 nothing found, 2 error.

Examples:
  newsdex search Rafah
  newsdex search '\"humanitarian aid\" AND Gaza' --since 2024-01-01 --limit 20
  newsdex search 'oil AND (opec OR saudi)' --json
  newsdex search --person Sullivan --place Rafah
  newsdex search 'person:\"Benjamin Netanyahu\" AND place:Gaza'
  newsdex search -e '-egypt rafah' --count";

pub fn run(index_dir: &Path, args: SearchArgs) -> Result<Code> {
    args.page.check()?;
    let filters = args.filters.to_filters()?;
    let index = NewsIndex::open(index_dir)?;
    let mut request = SearchRequest {
        query: args.query.text(),
        filters,
        limit: args.page.limit,
        offset: args.page.offset,
        sort: args.page.sort.map(Into::into),
        limits: Limits::LOCAL,
    };
    if args.page.count || args.page.all {
        // count first (one hit read), then, for --all, fetch exactly that many
        request.limit = 1;
        let total = search(&index, &request)?.total;
        if args.page.count {
            let mut out = std::io::stdout().lock();
            ignore_broken_pipe(writeln!(out, "{total}"))?;
            return Ok(Code::found(total));
        }
        request.limit = total.saturating_sub(request.offset).max(1);
    }
    let page = search(&index, &request)?;
    let style = Style::detect(args.json);
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(
        print_hits(&mut out, style, page.total, &page.hits).and_then(|()| {
            more_footer(&mut out, style, page.total, request.offset, page.hits.len())
        }),
    )?;
    if page.total == 0 {
        for why in super::why_nothing(&index, &request.filters) {
            eprintln!("newsdex: {}", super::escaped(&why));
        }
    }
    Ok(Code::found(page.total))
}
