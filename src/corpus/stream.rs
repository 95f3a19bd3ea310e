//! Files read as a stream of records instead of whole: web archives (a CC-NEWS file is about
//! a gigabyte compressed) and large JSON Lines dumps (news-please, CC-News extractions), which
//! grow as big. One record is in memory at a time, `--max-file-mb` bounds a record rather
//! than the file, and a record is parsed wherever the caller likes: the indexer shares an
//! archive's records out among its workers.

use std::io::BufRead;
use std::path::Path;

use super::article::RawArticle;
use super::{decode, json, warc, Problems, ReadError, ReadLimits};

/// JSON Lines files above this size are streamed. Read whole, such a file is held in memory
/// at once and extracted on one worker; smaller ones are read whole, which also sniffs their
/// encoding and format. A gzipped one is always streamed: its size says little about what it
/// inflates to.
pub const STREAM_JSON_LINES_ABOVE: u64 = 8 * 1024 * 1024;

/// What reading a stream gives, record by record.
pub enum Step {
    /// A record, not parsed yet: parsing is the costly part, which the caller may share out
    /// among threads.
    Record(Record),
    /// Something wrong with the file's content at or after record `.0` (the number orders a
    /// file's problems); reading goes on, or ends at a cut.
    Problem(u32, String),
    /// The file could not be read (a disk error, not its content): what came before may be
    /// incomplete, and this is the last step.
    Failed(String),
}

/// One record of a stream, as read.
pub struct Record {
    /// 1-based: every record of an archive, every non-blank line of JSON Lines.
    pub number: u32,
    pub(super) payload: Payload,
}

pub(super) enum Payload {
    Web(warc::Page),
    /// A JSON Lines line (`line` is its 1-based line number).
    JsonLine {
        line: u64,
        bytes: Vec<u8>,
    },
}

impl Record {
    /// The article the record holds (or why it could not be read); `None` for archive
    /// records that are not articles (requests, redirects, images).
    pub fn article(&self) -> Option<Result<RawArticle, String>> {
        match &self.payload {
            Payload::Web(page) => {
                let article = page.article()?;
                Some(article.map_err(|e| format!("record {}: {e}", self.number)))
            }
            Payload::JsonLine { line, bytes } => {
                Some(json::line_record(bytes).map_err(|e| format!("line {line}: {e}")))
            }
        }
    }
}

/// An opened stream of records.
pub enum Stream<R> {
    Web(warc::Archive<R>),
    JsonLines(json::Lines<R>),
}

impl<R: BufRead> Iterator for Stream<R> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        match self {
            Stream::Web(archive) => archive.next(),
            Stream::JsonLines(lines) => lines.next(),
        }
    }
}

/// Streamed files, opened with [`open`]: every web archive, and JSON Lines files gzipped or
/// over [`STREAM_JSON_LINES_ABOVE`] bytes (`size` is asked only for those). Asked for every
/// file of a run: no allocation.
pub fn is_streamed(name: &str, size: impl FnOnce() -> Option<u64>) -> bool {
    let (name, gzip) = match strip_suffix(name, ".gz") {
        Some(stem) => (stem, true),
        None => (name, false),
    };
    let ends_in = |exts: &[&str]| exts.iter().any(|ext| strip_suffix(name, ext).is_some());
    ends_in(ARCHIVES)
        || ends_in(JSON_LINES) && (gzip || size().is_some_and(|s| s > STREAM_JSON_LINES_ABOVE))
}

const ARCHIVES: &[&str] = &[".warc", ".wet", ".arc"];
const JSON_LINES: &[&str] = &[".jsonl", ".ndjson"];

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
    let name = strip_suffix(name, ".gz").unwrap_or(name);
    if JSON_LINES
        .iter()
        .any(|ext| strip_suffix(name, ext).is_some())
    {
        json::Lines::new(input, limits.max_bytes).map(Stream::JsonLines)
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

/// The first bytes of a stream, which tell its kind; an empty stream is an empty file.
pub(super) fn first_bytes(input: &mut impl BufRead) -> Result<&[u8], ReadError> {
    let head = input.fill_buf()?;
    if head.is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(head)
}

/// The step a broken stream ends with, `after` naming the last record read ("record 12",
/// "line 40"). A decoder's error is the file's content (a cut-off download): what came
/// before stands. An operating-system error is the disk's: the file must be read again.
pub(super) fn broken(error: std::io::Error, number: u32, after: &str) -> Step {
    if error.raw_os_error().is_some() {
        Step::Failed(format!("cannot read after {after}: {error}"))
    } else {
        Step::Problem(
            number,
            format!("cut off after {after} ({error}): what comes before it is read"),
        )
    }
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
