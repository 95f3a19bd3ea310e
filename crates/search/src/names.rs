//! Names as a reader means them across the archive, not as each story wrote them.
//!
//! Extraction names a person in full within a story ("Reagan" joins "Ronald Reagan" when
//! the story names him so), but across stories a wire service writes "Reagan" alone for
//! years. Here, at query time and from the index's own counts (so nothing is re-indexed
//! when stories are added):
//!
//! - `--person "Ronald Reagan"` also finds the stories that name only "Reagan", when Ronald
//!   Reagan is the dominant full name with that surname among the stories searched (James
//!   Baker against Howard Baker: the dominant one, or neither when none dominates);
//! - `--place US`, `--org "Microsoft Corp"` go through extraction's own aliases;
//! - the people, places and organisations facets count a bare surname with its dominant full
//!   name, and leave out a name the archive mostly types otherwise (an award, a club or a
//!   firm the tagger took for a person in a minority of stories).

use std::collections::HashMap;

use anyhow::{Context, Result};
use newsdex_extract::{canonical_alias, fold_string, is_bare_first_name, EntityKind};
use newsdex_index::schema::KIND_ARTICLE;
use newsdex_index::{Fields, NewsIndex};
use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use crate::facets::TermCounts;
use crate::filters::{date_range, phrase_in_field, Filters};
use crate::{vote, vote_cache};

pub use crate::vote::{DOMINANCE, MIN_STORIES};
/// Full names with a surname looked at, per segment, when deciding dominance.
const SURNAME_CANDIDATES: usize = 1000;

/// One `--person`, `--place` or `--org` value as matched: its words as a phrase among the
/// words of the names, or any of these whole names.
#[derive(Debug, Clone, Default)]
pub struct NameMatch {
    /// Matched as a phrase in the names' words ("Sullivan" in "Jake Sullivan").
    pub phrase: String,
    /// Whole names matched exactly besides ("Reagan" for "Ronald Reagan").
    pub whole: Vec<String>,
}

/// The name filters of a request, resolved once for all the queries built from them.
#[derive(Debug, Clone, Default)]
pub struct NameFilters {
    /// One per `--person`.
    pub people: Vec<NameMatch>,
    /// One per `--place`.
    pub places: Vec<NameMatch>,
    /// One per `--org`.
    pub orgs: Vec<NameMatch>,
    /// One per `--speaker`.
    pub speakers: Vec<NameMatch>,
}

/// Resolves the person, place and organisation values of `filters`.
pub fn resolve(index: &NewsIndex, searcher: &Searcher, filters: &Filters) -> Result<NameFilters> {
    let aliased = |kind, value: &String| NameMatch {
        phrase: canonical_alias(kind, value).unwrap_or_else(|| match kind {
            EntityKind::Org => without_legal_suffix(value),
            _ => value.clone(),
        }),
        whole: Vec::new(),
    };
    Ok(NameFilters {
        people: filters
            .people
            .iter()
            .map(|p| person(index, searcher, p, filters, index.fields.person_name))
            .collect::<Result<_>>()?,
        places: filters
            .places
            .iter()
            .map(|p| aliased(EntityKind::Place, p))
            .collect(),
        orgs: filters
            .orgs
            .iter()
            .map(|o| aliased(EntityKind::Org, o))
            .collect(),
        speakers: filters
            .speakers
            .iter()
            .map(|p| person(index, searcher, p, filters, index.fields.speaker_name))
            .collect::<Result<_>>()?,
    })
}

/// Words that say a company is incorporated, not which one: stories write "Microsoft" far
/// more often than "Microsoft Corp", and tagging keeps what each story wrote.
const LEGAL_SUFFIXES: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "co",
    "company",
    "ltd",
    "limited",
    "plc",
    "llc",
    "ag",
    "sa",
    "nv",
    "group",
    "holdings",
];

/// `Microsoft Corp.` as `Microsoft`; a name that is only a suffix stays as it is.
fn without_legal_suffix(value: &str) -> String {
    let mut words: Vec<&str> = value.split_whitespace().collect();
    while words.len() > 1 {
        let last = words[words.len() - 1]
            .trim_end_matches(['.', ','])
            .to_ascii_lowercase();
        if !LEGAL_SUFFIXES.contains(&last.as_str()) {
            break;
        }
        words.pop();
    }
    let joined = words.join(" ");
    joined.trim_end_matches(',').to_owned()
}

