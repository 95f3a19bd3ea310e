//! newsdex's search: what a user asks (query text, filters, paging) in, hits, quotes, facet
//! counts and index statistics out, over a [`NewsIndex`]. Printing is the caller's.
//!
//! - `query`: the query language (`query::ast`, backend-neutral) and filters as a tantivy
//!   query;
//! - `error`: the errors a user must fix;
//! - `snippet`: a hit's best passage with the matched words' offsets;
//! - `facets`: two small collectors over fast fields (name counts, article keys);
//! - `stats`: what the index holds;
//! - `article`: one article by id or by file path;
//! - `timeline`: matching articles counted by day, month or year;
//! - `limits`: what one request may ask, checked before it runs.
#![warn(missing_docs)]

mod article;
mod error;
mod facets;
mod filters;
mod limits;
pub mod names;
pub mod query;
mod snippet;
mod stats;
mod timeline;
pub mod vote;
mod vote_cache;

use anyhow::{Context, Result};
use serde::Serialize;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, OwnedValue, Value};
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};

pub use filters::Filters;
use newsdex_corpus::id_string;
use newsdex_extract::EntityKind;
use newsdex_index::schema::{field, KIND_ARTICLE, KIND_QUOTE};
use newsdex_index::{Fields, NewsIndex};
pub use query::QueryError;
use snippet::Snippet;
pub use stats::{stats, Stats};

pub use article::{article, parse_id, ArticleRef, FileCandidates, StoredArticle};
pub use limits::{Limits, MAX_OFFSET, MAX_PAGE, MAX_QUERY_BYTES, MAX_QUERY_DEPTH, MAX_TOP};
pub use timeline::{
    build as timeline_from_days, timeline, Bucket, Interval, Timeline, MAX_BUCKETS,
};

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Best match first (BM25).
    Relevance,
    /// Newest first.
    Date,
}

/// A search as the user asked it.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Query text in the query language (empty: everything).
    pub query: String,
    /// Filters every hit must pass.
    pub filters: Filters,
    /// Hits to return.
    pub limit: usize,
    /// Hits to skip first (paging).
    pub offset: usize,
    /// `None`: relevance when there is query text, newest first otherwise.
    pub sort: Option<SortBy>,
    /// Caps this request must respect (the default is [`Limits::SERVER`]).
    pub limits: Limits,
}

impl SearchRequest {
    /// True when the request has no query text and no filter: every article matches.
    pub fn matches_everything(&self) -> bool {
        let f = &self.filters;
        self.query.trim().is_empty()
            && !query::has_article_filters(f)
            && f.sources.is_empty()
            && f.speakers.is_empty()
            && f.since.is_none()
            && f.until.is_none()
    }

    /// Refuses query text over the caps (every search and count checks this first).
    fn check_query(&self) -> std::result::Result<(), QueryError> {
        self.limits.check_query(&self.query)?;
        let names = [
            &self.filters.people,
            &self.filters.places,
            &self.filters.orgs,
            &self.filters.sources,
            &self.filters.speakers,
        ];
        let filter_bytes: usize = names.iter().flat_map(|v| v.iter()).map(String::len).sum();
        if filter_bytes > self.limits.max_query_bytes {
            return Err(QueryError(format!(
                "filters too long: {filter_bytes} bytes (at most {})",
                self.limits.max_query_bytes
            )));
        }
        Ok(())
    }

    /// Refuses a query, page or offset over the caps.
    fn check(&self) -> std::result::Result<(), QueryError> {
        self.check_query()?;
        self.limits.check_page(self.limit, self.offset)
    }

    fn sort(&self) -> SortBy {
        self.sort.unwrap_or(if self.query.trim().is_empty() {
            SortBy::Date
        } else {
            SortBy::Relevance
        })
    }
}

/// One matching article.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1-based rank in the whole result list.
    pub rank: usize,
    /// Article id (16 hex digits).
    pub id: String,
    /// Its file (see [`Location`]).
    #[serde(flatten)]
    pub location: Location,
    /// Headline (stemmed, boosted in ranking).
    pub title: String,
    /// Publication date.
    pub date: Option<String>,
    /// Outlet (e.g. Reuters), searchable.
    pub source: Option<String>,
    /// Where the article was published, when its file says (JSON, web pages, archives);
    /// null otherwise, as every absent value of a hit is.
    pub url: Option<String>,
    /// Bylines (empty when none).
    pub authors: Vec<String>,
    /// BM25 score (0 when sorted by date).
    pub score: f32,
    /// The best passage of the body.
    pub snippet: String,
    /// Byte ranges of matched words in `snippet`.
    pub highlights: Vec<[usize; 2]>,
    /// Its main people (most mentioned first).
    pub people: Vec<String>,
    /// Its main places (most mentioned first).
    pub places: Vec<String>,
    /// Its language (ISO 639-3), when the text told.
    pub lang: Option<String>,
}

