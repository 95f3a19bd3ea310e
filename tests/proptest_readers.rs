//! Random and mutated bytes into every reader, random strings into the query parser: errors
//! are fine, panics never.

use newsdex_corpus::{parse_file, Named, ReadLimits};
use newsdex_search::query::ast::parse;
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "a.txt",
    "a.json",
    "a.jsonl",
    "a.sgm",
    "a.txt.gz",
    "a.json.gz",
    "noext",
    "a.html",
    "a.warc",
    "a.warc.gz",
    "a.arc",
];

fn real_samples() -> Vec<Vec<u8>> {
    let c = crate::common::sample_corpus();
    vec![
        std::fs::read(crate::common::seed_path()).unwrap(),
        std::fs::read(c.join("bbc/sport/199.txt")).unwrap(),
        std::fs::read(c.join("jsonl/reuters-1987-03-sample.jsonl")).unwrap(),
        std::fs::read(c.join("reuters/reut2-021.sgm")).unwrap()[..20_000].to_vec(),
        crate::common::seed_page().into_bytes(),
        seed_archive(),
        seed_arc(),
    ]
}

/// The seed page in a version 1 ARC file, the Internet Archive's format before WARC.
fn seed_arc() -> Vec<u8> {
    let html = crate::common::seed_page();
    let http =
        crate::common::http_response("200 OK", "Content-Type: text/html\r\n", html.as_bytes());
    let desc = b"1 0 newsdex\nURL IP-address Archive-date Content-type Archive-length\n";
    let mut arc = format!(
        "filedesc://seed.arc 0.0.0.0 20240318000000 text/plain {}\n",
        desc.len()
    )
    .into_bytes();
    arc.extend_from_slice(desc);
    arc.extend_from_slice(
        format!(
            "\nhttps://edition.cnn.com/a 1.2.3.4 20240318120000 text/html {}\n",
            http.len()
        )
        .as_bytes(),
    );
    arc.extend_from_slice(&http);
    arc.push(b'\n');
    arc
}

/// The seed page in a one-record web archive, sent chunked.
fn seed_archive() -> Vec<u8> {
    let html = crate::common::seed_page();
    let chunked = format!("{:x}\r\n{html}\r\n0\r\n\r\n", html.len());
    let headers = "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n";
    let http = crate::common::http_response("200 OK", headers, chunked.as_bytes());
    crate::common::warc_record(
        "response",
        "https://edition.cnn.com/a",
        "application/http; msgtype=response",
        &http,
    )
}

/// A file named `name` under a corpus root.
fn named(name: &str) -> Named<'_> {
    Named {
        root: b"root",
        raw: name.as_bytes(),
        shown: name,
    }
}

