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
    /// Stable id: the same root, file and record always give the same id.
    pub id: String,
    /// Path relative to the corpus root, with `/` separators.
    pub path: String,
    /// 1-based record number inside a multi-record file (SGML, JSON array, JSON Lines).
    pub record: Option<u32>,
    pub text: String,
    pub title: Range<usize>,
    pub body: Range<usize>,
    pub date: Option<Timestamp>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
}

/// The fields a reader found for one record, before the article gets its id and path.
#[derive(Debug, Clone, Default)]
pub struct RawArticle {
    pub title: String,
    pub body: String,
    pub date: Option<Timestamp>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
}

impl Article {
    pub fn title(&self) -> &str {
        &self.text[self.title.clone()]
    }

    pub fn body(&self) -> &str {
        &self.text[self.body.clone()]
    }

    /// The id as the number it encodes (for numeric index fields).
    pub fn key(&self) -> u64 {
        u64::from_str_radix(&self.id, 16).unwrap_or(0)
    }

    /// Path with the record number, as shown to users: `reut2-000.sgm#17`.
    pub fn display_path(&self) -> String {
        match self.record {
            Some(n) => format!("{}#{}", self.path, n),
            None => self.path.clone(),
        }
    }

    /// Builds an article from a structured record: the text is `title`, a blank line, `body`.
    pub fn from_raw(id: String, path: String, record: Option<u32>, raw: RawArticle) -> Article {
        let title_len = raw.title.len();
        let mut text = raw.title;
        let body_start = if text.is_empty() { 0 } else { title_len + 2 };
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&raw.body);
        let body = body_start..text.len();
        Article {
            id,
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

/// Stable article id: 16 hex digits of a hash of the root, the relative path and the record.
pub fn article_id(root_key: &str, rel_path: &str, record: Option<u32>) -> String {
    let mut key = String::with_capacity(root_key.len() + rel_path.len() + 12);
    key.push_str(root_key);
    key.push('\0');
    key.push_str(rel_path);
    key.push('\0');
    if let Some(n) = record {
        key.push_str(&n.to_string());
    }
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}
