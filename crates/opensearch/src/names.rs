//! Facet rows read across the archive, as `newsdex_search::names::read_facet` reads them
//! locally, with the cluster's counts.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use serde_json::{json, Value};

use crate::client::Client;
use crate::dsl::{buckets, run_search};
use newsdex_extract::{fold_string, is_bare_first_name, EntityKind};
use newsdex_search::names::{
    dominant_full_name, merge_bare_speakers, merge_rows, Merge, RowCounts, LEGAL_FORM_TERMS,
};
use newsdex_search::vote::{self, Evidence};
use newsdex_search::Filters;

fn exact_field(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person.exact",
        EntityKind::Place => "place.exact",
        EntityKind::Org => "org.exact",
    }
}

/// `rows` (names of `kind` with their counts among the articles `query` matches) with names
/// typed otherwise and bare first names dropped, and bare surnames merged: the local
/// reading ([`merge_rows`]) with the cluster's counts.
pub fn read_merged(
    client: &Client,
    query: &Value,
    kind: EntityKind,
    rows: Vec<(String, u64)>,
) -> Result<Vec<(String, u64)>> {
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    let evidence = evidence(client, kind, &names)?;
    let (mut kept, mine): (Vec<(String, u64)>, Vec<u64>) = rows
        .iter()
        .zip(&evidence)
        .filter(|((name, _), e)| {
            !(vote::typed_otherwise(kind, name, e)
                || kind == EntityKind::Person && is_bare_first_name(name))
        })
        .map(|(row, e)| (row.clone(), e.mine))
        .unzip();
    let legal_forms = if kind == EntityKind::Org {
        legal_form_forms(client, &kept)?
    } else {
        Vec::new()
    };
    // a bare surname several people named in full share, read from the evidence above
    let shared: HashSet<String> = rows
        .iter()
        .zip(&evidence)
        .filter(|((name, _), e)| !name.contains(' ') && vote::shared_surname(&e.full_names))
        .map(|((name, _), _)| name.clone())
        .collect();
    let mut cluster = ClusterCounts {
        client,
        query,
        kind,
        legal_forms,
        mine,
        shared,
    };
    merge_rows(kind, &mut kept, &mut cluster)?;
    Ok(kept)
}

/// [`RowCounts`] from the cluster: the rows' legal-form forms and evidence read up front,
/// one request each, the rest asked as needed.
struct ClusterCounts<'a> {
    client: &'a Client,
    query: &'a Value,
    kind: EntityKind,
    /// Each row's legal-form forms ([`legal_form_forms`]).
    legal_forms: Vec<Vec<String>>,
    /// Each row's stories as the exact field counts them.
    mine: Vec<u64>,
    /// The bare surnames several people share.
    shared: HashSet<String>,
}

impl RowCounts for ClusterCounts<'_> {
    fn legal_forms(&mut self, i: usize, _: &str) -> Result<Vec<String>> {
        Ok(self.legal_forms.get(i).cloned().unwrap_or_default())
    }
    fn cased(&mut self, i: usize, _: &str, n: u64) -> Result<bool> {
        Ok(self.mine.get(i).is_some_and(|&mine| mine > n))
    }
    fn count_any(&mut self, names: &[String]) -> Result<Option<u64>> {
        count_any(self.client, self.query, self.kind, names).map(Some)
    }
    fn named_alone(&mut self, surnames: &[&str]) -> Result<Vec<bool>> {
        Ok(surnames
            .iter()
            .zip(evidence(self.client, self.kind, surnames)?)
            .map(|(s, e)| e.mine > 0 && !vote::typed_otherwise(self.kind, s, &e))
            .collect())
    }
    fn dominant_person(&mut self, surname: &str) -> Result<Option<String>> {
        dominant_person(self.client, surname, &Filters::default())
    }
    fn shared_surname(&mut self, surname: &str) -> Result<bool> {
        Ok(self.shared.contains(surname))
    }
}

