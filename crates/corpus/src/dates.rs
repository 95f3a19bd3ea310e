//! Publication dates in the forms news dumps use, normalised to UTC timestamps.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};
use jiff::Timestamp;

/// Earliest and latest year believed in a date read from a file. News archives reach back
/// to the 18th century; a year outside these is a misread number (an id, a count), and a
/// missing date is better than a wrong one.
pub const YEARS: std::ops::RangeInclusive<i16> = 1700..=2199;

/// Parses ISO 8601 / RFC 3339 (with or without time and offset), `YYYY-MM-DD HH:MM:SS`,
/// `YYYY/MM/DD`, `YYYYMMDD` and `YYYYMMDDhhmmss`, RFC 2822 (RSS `pubDate`), Reuters-21578
/// `19-OCT-1987 15:37:46.03`, written-out dates (`March 18, 2024`, `18 March 2024`,
/// `Monday, March 18, 2024 10:30 AM EDT`: the day, at midnight UTC), and epoch seconds (9-10
/// digits) or milliseconds (12-13 digits). Anything else, or a year outside [`YEARS`], yields
/// `None`: a missing date is better than a wrong one.
pub fn parse_date(input: &str) -> Option<Timestamp> {
    let s = input.trim();
    if s.is_empty() {
        return None;
    }
    let ts = if let Ok(ts) = s.parse::<Timestamp>() {
        Some(ts)
    } else if let Ok(zoned) = jiff::fmt::rfc2822::parse(s) {
        Some(zoned.timestamp())
    } else if s.bytes().all(|b| b.is_ascii_digit()) {
        parse_digits(s)
    } else {
        parse_iso_loose(s)
            .or_else(|| parse_reuters(s))
            .or_else(|| parse_words(s))
    };
    ts.filter(plausible)
}

/// True for a timestamp whose year is in [`YEARS`].
fn plausible(ts: &Timestamp) -> bool {
    YEARS.contains(&ts.to_zoned(TimeZone::UTC).year())
}

/// A date written as digits only: `YYYYMMDD`, `YYYYMMDDhhmmss`, epoch seconds (9-10 digits:
/// 1973-2286) or milliseconds (12-13 digits). Other lengths are no date ("12345").
fn parse_digits(s: &str) -> Option<Timestamp> {
    let num = |range: std::ops::Range<usize>| s.get(range)?.parse::<i8>().ok();
    match s.len() {
        8 | 14 => {
            let date = Date::new(s[..4].parse().ok()?, num(4..6)?, num(6..8)?).ok()?;
            let time = match s.len() {
                14 => Time::new(num(8..10)?, num(10..12)?, num(12..14)?, 0).ok()?,
                _ => Time::midnight(),
            };
            Offset::UTC
                .to_timestamp(DateTime::from_parts(date, time))
                .ok()
        }
        9 | 10 => Timestamp::from_second(s.parse().ok()?).ok(),
        12 | 13 => Timestamp::from_millisecond(s.parse().ok()?).ok(),
        _ => None,
    }
}

/// `2019-03-01`, `2019-03-01 10:00:00`, `2023-04-28 17:40:08+00:00`, `2019-03-01T10:00`.
fn parse_iso_loose(s: &str) -> Option<Timestamp> {
    let head = s.get(..10)?;
    // 2024/03/18 is 2024-03-18.
    let date: Date = if head.as_bytes()[4] == b'/' && head.as_bytes()[7] == b'/' {
        head.replace('/', "-").parse().ok()?
    } else {
        head.parse().ok()?
    };
    let rest = s[10..].trim_start_matches(['T', ' ']);
    if rest.is_empty() {
        return date.to_zoned(TimeZone::UTC).ok().map(|z| z.timestamp());
    }
    let (time_part, offset) = split_offset(rest);
    let time: Time = time_part.trim().parse().ok()?;
    let dt = DateTime::from_parts(date, time);
    offset.to_timestamp(dt).ok()
}

fn split_offset(rest: &str) -> (&str, Offset) {
    if let Some(t) = rest.strip_suffix('Z') {
        return (t, Offset::UTC);
    }
    if let Some(pos) = rest.rfind(['+', '-']) {
        let (time, off) = rest.split_at(pos);
        let sign: i32 = if off.starts_with('-') { -1 } else { 1 };
        let digits: String = off[1..].chars().filter(char::is_ascii_digit).collect();
        if digits.len() == 4 || digits.len() == 2 {
            let hours: i32 = digits[..2].parse().unwrap_or(0);
            let mins: i32 = digits.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
            if let Ok(offset) = Offset::from_seconds(sign * (hours * 3600 + mins * 60)) {
                return (time, offset);
            }
        }
    }
    (rest, Offset::UTC)
}

