//! No input, argument or file name can duplicate, lose, hang or crash (issue 17), and the
//! ingest side behaves as a user expects (issue 22). Each test builds its input itself,
//! next to real articles, and runs the real binary.

use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

fn newsdex_cmd(index: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdex"));
    cmd.arg("--index")
        .arg(index)
        .env_remove("NEWSDEX_INDEX")
        .env("NO_COLOR", "1");
    cmd
}

/// The seed article and three BBC stories.
fn small_corpus(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(corpus.join("bbc")).unwrap();
    fs::copy(seed_path(), corpus.join("seed.txt")).unwrap();
    for name in ["001.txt", "002.txt", "003.txt"] {
        fs::copy(
            sample_corpus().join("bbc/business").join(name),
            corpus.join("bbc").join(name),
        )
        .unwrap();
    }
    corpus
}

fn summary_of(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("summary JSON")
}

/// Two names equal after lossy decoding (`caf\xe9`, `caf\xe8`) are two files with two ids,
/// shown apart, and re-runs add nothing. Before, they shared one id and every run added a
/// duplicate (2, 3, 4 articles).
#[test]
fn names_that_are_not_utf8_keep_their_own_ids() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = small_corpus(dir.path());
    let bbc = fs::read_to_string(sample_corpus().join("bbc/business/004.txt")).unwrap();
    fs::write(corpus.join(OsStr::from_bytes(b"caf\xe9.txt")), &bbc).unwrap();
    fs::write(
        corpus.join(OsStr::from_bytes(b"caf\xe8.txt")),
        b"Cafe owners protest\n\nThe owners of a cafe in Lyon protested against the rent rise.",
    )
    .unwrap();
    let index = dir.path().join("index");
    for run in 0..3 {
        let summary = index_summary(&index, &["--no-extract"], &corpus);
        assert_eq!(stats_articles(&index), 6, "run {run}: {summary}");
        if run > 0 {
            assert_eq!(summary["unchanged"], 6, "run {run}: {summary}");
        }
    }
    let lyon = json_lines(&ok(&index, &["search", "Lyon", "--json"]));
    assert_eq!(lyon.len(), 1);
    assert_eq!(lyon[0]["path"], "caf\\xE8.txt");
    let title = bbc.lines().next().unwrap();
    let other = json_lines(&ok(
        &index,
        &["search", &format!("title:\"{title}\""), "--json"],
    ));
    assert_eq!(other.len(), 1);
    assert_eq!(other[0]["path"], "caf\\xE9.txt");
    assert_ne!(lyon[0]["id"], other[0]["id"]);
}

/// A WARC record of four pages, each a real BBC story as a page.
fn page_record(story: &str, uri: &str) -> (Vec<u8>, String) {
    let text = fs::read_to_string(sample_corpus().join("bbc").join(story)).unwrap();
    let (title, body) = text.split_once('\n').unwrap();
    let paragraphs: String = body
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let html = format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    );
    let http = http_response("200 OK", "Content-Type: text/html\r\n", html.as_bytes());
    (
        warc_record("response", uri, "application/http; msgtype=response", &http),
        title.trim().to_owned(),
    )
}

/// Four records whose second `Content-Length` is off by `delta` bytes.
fn archive_with_a_lie(delta: i64) -> (Vec<u8>, Vec<String>) {
    let stories = [
        "business/001.txt",
        "sport/001.txt",
        "politics/001.txt",
        "tech/001.txt",
    ];
    let mut archive = Vec::new();
    let mut titles = Vec::new();
    for (n, story) in stories.iter().enumerate() {
        let (mut record, title) = page_record(story, &format!("https://www.bbc.co.uk/{n}"));
        if n == 1 {
            let text = String::from_utf8_lossy(&record).into_owned();
            let at = text.find("Content-Length: ").unwrap() + "Content-Length: ".len();
            let end = at + text[at..].find('\r').unwrap();
            let length: i64 = text[at..end].parse().unwrap();
            let lie = (length + delta).max(0).to_string();
            record.splice(at..end, lie.bytes());
        }
        archive.extend(record);
        titles.push(title);
    }
    (archive, titles)
}

