//! Web archives (WARC, ISO 28500, and the older ARC of the Internet Archive's first crawls):
//! how crawls such as Common Crawl's CC-NEWS store the pages they fetched. Each `response`
//! record holding a web page becomes one article, read by [`super::html`]; `resource`
//! records (a page stored without its HTTP exchange) and `conversion` records (WET files: a
//! page's text) too. Requests, metadata, redirects, errors and non-page responses (images,
//! scripts) are not articles and pass silently.
//!
//! An archive is read as a stream, one record in memory at a time: a CC-NEWS file is about a
//! gigabyte compressed. Archives are messy, so one bad record never costs the others: a
//! record with a broken header is reported and reading resumes at the next `WARC/` line,
//! and an archive cut off (a failed download) is read up to the cut.

use std::collections::VecDeque;
use std::io::{BufRead, Read};

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
    bytes.starts_with(b"WARC/") || bytes.starts_with(b"filedesc://")
}

/// Reads every record of an archive held in memory.
pub fn parse_warc(bytes: &[u8], limit: u64) -> Result<WarcArticles, ReadError> {
    let mut out = WarcArticles::default();
    for step in Archive::new(bytes, limit)? {
        match step {
            Step::Article(number, article) => out.records.push((number, article)),
            Step::Problem(problem) => out.problems.push(problem),
        }
    }
    Ok(out)
}

/// What reading an archive gives, record by record.
#[derive(Debug)]
pub enum Step {
    /// A record holding an article (or why the page in it could not be read), by number.
    Article(u32, Result<RawArticle, String>),
    /// Something wrong with the archive itself; reading goes on.
    Problem(String),
}

/// The records of a WARC or ARC stream, read one at a time.
pub struct Archive<R> {
    input: R,
    arc: bool,
    /// Bounds one record, and what a compressed payload may inflate to.
    limit: u64,
    number: u32,
    line: Vec<u8>,
    /// A `WARC/` line found while skipping junk: the next record starts with it.
    pending: Option<Vec<u8>>,
    ready: VecDeque<Step>,
    done: bool,
}

impl<R: BufRead> Archive<R> {
    /// Checks that the stream starts like an archive.
    pub fn new(mut input: R, limit: u64) -> Result<Self, ReadError> {
        let head = input.fill_buf()?;
        if head.is_empty() {
            return Err(ReadError::Empty);
        }
        let arc = head.starts_with(b"filedesc://");
        if !arc && !head.starts_with(b"WARC/") {
            return Err(ReadError::Malformed(
                "not a WARC file (no `WARC/1.x` header at the start)".into(),
            ));
        }
        Ok(Archive {
            input,
            arc,
            limit,
            number: 0,
            line: Vec::new(),
            pending: None,
            ready: VecDeque::new(),
            done: false,
        })
    }

    /// Reads the next line into `self.line`; false at the end of the stream. Lines are
    /// bounded like records, so junk without line breaks cannot fill memory.
    fn read_line(&mut self) -> std::io::Result<bool> {
        self.line.clear();
        let read = (&mut self.input)
            .take(self.limit)
            .read_until(b'\n', &mut self.line)?;
        Ok(read > 0)
    }

    /// The stream broke (a cut-off gzip member, a read error): what came before stands.
    fn cut_off(&mut self, error: std::io::Error) {
        self.ready.push_back(Step::Problem(format!(
            "cut off after record {} ({error}): the records before it are read",
            self.number
        )));
        self.done = true;
    }

    /// Reads the next record, queueing what it gives.
    fn advance(&mut self) {
        let read = if self.arc {
            self.next_arc()
        } else {
            self.next_warc()
        };
        if let Err(error) = read {
            self.cut_off(error);
        }
    }

