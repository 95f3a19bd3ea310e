//! Files read as a stream of records instead of whole: web archives (a CC-NEWS file is about
//! a gigabyte compressed) and large JSON Lines dumps (news-please, CC-News extractions), which
//! grow as big. One record is in memory at a time, `--max-file-mb` bounds a record rather
//! than the file, and a record is parsed wherever the caller likes: the indexer shares an
//! archive's records out among its workers.

use std::io::BufRead;
use std::path::Path;

use crate::article::RawArticle;
use crate::readers::{json, table, warc};
use crate::record::Step;
use crate::{decode, Problems, ReadError, ReadLimits};

/// JSON Lines files above this size are streamed. Read whole, such a file is held in memory
/// at once and extracted on one worker; smaller ones are read whole, which also sniffs their
/// encoding and format. A gzipped one is always streamed: its size says little about what it
/// inflates to.
pub const STREAM_JSON_LINES_ABOVE: u64 = 8 * 1024 * 1024;

/// An opened stream of records.
pub enum Stream<R> {
    /// A WARC or ARC web archive.
    Web(warc::Archive<R>),
    /// A JSON Lines dump.
    JsonLines(json::Lines<R>),
    /// A CSV or TSV table with a header row.
    Table(table::Rows<R>),
}

impl<R: BufRead> Iterator for Stream<R> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        match self {
            Stream::Web(archive) => archive.next(),
            Stream::JsonLines(lines) => lines.next(),
            Stream::Table(rows) => rows.next(),
        }
    }
}

/// Streamed files, opened with [`open`]: every web archive, and JSON Lines files gzipped or
/// over [`STREAM_JSON_LINES_ABOVE`] bytes (`size` is asked only for those). Asked for every
/// file of a run: no allocation.
pub fn is_streamed(name: &str, size: impl FnOnce() -> Option<u64>) -> bool {
    let (name, compressed) = match uncompressed_name(name) {
        Some(stem) => (stem, true),
        None => (name, false),
    };
    let ends_in = |exts: &[&str]| exts.iter().any(|ext| strip_suffix(name, ext).is_some());
    ends_in(ARCHIVES)
        || ends_in(RECORD_LINES)
            && (compressed || size().is_some_and(|s| s > STREAM_JSON_LINES_ABOVE))
}

const ARCHIVES: &[&str] = &[".warc", ".wet", ".arc"];
const JSON_LINES: &[&str] = &[".jsonl", ".ndjson"];
const TABLES: &[&str] = &[".csv", ".tsv"];
/// Files of one record per line (or row), streamed on the same terms.
const RECORD_LINES: &[&str] = &[".jsonl", ".ndjson", ".csv", ".tsv"];

/// `name` without its compression suffix (`.gz`, `.zst`, `.bz2`, `.xz`), if it has one.
fn uncompressed_name(name: &str) -> Option<&str> {
    crate::decode::COMPRESSED_SUFFIXES
        .iter()
        .find_map(|suffix| strip_suffix(name, suffix))
}

/// `name` without `suffix` (ASCII case ignored), when it ends in it after a non-empty stem.
fn strip_suffix<'a>(name: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = name
        .len()
        .checked_sub(suffix.len())
        .filter(|&cut| cut > 0)?;
    let tail = name.as_bytes().get(cut..)?;
    tail.eq_ignore_ascii_case(suffix.as_bytes())
        .then(|| &name[..cut])
}

/// Opens the streamed file at `path`, inflating it if it is gzip. `name` is the name
/// [`is_streamed`] was asked about (a symbolic link's, not its target's): it tells an archive
/// from JSON Lines.
pub fn open(
    path: &Path,
    name: &str,
    limits: ReadLimits,
) -> Result<Stream<Box<dyn BufRead + Send>>, ReadError> {
    let file = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let input = decode::inflated(file)?;
    let name = uncompressed_name(name).unwrap_or(name);
    let ends_in = |exts: &[&str]| exts.iter().any(|ext| strip_suffix(name, ext).is_some());
    if ends_in(JSON_LINES) {
        json::Lines::new(input, limits.max_bytes).map(Stream::JsonLines)
    } else if ends_in(TABLES) {
        let tab = strip_suffix(name, ".tsv").is_some();
        table::Rows::new(input, tab, limits.max_bytes).map(Stream::Table)
    } else {
        warc::Archive::new(input, limits.max_bytes).map(Stream::Web)
    }
}

/// Records by number: each an article, or why it is not one.
pub type Numbered = Vec<(u32, Result<RawArticle, String>)>;

/// Reads every record of a stream; a read error ends it like a cut.
pub fn read_all(steps: impl Iterator<Item = Step>) -> (Numbered, Problems) {
    let mut records = Vec::new();
    let mut problems = Problems::default();
    for step in steps {
        match step {
            Step::Record(record) => {
                if let Some(article) = record.article() {
                    records.push((record.number, article));
                }
            }
            Step::Problem(after, problem) => problems.push(after, problem),
            Step::Failed(problem) => problems.push(u32::MAX, problem),
        }
    }
    (records, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_names() {
        let small = || Some(1024);
        let big = || Some(STREAM_JSON_LINES_ABOVE + 1);
        for name in [
            "CC-NEWS-20240501.warc.gz",
            "a.WARC",
            "crawl.warc.wet.gz",
            "old.arc",
        ] {
            assert!(is_streamed(name, small), "{name}");
            assert!(is_streamed(name, || None), "{name}");
        }
        for name in ["dump.jsonl", "dump.NDJSON"] {
            assert!(is_streamed(name, big), "{name}");
            assert!(!is_streamed(name, small), "{name}");
            assert!(!is_streamed(name, || None), "{name}");
        }
        assert!(is_streamed("dump.jsonl.gz", small));
        for name in [
            "story.txt",
            "story.txt.gz",
            "page.html",
            ".warc",
            "warc",
            "a.gz",
            "a.json",
        ] {
            assert!(!is_streamed(name, big), "{name}");
        }
    }
}
