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
/// million-document result set costs one array increment per value. The merged counts are
/// exact for every name that is among the top `per_segment` of each segment, which the
/// callers size generously (ten times what they show).
pub struct TermCounts {
    pub field: String,
    pub per_segment: usize,
}

pub struct SegmentTermCounts {
    column: Option<StrColumn>,
    counts: Vec<u32>,
    per_segment: usize,
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

    fn merge_fruits(&self, fruits: Vec<HashMap<String, u64>>) -> tantivy::Result<Self::Fruit> {
        let mut total: HashMap<String, u64> = HashMap::new();
        for fruit in fruits {
            for (name, n) in fruit {
                *total.entry(name).or_default() += n;
            }
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentTermCounts {
    type Fruit = HashMap<String, u64>;

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
            return HashMap::new();
        };
        let mut ranked: Vec<(u32, u32)> = self
            .counts
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(ord, &n)| (n, ord as u32))
            .collect();
        let keep = self.per_segment.min(ranked.len());
        if keep < ranked.len() {
            ranked.select_nth_unstable_by(keep, |a, b| b.0.cmp(&a.0));
            ranked.truncate(keep);
        }
        // Resolve in ordinal order: one sequential pass over the term dictionary instead of
        // a block lookup per name.
        ranked.sort_unstable_by_key(|&(_, ord)| ord);
        let ords: Vec<u64> = ranked.iter().map(|&(_, ord)| u64::from(ord)).collect();
        let mut counts = ranked.iter().map(|&(n, _)| u64::from(n));
        let mut out = HashMap::with_capacity(ranked.len());
        let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            if let (Some(n), Ok(name)) = (counts.next(), std::str::from_utf8(bytes)) {
                out.insert(name.to_owned(), n);
            }
        });
        out
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
