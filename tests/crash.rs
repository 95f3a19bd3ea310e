//! Crash safety and concurrency: kill -9 part-way leaves a searchable index, and re-runs
//! complete it with exactly the clean run's articles; a second writer is refused at once.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// sample_corpus's plain-text articles copied `copies` times under distinct paths: thousands
/// of real articles, enough for an indexing run to take a while.
fn replicated_corpus(dir: &Path, copies: usize) -> PathBuf {
    let corpus = dir.join("corpus");
    let mut sources = Vec::new();
    for entry in walkdir::WalkDir::new(sample_corpus()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "txt") {
            sources.push(entry.into_path());
        }
    }
    for copy in 0..copies {
        let target = corpus.join(format!("copy{copy:03}"));
        fs::create_dir_all(&target).unwrap();
        for (n, src) in sources.iter().enumerate() {
            fs::copy(src, target.join(format!("{n:03}.txt"))).unwrap();
        }
    }
    corpus
}

fn spawn_index(index: &Path, corpus: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(index)
        .args([
            "index",
            "--threads",
            "1",
            "--commit-secs",
            "1",
            "--commit-mb",
            "2",
        ])
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawning newsdex index")
}

/// Every article id in the index, asserting there are no duplicates.
fn article_ids(index: &Path) -> BTreeSet<String> {
    let out = ok(index, &["search", "", "--json", "--limit", "1000000"]);
    let hits = json_lines(&out);
    let ids: BTreeSet<String> = hits
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), hits.len(), "duplicate articles in the index");
    ids
}

#[test]
fn kill_at_several_points_then_rerun_equals_clean_run() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = replicated_corpus(dir.path(), 150);

    let clean = dir.path().join("clean");
    let started = Instant::now();
    let status = spawn_index(&clean, &corpus).wait().unwrap();
    assert!(status.success());
    let clean_time = started.elapsed();
    let expected = article_ids(&clean);
    assert_eq!(expected.len(), 150 * 61);

    let index = dir.path().join("killed");
    for fraction in [0.15, 0.45, 0.75] {
        let mut child = spawn_index(&index, &corpus);
        std::thread::sleep(clean_time.mul_f64(fraction));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // The last committed state is searchable and holds no duplicate.
        if index.join("meta.json").exists() {
            let partial = article_ids(&index);
            assert!(partial.is_subset(&expected));
            eprintln!(
                "killed at {fraction}: {} of {} articles committed",
                partial.len(),
                expected.len()
            );
        }
    }
    let status = spawn_index(&index, &corpus).wait().unwrap();
    assert!(status.success());
    assert_eq!(article_ids(&index), expected);
}

#[test]
fn second_writer_is_refused_while_search_works() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = replicated_corpus(dir.path(), 150);
    let index = dir.path().join("index");
    let mut first = spawn_index(&index, &corpus);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !index.join("meta.json").exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    let second = newsdex(&index, &["index", corpus.to_str().unwrap()]);
    let still_running = first.try_wait().unwrap().is_none();
    let search = newsdex(&index, &["search", "Rafah"]);
    first.wait().unwrap();
    if !still_running {
        eprintln!("skipping: the first run finished before the second started");
        return;
    }
    assert_eq!(second.status.code(), Some(1));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("already writing"), "{err}");
    assert_eq!(
        search.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&search.stderr)
    );
}
