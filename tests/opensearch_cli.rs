//! The `--index opensearch://...` seam of the CLI: URL and credential mistakes refused before
//! anything is sent, and `show`, `index -`, `index --full`, `--unmerged` and `serve` on a
//! real node against the local index (the rest of the cluster backend is tested in
//! crates/opensearch/tests/cluster.rs).

use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{index_summary, json_lines, newsdex, ok, sample_corpus};
use crate::opensearch_node::Node;

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
    // serve checks the cluster before it listens: nothing at this port, so it says so
    let out = newsdex(
        Path::new("opensearch://127.0.0.1:9/news"),
        &["serve", "--port", "0"],
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("opening the index"), "{stderr}");
    assert!(out.stdout.is_empty(), "served with no cluster: {out:?}");
}

/// `--index` for the index `prefix` on `node`.
fn on(node: &Node, prefix: &str) -> std::path::PathBuf {
    node.index_url(prefix).into()
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
    let node = Node::start(&crate::common::repo(), "cli");
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
    let (local, cluster) = (tmp.path().join("local"), on(&node, "cli"));
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
    let none = newsdex(&on(&node, "none"), &["show", "0123456789abcdef"]);
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
    // a bare surname's quotes are the dominant full name's, on both
    let speaker_quotes = |index: &Path, query: &[&str]| -> Vec<String> {
        let args = [&["quotes", "--all", "--json"], query].concat();
        let mut v: Vec<String> = json_lines(&ok(index, &args))
            .iter()
            .map(|q| format!("{}:{}:{}", q["speaker"], q["article_id"], q["text"]))
            .collect();
        v.sort();
        v
    };
    let reagan = speaker_quotes(&local, &["--speaker", "Ronald Reagan"]);
    assert!(
        reagan.iter().any(|q| q.starts_with("\"Reagan\":")),
        "{reagan:?}"
    );
    assert_eq!(
        reagan,
        speaker_quotes(&cluster, &["--speaker", "Ronald Reagan"])
    );
    assert_eq!(
        reagan,
        speaker_quotes(&cluster, &["speaker:\"Ronald Reagan\""])
    );
    let speakers = same(&local, &cluster, &["speakers", "-n", "400", "--json"]);
    assert!(speakers.contains("\"Ronald Reagan\""), "{speakers}");
    let people = same(
        &local,
        &cluster,
        &["people", "--unmerged", "-n", "200", "--json"],
    );
    assert!(
        people.contains("\"joined_with\"") && people.contains("\"left_out\":true"),
        "no merge or left-out name to compare: {people}"
    );

    // serve: the same JSON API and pages on both
    serve_matches_local(&local, &cluster, &all);

    // index -: JSON Lines from standard input, the same ids (from content) on both
    let lines = std::fs::read(share.join("jsonl/reuters-1987-03-sample.jsonl")).expect("jsonl");
    let (local_in, cluster_in) = (tmp.path().join("stdin"), on(&node, "stdin"));
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

/// `newsdex --index INDEX serve --port 0`, stopped (killed) on drop.
struct Served {
    child: std::process::Child,
    port: u16,
}

impl Served {
    fn start(index: &Path) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsdex"))
            .arg("--index")
            .arg(index)
            .args(["serve", "--port", "0"])
            .env_remove("NEWSDEX_INDEX")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("running newsdex serve");
        // "newsdex serving INDEX at http://127.0.0.1:PORT/ (Ctrl-C stops)"
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("reading serve's first line");
        let port = line
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|p| p.parse().ok());
        let Some(port) = port else {
            let _ = child.kill();
            panic!("serve on {} did not start: {line:?}", index.display());
        };
        Served { child, port }
    }

    /// `GET path`: the status and the body.
    fn get(&self, path: &str) -> (u16, String) {
        let mut stream =
            std::net::TcpStream::connect(("127.0.0.1", self.port)).expect("connecting to serve");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
            self.port
        )
        .expect("sending a request");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("reading the response");
        let raw = String::from_utf8(raw).expect("utf-8 response");
        let (head, body) = raw.split_once("\r\n\r\n").expect("a response head");
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let chunked = head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked");
        (
            status,
            if chunked {
                dechunk(body)
            } else {
                body.to_owned()
            },
        )
    }

    /// `GET path` as JSON, which must answer 200.
    fn json(&self, path: &str) -> serde_json::Value {
        let (status, body) = self.get(path);
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A chunked body's chunks, joined.
fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).expect("a chunk size");
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// A page of hits without what the two engines rank or cut differently (score, rank,
/// snippet: README "What changes"), in id order.
fn comparable(mut page: serde_json::Value) -> serde_json::Value {
    if let Some(hits) = page["hits"].as_array_mut() {
        for h in hits.iter_mut() {
            if let Some(h) = h.as_object_mut() {
                for volatile in ["score", "rank", "snippet", "highlights"] {
                    h.remove(volatile);
                }
            }
        }
        hits.sort_by_key(|h| h.to_string());
    }
    page
}