/// `--person value` (or `--speaker`): a full name also matches its bare surname when it
/// dominates the surname among the people of the articles in the filters' date range.
/// `bare_in` is the exact field the bare surname is looked for in (people or speakers).
fn person(
    index: &NewsIndex,
    searcher: &Searcher,
    value: &str,
    filters: &Filters,
    bare_in: Field,
) -> Result<NameMatch> {
    let mut m = NameMatch {
        phrase: value.to_owned(),
        whole: Vec::new(),
    };
    let words: Vec<&str> = value.split_whitespace().collect();
    let Some(&surname) = words.last() else {
        return Ok(m);
    };
    if words.len() < 2 || doc_freq(index, searcher, bare_in, surname)? == 0 {
        return Ok(m);
    }
    let counts = full_names_with(index, searcher, surname, filters)?;
    if dominant(&counts, &fold_string(value)).is_some() {
        m.whole.push(surname.to_owned());
    }
    Ok(m)
}

/// Full names (two words or more) ending in `surname`, with their article counts, among
/// the articles in the filters' date range.
fn full_names_with(
    index: &NewsIndex,
    searcher: &Searcher,
    surname: &str,
    filters: &Filters,
) -> Result<HashMap<String, u64>> {
    let f = &index.fields;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (
            Occur::Must,
            phrase_in_field(&index.index, f.person, surname),
        ),
        (Occur::Must, kind_article(f)),
    ];
    if let Some(range) = date_range(f, filters) {
        clauses.push((Occur::Must, range));
    }
    let counts = searcher
        .search(
            &BooleanQuery::new(clauses),
            &TermCounts {
                field: newsdex_index::schema::field::PERSON_FACET.to_owned(),
                per_segment: SURNAME_CANDIDATES,
                exact: SURNAME_CANDIDATES,
            },
        )
        .context("counting full names")?;
    let folded_surname = fold_string(surname);
    Ok(counts
        .into_iter()
        .filter(|(name, _)| {
            let folded = fold_string(name);
            let mut words = folded.split_whitespace();
            words.next_back() == Some(folded_surname.as_str()) && words.next().is_some()
        })
        .collect())
}

/// The name among `counts` that dominates the others, if it is `want` (folded) or, with an
/// empty `want`, whichever it is. Both backends decide with it.
pub fn dominant<'a>(counts: &'a HashMap<String, u64>, want: &str) -> Option<&'a str> {
    let (top, &n) = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
    let others: u64 = counts.values().sum::<u64>() - n;
    let wanted = want.is_empty() || fold_string(top) == want;
    (wanted && n >= MIN_STORIES && n >= DOMINANCE * others).then_some(top.as_str())
}

/// A facet's full names by their folded surname, with their counts: what
/// [`dominant_full_name`] reads, found in one pass over the rows (a listing of every name
/// has tens of thousands).
pub struct Surnames(HashMap<String, HashMap<String, u64>>);

impl Surnames {
    /// The full names (two words or more) among `rows`.
    pub fn of(rows: &[(String, u64)]) -> Surnames {
        let mut by = Surnames(HashMap::new());
        for (name, n) in rows {
            by.set(name, *n);
        }
        by
    }

    /// Records the full name `name` with `n` stories (a bare name is ignored).
    pub fn set(&mut self, name: &str, n: u64) {
        let folded = fold_string(name);
        if let Some((_, surname)) = folded.rsplit_once(' ') {
            self.0
                .entry(surname.to_owned())
                .or_default()
                .insert(name.to_owned(), n);
        }
    }

    /// The full name that dominates those ending in the bare surname `bare`.
    pub fn dominant(&self, bare: &str) -> Option<String> {
        dominant(self.0.get(&fold_string(bare))?, "").map(str::to_owned)
    }

    /// Whether any full name ends in `bare`.
    pub fn has(&self, bare: &str) -> bool {
        self.0.contains_key(&fold_string(bare))
    }
}

/// The surname of the full name `name` when no row is that surname alone and it could be a
/// person's: a word of two letters or more, no first name.
fn unlisted_surname<'a>(
    name: &'a str,
    listed: &std::collections::HashSet<&str>,
) -> Option<&'a str> {
    let (_, surname) = name.rsplit_once(' ')?;
    (surname.len() >= 2 && !listed.contains(surname) && !is_bare_first_name(surname))
        .then_some(surname)
}

