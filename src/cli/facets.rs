//! `newsdex people|places|orgs|speakers [QUERY]`

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::output::{print_facets, print_unmerged, Fate, Style};
use super::{ignore_broken_pipe, Code, FilterArgs, QueryArgs};
use newsdex_index::NewsIndex;
use newsdex_search::names::Reading;
use newsdex_search::{facet, facet_read, speaker_kinds, FacetKind, Limits, SearchRequest};

#[derive(Debug, Args)]
pub struct FacetArgs {
    /// Count over the articles (for `speakers`: the quotes) matching the query; without
    /// one, over all of them
    #[command(flatten)]
    pub query: QueryArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Only quotes by this speaker (`speakers` only: articles have no speaker); repeatable
    #[arg(long = "speaker", value_name = "NAME")]
    pub speakers: Vec<String>,
    /// How many names to list
    #[arg(long, short = 'n', visible_alias = "limit", default_value_t = 20)]
    pub top: usize,
    /// One JSON object per name: {"name","count"}
    #[arg(long)]
    pub json: bool,
    /// List names as each story wrote them: a bare surname apart from its full name, and
    /// names the archive mostly types otherwise, each marked with what the default
    /// listing does with it
    #[arg(long)]
    pub unmerged: bool,
}

pub fn run(index_dir: &Path, args: FacetArgs, kind: FacetKind) -> Result<Code> {
    if args.top == 0 {
        return Err(newsdex_search::QueryError(
            "-n/--top must be at least 1: zero names is no listing".into(),
        )
        .into());
    }
    let mut filters = args.filters.to_filters()?;
    filters.speakers = args.speakers;
    let index = NewsIndex::open(index_dir)?;
    let request = SearchRequest {
        query: args.query.text(),
        filters,
        limits: Limits::LOCAL,
        ..SearchRequest::default()
    };
    let unit = if kind == FacetKind::Speakers {
        "quote"
    } else {
        "article"
    };
    if args.unmerged {
        let (rows, _) = facet_read(&index, &request, kind, args.top, Reading::AsWritten)?;
        let (kept, merges) = facet_read(&index, &request, kind, usize::MAX, Reading::Merged)?;
        let fate: Vec<Fate> = rows
            .iter()
            .map(|(name, _)| match merges.iter().find(|m| &m.bare == name) {
                Some(m) => Fate::JoinedWith(m.into.clone()),
                None if kept.iter().any(|(k, _)| k == name) => Fate::Kept,
                None => Fate::Left,
            })
            .collect();
        let mut out = std::io::stdout().lock();
        ignore_broken_pipe(print_unmerged(
            &mut out,
            Style::detect(args.json),
            unit,
            &rows,
            &fate,
        ))?;
        return Ok(Code::found(rows.len()));
    }
    let rows = facet(&index, &request, kind, args.top)?;
    let kinds = if kind == FacetKind::Speakers {
        Some(speaker_kinds(&index, &request)?)
    } else {
        None
    };
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(print_facets(
        &mut out,
        Style::detect(args.json),
        unit,
        &rows,
        kinds.as_ref(),
    ))?;
    if rows.is_empty() && !args.json {
        eprintln!("newsdex: no {unit} matches the query and filters");
        for why in super::why_nothing(&index, &request.filters) {
            eprintln!("newsdex: {}", super::escaped(&why));
        }
    }
    Ok(Code::found(rows.len()))
}