/// A `Content-Length` that lies, too long by a little, by a lot, or too short, costs no
/// record and merges none: every page is read on its own, and the lie is reported. Before,
/// too long by a lot lost records 3 and 4 under one warning, and slightly too long merged
/// the next record into the article ("WARC/1.0 WARC-Type" indexed as a person).
#[test]
fn lying_warc_lengths_lose_and_merge_nothing() {
    let limits = newsdex_corpus::ReadLimits { max_bytes: 1 << 20 };
    for delta in [40, 300, 5_000, 50_000_000, -25, -700] {
        let (archive, titles) = archive_with_a_lie(delta);
        let read =
            newsdex_corpus::parse_file(newsdex_corpus::Named::path("crawl.warc"), archive, limits)
                .unwrap();
        let got: Vec<&str> = read.articles.iter().map(|a| a.title()).collect();
        assert_eq!(got, titles, "delta {delta}: {:?}", read.problems);
        for article in &read.articles {
            assert!(
                !article.text.contains("WARC/1.0") && !article.text.contains("WARC-Type"),
                "delta {delta}: a record merged into {}",
                article.title()
            );
        }
        assert!(
            read.problems
                .iter()
                .any(|p| p.starts_with("record 2: ") && p.contains("Content-Length says")),
            "delta {delta}: {:?}",
            read.problems
        );
    }
    // Through the binary too, gzipped per record as crawls are.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    fs::write(
        corpus.join("crawl.warc.gz"),
        gzip(&archive_with_a_lie(300).0),
    )
    .unwrap();
    let index = dir.path().join("index");
    let summary = index_summary(&index, &["--no-extract"], &corpus);
    assert_eq!(summary["articles_indexed"], 4, "{summary}");
    let warnings = problems(&summary, "warnings");
    assert!(
        warnings
            .iter()
            .any(|(_, w)| w.contains("record 2: Content-Length says")),
        "{summary}"
    );
}

/// The files of sample_corpus copied `copies` times: thousands of real articles.
fn replicated(dir: &Path, copies: usize) -> PathBuf {
    let corpus = dir.join("big");
    let sources: Vec<PathBuf> = walkdir::WalkDir::new(sample_corpus())
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    for copy in 0..copies {
        let target = corpus.join(format!("copy{copy:03}"));
        fs::create_dir_all(&target).unwrap();
        for (n, src) in sources.iter().enumerate() {
            fs::copy(src, target.join(format!("{n:03}.txt"))).unwrap();
        }
    }
    corpus
}

fn article_ids(index: &Path) -> std::collections::BTreeSet<String> {
    let hits = json_lines(&ok(index, &["search", "", "--json", "--limit", "1000000"]));
    let ids: std::collections::BTreeSet<String> = hits
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), hits.len(), "duplicate articles");
    ids
}

