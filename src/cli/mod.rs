//! Command-line interface: one module per command, and the exit codes scripts rely on.
//!
//! Exit codes, as grep and rg use them: 0 found (or done; warnings may have been printed);
//! 1 nothing found; 2 an error (a usage error, a query that cannot be parsed, an index
//! locked, unwritable or damaged, a corpus directory missing); 3 `index --strict` skipped at
//! least one file.

mod docs;
mod extract;
mod facets;
mod index;
mod output;
mod push;
mod quotes;
mod remote;
mod search;
mod serve;
mod show;
mod stats;

use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser, Subcommand};

use newsdex_corpus::dates::parse_bound;
use newsdex_index::OptionsError;
use newsdex_search::{FacetKind, Filters, QueryError, SortBy};

pub use output::escaped;

/// Exit codes (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Ok,
    NothingFound,
    Fatal,
    Usage,
    StrictSkips,
}

impl Code {
    /// Found something, or nothing (grep's 0 and 1).
    pub fn found(total: usize) -> Code {
        if total == 0 {
            Code::NothingFound
        } else {
            Code::Ok
        }
    }
}

impl From<Code> for std::process::ExitCode {
    fn from(code: Code) -> Self {
        std::process::ExitCode::from(match code {
            Code::Ok => 0,
            Code::NothingFound => 1,
            Code::Fatal | Code::Usage => 2,
            Code::StrictSkips => 3,
        })
    }
}

/// Search engine for news archives: full text, people, places, organisations and quotes.
///
/// Index a folder of articles (plain text, JSON, JSON Lines, CSV/TSV, Reuters SGML, web
/// pages, WARC web archives; gzip, zstd, bzip2 or xz compressed or not), then search it by words, phrases, people, places, dates and sources, or list the quotes a
/// person gave.
#[derive(Debug, Parser)]
#[command(name = "newsdex", version, max_term_width = 100)]
pub struct Args {
    /// Index directory, or an OpenSearch cluster as opensearch://HOST:PORT/PREFIX
    /// (opensearchs:// for TLS; credentials from NEWSDEX_OPENSEARCH_USER and
    /// NEWSDEX_OPENSEARCH_PASSWORD) [default: .newsdex in the working directory]
    #[arg(long, global = true, env = "NEWSDEX_INDEX", value_name = "DIR|URL")]
    pub index: Option<PathBuf>,

    /// Colour: auto (a terminal, unless NO_COLOR is set or TERM=dumb; CLICOLOR_FORCE forces
    /// it), always or never
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = output::ColorWhen::Auto,
        hide_default_value = true
    )]
    pub color: output::ColorWhen,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index (or update) the articles under one or more directories
    Index(index::IndexArgs),
    /// Search articles: words, "phrases", AND/OR/NOT, field:value, filters
    Search(search::SearchArgs),
    /// Find direct quotes by speaker and content
    Quotes(quotes::QuotesArgs),
    /// People named in the matching articles, with article counts
    // --speaker is for `speakers`: hidden here, refused with a reason if given
    #[command(mut_arg("speakers", |a| a.hide(true)))]
    People(facets::FacetArgs),
    /// Places named in the matching articles, with article counts
    // --speaker is for `speakers`: hidden here, refused with a reason if given
    #[command(mut_arg("speakers", |a| a.hide(true)))]
    Places(facets::FacetArgs),
    /// Organisations named in the matching articles, with article counts
    // --speaker is for `speakers`: hidden here, refused with a reason if given
    #[command(mut_arg("speakers", |a| a.hide(true)))]
    Orgs(facets::FacetArgs),
    /// Speakers ranked by number of quotes (optionally quotes matching QUERY)
    Speakers(facets::FacetArgs),
    /// What is in the index: articles, files, dates, sources, size
    Stats(stats::StatsArgs),
    /// Show what the indexer extracts from one article file (people, places, orgs, quotes)
    Extract(extract::ExtractArgs),
    /// Print one indexed article: text, metadata, people, places, orgs, quotes with speakers
    Show(show::ShowArgs),
    /// Serve the index in a browser, and as a JSON API, on http://127.0.0.1:7700
    Serve(serve::ServeArgs),
    /// Copy a local index up to an OpenSearch cluster (--index opensearch://...)
    Push(push::PushArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish or powershell)
    Completions(docs::CompletionsArgs),
    /// Print the manual page (roff): `newsdex man > newsdex.1`
    Man,
}

