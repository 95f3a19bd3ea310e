//! Reading a file from disk: whole (with its stat and content hash, in one open) or, for web
//! archives and large JSON Lines dumps, hashed first and streamed later.

use std::path::Path;

use crate::error::ReadError;
use crate::parse::{parse_file, FileArticles};
use crate::ReadLimits;

/// A file's size, mtime and content hash (the same as [`read_file`]'s bytes hash to),
/// read in blocks without holding the file.
pub fn hash_file(path: &Path) -> Result<(FileStat, u64), ReadError> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let stat = FileStat::of(&file.metadata()?);
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut block = vec![0u8; 1 << 20];
    loop {
        match file.read(&mut block) {
            Ok(0) => break,
            Ok(n) => hasher.update(&block[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Ok((stat, hasher.digest()))
}

/// Reads and parses one file from disk (for `newsdex extract` and tests).
pub fn read_path(path: &Path, limits: ReadLimits) -> Result<FileArticles, ReadError> {
    let bytes = read_file(path, limits)?.bytes;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    parse_file(crate::Named::path(&name), bytes, limits)
}

/// A file's bytes and its size and mtime from the fstat made before reading it.
pub struct ReadFile {
    /// The content.
    pub bytes: Vec<u8>,
    /// Size and mtime from the open that read them.
    pub stat: FileStat,
}

/// What incremental indexing compares to decide a file is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStat {
    /// Bytes.
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when the platform has none).
    pub mtime_ns: i64,
}

impl FileStat {
    /// The stat of a file's metadata.
    pub fn of(meta: &std::fs::Metadata) -> FileStat {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i64);
        FileStat {
            size: meta.len(),
            mtime_ns,
        }
    }
}

/// Reads a file whole, refusing files over the size limit before reading them, and keeps its
/// size and mtime. One open, one fstat, one read: this runs once per file of a large
/// archive, and the first run over a root records the file state from this fstat instead
/// of a `stat` per file while walking.
pub fn read_file(path: &Path, limits: ReadLimits) -> Result<ReadFile, ReadError> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    let len = meta.len();
    if len > limits.max_bytes {
        return Err(ReadError::TooLarge {
            size: len,
            limit: limits.max_bytes,
        });
    }
    if len == 0 {
        return Err(ReadError::Empty);
    }
    let mut bytes = Vec::with_capacity(len as usize + 1);
    file.by_ref()
        .take(limits.max_bytes + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_bytes,
        });
    }
    Ok(ReadFile {
        bytes,
        stat: FileStat::of(&meta),
    })
}

/// A file opened for indexing: what incremental indexing compares (size, mtime, content
/// hash), and its content, read whole or, for a web archive or a large JSON Lines dump,
/// left on disk to be streamed a record at a time. [`open`] decides which, in one place.
pub struct SourceFile {
    /// Size and mtime, from the same open that read or hashed the content.
    pub stat: FileStat,
    /// xxh3 of the content (the same whichever way the file is read).
    pub hash: u64,
    content: Content,
}

enum Content {
    Whole(Vec<u8>),
    Streamed(std::path::PathBuf),
}

/// What a file holds, ready to be taken article by article.
pub enum Articles {
    /// A file read whole: its articles (all parsed), problems and encoding.
    Whole(FileArticles),
    /// A streamed file: records, parsed wherever the caller likes (the indexer shares an
    /// archive's records out among its workers).
    Stream(crate::stream::Stream<Box<dyn std::io::BufRead + Send>>),
}

/// Opens the file at `path` for reading. `rel_path` (relative to the corpus root, `/`
/// separated; a symbolic link's own name, not its target's) names the format. Files that are
/// streamed ([`crate::stream::is_streamed`]) are hashed now and read later; the others are
/// read whole, refusing those over `limits`.
pub fn open(path: &Path, rel_path: &str, limits: ReadLimits) -> Result<SourceFile, ReadError> {
    let size = || std::fs::metadata(path).ok().map(|m| m.len());
    if crate::stream::is_streamed(rel_path, size) {
        let (stat, hash) = hash_file(path)?;
        return Ok(SourceFile {
            stat,
            hash,
            content: Content::Streamed(path.to_owned()),
        });
    }
    let ReadFile { bytes, stat } = read_file(path, limits)?;
    Ok(SourceFile {
        stat,
        hash: xxhash_rust::xxh3::xxh3_64(&bytes),
        content: Content::Whole(bytes),
    })
}

impl SourceFile {
    /// True when the content is read as a stream of records.
    pub fn is_streamed(&self) -> bool {
        matches!(self.content, Content::Streamed(_))
    }

    /// The file's articles: parsed now when read whole (ids from `name`), or a stream to
    /// take them from.
    pub fn articles(
        self,
        name: crate::Named<'_>,
        limits: ReadLimits,
    ) -> Result<Articles, ReadError> {
        match self.content {
            Content::Whole(bytes) => parse_file(name, bytes, limits).map(Articles::Whole),
            Content::Streamed(path) => {
                crate::stream::open(&path, name.shown, limits).map(Articles::Stream)
            }
        }
    }
}