    fn next_warc(&mut self) -> std::io::Result<()> {
        let mut junk = 0;
        let first = loop {
            if let Some(line) = self.pending.take() {
                break line;
            }
            if !self.read_line()? {
                self.done = true;
                break Vec::new();
            }
            if self.line.starts_with(b"WARC/") {
                break std::mem::take(&mut self.line);
            }
            if !self.line.iter().all(u8::is_ascii_whitespace) {
                junk += self.line.len();
            }
        };
        if junk > 0 {
            self.ready.push_back(Step::Problem(format!(
                "{junk} bytes of junk after record {} were skipped",
                self.number
            )));
        }
        if self.done {
            return Ok(());
        }
        self.number += 1;
        let mut head = first;
        loop {
            if !self.read_line()? {
                self.ready.push_back(Step::Problem(format!(
                    "record {}: header cut off by the end of the file",
                    self.number
                )));
                self.done = true;
                return Ok(());
            }
            if self.line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
            head.extend_from_slice(&self.line);
        }
        let header = Header::parse(&head);
        let Some(length) = header
            .get("content-length")
            .and_then(|v| v.trim().parse::<u64>().ok())
        else {
            self.ready.push_back(Step::Problem(format!(
                "record {}: no valid Content-Length; skipped to the next record",
                self.number
            )));
            return Ok(());
        };
        self.record(&header, length)
    }

    /// ARC: each record is one line `URL IP-address date content-type length` (version 2
    /// adds fields before the length, which always comes last), then the HTTP response.
    fn next_arc(&mut self) -> std::io::Result<()> {
        loop {
            if !self.read_line()? {
                self.done = true;
                return Ok(());
            }
            if !self.line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        self.number += 1;
        let line = String::from_utf8_lossy(&self.line).into_owned();
        let fields: Vec<&str> = line.split_whitespace().collect();
        let length = match fields.last().map(|l| l.parse::<u64>()) {
            Some(Ok(length)) if fields.len() >= 5 => length,
            _ => {
                self.ready.push_back(Step::Problem(format!(
                    "record {}: bad ARC header line; skipped to the next line",
                    self.number
                )));
                return Ok(());
            }
        };
        // The URL may hold spaces: it is everything before the last four fields.
        let url = fields[..fields.len() - 4].join(" ");
        let date = arc_date(fields[fields.len() - 3]);
        let kind = if url.starts_with("filedesc://") {
            "warcinfo"
        } else {
            "response"
        };
        let mut fields = vec![
            ("warc-type".to_owned(), kind.to_owned()),
            ("warc-target-uri".to_owned(), url),
        ];
        if let Some(date) = date {
            fields.push(("warc-date".to_owned(), date));
        }
        let header = Header {
            first: "ARC".into(),
            fields,
        };
        self.record(&header, length)
    }

    /// Reads a record's block of `length` bytes and queues the article in it, if any.
    fn record(&mut self, header: &Header, length: u64) -> std::io::Result<()> {
        let number = self.number;
        if length > self.limit {
            std::io::copy(&mut (&mut self.input).take(length), &mut std::io::sink())?;
            self.ready.push_back(Step::Problem(format!(
                "record {number}: {length} bytes is over the --max-file-mb limit; skipped"
            )));
            return Ok(());
        }
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        let broken = (&mut self.input).take(length).read_to_end(&mut block).err();
        if (block.len() as u64) < length {
            self.ready.push_back(Step::Problem(format!(
                "record {number}: truncated ({} of {length} bytes); read as far as it goes",
                block.len()
            )));
        }
        if let Some(article) = record_article(header, &block, self.limit) {
            let article = article.map_err(|e| format!("record {number}: {e}"));
            self.ready.push_back(Step::Article(number, article));
        }
        match broken {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

impl<R: BufRead> Iterator for Archive<R> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        loop {
            if let Some(step) = self.ready.pop_front() {
                return Some(step);
            }
            if self.done {
                return None;
            }
            self.advance();
        }
    }
}

/// ARC's `YYYYMMDDhhmmss` capture time, as an ISO date.
fn arc_date(digits: &str) -> Option<String> {
    let d = digits.get(..14)?;
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!(
        "{}-{}-{}T{}:{}:{}Z",
        &d[..4],
        &d[4..6],
        &d[6..8],
        &d[8..10],
        &d[10..12],
        &d[12..14]
    ))
}

/// A record's or an HTTP message's header block and where its body starts, or `None` when
/// the blank line ending the header is missing.
fn split_head(bytes: &[u8]) -> Option<(&[u8], usize)> {
    if let Some(i) = memchr::memmem::find(bytes, b"\r\n\r\n") {
        return Some((&bytes[..i], i + 4));
    }
    memchr::memmem::find(bytes, b"\n\n").map(|i| (&bytes[..i], i + 2))
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