/// One matching quote.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    /// The quoted words.
    pub text: String,
    /// A quote's speaker, searchable.
    pub speaker: Option<String>,
    /// The words naming the speaker, as `{"start","end","text"}`.
    pub speaker_mention: Option<serde_json::Value>,
    /// What the speaker is: `person`, `org` or `description` (someone the article never
    /// names), as `extract --json` says; null when there is no speaker.
    pub speaker_kind: Option<String>,
    /// 1 for a partial quote.
    pub partial: bool,
    /// Its article's id.
    pub article_id: String,
    /// Its article's file (see [`Location`]).
    #[serde(flatten)]
    pub location: Location,
    /// Headline (stemmed, boosted in ranking).
    pub title: String,
    /// Publication date.
    pub date: Option<String>,
}

/// Where an article came from: in JSON, `path` as before (relative to the indexed root, with
/// `#N` for a record), and `file` and `record`, which name a file the user can open.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    /// Path relative to the indexed root, with `#N` for the record of a multi-record file.
    pub path: String,
    /// The file as an absolute path: the indexed root joined with the relative path.
    pub file: String,
    /// 1-based record number in a multi-record file (null for a one-article file).
    pub record: Option<u64>,
}

impl Location {
    fn of(doc: &TantivyDocument, f: &Fields) -> Location {
        Location::new(
            first_str(doc, f.path).unwrap_or_default(),
            first_str(doc, f.root).as_deref(),
            first_u64(doc, f.record),
        )
    }

    /// The location of record `record` of the file at `rel` under the indexed `root` (none
    /// for standard input): any backend's stored path, root and record number.
    pub fn new(rel: String, root: Option<&str>, record: Option<u64>) -> Location {
        let file = match root {
            Some(root) => std::path::Path::new(root)
                .join(&rel)
                .to_string_lossy()
                .into_owned(),
            None => rel.clone(),
        };
        let path = match record {
            Some(n) => format!("{rel}#{n}"),
            None => rel,
        };
        Location { path, file, record }
    }
}

/// The total count and one page of hits.
#[derive(Debug)]
pub struct Page<T> {
    /// Matches in all.
    pub total: usize,
    /// This page of them.
    pub hits: Vec<T>,
}

/// Which canonical-name facet to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetKind {
    /// People named in the matching articles.
    People,
    /// Places named in the matching articles.
    Places,
    /// Organisations named in the matching articles.
    Orgs,
    /// Speakers of the matching quotes.
    Speakers,
    /// Outlets of the matching articles.
    Sources,
}

/// Searches articles.
pub fn search(index: &NewsIndex, request: &SearchRequest) -> Result<Page<Hit>> {
    Ok(search_with(index, request, Count)?.0)
}

/// What a search page shows, from one pass over the matching articles: a page of hits, the
/// names and sources counted over all of them, and their timeline.
#[derive(Debug)]
pub struct Overview {
    /// The page of hits.
    pub page: Page<Hit>,
    /// People named in the matching articles, most first.
    pub people: Vec<(String, u64)>,
    /// Places named in them.
    pub places: Vec<(String, u64)>,
    /// Organisations named in them.
    pub orgs: Vec<(String, u64)>,
    /// Their outlets.
    pub sources: Vec<(String, u64)>,
    /// Their dates by day, month or year; an error when the interval asked for needs too
    /// many bars (the rest of the page stands).
    pub timeline: std::result::Result<Timeline, QueryError>,
}

