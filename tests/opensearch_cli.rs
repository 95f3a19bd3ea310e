//! The `--index opensearch://...` seam of the CLI: URL and credential mistakes refused before
//! anything is sent, and `show`, `index -`, `index --full` and `--unmerged` on a real node
//! against the local index (the rest of the cluster backend is tested in
//! crates/opensearch/tests/cluster.rs).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{index_summary, json_lines, newsdex, ok, sample_corpus};

fn refused(index: &str, args: &[&str], says: &str) {
    let out = newsdex(Path::new(index), args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // a mistake to fix, as every error: exit 2 (1 is "nothing found")
    assert_eq!(out.status.code(), Some(2), "{index} {args:?}: {stderr}");
    assert!(stderr.contains(says), "{index} {args:?}: {stderr}");
}

#[test]
fn cluster_urls_are_checked_before_any_request() {
    refused(
        "opensearch://user:secret@127.0.0.1:9/news",
        &["search", "oil"],
        "NEWSDEX_OPENSEARCH_USER",
    );
    refused("opensearch://127.0.0.1:9/News", &["stats"], "lower-case");
    refused(
        "opensearch://127.0.0.1:99999/news",
        &["stats"],
        "bad host or port",
    );
    // push needs a cluster to push to
    refused(".newsdex-none", &["push", "--from", "x"], "opensearch://");
    refused(
        "opensearch://127.0.0.1:9/news",
        &["serve"],
        "not run on an opensearch:// index",
    );
}

/// A node of this test's own (tools/opensearch-node, a free loopback port, its own data
/// directory), stopped on drop. Fails, never skips, when it cannot start.
struct Node {
    data: std::path::PathBuf,
    port: String,
}

fn node_script(data: &Path, verb: &str) -> std::process::Output {
    Command::new(crate::common::repo().join("tools/opensearch-node/run.sh"))
        .arg(verb)
        .env("OS_HTTP_PORT", "auto")
        .env("OS_DATA_DIR", data)
        .env("OS_HEAP", "512m")
        .output()
        .unwrap_or_else(|e| panic!("cannot run tools/opensearch-node/run.sh: {e}"))
}

impl Node {
    fn start() -> Node {
        let data = crate::common::repo().join("target/opensearch-test/cli");
        let _ = node_script(&data, "stop");
        let _ = std::fs::remove_dir_all(&data);
        let out = node_script(&data, "start");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "the OpenSearch node did not start (needs Java 17+ and Maven): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let url = stdout
            .lines()
            .find_map(|l| l.strip_prefix("OS_URL="))
            .unwrap_or_else(|| panic!("no OS_URL in {stdout}"));
        let port = url.rsplit(':').next().unwrap_or_default().to_owned();
        Node { data, port }
    }

    fn index(&self, prefix: &str) -> std::path::PathBuf {
        format!("opensearch://127.0.0.1:{}/{prefix}", self.port).into()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = node_script(&self.data, "stop");
    }
}

/// `newsdex --index INDEX ARGS...` with `input` on standard input.
fn with_stdin(index: &Path, args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(index)
        .args(args)
        .env_remove("NEWSDEX_INDEX")
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running newsdex");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("writing stdin");
    child.wait_with_output().expect("newsdex output")
}

/// Every article id `search --all` finds, sorted.
fn ids(index: &Path, query: &str) -> Vec<String> {
    let mut v: Vec<String> = json_lines(&ok(index, &["search", "--all", "--json", query]))
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_owned())
        .collect();
    v.sort();
    v
}

/// Every quote as `article_id:text`, sorted.
fn quotes(index: &Path) -> Vec<String> {
    let mut v: Vec<String> = json_lines(&ok(index, &["quotes", "--all", "--json"]))
        .iter()
        .map(|q| format!("{}:{}", q["article_id"], q["text"]))
        .collect();
    v.sort();
    v
}

