//! The matching articles counted by day, month or year: a date histogram for a timeline.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use jiff::civil::Date;
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use newsdex_index::schema::field;
use newsdex_index::NewsIndex;

use crate::error::QueryError;
use crate::SearchRequest;

/// Most bars in one timeline: 400 days (a year and a month), 33 years of months, or any
/// number of years below that. More bars than a chart has pixels say nothing, and each is a
/// row of JSON and an SVG rectangle.
pub const MAX_BUCKETS: usize = 400;

/// Automatic intervals: days while the span fits in this many of them (a ~2-month story
/// is read day by day)...
const AUTO_DAYS: i64 = 92;
/// ...months while it fits in this many months (a decade), years beyond.
const AUTO_MONTHS: i64 = 120;

/// A timeline's bar width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    /// One bar per day.
    Day,
    /// One bar per calendar month.
    Month,
    /// One bar per calendar year.
    Year,
}

impl Interval {
    /// `day`, `month` or `year`.
    pub fn parse(s: &str) -> Result<Interval, QueryError> {
        match s {
            "day" => Ok(Interval::Day),
            "month" => Ok(Interval::Month),
            "year" => Ok(Interval::Year),
            _ => Err(QueryError(format!(
                "unknown interval `{}` (day, month or year)",
                s.chars().take(20).collect::<String>()
            ))),
        }
    }

    fn start_of(self, d: Date) -> Date {
        match self {
            Interval::Day => d,
            Interval::Month => d.first_of_month(),
            Interval::Year => d.first_of_year(),
        }
    }

    fn next(self, d: Date) -> Option<Date> {
        match self {
            Interval::Day => d.tomorrow().ok(),
            Interval::Month => d.last_of_month().tomorrow().ok(),
            Interval::Year => d.last_of_year().tomorrow().ok(),
        }
    }

    fn label(self, d: Date) -> String {
        match self {
            Interval::Day => d.strftime("%Y-%m-%d").to_string(),
            Interval::Month => d.strftime("%Y-%m").to_string(),
            Interval::Year => d.strftime("%Y").to_string(),
        }
    }
}

/// One bar.
#[derive(Debug, Clone, Serialize)]
pub struct Bucket {
    /// The period as `--since`/`--until` take it: `2024`, `2024-03` or `2024-03-18`.
    pub period: String,
    /// Its first day (`YYYY-MM-DD`).
    pub since: String,
    /// Its last day, inclusive.
    pub until: String,
    /// Matching articles dated in it.
    pub count: u64,
}

/// Matching articles by period, oldest first, with every empty period between the first and
/// the last kept (a chart's gaps are information).
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// The bars' width.
    pub interval: Interval,
    /// The bars.
    pub buckets: Vec<Bucket>,
    /// Matching articles with a date.
    pub dated: u64,
    /// Matching articles without one (not in any bar).
    pub undated: u64,
}

/// Counts the articles matching `request` (query and filters; paging ignored) per day, month
/// or year; `interval` `None` picks one from the span (days up to ~3 months, months up to a
/// decade, years beyond). An interval that would need more than [`MAX_BUCKETS`] bars is
/// refused.
pub fn timeline(
    index: &NewsIndex,
    request: &SearchRequest,
    interval: Option<Interval>,
) -> Result<Timeline> {
    request.check_query()?;
    let searcher = crate::searcher(index)?;
    let query = crate::article_query(index, &searcher, request)?;
    let (days, undated) = searcher
        .search(&*query, &DayCounts)
        .context("counting dates")?;
    Ok(build(days, undated, interval)?)
}

/// The timeline of these day counts (days since the epoch, UTC) and undated articles, with
/// [`timeline`]'s interval choice and bar cap: public so that another backend counting the
/// days itself (a cluster's date histogram) builds the very same bars.
pub fn build(
    days: BTreeMap<i64, u64>,
    undated: u64,
    interval: Option<Interval>,
) -> Result<Timeline, QueryError> {
    let dated = days.values().sum();
    let (Some((&first, _)), Some((&last, _))) = (days.first_key_value(), days.last_key_value())
    else {
        return Ok(Timeline {
            interval: interval.unwrap_or(Interval::Month),
            buckets: Vec::new(),
            dated,
            undated,
        });
    };
    let (first, last) = (civil_day(first)?, civil_day(last)?);
    let span_days = (last - first).get_days() as i64 + 1;
    let span_months = (i64::from(last.year()) - i64::from(first.year())) * 12
        + i64::from(last.month())
        - i64::from(first.month())
        + 1;
    let interval = interval.unwrap_or(if span_days <= AUTO_DAYS {
        Interval::Day
    } else if span_months <= AUTO_MONTHS {
        Interval::Month
    } else {
        Interval::Year
    });
    let bars = match interval {
        Interval::Day => span_days,
        Interval::Month => span_months,
        Interval::Year => i64::from(last.year()) - i64::from(first.year()) + 1,
    };
    if bars > MAX_BUCKETS as i64 {
        return Err(QueryError(format!(
            "a timeline by {} from {first} to {last} would have {bars} bars (at most \
             {MAX_BUCKETS}): use a wider interval or narrow the dates",
            interval.label_name()
        )));
    }
    let mut buckets = Vec::with_capacity(bars as usize);
    let mut start = interval.start_of(first);
    let mut days = days.into_iter().peekable();
    while start <= last {
        let next = interval.next(start);
        let mut count = 0;
        while let Some(&(day, n)) = days.peek() {
            if next.is_some_and(|next| civil_day(day).is_ok_and(|d| d >= next)) {
                break;
            }
            count += n;
            days.next();
        }
        let until = next.and_then(|n| n.yesterday().ok()).unwrap_or(Date::MAX);
        buckets.push(Bucket {
            period: interval.label(start),
            since: start.to_string(),
            until: until.to_string(),
            count,
        });
        let Some(next) = next else { break };
        start = next;
    }
    Ok(Timeline {
        interval,
        buckets,
        dated,
        undated,
    })
}

