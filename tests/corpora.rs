//! Indexing the shared real corpora: every article and record is found, re-runs add nothing.

use crate::common::*;

#[test]
fn every_reuters_record_indexes() {
    let corpora = corpora();
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let reuters = corpora.join("reuters21578");
    let summary = ok(
        &index,
        &["index", "--no-extract", "--json", reuters.to_str().unwrap()],
    );
    let summary: serde_json::Value = serde_json::from_str(summary.trim()).unwrap();
    assert_eq!(summary["articles_indexed"], 21_578);
    assert_eq!(summary["skipped"].as_array().unwrap().len(), 0);
    // reut2-017.sgm holds a Latin-1 byte: it is decoded, not dropped.
    let warnings = summary["warnings"].as_array().unwrap();
    assert!(warnings
        .iter()
        .any(|w| w["path"].as_str().unwrap().ends_with("reut2-017.sgm")));
    // Each file yields all its records (1,000 in reut2-000.sgm).
    let per_file = ok(
        &index,
        &["search", "", "--json", "-n", "100000", "--sort", "date"],
    );
    let hits = json_lines(&per_file);
    let in_000 = hits
        .iter()
        .filter(|h| h["path"].as_str().unwrap().starts_with("reut2-000.sgm#"))
        .count();
    assert_eq!(in_000, 1000);
    // Date filters on the newswire return only dates in range.
    let march = json_lines(&ok(
        &index,
        &[
            "search",
            "coffee",
            "--since",
            "1987-03-01",
            "--until",
            "1987-03-31",
            "--json",
            "-n",
            "500",
        ],
    ));
    assert!(!march.is_empty());
    assert!(march
        .iter()
        .all(|h| h["date"].as_str().unwrap().starts_with("1987-03")));
}

#[test]
fn bbc_and_reuters_together_then_rerun() {
    let corpora = corpora();
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let bbc = corpora.join("bbc-news-2225");
    let reuters = corpora.join("reuters21578");
    let roots = [bbc.to_str().unwrap(), reuters.to_str().unwrap()];
    let first = ok(&index, &["index", "--no-extract", roots[0], roots[1]]);
    assert!(first.contains("indexed 23803 articles"), "{first}");
    assert_eq!(stats_articles(&index), 23_803);
    // The Latin-1 BBC file is searchable with its pound sign decoded.
    let hits = json_lines(&ok(
        &index,
        &["search", "title:\"Chelsea sack Mutu\"", "--json"],
    ));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["path"], "sport/199.txt");
    let pound = json_lines(&ok(&index, &["search", "Mutu \"signing from\"", "--json"]));
    assert!(
        pound[0]["snippet"]
            .as_str()
            .unwrap()
            .contains("\u{a3}15.8m"),
        "{pound:?}"
    );
    let again = ok(&index, &["index", "--no-extract", roots[0], roots[1]]);
    assert!(
        again.contains("0 new, 0 changed, 0 removed, 2247 unchanged"),
        "{again}"
    );
    assert_eq!(stats_articles(&index), 23_803);
}