/// The query text, as an argument or after `-e` (for a query that begins with `-`).
#[derive(Debug, Clone, Default, ClapArgs)]
pub struct QueryArgs {
    /// Words, "phrases", AND/OR/NOT, field:value (the language: `newsdex search --help`);
    /// none: everything
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    /// The query, when it begins with `-` (`-e '-egypt rafah'`; `-- -egypt` works too)
    #[arg(
        short = 'e',
        long = "query",
        value_name = "QUERY",
        allow_hyphen_values = true,
        conflicts_with = "query"
    )]
    pub expr: Option<String>,
}

impl QueryArgs {
    pub fn text(&self) -> String {
        self.expr
            .clone()
            .or_else(|| self.query.clone())
            .unwrap_or_default()
    }
}

/// Filters shared by every command that searches.
#[derive(Debug, Clone, Default, ClapArgs)]
pub struct FilterArgs {
    /// Only articles naming this person ("Sullivan" matches Jake Sullivan); repeatable, ANDed
    #[arg(long = "person", value_name = "NAME")]
    pub people: Vec<String>,
    /// Only articles naming this place (or a place inside it); repeatable, ANDed
    #[arg(long = "place", value_name = "NAME")]
    pub places: Vec<String>,
    /// Only articles naming this organisation; repeatable, ANDed
    #[arg(long = "org", value_name = "NAME")]
    pub orgs: Vec<String>,
    /// Only articles from this source or outlet (e.g. Reuters); repeatable, ANDed
    #[arg(long = "source", value_name = "NAME")]
    pub sources: Vec<String>,
    /// Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only articles in this language (en, eng or English); repeatable, ORed
    #[arg(long = "lang", value_name = "LANGUAGE")]
    pub langs: Vec<String>,
}

impl FilterArgs {
    pub fn to_filters(&self) -> Result<Filters, QueryError> {
        let since = self
            .since
            .as_deref()
            .map(|d| parse_bound(d, false))
            .transpose()
            .map_err(QueryError)?;
        let until = self
            .until
            .as_deref()
            .map(|d| parse_bound(d, true))
            .transpose()
            .map_err(QueryError)?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                return Err(QueryError(format!(
                    "--since {} is after --until {}: nothing can match",
                    self.since.as_deref().unwrap_or_default(),
                    self.until.as_deref().unwrap_or_default()
                )));
            }
        }
        Ok(Filters {
            people: self.people.clone(),
            places: self.places.clone(),
            orgs: self.orgs.clone(),
            sources: self.sources.clone(),
            speakers: Vec::new(),
            since,
            until,
            langs: self
                .langs
                .iter()
                .map(|l| {
                    newsdex_extract::language_code(l)
                        .map(str::to_owned)
                        .ok_or_else(|| {
                            QueryError(format!(
                                "unknown language `{l}` (try en, de, fr or English)"
                            ))
                        })
                })
                .collect::<Result<_, _>>()?,
        })
    }
}

/// Paging and order shared by `search` and `quotes`.
#[derive(Debug, Clone, ClapArgs)]
pub struct PageArgs {
    /// Number of results to show (at least 1: `--count` prints only the total)
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// Every result, however many (overrides --limit)
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// Print only the number of results
    #[arg(long, conflicts_with_all = ["all", "json"])]
    pub count: bool,
    /// Skip this many results first (for paging)
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Order: relevance, or date (newest first) [default: relevance with a query, else date]
    #[arg(long, value_enum)]
    pub sort: Option<SortArg>,
}

/// `--sort` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    Relevance,
    Date,
}