/// Reuters-21578: `19-OCT-1987 15:37:46.03` (UTC assumed).
fn parse_reuters(s: &str) -> Option<Timestamp> {
    let mut parts = s.split_whitespace();
    let day_part = parts.next()?;
    let mut dmy = day_part.split('-');
    let day: i8 = dmy.next()?.parse().ok()?;
    let month = month_number(dmy.next()?)?;
    let year: i16 = dmy.next()?.parse().ok()?;
    let date = Date::new(year, month, day).ok()?;
    let time = match parts.next() {
        Some(t) => {
            let t = t.split('.').next().unwrap_or(t);
            t.parse::<Time>().unwrap_or(Time::midnight())
        }
        None => Time::midnight(),
    };
    Offset::UTC
        .to_timestamp(DateTime::from_parts(date, time))
        .ok()
}

fn month_number(name: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.get(..3)?.to_ascii_lowercase();
    MONTHS.iter().position(|m| *m == lower).map(|i| i as i8 + 1)
}

/// A month's name, whole (`March`) or cut to three or four letters (`Mar`, `Sept`), any case.
pub(crate) fn month_name(word: &str) -> Option<i8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let n = NAMES.iter().position(|m| m.starts_with(&word))?;
    (word.len() <= 4 || word == NAMES[n]).then_some(n as i8 + 1)
}

/// The words of a written-out date: separated by spaces or commas, a final period dropped.
fn date_words(s: &str) -> Vec<&str> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect()
}

/// `Month D, YYYY` or `D Month YYYY` at the start of `words`; how many words it took.
fn day_month_year(words: &[&str]) -> Option<(Date, usize)> {
    let day = |w: &str| {
        let w = w.trim_end_matches(['.', 's', 't', 'n', 'd', 'r', 'h']);
        (w.len() <= 2).then(|| w.parse::<i8>().ok()).flatten()
    };
    let year = |w: &str| {
        let w = w.trim_end_matches('.');
        (w.len() == 4).then(|| w.parse::<i16>().ok()).flatten()
    };
    let [a, b, c, ..] = words else {
        return None;
    };
    let (y, m, d) = match month_name(a) {
        Some(m) => (year(c)?, m, day(b)?),
        None => (year(c)?, month_name(b)?, day(a)?),
    };
    Some((Date::new(y, m, d).ok()?, 3))
}

/// True for what may follow a written-out date: a time, AM/PM, a time zone's letters.
fn is_time_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    let clock = w.contains(':') && w.bytes().all(|b| b.is_ascii_digit() || b == b':');
    let letters = w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase());
    clock || letters || matches!(w.to_ascii_lowercase().as_str(), "am" | "pm" | "a.m" | "p.m")
}

/// `March 18, 2024`, `18 March 2024`, `Mon March 18, 2024 10:57 AM EDT`: the day, at
/// midnight UTC (a publication date is kept to the day, and a time zone's letters say too
/// little to convert).
fn parse_words(s: &str) -> Option<Timestamp> {
    let words = date_words(s);
    // A weekday before the date.
    let skip = usize::from(words.first().is_some_and(|w| is_weekday(w)));
    let (date, used) = day_month_year(&words[skip.min(words.len())..])?;
    if !words[skip + used..].iter().all(|w| is_time_word(w)) {
        return None;
    }
    date.to_zoned(TimeZone::UTC).ok().map(|z| z.timestamp())
}

fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    w.len() >= 3 && DAYS.iter().any(|d| d.starts_with(&w))
}

/// Lines after the headline searched for a date: a dateline or an "Updated ..." line sits
/// right under the headline (CNN, AP, BBC, Reuters exports); further down, a date is one the
/// story talks about, not its own.
pub const DATE_LINES: usize = 5;

/// Longest line read as a dateline or "Published ..." line; a longer one is a paragraph.
const DATE_LINE_BYTES: usize = 200;