/// For each of `rows` (organisations), the archive's forms of it (as `org.exact` holds them)
/// that differ from it by a legal form alone, as `newsdex_search::names` reads them locally:
/// those starting with the name less its legal form (or its other spelling of
/// -ization/-isation). One request for all.
fn legal_form_forms(client: &Client, rows: &[(String, u64)]) -> Result<Vec<Vec<String>>> {
    let stems: Vec<Option<(String, Vec<String>)>> = rows
        .iter()
        .map(|(name, _)| newsdex_search::names::legal_form_stems(&fold_string(name)))
        .collect();
    let mut aggs = serde_json::Map::new();
    for (i, stem) in stems.iter().enumerate() {
        if let Some((_, stems)) = stem {
            let alt: Vec<String> = stems.iter().map(|s| regex_escape(s)).collect();
            aggs.insert(
                i.to_string(),
                json!({"terms": {
                    "field": "org.exact", "size": LEGAL_FORM_TERMS,
                    "include": format!("({}).*", alt.join("|"))
                }}),
            );
        }
    }
    if aggs.is_empty() {
        return Ok(vec![Vec::new(); rows.len()]);
    }
    let body = json!({"size": 0, "query": {"match_all": {}}, "aggs": aggs});
    let reply = run_search(client, &client.target.articles(), &body)?;
    Ok(stems
        .iter()
        .enumerate()
        .map(|(i, stem)| {
            let Some((full, _)) = stem else {
                return Vec::new();
            };
            let key = newsdex_extract::org_key(full);
            let mut forms: Vec<String> = buckets(&reply, &i.to_string())
                .into_iter()
                .map(|(form, _)| form)
                .filter(|form| form != full && newsdex_extract::org_key(form) == key)
                .collect();
            forms.sort();
            forms
        })
        .collect())
}

/// Articles among `query`'s naming any of `names` whole as a `kind`: what a row counting
/// several written forms shows.
fn count_any(client: &Client, query: &Value, kind: EntityKind, names: &[String]) -> Result<u64> {
    count_any_in(
        client,
        &client.target.articles(),
        query,
        exact_field(kind),
        names,
    )
}

/// Documents of `index` among `query`'s with any of `names` whole in the exact `field`.
fn count_any_in(
    client: &Client,
    index: &str,
    query: &Value,
    field: &str,
    names: &[String],
) -> Result<u64> {
    let any = json!({"bool": {"filter": [
        query,
        {"terms": {field: names}}
    ]}});
    let reply = client.json(
        "POST",
        &format!("/{index}/_count"),
        &json!({ "query": any }),
    )?;
    Ok(reply["count"].as_u64().unwrap_or(0))
}

/// What the default (merged) listing does with a name `--unmerged` lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// Listed as it is.
    Kept,
    /// A bare surname counted with this full name.
    JoinedWith(String),
    /// Left out: mostly another kind of name across the archive, or a first name alone.
    Left,
}

/// Full names ending in one bare surname read to find the one it joins: far more than any
/// archive's people of one surname.
const SURNAME_CANDIDATES: usize = 1000;