impl PageArgs {
    /// Refuses `-n 0`: it would print nothing, which `--count` says better.
    pub fn check(&self) -> Result<(), QueryError> {
        if self.limit == 0 {
            return Err(QueryError(
                "-n/--limit must be at least 1 (for the number of results alone, use --count)"
                    .into(),
            ));
        }
        Ok(())
    }
}

impl From<SortArg> for SortBy {
    fn from(arg: SortArg) -> SortBy {
        match arg {
            SortArg::Relevance => SortBy::Relevance,
            SortArg::Date => SortBy::Date,
        }
    }
}

/// When a search finds nothing: the name filters that alone match no article, so the user
/// knows which one to fix (one search per filter, only when nothing was found).
pub fn why_nothing(index: &newsdex_index::NewsIndex, filters: &Filters) -> Vec<String> {
    let mut why = Vec::new();
    let kinds = [
        ("person", &filters.people),
        ("place", &filters.places),
        ("organisation", &filters.orgs),
        ("source", &filters.sources),
    ];
    for (what, values) in kinds {
        for value in values {
            let one = vec![value.clone()];
            let alone = match what {
                "person" => Filters {
                    people: one,
                    ..Filters::default()
                },
                "place" => Filters {
                    places: one,
                    ..Filters::default()
                },
                "organisation" => Filters {
                    orgs: one,
                    ..Filters::default()
                },
                _ => Filters {
                    sources: one,
                    ..Filters::default()
                },
            };
            let request = newsdex_search::SearchRequest {
                filters: alone,
                limit: 1,
                limits: newsdex_search::Limits::LOCAL,
                ..Default::default()
            };
            if newsdex_search::search(index, &request).is_ok_and(|p| p.total == 0) {
                why.push(format!("no article names the {what} `{value}`"));
            }
        }
    }
    why
}

/// Runs a parsed command line.
pub fn run(args: Args) -> anyhow::Result<Code> {
    // A cluster URL sends every command that reads or writes the index to OpenSearch.
    if let Some(url) = args
        .index
        .as_deref()
        .and_then(|p| p.to_str())
        .filter(|s| newsdex_opensearch::is_url(s))
    {
        let target = newsdex_opensearch::parse(url)?;
        return remote::run(target, args.command);
    }
    let index_dir = args
        .index
        .clone()
        .unwrap_or_else(|| PathBuf::from(newsdex_index::DEFAULT_DIR));
    output::set_color(args.color);
    match args.command {
        Command::Index(a) => index::run(&index_dir, a),
        Command::Search(a) => search::run(&index_dir, a),
        Command::Quotes(a) => quotes::run(&index_dir, a),
        Command::People(a) => facets::run(&index_dir, a, FacetKind::People),
        Command::Places(a) => facets::run(&index_dir, a, FacetKind::Places),
        Command::Orgs(a) => facets::run(&index_dir, a, FacetKind::Orgs),
        Command::Speakers(a) => facets::run(&index_dir, a, FacetKind::Speakers),
        Command::Stats(a) => stats::run(&index_dir, a),
        Command::Extract(a) => extract::run(a),
        Command::Show(a) => show::run(&index_dir, a),
        Command::Serve(a) => serve::run(&index_dir, a),
        Command::Push(_) => Err(anyhow::anyhow!(
            "push copies a local index to a cluster: give --index opensearch://HOST:PORT/PREFIX \
             and --from DIR"
        )),
        Command::Completions(a) => docs::completions(a),
        Command::Man => docs::man(),
    }
}

/// Query and option mistakes are the user's to fix (exit 2); everything else is fatal
/// (exit 1).
pub fn exit_code_for(err: &anyhow::Error) -> Code {
    if err
        .chain()
        .any(|e| e.is::<QueryError>() || e.is::<OptionsError>())
    {
        Code::Usage
    } else {
        Code::Fatal
    }
}

/// The error and its causes on one line.
pub fn one_line(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string().replace('\n', " ");
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

/// Writing to a closed pipe (`newsdex search x | head`) is not an error worth reporting.
pub fn ignore_broken_pipe(result: std::io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
