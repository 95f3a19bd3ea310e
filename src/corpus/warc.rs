//! Web archives (WARC, ISO 28500, and the older ARC of the Internet Archive's first crawls):
//! how crawls such as Common Crawl's CC-NEWS store the pages
//! they fetched. Each `response` record holding a web page becomes one article, read by
//! [`super::html`]; `resource` records (a page stored without its HTTP exchange) and
//! `conversion` records (WET files: a page's text) too. Requests, metadata, redirects,
//! errors and non-page responses (images, scripts) are not articles and pass silently.
//!
//! Archives are messy, so one bad record never costs the others: a record with a broken
//! header is reported and the reader resynchronises on the next `WARC/1.` line, and a
//! truncated last record is read as far as it goes.

use memchr::memmem;

use super::article::RawArticle;
use super::dates::parse_date;
use super::{decode, html, text, ReadError};

/// The articles of an archive by record number (1-based, counting every record), and the
/// problems met on the way.
#[derive(Debug, Default)]
pub struct WarcArticles {
    pub records: Vec<(u32, Result<RawArticle, String>)>,
    pub problems: Vec<String>,
}

/// True for a WARC file, or an ARC file (its predecessor), after decompression.
pub fn is_warc(bytes: &[u8]) -> bool {
    bytes.starts_with(b"WARC/") || is_arc(bytes)
}

fn is_arc(bytes: &[u8]) -> bool {
    bytes.starts_with(b"filedesc://")
}

/// Reads every record of a WARC file. `limit` bounds what a compressed HTTP payload may
/// inflate to.
pub fn parse_warc(bytes: &[u8], limit: u64) -> Result<WarcArticles, ReadError> {
    if is_arc(bytes) {
        return Ok(parse_arc(bytes, limit));
    }
    if !is_warc(bytes) {
        return Err(ReadError::Malformed(
            "not a WARC file (no `WARC/1.x` header at the start)".into(),
        ));
    }
    let mut out = WarcArticles::default();
    let mut pos = 0;
    let mut number = 0u32;
    while pos < bytes.len() {
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if pos >= bytes.len() {
            break;
        }
        if !bytes[pos..].starts_with(b"WARC/") {
            match memmem::find(&bytes[pos..], b"WARC/1.") {
                Some(skip) => {
                    out.problems.push(format!(
                        "{skip} bytes of junk after record {number} were skipped"
                    ));
                    pos += skip;
                }
                None => {
                    out.problems.push(format!(
                        "{} bytes of junk after record {number} were skipped",
                        bytes.len() - pos
                    ));
                    break;
                }
            }
        }
        number += 1;
        let Some((header, block_start)) = split_head(&bytes[pos..]) else {
            out.problems.push(format!(
                "record {number}: header cut off by the end of file"
            ));
            break;
        };
        let header = Header::parse(header);
        let Some(length) = header
            .get("content-length")
            .and_then(|v| v.trim().parse::<usize>().ok())
        else {
            out.problems.push(format!(
                "record {number}: no valid Content-Length; skipped to the next record"
            ));
            pos += block_start;
            continue;
        };
        let start = pos + block_start;
        let end = start.saturating_add(length).min(bytes.len());
        if end - start < length {
            out.problems.push(format!(
                "record {number}: truncated ({} of {length} bytes); read as far as it goes",
                end - start
            ));
        }
        if let Some(article) = record_article(&header, &bytes[start..end], limit) {
            out.records
                .push((number, article.map_err(|e| format!("record {number}: {e}"))));
        }
        pos = end;
    }
    Ok(out)
}

