//! newsdex's on-disk index: [`Article`](newsdex_corpus::Article)s and what was
//! [`Extracted`](newsdex_extract::Extracted) from them become tantivy documents, written
//! incrementally and crash-safely by [`index_roots`].
//!
//! - `schema`: every field, defined in one place ([`Fields`], [`schema::field`]);
//! - `document`: an article, its quotes and its file's state as documents;
//! - `layout`: an article's text rebuilt exactly from its stored title and body;
//! - `state`: what the index knows about each file, for incremental runs;
//! - `writer`: the run itself: discovery, parallel reading and extraction, commits (its
//!   `lines`: a stream of JSON Lines, `newsdex index -`);
//! - `stem`: the English stemmer with a memory that the schema's analyzer uses.
#![warn(missing_docs)]

mod directory;
mod document;
pub mod layout;
mod name_tokenizer;
pub mod schema;
mod state;
mod stem;
mod writer;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use std::sync::OnceLock;

use tantivy::{Index, IndexReader};

use directory::SharedDirectory;
pub use schema::Fields;
pub use state::{load as file_states, FileState, StateMap};
pub use writer::{
    content_key, index_inputs, index_roots, next_lines_batch, IndexOptions, Input, NoProgress,
    OptionsError, Problem, Progress, Summary,
};

/// Where the index lives when neither `--index` nor `NEWSDEX_INDEX` says otherwise.
pub const DEFAULT_DIR: &str = ".newsdex";

/// zstd for the document store: stored article text is most of an index, and zstd keeps it
/// about a third smaller than tantivy's default lz4. Level 1 with 64 KB blocks costs about
/// 5% less indexing CPU than level 3 with 32 KB blocks for the same size (fewer blocks, so
/// fewer compression contexts); a hit's document is still decompressed in well under 1 ms.
fn index_settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_compression: tantivy::store::Compressor::Zstd(tantivy::store::ZstdCompressor {
            compression_level: Some(1),
        }),
        docstore_blocksize: 64 * 1024,
        ..Default::default()
    }
}

/// Decompressed document-store blocks a reader keeps per segment. Every hit, quote and
/// article view reads its document from a zstd block of 64 KB; creating the decompression
/// context alone was ~11% of `newsdex serve`'s CPU under load with tantivy's default of 100
/// blocks. 400 blocks (at most ~25 MB per segment, filled only as read) keep a server's
/// working set of recent hits decompressed.
pub const DOC_STORE_CACHE_BLOCKS: usize = 400;

/// An opened newsdex index.
pub struct NewsIndex {
    /// The tantivy index.
    pub index: Index,
    /// Its fields.
    pub fields: Fields,
    /// Where it lives.
    pub dir: PathBuf,
    /// Opened on first search and kept: a long-lived process (benchmark, server) must not
    /// pay for reopening segments on every query.
    reader: OnceLock<IndexReader>,
}

impl NewsIndex {
    /// Opens the index at `dir`, creating it if the directory is absent or empty. A directory
    /// that holds other files (a corpus, a typo for another folder) is refused: an index
    /// written into it would mix with what is there.
    pub fn open_or_create(dir: &Path) -> Result<NewsIndex> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create index directory {}", dir.display()))?;
        if has_index(dir)? {
            return Self::open(dir);
        }
        let mut entries = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read index directory {}", dir.display()))?;
        if let Some(entry) = entries.next() {
            let name = entry.map(|e| e.file_name().to_string_lossy().into_owned());
            bail!(
                "{} is not a newsdex index, and not empty (it holds {}): give --index a new \
                 or empty directory",
                dir.display(),
                name.unwrap_or_else(|_| "files".into())
            );
        }
        let (schema, fields) = schema::build();
        let directory = SharedDirectory::open(dir)
            .with_context(|| format!("cannot open index directory {}", dir.display()))?;
        let index = Index::create(directory, schema, index_settings())
            .with_context(|| format!("cannot create an index in {}", dir.display()))?;
        Ok(Self::wrap(index, fields, dir))
    }

    /// Opens an existing index; a missing, unreadable or damaged one is an error that says
    /// what to do. Opening needs read access only: another user's index, or a read-only
    /// copy, can be searched.
    pub fn open(dir: &Path) -> Result<NewsIndex> {
        if !has_index(dir)? {
            bail!(
                "no index at {} (run `newsdex index DIR` first, or pass --index)",
                dir.display()
            );
        }
        // Permission problems are told as such, not as damage (which advises deleting).
        for file in ["meta.json", ".managed.json"] {
            if let Err(error) = std::fs::File::open(dir.join(file)) {
                if error.kind() == std::io::ErrorKind::PermissionDenied {
                    bail!(
                        "cannot read the index at {}: permission denied on {file} (ask its \
                         owner for read access)",
                        dir.display()
                    );
                }
            }
        }
        let damaged = |e: &dyn std::fmt::Display| {
            anyhow::anyhow!(
                "the index at {} is damaged ({e}); rebuild it with `newsdex index --full DIR...` \
                 after removing that directory",
                dir.display()
            )
        };
        let directory = SharedDirectory::open(dir).map_err(|e| damaged(&e))?;
        let index = Index::open(directory).map_err(|e| damaged(&e))?;
        let fields = schema::fields_of(&index.schema()).map_err(|_| {
            anyhow::anyhow!(
                "the index at {} was written by another version of newsdex; remove that \
                 directory and run `newsdex index DIR...` again",
                dir.display()
            )
        })?;
        Ok(Self::wrap(index, fields, dir))
    }

    /// A created or opened tantivy index, with the tokenizers its schema names.
    fn wrap(index: Index, fields: Fields, dir: &Path) -> NewsIndex {
        schema::register_tokenizers(&index);
        NewsIndex {
            index,
            fields,
            dir: dir.to_owned(),
            reader: OnceLock::new(),
        }
    }

    /// The shared reader, showing the index as of its first use (call [`NewsIndex::reload`]
    /// to see later commits).
    pub fn reader(&self) -> Result<&IndexReader> {
        if let Some(reader) = self.reader.get() {
            return Ok(reader);
        }
        let reader = self
            .index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(DOC_STORE_CACHE_BLOCKS)
            .try_into()
            .context("opening the index for reading")?;
        Ok(self.reader.get_or_init(|| reader))
    }

    /// Makes the reader see the latest commit.
    pub fn reload(&self) -> Result<()> {
        self.reader()?.reload().context("reloading the index")
    }

    /// Bytes on disk.
    pub fn size_on_disk(&self) -> u64 {
        dir_size(&self.dir)
    }
}

/// True when `dir` holds an index (its `meta.json`); a directory that cannot be looked into
/// is an error that says so.
fn has_index(dir: &Path) -> Result<bool> {
    match std::fs::metadata(dir.join("meta.json")) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => bail!(
            "cannot read the index at {}: permission denied (ask its owner for read access)",
            dir.display()
        ),
        Err(e) => Err(e).with_context(|| format!("cannot read the index at {}", dir.display())),
    }
}

/// Total size of the files under `dir`.
pub fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}
