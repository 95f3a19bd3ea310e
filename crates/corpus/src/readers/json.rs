//! JSON and JSON Lines articles, with the field names real news dumps use
//! (news-please, fundus, Common Crawl news extractions, Reuters conversions, RSS dumps).

use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use crate::article::RawArticle;
use crate::dates::parse_date;
use crate::record::{broken, first_bytes, Payload, Record, Step};
use crate::{decode, ReadError};

pub(crate) const TITLE: &[&str] = &["title", "headline"];
pub(crate) const BODY: &[&str] = &[
    "text",
    "body",
    "maintext",
    "content",
    "article",
    "description",
];
const DATE: &[&str] = &[
    "date",
    "date_publish",
    "published",
    "pubDate",
    "publishing_date",
    "published_at",
    "datePublished",
];
const URL: &[&str] = &["url", "link"];
const SOURCE: &[&str] = &[
    "source",
    "source_domain",
    "outlet",
    "publisher",
    "publication",
    "site",
];
const AUTHORS: &[&str] = &["authors", "author", "byline"];
const DATELINE: &[&str] = &["dateline"];

/// One record's outcome: an article, or why the record was skipped.
pub type RecordResult = Result<RawArticle, String>;

/// Parses a `.json` file: one object or an array of objects. If the content is really JSON
/// Lines (a common mislabel), it is read as such.
pub fn parse_json(text: &str) -> Result<Vec<RecordResult>, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => Ok(items
            .iter()
            .enumerate()
            .map(|(n, v)| record_from_value(v).map_err(|e| format!("record {}: {e}", n + 1)))
            .collect()),
        Ok(value @ Value::Object(_)) => Ok(vec![record_from_value(&value)]),
        Ok(other) => Err(format!(
            "expected an object or an array of objects, found {}",
            type_name(&other)
        )),
        Err(e) if looks_like_json_lines(text) => {
            let _ = e;
            Ok(parse_json_lines(text))
        }
        Err(e) => Err(format!("invalid JSON: {e}")),
    }
}

/// Parses JSON Lines: every non-blank line is one record; a bad line is reported with its
/// line number and the other lines still index.
pub fn parse_json_lines(text: &str) -> Vec<RecordResult> {
    let Ok(lines) = Lines::new(text.as_bytes(), u64::MAX) else {
        return Vec::new(); // empty
    };
    lines
        .filter_map(|step| match step {
            Step::Record(record) => record.article(),
            Step::Problem(_, problem) | Step::Failed(problem) => Some(Err(problem)),
        })
        .collect()
}

/// One JSON Lines line (its bytes, newline included) as a record. A line that is not UTF-8
/// is decoded as the file would be.
pub fn line_record(bytes: &[u8]) -> RecordResult {
    let decoded;
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => {
            decoded = decode::decode_text(bytes.to_vec())
                .map_err(|e| e.to_string())?
                .0;
            &decoded
        }
    };
    let text = text
        .trim_start_matches('\u{feff}')
        .trim_end_matches(['\n', '\r']);
    match serde_json::from_str::<Value>(text) {
        Ok(value) => record_from_value(&value),
        Err(e) => Err(format!("invalid JSON: {e}")),
    }
}

/// A JSON Lines line as read (`line` is its 1-based line number), parsed on demand.
struct JsonLine {
    line: u64,
    bytes: Vec<u8>,
}

impl Payload for JsonLine {
    fn article(&self, _: u32) -> Option<Result<RawArticle, String>> {
        Some(line_record(&self.bytes).map_err(|e| format!("line {}: {e}", self.line)))
    }
}

