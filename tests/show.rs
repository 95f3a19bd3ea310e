//! `newsdex show ID|PATH[#N]` and hit paths a user can open.

use crate::common::*;

include!("fixtures/seed_quotes.rs");

fn one_json(stdout: &str) -> serde_json::Value {
    let mut lines = json_lines(stdout);
    assert_eq!(lines.len(), 1, "{stdout}");
    lines.remove(0)
}

/// `show` by id, by the path a hit prints, and by an absolute path all give the seed, with
/// the names and quotes `extract` finds in the file itself.
#[test]
fn show_finds_the_seed_by_id_and_by_path() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let hit = json_lines(&ok(&index, &["search", "Rafah", "--json"])).remove(0);
    let id = hit["id"].as_str().expect("id");
    let file = hit["file"].as_str().expect("file");
    assert_eq!(
        std::path::Path::new(file),
        seed_path().canonicalize().expect("seed path")
    );
    assert_eq!(hit["path"], "cnn/2024-03-18-biden-netanyahu-call.txt");
    assert!(hit["record"].is_null(), "{hit}");

    let extracted = extract_articles(&seed_path()).remove(0);
    for which in [id, file] {
        let shown = one_json(&ok(&index, &["show", which, "--json"]));
        assert_eq!(shown["id"], id);
        assert_eq!(shown["file"], file);
        // The rebuilt text is the file's, so offsets and names are those `extract` gives.
        for key in ["text", "title", "people", "places", "orgs", "quotes"] {
            assert_eq!(shown[key], extracted[key], "{key} differs for {which}");
        }
        let quotes = shown["quotes"].as_array().expect("quotes");
        for (speaker, openings) in [
            ("Jake Sullivan", SULLIVAN),
            ("Benjamin Netanyahu", NETANYAHU),
        ] {
            for opening in openings {
                assert!(
                    quotes.iter().any(|q| q["speaker"] == speaker
                        && q["text"].as_str().is_some_and(|t| t.starts_with(opening))),
                    "{speaker}: {opening}"
                );
            }
        }
    }
    let text = ok(&index, &["show", id]);
    assert!(text.starts_with("Biden and Netanyahu speak"), "{text}");
    assert!(text.contains("Jake Sullivan"), "{text}");
    assert!(text.contains("quotes ("), "{text}");
}

/// A multi-record file's hits carry `#N`; `show FILE#N` opens that record, and `show FILE`
/// alone says how many records there are instead of guessing.
#[test]
fn records_are_opened_by_number() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let hits = json_lines(&ok(
        &index,
        &["search", "--source", "Reuters", "--limit", "50", "--json"],
    ));
    let hit = hits
        .iter()
        .find(|h| {
            h["path"]
                .as_str()
                .is_some_and(|p| p.starts_with("reuters/"))
        })
        .expect("a Reuters SGML hit");
    let record = hit["record"].as_u64().expect("record number");
    let file = hit["file"].as_str().expect("file");
    assert!(
        std::path::Path::new(file).is_file(),
        "{file} cannot be opened"
    );
    let shown = one_json(&ok(
        &index,
        &["show", &format!("{file}#{record}"), "--json"],
    ));
    assert_eq!(shown["id"], hit["id"]);
    assert_eq!(shown["title"], hit["title"]);
    assert_eq!(shown["record"], record);

    let whole = newsdex(&index, &["show", file]);
    assert_eq!(whole.status.code(), Some(2));
    let err = String::from_utf8_lossy(&whole.stderr);
    assert!(err.contains("holds 578 articles"), "{err}");

    let missing = newsdex(&index, &["show", "0123456789abcdef"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no article"));
}

/// Two roots holding the same relative path: each hit names its own file.
#[test]
fn two_roots_with_the_same_file_name_show_different_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = std::fs::read(seed_path()).expect("seed");
    for root in ["a", "b"] {
        std::fs::create_dir_all(dir.path().join(root)).expect("root dir");
        std::fs::write(dir.path().join(root).join("story.txt"), &seed).expect("copy");
    }
    let index = dir.path().join("index");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    ok(
        &index,
        &[
            "index",
            a.to_str().expect("utf-8"),
            b.to_str().expect("utf-8"),
        ],
    );
    let hits = json_lines(&ok(&index, &["search", "Rafah", "--json"]));
    let mut files: Vec<&str> = hits.iter().filter_map(|h| h["file"].as_str()).collect();
    files.sort();
    let canon = |p: &std::path::Path| p.canonicalize().expect("canonical").join("story.txt");
    assert_eq!(
        files,
        [
            canon(&a).to_str().expect("utf-8"),
            canon(&b).to_str().expect("utf-8")
        ]
    );
    // Text output prints the file, not the bare `story.txt`.
    let text = ok(&index, &["search", "Rafah"]);
    assert!(text.contains(&format!("{}", canon(&b).display())), "{text}");
    let quotes = json_lines(&ok(&index, &["quotes", "--speaker", "Sullivan", "--json"]));
    assert!(quotes.iter().all(|q| q["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("/story.txt"))));
}
