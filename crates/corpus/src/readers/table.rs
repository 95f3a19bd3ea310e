//! CSV and TSV tables with a header row, as Kaggle-style news dumps ship them ("All the
//! News": `,id,title,publication,author,date,year,month,url,content`). Each row is one
//! record, its cells named by the header and read with the same field names as JSON
//! (`title`, `content`, `date`, `url`, `author`, `publication`, ...). A table is read a row
//! at a time, whole or streamed, and `--max-file-mb` bounds a row: an unclosed quote cannot
//! swallow the file into memory.

use std::io::{BufRead, Read};
use std::sync::Arc;

use serde_json::{Map, Value};

use super::json;
use crate::article::RawArticle;
use crate::record::{first_bytes, Payload, Record, Step};
use crate::{decode, ReadError};

/// The rows of a table, read one at a time.
pub struct Rows<R> {
    reader: csv::Reader<Capped<R>>,
    headers: Arc<Vec<String>>,
    /// Bytes a row may take (its limit, and the reader's read-ahead).
    allowance: u64,
    record: csv::ByteRecord,
    number: u32,
    done: bool,
}

/// What the CSV reader reads through: at most `left` bytes until the next row resets it.
struct Capped<R> {
    inner: R,
    left: u64,
}

/// Why reading stopped at a row's allowance.
#[derive(Debug)]
struct RowTooLong;

impl std::fmt::Display for RowTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a row over the --max-file-mb limit")
    }
}

impl std::error::Error for RowTooLong {}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Err(std::io::Error::other(RowTooLong));
        }
        let room = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..room])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// The CSV reader's read-ahead, allowed beside a row's own bytes.
const READ_AHEAD: u64 = 64 * 1024;

impl<R: BufRead> Rows<R> {
    /// The rows of `input`, a CSV table (a TSV one with `tab`: cells split at tabs, no
    /// quoting, as TSV writes them) whose first row names the columns; each row up to
    /// `limit` bytes.
    pub fn new(mut input: R, tab: bool, limit: u64) -> Result<Self, ReadError> {
        first_bytes(&mut input)?;
        let allowance = limit.saturating_add(READ_AHEAD);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if tab { b'\t' } else { b',' })
            .quoting(!tab)
            .flexible(true)
            .has_headers(true)
            .from_reader(Capped {
                inner: input,
                left: allowance,
            });
        let headers: Vec<String> = reader
            .byte_headers()
            .map_err(|e| ReadError::Malformed(format!("cannot read the header row: {e}")))?
            .iter()
            .map(|h| {
                let h = String::from_utf8_lossy(h);
                h.trim_start_matches('\u{feff}').trim().to_owned()
            })
            .collect();
        let names = |list: &[&str]| headers.iter().any(|h| list.contains(&h.as_str()));
        if !names(json::TITLE) && !names(json::BODY) {
            return Err(ReadError::Malformed(format!(
                "no title or text column in the header row (it names: {})",
                headers.join(", ")
            )));
        }
        Ok(Rows {
            reader,
            headers: Arc::new(headers),
            allowance,
            record: csv::ByteRecord::new(),
            number: 0,
            done: false,
        })
    }
}

/// A row as read, made an article on demand.
struct Row {
    headers: Arc<Vec<String>>,
    record: csv::ByteRecord,
}

impl Payload for Row {
    fn article(&self, number: u32) -> Option<Result<RawArticle, String>> {
        let mut map = Map::new();
        for (name, cell) in self.headers.iter().zip(self.record.iter()) {
            if name.is_empty() || map.contains_key(name) {
                continue;
            }
            let text = match std::str::from_utf8(cell) {
                Ok(text) => text.to_owned(),
                Err(_) => match decode::decode_text(cell.to_vec()) {
                    Ok((text, _)) => text,
                    Err(e) => return Some(Err(format!("row {number}: {e}"))),
                },
            };
            if !text.trim().is_empty() {
                map.insert(name.clone(), Value::String(text));
            }
        }
        let article = json::record_from_value(&Value::Object(map));
        Some(article.map_err(|e| format!("row {number}: {e}")))
    }
}

impl<R: BufRead> Iterator for Rows<R> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        if self.done {
            return None;
        }
        self.reader.get_mut().left = self.allowance;
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => {
                self.number += 1;
                Some(Step::Record(Record {
                    number: self.number,
                    payload: Box::new(Row {
                        headers: Arc::clone(&self.headers),
                        record: std::mem::take(&mut self.record),
                    }),
                }))
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Err(error) => {
                self.done = true;
                let row = self.number + 1;
                let over = matches!(error.kind(), csv::ErrorKind::Io(io)
                    if io.get_ref().is_some_and(|e| e.is::<RowTooLong>()));
                Some(match (over, error.kind()) {
                    (true, _) => Step::Problem(
                        row,
                        format!(
                            "row {row} is over the --max-file-mb limit (an unclosed quote?); \
                             the rest of the table is not read"
                        ),
                    ),
                    (false, csv::ErrorKind::Io(io)) if io.raw_os_error().is_some() => {
                        Step::Failed(format!("cannot read after row {}: {error}", self.number))
                    }
                    _ => Step::Problem(
                        row,
                        format!("cut off at row {row} ({error}): the rows before it are read"),
                    ),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stream::read_all;

    fn titles(text: &str, tab: bool, limit: u64) -> (Vec<String>, Vec<String>) {
        let rows = Rows::new(text.as_bytes(), tab, limit).expect("a table");
        let (records, problems) = read_all(rows);
        let titles = records
            .into_iter()
            .map(|(n, r)| match r {
                Ok(a) => a.title,
                Err(e) => format!("{n}: {e}"),
            })
            .collect();
        (titles, problems.into_vec())
    }

    /// "All the News" rows: quoted cells with commas and line breaks, an unnamed index
    /// column, `publication` as the source, `author` as the byline.
    #[test]
    fn all_the_news_rows() {
        let csv = ",id,title,publication,author,date,year,month,url,content\n\
            0,17283,\"House Republicans Fret About Winning, Again\",New York Times,Carl Hulse,2016-12-31,2016.0,12.0,,\"WASHINGTON — Congressional Republicans\nhave a new fear.\"\n";
        let rows = Rows::new(csv.as_bytes(), false, 1 << 20).unwrap();
        let (records, problems) = read_all(rows);
        assert!(problems.into_vec().is_empty());
        let a = records[0].1.as_ref().unwrap();
        assert_eq!(a.title, "House Republicans Fret About Winning, Again");
        assert_eq!(a.source.as_deref(), Some("New York Times"));
        assert_eq!(a.authors, ["Carl Hulse"]);
        assert_eq!(a.date.unwrap().to_string(), "2016-12-31T00:00:00Z");
        assert!(a.body.contains("have a new fear."));
    }

    #[test]
    fn tsv_and_bad_tables() {
        let (got, _) = titles("title\ttext\nA \"quoted\" title\tBody.\n", true, 1 << 20);
        assert_eq!(got, ["A \"quoted\" title"]);
        assert!(matches!(
            Rows::new(&b"a,b\n1,2\n"[..], false, 1 << 20),
            Err(ReadError::Malformed(m)) if m.contains("no title or text column")
        ));
        // An unclosed quote is stopped at the limit; the rows before it stand.
        let mut csv = "title,text\nFirst,one\nSecond,\"never closed".to_owned();
        csv.push_str(&"x".repeat(300_000));
        let (got, problems) = titles(&csv, false, 1000);
        assert_eq!(got, ["First"]);
        assert!(
            problems[0].starts_with("row 2 is over the --max-file-mb limit"),
            "{problems:?}"
        );
    }
}