/// A plain-text article's publication date from its opening lines (`text` after the
/// headline): a line that is a date (`March 18, 2024`), begins `Updated`, `Published` or
/// `Posted` followed by one, or a dateline that holds one (`WASHINGTON, March 18, 2024 -`).
pub fn date_in_text(text: &str) -> Option<Timestamp> {
    const LEADS: [&str; 6] = [
        "updated",
        "published",
        "posted",
        "last updated",
        "first published",
        "date",
    ];
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    for line in lines.take(DATE_LINES) {
        // Every date read here names its year: a line without four digits in a row (most
        // paragraphs) costs one scan, not a parse (this runs for every plain-text file).
        if line.len() > DATE_LINE_BYTES || !has_year(line) {
            continue;
        }
        if let Some(ts) = parse_date(line) {
            return Some(ts);
        }
        let lower = line.to_ascii_lowercase();
        let led = LEADS.iter().any(|lead| {
            lower.starts_with(lead)
                && !lower[lead.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        });
        let dateline = line.split_once(',').is_some_and(|(place, _)| {
            place.len() <= 40 && !place.chars().any(|c| c.is_lowercase())
        });
        if led || dateline {
            if let Some(ts) = find_date(line) {
                return Some(ts);
            }
        }
    }
    None
}

/// True when `line` holds four ASCII digits in a row.
fn has_year(line: &str) -> bool {
    let mut run = 0;
    for b in line.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// The first date written out or in ISO form anywhere in `line`.
pub fn find_date(line: &str) -> Option<Timestamp> {
    let words = date_words(line);
    for i in 0..words.len() {
        let word = words[i].trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if word.len() == 10 {
            if let Some(ts) = parse_iso_loose(word).filter(plausible) {
                return Some(ts);
            }
        }
        if let Some((date, _)) = day_month_year(&words[i..]) {
            let ts = date.to_zoned(TimeZone::UTC).ok()?.timestamp();
            if plausible(&ts) {
                return Some(ts);
            }
        }
    }
    None
}

/// A date in a file's path: its name (see [`date_in_name`]), else its folders (see
/// [`date_in_folders`]).
pub fn date_in_path(rel_path: &str) -> Option<Timestamp> {
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    date_in_name(name).or_else(|| date_in_folders(rel_path))
}

/// A date a file or folder name starts with: `2024-03-18`, `2024_03_18` or `20240318`,
/// followed by anything but a digit.
pub fn date_in_name(name: &str) -> Option<Timestamp> {
    let b = name.as_bytes();
    let ends = |at: usize| b.get(at).is_none_or(|c| !c.is_ascii_digit());
    if b.len() >= 10 && matches!(b[4], b'-' | b'_') && b[7] == b[4] && ends(10) {
        return ymd(name.get(..4)?, name.get(5..7)?, name.get(8..10)?);
    }
    if b.len() >= 8 && ends(8) {
        return ymd(name.get(..4)?, name.get(4..6)?, name.get(6..8)?);
    }
    None
}

/// A date in the folders of `rel_path` (its last part is the file's name): folders
/// `2024/03/18`, or one named as [`date_in_name`] reads; the deepest first.
pub fn date_in_folders(rel_path: &str) -> Option<Timestamp> {
    let parts: Vec<&str> = rel_path.split('/').collect();
    let (_, dirs) = parts.split_last()?;
    for (i, dir) in dirs.iter().enumerate().rev() {
        if let Some(ts) = date_in_name(dir) {
            return Some(ts);
        }
        if i >= 2 {
            if let Some(ts) = ymd(dirs[i - 2], dirs[i - 1], dir) {
                return Some(ts);
            }
        }
    }
    None
}

/// Year, month and day written in digits (4, 1-2 and 1-2 of them), when they make a
/// plausible date.
fn ymd(y: &str, m: &str, d: &str) -> Option<Timestamp> {
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2)) {
        return None;
    }
    let date = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()?;
    let ts = date.to_zoned(TimeZone::UTC).ok()?.timestamp();
    plausible(&ts).then_some(ts)
}