impl Interval {
    fn label_name(self) -> &'static str {
        match self {
            Interval::Day => "day",
            Interval::Month => "month",
            Interval::Year => "year",
        }
    }
}

/// Days since 1970-01-01 (UTC) as a civil date.
fn civil_day(day: i64) -> Result<Date, QueryError> {
    let ts = jiff::Timestamp::from_second(day.saturating_mul(86_400))
        .map_err(|e| QueryError(format!("an article date out of range: {e}")))?;
    Ok(ts.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// Matching documents per UTC day (days since the epoch), and how many have no date.
pub(crate) struct DayCounts;

pub(crate) struct SegmentDayCounts {
    column: Column<tantivy::DateTime>,
    days: BTreeMap<i64, u64>,
    undated: u64,
}

impl Collector for DayCounts {
    type Fruit = (BTreeMap<i64, u64>, u64);
    type Child = SegmentDayCounts;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(SegmentDayCounts {
            column: segment.fast_fields().date(field::DATE)?,
            days: BTreeMap::new(),
            undated: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut days = BTreeMap::new();
        let mut undated = 0;
        for (segment_days, segment_undated) in fruits {
            undated += segment_undated;
            for (day, n) in segment_days {
                *days.entry(day).or_default() += n;
            }
        }
        Ok((days, undated))
    }
}

impl SegmentCollector for SegmentDayCounts {
    type Fruit = (BTreeMap<i64, u64>, u64);

    fn collect(&mut self, doc: DocId, _: Score) {
        match self.column.first(doc) {
            Some(date) => {
                *self
                    .days
                    .entry(date.into_timestamp_secs().div_euclid(86_400))
                    .or_default() += 1
            }
            None => self.undated += 1,
        }
    }

    fn harvest(self) -> Self::Fruit {
        (self.days, self.undated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(dates: &[&str]) -> BTreeMap<i64, u64> {
        dates
            .iter()
            .map(|d| {
                let date: Date = d.parse().expect("a date");
                let ts = date
                    .to_zoned(jiff::tz::TimeZone::UTC)
                    .expect("in range")
                    .timestamp();
                (ts.as_second().div_euclid(86_400), 1)
            })
            .collect()
    }

    #[test]
    fn the_interval_follows_the_span_and_gaps_are_kept() {
        let short = build(days(&["2024-03-01", "2024-03-03"]), 2, None).expect("timeline");
        assert_eq!(short.interval, Interval::Day);
        let counts: Vec<u64> = short.buckets.iter().map(|b| b.count).collect();
        assert_eq!(counts, [1, 0, 1]);
        assert_eq!((short.dated, short.undated), (2, 2));
        let year = build(days(&["1987-02-26", "1987-10-20"]), 0, None).expect("timeline");
        assert_eq!(year.interval, Interval::Month);
        assert_eq!(year.buckets.len(), 9);
        assert_eq!(year.buckets[0].since, "1987-02-01");
        assert_eq!(year.buckets[0].until, "1987-02-28");
        let decades = build(days(&["1987-02-26", "2024-03-18"]), 0, None).expect("timeline");
        assert_eq!(decades.interval, Interval::Year);
        assert_eq!(decades.buckets.len(), 38);
    }

    #[test]
    fn too_many_bars_are_refused() {
        let err = build(days(&["1987-02-26", "2024-03-18"]), 0, Some(Interval::Day))
            .expect_err("13,000 days");
        assert!(err.0.contains("at most 400"), "{err}");
        assert!(build(
            days(&["1987-02-26", "2024-03-18"]),
            0,
            Some(Interval::Month)
        )
        .is_err());
    }
}