/// [`search`], [`facet`] for people, places, organisations and sources (`top` each) and
/// [`timeline`] in one pass over the matching articles instead of six: what a browser's
/// search page needs, at the cost of one search.
pub fn overview(
    index: &NewsIndex,
    request: &SearchRequest,
    top: usize,
    interval: Option<Interval>,
) -> Result<Overview> {
    request.limits.check_top(top)?;
    let counts = |field: &str| facets::TermCounts::top(field, merge_margin(top));
    let extra = (
        (
            counts(field::PERSON_FACET),
            counts(field::PLACE_FACET),
            counts(field::ORG_FACET),
            counts(field::SOURCE_FACET),
        ),
        timeline::DayCounts,
    );
    let (page, ((people, places, orgs, sources), (days, undated))) =
        search_with(index, request, extra)?;
    // names read across the archive, as `facet` reads them
    let searcher = searcher(index)?;
    let full = article_query(index, &searcher, request)?;
    let merged = |counts, entity| -> Result<Vec<(String, u64)>> {
        let rows = ranked(counts, merge_margin(top));
        Ok(read_merged(index, &searcher, &*full, entity, rows, top)?.0)
    };
    Ok(Overview {
        page,
        people: merged(people, EntityKind::Person)?,
        places: merged(places, EntityKind::Place)?,
        orgs: merged(orgs, EntityKind::Org)?,
        sources: ranked(sources, top),
        timeline: timeline::build(days, undated, interval),
    })
}

/// A page of hits, and what `extra` collects over every matching article in the same pass.
fn search_with<E: tantivy::collector::Collector>(
    index: &NewsIndex,
    request: &SearchRequest,
    extra: E,
) -> Result<(Page<Hit>, E::Fruit)> {
    request.check()?;
    query::check_article_filters(&request.filters)?;
    let f = &index.fields;
    let searcher = searcher(index)?;
    let text = query::text_query(
        index,
        &searcher,
        &request.filters,
        query::Scope::Articles,
        &request.query,
        &request.limits,
    )?;
    let names = names::resolve(index, &searcher, &request.filters)?;
    let full = query::with_filters(
        &index.index,
        f,
        text.box_clone(),
        KIND_ARTICLE,
        &request.filters,
        &names,
        None,
    );
    let (total, addresses, fruit) =
        top_docs_with(&searcher, &*full, request, request.sort(), extra, None)?;
    let snippets = snippet::SnippetMaker::new(&searcher, index, &*text, &request.filters)?;
    let mut hits = Vec::with_capacity(addresses.len());
    for (i, (score, address)) in addresses.into_iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(address).context("reading a hit")?;
        let body = first_str(&doc, f.body).unwrap_or_default();
        let Snippet { text, highlights } = snippets.make(&body);
        hits.push(Hit {
            rank: request.offset + i + 1,
            id: id_string(first_u64(&doc, f.article_key).unwrap_or(0)),
            location: Location::of(&doc, f),
            title: first_str(&doc, f.title).unwrap_or_default(),
            date: date_of(&doc, f),
            source: first_str(&doc, f.source),
            url: first_str(&doc, f.url),
            authors: all_str(&doc, f.authors, 10),
            score,
            snippet: text,
            highlights,
            people: all_str(&doc, f.person, 3),
            places: all_str(&doc, f.place, 3),
            lang: first_str(&doc, f.lang),
        });
    }
    Ok((Page { total, hits }, fruit))
}

/// Searches quotes: the query runs over the quote text.
pub fn search_quotes(index: &NewsIndex, request: &SearchRequest) -> Result<Page<QuoteHit>> {
    quotes_page(index, request, None)
}

/// Quotes from the articles matching `articles` (query text and filters, read as [`search`]
/// reads them; its paging is ignored), narrowed by `quotes`: words in the quote (its query),
/// speakers and dates, with its paging and order. What a browser's "quotes" view of a search
/// shows.
pub fn search_quotes_in(
    index: &NewsIndex,
    articles: &SearchRequest,
    quotes: &SearchRequest,
) -> Result<Page<QuoteHit>> {
    articles.check_query()?;
    quotes_page(index, quotes, Some(articles))
}

/// Speakers of the quotes [`search_quotes_in`] finds, most quoted first.
pub fn speakers_in(
    index: &NewsIndex,
    articles: &SearchRequest,
    quotes: &SearchRequest,
    top: usize,
) -> Result<Vec<(String, u64)>> {
    articles.check_query()?;
    quotes.check_query()?;
    quotes.limits.check_top(top)?;
    let searcher = searcher(index)?;
    let (full, keys) = quote_query(index, &searcher, quotes, Some(articles))?;
    let rows = count_names(
        &searcher,
        &*full,
        field::SPEAKER_FACET,
        merge_margin(top),
        keys.clone(),
    )?;
    let filters = &quotes.filters;
    Ok(read_speakers(index, &searcher, &*full, filters, rows, top, keys)?.0)
}

