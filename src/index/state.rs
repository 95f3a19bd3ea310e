//! What the index knows about each file it has indexed: size, mtime and content hash.
//!
//! The state lives in the index itself, as `file` documents committed in the same commit as
//! the file's articles, so the state can never claim more (or less) than the index holds.

use anyhow::{Context, Result};
use tantivy::Searcher;

use crate::corpus::FileStat;
use crate::extract::IdMap;

/// File states by file id. A million-entry map looked up once per file found: std's SipHash
/// showed in the profile of a no-op re-run, and file ids are already xxh3 hashes, so the
/// map uses them as they are, like every other map keyed by a hash.
pub type StateMap = IdMap<FileState>;

/// A file as it was when last indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileState {
    /// Hash of the corpus root the file was found under.
    pub root_id: u64,
    pub stat: FileStat,
    pub hash: u64,
    pub articles: u64,
}

/// Reads every file state from the fast fields (no stored-document decompression: this is
/// what keeps a no-op re-run over hundreds of thousands of files cheap).
pub fn load(searcher: &Searcher) -> Result<StateMap> {
    let mut states = StateMap::default();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let column = |name: &str| fast.u64(name).context("reading file state");
        let (ids, roots) = (column("file_id")?, column("root_id")?);
        let (size, hash, articles) = (
            column("file_size")?,
            column("file_hash")?,
            column("file_articles")?,
        );
        let mtime = fast.i64("file_mtime").context("reading file state")?;
        for doc in segment.doc_ids_alive() {
            // Only state documents have a root.
            let (Some(id), Some(root_id)) = (ids.first(doc), roots.first(doc)) else {
                continue;
            };
            states.insert(
                id,
                FileState {
                    root_id,
                    stat: FileStat {
                        size: size.first(doc).unwrap_or(0),
                        mtime_ns: mtime.first(doc).unwrap_or(0),
                    },
                    hash: hash.first(doc).unwrap_or(0),
                    articles: articles.first(doc).unwrap_or(0),
                },
            );
        }
    }
    Ok(states)
}