/// `index --full` is all or nothing: while it runs, and after it is killed, a reader sees
/// the old index whole; once done, the new one. Before, readers saw every intermediate
/// commit (768 of 2,145 articles) and a kill left the index half rebuilt.
#[test]
fn full_rebuild_is_atomic() {
    let dir = tempfile::tempdir().unwrap();
    let old = small_corpus(dir.path());
    let big = replicated(dir.path(), 100);
    let index = dir.path().join("index");
    ok(&index, &["index", "--no-extract", old.to_str().unwrap()]);
    let before = article_ids(&index);
    assert_eq!(before.len(), 4);

    // `--full` over the big corpus and standard input, committing (were it allowed) every
    // second: with its input held open, it has indexed the folder and waits for more.
    let mut child = newsdex_cmd(&index)
        .args(["index", "--full", "--no-extract", "--commit-secs", "1"])
        .args(["--commit-mb", "1"])
        .arg(&big)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let sample = fs::read(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    stdin.write_all(&sample).unwrap();
    stdin.flush().unwrap();
    let started = Instant::now();
    let mut looks = 0;
    while started.elapsed() < Duration::from_secs(4) {
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(stats_articles(&index), 4, "a reader saw a partial rebuild");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the rebuild ended early"
        );
        looks += 1;
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    drop(stdin);
    assert_eq!(status.signal(), Some(9), "the kill landed mid-run");
    assert!(looks >= 10);
    assert_eq!(
        article_ids(&index),
        before,
        "the kill left the old index as it was"
    );

    // A rebuild that finishes replaces it whole.
    let out = newsdex_cmd(&index)
        .args(["index", "--full", "--no-extract", "--json"])
        .arg(&old)
        .arg(&big)
        .output()
        .unwrap();
    let summary = summary_of(&out);
    let expected = summary["articles_indexed"].as_u64().unwrap();
    assert_eq!(expected, 4 + 100 * 61);
    assert_eq!(article_ids(&index).len() as u64, expected);
}

/// Symbolic links between sibling folders (`X/toY -> ../Y`, `Y/toX -> ../X`, two of each)
/// end the walk: each cycle is reported, each article read under a finite set of paths.
/// Before, 2 articles became 68 with one link per folder, and two links never ended.
#[test]
fn symlink_cycles_through_siblings_end() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    for (folder, story) in [("X", "business/001.txt"), ("Y", "business/002.txt")] {
        fs::create_dir_all(corpus.join(folder)).unwrap();
        fs::copy(
            sample_corpus().join("bbc").join(story),
            corpus.join(folder).join("story.txt"),
        )
        .unwrap();
    }
    for (link, target) in [
        ("X/toY", "../Y"),
        ("X/toY2", "../Y"),
        ("Y/toX", "../X"),
        ("Y/toX2", "../X"),
    ] {
        std::os::unix::fs::symlink(target, corpus.join(link)).unwrap();
    }
    let index = dir.path().join("index");
    let mut child = newsdex_cmd(&index)
        .args(["index", "--json", "--no-extract"])
        .arg(&corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("the walk did not end in 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let summary = summary_of(&child.wait_with_output().unwrap());
    // X/story, X/toY/story, Y/story, Y/toX/story.
    assert_eq!(summary["articles_indexed"], 4, "{summary}");
    let skipped = problems(&summary, "skipped");
    let loops = skipped
        .iter()
        .filter(|(_, why)| why.starts_with("symbolic link loop: leads back to"))
        .count();
    assert_eq!(loops, 4, "{skipped:?}");
    assert!(
        skipped
            .iter()
            .any(|(_, why)| why.contains("already walked")),
        "{skipped:?}"
    );
}

/// A page nested 10,000 or 100,000 levels deep is read in well under the time budget
/// (before: 14 s and ~25 minutes), its text kept, with a warning.
#[test]
fn deeply_nested_pages_are_read_fast() {
    let dir = tempfile::tempdir().unwrap();
    for depth in [10_000, 100_000] {
        let page = dir.path().join(format!("deep{depth}.html"));
        let html = format!(
            "<html><head><title>Deep</title></head><body>{}<p>Egypt and Israel discussed the Rafah crossing.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        fs::write(&page, html).unwrap();
        let started = Instant::now();
        let out = newsdex_cmd(Path::new("unused"))
            .args(["extract", "--json"])
            .arg(&page)
            .output()
            .unwrap();
        let took = started.elapsed();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            took < Duration::from_secs(3),
            "{depth} levels took {took:?}"
        );
        let article = &json_lines(&String::from_utf8_lossy(&out.stdout))[0];
        assert!(article["text"].as_str().unwrap().contains("Rafah crossing"));
        assert!(String::from_utf8_lossy(&out.stderr).contains("nested over 256 deep"));
    }
}

/// `extract -` reads standard input up to `--max-file-mb` and no further: an endless stream
/// is refused at the limit. Before, it read all of it (200 MB of stdin took 783 MB).
#[test]
fn extract_from_stdin_honours_the_size_limit() {
    let mut child = newsdex_cmd(Path::new("unused"))
        .args(["extract", "-", "--max-file-mb", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let seed = fs::read(seed_path()).unwrap();
        let mut sent = 0usize;
        // Far more than the limit; the reader stops at 1 MB and closes the pipe.
        while sent < 256 << 20 {
            if stdin.write_all(&seed).is_err() {
                return sent;
            }
            sent += seed.len();
        }
        sent
    });
    let out = child.wait_with_output().unwrap();
    let sent = writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("over the --max-file-mb limit of 1.0 MB"),
        "{err}"
    );
    assert!(sent < 256 << 20, "the whole stream was read");
}

/// Numbers out of range are refused by the library's own check, with a message naming the
/// option and exit code 2, before any index is created. Before, `--threads 100000` aborted
/// (exit 134) and a huge `--heap-mb` overflowed.
#[test]
fn index_options_out_of_range_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = small_corpus(dir.path());
    let index = dir.path().join("index");
    for (args, says) in [
        (
            &["--threads", "100000"][..],
            "--threads 100000 is out of range",
        ),
        (&["--threads", "0"], "--threads 0 is out of range"),
        (
            &["--heap-mb", "99999999999999"],
            "--heap-mb 99999999999999 is too large",
        ),
        (
            &["--max-file-mb", "99999999"],
            "--max-file-mb 99999999 is too large",
        ),
    ] {
        let out = newsdex(
            &index,
            &[&["index"], args, &[corpus.to_str().unwrap()]].concat(),
        );
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!index.exists(), "{args:?} created an index");
    }
    let options = newsdex_index::IndexOptions {
        threads: 100_000,
        ..Default::default()
    };
    assert!(options.validate().is_err(), "the library checks too");
}