/// The same command on both indices: the same exit code and byte-identical stdout.
fn same(local: &Path, cluster: &Path, args: &[&str]) -> String {
    let (a, b) = (newsdex(local, args), newsdex(cluster, args));
    assert_eq!(
        a.status.code(),
        b.status.code(),
        "{args:?}: local {} / cluster {}",
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr)
    );
    let (a, b) = (
        String::from_utf8(a.stdout).expect("utf-8"),
        String::from_utf8(b.stdout).expect("utf-8"),
    );
    assert!(a == b, "{args:?} differs:\nlocal:\n{a}\ncluster:\n{b}");
    a
}

/// `show`, `index -`, `index --full`, incremental runs and `--unmerged` on a real node, each
/// against the local index of the same files.
#[test]
fn cli_on_a_cluster_matches_local() {
    let node = Node::start();
    let tmp = tempfile::tempdir().expect("tempdir");
    let share = tmp.path().join("share");
    for entry in walkdir::WalkDir::new(sample_corpus()) {
        let entry = entry.expect("walking sample_corpus");
        let rel = entry
            .path()
            .strip_prefix(sample_corpus())
            .expect("under sample_corpus");
        let to = share.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &to).expect("copy");
        }
    }
    let (local, cluster) = (tmp.path().join("local"), node.index("cli"));
    let share_arg = share.to_str().expect("utf-8 path");
    ok(&local, &["index", "-q", share_arg]);
    ok(&cluster, &["index", "-q", share_arg]);
    let all = ids(&local, "");
    assert!(all.len() > 100, "{} articles", all.len());
    assert_eq!(all, ids(&cluster, ""));

    // show: byte-identical text and --json, by id and by file (#N for a multi-record one)
    for id in all.iter().step_by(all.len() / 12) {
        same(&local, &cluster, &["show", "--json", id]);
        same(&local, &cluster, &["show", id]);
    }
    let reuters = share.join("reuters/reut2-021.sgm");
    let seed = share.join("cnn/2024-03-18-biden-netanyahu-call.txt");
    let (reuters, seed) = (
        reuters.to_str().expect("utf-8"),
        seed.to_str().expect("utf-8"),
    );
    for which in [
        format!("{reuters}#3"),
        format!("{reuters}#186"),
        seed.to_owned(),
    ] {
        let json = same(&local, &cluster, &["show", "--json", &which]);
        assert!(json.contains("\"quotes\""), "{which}: {json}");
        same(&local, &cluster, &["show", &which]);
    }
    // a file of many articles without #N, and no such article: refused alike
    same(&local, &cluster, &["show", reuters]);
    same(&local, &cluster, &["show", "0123456789abcdef"]);
    let none = newsdex(&node.index("none"), &["show", "0123456789abcdef"]);
    let stderr = String::from_utf8_lossy(&none.stderr);
    assert_eq!(none.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no index at"), "{stderr}");

    // --unmerged: the same names, counts and fates
    for kind in ["people", "places", "orgs", "speakers"] {
        let out = same(
            &local,
            &cluster,
            &[kind, "--unmerged", "-n", "60", "--json"],
        );
        assert!(json_lines(&out).len() >= 20, "{kind}: {out}");
        same(&local, &cluster, &[kind, "--unmerged", "-n", "60"]);
        same(&local, &cluster, &[kind, "--unmerged", "oil", "-n", "15"]);
    }
    let people = same(
        &local,
        &cluster,
        &["people", "--unmerged", "-n", "200", "--json"],
    );
    assert!(
        people.contains("\"joined_with\"") && people.contains("\"left_out\":true"),
        "no merge or left-out name to compare: {people}"
    );

    // index -: JSON Lines from standard input, the same ids (from content) on both
    let lines = std::fs::read(share.join("jsonl/reuters-1987-03-sample.jsonl")).expect("jsonl");
    let (local_in, cluster_in) = (tmp.path().join("stdin"), node.index("stdin"));
    for index in [&local_in, &cluster_in] {
        let out = with_stdin(index, &["index", "--json", "-"], &lines);
        assert!(
            out.status.success(),
            "index -: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary JSON");
        assert!(summary["articles_indexed"].as_u64() > Some(10), "{summary}");
    }
    let stdin_ids = ids(&local_in, "");
    assert_eq!(stdin_ids, ids(&cluster_in, ""));
    assert_eq!(quotes(&local_in), quotes(&cluster_in));
    same(&local_in, &cluster_in, &["show", "--json", &stdin_ids[0]]);
    // sent again: the same articles, not twice as many
    let again = with_stdin(&cluster_in, &["index", "-q", "-"], &lines);
    assert!(again.status.success());
    assert_eq!(stdin_ids, ids(&cluster_in, ""));

    // An incremental run after a file vanished: its articles and quotes go, as locally.
    let of_file = |index: &Path, file: &str| -> (Vec<String>, usize) {
        let out = ok(index, &["show", "--json", file]);
        let a = &json_lines(&out)[0];
        let quotes = a["quotes"].as_array().map_or(0, Vec::len);
        (vec![a["id"].as_str().expect("id").to_owned()], quotes)
    };
    let (gone_ids, gone_quotes) = of_file(&cluster, seed);
    assert!(gone_quotes > 0, "the seed article has quotes");
    let quotes_before = quotes(&cluster);
    std::fs::remove_file(seed).expect("rm");
    let mut removed = Vec::new();
    for index in [&local, &cluster] {
        let out = ok(index, &["index", "--json", share_arg]);
        let s: serde_json::Value = serde_json::from_str(out.trim()).expect("summary");
        removed.push((
            s["removed"].clone(),
            s["articles_removed"].clone(),
            s["new"].clone(),
        ));
    }
    assert_eq!(removed[0], removed[1], "incremental summaries");
    assert_eq!(removed[1].0, 1);
    let after = ids(&cluster, "");
    assert_eq!(after, ids(&local, ""));
    assert!(!after.contains(&gone_ids[0]));
    let quotes_after = quotes(&cluster);
    assert_eq!(quotes_after, quotes(&local));
    assert_eq!(quotes_after.len() + gone_quotes, quotes_before.len());

    // --full after more files vanished: exactly their articles and quotes go, as locally.
    let bbc_file = share.join("bbc/politics");
    let victim = std::fs::read_dir(&bbc_file)
        .expect("bbc/politics")
        .map(|e| e.expect("entry").path())
        .min()
        .expect("a politics story");
    let victim_arg = victim.to_str().expect("utf-8").to_owned();
    let (victim_ids, victim_quotes) = of_file(&cluster, &victim_arg);
    let reuters_before: Vec<String> = json_lines(&ok(&cluster, &["search", "--all", "--json"]))
        .iter()
        .filter(|h| {
            h["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("reut2-021.sgm"))
        })
        .map(|h| h["id"].as_str().expect("id").to_owned())
        .collect();
    assert!(!reuters_before.is_empty());
    let quotes_before = quotes(&cluster);
    std::fs::remove_file(&victim).expect("rm");
    std::fs::remove_file(reuters).expect("rm");
    for index in [&local, &cluster] {
        ok(index, &["index", "--full", "-q", share_arg]);
    }
    let after = ids(&cluster, "");
    assert_eq!(after, ids(&local, ""), "ids after --full");
    assert_eq!(quotes(&cluster), quotes(&local), "quotes after --full");
    assert!(!after.contains(&victim_ids[0]));
    assert!(reuters_before.iter().all(|id| !after.contains(id)));
    let quotes_after = quotes(&cluster);
    let reuters_quotes = quotes_before
        .iter()
        .filter(|q| {
            reuters_before
                .iter()
                .any(|id| q.starts_with(&format!("\"{id}\":")))
        })
        .count();
    assert_eq!(
        quotes_after.len() + victim_quotes + reuters_quotes,
        quotes_before.len()
    );
    // and the state is kept: a run after the rebuild finds every file unchanged
    let s = index_summary(&cluster, &[], &share);
    assert_eq!(s["unchanged"], s["files_seen"], "{s}");
    assert_eq!(s["articles_indexed"], 0, "{s}");
}
