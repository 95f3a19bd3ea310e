//! Random and mutated bytes into every reader, random strings into the query parser: errors
//! are fine, panics never.

use newsdex_corpus::{parse_file, ReadLimits};
use newsdex_index::schema;
use newsdex_search::query::{normalise_query, parse_text};
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

fn limits() -> ReadLimits {
    ReadLimits {
        max_bytes: 1024 * 1024,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), name in 0..NAMES.len()) {
        let _ = parse_file("root", NAMES[name], bytes.clone(), limits());
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
        if let Ok(parsed) = parse_file("root", NAMES[name], bytes.clone(), limits()) {
            for a in parsed.articles {
                // Ranges always slice the text.
                prop_assert!(a.text.get(a.title.clone()).is_some());
                prop_assert!(a.text.get(a.body.clone()).is_some());
            }
        }
    }

    #[test]
    fn random_queries_never_panic(query in "\\PC{0,40}", quoteish in "[\"“”()+\\-: a-zA-Z*^~]{0,20}") {
        let (schema, fields) = schema::build();
        let index = tantivy::Index::create_in_ram(schema);
        schema::register_tokenizers(&index);
        for q in [query.as_str(), quoteish.as_str()] {
            let normalised = normalise_query(q);
            let curly = ['\u{201c}', '\u{201d}'];
            prop_assert!(!normalised.contains(curly), "curly quote left in {}", normalised);
            let _ = parse_text(&index, &[(fields.title, 2.0), (fields.body, 1.0)], q);
        }
    }
}

/// The web samples above really reach the HTML, WARC and ARC readers.
#[test]
fn web_samples_read_as_the_seed_article() {
    let seed = std::fs::read_to_string(crate::common::seed_path()).unwrap();
    let title = seed.lines().next().unwrap();
    let page = parse_file(
        "root",
        "a.html",
        crate::common::seed_page().into_bytes(),
        limits(),
    )
    .unwrap();
    let archive = parse_file("root", "a.warc", seed_archive(), limits()).unwrap();
    let arc = parse_file("root", "a.arc", seed_arc(), limits()).unwrap();
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
