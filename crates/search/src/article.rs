//! One article, looked up by its id or by the path of its file (and record number).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::collector::{Collector, Count, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{
    DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader, TantivyDocument, Term,
};

use newsdex_corpus::{id_string, source_key};
use newsdex_index::layout::rebuild_text;
use newsdex_index::schema::{field, KIND_ARTICLE};
use newsdex_index::{Fields, NewsIndex};

use crate::error::QueryError;
use crate::{all_str, date_of, first_str, first_u64, Location};

/// Which article: the id a hit shows, or a file (with a record number for multi-record files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleRef {
    /// An article key (shown as 16 hex digits).
    Id(u64),
    /// A file as the user can name it (relative to the working directory, or absolute), and
    /// the record number after `#` (1-based), if given.
    File {
        /// The file.
        path: PathBuf,
        /// `N` of `FILE#N`.
        record: Option<u32>,
    },
}

impl ArticleRef {
    /// Reads `ID`, `PATH` or `PATH#N`. Sixteen hex digits are an id unless a file of that
    /// name exists.
    pub fn parse(arg: &str) -> ArticleRef {
        if let Ok(key) = parse_id(arg) {
            if !Path::new(arg).exists() {
                return ArticleRef::Id(key);
            }
        }
        if let Some((path, n)) = arg.rsplit_once('#') {
            if let Ok(record) = n.parse::<u32>() {
                if !Path::new(arg).exists() {
                    return ArticleRef::File {
                        path: PathBuf::from(path),
                        record: Some(record),
                    };
                }
            }
        }
        ArticleRef::File {
            path: PathBuf::from(arg),
            record: None,
        }
    }
}

/// An article id as hits show it (16 hex digits) back to its key.
pub fn parse_id(id: &str) -> Result<u64, QueryError> {
    if id.len() != 16 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(QueryError(format!(
            "`{}` is not an article id (16 hex digits, as `search --json` shows)",
            id.chars().take(40).collect::<String>()
        )));
    }
    u64::from_str_radix(id, 16).map_err(|e| QueryError(format!("bad article id `{id}`: {e}")))
}

/// An article as the index holds it, its text rebuilt as extraction read it.
#[derive(Debug, Clone, Serialize)]
pub struct StoredArticle {
    /// Article id (16 hex digits).
    pub id: String,
    /// Where it came from (see [`Location`]).
    #[serde(flatten)]
    pub location: Location,
    /// Headline.
    pub title: String,
    /// Publication date (RFC 3339).
    pub date: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// A wire story's dateline.
    pub dateline: Option<String>,
    /// The whole text extraction read at index time: mention offsets found by running
    /// extraction on it again are the index's own.
    pub text: String,
    /// Byte offset in `text` where the body starts (the headline and layout come before).
    pub body_start: usize,
    /// People named, most mentioned first (as indexed).
    pub people: Vec<String>,
    /// Places named, most mentioned first.
    pub places: Vec<String>,
    /// Organisations named, most mentioned first.
    pub orgs: Vec<String>,
}

/// Most names of each kind an article lists (the stored lists are per article, so this only
/// bounds a pathological one).
const MAX_NAMES: usize = 1000;

/// The article `which` names: `Ok(None)` when the index has none such; a [`QueryError`] when
/// a file holds several articles and no record number says which.
pub fn article(index: &NewsIndex, which: &ArticleRef) -> Result<Option<StoredArticle>> {
    let searcher = index.reader()?.searcher();
    let f = &index.fields;
    let address = match which {
        ArticleRef::Id(key) => find_key(&searcher, articles_query(f), *key)?,
        ArticleRef::File { path, record } => find_file(&searcher, f, path, *record)?,
    };
    let Some(address) = address else {
        return Ok(None);
    };
    let doc: TantivyDocument = searcher.doc(address).context("reading the article")?;
    let title = first_str(&doc, f.title).unwrap_or_default();
    let body = first_str(&doc, f.body).unwrap_or_default();
    let layout = first_str(&doc, f.text_layout);
    let rebuilt = rebuild_text(&title, &body, layout.as_deref());
    Ok(Some(StoredArticle {
        id: id_string(first_u64(&doc, f.article_key).unwrap_or(0)),
        location: Location::of(&doc, f),
        date: date_of(&doc, f),
        source: first_str(&doc, f.source),
        url: first_str(&doc, f.url),
        authors: all_str(&doc, f.authors, MAX_NAMES),
        dateline: first_str(&doc, f.dateline),
        title,
        text: rebuilt.text,
        body_start: rebuilt.body.start,
        people: all_str(&doc, f.person, MAX_NAMES),
        places: all_str(&doc, f.place, MAX_NAMES),
        orgs: all_str(&doc, f.org, MAX_NAMES),
    }))
}

fn articles_query(f: &Fields) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(f.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    ))
}

/// The ids a file on disk may have been indexed under: ids hash the indexed root and the
/// path under it (raw bytes, as the indexer read them), and the root can be any directory
/// above the file. Both backends' `show FILE` try them nearest root first.
pub struct FileCandidates {
    absolute: PathBuf,
    /// How many path components the next candidate keeps below its root.
    depth: usize,
}

