//! Publication dates in the forms news dumps use, normalised to UTC timestamps.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};
use jiff::Timestamp;

/// Parses ISO 8601 / RFC 3339 (with or without time and offset), `YYYY-MM-DD HH:MM:SS`,
/// RFC 2822 (RSS `pubDate`), Reuters-21578 `19-OCT-1987 15:37:46.03` and epoch seconds.
/// Anything else yields `None`: a missing date is better than a wrong one.
pub fn parse_date(input: &str) -> Option<Timestamp> {
    let s = input.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(ts) = s.parse::<Timestamp>() {
        return Some(ts);
    }
    if let Ok(zoned) = jiff::fmt::rfc2822::parse(s) {
        return Some(zoned.timestamp());
    }
    if s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = s.parse().ok()?;
        return Timestamp::from_second(secs).ok();
    }
    parse_iso_loose(s).or_else(|| parse_reuters(s))
}

/// `2019-03-01`, `2019-03-01 10:00:00`, `2023-04-28 17:40:08+00:00`, `2019-03-01T10:00`.
fn parse_iso_loose(s: &str) -> Option<Timestamp> {
    let date: Date = s.get(..10)?.parse().ok()?;
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

/// Parses a user's date bound: `2024`, `2024-03`, `2024-03-18` or a full timestamp. With
/// `end_of_period`, the bound is the end of that year, month or day (for `--until`).
pub fn parse_bound(input: &str, end_of_period: bool) -> Result<Timestamp, String> {
    let s = input.trim();
    let parts: Vec<&str> = s.split('-').collect();
    let nums: Option<Vec<i32>> = parts.iter().map(|p| p.parse::<i32>().ok()).collect();
    let bad = || format!("bad date `{input}`: use YYYY, YYYY-MM or YYYY-MM-DD");
    match (parts.len(), nums) {
        (1..=3, Some(nums)) if parts[0].len() == 4 => {
            let year = nums[0] as i16;
            let month = nums.get(1).copied().unwrap_or(1) as i8;
            let day = nums.get(2).copied().unwrap_or(1) as i8;
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
        _ => parse_date(s).ok_or_else(bad),
    }
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
    }
}
