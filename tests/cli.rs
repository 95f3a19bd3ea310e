//! End-to-end: the query language and the command line as issue 22 asks for them, through
//! the real binary on sample_corpus.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use crate::common::*;

const SEED: &str = "cnn/2024-03-18-biden-netanyahu-call.txt";

/// The ids of every hit of `search --json --all ARGS` (none when nothing is found).
fn ids(index: &Path, args: &[&str]) -> BTreeSet<String> {
    let args = [&["search", "--json", "--all"], args].concat();
    json_lines(&found(index, &args))
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_owned())
        .collect()
}

fn paths(index: &Path, args: &[&str]) -> BTreeSet<String> {
    let args = [&["search", "--json", "--all"], args].concat();
    json_lines(&found(index, &args))
        .iter()
        .map(|h| h["path"].as_str().expect("path").to_owned())
        .collect()
}

/// `--count` of a command, as a number.
fn count(index: &Path, args: &[&str]) -> usize {
    let args = [args, &["--count"]].concat();
    let out = newsdex(index, &args);
    let text = String::from_utf8_lossy(&out.stdout);
    let n: usize = text
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("{args:?}: {text}"));
    assert_eq!(
        out.status.code(),
        Some(if n == 0 { 1 } else { 0 }),
        "{args:?}"
    );
    n
}

/// Exit 2, one line on stderr, returned.
fn refused(index: &Path, args: &[&str]) -> String {
    let out = newsdex(index, args);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
    err
}

#[test]
fn apostrophes_are_part_of_words() {
    let dir = sample_index();
    let index = dir.path().join("index");
    // the seed writes Biden’s with a curly apostrophe; straight and curly find it alike
    assert!(paths(&index, &["Biden's"]).contains(SEED));
    assert!(paths(&index, &["Biden\u{2019}s Netanyahu"]).contains(SEED));
    assert!(count(&index, &["search", "O'Sullivan"]) >= 1);
    let moodys = paths(&index, &["Moody\u{2019}s"]);
    assert!(
        moodys
            .iter()
            .any(|p| p.starts_with("reuters/reut2-021.sgm#")),
        "{moodys:?}"
    );
    assert_eq!(moodys, paths(&index, &["Moody's"]));
}

#[test]
fn prefixes_and_fuzzy_terms_match() {
    let dir = sample_index();
    let index = dir.path().join("index");
    // stems are shorter than the prefix typed: negotiate and negotiation are "negoti"
    let prefix = ids(&index, &["negotiat*"]);
    let words = ids(
        &index,
        &["negotiate OR negotiated OR negotiation OR negotiations OR negotiating"],
    );
    assert!(!words.is_empty());
    assert!(words.is_subset(&prefix), "{:?}", words.difference(&prefix));
    // one typo away
    assert!(paths(&index, &["Rafha~1"]).contains(SEED));
    assert!(paths(&index, &["Rafha"]).is_empty());
    assert!(refused(&index, &["search", "oil~3"]).contains("0, 1 or 2"));
    assert!(refused(&index, &["search", "*ing"]).contains("wildcards"));
}

#[test]
fn negation_is_negation() {
    let dir = sample_index();
    let index = dir.path().join("index");
    assert!(paths(&index, &["rafah"]).contains(SEED));
    // the Rafah story names Egypt
    for q in ["!egypt rafah", "NOT egypt rafah", "rafah -egypt"] {
        assert!(!paths(&index, &[q]).contains(SEED), "{q}");
    }
    // a query that begins with `-`, and a pure negation: everything except
    let all = stats_articles(&index) as usize;
    let rafah = count(&index, &["search", "rafah"]);
    assert_eq!(count(&index, &["search", "-e", "-rafah"]), all - rafah);
    let dashes = ok(&index, &["search", "--count", "--", "-rafah"]);
    assert_eq!(dashes.trim(), (all - rafah).to_string());
    assert_eq!(count(&index, &["search", "--query=NOT rafah"]), all - rafah);
    // lowercase operators are words
    assert_eq!(count(&index, &["search", "rafah or zzqxj"]), 0);
}