/// The full name among a facet's `rows` (name, count) that dominates the others ending in
/// the bare surname `bare` ([`DOMINANCE`], [`MIN_STORIES`]): what a listing counts `bare`
/// with, on any backend.
pub fn dominant_full_name(rows: &[(String, u64)], bare: &str) -> Option<String> {
    Surnames::of(rows).dominant(bare)
}

/// The person who dominates the one-word `bare` among the full names of the articles in the
/// filters' date range, as `--speaker` and `--person` resolve it, unless the archive types
/// that full name otherwise (a bare "Lynch" does not join "Merrill Lynch").
fn dominant_person(
    index: &NewsIndex,
    searcher: &Searcher,
    bare: &str,
    filters: &Filters,
) -> Result<Option<String>> {
    if doc_freq(index, searcher, index.fields.person, bare)? == 0 {
        return Ok(None);
    }
    let counts = full_names_with(index, searcher, bare, filters)?;
    let Some(top) = dominant(&counts, "") else {
        return Ok(None);
    };
    if typed_otherwise(index, searcher, EntityKind::Person, top)? {
        return Ok(None);
    }
    Ok(Some(top.to_owned()))
}

/// The speakers listing read as `--speaker` matches: a bare surname ("Reagan", credited
/// with 130 quotes across BBC + Reuters) counted with the person who dominates it
/// ([`dominant_person`]: Ronald Reagan, 10 quotes under his full name). `count` gives the
/// quotes among those listed whose speaker is any of some whole names.
pub fn merge_speakers(
    index: &NewsIndex,
    searcher: &Searcher,
    filters: &Filters,
    rows: &mut Vec<(String, u64)>,
    count: impl FnMut(&[String]) -> Result<u64>,
) -> Result<Vec<Merge>> {
    merge_bare_speakers(
        rows,
        |bare| dominant_person(index, searcher, bare, filters),
        count,
    )
}

/// [`merge_speakers`] on any backend: `dominant_of` names the person a bare surname joins.
/// A full name not among `rows` is added with its count.
pub fn merge_bare_speakers(
    rows: &mut Vec<(String, u64)>,
    mut dominant_of: impl FnMut(&str) -> Result<Option<String>>,
    mut count: impl FnMut(&[String]) -> Result<u64>,
) -> Result<Vec<Merge>> {
    let bare: Vec<String> = rows
        .iter()
        .filter(|(name, _)| !name.trim().contains(' '))
        .map(|(name, _)| name.clone())
        .collect();
    let mut merges = Vec::new();
    for b in bare {
        let Some(into) = dominant_of(&b)? else {
            continue;
        };
        let n = count(&[b.clone(), into.clone()])?;
        rows.retain(|(name, _)| *name != b);
        match rows.iter_mut().find(|(name, _)| *name == into) {
            Some(entry) => entry.1 = n,
            None => rows.push((into.clone(), n)),
        }
        merges.push(Merge { bare: b, into });
    }
    Ok(merges)
}

fn kind_article(f: &Fields) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(f.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    ))
}

/// A whole name as its exact field indexes it.
fn exact_term(index: &NewsIndex, field: Field, name: &str) -> Option<Term> {
    exact_term_in(&index.index, field, name)
}

fn exact_term_in(index: &tantivy::Index, field: Field, name: &str) -> Option<Term> {
    let mut analyzer = index.tokenizer_for_field(field).ok()?;
    let mut stream = analyzer.token_stream(name);
    stream
        .advance()
        .then(|| Term::from_field_text(field, &stream.token().text))
}

/// Articles naming `name` whole in the exact name `field`.
fn doc_freq(index: &NewsIndex, searcher: &Searcher, field: Field, name: &str) -> Result<u64> {
    match exact_term(index, field, name) {
        Some(term) => searcher.doc_freq(&term).context("counting a name"),
        None => Ok(0),
    }
}

/// Any of the whole names `names` in the exact `field`.
pub fn any_whole(index: &NewsIndex, field: Field, names: &[String]) -> Option<Box<dyn Query>> {
    any_whole_in(&index.index, field, names)
}

