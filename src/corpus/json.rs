//! JSON and JSON Lines articles, with the field names real news dumps use
//! (news-please, fundus, Common Crawl news extractions, Reuters conversions, RSS dumps).

use serde_json::{Map, Value};

use super::article::RawArticle;
use super::dates::parse_date;

const TITLE: &[&str] = &["title", "headline"];
const BODY: &[&str] = &[
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
const SOURCE: &[&str] = &["source", "source_domain", "outlet", "publisher", "site"];
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
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| match serde_json::from_str::<Value>(line) {
            Ok(value) => record_from_value(&value).map_err(|e| format!("line {}: {e}", n + 1)),
            Err(e) => Err(format!("line {}: invalid JSON: {e}", n + 1)),
        })
        .collect()
}

fn looks_like_json_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    matches!((lines.next(), lines.next()), (Some(a), Some(_)) if a.trim_start().starts_with('{'))
}

fn record_from_value(value: &Value) -> RecordResult {
    let Value::Object(map) = value else {
        return Err(format!("expected an object, found {}", type_name(value)));
    };
    let title = string_field(map, TITLE)?.unwrap_or_default();
    let body = string_field(map, BODY)?.unwrap_or_default();
    if title.trim().is_empty() && body.trim().is_empty() {
        return Err("record has neither a title nor a text field".into());
    }
    let date = string_field(map, DATE)?.and_then(|d| parse_date(&d));
    Ok(RawArticle {
        title: title.trim().to_owned(),
        body: body.trim().to_owned(),
        date,
        source: string_field(map, SOURCE)?,
        url: string_field(map, URL)?,
        authors: authors_field(map)?,
        dateline: string_field(map, DATELINE)?,
    })
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
    fn wrong_type_is_reported() {
        let recs = parse_json(r#"[{"title": ["x"], "text": "b"}]"#).unwrap();
        assert_eq!(
            recs[0].as_ref().unwrap_err(),
            "record 1: field `title` is an array, expected a string"
        );
    }
}