#[test]
fn in_query_fields_mean_what_the_flags_mean() {
    let dir = sample_index();
    let index = dir.path().join("index");
    for (query, flag, value) in [
        ("place:\"Gaza Strip\"", "--place", "Gaza Strip"),
        ("place:US", "--place", "US"),
        ("PLACE:us", "--place", "US"),
        ("person:Sullivan", "--person", "Sullivan"),
        ("person:\"Ronald Reagan\"", "--person", "Ronald Reagan"),
        ("Org:OPEC", "--org", "OPEC"),
        ("source:reuters", "--source", "Reuters"),
        ("lang:en", "--lang", "English"),
    ] {
        let by_flag = ids(&index, &[flag, value]);
        assert!(!by_flag.is_empty(), "{flag} {value} finds nothing");
        assert_eq!(ids(&index, &[query]), by_flag, "{query} vs {flag} {value}");
    }
    assert!(paths(&index, &["place:\"Gaza Strip\""]).contains(SEED));
    // quotes: article fields through the quotes' articles, speaker: as --speaker
    let quotes = |args: &[&str]| count(&index, &[&["quotes"], args].concat());
    assert_eq!(
        quotes(&["speaker:Sullivan"]),
        quotes(&["--speaker", "Sullivan"])
    );
    assert!(quotes(&["speaker:Sullivan"]) > 0);
    assert_eq!(
        quotes(&["person:Netanyahu"]),
        quotes(&["--person", "Netanyahu"])
    );
}

#[test]
fn colons_and_dates() {
    let dir = sample_index();
    let index = dir.path().join("index");
    // a pasted headline: `Netanyahu:` is no field
    assert!(paths(&index, &["Netanyahu: Rafah"]).contains(SEED));
    assert!(paths(&index, &["nosuchfield:Rafah"]).is_empty());
    assert!(refused(&index, &["search", "date:2024"]).contains("--since"));
    assert!(refused(
        &index,
        &["search", "x", "--since", "2024", "--until", "2023"]
    )
    .contains("after --until"));
    assert!(refused(&index, &["search", "\"open phrase"]).contains("unbalanced quote"));
    assert!(refused(&index, &["search", "(open"]).contains("parenthesis"));
    let deep = format!("{}x{}", "(".repeat(40), ")".repeat(40));
    assert!(refused(&index, &["search", &deep]).contains("nested too deeply"));
}

