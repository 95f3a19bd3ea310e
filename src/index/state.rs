//! What the index knows about each file it has indexed: size, mtime and content hash.
//!
//! The state lives in the index itself, as `file` documents committed in the same commit as
//! the file's articles, so the state can never claim more (or less) than the index holds.

use std::collections::HashMap;

use anyhow::{Context, Result};
use tantivy::Searcher;

/// A file as it was when last indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileState {
    pub size: u64,
    pub mtime_ns: i64,
    pub hash: u64,
    pub articles: u64,
}

/// Reads every file state from the fast fields (no stored-document decompression: this is
/// what keeps a no-op re-run over hundreds of thousands of files cheap).
pub fn load(searcher: &Searcher) -> Result<HashMap<String, FileState>> {
    let mut states = HashMap::new();
    let mut key = String::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let Some(keys) = fast.str("state_key").context("reading file state")? else {
            continue;
        };
        let size = fast.u64("file_size").context("reading file state")?;
        let mtime = fast.i64("file_mtime").context("reading file state")?;
        let hash = fast.u64("file_hash").context("reading file state")?;
        let articles = fast.u64("file_articles").context("reading file state")?;
        for doc in segment.doc_ids_alive() {
            let Some(ord) = keys.term_ords(doc).next() else {
                continue;
            };
            key.clear();
            keys.ord_to_str(ord, &mut key)
                .context("reading file state")?;
            states.insert(
                key.clone(),
                FileState {
                    size: size.first(doc).unwrap_or(0),
                    mtime_ns: mtime.first(doc).unwrap_or(0),
                    hash: hash.first(doc).unwrap_or(0),
                    articles: articles.first(doc).unwrap_or(0),
                },
            );
        }
    }
    Ok(states)
}
