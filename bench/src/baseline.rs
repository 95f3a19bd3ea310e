//! The baseline newsdex is measured against: the minimal walkdir + rayon + tantivy indexer of
//! title + body a competent engineer would write in an afternoon, with the same tokenizer,
//! thread count and writer memory as newsdex. No extraction, no incremental state, one
//! commit at the end.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Parser;
use rayon::prelude::*;
use tantivy::schema::{Schema, STORED};
use tantivy::{doc, Index, TantivyDocument};

#[derive(Parser)]
struct Args {
    corpus: PathBuf,
    index: PathBuf,
    #[arg(long, default_value_t = 2)]
    threads: usize,
    #[arg(long, default_value_t = 256)]
    heap_mb: usize,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let mut builder = Schema::builder();
    let text = newsdex_like_text_options();
    let title = builder.add_text_field("title", text.clone() | STORED);
    let body = builder.add_text_field("body", text | STORED);
    let schema = builder.build();
    std::fs::create_dir_all(&args.index)?;
    let index = Index::create_in_dir(&args.index, schema).context("creating index")?;
    newsdex_index::schema::register_tokenizers(&index);
    let writer = index
        .writer_with_num_threads::<TantivyDocument>(args.threads, args.heap_mb * 1024 * 1024)
        .context("opening writer")?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()?;
    pool.install(|| {
        walkdir::WalkDir::new(&args.corpus)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .par_bridge()
            .for_each(|entry| {
                let Ok(bytes) = std::fs::read(entry.path()) else {
                    return;
                };
                let text = String::from_utf8_lossy(&bytes);
                let (t, b) = text.split_once('\n').unwrap_or((&text, ""));
                let _ = writer.add_document(doc!(title => t.trim(), body => b.trim()));
            })
    });
    let mut writer = writer;
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

fn newsdex_like_text_options() -> tantivy::schema::TextOptions {
    use tantivy::schema::{IndexRecordOption, TextFieldIndexing, TextOptions};
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(newsdex_index::schema::NEWS_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}