/// [`any_whole`] on a tantivy index.
pub fn any_whole_in(
    index: &tantivy::Index,
    field: Field,
    names: &[String],
) -> Option<Box<dyn Query>> {
    let clauses: Vec<(Occur, Box<dyn Query>)> = names
        .iter()
        .filter_map(|n| exact_term_in(index, field, n))
        .map(|t| {
            (
                Occur::Should,
                Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>,
            )
        })
        .collect();
    (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
}

/// How a facet's names are read across the archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Bare surnames counted with their dominant full name, names the archive mostly types
    /// otherwise left out.
    Merged,
    /// Every name as extraction wrote it.
    AsWritten,
}

/// A name counted with another: a bare surname with its full name, a firm's name with the
/// same name and a legal form.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Merge {
    /// The name not listed ("Reagan", "Shearson Lehman Brothers").
    pub bare: String,
    /// The name it was counted with ("Ronald Reagan", "Shearson Lehman Brothers Inc").
    pub into: String,
}

/// Which exact field holds names of `kind`, and the others.
fn fields_of(f: &Fields, kind: EntityKind) -> (Field, [Field; 2]) {
    match kind {
        EntityKind::Person => (f.person_name, [f.org_name, f.place_name]),
        EntityKind::Place => (f.place_name, [f.person_name, f.org_name]),
        EntityKind::Org => (f.org_name, [f.person_name, f.place_name]),
    }
}

/// What the archive says about `name` as a `kind` ([`vote::Evidence`]), counted over the
/// whole archive.
pub fn evidence(
    index: &NewsIndex,
    searcher: &Searcher,
    kind: EntityKind,
    name: &str,
) -> Result<vote::Evidence> {
    let f = &index.fields;
    let (own, others) = fields_of(f, kind);
    let mut e = vote::Evidence {
        mine: doc_freq(index, searcher, own, name)?,
        ..vote::Evidence::default()
    };
    for field in others {
        e.theirs += doc_freq(index, searcher, field, name)?;
    }
    e.org_prefix = prefix_doc_freq(index, searcher, f.org_name, name)?;
    if kind == EntityKind::Person && !name.trim().contains(' ') {
        e.full_names = full_names_of(index, searcher, name)?;
    }
    Ok(e)
}

/// The archive's story counts of the full names ending in the one word `surname`.
fn full_names_of(index: &NewsIndex, searcher: &Searcher, surname: &str) -> Result<Vec<u64>> {
    vote_cache::full_names(searcher, surname, || {
        if doc_freq(index, searcher, index.fields.person, surname)? == 0 {
            return Ok(Vec::new());
        }
        let counts = full_names_with(index, searcher, surname, &Filters::default())?;
        Ok(vote::full_name_counts(&counts, surname))
    })
}

/// Is `name`, among the facet values of `kind`, not one of that kind across the archive?
/// See [`vote::typed_otherwise`].
pub fn typed_otherwise(
    index: &NewsIndex,
    searcher: &Searcher,
    kind: EntityKind,
    name: &str,
) -> Result<bool> {
    vote_cache::typed_otherwise(searcher, kind, name, || {
        let e = evidence(index, searcher, kind, name)?;
        Ok(vote::typed_otherwise(kind, name, &e))
    })
}

/// Articles whose `field` holds a whole name starting with `name` and a space, a comma or
/// an apostrophe (documents counted once per such name: an upper bound).
fn prefix_doc_freq(
    index: &NewsIndex,
    searcher: &Searcher,
    field: Field,
    name: &str,
) -> Result<u64> {
    let Some(term) = exact_term(index, field, name) else {
        return Ok(0);
    };
    let key = term.serialized_value_bytes().to_vec();
    let mut total = 0;
    for sep in [&b" "[..], &b","[..], &b"'"[..]] {
        let mut lo = key.clone();
        lo.extend_from_slice(sep);
        each_term_with_prefix(searcher, field, &lo, |_, docs| {
            total += u64::from(docs);
            true
        })?;
    }
    Ok(total)
}

