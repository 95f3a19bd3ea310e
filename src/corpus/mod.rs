//! Finding articles on disk and reading them, whatever their format, into [`Article`]s.
//!
//! Data flows one way: a file's bytes go through [`decode`] (gzip, encoding) and one reader
//! per format ([`text`], [`json`], [`sgml`], [`html`], [`warc`]); every reader yields the
//! same [`Article`]. Web archives and large JSON Lines files are read as a [`stream`] of
//! records instead of whole.

pub mod article;
pub mod dates;
pub mod decode;
pub mod discover;
pub mod html;
pub mod json;
pub mod sgml;
pub mod stream;
pub mod text;
pub mod warc;

use std::path::Path;

pub use article::{id_string, source_key, Article, RawArticle};

/// Why a file could not be read. Each message completes "skipped PATH: ...".
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("empty file")]
    Empty,
    #[error("binary file ({0}), not an article")]
    Binary(&'static str),
    #[error("{:.1} MB is over the --max-file-mb limit of {:.1} MB", mb(*.size), mb(*.limit))]
    TooLarge { size: u64, limit: u64 },
    #[error("corrupt or truncated gzip: {0}")]
    Gzip(String),
    #[error("malformed: {0}")]
    Malformed(String),
    #[error("no article in it")]
    NoArticles,
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// The article formats newsdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    JsonLines,
    Sgml,
    Html,
    /// Web archives (WARC; `.wet` text extracts too).
    Warc,
}

/// The format a file name promises, or `None` for files that are not articles (images,
/// stylesheets, ...), which discovery passes over without complaint.
pub fn format_for_name(name: &str) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
    let ext = match lower.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.contains('/') => ext,
        _ => return Some(Format::Text), // extensionless files are plain-text articles
    };
    match ext {
        "txt" | "text" => Some(Format::Text),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "sgm" | "sgml" => Some(Format::Sgml),
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "warc" | "wet" | "arc" => Some(Format::Warc),
        _ => None,
    }
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
    pub const KEPT: usize = 20;

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

/// What one file gave: its articles, and per-record problems that did not stop the file.
#[derive(Debug, Default)]
pub struct FileArticles {
    pub articles: Vec<Article>,
    pub problems: Vec<String>,
    /// The encoding the text was decoded from, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// Limits that keep one bad file from hurting the run.
#[derive(Debug, Clone, Copy)]
pub struct ReadLimits {
    /// Largest file (after decompression) read, in bytes; for a file read as a
    /// [`stream`], the largest record.
    pub max_bytes: u64,
}

impl ReadLimits {
    /// 64 MB: far above any one story, and a 64 MB text is indexed in about 400 MB (256 MB
    /// took 1.6 GB). Dumps that grow larger (web archives, JSON Lines) are streamed.
    pub const DEFAULT: ReadLimits = ReadLimits {
        max_bytes: 64 * 1024 * 1024,
    };
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits::DEFAULT
    }
}

