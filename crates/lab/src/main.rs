//! `newsdex-lab`: the reproducible training and scoring behind newsdex's shipped model, for
//! the people who build newsdex (`cargo run --release -p newsdex-lab -- --help`). It is not
//! part of the `newsdex` binary, and no default points outside the repository: the
//! evaluation sets are found under `--corpora` (or `NEWSDEX_CORPORA`), a folder laid out as
//! the shared corpora are (`conll2003/`, `polnear/`, `bbc-news-2225/`, ...).

mod clusters;
mod conll;
mod eval;
mod eval_quotes;
mod eval_web;
mod news_quotes;
mod reuters_people;
mod train;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use eval_quotes::{eval_polnear, GoldMarks};
use newsdex_extract::EntityExtractor;

/// Train and evaluate newsdex's extraction models.
#[derive(Debug, Parser)]
#[command(name = "newsdex-lab", max_term_width = 100)]
struct Lab {
    /// The corpora folder (conll2003/, polnear/, bbc-news-2225/, reuters21578/, ...)
    #[arg(long, global = true, env = "NEWSDEX_CORPORA", value_name = "DIR")]
    corpora: Option<PathBuf>,

    #[command(subcommand)]
    command: LabCommand,
}

#[derive(Debug, Subcommand)]
enum LabCommand {
    /// Score people/places/orgs on CoNLL-2003 (exact spans, per-type P/R/F1)
    EvalNer {
        /// CoNLL file with -DOCSTART- lines (token TAG) [default: CoNLL-2003 dev under --corpora]
        conll: Option<PathBuf>,
        /// Score this model file instead of the embedded one
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Score quote detection and speaker attribution on PolNeAR, or on the hand-annotated
    /// news-quotes set (--set news)
    EvalQuotes {
        /// A PolNeAR split directory (with text/ and attributions/) [default: dev under --corpora]
        split: Option<PathBuf>,
        /// Which set: PolNeAR (the split above), or news-quotes (sets/news-quotes)
        #[arg(long, value_enum, default_value_t = QuoteSet::Polnear)]
        set: QuoteSet,
        /// With --set news: which part (the held-out part's errors are never printed)
        #[arg(long, value_enum, default_value_t = news_quotes::Part::All)]
        part: news_quotes::Part,
        /// Count only double-quote marks as quotes (drop NYT-style '' quotes)
        #[arg(long)]
        double_only: bool,
        /// Write one line per error to this file
        #[arg(long)]
        dump: Option<PathBuf>,
    },
    /// Check the news-quotes set without running any tagger: every quote's keys are there
    /// and its text occurs verbatim in the rebuilt article (what annotators validate with)
    CheckNewsQuotes {
        /// Print this document's rebuilt text (`bbc/tech/052`, `reuters/reut2-003.sgm#17`)
        /// instead of checking
        #[arg(long, value_name = "DOC")]
        text: Option<String>,
    },
    /// Score web-page reading on fundus's 79 news pages (html-samples/fundus): main text
    /// (word 4-gram and paragraph F1), title, day-level date F1 and author F1, on a tune
    /// part and a part held out by publisher
    EvalWeb {
        /// Which part (the held-out part's pages are never printed)
        #[arg(long, value_enum, default_value_t = eval_web::Part::All)]
        part: eval_web::Part,
        /// Print the tune part's scores page by page
        #[arg(long)]
        pages: bool,
        /// Write each tune page's body and gold paragraphs to this folder
        #[arg(long)]
        dump: Option<PathBuf>,
    },
    /// Measure person retrieval on Reuters-21578: for each PEOPLE tag on 5+ stories, the
    /// share of its stories `--person Surname` and `--person "First Last"` find
    EvalPeople,
    /// Train the entity tagger on CoNLL-2003 train and report dev scores
    TrainNer {
        /// Training file [default: CoNLL-2003 train under --corpora]
        #[arg(long)]
        train: Option<PathBuf>,
        /// Model-selection file [default: CoNLL-2003 dev under --corpora]
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Where to write the model (rebuild newsdex afterwards to embed it)
        #[arg(long, default_value_os_t = data_file("ner.model"))]
        out: PathBuf,
        /// Word-cluster table (from `newsdex-lab clusters`)
        #[arg(long, default_value_os_t = data_file("clusters.bin"))]
        clusters: PathBuf,
        /// Passes over the training set
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Differently shuffled models averaged per pass
        #[arg(long, default_value_t = 3)]
        seeds: usize,
        /// log2 of the rows of each pass's weight table
        #[arg(long, default_value_t = 16)]
        bits: u32,
    },
    /// Build the word-cluster table from unlabeled news text (hashes only)
    Clusters {
        /// Where to write the table
        #[arg(long, default_value_os_t = data_file("clusters.bin"))]
        out: PathBuf,
        /// CoNLL training file whose tokens join the text [default: under --corpora]
        #[arg(long)]
        conll: Option<PathBuf>,
        /// Corpus directories of plain text / SGML news [default: BBC, Reuters-21578 and
        /// PolNeAR train under --corpora]
        text: Vec<PathBuf>,
    },
}

/// The quote evaluation sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum QuoteSet {
    /// PolNeAR (2016 US politics; the set attribution was first tuned on).
    Polnear,
    /// news-quotes: 535 articles from some 135 outlets in twelve countries, annotated by hand.
    News,
}