/// A date bound is a date or refused (exit 2): no `as i8` wrap (1987-266 was 1987-10,
/// 1987-10-275 was 1987-10-19), no epoch guess (12345).
#[test]
fn malformed_date_bounds_exit_2() {
    let dir = sample_index();
    let index = dir.path().join("index");
    for bound in ["1987-266", "1987-10-275", "12345", "1987-10-1-1", "87"] {
        for flag in ["--since", "--until"] {
            let out = newsdex(&index, &["search", "oil", flag, bound]);
            assert_eq!(out.status.code(), Some(2), "{flag} {bound}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("bad date"), "{err}");
        }
    }
}

/// A file name holding a newline and terminal escapes is printed escaped in warnings and in
/// the summary (text and JSON): it cannot forge a "warning:" line or drive the terminal.
#[test]
fn file_names_cannot_forge_lines_or_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = small_corpus(dir.path());
    let evil = "evil\nwarning: all good\x1b]0;pwned\x07\x1b[31m.txt";
    fs::write(corpus.join(evil), b"").unwrap(); // empty: skipped, so reported
    let index = dir.path().join("index");
    for json in [false, true] {
        let mut args = vec!["index", "--no-extract", "--full"];
        if json {
            args.push("--json");
        }
        args.push(corpus.to_str().unwrap());
        let out = newsdex(&index, &args);
        assert!(out.status.success());
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text}");
            assert!(
                !text.lines().any(|l| l.starts_with("warning: all good")),
                "{text}"
            );
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("evil\\nwarning: all good\\x1b]0;pwned\\x07\\x1b[31m.txt: empty file"),
            "{stderr}"
        );
        if json {
            let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let skipped = problems(&summary, "skipped");
            assert!(
                skipped.iter().any(|(path, _)| path.ends_with(evil)),
                "{skipped:?}"
            );
        } else {
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(stdout.contains("evil\\nwarning: all good"), "{stdout}");
        }
    }
}