/// The fate of each of `rows` (names of `kind` as written, among the articles `query`
/// matches) in the merged listing over every name, as the local `--unmerged` finds it. Only
/// the full names that could take a bare surname are read, not every name: a bare name joins
/// the full name dominating those ending in it (`dominant_full_name`), among the ones kept.
/// (Locally, a merge updates its full name's count before the next bare name is read; that
/// only matters for two spellings of one surname, "REAGAN" and "Reagan", and is not redone.)
pub fn fates(
    client: &Client,
    query: &Value,
    kind: EntityKind,
    rows: &[(String, u64)],
) -> Result<Vec<Fate>> {
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    let evidence = evidence(client, kind, &names)?;
    let mut fates: Vec<Fate> = names
        .iter()
        .zip(&evidence)
        .map(|(name, e)| {
            let left = vote::typed_otherwise(kind, name, e)
                || kind == EntityKind::Person && is_bare_first_name(name);
            if left {
                Fate::Left
            } else {
                Fate::Kept
            }
        })
        .collect();
    if kind == EntityKind::Org {
        // forms of one firm's name are counted with the one the listing shows
        let kept: Vec<(String, u64)> = rows
            .iter()
            .zip(&fates)
            .filter(|(_, f)| **f == Fate::Kept)
            .map(|(row, _)| row.clone())
            .collect();
        for (listed, others) in vote::legal_form_variants(&kept) {
            for i in others {
                if let Some(at) = rows.iter().position(|r| r.0 == kept[i].0) {
                    fates[at] = Fate::JoinedWith(kept[listed].0.clone());
                }
            }
        }
    }
    if kind != EntityKind::Person {
        return Ok(fates);
    }
    let bare: Vec<usize> = (0..rows.len())
        .filter(|&i| fates[i] == Fate::Kept && !names[i].contains(' '))
        .collect();
    if bare.is_empty() {
        return Ok(fates);
    }
    let mut aggs = serde_json::Map::new();
    for &i in &bare {
        aggs.insert(
            i.to_string(),
            json!({
                "terms": {
                    "field": exact_field(kind), "size": SURNAME_CANDIDATES,
                    "include": format!(".* {}", regex_escape(&fold_string(names[i])))
                },
                "aggs": {"written": {"terms": {"field": "person.facet", "size": SURNAME_CANDIDATES}}}
            }),
        );
    }
    let body = json!({"size": 0, "query": query, "aggs": aggs});
    let reply = run_search(client, &client.target.articles(), &body)?;
    let mut candidates: Vec<(usize, Vec<(String, u64)>)> = Vec::new();
    for &i in &bare {
        let mut full = Vec::new();
        for folded in reply
            .pointer(&format!("/aggregations/{i}/buckets"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let key = folded["key"].as_str().unwrap_or_default();
            // the bucket's articles name others too: only the spellings of this name count
            full.extend(
                folded
                    .pointer("/written/buckets")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|b| Some((b["key"].as_str()?, b["doc_count"].as_u64()?)))
                    .filter(|(written, _)| fold_string(written) == key)
                    .map(|(written, n)| (written.to_owned(), n)),
            );
        }
        candidates.push((i, full));
    }
    // Full names typed otherwise are not in the merged listing, so they take no surname.
    let all: Vec<&str> = candidates
        .iter()
        .flat_map(|(_, c)| c.iter().map(|(n, _)| n.as_str()))
        .collect();
    let dropped: HashMap<&str, bool> = all
        .iter()
        .copied()
        .zip(evidence_of_all(client, kind, &all)?)
        .collect();
    for (i, full) in &candidates {
        let kept: Vec<(String, u64)> = full
            .iter()
            .filter(|(n, _)| !dropped.get(n.as_str()).copied().unwrap_or(false))
            .cloned()
            .collect();
        if let Some(into) = dominant_full_name(&kept, names[*i]) {
            fates[*i] = Fate::JoinedWith(into);
        }
    }
    // a bare surname left unmerged that several people named in full share, as
    // `read_merged` leaves it out
    for (i, fate) in fates.iter_mut().enumerate() {
        if *fate == Fate::Kept
            && !names[i].contains(' ')
            && vote::shared_surname(&evidence[i].full_names)
        {
            *fate = Fate::Left;
        }
    }
    Ok(fates)
}

/// The person who dominates the one-word `bare` among the full names of the articles in the
/// filters' date range, unless the archive types that name otherwise: as
/// `newsdex_search::names::merge_speakers` reads a bare speaker locally.
fn dominant_person(client: &Client, bare: &str, filters: &Filters) -> Result<Option<String>> {
    let articles = client.target.articles();
    if crate::dsl::count_whole(client, (&articles, "person.exact"), bare)? == 0 {
        return Ok(None);
    }
    let counts = crate::dsl::full_names_ending(client, bare, filters)?;
    let Some(top) = newsdex_search::names::dominant(&counts, "") else {
        return Ok(None);
    };
    if typed_otherwise(client, EntityKind::Person, top)? {
        return Ok(None);
    }
    Ok(Some(top.to_owned()))
}

/// Is `name` typed otherwise across the archive ([`vote::typed_otherwise`])?
fn typed_otherwise(client: &Client, kind: EntityKind, name: &str) -> Result<bool> {
    Ok(evidence_of_all(client, kind, &[name])?
        .first()
        .copied()
        .unwrap_or(false))
}

/// Speaker `rows` (counted over the quotes `query` matches) with bare surnames counted with
/// the person who dominates them, as locally (`newsdex_search::names::merge_speakers`).
pub fn merge_speakers(
    client: &Client,
    query: &Value,
    filters: &Filters,
    rows: &mut Vec<(String, u64)>,
) -> Result<Vec<Merge>> {
    merge_bare_speakers(
        rows,
        |bare| dominant_person(client, bare, filters),
        |names| {
            count_any_in(
                client,
                &client.target.quotes(),
                query,
                "speaker.exact",
                names,
            )
        },
    )
}

/// The fate of each speaker of `rows` in the merged listing: a bare surname joins the
/// person who dominates it ([`merge_speakers`]).
pub fn speaker_fates(
    client: &Client,
    filters: &Filters,
    rows: &[(String, u64)],
) -> Result<Vec<Fate>> {
    rows.iter()
        .map(|(name, _)| {
            if name.trim().contains(' ') {
                return Ok(Fate::Kept);
            }
            Ok(match dominant_person(client, name, filters)? {
                Some(into) => Fate::JoinedWith(into),
                None => Fate::Kept,
            })
        })
        .collect()
}

