//! Person retrieval on Reuters-21578: does `--person` find the stories about a person?
//!
//! Reuters tagged each story with the people it is about (`<PEOPLE><D>james-baker</D>`).
//! For every tag on at least [`MIN_STORIES`] stories, and every such story whose text names
//! the surname, the story should be among the hits of `search --person Surname` and of
//! `search --person "First Last"` (the full names are in `sets/reuters-people/`, looked up
//! by hand: most tags carry a surname only). The whole collection is indexed as `newsdex
//! index` would, into a temporary folder, and searched through the library.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

use anyhow::{Context, Result};
use newsdex_index::{index_roots, IndexOptions, NewsIndex, NoProgress};
use newsdex_search::{search, Filters, SearchRequest};

/// Tags on fewer stories are left out (the measure).
const MIN_STORIES: usize = 5;

/// Every hit of a search, for recall.
const ALL_HITS: usize = 50_000;

/// Full names of the tagged people and their surnames as the stories write them, by tag.
const FULL_NAMES: &str = include_str!("../sets/reuters-people/full_names.tsv");

/// Retrieval scores.
#[derive(Debug, Default)]
pub struct Report {
    /// Tags measured.
    pub tags: usize,
    /// (tag, story) pairs measured.
    pub stories: usize,
    /// ... found by `--person Surname`.
    pub by_surname: usize,
    /// ... found by `--person "First Last"`.
    pub by_full_name: usize,
    /// Per tag: (stories, by surname, by full name).
    pub per_tag: BTreeMap<String, (usize, usize, usize)>,
}

impl Report {
    fn pct(a: usize, b: usize) -> f64 {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} tags, {} tagged stories naming the surname",
            self.tags, self.stories
        )?;
        writeln!(
            f,
            "--person Surname finds {:.1}% ({}/{})",
            Self::pct(self.by_surname, self.stories),
            self.by_surname,
            self.stories
        )?;
        writeln!(
            f,
            "--person \"First Last\" finds {:.1}% ({}/{})",
            Self::pct(self.by_full_name, self.stories),
            self.by_full_name,
            self.stories
        )?;
        let mut worst: Vec<_> = self.per_tag.iter().collect();
        worst.sort_by_key(|(_, &(n, s, full))| (s + full) * 1000 / (2 * n).max(1));
        write!(f, "lowest:")?;
        for (tag, (n, s, full)) in worst.iter().take(8) {
            write!(f, "  {tag} {s}/{full}/{n}")?;
        }
        writeln!(f)
    }
}

/// One tagged story: its path as hits show it, and its text.
struct Story {
    path: String,
    text: String,
    tags: Vec<String>,
}

/// The records of the Reuters-21578 files under `dir`, numbered as newsdex numbers them.
fn stories(dir: &Path) -> Result<Vec<Story>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sgm"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
        let text = String::from_utf8_lossy(&bytes);
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for (n, record) in text.split("<REUTERS").skip(1).enumerate() {
            let tags = between(record, "<PEOPLE>", "</PEOPLE>")
                .map(|p| {
                    p.split("<D>")
                        .filter_map(|d| d.split("</D>").next())
                        .filter(|d| !d.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let body = [
                between(record, "<TITLE>", "</TITLE>"),
                between(record, "<BODY>", "</BODY>"),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n");
            out.push(Story {
                path: format!("{name}#{}", n + 1),
                text: body,
                tags,
            });
        }
    }
    Ok(out)
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = a + s[a..].find(close)?;
    Some(&s[a..b])
}

/// Whole-word, case-insensitive: does `text` name `word`?
fn names(text: &str, word: &str) -> bool {
    let lower = text.to_lowercase();
    let w = word.to_lowercase();
    lower.match_indices(&w).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The paths of every article `--person person` finds.
fn found(index: &NewsIndex, person: &str) -> Result<HashSet<String>> {
    let request = SearchRequest {
        filters: Filters {
            people: vec![person.to_owned()],
            ..Filters::default()
        },
        limit: ALL_HITS,
        // every hit, as the command line may ask: the server's page cap would refuse it
        limits: newsdex_search::Limits::LOCAL,
        ..SearchRequest::default()
    };
    Ok(search(index, &request)?
        .hits
        .into_iter()
        .map(|h| h.location.path)
        .collect())
}

/// Indexes `corpora/reuters21578` in a temporary folder and measures retrieval.
pub fn eval_reuters_people(corpora: &Path) -> Result<Report> {
    let dir = corpora.join("reuters21578");
    let stories = stories(&dir)?;
    // tag -> (full name, surname as the stories write it)
    let full_names: BTreeMap<&str, (&str, &str)> = FULL_NAMES
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, (cols.next()?, cols.next()?)))
        })
        .collect();
    let mut by_tag: BTreeMap<&str, Vec<&Story>> = BTreeMap::new();
    for s in &stories {
        for t in &s.tags {
            by_tag.entry(t.as_str()).or_default().push(s);
        }
    }
    by_tag.retain(|_, v| v.len() >= MIN_STORIES);

    let work = std::env::temp_dir().join(format!("newsdex-lab-people-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let index = NewsIndex::open_or_create(&work)?;
    index_roots(&index, &[dir], &IndexOptions::default(), &NoProgress)?;
    index.reload()?;

    let mut report = Report::default();
    for (tag, tagged) in &by_tag {
        let &(full, surname) = full_names
            .get(tag)
            .with_context(|| format!("no full name for the tag {tag} in full_names.tsv"))?;
        let (by_surname, by_full) = (found(&index, surname)?, found(&index, full)?);
        let mut row = (0, 0, 0);
        for s in tagged.iter().filter(|s| names(&s.text, surname)) {
            row.0 += 1;
            row.1 += usize::from(by_surname.contains(&s.path));
            row.2 += usize::from(by_full.contains(&s.path));
        }
        report.tags += 1;
        report.stories += row.0;
        report.by_surname += row.1;
        report.by_full_name += row.2;
        report.per_tag.insert((*tag).to_owned(), row);
    }
    let _ = std::fs::remove_dir_all(&work);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_whole_words_in_any_case() {
        assert!(names("TREASURY'S BAKER SAYS", "Baker"));
        assert!(!names("a bakery", "Baker"));
    }
}
