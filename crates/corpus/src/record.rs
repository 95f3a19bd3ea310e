//! What a streamed reader yields, one step at a time: a record to parse, a problem, or the
//! end of a file that could not be read. A leaf module: the streaming readers produce these
//! and [`crate::stream`] hands them to the caller.

use std::io::BufRead;

use crate::article::RawArticle;
use crate::ReadError;

/// What reading a stream gives, record by record.
pub enum Step {
    /// A record, not parsed yet: parsing is the costly part, which the caller may share out
    /// among threads.
    Record(Record),
    /// Something wrong with the file's content at or after record `.0` (the number orders a
    /// file's problems); reading goes on, or ends at a cut.
    Problem(u32, String),
    /// The file could not be read (a disk error, not its content): what came before may be
    /// incomplete, and this is the last step.
    Failed(String),
}

/// One record of a stream, as read.
pub struct Record {
    /// 1-based: every record of an archive, every non-blank line of JSON Lines.
    pub number: u32,
    pub(crate) payload: Box<dyn Payload>,
}

/// A record's content as its reader read it, parsed on demand. Each streaming reader has
/// its own; this trait is what keeps this module a leaf the readers depend on, not the
/// other way round.
pub(crate) trait Payload: Send {
    /// The article in it, or why there is none readable; `None` for what is not an article.
    fn article(&self, number: u32) -> Option<Result<RawArticle, String>>;
}

impl Record {
    /// The article the record holds (or why it could not be read); `None` for archive
    /// records that are not articles (requests, redirects, images).
    pub fn article(&self) -> Option<Result<RawArticle, String>> {
        self.payload.article(self.number)
    }
}

/// The next at most `max` records of `steps`, its problems noted in `warnings` on the way (a
/// failed read as the last problem): how `index -` takes a stream in batches to parse in
/// parallel, on either backend.
pub fn next_batch(
    steps: &mut impl Iterator<Item = Step>,
    warnings: &mut crate::Problems,
    max: usize,
) -> Vec<Record> {
    let mut records = Vec::with_capacity(max);
    for step in steps {
        match step {
            Step::Record(record) => records.push(record),
            Step::Problem(after, why) => warnings.push(after, why),
            Step::Failed(why) => warnings.push(u32::MAX, why),
        }
        if records.len() == max {
            break;
        }
    }
    records
}

/// The first bytes of a stream, which tell its kind; an empty stream is an empty file.
pub(crate) fn first_bytes(input: &mut impl BufRead) -> Result<&[u8], ReadError> {
    let head = input.fill_buf()?;
    if head.is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(head)
}

/// The step a broken stream ends with, `after` naming the last record read ("record 12",
/// "line 40"). A decoder's error is the file's content (a cut-off download): what came
/// before stands. An operating-system error is the disk's: the file must be read again.
pub(crate) fn broken(error: std::io::Error, number: u32, after: &str) -> Step {
    if error.raw_os_error().is_some() {
        Step::Failed(format!("cannot read after {after}: {error}"))
    } else {
        Step::Problem(
            number,
            format!("cut off after {after} ({error}): what comes before it is read"),
        )
    }
}
