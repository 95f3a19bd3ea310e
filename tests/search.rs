//! End-to-end: index sample_corpus with the real binary, then search it.

use crate::common::*;

#[test]
fn rafah_finds_the_seed_article_first() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let hits = json_lines(&ok(&index, &["search", "Rafah", "--json"]));
    assert!(!hits.is_empty());
    assert_eq!(hits[0]["path"], "cnn/2024-03-18-biden-netanyahu-call.txt");
    assert!(hits[0]["title"]
        .as_str()
        .unwrap()
        .starts_with("Biden and Netanyahu speak"));
    for field in ["id", "path", "title", "date", "source", "score", "snippet"] {
        assert!(hits[0].get(field).is_some(), "missing {field}");
    }
    assert!(hits[0]["snippet"].as_str().unwrap().contains("Rafah"));

    // Typographic quotes pasted from an article mean the same as straight ones.
    let curly = json_lines(&ok(&index, &["search", "\u{201c}Rafah\u{201d}", "--json"]));
    assert_eq!(curly[0]["id"], hits[0]["id"]);
}

#[test]
fn phrases_respect_word_order() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let found = json_lines(&ok(&index, &["search", "\"humanitarian aid\"", "--json"]));
    assert!(found
        .iter()
        .any(|h| h["path"] == "cnn/2024-03-18-biden-netanyahu-call.txt"));
    let reversed = json_lines(&crate::common::found(
        &index,
        &["search", "\"aid humanitarian\"", "--json"],
    ));
    assert!(reversed.is_empty(), "reversed phrase matched: {reversed:?}");
}

#[test]
fn boolean_query_and_human_output() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let hits = json_lines(&ok(
        &index,
        &["search", "oil AND (opec OR saudi)", "--json", "-n", "50"],
    ));
    assert!(hits.len() >= 3);
    for hit in &hits {
        assert_eq!(hit["source"], "Reuters", "{hit}");
    }
    let human = ok(&index, &["search", "Rafah"]);
    assert!(human.starts_with("1 matching article"), "{human}");
    assert!(
        human.contains("[Rafah]"),
        "plain-text highlight missing: {human}"
    );
}

#[test]
fn date_filters_return_only_dates_in_range() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let hits = json_lines(&ok(
        &index,
        &[
            "search",
            "",
            "--since",
            "1987-03-09",
            "--until",
            "1987-03-09",
            "--json",
            "-n",
            "100",
        ],
    ));
    assert!(!hits.is_empty());
    for hit in &hits {
        assert!(
            hit["date"].as_str().unwrap().starts_with("1987-03-09"),
            "{hit}"
        );
    }
    let october = json_lines(&ok(
        &index,
        &["search", "oil", "--since", "1987-10", "--json", "-n", "100"],
    ));
    assert!(!october.is_empty());
    for hit in &october {
        assert!(hit["date"].as_str().unwrap() >= "1987-10-01", "{hit}");
    }
    let newest_first = json_lines(&ok(
        &index,
        &["search", "oil", "--sort", "date", "--json", "-n", "20"],
    ));
    let dates: Vec<&str> = newest_first
        .iter()
        .filter_map(|h| h["date"].as_str())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}

#[test]
fn source_filter_and_paging() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let page1 = json_lines(&ok(
        &index,
        &["search", "oil", "--source", "reuters", "--json", "-n", "3"],
    ));
    let page2 = json_lines(&ok(
        &index,
        &[
            "search", "oil", "--source", "reuters", "--json", "-n", "3", "--offset", "3",
        ],
    ));
    assert_eq!(page1.len(), 3);
    assert_eq!(page2.len(), 3, "the second page is full");
    // The two pages are the first six hits, in order.
    let six = json_lines(&ok(
        &index,
        &["search", "oil", "--source", "reuters", "--json", "-n", "6"],
    ));
    let ids = |hits: &[serde_json::Value]| -> Vec<String> {
        hits.iter().map(|h| h["id"].to_string()).collect()
    };
    assert_eq!([ids(&page1), ids(&page2)].concat(), ids(&six));
    let none = json_lines(&found(
        &index,
        &["search", "oil", "--source", "bbc", "--json"],
    ));
    assert!(none.is_empty());
}

#[test]
fn bad_queries_exit_2_with_one_line() {
    let dir = sample_index();
    let index = dir.path().join("index");
    for query in [
        &["search", "\"unbalanced phrase"][..],
        &["search", "date:2024"],
        &["search", "x", "--since", "2024", "--until", "2023"],
        &["search", "oil~3"],
        &["search", "x", "-n", "0"],
        &["search", "x", "--since", "2024-13-01"],
        &["search", "(open group"],
    ] {
        let out = newsdex(&index, query);
        assert_eq!(out.status.code(), Some(2), "{query:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{query:?}: {err}");
        assert!(err.starts_with("newsdex: "), "{err}");
    }
}

#[test]
fn stats_report_counts_and_dates() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let stats: serde_json::Value =
        serde_json::from_str(ok(&index, &["stats", "--json"]).trim()).unwrap();
    // 1 seed + 60 BBC + 578 Reuters SGML records + 25 JSON Lines records.
    assert_eq!(stats["articles"], 664);
    assert_eq!(stats["files"], 63);
    assert_eq!(
        stats["oldest"].as_str().unwrap().get(..10),
        Some("1987-03-09")
    );
    let human = ok(&index, &["stats"]);
    assert!(human.contains("articles  664"), "{human}");
}

#[test]
fn missing_index_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdex(&dir.path().join("nothing"), &["search", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no index at"));
}

/// `--lang` takes an ISO 639-1 or 639-3 code or an English name, and finds the articles
/// written in it: the five isiZulu (and isiXhosa, which the detector reads as isiZulu)
/// pages of the South African publishers, the one Hindi page, and English for the rest.
#[test]
fn lang_filters_by_the_detected_language() {
    let fundus = corpora().join("html-samples/fundus");
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let za = fundus.join("za");
    let ind = fundus.join("ind");
    newsdex(
        &index,
        &["index", za.to_str().unwrap(), ind.to_str().unwrap()],
    );
    let count = |lang: &str| json_lines(&ok(&index, &["search", "--lang", lang, "--json"])).len();
    assert_eq!(count("zu"), 5);
    assert_eq!(count("zul"), 5);
    assert_eq!(count("Hindi"), 1);
    let english = json_lines(&ok(&index, &["search", "--lang", "en", "--json"]));
    assert!(english.len() >= 6, "{} English pages", english.len());
    assert!(english.iter().all(|h| h["lang"] == "eng"));
    let both = json_lines(&ok(
        &index,
        &["search", "--lang", "zu", "--lang", "hi", "--json"],
    ));
    assert_eq!(both.len(), 6);
    let bad = newsdex(&index, &["search", "--lang", "klingon"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown language `klingon`"));
}
