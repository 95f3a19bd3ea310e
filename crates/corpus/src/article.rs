//! The one type every reader produces.

use std::ops::Range;

use jiff::Timestamp;

/// A news article as read from the corpus, before extraction.
///
/// The article keeps its full `text` in one string, with the title and body as ranges into it,
/// so that entity and quote offsets computed on `text` are valid for every consumer (the index,
/// `newsdex extract`, evaluation). For a plain-text file `text` is the file content unchanged.
#[derive(Debug, Clone)]
pub struct Article {
    /// Stable identity: the same root, file and record always give the same key (see
    /// [`source_key`]); shown to users as [`Article::id`].
    pub key: u64,
    /// Path relative to the corpus root, with `/` separators.
    pub path: String,
    /// 1-based record number inside a multi-record file (SGML, JSON array, JSON Lines).
    pub record: Option<u32>,
    /// Headline, a blank line and the body (for plain text, the file as it is).
    pub text: String,
    /// The headline's bytes in `text`.
    pub title: Range<usize>,
    /// The body's bytes in `text`.
    pub body: Range<usize>,
    /// Publication date, when the file says.
    pub date: Option<Timestamp>,
    /// Where `date` came from (`None` when undated).
    pub date_source: Option<DateSource>,
    /// Outlet (Reuters, BBC News), when the file says.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// A wire story's dateline ("WASHINGTON, March 2 -").
    pub dateline: Option<String>,
}

/// The fields a reader found for one record, before the article gets its id and path.
#[derive(Debug, Clone, Default)]
pub struct RawArticle {
    /// Headline.
    pub title: String,
    /// Body, paragraphs separated by blank lines.
    pub body: String,
    /// Publication date.
    pub date: Option<Timestamp>,
    /// Outlet.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// Wire dateline.
    pub dateline: Option<String>,
    /// What the reader noticed but read past (a date it could not read, a page read as
    /// plain text): reported with the file, the article indexed all the same.
    pub warnings: Vec<String>,
}

/// Where an article's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A date field of the record or the page's metadata.
    Metadata,
    /// A dateline or an "Updated ..." line at the top of a plain-text article.
    Text,
    /// The file's name (`2024-03-18-story.txt`).
    FileName,
    /// A folder's name (`2024/03/18/`).
    Folder,
}

impl DateSource {
    /// As `extract --json` names it: `metadata`, `text`, `file_name` or `folder`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Metadata => "metadata",
            DateSource::Text => "text",
            DateSource::FileName => "file_name",
            DateSource::Folder => "folder",
        }
    }
}

/// A file as its articles are named: ids from the raw bytes of its path (two names that
/// differ only in bytes that are not UTF-8 must never share an id), and the path users see.
#[derive(Debug, Clone, Copy)]
pub struct Named<'a> {
    /// The corpus root's canonical path, as bytes (empty outside a corpus).
    pub root: &'a [u8],
    /// The path relative to the root, `/`-separated, as bytes: what ids are made from.
    pub raw: &'a [u8],
    /// The same path as users see it (bytes that are not UTF-8 written `\xNN`).
    pub shown: &'a str,
}

impl<'a> Named<'a> {
    /// A file outside any corpus root (`newsdex extract`, tests), named by a UTF-8 path.
    pub fn path(shown: &'a str) -> Named<'a> {
        Named {
            root: b"",
            raw: shown.as_bytes(),
            shown,
        }
    }

    /// The key of the file (`None`) or of its record `number`.
    pub fn key(&self, record: Option<u32>) -> u64 {
        source_key(self.root, self.raw, record)
    }

    /// The file's name, without its folders.
    pub fn file_name(&self) -> &'a str {
        self.shown.rsplit('/').next().unwrap_or(self.shown)
    }
}

impl Article {
    /// The headline.
    pub fn title(&self) -> &str {
        &self.text[self.title.clone()]
    }

    /// The body.
    pub fn body(&self) -> &str {
        &self.text[self.body.clone()]
    }

    /// The id users see: the key as 16 hex digits.
    pub fn id(&self) -> String {
        id_string(self.key)
    }

    /// Path with the record number, as shown to users: `reut2-000.sgm#17`.
    pub fn display_path(&self) -> String {
        match self.record {
            Some(n) => format!("{}#{}", self.path, n),
            None => self.path.clone(),
        }
    }

    /// Record `number` of the multi-record file `name`.
    pub fn of_record(name: Named<'_>, number: u32, raw: RawArticle) -> Article {
        let key = name.key(Some(number));
        Article::from_raw(key, name.shown.to_owned(), Some(number), raw)
    }

    /// Builds an article from a structured record: the text is `title`, a blank line, `body`.
    pub fn from_raw(key: u64, path: String, record: Option<u32>, raw: RawArticle) -> Article {
        let title_len = raw.title.len();
        let mut text = raw.title;
        let body_start = if text.is_empty() { 0 } else { title_len + 2 };
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&raw.body);
        let body = body_start..text.len();
        Article {
            key,
            path,
            record,
            text,
            title: 0..title_len,
            body,
            date_source: raw.date.map(|_| DateSource::Metadata),
            date: raw.date,
            source: raw.source,
            url: raw.url,
            authors: raw.authors,
            dateline: raw.dateline,
        }
    }
}

/// Stable identity of a file, or of a record in it: a hash of the corpus root, the path
/// relative to it and the record number, as raw bytes (for a UTF-8 path, its text's bytes,
/// so ids did not change when they stopped being made from lossy text). File ids
/// (incremental state) and article ids both come from here, so the two can never disagree
/// about what "the same file" is.
pub fn source_key(root: &[u8], rel_path: &[u8], record: Option<u32>) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(root);
    h.update(b"\0");
    h.update(rel_path);
    if let Some(n) = record {
        h.update(b"\0");
        h.update(&n.to_le_bytes());
    }
    h.digest()
}

/// An article key as users see it: 16 hex digits.
pub fn id_string(key: u64) -> String {
    format!("{key:016x}")
}
