//! The index a server answers from: a local directory or an OpenSearch cluster. Every
//! handler asks this seam, never a backend directly, so the pages and the JSON API are the
//! same code (and give the same output for the same data) on both.

use std::time::Duration;

use anyhow::{bail, Context, Result};

use newsdex_index::NewsIndex;
use newsdex_opensearch::Client;
use newsdex_search::{
    ArticleRef, FacetKind, Hit, Interval, Overview, Page, QuoteHit, SearchRequest, Stats,
    StoredArticle, Timeline,
};

/// Where the articles are.
pub enum Backend {
    /// A local index; its reader is shared by every request and reloaded on new commits.
    Local(NewsIndex),
    /// An OpenSearch cluster (`opensearch://host:port/prefix`); every request asks it, so
    /// other machines' writes show as soon as the cluster has refreshed.
    Cluster(Client),
}

impl From<NewsIndex> for Backend {
    fn from(index: NewsIndex) -> Backend {
        Backend::Local(index)
    }
}

/// How long one cluster request keeps being retried while the cluster is busy or
/// restarting: a little under [`crate::REQUEST_TIMEOUT`], so a page answers with the
/// cluster's error before the browser gets a bare 503 (an indexer waits minutes instead).
pub const CLUSTER_RETRY_FOR: Duration = Duration::from_secs(8);

impl From<Client> for Backend {
    /// The cluster, its retries cut to [`CLUSTER_RETRY_FOR`].
    fn from(client: Client) -> Backend {
        Backend::Cluster(client.with_retry_for(CLUSTER_RETRY_FOR))
    }
}

impl Backend {
    /// Readies the backend for serving, so that a damaged index or an unreachable (or
    /// missing) cluster index fails at start, not on the first request.
    pub fn open(&self) -> Result<()> {
        match self {
            // The latest commit, even if this handle's reader was opened before it.
            Backend::Local(index) => index.reload(),
            Backend::Cluster(client) => cluster_ready(client),
        }
        .context("opening the index")
    }

    /// The local index, if this is one (reloading, and tests comparing with the library).
    pub fn local(&self) -> Option<&NewsIndex> {
        match self {
            Backend::Local(index) => Some(index),
            Backend::Cluster(_) => None,
        }
    }

    /// `newsdex_search::search`.
    pub fn search(&self, request: &SearchRequest) -> Result<Page<Hit>> {
        match self {
            Backend::Local(i) => newsdex_search::search(i, request),
            Backend::Cluster(c) => newsdex_opensearch::search::search(c, request),
        }
    }

    /// `newsdex_search::search_quotes`.
    pub fn search_quotes(&self, request: &SearchRequest) -> Result<Page<QuoteHit>> {
        match self {
            Backend::Local(i) => newsdex_search::search_quotes(i, request),
            Backend::Cluster(c) => newsdex_opensearch::search::search_quotes(c, request),
        }
    }

    /// `newsdex_search::search_quotes_in`.
    pub fn search_quotes_in(
        &self,
        articles: &SearchRequest,
        quotes: &SearchRequest,
    ) -> Result<Page<QuoteHit>> {
        match self {
            Backend::Local(i) => newsdex_search::search_quotes_in(i, articles, quotes),
            Backend::Cluster(c) => newsdex_opensearch::views::search_quotes_in(c, articles, quotes),
        }
    }

    /// `newsdex_search::speakers_in`.
    pub fn speakers_in(
        &self,
        articles: &SearchRequest,
        quotes: &SearchRequest,
        top: usize,
    ) -> Result<Vec<(String, u64)>> {
        match self {
            Backend::Local(i) => newsdex_search::speakers_in(i, articles, quotes, top),
            Backend::Cluster(c) => newsdex_opensearch::views::speakers_in(c, articles, quotes, top),
        }
    }

    /// `newsdex_search::facet`.
    pub fn facet(
        &self,
        request: &SearchRequest,
        kind: FacetKind,
        top: usize,
    ) -> Result<Vec<(String, u64)>> {
        match self {
            Backend::Local(i) => newsdex_search::facet(i, request, kind, top),
            Backend::Cluster(c) => newsdex_opensearch::search::facet(c, request, kind, top),
        }
    }

    /// `newsdex_search::timeline`.
    pub fn timeline(
        &self,
        request: &SearchRequest,
        interval: Option<Interval>,
    ) -> Result<Timeline> {
        match self {
            Backend::Local(i) => newsdex_search::timeline(i, request, interval),
            Backend::Cluster(c) => newsdex_opensearch::views::timeline(c, request, interval),
        }
    }

    /// `newsdex_search::overview`.
    pub fn overview(
        &self,
        request: &SearchRequest,
        top: usize,
        interval: Option<Interval>,
    ) -> Result<Overview> {
        match self {
            Backend::Local(i) => newsdex_search::overview(i, request, top, interval),
            Backend::Cluster(c) => newsdex_opensearch::views::overview(c, request, top, interval),
        }
    }

    /// `newsdex_search::stats`.
    pub fn stats(&self) -> Result<Stats> {
        match self {
            Backend::Local(i) => newsdex_search::stats(i),
            Backend::Cluster(c) => newsdex_opensearch::search::stats(c),
        }
    }

    /// `newsdex_search::article`.
    pub fn article(&self, which: &ArticleRef) -> Result<Option<StoredArticle>> {
        match self {
            Backend::Local(i) => newsdex_search::article(i, which),
            Backend::Cluster(c) => newsdex_opensearch::article::article(c, which),
        }
    }
}

/// Whether the cluster answers and holds this prefix's articles index.
fn cluster_ready(client: &Client) -> Result<()> {
    let reply = client.send(
        "GET",
        &format!("/{}/_count", client.target.articles()),
        None,
    )?;
    if !(200..300).contains(&reply.status) {
        bail!(
            "no index at {} (run `newsdex index DIR --index {}` first)",
            client.target.shown(),
            client.target.shown()
        );
    }
    Ok(())
}
