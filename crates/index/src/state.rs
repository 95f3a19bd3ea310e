//! What the index knows about each file it has indexed: size, mtime and content hash.
//!
//! The state lives in the index itself, in the same commit as the file's articles, so it can
//! never claim more (or less) than the index holds: on the file's first article document,
//! or on a `file` document of its own for web archives (streamed: their article count is
//! known only at the end) and for files touched but unchanged since (the new mtime).

use anyhow::{Context, Result};
use tantivy::Searcher;

use crate::schema::field;
use newsdex_corpus::FileStat;

/// File states by file id. A million-entry map looked up once per file found: std's SipHash
/// showed in the profile of a no-op re-run, and file ids are already xxh3 hashes, so the
/// map uses them as they are, like every other map keyed by a hash.
pub type StateMap = nohash_hasher::IntMap<u64, FileState>;

/// A file as it was when last indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileState {
    /// Hash of the corpus root the file was found under.
    pub root_id: u64,
    /// Size and mtime when indexed.
    pub stat: FileStat,
    /// Content hash when indexed.
    pub hash: u64,
    /// Articles it gave.
    pub articles: u64,
}

/// Reads every file state from the fast fields (no stored-document decompression: this is
/// what keeps a no-op re-run over hundreds of thousands of files cheap).
pub fn load(searcher: &Searcher) -> Result<StateMap> {
    let mut states = StateMap::default();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let column = |name: &str| fast.u64(name).context("reading file state");
        let (ids, roots) = (column(field::FILE_ID)?, column(field::ROOT_ID)?);
        let (size, hash, articles) = (
            column(field::FILE_SIZE)?,
            column(field::FILE_HASH)?,
            column(field::FILE_ARTICLES)?,
        );
        let mtime = fast.i64(field::FILE_MTIME).context("reading file state")?;
        let article_keys = column(field::ARTICLE_KEY)?;
        for doc in segment.doc_ids_alive() {
            // Only documents carrying a state have a root.
            let (Some(id), Some(root_id)) = (ids.first(doc), roots.first(doc)) else {
                continue;
            };
            let state = FileState {
                root_id,
                stat: FileStat {
                    size: size.first(doc).unwrap_or(0),
                    mtime_ns: mtime.first(doc).unwrap_or(0),
                },
                hash: hash.first(doc).unwrap_or(0),
                articles: articles.first(doc).unwrap_or(0),
            };
            // A `file` document is newer than the state its file's first article carries:
            // it records a touch (see the writer), and a change would have deleted both.
            if article_keys.first(doc).is_some() {
                states.entry(id).or_insert(state);
            } else {
                states.insert(id, state);
            }
        }
    }
    Ok(states)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{article_documents, file_state_document, Origin};
    use crate::schema;
    use newsdex_corpus::{Article, RawArticle};
    use newsdex_extract::Extracted;

    /// Whatever order documents are read in (merges reorder segments), a file's touch (a
    /// `file` document) outranks the older state its first article carries.
    #[test]
    fn a_file_document_outranks_the_state_its_article_carries() -> tantivy::Result<()> {
        let indexed = FileState {
            root_id: 1,
            stat: FileStat {
                size: 10,
                mtime_ns: 1,
            },
            hash: 7,
            articles: 1,
        };
        let touched = FileState {
            stat: FileStat {
                size: 10,
                mtime_ns: 2,
            },
            ..indexed
        };
        for touch_first in [true, false] {
            let (schema, f) = schema::build();
            let index = tantivy::Index::create_in_ram(schema);
            schema::register_tokenizers(&index);
            let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
            let raw = RawArticle {
                title: "Headline".into(),
                body: "Body.".into(),
                ..RawArticle::default()
            };
            let article = Article::from_raw(5, "a.txt".into(), None, raw);
            let origin = Origin {
                file_id: 42,
                root: b"/corpus",
            };
            let extracted = Extracted::default();
            let mut docs = article_documents(&f, &origin, &article, &extracted, Some(&indexed));
            let touch = file_state_document(&f, 42, &touched);
            match touch_first {
                true => docs.insert(0, touch),
                false => docs.push(touch),
            }
            // One segment, one thread: documents keep this order.
            for doc in docs {
                writer.add_document(doc)?;
            }
            writer.commit()?;
            let searcher = index.reader()?.searcher();
            assert_eq!(searcher.segment_readers().len(), 1);
            let states = load(&searcher).expect("states");
            assert_eq!(
                states.get(&42),
                Some(&touched),
                "touch first: {touch_first}"
            );
        }
        Ok(())
    }
}