/// `--index` naming the corpus, or any non-empty folder that is no index, is refused and
/// nothing is written there; a failed `index /typo` leaves no empty index behind, so a
/// search then says "no index" instead of "0 matching articles".
#[test]
fn index_directory_must_be_an_index_or_new() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = small_corpus(dir.path());
    let listing = |d: &Path| {
        let mut names: Vec<_> = walkdir::WalkDir::new(d)
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .collect();
        names.sort();
        names
    };
    let before = listing(&corpus);
    let out = newsdex(&corpus, &["index", corpus.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is not a newsdex index, and not empty"),
        "{err}"
    );
    assert_eq!(listing(&corpus), before, "the corpus was written to");

    let index = dir.path().join("index");
    let typo = newsdex(&index, &["index", "/no/such/corpus"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(!index.exists(), "a failed run left an index behind");
    let search = newsdex(&index, &["search", "Rafah"]);
    assert_eq!(search.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&search.stderr).contains("no index at"));
}

/// Dates as news dumps write them are read; what is no date is reported and left out;
/// the summary counts undated articles.
#[test]
fn dump_dates_are_read_and_undated_articles_counted() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    let sample =
        fs::read_to_string(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    let records: Vec<serde_json::Value> = sample
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let dates = [
        serde_json::json!("20240318"),
        serde_json::json!(1710720000000u64),
        serde_json::json!("March 18, 2024"),
        serde_json::json!("18 March 2024"),
        serde_json::json!("2024/03/18"),
        serde_json::json!("yesterday"),
        serde_json::json!("12345"),
    ];
    let mut lines = String::new();
    for (record, date) in records.iter().zip(&dates) {
        let mut record = record.clone();
        record["date"] = date.clone();
        lines.push_str(&format!("{record}\n"));
    }
    fs::write(corpus.join("dump.jsonl"), lines).unwrap();
    let index = dir.path().join("index");
    let summary = index_summary(&index, &["--no-extract"], &corpus);
    assert_eq!(summary["articles_indexed"], 7, "{summary}");
    assert_eq!(summary["undated"], 2, "{summary}");
    let warnings = problems(&summary, "warnings");
    assert!(
        warnings
            .iter()
            .any(|(_, w)| w.contains("record 6: date \"yesterday\" is not a date")),
        "{warnings:?}"
    );
    let march = json_lines(&ok(
        &index,
        &[
            "search",
            "",
            "--since",
            "2024-03-18",
            "--until",
            "2024-03-18",
            "--json",
            "-n",
            "100",
        ],
    ));
    assert_eq!(march.len(), 5, "{march:?}");
    let human = ok(
        &index,
        &["index", "--no-extract", "--full", corpus.to_str().unwrap()],
    );
    assert!(human.contains("undated: 2 of the 7 articles"), "{human}");
}

/// The user's own example is dated from its file name, so the README's `--since` example
/// finds it; `extract --json` says where the date came from, and carries url, authors and
/// source beside the keys it always had.
#[test]
fn plain_text_articles_are_dated_from_text_or_path() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let hits = json_lines(&ok(
        &index,
        &["search", "--since", "2024-01-01", "Rafah", "--json"],
    ));
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["path"], "cnn/2024-03-18-biden-netanyahu-call.txt");
    assert!(hits[0]["date"].as_str().unwrap().starts_with("2024-03-18"));

    let article = &extract_articles(&seed_path())[0];
    assert!(article["date"].as_str().unwrap().starts_with("2024-03-18"));
    assert_eq!(article["date_source"], "file_name");
    assert!(article["url"].is_null() && article["source"].is_null());
    assert_eq!(article["authors"], serde_json::json!([]));
    for key in ["title", "text", "people", "places", "orgs", "quotes"] {
        assert!(article.get(key).is_some(), "{key}");
    }

    // A dateline under the headline wins over the path; folders date what names do not.
    let tmp = tempfile::tempdir().unwrap();
    let seed = fs::read_to_string(seed_path()).unwrap();
    let (title, body) = seed.split_once('\n').unwrap();
    let dated = tmp.path().join("2019-01-01-story.txt");
    fs::write(
        &dated,
        format!("{title}\nUpdated 10:57 AM EDT, Mon March 18, 2024\n{body}"),
    )
    .unwrap();
    let article = &extract_articles(&dated)[0];
    assert!(article["date"].as_str().unwrap().starts_with("2024-03-18"));
    assert_eq!(article["date_source"], "text");
    let folder = tmp.path().join("2024/03/18");
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("story.txt"), &seed).unwrap();
    let article = &extract_articles(&folder.join("story.txt"))[0];
    assert!(article["date"].as_str().unwrap().starts_with("2024-03-18"));
    assert_eq!(article["date_source"], "folder");
    let bbc = &extract_articles(&sample_corpus().join("bbc/business/001.txt"))[0];
    assert!(bbc["date"].is_null() && bbc["date_source"].is_null());
}

/// Files of no format newsdex reads are named in the summary, with counts per extension.
#[test]
fn files_of_unknown_formats_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = small_corpus(dir.path());
    fs::write(corpus.join("photo.jpg"), b"\xff\xd8\xff").unwrap();
    fs::write(corpus.join("bbc/style.css"), b"body {}").unwrap();
    fs::write(corpus.join("bbc/more.css"), b"p {}").unwrap();
    let index = dir.path().join("index");
    let summary = index_summary(&index, &["--no-extract"], &corpus);
    assert_eq!(summary["ignored"], 3);
    assert_eq!(
        summary["ignored_files"],
        serde_json::json!(["bbc/more.css", "bbc/style.css", "photo.jpg"])
    );
    assert_eq!(
        summary["ignored_extensions"],
        serde_json::json!({"css": 2, "jpg": 1})
    );
    let human = ok(
        &index,
        &["index", "--full", "--no-extract", corpus.to_str().unwrap()],
    );
    assert!(
        human.contains("3 files of no format newsdex reads: 2 .css, 1 .jpg"),
        "{human}"
    );
    assert!(human.contains("  photo.jpg"), "{human}");
}

