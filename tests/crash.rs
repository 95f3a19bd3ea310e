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

/// True while a process holds the index's writer lock (an flock, which Linux lists in
/// /proc/locks by device and inode).
fn writer_lock_held(index: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = fs::metadata(index.join(".tantivy-writer.lock")) else {
        return false;
    };
    let locks = fs::read_to_string("/proc/locks").expect("/proc/locks");
    let inode = format!(":{} ", meta.ino());
    locks.lines().any(|line| line.contains(&inode))
}

/// Articles the index shows now; 0 while it has no commit (or no index) yet.
fn committed(index: &Path) -> usize {
    let out = newsdex(index, &["stats", "--json"]);
    if !out.status.success() {
        return 0;
    }
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    stats["articles"].as_u64().unwrap() as usize
}

#[test]
fn kill_at_several_points_then_rerun_equals_clean_run() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = replicated_corpus(dir.path(), 150);

    let clean = dir.path().join("clean");
    let status = spawn_index(&clean, &corpus).wait().unwrap();
    assert!(status.success());
    let expected = article_ids(&clean);
    assert_eq!(expected.len(), 150 * 61);

    // Each run is killed as soon as a commit beyond what the last run left shows: mid-run,
    // with work committed and work not.
    let index = dir.path().join("killed");
    let mut last = 0;
    for round in 0..3 {
        let mut child = spawn_index(&index, &corpus);
        let deadline = Instant::now() + Duration::from_secs(120);
        while committed(&index) <= last {
            assert!(
                child.try_wait().unwrap().is_none(),
                "round {round}: the run ended before a kill could land"
            );
            assert!(
                Instant::now() < deadline,
                "round {round}: no commit in 120 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(
            status.signal(),
            Some(9),
            "round {round}: the run was not killed"
        );
        // The last committed state is searchable, partial, and holds no duplicate.
        let partial = article_ids(&index);
        assert!(partial.is_subset(&expected));
        assert!(
            partial.len() > last && partial.len() < expected.len(),
            "round {round}: {} of {} articles",
            partial.len(),
            expected.len()
        );
        eprintln!(
            "round {round}: killed with {} of {} articles committed",
            partial.len(),
            expected.len()
        );
        last = partial.len();
    }
    let status = spawn_index(&index, &corpus).wait().unwrap();
    assert!(status.success());
    assert_eq!(article_ids(&index), expected);
}

/// While a first `index` holds the index (reading a stream it is still being sent, so it
/// is certainly running), a second is refused at once, and searches work.
#[test]
fn second_writer_is_refused_while_search_works() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let corpus = replicated_corpus(dir.path(), 2);
    let index = dir.path().join("index");
    let summary = ok(&index, &["index", "--no-extract", corpus.to_str().unwrap()]);
    // What the first run holds, counted: a file it could not read under the suite's load is
    // reported in `summary`, and the stdin run below must add exactly its 25 records.
    let before = stats_articles(&index);
    let mut first = Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(&index)
        .args(["index", "--no-extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawning newsdex index -");
    let mut stdin = first.stdin.take().unwrap();
    let sample = fs::read(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    stdin.write_all(&sample).unwrap();
    stdin.flush().unwrap();
    // Wait until the first holds the writer's lock (the kernel lists it), without racing
    // it for the lock.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !writer_lock_held(&index) {
        assert!(
            Instant::now() < deadline,
            "the first writer never took the lock"
        );
        assert!(
            first.try_wait().unwrap().is_none(),
            "the first writer ended"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let second = newsdex(&index, &["index", corpus.to_str().unwrap()]);
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first writer is still running"
    );
    assert_eq!(second.status.code(), Some(2));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("already writing"), "{err}");
    let search = newsdex(&index, &["search", "Rafah"]);
    assert_eq!(
        search.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&search.stderr)
    );
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first writer is still running"
    );
    drop(stdin);
    assert!(first.wait().unwrap().success());
    assert_eq!(before, 2 * 61, "{summary}");
    assert_eq!(stats_articles(&index), before + 25);
}
