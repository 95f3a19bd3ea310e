//! A view's state, all of it in the URL's query string: the CLI's flag names as parameters
//! (`q`, `person`, `place`, `org`, `source`, `speaker`, `since`, `until`, `limit`, `offset`,
//! `sort`, `top`, `interval`; the quotes page adds `quote`), read strictly (an unknown
//! parameter or a bad value is a 400 that names it, never a silent default) and written
//! back into links.

use newsdex_corpus::dates::parse_bound;
use newsdex_search::{Filters, Interval, Limits, QueryError, SearchRequest, SortBy};

/// Longest query string read, in bytes: room for a query of
/// [`newsdex_search::MAX_QUERY_BYTES`] and a dozen filters, percent-encoded.
pub const MAX_QUERY_STRING_BYTES: usize = 16 * 1024;
/// Most parameters in one URL: a dozen filters of each kind is already more than a person
/// builds by clicking.
pub const MAX_PARAMS: usize = 64;

/// The parameters this server understands.
const KNOWN: &[&str] = &[
    "q", "person", "place", "org", "source", "speaker", "since", "until", "limit", "offset",
    "sort", "top", "interval", "quote",
];

/// A view's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    /// Query text (for `/api/quotes`, words in the quote; for pages, the articles).
    pub q: String,
    /// `person` filters.
    pub people: Vec<String>,
    /// `place` filters.
    pub places: Vec<String>,
    /// `org` filters.
    pub orgs: Vec<String>,
    /// `source` filters.
    pub sources: Vec<String>,
    /// `speaker` filters.
    pub speakers: Vec<String>,
    /// `since`, as typed.
    pub since: Option<String>,
    /// `until`, as typed.
    pub until: Option<String>,
    /// Page size.
    pub limit: Option<usize>,
    /// Hits skipped.
    pub offset: usize,
    /// `relevance` or `date`.
    pub sort: Option<SortBy>,
    /// Names per facet.
    pub top: Option<usize>,
    /// Timeline bar width.
    pub interval: Option<Interval>,
    /// Quotes page: words in the quote.
    pub quote: String,
}

/// Which filter list a link adds to or removes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Place,
    Org,
    Source,
    Speaker,
}

impl Kind {
    /// The parameter's name.
    pub fn param(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Org => "org",
            Kind::Source => "source",
            Kind::Speaker => "speaker",
        }
    }
}

fn bad(message: String) -> QueryError {
    QueryError(message)
}

impl Params {
    /// Reads a raw query string (`None`: no `?`).
    pub fn parse(raw: Option<&str>) -> Result<Params, QueryError> {
        let raw = raw.unwrap_or("");
        if raw.len() > MAX_QUERY_STRING_BYTES {
            return Err(bad(format!(
                "query string too long: {} bytes (at most {MAX_QUERY_STRING_BYTES})",
                raw.len()
            )));
        }
        let mut p = Params::default();
        for (n, (key, value)) in form_urlencoded::parse(raw.as_bytes()).enumerate() {
            if n >= MAX_PARAMS {
                return Err(bad(format!("more than {MAX_PARAMS} parameters")));
            }
            let value = value.into_owned();
            let number = |what: &str| {
                value.trim().parse::<usize>().map_err(|_| {
                    bad(format!(
                        "{what} must be a whole number, not `{}`",
                        short(&value)
                    ))
                })
            };
            match &*key {
                "q" => p.q = value,
                "quote" => p.quote = value,
                "person" | "place" | "org" | "source" | "speaker" => {
                    if !value.trim().is_empty() {
                        p.list_mut(kind_of(&key)).push(value.trim().to_owned());
                    }
                }
                "since" => p.since = Some(value).filter(|v| !v.trim().is_empty()),
                "until" => p.until = Some(value).filter(|v| !v.trim().is_empty()),
                "limit" => p.limit = Some(number("limit")?),
                "offset" => p.offset = number("offset")?,
                "top" => p.top = Some(number("top")?),
                "sort" => {
                    p.sort = match &*value {
                        "relevance" => Some(SortBy::Relevance),
                        "date" => Some(SortBy::Date),
                        "" => None,
                        other => {
                            return Err(bad(format!(
                                "sort must be relevance or date, not `{}`",
                                short(other)
                            )))
                        }
                    }
                }
                "interval" => {
                    p.interval = match &*value {
                        "" => None,
                        v => Some(Interval::parse(v)?),
                    }
                }
                other => {
                    return Err(bad(format!(
                        "unknown parameter `{}` (known: {})",
                        short(other),
                        KNOWN.join(", ")
                    )))
                }
            }
        }
        Ok(p)
    }