/// Parses a file's bytes into articles. `rel_path` (relative to the corpus root, `/`
/// separated) names the format and, with `root_key`, the article ids.
pub fn parse_file(
    root_key: &str,
    rel_path: &str,
    bytes: Vec<u8>,
    limits: ReadLimits,
) -> Result<FileArticles, ReadError> {
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    let declared = format_for_name(name).unwrap_or(Format::Text);
    let mut out = FileArticles::default();
    // `problems` holds what the reader reported beside its records.
    let multi = |records: stream::Numbered, mut problems: Problems, out: &mut FileArticles| {
        for (n, record) in records {
            match record {
                Ok(raw) => out
                    .articles
                    .push(Article::of_record(root_key, rel_path, n, raw)),
                Err(reason) => problems.push(n, reason),
            }
        }
        out.problems = problems.into_vec();
    };
    let numbered =
        |records: Vec<Result<RawArticle, String>>| (1..).zip(records).collect::<Vec<_>>();
    // Archives go through the same record reader as streamed ones, which also reads a
    // cut-off gzip stream up to the cut.
    let archive = |input: &[u8], mut out: FileArticles| {
        let archive = warc::Archive::new(decode::inflated(input)?, limits.max_bytes)?;
        let (records, problems) = stream::read_all(archive);
        multi(records, problems, &mut out);
        finish(out)
    };
    if declared == Format::Warc {
        return archive(&bytes, out);
    }
    let bytes = if decode::is_gzip(&bytes) {
        decode::gunzip(&bytes, limits.max_bytes)?
    } else {
        bytes
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    if warc::is_warc(&bytes) {
        return archive(&bytes, out);
    }
    let (text, encoding) = if declared == Format::Html {
        let charset = decode::meta_charset(&bytes).map(str::to_owned);
        decode::decode_declared(bytes, charset.as_deref())?
    } else {
        decode::decode_text(bytes)?
    };
    out.encoding = encoding;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    match sniff(&text, declared) {
        Format::Text => {
            let (title, body) = text::split_title_body(&text).ok_or(ReadError::Empty)?;
            out.articles.push(Article {
                key: source_key(root_key, rel_path, None),
                path: rel_path.to_owned(),
                record: None,
                title,
                body,
                text,
                date: None,
                source: None,
                url: None,
                authors: Vec::new(),
                dateline: None,
            });
        }
        Format::Json => multi(
            numbered(json::parse_json(&text).map_err(ReadError::Malformed)?),
            Problems::default(),
            &mut out,
        ),
        Format::JsonLines => multi(
            numbered(json::parse_json_lines(&text)),
            Problems::default(),
            &mut out,
        ),
        Format::Sgml => {
            let (records, warnings) = sgml::parse_reuters(&text);
            let mut problems = Problems::default();
            warnings.into_iter().for_each(|w| problems.push(0, w));
            multi(numbered(records), problems, &mut out);
        }
        Format::Html => {
            let raw = html::parse_html(&text, None).map_err(ReadError::Malformed)?;
            out.articles.push(Article::from_raw(
                source_key(root_key, rel_path, None),
                rel_path.to_owned(),
                None,
                raw,
            ));
        }
        Format::Warc => unreachable!("archives are read before decoding"),
    }
    finish(out)
}

/// A file that gave no article is an error: its first problem, or that it had none.
fn finish(out: FileArticles) -> Result<FileArticles, ReadError> {
    if out.articles.is_empty() {
        return Err(no_articles(&out.problems));
    }
    Ok(out)
}

/// Why a file that gave no article is skipped: its first problem, or that it had none.
pub fn no_articles(problems: &[String]) -> ReadError {
    match problems.first() {
        Some(p) => ReadError::Malformed(p.clone()),
        None => ReadError::NoArticles,
    }
}

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

/// Trusts the content over the extension when they disagree: a `.txt` holding Reuters SGML
/// or JSON is read as what it is.
fn sniff(text: &str, declared: Format) -> Format {
    let head = text.trim_start();
    let head = &head[..head.floor_char_boundary(512)];
    if head.starts_with("<!DOCTYPE lewis") || head.starts_with("<REUTERS") {
        return Format::Sgml;
    }
    if declared == Format::Text && html::looks_like_html(head) {
        return Format::Html;
    }
    match declared {
        Format::Text if head.starts_with('{') || head.starts_with('[') => {
            if serde_json::from_str::<serde_json::Value>(text).is_ok() {
                Format::Json
            } else if head.starts_with('{') && text.lines().count() > 1 {
                Format::JsonLines
            } else {
                Format::Text
            }
        }
        other => other,
    }
}

/// Reads and parses one file from disk (for `newsdex extract` and tests).
pub fn read_path(path: &Path, limits: ReadLimits) -> Result<FileArticles, ReadError> {
    let bytes = read_file(path, limits)?.bytes;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    parse_file("", &name, bytes, limits)
}

/// A file's bytes and its size and mtime from the fstat made before reading it.
pub struct ReadFile {
    pub bytes: Vec<u8>,
    pub stat: FileStat,
}

/// What incremental indexing compares to decide a file is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStat {
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when the platform has none).
    pub mtime_ns: i64,
}

impl FileStat {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_names_agree_with_formats() {
        let big = || Some(stream::STREAM_JSON_LINES_ABOVE + 1);
        for name in [
            "CC-NEWS-20240501.warc.gz",
            "a.WARC",
            "crawl.warc.wet.gz",
            "old.arc",
            "old.arc.gz",
            "dump.jsonl",
            "dump.ndjson.gz",
            "story.txt",
            "story.txt.gz",
            "page.html",
            "a.json",
            ".warc",
            "warc",
            "a.gz",
        ] {
            let format = format_for_name(name);
            let gzipped_lines = format == Some(Format::JsonLines) && name.ends_with(".gz");
            assert_eq!(
                stream::is_streamed(name, || None),
                format == Some(Format::Warc) || gzipped_lines,
                "{name}"
            );
            assert_eq!(
                stream::is_streamed(name, big),
                matches!(format, Some(Format::Warc | Format::JsonLines)),
                "{name}"
            );
        }
    }
}