/// A file of newsdex-extract's shipped data, inside this repository.
fn data_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../extract/data")
        .join(name)
}

/// Where the evaluation sets are: `--corpora`, or an error that says how to give it.
fn corpora(dir: &Option<PathBuf>) -> Result<&Path> {
    dir.as_deref().context(
        "no corpora folder: pass --corpora DIR or set NEWSDEX_CORPORA \
         (a folder holding conll2003/, polnear/, bbc-news-2225/, ...)",
    )
}

/// `given`, or `rel` under the corpora folder.
fn or_corpus(given: Option<PathBuf>, dir: &Option<PathBuf>, rel: &str) -> Result<PathBuf> {
    match given {
        Some(path) => Ok(path),
        None => Ok(corpora(dir)?.join(rel)),
    }
}

const CONLL_TRAIN: &str = "conll2003/docstart-2col/train.txt";
const CONLL_DEV: &str = "conll2003/docstart-2col/valid.txt";

fn main() -> std::process::ExitCode {
    match run(Lab::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsdex-lab: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(lab: Lab) -> Result<()> {
    let dir = &lab.corpora;
    match lab.command {
        LabCommand::EvalNer { conll, model } => {
            let conll = or_corpus(conll, dir, CONLL_DEV)?;
            let report = match model {
                Some(m) => eval::eval_conll_with_model(&conll, &m)?,
                None => eval::eval_conll(&conll)?,
            };
            print!("{report}");
        }
        LabCommand::EvalQuotes {
            split,
            set: QuoteSet::News,
            part,
            dump,
            ..
        } => {
            if split.is_some() {
                anyhow::bail!("--set news takes no split");
            }
            let mut file = dump
                .as_deref()
                .map(|p| {
                    std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))
                })
                .transpose()?;
            let report = news_quotes::eval_news_quotes(
                corpora(dir)?,
                part,
                file.as_mut().map(|f| f as &mut dyn std::io::Write),
            )?;
            print!("{report}");
        }
        LabCommand::CheckNewsQuotes { text } => match text {
            Some(doc) => print!("{}", news_quotes::article_text(corpora(dir)?, &doc)?),
            None => {
                let (articles, quotes) = news_quotes::check(corpora(dir)?)?;
                println!("news-quotes: {articles} articles, {quotes} quotes, all valid");
            }
        },
        LabCommand::EvalQuotes {
            split,
            double_only,
            dump,
            ..
        } => {
            let split = or_corpus(split, dir, "polnear/data/dev")?;
            let extractor = EntityExtractor::embedded().context("loading the entity model")?;
            // Exactly what indexing does: quotes see the article's entities.
            let entities = |text: &str| extractor.extract(text);
            let marks = if double_only {
                GoldMarks::DoubleOnly
            } else {
                GoldMarks::All
            };
            let mut file = dump
                .as_deref()
                .map(|p| {
                    std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))
                })
                .transpose()?;
            let report = eval_polnear(
                &split,
                marks,
                &entities,
                file.as_mut().map(|f| f as &mut dyn std::io::Write),
            )?;
            print!("{report}");
        }
        LabCommand::EvalWeb { part, pages, dump } => {
            let report = eval_web::eval_web(corpora(dir)?, part, pages, dump.as_deref())?;
            print!("{report}");
        }
        LabCommand::EvalPeople => {
            print!("{}", reuters_people::eval_reuters_people(corpora(dir)?)?);
        }
        LabCommand::TrainNer {
            train: train_path,
            dev,
            out,
            clusters,
            epochs,
            seeds,
            bits,
        } => {
            let train_path = or_corpus(train_path, dir, CONLL_TRAIN)?;
            let dev = or_corpus(dev, dir, CONLL_DEV)?;
            let options = train::TrainOptions {
                epochs,
                seeds,
                bits,
                clusters: Some(clusters),
                ..train::TrainOptions::default()
            };
            let report = train::train_conll(&train_path, Some(&dev), &out, &options)?;
            print!("{report}");
            println!("wrote {} (rebuild newsdex to embed it)", out.display());
        }
        LabCommand::Clusters { out, conll, text } => {
            let conll = or_corpus(conll, dir, CONLL_TRAIN)?;
            let text = if text.is_empty() {
                let root = corpora(dir)?;
                ["bbc-news-2225", "reuters21578", "polnear/data/train/text"]
                    .iter()
                    .map(|rel| root.join(rel))
                    .collect()
            } else {
                text
            };
            build_clusters(&out, &conll, &text)?;
        }
    }
    Ok(())
}

fn build_clusters(out: &Path, conll_path: &Path, corpora: &[PathBuf]) -> Result<()> {
    let roots: Vec<&Path> = corpora.iter().map(PathBuf::as_path).collect();
    let texts = clusters::read_corpus_texts(&roots)?;
    let docs = conll::read_conll(conll_path)?;
    let sentences: Vec<Vec<String>> = docs
        .iter()
        .flat_map(|d| {
            d.sents.iter().map(|s| {
                d.toks[s.start..s.end]
                    .iter()
                    .map(|t| d.text[t.start..t.end].to_string())
                    .collect()
            })
        })
        .collect();
    let map = clusters::build_clusters(&texts, &sentences, 4, 50_000, 300, 10);
    std::fs::write(out, newsdex_extract::training::clusters_to_bytes(&map))
        .with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} words to {}", map.len(), out.display());
    Ok(())
}