    fn list_mut(&mut self, kind: Kind) -> &mut Vec<String> {
        match kind {
            Kind::Person => &mut self.people,
            Kind::Place => &mut self.places,
            Kind::Org => &mut self.orgs,
            Kind::Source => &mut self.sources,
            Kind::Speaker => &mut self.speakers,
        }
    }

    /// The values of one filter kind.
    pub fn list(&self, kind: Kind) -> &[String] {
        match kind {
            Kind::Person => &self.people,
            Kind::Place => &self.places,
            Kind::Org => &self.orgs,
            Kind::Source => &self.sources,
            Kind::Speaker => &self.speakers,
        }
    }

    /// The filters, dates parsed as the CLI parses them; `since` after `until` is an error.
    pub fn filters(&self, with_speakers: bool) -> Result<Filters, QueryError> {
        let since = self
            .since
            .as_deref()
            .map(|d| parse_bound(d.trim(), false))
            .transpose()
            .map_err(|e| bad(format!("since: {e}")))?;
        let until = self
            .until
            .as_deref()
            .map(|d| parse_bound(d.trim(), true))
            .transpose()
            .map_err(|e| bad(format!("until: {e}")))?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                return Err(bad(format!(
                    "since ({}) is after until ({}): nothing can match",
                    self.since.as_deref().unwrap_or(""),
                    self.until.as_deref().unwrap_or("")
                )));
            }
        }
        Ok(Filters {
            people: self.people.clone(),
            places: self.places.clone(),
            orgs: self.orgs.clone(),
            sources: self.sources.clone(),
            speakers: if with_speakers {
                self.speakers.clone()
            } else {
                Vec::new()
            },
            since,
            until,
            langs: Vec::new(),
        })
    }

    /// The search request for `q` and the filters, at most `default_limit` hits unless
    /// `limit` says otherwise; the server's limits apply.
    pub fn request(
        &self,
        default_limit: usize,
        with_speakers: bool,
    ) -> Result<SearchRequest, QueryError> {
        Ok(SearchRequest {
            query: self.q.clone(),
            filters: self.filters(with_speakers)?,
            limit: self.limit.unwrap_or(default_limit),
            offset: self.offset,
            sort: self.sort,
            limits: Limits::SERVER,
        })
    }

    /// The page size a view shows.
    pub fn page_size(&self, default_limit: usize) -> usize {
        self.limit.unwrap_or(default_limit)
    }

    /// The query string for these parameters (defaults left out), without `?`.
    pub fn query_string(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            s.append_pair("q", &self.q);
        }
        if !self.quote.is_empty() {
            s.append_pair("quote", &self.quote);
        }
        for kind in [
            Kind::Person,
            Kind::Place,
            Kind::Org,
            Kind::Source,
            Kind::Speaker,
        ] {
            for v in self.list(kind) {
                s.append_pair(kind.param(), v);
            }
        }
        if let Some(v) = &self.since {
            s.append_pair("since", v);
        }
        if let Some(v) = &self.until {
            s.append_pair("until", v);
        }
        if let Some(v) = self.limit {
            s.append_pair("limit", &v.to_string());
        }
        if self.offset > 0 {
            s.append_pair("offset", &self.offset.to_string());
        }
        if let Some(v) = self.sort {
            s.append_pair(
                "sort",
                match v {
                    SortBy::Relevance => "relevance",
                    SortBy::Date => "date",
                },
            );
        }
        if let Some(v) = self.top {
            s.append_pair("top", &v.to_string());
        }
        if let Some(v) = self.interval {
            s.append_pair(
                "interval",
                match v {
                    Interval::Day => "day",
                    Interval::Month => "month",
                    Interval::Year => "year",
                },
            );
        }
        s.finish()
    }

    /// `path` with these parameters.
    pub fn href(&self, path: &str) -> String {
        let q = self.query_string();
        if q.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{q}")
        }
    }

    /// A copy on its first page.
    pub fn first_page(&self) -> Params {
        Params {
            offset: 0,
            ..self.clone()
        }
    }

    /// A copy with `value` added to a filter (first page; nothing added twice).
    pub fn with(&self, kind: Kind, value: &str) -> Params {
        let mut p = self.first_page();
        if !p.list(kind).iter().any(|v| v == value) {
            p.list_mut(kind).push(value.to_owned());
        }
        p
    }

    /// A copy without one filter value (first page).
    pub fn without(&self, kind: Kind, value: &str) -> Params {
        let mut p = self.first_page();
        p.list_mut(kind).retain(|v| v != value);
        p
    }

    /// A copy with the date range set (first page).
    pub fn dated(&self, since: Option<&str>, until: Option<&str>) -> Params {
        Params {
            since: since.map(str::to_owned),
            until: until.map(str::to_owned),
            interval: None,
            ..self.first_page()
        }
    }

    /// A copy at `offset`.
    pub fn at(&self, offset: usize) -> Params {
        Params {
            offset,
            ..self.clone()
        }
    }
}

