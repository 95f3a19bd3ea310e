//! Commands on an OpenSearch index (`--index opensearch://...`): the same arguments, output
//! and `--json` shapes as on a local index.

use anyhow::Result;

use super::output::{
    more_footer, print_facets, print_hits, print_quotes, print_unmerged, Fate, Style,
};
use super::{ignore_broken_pipe, Code, Command, PageArgs};
use newsdex_opensearch::{Client, Target};
use newsdex_search::{FacetKind, Limits, Page, SearchRequest};

pub fn run(target: Target, command: Command) -> Result<Code> {
    let client = Client::new(target);
    let os = &client;
    match command {
        Command::Index(a) => super::index::run_remote(os, a),
        Command::Push(a) => super::push::run(os, a),
        Command::Search(a) => {
            a.page.check()?;
            let request = SearchRequest {
                query: a.query.text(),
                filters: a.filters.to_filters()?,
                limit: a.page.limit,
                offset: a.page.offset,
                sort: a.page.sort.map(Into::into),
                limits: Limits::LOCAL,
            };
            paged(
                request,
                &a.page,
                Style::detect(a.json),
                |r| newsdex_opensearch::search::search(os, r),
                print_hits,
            )
        }
        Command::Quotes(a) => {
            a.page.check()?;
            let mut filters = a.filters.to_filters()?;
            filters.speakers = a.speakers;
            let request = SearchRequest {
                query: a.query.text(),
                filters,
                limit: a.page.limit,
                offset: a.page.offset,
                sort: a.page.sort.map(Into::into),
                limits: Limits::LOCAL,
            };
            paged(
                request,
                &a.page,
                Style::detect(a.json),
                |r| newsdex_opensearch::search::search_quotes(os, r),
                print_quotes,
            )
        }
        Command::People(a) => facet(os, a, FacetKind::People),
        Command::Places(a) => facet(os, a, FacetKind::Places),
        Command::Orgs(a) => facet(os, a, FacetKind::Orgs),
        Command::Speakers(a) => facet(os, a, FacetKind::Speakers),
        Command::Stats(a) => {
            let stats = newsdex_opensearch::search::stats(os)?;
            super::stats::print(&stats, a.json)
        }
        Command::Extract(a) => super::extract::run(a),
        Command::Completions(a) => super::docs::completions(a),
        Command::Man => super::docs::man(),
        Command::Show(a) => super::show::run_remote(os, a),
        Command::Serve(a) => {
            let shown = client.target.shown();
            super::serve::serve(client.into(), &shown, a)
        }
    }
}

/// One page of hits (or `--count`, or `--all`) fetched by `fetch` and printed by `print`,
/// as the local `search` and `quotes` do.
fn paged<H>(
    mut request: SearchRequest,
    page: &PageArgs,
    style: Style,
    fetch: impl Fn(&SearchRequest) -> Result<Page<H>>,
    print: impl Fn(&mut std::io::StdoutLock<'static>, Style, usize, &[H]) -> std::io::Result<()>,
) -> Result<Code> {
    if page.count || page.all {
        request.limit = 1;
        let total = fetch(&request)?.total;
        if page.count {
            println!("{total}");
            return Ok(Code::found(total));
        }
        request.limit = total.saturating_sub(request.offset).max(1);
    }
    let found = fetch(&request)?;
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(
        print(&mut out, style, found.total, &found.hits).and_then(|()| {
            more_footer(
                &mut out,
                style,
                found.total,
                request.offset,
                found.hits.len(),
            )
        }),
    )?;
    Ok(Code::found(found.total))
}

fn facet(os: &Client, a: super::facets::FacetArgs, kind: FacetKind) -> Result<Code> {
    let mut filters = a.filters.to_filters()?;
    filters.speakers = a.speakers;
    let request = SearchRequest {
        query: a.query.text(),
        filters,
        limits: Limits::LOCAL,
        ..SearchRequest::default()
    };
    let unit = if kind == FacetKind::Speakers {
        "quote"
    } else {
        "article"
    };
    if a.unmerged {
        let read = newsdex_opensearch::search::facet_unmerged(os, &request, kind, a.top)?;
        let (rows, fates): (Vec<_>, Vec<_>) = read
            .into_iter()
            .map(|(row, fate)| (row, fate_of(fate)))
            .unzip();
        let mut out = std::io::stdout().lock();
        ignore_broken_pipe(print_unmerged(
            &mut out,
            Style::detect(a.json),
            unit,
            &rows,
            &fates,
        ))?;
        return Ok(Code::found(rows.len()));
    }
    let rows = newsdex_opensearch::search::facet(os, &request, kind, a.top)?;
    let kinds = if kind == FacetKind::Speakers {
        Some(newsdex_opensearch::search::speaker_kinds(os, &request)?)
    } else {
        None
    };
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(print_facets(
        &mut out,
        Style::detect(a.json),
        unit,
        &rows,
        kinds.as_ref(),
    ))?;
    Ok(Code::found(rows.len()))
}

fn fate_of(fate: newsdex_opensearch::search::Fate) -> Fate {
    use newsdex_opensearch::search::Fate as Remote;
    match fate {
        Remote::Kept => Fate::Kept,
        Remote::JoinedWith(into) => Fate::JoinedWith(into),
        Remote::Left => Fate::Left,
    }
}
