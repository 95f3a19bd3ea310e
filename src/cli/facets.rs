//! `newsdex people|places|orgs|speakers [QUERY]`

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::output::{print_facets, Style};
use super::{ignore_broken_pipe, Code, FilterArgs};
use newsdex_index::NewsIndex;
use newsdex_search::{facet, FacetKind, Limits, SearchRequest};

#[derive(Debug, Args)]
pub struct FacetArgs {
    /// Count over the articles (for `speakers`: the quotes) matching this query [default: all]
    #[arg(value_name = "QUERY", default_value = "")]
    pub query: String,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Only quotes by this speaker (for `speakers`); repeatable
    #[arg(long = "speaker", value_name = "NAME")]
    pub speakers: Vec<String>,
    /// How many names to list
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// One JSON object per name: {"name","count"}
    #[arg(long)]
    pub json: bool,
}

pub fn run(index_dir: &Path, args: FacetArgs, kind: FacetKind) -> Result<Code> {
    let mut filters = args.filters.to_filters()?;
    filters.speakers = args.speakers;
    let index = NewsIndex::open(index_dir)?;
    let request = SearchRequest {
        query: args.query,
        filters,
        limits: Limits::LOCAL,
        ..SearchRequest::default()
    };
    let rows = facet(&index, &request, kind, args.top)?;
    let unit = if kind == FacetKind::Speakers {
        "quotes"
    } else {
        "articles"
    };
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(print_facets(
        &mut out,
        Style::detect(args.json),
        unit,
        &rows,
    ))?;
    Ok(Code::Ok)
}
