//! Web archives (WARC, ISO 28500, and the older ARC of the Internet Archive's first crawls):
//! how crawls such as Common Crawl's CC-NEWS store the pages they fetched. Each `response`
//! record holding a web page becomes one article, read by [`super::html`]; `resource`
//! records (a page stored without its HTTP exchange) and `conversion` records (WET files: a
//! page's text) too. Requests, metadata, redirects, errors and non-page responses (images,
//! scripts) are not articles and pass silently.
//!
//! An archive is read as a stream, one record in memory at a time: a CC-NEWS file is about a
//! gigabyte compressed. Archives are messy, so one bad record never costs the others: a
//! record with a broken header is reported and reading resumes at the next record header,
//! and an archive cut off (a failed download) is read up to the cut.

use std::collections::VecDeque;
use std::io::{BufRead, Read};

use super::{html, text};
use crate::article::RawArticle;
use crate::record::{broken, first_bytes, Payload, Record, Step};
use crate::{decode, ReadError};

/// Blank lines looked through after a block for the next record's header: a record ends with
/// two; writers that add a few more are read all the same.
const MAX_BLANK_LINES: usize = 64;

/// Where the next record starts inside `block`, when a block holds one: a line that starts
/// `WARC/` and a digit, after a line break, whose header (up to its blank line) names a
/// `WARC-Type`, `WARC-Record-ID` or `Content-Length`.
fn record_start_in(block: &[u8]) -> Option<usize> {
    for at in memchr::memmem::find_iter(block, b"\nWARC/") {
        let start = at + 1;
        if !block.get(start + 5).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let head = &block[start..block.len().min(start + MAX_HEADER)];
        let head = split_head(head).map_or(head, |(h, _)| h);
        let names_a_field = head.split(|&b| b == b'\n').skip(1).any(|line| {
            let lower = line.to_ascii_lowercase();
            [&b"warc-type:"[..], b"warc-record-id:", b"content-length:"]
                .iter()
                .any(|field| lower.starts_with(field))
        });
        if names_a_field {
            return Some(start);
        }
    }
    None
}

/// A block without the line breaks that close its record.
fn trim_record_end(block: &mut Vec<u8>) {
    while block.last().is_some_and(|b| matches!(b, b'\r' | b'\n')) {
        block.pop();
    }
}

/// A reader that can be handed bytes back: what a lying record length made the archive read
/// past the next record's start.
struct Rewind<R> {
    back: Vec<u8>,
    at: usize,
    inner: R,
}

impl<R> Rewind<R> {
    /// Makes `bytes` the next to be read, before what was to come.
    fn unread(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut back = bytes.to_vec();
        back.extend_from_slice(&self.back[self.at..]);
        self.back = back;
        self.at = 0;
    }
}