fn limits() -> ReadLimits {
    ReadLimits {
        max_bytes: 1024 * 1024,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), name in 0..NAMES.len()) {
        let _ = parse_file(named(NAMES[name]), bytes.clone(), limits());
    }

    #[test]
    fn mutated_real_articles_never_panic(
        sample in 0..7usize,
        name in 0..NAMES.len(),
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0..3u8), 1..20),
        cut in any::<usize>(),
    ) {
        let mut bytes = real_samples().swap_remove(sample);
        for (pos, byte, op) in edits {
            let pos = pos % (bytes.len() + 1);
            match op {
                0 if pos < bytes.len() => bytes[pos] = byte,
                1 => bytes.insert(pos, byte),
                _ if pos < bytes.len() => { bytes.remove(pos); }
                _ => {}
            }
        }
        bytes.truncate(cut % (bytes.len() + 1));
        if let Ok(parsed) = parse_file(named(NAMES[name]), bytes.clone(), limits()) {
            for a in parsed.articles {
                // Ranges always slice the text.
                prop_assert!(a.text.get(a.title.clone()).is_some());
                prop_assert!(a.text.get(a.body.clone()).is_some());
            }
        }
    }

    #[test]
    fn random_queries_never_panic(query in "\\PC{0,40}", quoteish in "[\"“”()+\\-: a-zA-Z*^~]{0,20}") {
        for q in [query.as_str(), quoteish.as_str()] {
            let _ = parse(q);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Ids come from a path's raw bytes: two names are one id only when they are one name.
    #[test]
    fn file_name_bytes_make_distinct_ids(
        a in proptest::collection::vec(any::<u8>(), 1..24),
        b in proptest::collection::vec(any::<u8>(), 1..24),
    ) {
        let key = |bytes: &[u8]| newsdex_corpus::source_key(b"/corpus", bytes, None);
        prop_assert_eq!(key(&a) == key(&b), a == b);
        // What is shown is valid text that keeps every UTF-8 part of the name.
        let shown = newsdex_corpus::discover::escaped(&a);
        if let Ok(text) = std::str::from_utf8(&a) {
            prop_assert_eq!(shown.as_ref(), text);
        }
    }

    /// Random file names on disk: each file is found once, with its own bytes.
    #[test]
    fn random_names_on_disk_walk_once(
        names in proptest::collection::btree_set(
            proptest::collection::vec(any::<u8>().prop_filter("a name byte", |b| *b != b'/' && *b != 0), 1..12)
                .prop_map(|mut n| { if n[0] == b'.' { n[0] = b'_'; } n.extend_from_slice(b".txt"); n }),
            1..6,
        ),
    ) {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        for name in &names {
            std::fs::write(dir.path().join(std::ffi::OsStr::from_bytes(name)), b"Headline

Body.").unwrap();
        }
        let mut found = Vec::new();
        newsdex_corpus::discover::walk(dir.path(), None, false, |f| found.push((f.raw.into_owned(), f.rel.into_owned())), |p| panic!("{p:?}"));
        prop_assert_eq!(found.len(), names.len());
        let raws: std::collections::BTreeSet<Vec<u8>> = found.iter().map(|(r, _)| r.clone()).collect();
        prop_assert_eq!(&raws, &names);
    }

    /// A web archive whose records' Content-Length fields are random lies: no record ever
    /// holds another's header, and none is lost.
    #[test]
    fn random_warc_lengths_never_merge_records(
        deltas in proptest::collection::vec(prop_oneof![Just(0i64), -400i64..400, Just(10_000_000i64)], 4),
        crlf in any::<bool>(),
    ) {
        let page = |n: usize| format!(
            "<!DOCTYPE html><html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1><p>Paragraph number {n} of a story long enough to be the article text for the reader.</p></article></body></html>"
        );
        let mut archive = Vec::new();
        for (n, delta) in deltas.iter().enumerate() {
            let http = crate::common::http_response("200 OK", "Content-Type: text/html\r\n", page(n).as_bytes());
            let length = (http.len() as i64 + delta).max(0);
            let header = format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.org/{n}\r\nContent-Length: {length}\r\n\r\n"
            );
            // Some writers end lines with LF alone.
            let eol = |s: &str| if crlf { s.to_owned() } else { s.replace("\r\n", "\n") };
            archive.extend(eol(&header).into_bytes());
            archive.extend(http);
            archive.extend(eol("\r\n\r\n").into_bytes());
        }
        let read = parse_file(named("a.warc"), archive, limits());
        let articles = read.map(|r| r.articles).unwrap_or_default();
        for article in &articles {
            prop_assert!(!article.text.contains("WARC/1.0"), "{}", article.text);
            prop_assert!(!article.text.contains("WARC-Type"), "{}", article.text);
        }
        // Every record is read, its own length true or not.
        for n in 0..deltas.len() {
            let title = format!("Story {n}");
            prop_assert!(
                articles.iter().any(|a| a.title() == title),
                "{} lost with lengths off by {:?}", title, deltas
            );
        }
    }

    /// However deep a page nests, it is read quickly and its words kept.
    #[test]
    fn html_nesting_depth_is_bounded(depth in 0usize..60_000, tag in prop_oneof![Just("div"), Just("span"), Just("b"), Just("section")]) {
        let html = format!(
            "<html><head><title>Deep</title></head><body>{}<p>Egypt and Israel discussed the Rafah crossing at length today.</p>{}</body></html>",
            format!("<{tag}>").repeat(depth),
            format!("</{tag}>").repeat(depth)
        );
        let started = std::time::Instant::now();
        let read = parse_file(named("a.html"), html.into_bytes(), limits());
        prop_assert!(started.elapsed() < std::time::Duration::from_secs(4), "depth {} took {:?}", depth, started.elapsed());
        let read = read.expect("a page");
        prop_assert!(read.articles[0].body().contains("Rafah crossing"));
    }
}

/// The web samples above really reach the HTML, WARC and ARC readers.
#[test]
fn web_samples_read_as_the_seed_article() {
    let seed = std::fs::read_to_string(crate::common::seed_path()).unwrap();
    let title = seed.lines().next().unwrap();
    let page = parse_file(
        named("a.html"),
        crate::common::seed_page().into_bytes(),
        limits(),
    )
    .unwrap();
    let archive = parse_file(named("a.warc"), seed_archive(), limits()).unwrap();
    let arc = parse_file(named("a.arc"), seed_arc(), limits()).unwrap();
    assert_eq!(
        arc.articles[0].record,
        Some(2),
        "the filedesc record is record 1"
    );
    for file in [&page, &archive, &arc] {
        assert_eq!(file.articles.len(), 1);
        let article = &file.articles[0];
        assert!(article.title().starts_with(title), "{}", article.title());
        assert!(article.body().contains("Rafah"));
        assert!(!article.body().contains("Home"), "navigation left in");
    }
    assert_eq!(archive.articles[0].title(), title, "site name left in");
    assert_eq!(archive.articles[0].record, Some(1));
    assert_eq!(
        archive.articles[0].url.as_deref(),
        Some("https://edition.cnn.com/a")
    );
}