/// The first `top` of the speaker `rows` (counted over `full`'s matches, within `keys`'
/// articles when given), bare surnames counted with their dominant full name
/// ([`names::merge_speakers`]), with the merges made.
fn read_speakers(
    index: &NewsIndex,
    searcher: &Searcher,
    full: &dyn Query,
    filters: &Filters,
    mut rows: Vec<(String, u64)>,
    top: usize,
    keys: Option<KeySet>,
) -> Result<FacetRead> {
    let count = |names: &[String]| -> Result<u64> {
        let Some(any) = names::any_whole(index, index.fields.speaker_name, names) else {
            return Ok(0);
        };
        let both = BooleanQuery::new(vec![(Occur::Must, full.box_clone()), (Occur::Must, any)]);
        let n = search_in(searcher, &both, Count, keys.clone()).context("counting a speaker")?;
        Ok(n as u64)
    };
    let merges = names::merge_speakers(index, searcher, filters, &mut rows, count)?;
    by_count(&mut rows);
    rows.truncate(top);
    Ok((rows, merges))
}

fn quotes_page(
    index: &NewsIndex,
    request: &SearchRequest,
    within: Option<&SearchRequest>,
) -> Result<Page<QuoteHit>> {
    request.check()?;
    let f = &index.fields;
    let searcher = searcher(index)?;
    let (full, keys) = quote_query(index, &searcher, request, within)?;
    let (total, addresses, _) =
        top_docs_with(&searcher, &*full, request, request.sort(), Count, keys)?;
    let mut hits = Vec::with_capacity(addresses.len());
    for (_, address) in addresses {
        let doc: TantivyDocument = searcher.doc(address).context("reading a quote")?;
        hits.push(QuoteHit {
            text: first_str(&doc, f.quote).unwrap_or_default(),
            speaker: first_str(&doc, f.speaker),
            speaker_kind: first_str(&doc, f.speaker_kind),
            speaker_mention: first_str(&doc, f.speaker_mention)
                .and_then(|s| serde_json::from_str(&s).ok()),
            partial: first_u64(&doc, f.partial) == Some(1),
            article_id: id_string(first_u64(&doc, f.article_key).unwrap_or(0)),
            location: Location::of(&doc, f),
            title: first_str(&doc, f.article_title).unwrap_or_default(),
            date: date_of(&doc, f),
        });
    }
    Ok(Page { total, hits })
}

/// The articles a quote must come from, as a set of article keys checked against each
/// quote's `article_key` fast field. Collecting a set and filtering quotes through it costs
/// a hash lookup per candidate quote (Fx: SipHash showed in the profile); the term-set query the CLI's article filters use
/// builds a term automaton of every key first, which showed as ~15% of the server's CPU
/// under load when a broad search's thousands of articles restricted its quotes.
type KeySet = std::sync::Arc<rustc_hash::FxHashSet<u64>>;

/// The quote query: text over the quote, speaker/source/date filters on the quote, and the
/// people/places/orgs filters through the set of articles that pass them. With `within`,
/// the quotes must also come from the articles that request matches (its text and filters):
/// those are returned as a [`KeySet`] for the collector to filter by.
fn quote_query(
    index: &NewsIndex,
    searcher: &Searcher,
    request: &SearchRequest,
    within: Option<&SearchRequest>,
) -> Result<(Box<dyn Query>, Option<KeySet>)> {
    let f = &index.fields;
    let text = query::text_query(
        index,
        searcher,
        &request.filters,
        query::Scope::Quotes,
        &request.query,
        &request.limits,
    )?;
    let names = names::resolve(index, searcher, &request.filters)?;
    let articles = if query::has_article_filters(&request.filters) {
        let article_query = query::with_filters(
            &index.index,
            f,
            Box::new(AllQuery),
            KIND_ARTICLE,
            &request.filters,
            &names,
            None,
        );
        let keys = searcher
            .search(&*article_query, &facets::ArticleKeys)
            .context("filtering quotes by article")?;
        Some(query::article_filter(f, &keys))
    } else {
        None
    };
    let keys = match within.filter(|w| !w.matches_everything()) {
        Some(within) => {
            let keys = searcher
                .search(
                    &*article_query(index, searcher, within)?,
                    &facets::ArticleKeys,
                )
                .context("filtering quotes by article")?;
            Some(std::sync::Arc::new(keys.into_iter().collect()))
        }
        None => None,
    };
    Ok((
        query::with_filters(
            &index.index,
            f,
            text,
            KIND_QUOTE,
            &request.filters,
            &names,
            articles,
        ),
        keys,
    ))
}