/// The records of a JSON Lines stream, read one line at a time.
pub struct Lines<R> {
    input: R,
    /// Longest line read; a longer one is reported and skipped.
    limit: u64,
    line: u64,
    number: u32,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    /// Lines of `input`, each up to `limit` bytes.
    pub fn new(mut input: R, limit: u64) -> Result<Self, ReadError> {
        let head = first_bytes(&mut input)?;
        if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            return Err(ReadError::Malformed(
                "UTF-16 JSON Lines are read only up to 8 MB; convert the file to UTF-8".into(),
            ));
        }
        Ok(Lines {
            input,
            limit,
            line: 0,
            number: 0,
            done: false,
        })
    }

    /// The next line (its end of line included), `Ok(None)` at the end, `Err(length)` for a
    /// line whose content is over the limit, skipped up to its end.
    fn read_line(&mut self) -> std::io::Result<Option<Result<Vec<u8>, u64>>> {
        let mut bytes = Vec::new();
        // room for the content and a CRLF
        let cap = self.limit.saturating_add(2);
        if (&mut self.input).take(cap).read_until(b'\n', &mut bytes)? == 0 {
            return Ok(None);
        }
        self.line += 1;
        let ended = bytes.last() == Some(&b'\n');
        let content = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        if content.len() as u64 <= self.limit {
            return Ok(Some(Ok(bytes)));
        }
        let mut length = bytes.len() as u64;
        if !ended {
            loop {
                let buf = self.input.fill_buf()?;
                if buf.is_empty() {
                    break;
                }
                let (used, end) = match memchr::memchr(b'\n', buf) {
                    Some(i) => (i + 1, true),
                    None => (buf.len(), false),
                };
                self.input.consume(used);
                length += used as u64;
                if end {
                    break;
                }
            }
        }
        Ok(Some(Err(length)))
    }

    /// "line N", or "the start" before the first line.
    fn after(&self) -> String {
        match self.line {
            0 => "the start".to_owned(),
            n => format!("line {n}"),
        }
    }
}

/// A line with nothing but whitespace (Unicode's too) holds no record.
fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
        || std::str::from_utf8(line).is_ok_and(|s| s.trim().is_empty())
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        while !self.done {
            let line = match self.read_line() {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(error) => {
                    self.done = true;
                    return Some(broken(error, self.number, &self.after()));
                }
            };
            let bytes = match line {
                Ok(bytes) if is_blank(&bytes) => continue,
                Ok(bytes) => bytes,
                Err(length) => {
                    self.number += 1;
                    let mb = length as f64 / (1024.0 * 1024.0);
                    let why = format!(
                        "line {}: {mb:.1} MB is over the --max-file-mb limit; skipped",
                        self.line
                    );
                    return Some(Step::Problem(self.number, why));
                }
            };
            self.number += 1;
            return Some(Step::Record(Record {
                number: self.number,
                payload: Box::new(JsonLine {
                    line: self.line,
                    bytes,
                }),
            }));
        }
        self.done = true;
        None
    }
}

fn looks_like_json_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    matches!((lines.next(), lines.next()), (Some(a), Some(_)) if a.trim_start().starts_with('{'))
}

pub(crate) fn record_from_value(value: &Value) -> RecordResult {
    let Value::Object(map) = value else {
        return Err(format!("expected an object, found {}", type_name(value)));
    };
    let title = string_field(map, TITLE)?.unwrap_or_default();
    let body = string_field(map, BODY)?.unwrap_or_default();
    if title.trim().is_empty() && body.trim().is_empty() {
        return Err("record has neither a title nor a text field".into());
    }
    let mut warnings = Vec::new();
    let date = string_field(map, DATE)?.and_then(|d| {
        let date = parse_date(&d);
        if date.is_none() && !d.trim().is_empty() {
            warnings.push(unread_date(&d));
        }
        date
    });
    Ok(RawArticle {
        title: title.trim().to_owned(),
        body: without_wire_signature(body.trim()).to_owned(),
        date,
        source: string_field(map, SOURCE)?,
        url: string_field(map, URL)?,
        authors: authors_field(map)?,
        dateline: string_field(map, DATELINE)?,
        warnings,
    })
}

/// Longest part of an unreadable date quoted back in a warning.
const QUOTED_DATE: usize = 40;

/// Why a record whose date field newsdex cannot read is indexed undated.
pub(crate) fn unread_date(date: &str) -> String {
    let date = date.trim();
    let shown = &date[..date.floor_char_boundary(QUOTED_DATE)];
    let more = if shown.len() < date.len() { "..." } else { "" };
    format!("date {shown:?}{more} is not a date newsdex reads; indexed undated")
}

/// `body` without the `Reuter` line that closes a Reuters wire story (JSON conversions of
/// Reuters-21578 keep it): it is a sign-off, and left in, it is tagged as a person named in
/// nearly every story.
fn without_wire_signature(body: &str) -> &str {
    match body.rsplit_once('\n') {
        Some((story, last)) if last.trim().eq_ignore_ascii_case("reuter") => story.trim_end(),
        _ => body,
    }
}