/// Calls `visit` with each term of `field` that starts with `prefix` and its document count,
/// segment by segment, until it returns false.
fn each_term_with_prefix(
    searcher: &Searcher,
    field: Field,
    prefix: &[u8],
    mut visit: impl FnMut(&[u8], u32) -> bool,
) -> Result<()> {
    let mut hi = prefix.to_vec();
    match hi.last_mut() {
        Some(last) if *last < u8::MAX => *last += 1,
        _ => return Ok(()),
    }
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field).context("reading names")?;
        let mut stream = inverted
            .terms()
            .range()
            .ge(prefix)
            .lt(&hi)
            .into_stream()
            .context("reading names")?;
        while stream.advance() {
            if !visit(stream.key(), stream.value().doc_freq) {
                return Ok(());
            }
        }
    }
    Ok(())
}

/// What reading a facet's rows asks of a backend: the counts and lookups that differ
/// between the local index (term dictionaries) and a cluster (requests). [`merge_rows`]
/// is the one reading both share.
pub trait RowCounts {
    /// The archive's forms of the organisation row `i` (`name`), folded, that differ from it
    /// by a legal form alone ([`legal_form_stems`]).
    fn legal_forms(&mut self, i: usize, name: &str) -> Result<Vec<String>>;
    /// Does the exact field name `name` in more stories than its row counts (`n`)? Then
    /// another casing of it is a facet value of its own (`CitiCorp` beside `Citicorp`).
    fn cased(&mut self, i: usize, name: &str, n: u64) -> Result<bool>;
    /// Articles among those the query matches naming any of `names` whole (none when no
    /// name is in the index).
    fn count_any(&mut self, names: &[String]) -> Result<Option<u64>>;
    /// For each of `surnames`: does the archive name it alone, as a name of this kind?
    fn named_alone(&mut self, surnames: &[&str]) -> Result<Vec<bool>>;
    /// The person who dominates the bare `surname` across the archive, as `--person` reads
    /// it.
    fn dominant_person(&mut self, surname: &str) -> Result<Option<String>>;
    /// Do several people the archive names in full share the bare `surname`?
    fn shared_surname(&mut self, surname: &str) -> Result<bool>;
}

/// Reads `counts` (names of `kind` and their article counts among the articles `query`
/// matches) across the archive: names typed otherwise dropped, bare surnames merged into
/// their dominant full name (the count then is of the articles naming either). Returns the
/// merges made.
pub fn read_facet(
    index: &NewsIndex,
    searcher: &Searcher,
    query: &dyn Query,
    kind: EntityKind,
    counts: &mut Vec<(String, u64)>,
) -> Result<Vec<Merge>> {
    let mut kept = Vec::with_capacity(counts.len());
    for (name, n) in counts.drain(..) {
        // a first name alone ("Oscar", "Chelsea", "Drew") is left after extraction joined
        // every first name it could to a full one: an award, a club, or no one known
        let first_name_only = kind == EntityKind::Person && is_bare_first_name(&name);
        if !first_name_only && !typed_otherwise(index, searcher, kind, &name)? {
            kept.push((name, n));
        }
    }
    *counts = kept;
    let (own, _) = fields_of(&index.fields, kind);
    let mut local = LocalCounts {
        index,
        searcher,
        query,
        own,
        kind,
    };
    merge_rows(kind, counts, &mut local)
}

/// [`RowCounts`] from the local index's term dictionaries.
struct LocalCounts<'a> {
    index: &'a NewsIndex,
    searcher: &'a Searcher,
    query: &'a dyn Query,
    own: Field,
    kind: EntityKind,
}

impl RowCounts for LocalCounts<'_> {
    fn legal_forms(&mut self, _: usize, name: &str) -> Result<Vec<String>> {
        legal_form_terms(self.index, self.searcher, self.own, name)
    }
    fn cased(&mut self, _: usize, name: &str, n: u64) -> Result<bool> {
        Ok(doc_freq(self.index, self.searcher, self.own, name)? > n)
    }
    fn count_any(&mut self, names: &[String]) -> Result<Option<u64>> {
        count_any(self.index, self.searcher, self.query, self.own, names)
    }
    fn named_alone(&mut self, surnames: &[&str]) -> Result<Vec<bool>> {
        surnames
            .iter()
            .map(|s| {
                Ok(doc_freq(self.index, self.searcher, self.own, s)? > 0
                    && !typed_otherwise(self.index, self.searcher, self.kind, s)?)
            })
            .collect()
    }
    fn dominant_person(&mut self, surname: &str) -> Result<Option<String>> {
        dominant_person(self.index, self.searcher, surname, &Filters::default())
    }
    fn shared_surname(&mut self, surname: &str) -> Result<bool> {
        Ok(vote::shared_surname(&full_names_of(
            self.index,
            self.searcher,
            surname,
        )?))
    }
}

