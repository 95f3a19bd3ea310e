//! newsdex's readers: article files of any format into [`Article`]s. No index, no NLP.
//!
//! Data flows one way: [`discover`] walks a folder for article files; [`open`] reads one,
//! whole or (web archives, large JSON Lines) as a stream of records; its bytes go through
//! `decode` (gzip, encodings) and one reader per format (`readers`: text, JSON, Reuters SGML,
//! HTML, WARC); every reader yields the same [`RawArticle`], which becomes an [`Article`]
//! with a stable id.
#![warn(missing_docs)]

pub mod article;
pub mod dates;
pub mod decode;
pub mod discover;
mod error;
mod format;
mod parse;
pub mod readers;
pub mod record;
mod references;
mod source;
pub mod stream;

pub use article::{id_string, source_key, Article, DateSource, Named, RawArticle};
pub use error::{Problems, ReadError};
pub use format::{format_for_name, Format};
pub use parse::{no_articles, parse_file, FileArticles};
pub use record::{next_batch, Record, Step};
pub use source::{hash_file, open, read_file, read_path, Articles, FileStat, ReadFile, SourceFile};

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