fn kind_of(key: &str) -> Kind {
    match key {
        "person" => Kind::Person,
        "place" => Kind::Place,
        "org" => Kind::Org,
        "source" => Kind::Source,
        _ => Kind::Speaker,
    }
}

/// A value cut for an error message (it is escaped wherever it is shown).
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_round_trip_through_links() {
        let raw = "q=%22humanitarian+aid%22&person=Jake+Sullivan&person=Joe+Biden&place=Rafah\
                   &since=2024-03&until=2024-03-31&limit=5&offset=10&sort=date&interval=day";
        let p = Params::parse(Some(raw)).expect("valid");
        assert_eq!(p.q, "\"humanitarian aid\"");
        assert_eq!(p.people, ["Jake Sullivan", "Joe Biden"]);
        assert_eq!(p.offset, 10);
        assert_eq!(Params::parse(Some(&p.query_string())).expect("again"), p);
        let narrowed = p.with(Kind::Org, "Hamas");
        assert_eq!(narrowed.offset, 0);
        assert_eq!(narrowed.orgs, ["Hamas"]);
        assert_eq!(
            narrowed.without(Kind::Person, "Joe Biden").people,
            ["Jake Sullivan"]
        );
    }

    #[test]
    fn bad_values_are_refused_by_name() {
        for (raw, says) in [
            ("limit=ten", "limit must be a whole number"),
            ("offset=-1", "offset must be a whole number"),
            ("sort=newest", "sort must be relevance or date"),
            ("interval=week", "unknown interval"),
            ("personn=x", "unknown parameter `personn`"),
        ] {
            let err = Params::parse(Some(raw)).expect_err(raw);
            assert!(err.0.contains(says), "{raw}: {err}");
        }
        let many = vec!["person=x"; MAX_PARAMS + 1].join("&");
        assert!(Params::parse(Some(&many)).is_err());
        let dates = Params::parse(Some("since=2024-13-45")).expect("read");
        assert!(dates.filters(false).is_err());
        let reversed = Params::parse(Some("since=2024&until=2023")).expect("read");
        let err = reversed.filters(false).expect_err("reversed");
        assert!(err.0.contains("after until"), "{err}");
    }
}