/// The merging of a facet's `rows` of `kind` (names typed otherwise already left out), with
/// `counts` from either backend. Organisations: the rows differing by a legal form alone
/// join, and each row counts the archive's forms of it outside the rows (a facet's rows are
/// its most frequent names; "Moody's Investors Service" in 10 BBC + Reuters stories had
/// been left out of Moody's Investors Service Inc's count at `orgs -n 100` and counted at
/// `-n 3000`). People: each bare surname joins its dominant full name, and a bare surname
/// several people share is left out. Returns the merges made.
pub fn merge_rows(
    kind: EntityKind,
    rows: &mut Vec<(String, u64)>,
    counts: &mut impl RowCounts,
) -> Result<Vec<Merge>> {
    let mut merges = Vec::new();
    if kind == EntityKind::Org {
        let mut forms: Vec<Vec<String>> = rows.iter().map(|(n, _)| vec![n.clone()]).collect();
        let mut gone = vec![false; rows.len()];
        for (listed, others) in vote::legal_form_variants(rows) {
            for i in others {
                forms[listed].push(rows[i].0.clone());
                gone[i] = true;
                merges.push(Merge {
                    bare: rows[i].0.clone(),
                    into: rows[listed].0.clone(),
                });
            }
        }
        for (i, row) in rows.iter_mut().enumerate() {
            if gone[i] {
                continue;
            }
            let written: Vec<String> = forms[i].iter().map(|f| fold_string(f)).collect();
            let extra: Vec<String> = counts
                .legal_forms(i, &row.0)?
                .into_iter()
                .filter(|t| !written.contains(t))
                .collect();
            let cased = counts.cased(i, &row.0, row.1)?;
            if forms[i].len() == 1 && extra.is_empty() && !cased {
                continue;
            }
            forms[i].extend(extra);
            if let Some(n) = counts.count_any(&forms[i])? {
                row.1 = n;
            }
        }
        let mut i = 0;
        rows.retain(|_| {
            i += 1;
            !gone[i - 1]
        });
    }
    if kind != EntityKind::Person {
        return Ok(merges);
    }
    let bare: Vec<String> = rows
        .iter()
        .filter(|(name, _)| !name.contains(' '))
        .map(|(name, _)| name.clone())
        .collect();
    let mut surnames = Surnames::of(rows);
    // A full name's bare surname left out of the rows (too few stories alone: "Stoltenberg"
    // beside Gerhard Stoltenberg's 53 at `people -n 100`, 58 with it at `-n 3000`) is
    // counted with it as one in the rows would be.
    let listed: std::collections::HashSet<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    let mut candidates: Vec<&str> = Vec::new();
    for (name, _) in rows.iter() {
        let Some(surname) = unlisted_surname(name, &listed) else {
            continue;
        };
        if !candidates.contains(&surname)
            && surnames.dominant(surname).as_deref() == Some(name.as_str())
        {
            candidates.push(surname);
        }
    }
    let also: Vec<String> = candidates
        .iter()
        .zip(counts.named_alone(&candidates)?)
        .filter(|(_, alone)| *alone)
        .map(|(s, _)| (*s).to_owned())
        .collect();
    let mut row_of: HashMap<String, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n.clone(), i))
        .collect();
    let mut gone = std::collections::HashSet::new();
    for b in bare.into_iter().chain(also) {
        let into = match surnames.dominant(&b) {
            Some(into) => into,
            // no full name of it among the rows (`people -n 10`: "Reagan" in 348 stories,
            // Ronald Reagan in 27): the person who dominates it across the archive, as
            // `--person Reagan` finds
            None if !surnames.has(&b) => match counts.dominant_person(&b)? {
                Some(into) => into,
                None => continue,
            },
            None => continue,
        };
        let Some(n) = counts.count_any(&[b.clone(), into.clone()])? else {
            continue;
        };
        gone.insert(b.clone());
        match row_of.get(&into) {
            Some(&i) => rows[i].1 = n,
            None => {
                row_of.insert(into.clone(), rows.len());
                rows.push((into.clone(), n));
            }
        }
        surnames.set(&into, n);
        merges.push(Merge { bare: b, into });
    }
    rows.retain(|(name, _)| !gone.contains(name));
    // a bare surname left unmerged that several people the archive names in full share
    let mut shared = std::collections::HashSet::new();
    for (name, _) in rows.iter().filter(|(name, _)| !name.contains(' ')) {
        if counts.shared_surname(name)? {
            shared.insert(name.clone());
        }
    }
    rows.retain(|(name, _)| !shared.contains(name));
    Ok(merges)
}