/// Parses a user's date bound: `2024`, `2024-03`, `2024-03-18` or an RFC 3339 timestamp
/// (`2024-03-18T10:00:00Z`). With `end_of_period`, the bound is the end of that year, month
/// or day (for `--until`). Anything else is refused, not guessed: `1987-266` is no month and
/// `12345` no year.
pub fn parse_bound(input: &str, end_of_period: bool) -> Result<Timestamp, String> {
    let s = input.trim();
    let bad = || format!("bad date `{input}`: use YYYY, YYYY-MM or YYYY-MM-DD");
    if s.contains(['T', 't', ' ']) && s.len() > 10 {
        return s
            .parse::<Timestamp>()
            .ok()
            .or_else(|| parse_iso_loose(s))
            .ok_or_else(bad);
    }
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    let ok = match parts.as_slice() {
        [y] => digits(y, 4..=4),
        [y, m] => digits(y, 4..=4) && digits(m, 1..=2),
        [y, m, d] => digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2),
        _ => false,
    };
    if !ok {
        return Err(bad());
    }
    // Every part is 1-4 ASCII digits: these parse, and fit.
    let num = |i: usize, default: i16| parts.get(i).map_or(Ok(default), |p| p.parse::<i16>());
    let (year, month, day) = (
        num(0, 1).map_err(|_| bad())?,
        num(1, 1).map_err(|_| bad())?,
        num(2, 1).map_err(|_| bad())?,
    );
    let month = i8::try_from(month).map_err(|_| bad())?;
    let day = i8::try_from(day).map_err(|_| bad())?;
    let start = Date::new(year, month, day).map_err(|_| bad())?;
    let date = if end_of_period {
        match parts.len() {
            1 => Date::new(year, 12, 31).map_err(|_| bad())?,
            2 => start.last_of_month(),
            _ => start,
        }
    } else {
        start
    };
    let time = if end_of_period {
        Time::constant(23, 59, 59, 999_999_999)
    } else {
        Time::midnight()
    };
    Offset::UTC
        .to_timestamp(DateTime::from_parts(date, time))
        .map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> String {
        parse_date(s).map(|t| t.to_string()).unwrap_or_default()
    }

    #[test]
    fn forms_news_uses() {
        assert_eq!(iso("19-OCT-1987 15:37:46.03"), "1987-10-19T15:37:46Z");
        assert_eq!(iso("2023-04-28 17:40:08+00:00"), "2023-04-28T17:40:08Z");
        assert_eq!(iso("2024-03-18"), "2024-03-18T00:00:00Z");
        assert_eq!(iso("2024-03-18T10:00:00+02:00"), "2024-03-18T08:00:00Z");
        assert_eq!(iso("Mon, 18 Mar 2024 10:00:00 GMT"), "2024-03-18T10:00:00Z");
        assert_eq!(iso("yesterday"), "");
    }

    /// What news dumps write, each read to its day; what no dump means, refused.
    #[test]
    fn dumps_dates() {
        let day = |s: &str| iso(s).get(..10).map(str::to_owned).unwrap_or_default();
        for form in [
            "20240318",
            "1710720000000",
            "1710720000",
            "March 18, 2024",
            "18 March 2024",
            "Mar. 18, 2024",
            "2024/03/18",
            "2024/03/18 10:00:00",
            "Monday, March 18, 2024",
            "Mon March 18, 2024 10:57 AM EDT",
            "20240318120000",
        ] {
            assert_eq!(day(form), "2024-03-18", "{form}");
        }
        for wrong in [
            "12345",
            "20241318",
            "March 32, 2024",
            "18 Smarch 2024",
            "99999999999999999999",
            "0",
            "March 18, 2024 and more words",
            "16000101",
        ] {
            assert_eq!(iso(wrong), "", "{wrong}");
        }
    }

    #[test]
    fn dates_in_text_and_paths() {
        let day = |ts: Option<Timestamp>| ts.map(|t| t.to_string()[..10].to_owned());
        let some = Some("2024-03-18".to_owned());
        assert_eq!(
            day(date_in_text(
                "Updated 10:57 AM EDT, Mon March 18, 2024\n\nText."
            )),
            some
        );
        assert_eq!(day(date_in_text("\nPublished: 18 March 2024\nText.")), some);
        assert_eq!(
            day(date_in_text("WASHINGTON, March 18, 2024 - The talks...")),
            some
        );
        assert_eq!(day(date_in_text("March 18, 2024\n")), some);
        // A date the story talks about is not its own.
        assert_eq!(
            day(date_in_text(
                "Talks began on March 18, 2024, officials said."
            )),
            None
        );
        assert_eq!(
            day(date_in_path("cnn/2024-03-18-biden-netanyahu-call.txt")),
            some
        );
        assert_eq!(day(date_in_path("site/2024/03/18/story.html")), some);
        assert_eq!(day(date_in_path("20240318_story.txt")), some);
        assert_eq!(day(date_in_path("2024/03/18")), None, "a file named 18");
        assert_eq!(day(date_in_path("bbc/sport/199.txt")), None);
        assert_eq!(day(date_in_path("123456789.txt")), None);
    }

    #[test]
    fn bounds() {
        assert_eq!(
            parse_bound("1987-03", true).unwrap().to_string(),
            "1987-03-31T23:59:59.999999999Z"
        );
        assert_eq!(
            parse_bound("1987", false).unwrap().to_string(),
            "1987-01-01T00:00:00Z"
        );
        assert!(parse_bound("1987-13-01", false).is_err());
        assert!(parse_bound("soon", false).is_err());
        // Once read as 1987-10 and 1987-10-19 (an `as i8` wrap) and as epoch seconds.
        for wrong in [
            "1987-266",
            "1987-10-275",
            "12345",
            "87-10",
            "1987-1-2-3",
            "+1987",
        ] {
            assert!(parse_bound(wrong, false).is_err(), "{wrong}");
        }
        assert_eq!(
            parse_bound("2024-03-18T10:00:00Z", false)
                .unwrap()
                .to_string(),
            "2024-03-18T10:00:00Z"
        );
    }
}