impl<R: BufRead> Read for Rewind<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let available = self.fill_buf()?;
            let n = available.len().min(buf.len());
            buf[..n].copy_from_slice(&available[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Rewind<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.at < self.back.len() {
            return Ok(&self.back[self.at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if self.at < self.back.len() {
            self.at += amount;
            if self.at >= self.back.len() {
                self.back.clear();
                self.at = 0;
            }
        } else {
            self.inner.consume(amount);
        }
    }
}

/// True for a WARC file, or an ARC file (its predecessor), after decompression.
pub fn is_warc(bytes: &[u8]) -> bool {
    bytes.starts_with(b"WARC/") || bytes.starts_with(b"filedesc://")
}

/// An archive record's header and block, as read; [`Page::article`] parses it.
pub struct Page {
    header: Header,
    block: Vec<u8>,
    limit: u64,
}

impl Payload for Page {
    /// The article the record holds (or why its page could not be read); `None` for
    /// records that are not articles.
    fn article(&self, number: u32) -> Option<Result<RawArticle, String>> {
        let article = record_article(&self.header, &self.block, self.limit)?;
        Some(article.map_err(|e| format!("record {number}: {e}")))
    }
}

/// Longest header line or header block believed: real ones are a few hundred bytes.
const MAX_HEADER: usize = 64 * 1024;

/// The records of a WARC or ARC stream, read one at a time.
pub struct Archive<R> {
    input: Rewind<R>,
    /// `Some(version)` for ARC (1 or 2, from its `filedesc` record), `None` for WARC.
    arc: Option<u8>,
    /// Bounds one record, and what a compressed payload may inflate to.
    limit: u64,
    number: u32,
    line: Vec<u8>,
    ready: VecDeque<Step>,
    done: bool,
}

impl<R: BufRead> Archive<R> {
    /// Checks that the stream starts like an archive.
    pub fn new(mut input: R, limit: u64) -> Result<Self, ReadError> {
        let head = first_bytes(&mut input)?;
        if !is_warc(head) {
            return Err(ReadError::Malformed(
                "not a WARC file (no `WARC/1.x` header at the start)".into(),
            ));
        }
        let arc = head.starts_with(b"filedesc://").then_some(1);
        Ok(Archive {
            input: Rewind {
                back: Vec::new(),
                at: 0,
                inner: input,
            },
            arc,
            limit,
            number: 0,
            line: Vec::new(),
            ready: VecDeque::new(),
            done: false,
        })
    }

    /// Reads the next line (at most [`MAX_HEADER`] bytes of it) into `self.line`; false at
    /// the end of the stream.
    fn read_line(&mut self) -> std::io::Result<bool> {
        self.line.clear();
        let read = (&mut self.input)
            .take(MAX_HEADER as u64)
            .read_until(b'\n', &mut self.line)?;
        Ok(read > 0)
    }

    /// The stream broke. A decoder's error is the archive's content (a cut-off download):
    /// what came before stands. An operating-system error is the disk's: the file must be
    /// read again.
    fn broken(&mut self, error: std::io::Error) {
        let after = format!("record {}", self.number);
        self.ready.push_back(broken(error, self.number, &after));
        self.done = true;
    }

    /// Reads the next record, queueing what it gives.
    fn advance(&mut self) {
        let read = match self.arc {
            Some(version) => self.next_arc(version),
            None => self.next_warc(),
        };
        if let Err(error) = read {
            self.broken(error);
        }
    }

    /// Skips to the next line `is_header` accepts, reporting what was skipped; false at the
    /// end of the stream.
    fn find_header(&mut self, is_header: impl Fn(&[u8]) -> bool) -> std::io::Result<bool> {
        let mut junk = 0;
        let found = loop {
            if !self.read_line()? {
                break false;
            }
            if is_header(&self.line) {
                break true;
            }
            if !self.line.iter().all(u8::is_ascii_whitespace) {
                junk += self.line.len();
            }
        };
        if junk > 0 {
            let what = if self.arc.is_some() { "ARC" } else { "WARC" };
            let number = self.number;
            self.ready.push_back(Step::Problem(
                number,
                format!(
                    "{junk} bytes that are not {what} records were skipped after record {number}"
                ),
            ));
        }
        Ok(found)
    }

    fn next_warc(&mut self) -> std::io::Result<()> {
        if !self.find_header(|line| line.starts_with(b"WARC/"))? {
            self.done = true;
            return Ok(());
        }
        self.number += 1;
        let mut head = std::mem::take(&mut self.line);
        loop {
            if !self.read_line()? {
                self.problem("header cut off by the end of the file");
                self.done = true;
                return Ok(());
            }
            if self.line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
            if head.len() + self.line.len() > MAX_HEADER {
                self.problem("header longer than 64 KB; skipped to the next record");
                return Ok(());
            }
            head.extend_from_slice(&self.line);
        }
        let header = Header::parse(&head);
        let Some(length) = header
            .get("content-length")
            .and_then(|v| v.trim().parse::<u64>().ok())
        else {
            self.problem("no valid Content-Length; skipped to the next record");
            return Ok(());
        };
        self.warc_record(header, length)
    }

    /// Reads a WARC record's block, checking that it ends where the next record begins (after
    /// the two CRLFs that close a record). A `Content-Length` that lies is reported, and the
    /// block is taken to run to the next record's header instead: too long, the block is cut
    /// where the next record starts and what follows is read again as records; too short,
    /// the block runs on to the next header. Records are never merged, and none is lost to
    /// another's length.
    fn warc_record(&mut self, header: Header, length: u64) -> std::io::Result<()> {
        if length > self.limit {
            return self.skip_block(header, length);
        }
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        if let Err(error) = (&mut self.input).take(length).read_to_end(&mut block) {
            // A decoder's or the disk's error: what was read is worth reading, and the error
            // then ends the archive.
            let got = block.len();
            self.problem(&format!(
                "truncated ({got} of {length} bytes); read as far as it goes"
            ));
            self.queue(header, block);
            return Err(error);
        }
        let short = (block.len() as u64) < length;
        let mut start = record_start_in(&block);
        if start.is_none() && !short && self.block_ended(&block)? {
            self.queue(header, block);
            return Ok(());
        }
        if start.is_none() {
            start = self.start_across_end(&block)?;
        }
        if let Some(start) = start {
            // Too long: the next record starts inside the block.
            self.input.unread(&block[start..]);
            block.truncate(start);
            trim_record_end(&mut block);
            self.problem(&format!(
                "Content-Length says {length} bytes, but the next record starts after {}; \
                 read as {} bytes, and the records after it as they are",
                block.len(),
                block.len()
            ));
        } else if short {
            let got = block.len();
            self.problem(&format!(
                "truncated ({got} of {length} bytes); read as far as it goes"
            ));
        } else {
            // Too short: the block runs on to the next record's header.
            let budget = self.limit - block.len() as u64;
            let (more, over) = self.read_to_next_header(budget)?;
            block.extend_from_slice(&more);
            trim_record_end(&mut block);
            if over {
                let mb = (block.len() as u64 + more.len() as u64) as f64 / (1024.0 * 1024.0);
                self.problem(&format!(
                    "Content-Length says {length} bytes, but the record runs on for over \
                     {mb:.1} MB, over the --max-file-mb limit; skipped to the next record"
                ));
                return Ok(());
            }
            self.problem(&format!(
                "Content-Length says {length} bytes, but the record runs on to the next \
                 record header, {} bytes; read as {} bytes",
                block.len(),
                block.len()
            ));
        }
        self.queue(header, block);
        Ok(())
    }

    /// Skips a block over the limit unread, and reports it. Should its length lie, neither
    /// it nor the records it would swallow are lost: up to the limit, its bytes are held, and
    /// from the first line inside it that starts a record, up to the limit again; when such
    /// a line starts within the limit, the block is read up to it, and the rest read again
    /// as records.
    fn skip_block(&mut self, header: Header, length: u64) -> std::io::Result<()> {
        let limit = usize::try_from(self.limit).unwrap_or(usize::MAX);
        let cap = limit.saturating_mul(2).saturating_add(MAX_HEADER);
        let mut left = length;
        let mut held: Vec<u8> = Vec::new();
        // Set when the first `limit` bytes held no record start: the block is too large
        // whatever its length says, and only the end of what was read is held.
        let mut head_lost = false;
        let mut start: Option<usize> = None;
        let mut overflow = false;
        while left > 0 {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            let n = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            let chunk = &buf[..n];
            match start {
                Some(_) if held.len() < cap => held.extend_from_slice(chunk),
                Some(_) => overflow = true,
                None => {
                    // A record start may straddle buffers, and its header need the next.
                    let from = held.len().saturating_sub(MAX_HEADER + 6);
                    held.extend_from_slice(chunk);
                    start = record_start_in(&held[from..]).map(|at| from + at);
                    if start.is_none() && held.len() > limit.max(MAX_HEADER + 6) {
                        head_lost = true;
                        held.drain(..held.len() - (MAX_HEADER + 6));
                    }
                }
            }
            self.input.consume(n);
            left -= n as u64;
        }
        let over = |mb: f64| format!("{mb:.1} MB is over the --max-file-mb limit; skipped");
        let Some(start) = start else {
            if left > 0 && !head_lost {
                // Cut off by the end of the archive before its claimed length, and within
                // the limit: read as far as it goes, as any truncated record.
                let got = held.len();
                self.problem(&format!(
                    "truncated ({got} of {length} bytes); read as far as it goes"
                ));
                trim_record_end(&mut held);
                self.queue(header, held);
                return Ok(());
            }
            self.problem(&over(length as f64 / (1024.0 * 1024.0)));
            return Ok(());
        };
        if head_lost {
            self.problem(&over(length as f64 / (1024.0 * 1024.0)));
        } else {
            let mut block = held[..start].to_vec();
            trim_record_end(&mut block);
            self.problem(&format!(
                "Content-Length says {length} bytes, but the next record starts after {}; \
                 read as {} bytes, and the records after it as they are",
                block.len(),
                block.len()
            ));
            self.queue(header, block);
        }
        if overflow {
            self.problem(
                "the records after it are too far into its claimed length to go back to; \
                 they are lost",
            );
            return Ok(());
        }
        self.input.unread(&held[start..]);
        Ok(())
    }

    /// True when `block`, just read, ended where its record does: what follows is the next
    /// record's header (after blank lines) or the end of the archive, or the two line breaks
    /// that close a record after a block that looks whole (whatever comes next is then
    /// skipped as junk, as anywhere between records). A block cut between a CR and its LF,
    /// or an HTTP response cut before the end of its headers, is not whole: its length is
    /// short. Reads nothing, as far as the caller can tell.
    fn block_ended(&mut self, block: &[u8]) -> std::io::Result<bool> {
        let whole = !block.ends_with(b"\r")
            && (!block.starts_with(b"HTTP/") || split_head(block).is_some());
        let mut seen = Vec::new();
        let mut blank = 0;
        let mut answer = true; // the end of the archive
        while blank < MAX_BLANK_LINES && self.read_line()? {
            seen.extend_from_slice(&self.line);
            if !self.line.iter().all(u8::is_ascii_whitespace) {
                answer = self.line.starts_with(b"WARC/") || blank >= 2 && whole;
                break;
            }
            blank += 1;
        }
        self.input.unread(&seen);
        Ok(answer)
    }

    /// Where the next record starts in `block` when the block's claimed length ends inside
    /// that record's header (`...\r\nWAR` | `C/1.0\r\n...`): the block's end and what
    /// follows it (left unread) are searched together.
    fn start_across_end(&mut self, block: &[u8]) -> std::io::Result<Option<usize>> {
        let mut next = Vec::new();
        (&mut self.input)
            .take(MAX_HEADER as u64)
            .read_to_end(&mut next)?;
        self.input.unread(&next);
        let from = block.len().saturating_sub(MAX_HEADER);
        let joined = [&block[from..], &next].concat();
        Ok(record_start_in(&joined)
            .map(|at| from + at)
            .filter(|&at| at < block.len()))
    }

    /// Reads up to the next line that starts `WARC/` (left unread), keeping at most `budget`
    /// bytes; true as the second value when there were more.
    fn read_to_next_header(&mut self, budget: u64) -> std::io::Result<(Vec<u8>, bool)> {
        let mut more = Vec::new();
        let mut over = false;
        while self.read_line()? {
            if self.line.starts_with(b"WARC/") {
                let line = std::mem::take(&mut self.line);
                self.input.unread(&line);
                break;
            }
            if over || more.len() as u64 + self.line.len() as u64 > budget {
                over = true;
                continue;
            }
            more.extend_from_slice(&self.line);
        }
        Ok((more, over))
    }

    /// Queues a record read whole.
    fn queue(&mut self, header: Header, block: Vec<u8>) {
        if !block.is_empty() {
            self.ready.push_back(Step::Record(Record {
                number: self.number,
                payload: Box::new(Page {
                    header,
                    block,
                    limit: self.limit,
                }),
            }));
        }
    }

    /// ARC: each record is one line, `URL IP-address date content-type length` in version 1
    /// and `URL IP-address date content-type result-code checksum location offset filename
    /// length` in version 2, then the HTTP response. The first record (`filedesc://`) says
    /// which version the file is.
    fn next_arc(&mut self, version: u8) -> std::io::Result<()> {
        let fields = if version == 2 { 10 } else { 5 };
        if !self.find_header(|line| arc_header(line, fields).is_some())? {
            self.done = true;
            return Ok(());
        }
        self.number += 1;
        let line = String::from_utf8_lossy(&self.line).into_owned();
        let Some((url, date, length)) = arc_header(line.as_bytes(), fields) else {
            return Ok(()); // find_header accepted it
        };
        if url.starts_with("filedesc://") {
            // Its block starts with "<version> <reserved> <origin>".
            let (block, error) = self.block(length)?;
            if block.first() == Some(&b'2') {
                self.arc = Some(2);
            }
            return error.map_or(Ok(()), Err);
        }
        let mut fields = vec![
            ("warc-type".to_owned(), "response".to_owned()),
            ("warc-target-uri".to_owned(), url),
        ];
        if let Some(date) = date {
            fields.push(("warc-date".to_owned(), date));
        }
        let header = Header {
            first: "ARC".into(),
            fields,
        };
        self.record(header, length)
    }

    fn problem(&mut self, what: &str) {
        let step = Step::Problem(self.number, format!("record {}: {what}", self.number));
        self.ready.push_back(step);
    }

    /// Reads a record's block of `length` bytes, with the error that cut it short, if any:
    /// what was read before a cut is still worth reading, and the error then ends the
    /// archive. A record over the limit is skipped unread, and reported.
    fn block(&mut self, length: u64) -> std::io::Result<(Vec<u8>, Option<std::io::Error>)> {
        if length > self.limit {
            std::io::copy(&mut (&mut self.input).take(length), &mut std::io::sink())?;
            let mb = length as f64 / (1024.0 * 1024.0);
            self.problem(&format!(
                "{mb:.1} MB is over the --max-file-mb limit; skipped"
            ));
            return Ok((Vec::new(), None));
        }
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        let error = (&mut self.input).take(length).read_to_end(&mut block).err();
        if (block.len() as u64) < length {
            let got = block.len();
            self.problem(&format!(
                "truncated ({got} of {length} bytes); read as far as it goes"
            ));
        }
        Ok((block, error))
    }

    /// Reads a record's block and queues the record.
    fn record(&mut self, header: Header, length: u64) -> std::io::Result<()> {
        let (block, error) = self.block(length)?;
        if !block.is_empty() {
            self.ready.push_back(Step::Record(Record {
                number: self.number,
                payload: Box::new(Page {
                    header,
                    block,
                    limit: self.limit,
                }),
            }));
        }
        error.map_or(Ok(()), Err)
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

/// An ARC header line with `fields` fields (more when the URL holds spaces): its URL, its
/// capture date as ISO 8601 and its block length.
fn arc_header(line: &[u8], fields: usize) -> Option<(String, Option<String>, u64)> {
    let line = std::str::from_utf8(line).ok()?;
    let parts: Vec<&str> = line.split_whitespace().collect();
    if parts.len() < fields || !parts[0].contains("://") && !parts[0].starts_with("dns:") {
        return None;
    }
    let length = parts.last()?.parse().ok()?;
    let rest = fields - 1; // fields after the URL
    let url = parts[..parts.len() - rest].join(" ");
    Some((url, arc_date(parts[parts.len() - rest + 1]), length))
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

/// A record's or an HTTP message's header block and where its body starts: the first blank
/// line, CRLF or bare LF (ClueWeb writes LF headers before CRLF pages), or `None`.
fn split_head(bytes: &[u8]) -> Option<(&[u8], usize)> {
    for i in memchr::memchr_iter(b'\n', bytes) {
        match bytes.get(i + 1..) {
            Some([b'\n', ..]) => return Some((&bytes[..i], i + 2)),
            Some([b'\r', b'\n', ..]) => return Some((&bytes[..i], i + 3)),
            _ => {}
        }
    }
    None
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

/// The article a record holds, `None` for records that are not articles. The capture date
/// (`WARC-Date`) is not a publication date: a page that gives none stays undated.
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
    let kind = header.get("warc-type")?;
    let page_type = is_page_type(content_type);
    let text_type = content_type.starts_with("text/plain");
    let article = match kind {
        "response" if block.starts_with(b"HTTP/") => return http_page(block, target, limit),
        "response" | "resource" if page_type => page,
        "resource" | "conversion" if text_type => plain,
        _ => return None,
    };
    // Checked before copying: every worker holds a record or two.
    if block.len() > html::MAX_PAGE {
        return Some(Err(html::too_large(block.len())));
    }
    Some(article(block.to_vec(), charset(content_type), target))
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
    let body = &block[body_start..];
    if body.len() > html::MAX_PAGE {
        return Some(Err(html::too_large(body.len())));
    }
    match content_type {
        Some(t) if !is_page_type(t) => return None,
        None if !html::looks_like_html(&String::from_utf8_lossy(head_of(body))) => {
            // Chunked or compressed pages without a type are rare enough to pass over.
            return None;
        }
        _ => {}
    }
    let chunked = http
        .get("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    let mut body = match chunked {
        // A payload that claims chunking but has no chunk framing is read as it is.
        true => dechunk(body).unwrap_or_else(|| body.to_vec()),
        false => body.to_vec(),
    };
    // Crawlers usually store the payload decoded and rename the header; gzip magic tells.
    // A payload cut short (a truncated record) is read as far as it inflates.
    if decode::is_gzip(&body) {
        let mut inflated = Vec::new();
        let decoder = flate2::read::MultiGzDecoder::new(&body[..]);
        let cap = limit.min(html::MAX_PAGE as u64 + 1);
        let result = decoder.take(cap).read_to_end(&mut inflated);
        if result.is_err() && inflated.is_empty() {
            return Some(Err("corrupt gzip-compressed page".into()));
        }
        if inflated.len() > html::MAX_PAGE {
            return Some(Err(html::too_large(inflated.len())));
        }
        body = inflated;
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
    html::parse_html(text, target)
}

/// A page's text (a WET conversion record): headline on the first line, as in a plain-text
/// article.
fn plain(
    bytes: Vec<u8>,
    charset: Option<&str>,
    target: Option<&str>,
) -> Result<RawArticle, String> {
    let (content, _) = decode::decode_declared(bytes, charset).map_err(|e| e.to_string())?;
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

/// Joins an HTTP chunked body. A body cut inside a chunk gives what arrived; `None` only
/// when there is no chunk framing at all.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0;
    loop {
        let size = memchr::memchr(b'\n', &body[pos..]).and_then(|n| {
            let line = std::str::from_utf8(&body[pos..pos + n]).ok()?;
            let size = usize::from_str_radix(line.split(';').next()?.trim(), 16).ok()?;
            Some((size, pos + n + 1))
        });
        let Some((size, start)) = size else {
            // Framing lost: nothing joined means it was never chunked.
            return (!out.is_empty()).then_some(out);
        };
        if size == 0 {
            return Some(out);
        }
        let end = start.saturating_add(size).min(body.len());
        out.extend_from_slice(&body[start..end]);
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
    use crate::stream::read_all;
    use crate::Problems;

    struct Read {
        records: crate::stream::Numbered,
        problems: Problems,
    }

    fn read(bytes: &[u8]) -> Read {
        let (records, problems) = read_all(Archive::new(bytes, 1 << 20).expect("an archive"));
        Read { records, problems }
    }

    #[test]
    fn chunked_bodies_join() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"zz\r\nWiki"), None);
        // Cut inside the second chunk: what arrived.
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n40\r\nped").as_deref(),
            Some(&b"Wikiped"[..])
        );
    }

    #[test]
    fn charsets() {
        assert_eq!(charset("text/html; charset=ISO-8859-1"), Some("ISO-8859-1"));
        assert_eq!(charset("text/html;charset=\"utf-8\""), Some("utf-8"));
        assert_eq!(charset("text/html"), None);
    }

    #[test]
    fn lf_headers_end_at_the_first_blank_line() {
        let block = b"HTTP/1.1 200 OK\nContent-Type: text/html\n\n<html>\r\n\r\n</html>";
        let (head, start) = split_head(block).expect("a blank line");
        assert_eq!(head, b"HTTP/1.1 200 OK\nContent-Type: text/html");
        assert_eq!(&block[start..], b"<html>\r\n\r\n</html>");
    }

    #[test]
    fn arc_versions() {
        let v1 = b"http://example.com/a b 1.2.3.4 20140216050221 text/html 1591\n";
        let (url, date, length) = arc_header(v1, 5).expect("a v1 header");
        assert_eq!(url, "http://example.com/a b");
        assert_eq!(date.as_deref(), Some("2014-02-16T05:02:21Z"));
        assert_eq!(length, 1591);
        let v2 = b"http://a.org/ 1.2.3.4 20080101120000 text/html 200 ABC - 0 f.arc 77\n";
        let (url, date, length) = arc_header(v2, 10).expect("a v2 header");
        assert_eq!(url, "http://a.org/");
        assert_eq!(date.as_deref(), Some("2008-01-01T12:00:00Z"));
        assert_eq!(length, 77);
        assert!(arc_header(b"1 0 Bad Capture\n", 5).is_none());
        assert!(arc_header(b"Paragraph ends with 2023\n", 5).is_none());
    }

    #[test]
    fn junk_and_broken_headers_cost_only_themselves() {
        let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>T</title></head><body><p>Enough words here to make a story of it all.</p></body></html>";
        let record = |len: usize| {
            let mut r = format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.org/\r\nContent-Length: {len}\r\n\r\n"
            )
            .into_bytes();
            r.extend_from_slice(page);
            r.extend_from_slice(b"\r\n\r\n");
            r
        };
        let mut archive = record(page.len());
        archive.extend_from_slice(b"garbage line\r\n");
        archive.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n");
        archive.extend(record(page.len()));
        let read = read(&archive);
        let numbers: Vec<u32> = read.records.iter().map(|(n, _)| *n).collect();
        assert_eq!(numbers, [1, 3]);
        assert!(read.records.iter().all(|(_, a)| a.is_ok()));
        let problems = read.problems.into_vec();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("not WARC records"));
        assert!(problems[1].starts_with("record 2: no valid Content-Length"));
    }

    #[test]
    fn endless_header_lines_are_bounded() {
        let mut archive = b"WARC/1.0\r\n".to_vec();
        archive.extend(std::iter::repeat_n(b'x', 3 * MAX_HEADER));
        let read = read(&archive);
        assert!(read.records.is_empty());
        let problems = read.problems.into_vec();
        assert!(problems[0].contains("longer than 64 KB"), "{problems:?}");
    }

    /// 186 KB of gzipped broken headers once gave 8 million warnings and 1 GB of memory.
    #[test]
    fn problems_are_counted_past_the_first_few() {
        let archive = b"WARC/1.0\r\n\r\n".repeat(1000);
        let problems = read(&archive).problems.into_vec();
        assert_eq!(problems.len(), Problems::KEPT + 1);
        assert_eq!(
            problems[0],
            "record 1: no valid Content-Length; skipped to the next record"
        );
        assert_eq!(problems[Problems::KEPT], "... and 980 more problems");
    }
}
