//! What can go wrong reading a file, and a bounded list of a file's problems.

/// Why a file could not be read. Each message completes "skipped PATH: ...".
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system's error (permission, vanished file, disk).
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// Nothing but white space.
    #[error("empty file")]
    Empty,
    /// An image, archive or executable: what kind.
    #[error("binary file ({0}), not an article")]
    Binary(&'static str),
    /// Over the size limit (bytes).
    #[error("{:.1} MB is over the --max-file-mb limit of {:.1} MB", mb(*.size), mb(*.limit))]
    TooLarge {
        /// The file's size, or what it inflated to.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A gzip stream that is cut off or corrupt.
    #[error("corrupt or truncated gzip: {0}")]
    Gzip(String),
    /// A zstd, bzip2 or xz stream that is cut off or corrupt: which, and why.
    #[error("corrupt or truncated {0}: {1}")]
    Decompress(&'static str, String),
    /// Content its format's reader cannot read.
    #[error("malformed: {0}")]
    Malformed(String),
    /// A well-formed file with no article in it.
    #[error("no article in it")]
    NoArticles,
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// A file's problems, the first [`Problems::KEPT`] of them: a hostile file can hold
/// millions (186 KB of gzipped broken WARC headers gave 8 million), and a report needs the
/// first few and a count.
#[derive(Debug, Default)]
pub struct Problems {
    /// With the number of the record each follows, for a report in file order.
    kept: Vec<(u32, String)>,
    more: usize,
}

impl Problems {
    /// Problems kept per file; the rest are counted.
    pub const KEPT: usize = 20;

    /// Records a problem found after record `after` (0: before any).
    pub fn push(&mut self, after: u32, problem: String) {
        if self.kept.len() < Self::KEPT {
            self.kept.push((after, problem));
        } else {
            self.more += 1;
        }
    }

    /// In file order, with a last line counting those not kept.
    pub fn into_vec(mut self) -> Vec<String> {
        self.kept.sort_by_key(|&(after, _)| after);
        let mut out: Vec<String> = self.kept.into_iter().map(|(_, p)| p).collect();
        if self.more > 0 {
            out.push(format!("... and {} more problems", self.more));
        }
        out
    }
}