/// Runs `collector` over what `query` matches, keeping only documents whose `article_key`
/// is in `keys` when there are keys.
fn search_in<C>(
    searcher: &Searcher,
    query: &dyn Query,
    collector: C,
    keys: Option<KeySet>,
) -> tantivy::Result<C::Fruit>
where
    C: tantivy::collector::Collector,
{
    match keys {
        None => searcher.search(query, &collector),
        Some(keys) => searcher.search(
            query,
            &tantivy::collector::FilterCollector::new(
                field::ARTICLE_KEY.to_owned(),
                move |key: u64| keys.contains(&key),
                collector,
            ),
        ),
    }
}

/// Counts canonical names over the articles (or, for speakers, the quotes) matching
/// `request`, most frequent first (ties by name), read across the archive (see
/// [`names::Reading::Merged`]).
pub fn facet(
    index: &NewsIndex,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
) -> Result<Vec<(String, u64)>> {
    Ok(facet_read(index, request, kind, top, names::Reading::Merged)?.0)
}

/// A facet's rows (name, article count) and the merges made reading it.
pub type FacetRead = (Vec<(String, u64)>, Vec<names::Merge>);

/// [`facet`], reading the names as asked, with the merges made.
pub fn facet_read(
    index: &NewsIndex,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
    reading: names::Reading,
) -> Result<FacetRead> {
    request.check_query()?;
    request.limits.check_top(top)?;
    let searcher = searcher(index)?;
    let (full, field_name) = match kind {
        FacetKind::Speakers => (
            quote_query(index, &searcher, request, None)?.0,
            field::SPEAKER_FACET,
        ),
        _ => {
            let full = article_query(index, &searcher, request)?;
            let field = match kind {
                FacetKind::People => field::PERSON_FACET,
                FacetKind::Places => field::PLACE_FACET,
                FacetKind::Orgs => field::ORG_FACET,
                _ => field::SOURCE_FACET,
            };
            (full, field)
        }
    };
    let entity = match kind {
        FacetKind::People => Some(EntityKind::Person),
        FacetKind::Places => Some(EntityKind::Place),
        FacetKind::Orgs => Some(EntityKind::Org),
        FacetKind::Speakers | FacetKind::Sources => None,
    };
    if kind == FacetKind::Speakers && reading == names::Reading::Merged {
        let rows = count_names(&searcher, &*full, field_name, merge_margin(top), None)?;
        return read_speakers(index, &searcher, &*full, &request.filters, rows, top, None);
    }
    let Some(entity) = entity.filter(|_| reading == names::Reading::Merged) else {
        return Ok((
            count_names(&searcher, &*full, field_name, top, None)?,
            Vec::new(),
        ));
    };
    let rows = count_names(&searcher, &*full, field_name, merge_margin(top), None)?;
    read_merged(index, &searcher, &*full, entity, rows, top)
}

/// What the speakers among the quotes matching `request` are, by name: `org` or
/// `description` (`a central bank official`) for the names quoted mostly as such, the
/// others being people. Lets `speakers` show a description as one, never as a person.
pub fn speaker_kinds(
    index: &NewsIndex,
    request: &SearchRequest,
) -> Result<std::collections::HashMap<String, &'static str>> {
    request.check_query()?;
    let searcher = searcher(index)?;
    let full = quote_query(index, &searcher, request, None)?.0;
    let all: std::collections::HashMap<String, u64> = count_names(
        &searcher,
        &*full,
        field::SPEAKER_FACET,
        SPEAKER_KIND_ROWS,
        None,
    )?
    .into_iter()
    .collect();
    let mut kinds = std::collections::HashMap::new();
    for kind in ["org", "description"] {
        let term = Term::from_field_text(index.fields.speaker_kind, kind);
        let of_kind = BooleanQuery::new(vec![
            (Occur::Must, full.box_clone()),
            (
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ),
        ]);
        for (name, n) in count_names(
            &searcher,
            &of_kind,
            field::SPEAKER_FACET,
            SPEAKER_KIND_ROWS,
            None,
        )? {
            if all.get(&name).is_some_and(|&total| 2 * n > total) {
                kinds.insert(name, kind);
            }
        }
    }
    Ok(kinds)
}

/// Speakers whose kind [`speaker_kinds`] reads: more than any listing shows.
const SPEAKER_KIND_ROWS: usize = 10_000;

