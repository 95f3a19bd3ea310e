//! `newsdex dev ...`: the reproducible training and scoring behind the shipped model, for the
//! people who build newsdex. Each command defaults to the shared corpora next to the repo.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

use super::Code;
use crate::extract::eval_quotes::{eval_polnear, GoldMarks};
use crate::extract::{clusters, conll, eval, train, EntityExtractor};

#[derive(Debug, Args)]
pub struct DevArgs {
    #[command(subcommand)]
    pub command: DevCommand,
}

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Score people/places/orgs on CoNLL-2003 (exact spans, per-type P/R/F1)
    EvalNer {
        /// CoNLL file with -DOCSTART- lines (token TAG)
        #[arg(default_value = "../shared/corpora/conll2003/docstart-2col/valid.txt")]
        conll: PathBuf,
        /// Score this model file instead of the embedded one
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Score quote detection and speaker attribution on PolNeAR
    EvalQuotes {
        /// A PolNeAR split directory (with text/ and attributions/)
        #[arg(default_value = "../shared/corpora/polnear/data/dev")]
        split: PathBuf,
        /// Count only double-quote marks as quotes (drop NYT-style '' quotes)
        #[arg(long)]
        double_only: bool,
        /// Write one line per error to this file
        #[arg(long)]
        dump: Option<PathBuf>,
    },
    /// Train the entity tagger on CoNLL-2003 train and report dev scores
    TrainNer {
        #[arg(
            long,
            default_value = "../shared/corpora/conll2003/docstart-2col/train.txt"
        )]
        train: PathBuf,
        #[arg(
            long,
            default_value = "../shared/corpora/conll2003/docstart-2col/valid.txt"
        )]
        dev: PathBuf,
        /// Where to write the model (rebuild newsdex afterwards to embed it)
        #[arg(long, default_value = "data/ner.model")]
        out: PathBuf,
        /// Word-cluster table (from `newsdex dev clusters`)
        #[arg(long, default_value = "data/clusters.bin")]
        clusters: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        #[arg(long, default_value_t = 3)]
        seeds: usize,
    },
    /// Build the word-cluster table from unlabeled news text (hashes only)
    Clusters {
        #[arg(long, default_value = "data/clusters.bin")]
        out: PathBuf,
        #[arg(
            long,
            default_value = "../shared/corpora/conll2003/docstart-2col/train.txt"
        )]
        conll: PathBuf,
        /// Corpus directories of plain text / SGML news
        #[arg(default_values = ["../shared/corpora/bbc-news-2225", "../shared/corpora/reuters21578", "../shared/corpora/polnear/data/train/text"])]
        corpora: Vec<PathBuf>,
    },
}

pub fn run(args: DevArgs) -> Result<Code> {
    match args.command {
        DevCommand::EvalNer { conll, model } => {
            let report = match model {
                Some(m) => eval::eval_conll_with_model(&conll, &m)?,
                None => eval::eval_conll(&conll)?,
            };
            print!("{report}");
        }
        DevCommand::EvalQuotes {
            split,
            double_only,
            dump,
        } => {
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
        DevCommand::TrainNer {
            train: train_path,
            dev,
            out,
            clusters,
            epochs,
            seeds,
        } => {
            let options = train::TrainOptions {
                epochs,
                seeds,
                clusters: Some(clusters),
                ..train::TrainOptions::default()
            };
            let report = train::train_conll(&train_path, Some(&dev), &out, &options)?;
            print!("{report}");
            println!("wrote {} (rebuild newsdex to embed it)", out.display());
        }
        DevCommand::Clusters {
            out,
            conll: conll_path,
            corpora,
        } => build_clusters(&out, &conll_path, &corpora)?,
    }
    Ok(Code::Ok)
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
    std::fs::write(out, clusters::to_bytes(&map))
        .with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} words to {}", map.len(), out.display());
    Ok(())
}
