//! Reuters-21578 SGML newswire: every `<REUTERS>` record is an article.
//!
//! The files are not XML (bare `&`, control-character references such as `&#3;`, one Latin-1
//! byte), so this is a tolerant scanner for the handful of tags that carry content, not a
//! parser: a record missing its closing tag ends where the next record starts.

use crate::article::RawArticle;
use crate::dates::parse_date;
use crate::references::decode_references;

/// Each record in file order: an article, or why it was skipped. The second value lists
/// problems worth a warning that did not lose the record (e.g. a missing `</REUTERS>`).
pub fn parse_reuters(text: &str) -> (Vec<Result<RawArticle, String>>, Vec<String>) {
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    let starts: Vec<usize> = text.match_indices("<REUTERS").map(|(i, _)| i).collect();
    for (n, &start) in starts.iter().enumerate() {
        let limit = starts.get(n + 1).copied().unwrap_or(text.len());
        let chunk = &text[start..limit];
        let record = match chunk.find("</REUTERS>") {
            Some(end) => &chunk[..end],
            None => {
                warnings.push(format!("record {}: no closing </REUTERS> tag", n + 1));
                chunk
            }
        };
        records.push(parse_record(record).map_err(|e| format!("record {}: {e}", n + 1)));
    }
    (records, warnings)
}

fn parse_record(record: &str) -> Result<RawArticle, String> {
    let title = tag(record, "TITLE").map(clean_inline);
    let body = tag(record, "BODY").map(clean_body);
    let (title, body) = match (title, body) {
        (None, None) => {
            let raw = tag(record, "TEXT").map(|t| clean_body(&strip_tags(t)));
            // Untitled telex: its first line serves as the headline people see. An empty
            // story is still a record of the wire (it has a date and an id), so it is kept.
            let body = raw.unwrap_or_default();
            (first_line(&body), body)
        }
        (t, b) => (t.unwrap_or_default(), b.unwrap_or_default()),
    };
    Ok(RawArticle {
        title,
        body,
        date: tag(record, "DATE").and_then(|d| parse_date(&clean_inline(d))),
        source: Some("Reuters".into()),
        url: None,
        authors: tag(record, "AUTHOR")
            .map(|a| {
                let a = clean_inline(a);
                let a = a
                    .strip_prefix("By ")
                    .or(a.strip_prefix("by "))
                    .unwrap_or(&a);
                vec![a.trim().trim_end_matches(',').to_owned()]
            })
            .unwrap_or_default(),
        dateline: tag(record, "DATELINE")
            .map(|d| clean_inline(d).trim_end_matches(['-', ' ']).to_owned())
            .filter(|d| !d.is_empty()),
        warnings: Vec::new(),
    })
}

/// The content of the first `<NAME ...>...</NAME>` element.
fn tag<'a>(record: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut from = 0;
    while let Some(pos) = record[from..].find(&open) {
        let at = from + pos;
        let after = &record[at + open.len()..];
        // `<TEXT` must not match `<TEXTS`: the next byte ends the tag name.
        if after.starts_with('>') || after.starts_with(' ') {
            let content_start = at + open.len() + after.find('>')? + 1;
            let end = record[content_start..]
                .find(&close)
                .map_or(record.len(), |e| content_start + e);
            return Some(&record[content_start..end]);
        }
        from = at + open.len();
    }
    None
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    match line.char_indices().nth(120) {
        Some((cut, _)) => line[..cut].to_owned(),
        None => line.to_owned(),
    }
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Decodes SGML character references; control characters (`&#3;` ends every story) vanish,
/// written or referenced.
fn decode_entities(s: &str) -> String {
    let mut out = decode_references(s).into_owned();
    out.retain(|c| !c.is_control() || c == '\n');
    out
}

fn clean_inline(s: &str) -> String {
    decode_entities(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Newswire bodies are hard-wrapped at 70 columns with indented paragraph starts; rejoin the
/// lines into paragraphs separated by blank lines, and drop the closing `Reuter` signature.
fn clean_body(s: &str) -> String {
    let decoded = decode_entities(s);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in decoded.lines() {
        let starts_paragraph = line.starts_with([' ', '\t']) || line.trim().is_empty();
        let words = line.trim();
        if starts_paragraph && !current.is_empty() {
            paragraphs.push(std::mem::take(&mut current));
        }
        if !words.is_empty() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(words);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    if let Some(last) = paragraphs.last_mut() {
        for sig in [" Reuter", " REUTER"] {
            if let Some(stripped) = last.strip_suffix(sig) {
                *last = stripped.to_owned();
            }
        }
        if last.trim().eq_ignore_ascii_case("reuter") {
            paragraphs.pop();
        }
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "<REUTERS NEWID=\"1\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>&#2;\n<TITLE>BAHIA COCOA &lt;REVIEW></TITLE>\n<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued\nthroughout the week.\n    Second paragraph.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n<REUTERS NEWID=\"2\">\n<TEXT TYPE=\"UNPROC\">&#2;\nraw telex text\n&#3;</TEXT>\n";

    #[test]
    fn records_fields_and_unterminated_last() {
        let (records, warnings) = parse_reuters(TWO);
        assert_eq!(records.len(), 2);
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.title, "BAHIA COCOA <REVIEW>");
        assert_eq!(
            first.body,
            "Showers continued throughout the week.\n\nSecond paragraph."
        );
        assert_eq!(first.dateline.as_deref(), Some("SALVADOR, Feb 26"));
        assert_eq!(first.date.unwrap().to_string(), "1987-02-26T15:01:01Z");
        let second = records[1].as_ref().unwrap();
        assert_eq!(second.body, "raw telex text");
        assert_eq!(second.title, "raw telex text");
        assert_eq!(warnings, vec!["record 2: no closing </REUTERS> tag"]);
    }
}