/// For each of `names`: is it typed otherwise across the archive ([`vote::typed_otherwise`])?
fn evidence_of_all(client: &Client, kind: EntityKind, names: &[&str]) -> Result<Vec<bool>> {
    Ok(names
        .iter()
        .zip(evidence(client, kind, names)?)
        .map(|(name, e)| vote::typed_otherwise(kind, name, &e))
        .collect())
}

/// For each name, what the archive says about it ([`Evidence`]), as the local index counts
/// it. One request for all of them.
fn evidence(client: &Client, kind: EntityKind, names: &[&str]) -> Result<Vec<Evidence>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let kinds = [EntityKind::Person, EntityKind::Place, EntityKind::Org];
    let mut aggs = serde_json::Map::new();
    for k in kinds {
        let filters: serde_json::Map<String, Value> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (i.to_string(), json!({"term": {exact_field(k): n}})))
            .collect();
        aggs.insert(format!("{k:?}"), json!({"filters": {"filters": filters}}));
    }
    let folded: Vec<String> = names.iter().map(|n| fold_string(n)).collect();
    let escaped: Vec<String> = folded.iter().map(|f| regex_escape(f)).collect();
    // names starting longer organisation names, and the full names ending in a one-word
    // person name: a regular expression per few names (a cluster refuses expressions over
    // 1,000 characters)
    let prefixes = regex_aggs(&mut aggs, "org_prefix", "org.exact", &escaped, |alt| {
        format!("({alt})[ ,'].*")
    });
    let one_words: Vec<String> = if kind == EntityKind::Person {
        escaped
            .iter()
            .filter(|e| !e.contains(' '))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let surnames = regex_aggs(&mut aggs, "full_name", "person.exact", &one_words, |alt| {
        format!(".* ({alt})")
    });
    let body = json!({"size": 0, "query": {"match_all": {}}, "aggs": aggs});
    let reply = run_search(client, &client.target.articles(), &body)?;
    let count = |k: EntityKind, i: usize| {
        reply
            .pointer(&format!("/aggregations/{k:?}/buckets/{i}/doc_count"))
            .and_then(Value::as_u64)
            .unwrap_or(0)
    };
    let prefixed: HashMap<String, u64> = (0..prefixes)
        .flat_map(|c| buckets(&reply, &format!("org_prefix_{c}")))
        .collect();
    let full_names: HashMap<String, u64> = (0..surnames)
        .flat_map(|c| buckets(&reply, &format!("full_name_{c}")))
        .collect();
    Ok(names
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let f = &folded[i];
            Evidence {
                mine: count(kind, i),
                theirs: kinds
                    .iter()
                    .filter(|&&k| k != kind)
                    .map(|&k| count(k, i))
                    .sum(),
                org_prefix: prefixed
                    .iter()
                    .filter(|(key, _)| {
                        key.strip_prefix(f.as_str())
                            .is_some_and(|rest| rest.starts_with([' ', ',', '\'']))
                    })
                    .map(|(_, n)| n)
                    .sum(),
                full_names: if kind == EntityKind::Person && !f.contains(' ') {
                    vote::full_name_counts(&full_names, f)
                } else {
                    Vec::new()
                },
            }
        })
        .collect())
}

/// Adds terms aggregations `{prefix}_0`, `{prefix}_1`... on `field`, each including the
/// values that `pattern` makes of a few of `escaped` joined as alternatives; returns how
/// many.
fn regex_aggs(
    aggs: &mut serde_json::Map<String, Value>,
    prefix: &str,
    field: &str,
    escaped: &[String],
    pattern: impl Fn(&str) -> String,
) -> usize {
    let mut chunks = 0;
    let mut alternatives: Vec<&str> = Vec::new();
    let mut len = 0;
    for (i, e) in escaped.iter().enumerate() {
        alternatives.push(e);
        len += e.len() + 1;
        if len > 800 || i + 1 == escaped.len() {
            aggs.insert(
                format!("{prefix}_{chunks}"),
                json!({"terms": {
                    "field": field, "size": 65_536,
                    "include": pattern(&alternatives.join("|"))
                }}),
            );
            chunks += 1;
            alternatives.clear();
            len = 0;
        }
    }
    chunks
}

/// `s` as a Lucene regular expression matching itself.
fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if ".?+*|{}[]()\\\"#@&<>~^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