/// The article ids a search page links to, sorted.
fn linked_ids(html: &str) -> Vec<String> {
    let mut ids: Vec<String> = html
        .split("href=\"/article/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// A page's list items (up to their end tag), sorted: quotes of one date come in either
/// engine's order.
fn list_items(html: &str) -> Vec<&str> {
    let mut items: Vec<&str> = html
        .split("<li")
        .skip(1)
        .map(|item| item.split("</li>").next().unwrap_or(item))
        .collect();
    items.sort_unstable();
    items
}

/// The same list items on both pages, or the ones each has alone.
fn same_items(page: &str, local: &str, cluster: &str) {
    let (a, b) = (list_items(local), list_items(cluster));
    let only_local: Vec<_> = a.iter().filter(|i| !b.contains(i)).collect();
    let only_cluster: Vec<_> = b.iter().filter(|i| !a.contains(i)).collect();
    assert!(
        a == b,
        "{page}: only local {only_local:#?}\nonly cluster {only_cluster:#?}"
    );
    assert!(a.len() > 3, "{page}: {local}");
}

/// `newsdex serve` on the local index and on the cluster: the same JSON answers and the
/// same search pages.
fn serve_matches_local(local: &Path, cluster: &Path, all: &[String]) {
    let (a, b) = (Served::start(local), Served::start(cluster));
    let same = |path: &str| -> serde_json::Value {
        let (x, y) = (a.json(path), b.json(path));
        assert!(x == y, "{path} differs:\nlocal: {x}\ncluster: {y}");
        x
    };
    // whole result lists (each under a page of 100), and their timelines
    let searches = [
        "q=oil",
        "q=bank",
        "q=president&place=United+States",
        "person=Tony+Blair",
        "q=%22prime+minister%22",
        "q=oil&since=1987-03",
        "q=Rafah",
        "q=oil+OR+gas&sort=date",
    ];
    for query in searches {
        let path = format!("/api/search?{query}&limit=100");
        let (x, y) = (a.json(&path), b.json(&path));
        let total = x["total"].as_u64().unwrap_or(0);
        assert!(total > 0 && total <= 100, "{path}: {total} hits");
        assert_eq!(comparable(x), comparable(y), "{path}");
        for what in ["timeline", "people", "places", "orgs", "sources"] {
            same(&format!("/api/{what}?{query}"));
        }
        same(&format!("/api/timeline?{query}&interval=year"));
        // the page: 200, the same count and the same articles linked
        let page = format!("/?{query}&limit=100");
        let ((s1, h1), (s2, h2)) = (a.get(&page), b.get(&page));
        assert_eq!((s1, s2), (200, 200), "{page}");
        let summary = format!(">{total} matching article");
        assert!(h1.contains(&summary) && h2.contains(&summary), "{page}");
        let linked = linked_ids(&h1);
        assert_eq!(linked.len() as u64, total, "{page}");
        assert_eq!(linked, linked_ids(&h2), "{page}");
    }
    // the whole archive: counts, facets and timeline (its order among equal dates is free)
    let everything = same("/api/timeline");
    assert!(everything["buckets"]
        .as_array()
        .is_some_and(|b| b.len() > 3));
    // (sample_corpus has one source: only Reuters' files name theirs)
    for (what, least) in [
        ("people", 20),
        ("places", 20),
        ("orgs", 20),
        ("sources", 1),
        ("speakers", 20),
    ] {
        let names = same(&format!("/api/{what}?top=50"));
        let rows = names["names"].as_array().map_or(0, Vec::len);
        assert!(rows >= least, "{what}: {names}");
    }
    assert_eq!(
        a.json("/api/search")["total"].as_u64(),
        Some(all.len() as u64)
    );
    assert_eq!(
        a.json("/api/search")["total"],
        b.json("/api/search")["total"]
    );
    // quotes: by speaker, by words in them, by their articles' filters
    for query in [
        "speaker=Jake+Sullivan",
        "q=oil",
        "person=Tony+Blair",
        "place=United+States&until=1987-03-25",
    ] {
        let path = format!("/api/quotes?{query}&limit=100");
        let (x, y) = (a.json(&path), b.json(&path));
        assert!(
            x["total"].as_u64().is_some_and(|t| t > 0 && t <= 100),
            "{path}: {x}"
        );
        assert_eq!(comparable(x), comparable(y), "{path}");
        same(&format!("/api/speakers?{query}"));
        let page = format!("/quotes?{query}&limit=100");
        let ((s1, h1), (s2, h2)) = (a.get(&page), b.get(&page));
        assert_eq!((s1, s2), (200, 200), "{page}");
        same_items(&page, &h1, &h2);
    }
    // the quotes view of a search: quotes from the matching articles only, and their speakers
    for query in ["q=oil", "q=president&place=United+States"] {
        let page = format!("/quotes?{query}&limit=100");
        let ((s1, h1), (s2, h2)) = (a.get(&page), b.get(&page));
        assert_eq!((s1, s2), (200, 200), "{page}");
        same_items(&page, &h1, &h2);
    }
    // no matching article, no quotes from it (not every quote)
    let page = "/quotes?q=zzyzxnothing";
    let ((s1, h1), (s2, h2)) = (a.get(page), b.get(page));
    assert_eq!((s1, s2), (200, 200), "{page}");
    assert!(h1.contains(">0 matching quotes<"), "{page}: {h1}");
    assert_eq!(h1, h2, "{page}");
    // articles: show --json, and the article page
    for id in all.iter().step_by(all.len() / 10) {
        same(&format!("/api/article/{id}"));
        let page = format!("/article/{id}");
        let ((s1, h1), (s2, h2)) = (a.get(&page), b.get(&page));
        assert_eq!((s1, s2), (200, 200), "{page}");
        assert_eq!(h1, h2, "{page}");
    }
    let (s1, s2) = (
        a.get("/api/article/0123456789abcdef").0,
        b.get("/api/article/0123456789abcdef").0,
    );
    assert_eq!((s1, s2), (404, 404));
    // stats: the same counts, dates and sources (the index's name and size are each its own)
    let (x, y) = (a.json("/api/stats"), b.json("/api/stats"));
    for key in ["articles", "quotes", "files", "oldest", "newest", "sources"] {
        assert_eq!(x[key], y[key], "stats {key}");
    }
    // a query to fix: the same 400 and message
    let bad = "/api/search?q=%28oil";
    let (x, y) = (a.get(bad), b.get(bad));
    assert_eq!(x.0, 400, "{}", x.1);
    assert_eq!(x, y, "{bad}");
}