/// How many rows to read for `top` merged ones: dropped and merged names leave room. The
/// cluster's listings read as many, so both backends list the same names.
pub fn merge_margin(top: usize) -> usize {
    top.saturating_mul(2).saturating_add(20)
}

/// The first `top` of `rows` (counted over `full`'s matches) read across the archive (see
/// [`names::Reading::Merged`]), with the merges made.
fn read_merged(
    index: &NewsIndex,
    searcher: &Searcher,
    full: &dyn Query,
    entity: EntityKind,
    mut rows: Vec<(String, u64)>,
    top: usize,
) -> Result<FacetRead> {
    let merges = names::read_facet(index, searcher, full, entity, &mut rows)?;
    by_count(&mut rows);
    rows.truncate(top);
    Ok((rows, merges))
}

/// The `top` most frequent values of a facet field over the documents `query` matches.
fn count_names(
    searcher: &Searcher,
    query: &dyn Query,
    field_name: &str,
    top: usize,
    keys: Option<KeySet>,
) -> Result<Vec<(String, u64)>> {
    let collector = facets::TermCounts::top(field_name, top);
    let counts = search_in(searcher, query, collector, keys).context("counting names")?;
    Ok(ranked(counts, top))
}

/// Counted names, most frequent first, the first `top`.
fn ranked(counts: std::collections::HashMap<String, u64>, top: usize) -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = counts.into_iter().collect();
    by_count(&mut rows);
    rows.truncate(top);
    rows
}

/// Most frequent first, ties by name.
fn by_count(rows: &mut [(String, u64)]) {
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
}

/// The articles matching a request's query text and filters.
pub(crate) fn article_query(
    index: &NewsIndex,
    searcher: &Searcher,
    request: &SearchRequest,
) -> Result<Box<dyn Query>> {
    query::check_article_filters(&request.filters)?;
    let f = &index.fields;
    let text = query::text_query(
        index,
        searcher,
        &request.filters,
        query::Scope::Articles,
        &request.query,
        &request.limits,
    )?;
    let names = names::resolve(index, searcher, &request.filters)?;
    Ok(query::with_filters(
        &index.index,
        f,
        text,
        KIND_ARTICLE,
        &request.filters,
        &names,
        None,
    ))
}

pub(crate) fn searcher(index: &NewsIndex) -> Result<Searcher> {
    Ok(index.reader()?.searcher())
}

/// The total, one page of `(score, address)`, and what an extra collector gathered.
type Ranked<F> = (usize, Vec<(f32, DocAddress)>, F);

/// The total and one page of `(score, address)`, by relevance or newest first, with what
/// `extra` collects in the same pass; only documents of `keys`' articles when given.
fn top_docs_with<E: tantivy::collector::Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    request: &SearchRequest,
    sort: SortBy,
    extra: E,
    keys: Option<KeySet>,
) -> Result<Ranked<E::Fruit>> {
    let limit = request.limit.max(1);
    let top = TopDocs::with_limit(limit).and_offset(request.offset);
    match sort {
        SortBy::Relevance => {
            let (total, docs, fruit) =
                search_in(searcher, query, (Count, top.order_by_score(), extra), keys)
                    .context("searching")?;
            Ok((total, docs, fruit))
        }
        SortBy::Date => {
            let by_date = top.order_by_fast_field::<tantivy::DateTime>(field::DATE, Order::Desc);
            let (total, docs, fruit) =
                search_in(searcher, query, (Count, by_date, extra), keys).context("searching")?;
            Ok((
                total,
                docs.into_iter().map(|(_, a)| (0.0, a)).collect(),
                fruit,
            ))
        }
    }
}

pub(crate) fn first_str(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

pub(crate) fn all_str(doc: &TantivyDocument, field: Field, max: usize) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| v.as_str().map(str::to_owned))
        .take(max)
        .collect()
}

pub(crate) fn first_u64(doc: &TantivyDocument, field: Field) -> Option<u64> {
    doc.get_first(field).and_then(|v| v.as_u64())
}

pub(crate) fn date_of(doc: &TantivyDocument, f: &Fields) -> Option<String> {
    let value: OwnedValue = doc.get_first(f.date)?.into();
    match value {
        OwnedValue::Date(d) => {
            jiff::Timestamp::from_nanosecond(i128::from(d.into_timestamp_nanos()))
                .ok()
                .map(|t| t.to_string())
        }
        _ => None,
    }
}
