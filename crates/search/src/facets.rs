//! Counting canonical names over a result set, and collecting the articles a result set
//! holds: two small collectors over fast (columnar) fields.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts the values of a multi-valued string fast field over the matching documents.
///
/// Each segment counts term ordinals in a flat array (no string work per document) and
/// resolves to strings only its `per_segment` most frequent values, so a facet over a
/// million-document result set costs one array increment per value. A name can be among
/// one segment's top and below another's (a name spread thinly over many segments): the
/// merge then completes the counts of the names that may reach the first `exact` by
/// looking them up in the segments that left them out, so those counts are exact, not the
/// sum of the tops they happened to make (the BBC + Reuters index had counted the
/// International Coffee Organization in 57 stories at `orgs -n 100` and 79 at `-n 3000`).
/// What stays approximate: a name in no segment's top at all, which has at most the sum of
/// the segments' highest left-out counts (with ten times the shown rows kept per segment, a
/// few stories on BBC + Reuters, far below any count shown).
pub struct TermCounts {
    pub field: String,
    pub per_segment: usize,
    /// How many of the most frequent names need exact counts.
    pub exact: usize,
}

impl TermCounts {
    /// Counts good for showing the `top` most frequent values of `field`: each segment
    /// keeps ten times that (at least 200), and the first `top` are exact.
    pub fn top(field: &str, top: usize) -> TermCounts {
        TermCounts {
            field: field.to_owned(),
            per_segment: top.saturating_mul(10).max(200),
            exact: top,
        }
    }
}

pub struct SegmentTermCounts {
    column: Option<StrColumn>,
    counts: Vec<u32>,
    per_segment: usize,
}

/// One segment's most frequent names, and what the merge needs to count any other name
/// there: the segment's column and its counts by term ordinal.
pub struct SegmentNames {
    top: Vec<(String, u64)>,
    /// The highest count among the names left out of `top` (0 when none were).
    floor: u64,
    column: Option<StrColumn>,
    counts: Vec<u32>,
}

impl SegmentNames {
    /// This segment's count of `name` (a dictionary lookup).
    fn count_of(&self, name: &str) -> u64 {
        let Some(column) = &self.column else {
            return 0;
        };
        match column.dictionary().term_ord(name.as_bytes()) {
            Ok(Some(ord)) => self.counts.get(ord as usize).map_or(0, |&n| u64::from(n)),
            _ => 0,
        }
    }
}

impl Collector for TermCounts {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentTermCounts;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let column = segment.fast_fields().str(&self.field)?;
        let terms = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(SegmentTermCounts {
            column,
            counts: vec![0; terms],
            per_segment: self.per_segment,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentNames>) -> tantivy::Result<Self::Fruit> {
        // Each name's known count, and the segments whose top it was in.
        let mut known: HashMap<String, (u64, Vec<usize>)> = HashMap::new();
        for (s, fruit) in fruits.iter().enumerate() {
            for (name, n) in &fruit.top {
                let entry = known.entry(name.clone()).or_default();
                entry.0 += n;
                entry.1.push(s);
            }
        }
        let truncated: Vec<usize> = (0..fruits.len()).filter(|&s| fruits[s].floor > 0).collect();
        if truncated.is_empty() {
            return Ok(known.into_iter().map(|(name, (n, _))| (name, n)).collect());
        }
        // The most a name can have: its known count plus each truncated segment's floor
        // where it was left out.
        let mut bounded: Vec<(u64, String, u64, Vec<usize>)> = known
            .into_iter()
            .map(|(name, (n, seen))| {
                let missing: u64 = truncated
                    .iter()
                    .filter(|s| !seen.contains(s))
                    .map(|&s| fruits[s].floor)
                    .sum();
                (n + missing, name, n, seen)
            })
            .collect();
        bounded.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        // Complete counts in order of their bound until no later name can pass the
        // `exact`-th complete one (a threshold top-k: a few lookups per shown name).
        let mut completed: std::collections::BinaryHeap<std::cmp::Reverse<u64>> =
            std::collections::BinaryHeap::new();
        let mut total = HashMap::with_capacity(bounded.len());
        for (bound, name, mut n, seen) in bounded {
            let settled =
                completed.len() >= self.exact && completed.peek().is_some_and(|r| r.0 >= bound);
            if !settled {
                for &s in truncated.iter().filter(|s| !seen.contains(s)) {
                    n += fruits[s].count_of(&name);
                }
                completed.push(std::cmp::Reverse(n));
                if completed.len() > self.exact {
                    completed.pop();
                }
            }
            total.insert(name, n);
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentTermCounts {
    type Fruit = SegmentNames;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(column) = &self.column {
            for ord in column.term_ords(doc) {
                if let Some(n) = self.counts.get_mut(ord as usize) {
                    *n += 1;
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let Some(column) = self.column else {
            return SegmentNames {
                top: Vec::new(),
                floor: 0,
                column: None,
                counts: Vec::new(),
            };
        };
        let mut ranked: Vec<(u32, u32)> = self
            .counts
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(ord, &n)| (n, ord as u32))
            .collect();
        let keep = self.per_segment.min(ranked.len());
        let mut floor = 0;
        if keep < ranked.len() {
            ranked.select_nth_unstable_by(keep, |a, b| b.0.cmp(&a.0));
            floor = u64::from(ranked[keep].0);
            ranked.truncate(keep);
        }
        // Resolve in ordinal order: one sequential pass over the term dictionary instead of
        // a block lookup per name.
        ranked.sort_unstable_by_key(|&(_, ord)| ord);
        let ords: Vec<u64> = ranked.iter().map(|&(_, ord)| u64::from(ord)).collect();
        let mut counts = ranked.iter().map(|&(n, _)| u64::from(n));
        let mut top = Vec::with_capacity(ranked.len());
        let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            if let (Some(n), Ok(name)) = (counts.next(), std::str::from_utf8(bytes)) {
                top.push((name.to_owned(), n));
            }
        });
        SegmentNames {
            top,
            floor,
            column: Some(column),
            counts: self.counts,
        }
    }
}

/// The `article_key` values of the matching documents.
pub struct ArticleKeys;

pub struct SegmentArticleKeys {
    column: Column<u64>,
    keys: Vec<u64>,
}

impl Collector for ArticleKeys {
    type Fruit = Vec<u64>;
    type Child = SegmentArticleKeys;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(SegmentArticleKeys {
            column: segment
                .fast_fields()
                .u64(newsdex_index::schema::field::ARTICLE_KEY)?,
            keys: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u64>>) -> tantivy::Result<Vec<u64>> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentArticleKeys {
    type Fruit = Vec<u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(key) = self.column.first(doc) {
            self.keys.push(key);
        }
    }

    fn harvest(self) -> Vec<u64> {
        self.keys
    }
}