/// One root a file may have been indexed under, with the path below it.
pub struct FileCandidate {
    root: Vec<u8>,
    rel: Vec<u8>,
}

impl FileCandidate {
    /// The id shared by every article of the file (`file_id`).
    pub fn file_id(&self) -> u64 {
        source_key(&self.root, &self.rel, None)
    }

    /// The id of record `n` of the file (`FILE#N`).
    pub fn record_id(&self, n: u32) -> u64 {
        source_key(&self.root, &self.rel, Some(n))
    }
}

impl FileCandidates {
    /// The candidates for `path`, resolved against the working directory.
    pub fn of(path: &Path) -> Result<FileCandidates> {
        let absolute = path
            .canonicalize()
            .or_else(|_| std::path::absolute(path))
            .with_context(|| format!("cannot resolve {}", path.display()))?;
        Ok(FileCandidates { absolute, depth: 0 })
    }
}

impl Iterator for FileCandidates {
    type Item = FileCandidate;

    fn next(&mut self) -> Option<FileCandidate> {
        self.depth += 1;
        let mut dir = self.absolute.as_path();
        let mut rel: Vec<&[u8]> = Vec::with_capacity(self.depth);
        for _ in 0..self.depth {
            let (parent, name) = (dir.parent()?, dir.file_name()?);
            rel.insert(0, name.as_encoded_bytes());
            dir = parent;
        }
        Some(FileCandidate {
            root: dir.as_os_str().as_encoded_bytes().to_vec(),
            rel: rel.join(&b'/'),
        })
    }
}

/// The article of a file on disk. Its ids hash the indexed root and the path under it, and
/// the root can be any directory above the file: each is tried, nearest first.
fn find_file(
    searcher: &Searcher,
    f: &Fields,
    path: &Path,
    record: Option<u32>,
) -> Result<Option<DocAddress>> {
    for candidate in FileCandidates::of(path)? {
        let file_id = candidate.file_id();
        let in_file: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, articles_query(f)),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(f.file_id, file_id),
                    IndexRecordOption::Basic,
                )),
            ),
        ]));
        let count = searcher
            .search(&*in_file, &Count)
            .context("finding a file")?;
        if count == 0 {
            continue;
        }
        let key = match record {
            Some(n) => candidate.record_id(n),
            None if count == 1 => {
                return searcher
                    .search(&*in_file, &FirstDoc)
                    .context("finding a file");
            }
            None => {
                return Err(QueryError(format!(
                    "{} holds {count} articles: add #N to name one (e.g. {}#1)",
                    path.display(),
                    path.display()
                ))
                .into())
            }
        };
        return find_key(searcher, in_file, key);
    }
    Ok(None)
}

/// The first document `query` matches whose `article_key` is `key`: a scan of the fast
/// column (~1 ms per million documents), since the key is not indexed (see the schema).
fn find_key(searcher: &Searcher, query: Box<dyn Query>, key: u64) -> Result<Option<DocAddress>> {
    searcher
        .search(&*query, &KeyMatch(key))
        .context("finding an article by id")
}

/// The address of the first document with an `article_key` of `.0`.
struct KeyMatch(u64);

struct SegmentKeyMatch {
    segment: SegmentOrdinal,
    column: Column<u64>,
    key: u64,
    found: Option<DocAddress>,
}

impl Collector for KeyMatch {
    type Fruit = Option<DocAddress>;
    type Child = SegmentKeyMatch;

    fn for_segment(
        &self,
        segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(SegmentKeyMatch {
            segment: segment_ord,
            column: segment.fast_fields().u64(field::ARTICLE_KEY)?,
            key: self.0,
            found: None,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Option<DocAddress>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().next())
    }
}

impl SegmentCollector for SegmentKeyMatch {
    type Fruit = Option<DocAddress>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if self.found.is_none() && self.column.first(doc) == Some(self.key) {
            self.found = Some(DocAddress::new(self.segment, doc));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.found
    }
}

/// The address of the first matching document.
struct FirstDoc;

impl Collector for FirstDoc {
    type Fruit = Option<DocAddress>;
    type Child = SegmentFirstDoc;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(SegmentFirstDoc(segment, None))
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Option<DocAddress>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().next())
    }
}

struct SegmentFirstDoc(SegmentOrdinal, Option<DocAddress>);

impl SegmentCollector for SegmentFirstDoc {
    type Fruit = Option<DocAddress>;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.1.get_or_insert(DocAddress::new(self.0, doc));
    }

    fn harvest(self) -> Self::Fruit {
        self.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_as_ids_paths_and_records() {
        assert_eq!(
            ArticleRef::parse("00a1b2c3d4e5f607"),
            ArticleRef::Id(0x00a1_b2c3_d4e5_f607)
        );
        assert_eq!(
            ArticleRef::parse("no/such/reut2-021.sgm#186"),
            ArticleRef::File {
                path: "no/such/reut2-021.sgm".into(),
                record: Some(186)
            }
        );
        assert_eq!(
            ArticleRef::parse("no/such/story#draft.txt"),
            ArticleRef::File {
                path: "no/such/story#draft.txt".into(),
                record: None
            }
        );
        assert!(parse_id("xyz").is_err());
        assert!(parse_id("00a1b2c3d4e5f60g").is_err());
    }
}