/// Most written forms of the archive looked through for one organisation's legal-form
/// variants (a firm has a few; the bound keeps a stem shared by thousands of names cheap).
pub const LEGAL_FORM_TERMS: usize = 64;

/// The organisation name `full` (folded, as the exact field holds it) and the prefixes its
/// legal-form variants start with: the shortest run of its first words with the same
/// [`org_key`](newsdex_extract::org_key) (the name less its legal form), and that run in its
/// other spelling ("International Cocoa Organisation" in 3 BBC + Reuters stories beside
/// "Organization" in 46). Both backends look with it.
pub fn legal_form_stems(full: &str) -> Option<(String, Vec<String>)> {
    let key = newsdex_extract::org_key(full);
    let words: Vec<&str> = full.split(' ').collect();
    let stem = (1..=words.len())
        .map(|n| words[..n].join(" "))
        .find(|p| newsdex_extract::org_key(p) == key)?;
    let other = if stem.contains("ization") {
        stem.replace("ization", "isation")
    } else {
        stem.replace("isation", "ization")
    };
    let stems = if other == stem {
        vec![stem]
    } else {
        vec![stem, other]
    };
    Some((full.to_owned(), stems))
}

/// The archive's written forms (as the exact `field` holds them) of the organisation
/// `name` that differ from it by a legal form alone: those starting with `name` less its
/// legal form whose [`org_key`](newsdex_extract::org_key) is the same.
fn legal_form_terms(
    index: &NewsIndex,
    searcher: &Searcher,
    field: Field,
    name: &str,
) -> Result<Vec<String>> {
    let Some(term) = exact_term(index, field, name) else {
        return Ok(Vec::new());
    };
    let Some(full) = term.value().as_str().map(str::to_owned) else {
        return Ok(Vec::new());
    };
    let Some((full, stems)) = legal_form_stems(&full) else {
        return Ok(Vec::new());
    };
    let key = newsdex_extract::org_key(&full);
    let mut forms: Vec<String> = Vec::new();
    for stem in &stems {
        // (a bound per stem over all segments: a firm has a few forms)
        let mut looked = 0;
        each_term_with_prefix(searcher, field, stem.as_bytes(), |term, _| {
            looked += 1;
            if let Ok(form) = std::str::from_utf8(term) {
                if form != full
                    && newsdex_extract::org_key(form) == key
                    && !forms.iter().any(|f| f == form)
                {
                    forms.push(form.to_owned());
                }
            }
            looked < LEGAL_FORM_TERMS
        })?;
    }
    Ok(forms)
}

/// Articles among `query`'s naming any of `names` whole in `field`: what a row counting
/// several written forms shows (none when no name makes a term).
fn count_any(
    index: &NewsIndex,
    searcher: &Searcher,
    query: &dyn Query,
    field: Field,
    names: &[String],
) -> Result<Option<u64>> {
    let Some(any) = any_whole(index, field, names) else {
        return Ok(None);
    };
    let both = BooleanQuery::new(vec![(Occur::Must, query.box_clone()), (Occur::Must, any)]);
    let n = searcher
        .search(&both, &Count)
        .context("counting a merged name")?;
    Ok(Some(n as u64))
}

#[cfg(test)]
mod tests {
    use super::without_legal_suffix;

    #[test]
    fn legal_suffixes_are_dropped() {
        assert_eq!(without_legal_suffix("Microsoft Corp"), "Microsoft");
        assert_eq!(without_legal_suffix("Apple Inc."), "Apple");
        assert_eq!(without_legal_suffix("Rio Tinto Group Plc"), "Rio Tinto");
        assert_eq!(without_legal_suffix("Corp"), "Corp");
        assert_eq!(
            without_legal_suffix("General Electric Co,"),
            "General Electric"
        );
    }
}