/// `newsdex index -` reads JSON Lines from standard input; the same records sent again are
/// replaced, not added twice.
#[test]
fn index_reads_json_lines_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let sample = fs::read(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    for run in 0..2 {
        let mut child = newsdex_cmd(&index)
            .args(["index", "--json", "--no-extract", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let input = if run == 0 {
            sample.clone()
        } else {
            gzip(&sample)
        };
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let summary = summary_of(&child.wait_with_output().unwrap());
        assert_eq!(summary["articles_indexed"], 25, "{summary}");
        assert_eq!(stats_articles(&index), 25, "run {run}");
    }
    let q = "title:\"Dutch Planning Agency Forecasts Lower Growth\"";
    let hits = json_lines(&ok(&index, &["search", q, "--json"]));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["path"], "stdin#23");
}

/// Every record sent on standard input is kept, run after run: each record's delete (of the
/// same record sent before) and its documents go out from parallel workers, and a delete
/// queued out of stamp order removed the documents added after it (3 of 25 records lost in
/// about one run in ten). Twenty fresh runs catch that nine times in ten.
#[test]
fn index_from_stdin_keeps_every_record() {
    let sample = fs::read(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    for run in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let index = dir.path().join("index");
        let mut child = newsdex_cmd(&index)
            .args(["index", "--json", "--no-extract", "--threads", "2", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&sample).unwrap();
        let summary = summary_of(&child.wait_with_output().unwrap());
        assert_eq!(summary["articles_indexed"], 25, "{summary}");
        assert_eq!(stats_articles(&index), 25, "run {run}");
    }
}

/// Runs `cmd` as another user (nobody) when the tests run as root, who ignores permission
/// bits; a user who is not root is "another user" already.
fn as_another_user(cmd: &mut Command) -> &mut Command {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .expect("running id");
    if root {
        cmd.uid(65534).gid(65534);
    }
    cmd
}

fn open_up(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// An index is readable by another user and from a read-only copy: its files follow the
/// umask (not 0600), and a search takes no write lock. A file it cannot read is reported
/// as a permission problem, not as damage.
#[test]
fn shared_and_read_only_indexes_are_searchable() {
    let dir = tempfile::tempdir().unwrap();
    open_up(dir.path(), 0o755);
    let corpus = small_corpus(dir.path());
    let index = dir.path().join("index");
    let status = Command::new("sh")
        .arg("-c")
        .arg(r#"umask 022 && exec "$0" --index "$1" index --no-extract "$2" >/dev/null"#)
        .arg(env!("CARGO_BIN_EXE_newsdex"))
        .arg(&index)
        .arg(&corpus)
        .status()
        .unwrap();
    assert!(status.success());
    for entry in fs::read_dir(&index).unwrap() {
        use std::os::unix::fs::PermissionsExt;
        let entry = entry.unwrap();
        let mode = entry.metadata().unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{:?}", entry.file_name());
    }
    // A read-only copy, searched by someone else.
    let copy = dir.path().join("copy");
    fs::create_dir_all(&copy).unwrap();
    for entry in fs::read_dir(&index).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
        open_up(&copy.join(entry.file_name()), 0o444);
    }
    open_up(&copy, 0o555);
    for searched in [&index, &copy] {
        let out = as_another_user(&mut newsdex_cmd(searched))
            .args(["search", "Rafah", "--json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{searched:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(json_lines(&String::from_utf8_lossy(&out.stdout)).len(), 1);
    }
    // Updating an index one may not write (the read-only copy, someone else's) is refused
    // as a permission problem, not as a lock held.
    let out = as_another_user(&mut newsdex_cmd(&copy))
        .args(["index", "--no-extract"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ermission denied") && !err.contains("already writing"),
        "{err}"
    );
    assert_eq!(stats_articles(&copy), 4, "the copy is as it was");
    open_up(&copy, 0o755);
    open_up(&copy.join("meta.json"), 0o000);
    let out = as_another_user(&mut newsdex_cmd(&copy))
        .args(["search", "Rafah"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("permission denied") && !err.contains("damaged"),
        "{err}"
    );
}

/// A cell of a CSV table, quoted.
fn csv_cell(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// zstd, bzip2 and xz files are read (plain text, and JSON Lines streamed), and CSV / TSV
/// tables with a header row are read with JSON's field names, whole and streamed.
#[test]
fn compressed_files_and_tables_are_read() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    let seed = fs::read(seed_path()).unwrap();
    fs::write(
        corpus.join("seed.txt.zst"),
        zstd::encode_all(&seed[..], 3).unwrap(),
    )
    .unwrap();
    let story = |name: &str| fs::read(sample_corpus().join("bbc/business").join(name)).unwrap();
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    bz.write_all(&story("001.txt")).unwrap();
    fs::write(corpus.join("001.txt.bz2"), bz.finish().unwrap()).unwrap();
    let mut xz = liblzma::write::XzEncoder::new(Vec::new(), 6);
    xz.write_all(&story("002.txt")).unwrap();
    fs::write(corpus.join("002.txt.xz"), xz.finish().unwrap()).unwrap();
    let wire = fs::read(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    fs::write(
        corpus.join("wire.jsonl.zst"),
        zstd::encode_all(&wire[..], 3).unwrap(),
    )
    .unwrap();

    // "All the News" columns, from real BBC stories.
    let stories: Vec<(String, String)> = (1..=5)
        .map(|n| {
            let text = String::from_utf8(story(&format!("{n:03}.txt"))).unwrap();
            let (title, body) = text.split_once('\n').unwrap();
            (title.trim().to_owned(), body.trim().to_owned())
        })
        .collect();
    let mut csv = String::from(",id,title,publication,author,date,year,month,url,content\n");
    for (n, (title, body)) in stories.iter().enumerate() {
        csv.push_str(&format!(
            "{n},{},{},BBC News,Jane Doe,2005-01-0{},2005.0,1.0,https://bbc.co.uk/{n},{}\n",
            1000 + n,
            csv_cell(title),
            n + 1,
            csv_cell(body)
        ));
    }
    fs::write(corpus.join("news.csv"), &csv).unwrap();
    let tsv: String = std::iter::once("title\ttext\tdate\n".to_owned())
        .chain(
            stories
                .iter()
                .take(2)
                .map(|(t, b)| format!("{t}\t{}\t2005-02-01\n", b.replace(['\n', '\t'], " "))),
        )
        .collect();
    fs::write(corpus.join("news.tsv"), tsv).unwrap();
    // Over 8 MB: streamed a row at a time, and gzipped.
    let mut big = String::from("title,content\n");
    let mut rows = 0;
    while big.len() < 9 << 20 {
        let (title, body) = &stories[rows % stories.len()];
        big.push_str(&format!(
            "{},{}\n",
            csv_cell(&format!("{title} {rows}")),
            csv_cell(body)
        ));
        rows += 1;
    }
    fs::write(corpus.join("big.csv"), &big).unwrap();
    fs::write(corpus.join("small.csv.gz"), gzip(csv.as_bytes())).unwrap();

    let index = dir.path().join("index");
    let summary = index_summary(&index, &["--no-extract", "--max-file-mb", "4"], &corpus);
    assert!(problems(&summary, "skipped").is_empty(), "{summary}");
    assert!(problems(&summary, "warnings").is_empty(), "{summary}");
    let expected = 3 + 25 + 5 + 2 + rows + 5;
    assert_eq!(summary["articles_indexed"], expected as u64, "{summary}");
    assert_eq!(summary["ignored"], 0);

    let title = &stories[2].0;
    let hits = json_lines(&ok(
        &index,
        &[
            "search",
            &format!("title:\"{title}\""),
            "--source",
            "BBC News",
            "--json",
        ],
    ));
    let paths: std::collections::BTreeSet<&str> =
        hits.iter().filter_map(|h| h["path"].as_str()).collect();
    assert_eq!(
        paths,
        ["news.csv#3", "small.csv.gz#3"].into_iter().collect(),
        "{hits:?}"
    );
    assert!(hits[0]["date"].as_str().unwrap().starts_with("2005-01-03"));
    assert_eq!(hits[0]["authors"], serde_json::json!(["Jane Doe"]));
    assert_eq!(hits[0]["url"], "https://bbc.co.uk/2");
    let tsv_hits = json_lines(&ok(
        &index,
        &["search", "", "--since", "2005-02-01", "--json"],
    ));
    assert_eq!(tsv_hits.len(), 2);
    assert!(tsv_hits
        .iter()
        .all(|h| h["path"].as_str().unwrap().starts_with("news.tsv#")));
    for q in [
        "Rafah",
        "title:\"Dutch Planning Agency Forecasts Lower Growth\"",
    ] {
        assert_eq!(
            json_lines(&ok(&index, &["search", q, "--json"])).len(),
            1,
            "{q}"
        );
    }
}