#[test]
fn no_silent_zero_for_speakers_and_companies() {
    let dir = sample_index();
    let index = dir.path().join("index");
    assert!(refused(&index, &["search", "speaker:Sullivan"]).contains("quotes"));
    assert!(refused(&index, &["people", "--speaker", "Sullivan"]).contains("--speaker"));
    // the sample names Microsoft, never "Microsoft Corp"
    let orgs = ok(&index, &["orgs", "--org", "Microsoft Corp", "--json"]);
    assert!(
        json_lines(&orgs).iter().any(|r| r["name"] == "Microsoft"),
        "{orgs}"
    );
    // a filter that matches nothing is named
    let out = newsdex(&index, &["search", "oil", "--person", "Zqxj Wvut"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no article names the person `Zqxj Wvut`"),
        "{err}"
    );
    let out = newsdex(&index, &["orgs", "--org", "Zqxj Corp"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("organisation `Zqxj Corp`"), "{err}");
    // a facet of nothing says so, and exits 1
    let out = newsdex(&index, &["people", "zzqxj"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article"));
}

#[test]
fn counts_pages_and_exit_codes() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let total = count(&index, &["search", "oil"]);
    assert!(total > 10);
    let human = ok(&index, &["search", "oil"]);
    assert!(
        human.starts_with(&format!("{total} matching articles")),
        "{human}"
    );
    assert!(
        human.contains(&format!("showing 10 of {total} (use --all)")),
        "{human}"
    );
    let page2 = ok(&index, &["search", "oil", "--offset", "10"]);
    assert!(
        page2.contains(&format!("showing 11-20 of {total}")),
        "{page2}"
    );
    let all = ok(&index, &["search", "oil", "--all", "--json"]);
    assert_eq!(json_lines(&all).len(), total);
    assert!(!ok(&index, &["search", "oil", "--all"]).contains("showing"));
    assert!(refused(&index, &["search", "oil", "-n", "0"]).contains("--count"));
    assert!(refused(&index, &["people", "-n", "0"]).contains("at least 1"));
    // grep's statuses: 0 found, 1 nothing, 2 error
    let none = newsdex(&index, &["search", "zzqxj"]);
    assert_eq!(none.status.code(), Some(1));
    assert_eq!(count(&index, &["quotes", "zzqxj"]), 0);
    assert_eq!(newsdex(&index, &["search", "(x"]).status.code(), Some(2));
    let missing = newsdex(&dir.path().join("nothing"), &["search", "x"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn output_polish() {
    let dir = sample_index();
    let index = dir.path().join("index");
    // stats --json lists sources as the facets do
    let stats: serde_json::Value =
        serde_json::from_str(ok(&index, &["stats", "--json"]).trim()).expect("stats JSON");
    assert_eq!(stats["sources"][0]["name"], "Reuters");
    assert!(stats["sources"][0]["count"].as_u64().unwrap_or(0) > 500);
    // "1 article", not "1 articles"
    let orgs = ok(&index, &["orgs", "-n", "200"]);
    assert!(
        orgs.lines()
            .any(|l| l.trim_start().starts_with("1 article ")),
        "{orgs}"
    );
    assert!(!orgs.contains(" 1 articles"), "{orgs}");
    assert_eq!(ok(&index, &["people", "-n", "3"]).lines().count(), 3);
    // a cut snippet says so; its highlights still fall on the word
    let hits = json_lines(&ok(&index, &["search", "Sullivan", "--json"]));
    let cut = hits
        .iter()
        .find(|h| {
            h["snippet"]
                .as_str()
                .is_some_and(|s| s.contains('\u{2026}'))
        })
        .expect("a snippet cut from a longer article");
    let snippet = cut["snippet"].as_str().unwrap_or_default();
    for range in cut["highlights"].as_array().expect("highlights") {
        let (a, b) = (
            range[0].as_u64().unwrap() as usize,
            range[1].as_u64().unwrap() as usize,
        );
        assert_eq!(snippet.get(a..b), Some("Sullivan"), "{snippet}");
    }
    // quotes end without the comma that led into the attribution
    let quotes = ok(&index, &["quotes", "--all"]);
    assert!(!quotes.contains(",\u{201d}"), "a trailing comma is left");
    let raw = json_lines(&ok(&index, &["quotes", "--all", "--json"]));
    assert!(
        raw.iter()
            .any(|q| q["text"].as_str().is_some_and(|t| t.ends_with(','))),
        "the sample has quotes ending in a comma, so the check above means something"
    );
}

fn colored(index: &Path, env: &[(&str, &str)], args: &[&str]) -> bool {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdex"));
    cmd.arg("--index").arg(index).args(args);
    for var in ["NO_COLOR", "CLICOLOR_FORCE", "TERM", "NEWSDEX_INDEX"] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("running newsdex");
    assert!(out.status.success());
    out.stdout.contains(&0x1b)
}

#[test]
fn color_follows_the_flag_and_the_conventions() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let search = ["search", "rafah"];
    fn with<'a>(search: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
        [search, extra].concat()
    }
    assert!(!colored(&index, &[], &search), "piped: no colour");
    assert!(colored(&index, &[], &with(&search, &["--color", "always"])));
    assert!(!colored(
        &index,
        &[("CLICOLOR_FORCE", "1")],
        &with(&search, &["--color", "never"])
    ));
    assert!(colored(&index, &[("CLICOLOR_FORCE", "1")], &search));
    assert!(!colored(&index, &[("CLICOLOR_FORCE", "0")], &search));
    assert!(!colored(
        &index,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        &search
    ));
    assert!(colored(
        &index,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")],
        &search
    ));
    assert!(!colored(
        &index,
        &[],
        &with(&search, &["--json", "--color", "always"])
    ));
    // On a terminal (a pseudo-terminal from util-linux `script`): colour, unless TERM=dumb.
    let on_terminal = |term: &str| {
        let line = format!(
            "'{}' --index '{}' search rafah",
            env!("CARGO_BIN_EXE_newsdex"),
            index.display()
        );
        let out = Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .env("TERM", term)
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .output()
            .expect("util-linux `script` runs the binary on a pseudo-terminal");
        assert!(out.status.success(), "{out:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Biden and Netanyahu"),
            "{out:?}"
        );
        out.stdout.contains(&0x1b)
    };
    assert!(on_terminal("xterm"), "a terminal gets colour");
    assert!(!on_terminal("dumb"), "TERM=dumb gets none");
}

#[test]
fn quiet_index_counts_its_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = sample_corpus();
    let corpus = corpus.to_str().expect("utf-8 path");
    let loud = newsdex(&dir.path().join("a"), &["index", corpus]);
    assert!(String::from_utf8_lossy(&loud.stderr).contains("warning: "));
    let quiet = newsdex(&dir.path().join("b"), &["index", "-q", corpus]);
    assert!(quiet.status.success());
    let err = String::from_utf8_lossy(&quiet.stderr);
    assert!(!err.contains("warning: "), "{err}");
    let summary = String::from_utf8_lossy(&quiet.stdout);
    assert!(
        summary.contains("warning (not shown: --quiet)"),
        "{summary}"
    );
}

#[test]
fn completions_man_page_and_help() {
    let nowhere = Path::new("unused");
    for shell in ["bash", "zsh", "fish"] {
        let script = ok(nowhere, &["completions", shell]);
        assert!(script.contains("newsdex"), "{shell}");
        assert!(script.contains("since"), "{shell}: options missing");
    }
    let man = ok(nowhere, &["man"]);
    assert!(man.contains(".TH newsdex"), "{man}");
    assert!(man.contains("search"));
    for command in ["search", "quotes", "people", "speakers"] {
        let help = ok(nowhere, &[command, "--help"]);
        assert!(!help.contains("[default: \"\"]"), "{command}: {help}");
        assert!(!help.contains("[default: all]"), "{command}: {help}");
    }
    assert!(ok(nowhere, &["people", "--help"]).contains("-n, --top"));
    // no option a command does not use
    for facet in ["people", "places", "orgs"] {
        let help = ok(nowhere, &[facet, "--help"]);
        assert!(!help.contains("--speaker"), "{facet}: {help}");
        assert!(!help.contains("--sort"), "{facet}: {help}");
    }
    let search_help = ok(nowhere, &["search", "--help"]);
    for facet_only in ["--unmerged", "--top", "--speaker"] {
        assert!(
            !search_help.contains(facet_only),
            "{facet_only}: {search_help}"
        );
    }
    assert!(ok(nowhere, &["speakers", "--help"]).contains("--speaker"));
    assert!(ok(nowhere, &["search", "--help"]).contains("Exit status"));
}

/// Every search hit in `--json` has every key, an absent value null (`authors` an empty
/// list): a script reads `hit["url"]` or `hit["record"]` without checking it is there. The
/// sample holds one-article files and multi-record ones (Reuters SGML, JSON Lines).
#[test]
fn every_hit_has_every_key() {
    let dir = sample_index();
    let index = dir.path().join("index");
    let hits = json_lines(&ok(&index, &["search", "oil OR Rafah", "--all", "--json"]));
    assert!(hits.len() > 10, "{}", hits.len());
    let keys = |h: &serde_json::Value| -> Vec<String> {
        h.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    };
    let first = keys(&hits[0]);
    for key in ["url", "authors", "record", "lang", "date", "source"] {
        assert!(first.contains(&key.to_owned()), "{key} missing: {first:?}");
    }
    for h in &hits {
        assert_eq!(keys(h), first, "{h}");
        assert!(h["authors"].is_array(), "{h}");
    }
    assert!(hits.iter().any(|h| h["record"].is_null()));
    assert!(hits.iter().any(|h| h["record"].is_u64()));
}

/// The README's first run, as a new user types it in a fresh clone: the commands run from the
/// folder holding `sample_corpus/`, with no `--index` (the index goes to `./.newsdex`), and
/// each prints what the README says it does.
#[test]
fn the_readme_first_run_works_as_written() {
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("creating a folder");
        for entry in std::fs::read_dir(from).expect("reading the sample") {
            let entry = entry.expect("reading the sample");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("file type").is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("copying the sample");
            }
        }
    }
    let clone = tempfile::tempdir().expect("temp dir");
    copy_dir(&sample_corpus(), &clone.path().join("sample_corpus"));
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_newsdex"))
            .args(args)
            .current_dir(clone.path())
            .env_remove("NEWSDEX_INDEX")
            .env("NO_COLOR", "1")
            .output()
            .expect("running newsdex");
        assert!(out.status.success(), "newsdex {args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("utf-8 output")
    };
    let seed = "sample_corpus/cnn/2024-03-18-biden-netanyahu-call.txt";
    run(&["index", "sample_corpus"]);
    assert!(clone.path().join(".newsdex").is_dir());
    let found = run(&["search", "Rafah"]);
    assert!(found.starts_with("1 matching article\n"), "{found}");
    assert!(found.contains(&format!("2024-03-18 · {seed}")), "{found}");
    let since = run(&["search", "Rafah", "--since", "2024-01-01"]);
    assert!(since.contains(seed), "{since}");
    let shown = run(&["show", seed]);
    assert!(
        shown.contains("Biden and Netanyahu speak for the first time"),
        "{shown}"
    );
    assert!(shown.contains("Jake Sullivan"), "{shown}");
    let completion = run(&["completions", "bash"]);
    assert!(completion.contains("complete -F"), "{completion}");
    assert!(completion.contains("newsdex"), "{completion}");
}