/// The first present key among `names`, as a string. Numbers are accepted (ids, epoch dates);
/// objects and arrays are an error that names the field, so a bad dump is visible.
fn string_field(map: &Map<String, Value>, names: &[&str]) -> Result<Option<String>, String> {
    for name in names {
        match map.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(Value::Number(n)) => return Ok(Some(n.to_string())),
            Some(Value::Object(inner)) if *name == "source" => {
                // {"source": {"id": ..., "name": "BBC News"}} (NewsAPI style)
                if let Some(Value::String(s)) = inner.get("name") {
                    return Ok(Some(s.clone()));
                }
            }
            Some(other) => {
                return Err(format!(
                    "field `{name}` is {}, expected a string",
                    type_name(other)
                ))
            }
        }
    }
    Ok(None)
}

fn authors_field(map: &Map<String, Value>) -> Result<Vec<String>, String> {
    for name in AUTHORS {
        match map.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(vec![s.trim().to_owned()]),
            Some(Value::Array(items)) => {
                return Ok(items
                    .iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s.trim().to_owned()),
                        Value::Object(o) => {
                            o.get("name").and_then(Value::as_str).map(str::to_owned)
                        }
                        _ => None,
                    })
                    .filter(|s| !s.is_empty())
                    .collect())
            }
            Some(other) => {
                return Err(format!(
                    "field `{name}` is {}, expected a string or a list",
                    type_name(other)
                ))
            }
        }
    }
    Ok(Vec::new())
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_please_fields() {
        let recs = parse_json(
            r#"{"title":"T","maintext":"B","date_publish":"2019-03-01 10:00:00","source_domain":"bbc.co.uk","authors":["A","B"]}"#,
        )
        .unwrap();
        let a = recs[0].as_ref().unwrap();
        assert_eq!((a.title.as_str(), a.body.as_str()), ("T", "B"));
        assert_eq!(a.source.as_deref(), Some("bbc.co.uk"));
        assert_eq!(a.authors, vec!["A", "B"]);
        assert_eq!(a.date.unwrap().to_string(), "2019-03-01T10:00:00Z");
    }

    #[test]
    fn bad_line_is_named_and_others_survive() {
        let recs = parse_json_lines("{\"title\":\"a\"}\n{oops\n{\"title\":\"c\"}\n");
        assert!(recs[0].is_ok() && recs[2].is_ok());
        assert!(recs[1].as_ref().unwrap_err().starts_with("line 2:"));
    }

    #[test]
    fn wire_signature_is_not_the_story() {
        let recs = parse_json_lines(
            "{\"title\":\"T\",\"text\":\"Cocoa rose.\\n Reuter\\n\"}\n{\"title\":\"U\",\"text\":\"Paul Reuter\"}\n",
        );
        assert_eq!(recs[0].as_ref().unwrap().body, "Cocoa rose.");
        assert_eq!(recs[1].as_ref().unwrap().body, "Paul Reuter");
    }

    /// Read a line at a time: record numbers count non-blank lines (Unicode blanks too), and
    /// the limit bounds a line's content, whatever its end of line.
    #[test]
    fn lines_stream_with_a_limit_per_line() {
        let text = "{\"title\":\"a\"}\r\n\u{3000}\n\n{\"title\":\"bb\"}\r\n{\"title\":\"ccc\"}\n";
        let limit = "{\"title\":\"bb\"}".len() as u64;
        let seen: Vec<(u32, Result<String, String>)> = Lines::new(text.as_bytes(), limit)
            .unwrap()
            .map(|step| match step {
                Step::Record(r) => (r.number, r.article().unwrap().map(|a| a.title)),
                Step::Problem(n, problem) => (n, Err(problem)),
                Step::Failed(why) => panic!("{why}"),
            })
            .collect();
        assert_eq!(seen[0], (1, Ok("a".to_owned())));
        assert_eq!(
            seen[1],
            (2, Ok("bb".to_owned())),
            "a CRLF line at the limit"
        );
        assert_eq!(seen.len(), 3, "{seen:?}");
        let (n, over) = &seen[2];
        assert_eq!(*n, 3);
        assert!(
            over.as_ref().unwrap_err().starts_with("line 5: "),
            "{over:?}"
        );
    }

    #[test]
    fn wrong_type_is_reported() {
        let recs = parse_json(r#"[{"title": ["x"], "text": "b"}]"#).unwrap();
        assert_eq!(
            recs[0].as_ref().unwrap_err(),
            "record 1: field `title` is an array, expected a string"
        );
    }
}
