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

    /// Record `number` of the multi-record file `rel_path` under `root_key`.
    pub fn of_record(root_key: &str, rel_path: &str, number: u32, raw: RawArticle) -> Article {
        let key = source_key(root_key, rel_path, Some(number));
        Article::from_raw(key, rel_path.to_owned(), Some(number), raw)
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
            date: raw.date,
            source: raw.source,
            url: raw.url,
            authors: raw.authors,
            dateline: raw.dateline,
        }
    }
}

/// Stable identity of a file, or of a record in it: a hash of the corpus root, the path
/// relative to it and the record number. File ids (incremental state) and article ids both
/// come from here, so the two can never disagree about what "the same file" is.
pub fn source_key(root_key: &str, rel_path: &str, record: Option<u32>) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(root_key.as_bytes());
    h.update(b"\0");
    h.update(rel_path.as_bytes());
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
