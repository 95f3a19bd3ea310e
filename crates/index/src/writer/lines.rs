//! `newsdex index -`: JSON Lines from a stream (see [`Input::Lines`](super::Input::Lines)),
//! read a batch at a time
//! and identified by content, so that the same record sent again replaces its article. The
//! batching and the ids serve both backends (the OpenSearch one reads its streams with
//! [`next_lines_batch`] too); [`LinesIndexer`] writes a stream to tantivy.
//!
//! A stream has no file state: nothing of it is skipped on a re-run, and nothing is removed.

use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{Context, Result};
use rayon::prelude::*;
use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::{writer_error, IndexOptions, Operations, Problem, Progress, Summary, FILES_PER_TASK};
use crate::document::{article_documents, Origin};
use crate::Fields;
use newsdex_corpus::{next_batch, no_articles, source_key, Article, Problems, RawArticle, Step};
use newsdex_extract::{EntityExtractor, Extracted};

/// Records of a JSON Lines stream read at a time: parsed on every worker, then indexed, and
/// commits (when due) between them.
const LINES_BATCH: usize = 1024;

/// The id of an article read from a stream: from its content, so that the same record sent
/// again is the same article.
pub fn content_key(name: &str, raw: &RawArticle) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for part in [&raw.title, &raw.body, raw.url.as_deref().unwrap_or("")] {
        h.update(part.as_bytes());
        h.update(b"\0");
    }
    source_key(name.as_bytes(), &h.digest().to_le_bytes(), None)
}

/// The next articles of the stream shown as `name`: a batch of records taken from `steps`,
/// parsed on `pool` and identified by [`content_key`].
/// The same record twice in a batch is one article, the later copy (a re-sent record
/// replaces its article across batches too, by its id). Records' notes and failures go to
/// `warnings`. A batch can be empty while the stream goes on (every record of it bad).
pub fn next_lines_batch(
    steps: &mut impl Iterator<Item = Step>,
    name: &str,
    pool: &rayon::ThreadPool,
    warnings: &mut Problems,
) -> Vec<Article> {
    let records = next_batch(steps, warnings, LINES_BATCH);
    let parsed: Vec<(u32, Option<Result<RawArticle, String>>)> = pool.install(|| {
        records
            .into_par_iter()
            .map(|r| (r.number, r.article()))
            .collect()
    });
    let mut seen = std::collections::HashSet::new();
    let mut batch = Vec::with_capacity(parsed.len());
    for (number, article) in parsed.into_iter().rev() {
        match article {
            Some(Ok(mut raw)) => {
                for note in std::mem::take(&mut raw.warnings) {
                    warnings.push(number, format!("record {number}: {note}"));
                }
                let key = content_key(name, &raw);
                if seen.insert(key) {
                    batch.push(Article::from_raw(key, name.to_owned(), Some(number), raw));
                }
            }
            Some(Err(why)) => warnings.push(number, why),
            None => {}
        }
    }
    batch.reverse();
    batch
}

/// Indexes a stream of JSON Lines (see [`Input::Lines`](super::Input::Lines)).
pub(super) struct LinesIndexer<'a> {
    pub(super) f: &'a Fields,
    pub(super) writer: &'a mut IndexWriter<TantivyDocument>,
    pub(super) pool: &'a rayon::ThreadPool,
    pub(super) options: &'a IndexOptions,
    pub(super) extractor: Option<&'a EntityExtractor>,
    pub(super) progress: &'a dyn Progress,
    pub(super) commit_mid_run: bool,
    pub(super) dir: &'a Path,
}

impl LinesIndexer<'_> {
    pub(super) fn run(
        self,
        name: &str,
        reader: Box<dyn std::io::BufRead + Send>,
        summary: &mut Summary,
        problems: &Mutex<(Vec<Problem>, Vec<Problem>)>,
    ) -> Result<()> {
        let problem = |reason: String, fatal: bool| {
            let problem = Problem {
                path: name.to_owned(),
                reason,
            };
            self.progress.problem(&problem, fatal);
            let mut guard = problems.lock().unwrap_or_else(|e| e.into_inner());
            match fatal {
                true => guard.0.push(problem),
                false => guard.1.push(problem),
            }
        };
        summary.files_seen += 1;
        let input =
            newsdex_corpus::decode::inflated(reader).with_context(|| format!("reading {name}"))?;
        let lines =
            match newsdex_corpus::readers::json::Lines::new(input, self.options.limits.max_bytes) {
                Ok(lines) => lines,
                Err(e) => {
                    problem(e.to_string(), true);
                    return Ok(());
                }
            };
        let mut steps = lines.peekable();
        let mut warnings = Problems::default();
        let (mut since_commit, mut last_commit) = (0u64, Instant::now());
        let (mut articles, mut undated, mut quotes) = (0u64, 0u64, 0u64);
        while steps.peek().is_some() {
            let batch = next_lines_batch(&mut steps, name, self.pool, &mut warnings);
            let writer: &IndexWriter<TantivyDocument> = self.writer;
            let (f, extractor, progress) = (self.f, self.extractor, self.progress);
            let tallies: Vec<(u64, u64)> = self.pool.install(|| {
                batch
                    .par_chunks(FILES_PER_TASK)
                    .map(|articles| {
                        let mut ops = Operations::new(writer);
                        let mut quotes = 0;
                        let mut bytes = 0;
                        for article in articles {
                            let extracted = match extractor {
                                Some(x) => Extracted::from_text(x, &article.text),
                                None => Extracted::default(),
                            };
                            quotes += extracted.quotes.len() as u64;
                            bytes += article.text.len() as u64;
                            let origin = Origin {
                                file_id: article.key,
                                root: b"",
                            };
                            ops.push(UserOperation::Delete(Term::from_field_u64(
                                f.file_id,
                                article.key,
                            )));
                            let docs = article_documents(f, &origin, article, &extracted, None);
                            ops.push_article(docs, article.text.len());
                            progress.indexed();
                        }
                        ops.send();
                        (quotes, bytes)
                    })
                    .collect()
            });
            articles += batch.len() as u64;
            undated += batch.iter().filter(|a| a.date.is_none()).count() as u64;
            for (q, bytes) in tallies {
                quotes += q;
                since_commit += bytes;
                summary.bytes_read += bytes;
            }
            if self.commit_mid_run
                && (since_commit >= self.options.commit_every_bytes
                    || last_commit.elapsed() >= self.options.commit_every)
            {
                self.writer
                    .commit()
                    .map_err(|e| writer_error(e, self.dir))?;
                summary.commits += 1;
                since_commit = 0;
                last_commit = Instant::now();
            }
        }
        let warnings = warnings.into_vec();
        if articles == 0 {
            problem(no_articles(&warnings).to_string(), true);
            return Ok(());
        }
        for warning in warnings {
            problem(warning, false);
        }
        summary.new += 1;
        summary.articles_indexed += articles;
        summary.undated += undated;
        summary.quotes_indexed += quotes;
        Ok(())
    }
}
