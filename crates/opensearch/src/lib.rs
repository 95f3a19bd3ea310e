//! newsdex on an OpenSearch cluster: the same readers, extraction, ids, query language and
//! output, with the documents in a cluster instead of a local tantivy index.
//!
//! - `article`: one article by id or file, for `show`;
//! - `target`: `opensearch://host:port/prefix` URLs;
//! - `client`: blocking HTTP with retries and backoff;
//! - `mapping`: the versioned index templates;
//! - `docs`: articles and quotes as documents, with the local index's ids;
//! - `bulk`: `_bulk` with bounded bodies and in-flight requests, per-item failures;
//! - `ingest`: a run over corpus directories, with per-file state kept in the cluster;
//! - `lines`: JSON Lines from a stream (`index -`);
//! - `push`: a local index copied up;
//! - `dsl`, `query`, `names`, `search`: the query AST as DSL, facets read as locally, and
//!   searches giving the local search's types;
//! - `views`: what `newsdex serve`'s pages add (timeline, quotes within a search, overview).
#![warn(missing_docs)]

pub mod article;
pub mod bulk;
pub mod client;
pub mod docs;
mod dsl;
pub mod ingest;
mod lines;
pub mod mapping;
mod names;
pub mod push;
pub mod query;
pub mod search;
pub mod target;
pub mod views;

pub use client::Client;
pub use ingest::{index_dirs, index_inputs, IngestOptions};
pub use target::{is_url, parse, Target};