/// Reads an ARC file: each record is one line `URL IP-address date content-type length`
/// (version 2 adds fields before the length, which always comes last) and `length` bytes
/// of the HTTP response.
fn parse_arc(bytes: &[u8], limit: u64) -> WarcArticles {
    let mut out = WarcArticles::default();
    let mut pos = 0;
    let mut number = 0u32;
    while pos < bytes.len() {
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if pos >= bytes.len() {
            break;
        }
        number += 1;
        let line_end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        let line = String::from_utf8_lossy(&bytes[pos..line_end]);
        let fields: Vec<&str> = line.split_whitespace().collect();
        pos = (line_end + 1).min(bytes.len());
        let length = match fields.last().map(|l| l.parse::<usize>()) {
            Some(Ok(length)) if fields.len() >= 5 => length,
            _ => {
                out.problems.push(format!(
                    "record {number}: bad ARC header line; skipped to the next line"
                ));
                continue;
            }
        };
        let end = pos.saturating_add(length).min(bytes.len());
        if end - pos < length {
            out.problems.push(format!(
                "record {number}: truncated ({} of {length} bytes); read as far as it goes",
                end - pos
            ));
        }
        let block = &bytes[pos..end];
        pos = end;
        // The URL may hold spaces: it is everything before the last four fields.
        let url = fields[..fields.len() - 4].join(" ");
        if url.starts_with("filedesc://") || !block.starts_with(b"HTTP/") {
            continue;
        }
        if let Some(article) = http_page(block, Some(&url), limit) {
            let date = fields[fields.len() - 3];
            out.records.push((
                number,
                article
                    .map(|mut raw| {
                        if raw.date.is_none() {
                            raw.date = arc_date(date);
                        }
                        raw
                    })
                    .map_err(|e| format!("record {number}: {e}")),
            ));
        }
    }
    out
}

/// ARC's `YYYYMMDDhhmmss` capture time.
fn arc_date(digits: &str) -> Option<jiff::Timestamp> {
    let d = digits.get(..14)?;
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let iso = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &d[..4],
        &d[4..6],
        &d[6..8],
        &d[8..10],
        &d[10..12],
        &d[12..14]
    );
    parse_date(&iso)
}

/// A record's or an HTTP message's header block and where its body starts, or `None` when
/// the blank line ending the header is missing.
fn split_head(bytes: &[u8]) -> Option<(&[u8], usize)> {
    if let Some(i) = memmem::find(bytes, b"\r\n\r\n") {
        return Some((&bytes[..i], i + 4));
    }
    memmem::find(bytes, b"\n\n").map(|i| (&bytes[..i], i + 2))
}

/// Header fields, names lower-cased. The first line (`WARC/1.0`, `HTTP/1.1 200 OK`) is kept
/// apart.
struct Header {
    first: String,
    fields: Vec<(String, String)>,
}

