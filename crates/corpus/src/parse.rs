//! A file's bytes, whole, into articles: decompressed, decoded, and handed to the reader its
//! format names.

use crate::article::{Article, DateSource, Named, RawArticle};
use crate::error::{Problems, ReadError};
use crate::format::{format_for_name, sniff, Format};
use crate::readers::{html, json, sgml, table, text, warc};
use crate::{decode, stream, ReadLimits};

/// What one file gave: its articles, and per-record problems that did not stop the file.
#[derive(Debug, Default)]
pub struct FileArticles {
    /// In file order.
    pub articles: Vec<Article>,
    /// Records passed over, and why (the first [`Problems::KEPT`], then a count).
    pub problems: Vec<String>,
    /// The encoding the text was decoded from, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// Parses a file's bytes into articles. `name` (its path relative to the corpus root) names
/// the format and the article ids.
pub fn parse_file(
    name: Named<'_>,
    bytes: Vec<u8>,
    limits: ReadLimits,
) -> Result<FileArticles, ReadError> {
    let declared = format_for_name(name.file_name()).unwrap_or(Format::Text);
    let mut out = FileArticles::default();
    // `problems` holds what the reader reported beside its records.
    let multi = |records: stream::Numbered, mut problems: Problems, out: &mut FileArticles| {
        for (n, record) in records {
            match record {
                Ok(mut raw) => {
                    for warning in std::mem::take(&mut raw.warnings) {
                        problems.push(n, format!("record {n}: {warning}"));
                    }
                    out.articles.push(Article::of_record(name, n, raw));
                }
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
    let bytes = match decode::Compression::of(&bytes) {
        Some(kind) => decode::decompress(kind, &bytes, limits.max_bytes)?,
        None => bytes,
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
            // `Jos&#233; Manuel Barroso` (BBC): references in text saved from a web page
            let text = if text.contains('&') {
                crate::references::decode_references(&text).into_owned()
            } else {
                text
            };
            let (title, body) = text::split_title_body(&text).ok_or(ReadError::Empty)?;
            let (date, date_source) = plain_text_date(&text[title.end..], name.shown);
            out.articles.push(Article {
                key: name.key(None),
                path: name.shown.to_owned(),
                record: None,
                title,
                body,
                text,
                date,
                date_source,
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
            let mut raw = html::parse_html(text, None).map_err(ReadError::Malformed)?;
            out.problems.append(&mut raw.warnings);
            out.articles.push(Article::from_raw(
                name.key(None),
                name.shown.to_owned(),
                None,
                raw,
            ));
        }
        Format::Csv | Format::Tsv => {
            let tab = matches!(sniff(&text, declared), Format::Tsv);
            let rows = table::Rows::new(text.as_bytes(), tab, limits.max_bytes)?;
            let (records, problems) = stream::read_all(rows);
            multi(records, problems, &mut out);
        }
        Format::Warc => unreachable!("archives are read before decoding"),
    }
    finish(out)
}

/// A plain-text article's date, when no metadata gives one: from a dateline or an
/// "Updated ..." line under the headline (`after_title`), else from the file's name, else
/// from its folders.
fn plain_text_date(
    after_title: &str,
    rel_path: &str,
) -> (Option<jiff::Timestamp>, Option<DateSource>) {
    if let Some(date) = crate::dates::date_in_text(after_title) {
        return (Some(date), Some(DateSource::Text));
    }
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    if let Some(date) = crate::dates::date_in_name(name) {
        return (Some(date), Some(DateSource::FileName));
    }
    match crate::dates::date_in_folders(rel_path) {
        Some(date) => (Some(date), Some(DateSource::Folder)),
        None => (None, None),
    }
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