impl Header {
    fn parse(bytes: &[u8]) -> Header {
        let text = String::from_utf8_lossy(bytes);
        let mut lines = text.lines();
        let first = lines.next().unwrap_or("").trim().to_owned();
        let fields = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        Header { first, fields }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The article a record holds, `None` for records that are not articles.
fn record_article(header: &Header, block: &[u8], limit: u64) -> Option<Result<RawArticle, String>> {
    // WARC 1.1 writes the URI bare, WARC 1.0 drafts in angle brackets.
    let target = header
        .get("warc-target-uri")
        .map(|uri| uri.trim_matches(['<', '>']));
    // Crawler logs and DNS lookups are stored as records too (`metadata://`, `dns:`).
    let web = ["http://", "https://", "ftp://", "file://"];
    if target.is_some_and(|uri| !web.iter().any(|scheme| uri.starts_with(scheme))) {
        return None;
    }
    let content_type = header.get("content-type").unwrap_or("");
    let article = match header.get("warc-type")? {
        "response" if block.starts_with(b"HTTP/") => http_page(block, target, limit)?,
        "response" | "resource" if is_page_type(content_type) => {
            page(block.to_vec(), charset(content_type), target)
        }
        "resource" | "conversion" if content_type.starts_with("text/plain") => {
            plain(block.to_vec(), target)
        }
        _ => return None,
    };
    // A page that gives no publication date is dated by its capture: for a news crawl,
    // the day it was fetched.
    Some(article.map(|mut raw| {
        if raw.date.is_none() {
            raw.date = header.get("warc-date").and_then(parse_date);
        }
        raw
    }))
}

/// A web page inside an HTTP response; `None` for responses that are not pages (errors,
/// redirects, images).
fn http_page(block: &[u8], target: Option<&str>, limit: u64) -> Option<Result<RawArticle, String>> {
    let (head, body_start) = split_head(block).unwrap_or((block, block.len()));
    let http = Header::parse(head);
    let status: u16 = http.first.split_whitespace().nth(1)?.parse().ok()?;
    if !(200..300).contains(&status) {
        return None;
    }
    let content_type = http.get("content-type");
    let mut body = block[body_start..].to_vec();
    if content_type.is_some_and(|t| !is_page_type(t)) {
        return None;
    }
    let chunked = http
        .get("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    if chunked {
        // A payload that claims chunking but breaks its framing is read as it is.
        if let Some(joined) = dechunk(&body) {
            body = joined;
        }
    }
    // Crawlers usually store the payload decoded and rename the header; gzip magic tells.
    // A payload cut short (a truncated record) is read as far as it inflates.
    if decode::is_gzip(&body) {
        body = match decode::gunzip_partial(&body, limit) {
            (inflated, Ok(())) => inflated,
            (inflated, Err(ReadError::Gzip(_))) if !inflated.is_empty() => inflated,
            (_, Err(e)) => return Some(Err(e.to_string())),
        };
    }
    if content_type.is_none() && !html::looks_like_html(&String::from_utf8_lossy(head_of(&body))) {
        return None;
    }
    Some(page(body, content_type.and_then(charset), target))
}

fn head_of(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(1024)]
}

fn page(bytes: Vec<u8>, charset: Option<&str>, target: Option<&str>) -> Result<RawArticle, String> {
    let charset = charset
        .or_else(|| decode::meta_charset(&bytes))
        .map(str::to_owned);
    let (text, _) =
        decode::decode_declared(bytes, charset.as_deref()).map_err(|e| e.to_string())?;
    html::parse_html(&text, target)
}

/// A page's text (a WET conversion record): headline on the first line, as in a plain-text
/// article.
fn plain(bytes: Vec<u8>, target: Option<&str>) -> Result<RawArticle, String> {
    let (content, _) = decode::decode_text(bytes).map_err(|e| e.to_string())?;
    let (title, body) = text::split_title_body(&content).ok_or("empty record")?;
    Ok(RawArticle {
        title: content[title].to_owned(),
        body: content[body].to_owned(),
        url: target.map(str::to_owned),
        source: target.and_then(html::host),
        ..RawArticle::default()
    })
}

fn is_page_type(content_type: &str) -> bool {
    let t = content_type.trim_start().to_ascii_lowercase();
    t.starts_with("text/html") || t.starts_with("application/xhtml")
}

/// `charset=` of a Content-Type value.
fn charset(content_type: &str) -> Option<&str> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset=")? + "charset=".len();
    let value = content_type[at..].split(';').next()?.trim();
    Some(value.trim_matches(['"', '\'']))
}

/// Joins an HTTP chunked body; `None` when the framing is broken.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0;
    loop {
        let line_end = pos + memchr::memchr(b'\n', &body[pos..])?;
        let line = std::str::from_utf8(&body[pos..line_end]).ok()?;
        let size = usize::from_str_radix(line.split(';').next()?.trim(), 16).ok()?;
        pos = line_end + 1;
        if size == 0 {
            return Some(out);
        }
        let end = pos.checked_add(size).filter(|&e| e <= body.len())?;
        out.extend_from_slice(&body[pos..end]);
        pos = end;
        while pos < body.len() && (body[pos] == b'\r' || body[pos] == b'\n') {
            pos += 1;
        }
        if pos >= body.len() {
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_join() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"zz\r\nWiki"), None);
        assert_eq!(dechunk(b"40\r\nshort"), None);
    }

    #[test]
    fn charsets() {
        assert_eq!(charset("text/html; charset=ISO-8859-1"), Some("ISO-8859-1"));
        assert_eq!(charset("text/html;charset=\"utf-8\""), Some("utf-8"));
        assert_eq!(charset("text/html"), None);
    }
}
