//! newsdex against a real OpenSearch 2.19 node (started here from tools/opensearch-node, on a
//! free loopback port with its own data directory, stopped at the end). Needs Java 17+ and
//! Maven, and the shared corpora: without them the test fails, saying what is missing.
//!
//! One test function, so that one node serves every check and the whole stays within a few
//! minutes on 2 cores.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

mod node;
use node::Node;

use newsdex_index::{index_roots, IndexOptions, NewsIndex, NoProgress};
use newsdex_opensearch::search::all_keys;
use newsdex_opensearch::{index_dirs, Client, IngestOptions};
use newsdex_search::{Filters, Limits, SearchRequest};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn corpora() -> PathBuf {
    let dir = std::env::var_os("NEWSDEX_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/corpora"));
    assert!(
        dir.join("bbc-news-2225").is_dir() && dir.join("reuters21578").is_dir(),
        "this test reads the shared corpora (BBC + Reuters), not found at {} (set NEWSDEX_CORPORA)",
        dir.display()
    );
    dir
}

/// A client of the index `prefix` on `node`.
fn client(node: &Node, prefix: &str) -> Client {
    let target =
        newsdex_opensearch::parse(&node.index_url(prefix)).unwrap_or_else(|e| panic!("{e}"));
    Client::new(target)
}

fn opts(extract: bool) -> IngestOptions {
    IngestOptions {
        threads: 2,
        extract,
        ..IngestOptions::default()
    }
}

fn request(query: &str, filters: Filters) -> SearchRequest {
    SearchRequest {
        query: query.into(),
        filters,
        limit: 1,
        limits: Limits::LOCAL,
        ..Default::default()
    }
}

fn local_ids(index: &NewsIndex, r: &SearchRequest) -> BTreeSet<String> {
    let mut r = r.clone();
    r.limit = 1;
    let total = newsdex_search::search(index, &r)
        .expect("local search")
        .total;
    r.limit = total.max(1);
    newsdex_search::search(index, &r)
        .expect("local search")
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

/// Quotes as `article_id:text`, sorted: a multiset (an article may hold one quote twice).
fn local_quotes(index: &NewsIndex, r: &SearchRequest) -> Vec<String> {
    let mut r = r.clone();
    r.limit = 1;
    let total = newsdex_search::search_quotes(index, &r)
        .expect("local quotes")
        .total;
    r.limit = total.max(1);
    let mut v = newsdex_search::search_quotes(index, &r)
        .expect("local quotes")
        .hits
        .into_iter()
        .map(|q| format!("{}:{}", q.article_id, q.text))
        .collect::<Vec<_>>();
    v.sort();
    v
}

fn remote_set(client: &Client, r: &SearchRequest, quotes: bool) -> BTreeSet<String> {
    let keys = all_keys(client, r, quotes).expect("cluster search");
    let n = keys.len();
    let set: BTreeSet<String> = keys.into_iter().collect();
    assert_eq!(
        set.len(),
        n,
        "duplicates in the cluster's answer to {:?}",
        r.query
    );
    set
}

fn count(client: &Client, index: &str) -> u64 {
    // 0 until the indexer under test has created the index
    let reply = client
        .send("GET", &format!("/{index}/_count"), None)
        .expect("count");
    reply.body["count"].as_u64().unwrap_or(0)
}

fn all_article_ids(client: &Client) -> Vec<String> {
    all_keys(client, &request("", Filters::default()), false).expect("ids")
}

fn filters(f: impl FnOnce(&mut Filters)) -> Filters {
    let mut x = Filters::default();
    f(&mut x);
    x
}

/// Child mode: the parent runs this test binary again to get an indexer it can kill -9.
#[test]
fn child_indexer() {
    let (Ok(url), Ok(roots)) = (
        std::env::var("NEWSDEX_OS_CHILD_URL"),
        std::env::var("NEWSDEX_OS_CHILD_ROOTS"),
    ) else {
        return;
    };
    let client = Client::new(newsdex_opensearch::parse(&url).expect("url"));
    let roots: Vec<PathBuf> = roots.split('\n').map(PathBuf::from).collect();
    let mut o = opts(false);
    o.batch_bytes = 1 << 20; // small batches: a kill lands between states
    index_dirs(&client, &roots, &o, &NoProgress).expect("child indexer");
}

/// A child indexer, killed if the test fails before it ends (no orphan keeps writing).
struct Child(std::process::Child);

impl Child {
    fn kill9(&mut self) {
        self.0.kill().expect("kill -9"); // SIGKILL on unix
        let _ = self.0.wait();
    }
    fn succeeded(&mut self) -> bool {
        self.0.wait().is_ok_and(|s| s.success())
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn spawn_child(client: &Client, roots: &[&Path]) -> Child {
    let roots: Vec<String> = roots.iter().map(|r| r.display().to_string()).collect();
    Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "child_indexer",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("NEWSDEX_OS_CHILD_URL", client.target.shown())
        .env("NEWSDEX_OS_CHILD_ROOTS", roots.join("\n"))
        .spawn()
        .map(Child)
        .expect("spawn child indexer")
}

#[test]
fn opensearch_backend_matches_local() {
    if std::env::var("NEWSDEX_OS_CHILD_URL").is_ok() {
        return;
    }
    let t0 = Instant::now();
    let corpora = corpora();
    let (bbc, reuters) = (corpora.join("bbc-news-2225"), corpora.join("reuters21578"));
    let sample = repo().join("sample_corpus");
    let roots = vec![sample.clone(), bbc.clone(), reuters.clone()];
    let mut node = Node::start(&repo(), "main");
    eprintln!(
        "node up in {:.1}s at {}",
        t0.elapsed().as_secs_f64(),
        node.url
    );

    // Both backends from the same roots.
    let dir = tempfile::tempdir().expect("tempdir");
    let local = NewsIndex::open_or_create(dir.path()).expect("local index");
    let t = Instant::now();
    let ls = index_roots(
        &local,
        &roots,
        &IndexOptions {
            threads: 2,
            ..IndexOptions::default()
        },
        &NoProgress,
    )
    .expect("local indexing");
    eprintln!(
        "local: {} articles in {:.1}s",
        ls.articles_indexed,
        t.elapsed().as_secs_f64()
    );
    local.reload().expect("reload");
    let os = client(&node, "main");
    let t = Instant::now();
    let rs = index_dirs(&os, &roots, &opts(true), &NoProgress).expect("cluster indexing");
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "cluster: {} articles, {} quotes in {secs:.1}s ({:.0} articles/s), {} skipped",
        rs.articles_indexed,
        rs.quotes_indexed,
        rs.articles_indexed as f64 / secs,
        rs.skipped.len()
    );
    assert!(
        rs.articles_indexed >= 23_803,
        "{} articles",
        rs.articles_indexed
    );
    assert_eq!(rs.articles_indexed, ls.articles_indexed);
    assert_eq!(rs.quotes_indexed, ls.quotes_indexed);
    assert_eq!(rs.skipped.len(), ls.skipped.len());

    // 30+ queries and filters: the same article ids, all hits.
    let queries: Vec<(&str, Filters)> = vec![
        ("", Filters::default()),
        ("oil", Filters::default()),
        ("\"interest rates\"", Filters::default()),
        ("oil AND (opec OR saudi)", Filters::default()),
        ("bank NOT japan", Filters::default()),
        ("gold -silver", Filters::default()),
        ("+coffee +brazil", Filters::default()),
        ("title:shares", Filters::default()),
        ("body:merger", Filters::default()),
        ("person:Blair", Filters::default()),
        ("place:London", Filters::default()),
        ("org:\"European Union\"", Filters::default()),
        ("source:BBC", Filters::default()),
        ("election OR referendum", Filters::default()),
        ("\"prime minister\" Blair", Filters::default()),
        ("football rugby", Filters::default()),
        ("U.S. dollar", Filters::default()),
        ("running", Filters::default()),
        ("companies profits", Filters::default()),
        ("(wheat OR corn) AND export", Filters::default()),
        ("negotiat*", Filters::default()),
        ("Biden's", Filters::default()),
        ("opec~1", Filters::default()),
        ("lang:en oil", Filters::default()),
        ("NOT oil", Filters::default()),
        ("person:\"Tony Blair\" OR place:Iraq", Filters::default()),
        ("", filters(|f| f.people.push("Blair".into()))),
        ("", filters(|f| f.people.push("Tony Blair".into()))),
        ("", filters(|f| f.people.push("James Baker".into()))),
        ("", filters(|f| f.places.push("London".into()))),
        ("", filters(|f| f.places.push("US".into()))),
        ("", filters(|f| f.orgs.push("OPEC".into()))),
        ("", filters(|f| f.sources.push("Reuters".into()))),
        (
            "",
            filters(|f| f.since = newsdex_corpus::dates::parse_bound("1987-03-01", false).ok()),
        ),
        (
            "",
            filters(|f| f.until = newsdex_corpus::dates::parse_bound("1987-03", true).ok()),
        ),
        (
            "oil",
            filters(|f| {
                f.since = newsdex_corpus::dates::parse_bound("1987-03-01", false).ok();
                f.until = newsdex_corpus::dates::parse_bound("1987-03-31", true).ok();
            }),
        ),
        ("economy", filters(|f| f.places.push("Britain".into()))),
        ("", filters(|f| f.langs.push("eng".into()))),
        (
            "talks",
            filters(|f| {
                f.people.push("Reagan".into());
                f.places.push("Washington".into());
            }),
        ),
    ];
    let mut differing = Vec::new();
    for (q, f) in &queries {
        let r = request(q, f.clone());
        let (a, b) = (local_ids(&local, &r), remote_set(&os, &r, false));
        if a != b {
            differing.push(format!(
                "{q:?} {f:?}: local {} cluster {} (only local e.g. {:?}, only cluster e.g. {:?})",
                a.len(),
                b.len(),
                a.difference(&b).next(),
                b.difference(&a).next()
            ));
        } else {
            eprintln!("same {} ids: {q:?}", a.len());
        }
    }
    assert!(
        differing.is_empty(),
        "{} of {} queries differ:\n{}",
        differing.len(),
        queries.len(),
        differing.join("\n")
    );

    // Quotes by speaker: the same sets.
    for (q, speaker) in [
        ("", "Blair"),
        ("", "Brown"),
        ("", "Baker"),
        ("", "Reagan"),
        ("", "Howard"),
        ("", "Sullivan"),
        ("war", "Blair"),
        ("title:election", "Blair"),
    ] {
        let r = request(q, filters(|f| f.speakers.push(speaker.into())));
        let a = local_quotes(&local, &r);
        let mut b = all_keys(&os, &r, true).expect("cluster quotes");
        b.sort();
        assert_eq!(a, b, "quotes {q:?} --speaker {speaker}");
        eprintln!("same {} quotes: {q:?} --speaker {speaker}", a.len());
    }
    // Facets: the same rows and counts (names read across the archive on both).
    use newsdex_search::FacetKind::{Orgs, People, Places, Sources, Speakers};
    for (kind, q, f, top) in [
        (People, "", Filters::default(), 50),
        (People, "oil", Filters::default(), 20),
        (
            People,
            "election",
            filters(|f| f.places.push("Britain".into())),
            20,
        ),
        (Places, "", Filters::default(), 30),
        (Places, "coffee", Filters::default(), 20),
        (Orgs, "", Filters::default(), 30),
        (Orgs, "bank", Filters::default(), 20),
        (Sources, "", Filters::default(), 10),
        (Speakers, "", Filters::default(), 30),
        (Speakers, "war", Filters::default(), 20),
    ] {
        let r = request(q, f);
        let a = newsdex_search::facet(&local, &r, kind, top).expect("local facet");
        let b = newsdex_opensearch::search::facet(&os, &r, kind, top).expect("cluster facet");
        assert_eq!(a, b, "facet {kind:?} {q:?}");
        eprintln!("same {} facet rows: {kind:?} {q:?}", a.len());
    }
    show_and_unmerged(&local, &os, &reuters);
    eprintln!("comparison done at {:.1}s", t0.elapsed().as_secs_f64());
    robustness(&mut node, &sample, &bbc, &reuters);
    eprintln!("all done in {:.1}s", t0.elapsed().as_secs_f64());
}

/// `show`'s article (by id across the archive, and by `FILE#N`) and `--unmerged` rows with
/// their fates: the same on both backends.
fn show_and_unmerged(local: &NewsIndex, os: &Client, reuters: &Path) {
    use newsdex_opensearch::search::Fate;
    use newsdex_search::names::Reading;
    use newsdex_search::{ArticleRef, FacetKind};
    let json = |a: Option<newsdex_search::StoredArticle>| {
        serde_json::to_string(&a.expect("article found")).expect("JSON")
    };
    let mut ids = all_article_ids(os);
    ids.sort();
    let mut shown = 0;
    for id in ids.iter().step_by(ids.len() / 60) {
        let which = ArticleRef::Id(newsdex_search::parse_id(id).expect("id"));
        let a = json(newsdex_search::article(local, &which).expect("local article"));
        let b = json(newsdex_opensearch::article::article(os, &which).expect("cluster article"));
        assert_eq!(a, b, "show {id}");
        shown += 1;
    }
    for (file, n) in [
        ("reut2-005.sgm", 17),
        ("reut2-021.sgm", 186),
        ("reut2-000.sgm", 1),
    ] {
        let which = ArticleRef::File {
            path: reuters.join(file),
            record: Some(n),
        };
        let a = json(newsdex_search::article(local, &which).expect("local article"));
        let b = json(newsdex_opensearch::article::article(os, &which).expect("cluster article"));
        assert_eq!(a, b, "show {file}#{n}");
        shown += 1;
    }
    eprintln!("same stored article for {shown} show lookups");
    for (kind, q) in [
        (FacetKind::People, ""),
        (FacetKind::People, "oil"),
        (FacetKind::Places, ""),
        (FacetKind::Orgs, "bank"),
    ] {
        let r = request(q, Filters::default());
        let top = 150;
        let (rows, _) = newsdex_search::facet_read(local, &r, kind, top, Reading::AsWritten)
            .expect("local unmerged");
        let (kept, merges) =
            newsdex_search::facet_read(local, &r, kind, usize::MAX, Reading::Merged)
                .expect("local merged");
        let expected: Vec<((String, u64), Fate)> = rows
            .into_iter()
            .map(|(name, n)| {
                let fate = match merges.iter().find(|m| m.bare == name) {
                    Some(m) => Fate::JoinedWith(m.into.clone()),
                    None if kept.iter().any(|(k, _)| *k == name) => Fate::Kept,
                    None => Fate::Left,
                };
                ((name, n), fate)
            })
            .collect();
        let got = newsdex_opensearch::search::facet_unmerged(os, &r, kind, top)
            .expect("cluster unmerged");
        assert_eq!(expected, got, "--unmerged {kind:?} {q:?}");
        let joined = got
            .iter()
            .filter(|(_, f)| matches!(f, Fate::JoinedWith(_)))
            .count();
        let left = got.iter().filter(|(_, f)| *f == Fate::Left).count();
        eprintln!(
            "same {} --unmerged rows ({joined} joined, {left} left out): {kind:?} {q:?}",
            got.len()
        );
    }
}

/// Kill -9 and re-run; two indexers on disjoint halves; the same share twice; a node restart
/// mid-ingest. Text only (extraction is the same code either way, and costs the most time).
fn robustness(node: &mut Node, sample: &Path, bbc: &Path, reuters: &Path) {
    // The reference: one clean run over both halves.
    let reference = client(node, "reference");
    index_dirs(
        &reference,
        &[bbc.to_owned(), reuters.to_owned()],
        &opts(false),
        &NoProgress,
    )
    .expect("reference run");
    let mut expected = all_article_ids(&reference);
    expected.sort();

    // kill -9 mid-run, then a re-run: exactly the reference set.
    let killed = client(node, "killed");
    let mut child = spawn_child(&killed, &[bbc, reuters]);
    let deadline = Instant::now() + Duration::from_secs(120);
    while count(&killed, &killed.target.state()) < 200 {
        assert!(
            Instant::now() < deadline,
            "the child indexer wrote no state in 2 minutes"
        );
        if let Ok(Some(status)) = child.0.try_wait() {
            panic!("the child indexer ended ({status}) before it could be killed");
        }
        std::thread::sleep(Duration::from_millis(100));
        let _ = killed.ok(
            "POST",
            &format!("/{}/_refresh", killed.target.state()),
            None,
        );
    }
    child.kill9();
    let _ = killed.ok("POST", "/_refresh", None);
    let partial = count(&killed, &killed.target.articles());
    let again = index_dirs(
        &killed,
        &[bbc.to_owned(), reuters.to_owned()],
        &opts(false),
        &NoProgress,
    )
    .expect("re-run");
    let mut ids = all_article_ids(&killed);
    ids.sort();
    assert_eq!(
        ids.len(),
        expected.len(),
        "after kill -9 ({partial} articles then) and a re-run"
    );
    assert_eq!(ids, expected);
    assert!(
        again.unchanged > 0,
        "the re-run redid everything: {again:?}"
    );
    eprintln!(
        "kill -9 at {partial} articles, re-run: {} ids exactly ({} files unchanged)",
        ids.len(),
        again.unchanged
    );

    // Two indexers in parallel on disjoint halves: the union exactly.
    let halves = client(node, "halves");
    let (mut a, mut b) = (
        spawn_child(&halves, &[bbc]),
        spawn_child(&halves, &[reuters]),
    );
    assert!(a.succeeded() && b.succeeded());
    let _ = halves.ok("POST", "/_refresh", None);
    let mut ids = all_article_ids(&halves);
    ids.sort();
    assert_eq!(ids, expected, "two indexers on disjoint halves");
    eprintln!(
        "two halves in parallel: {} ids, the union exactly",
        ids.len()
    );

    // The same share twice at once, then once more: no duplicates (same ids, last writer wins).
    let twice = client(node, "twice");
    let (mut a, mut b) = (
        spawn_child(&twice, &[sample]),
        spawn_child(&twice, &[sample]),
    );
    assert!(a.succeeded() && b.succeeded());
    index_dirs(&twice, &[sample.to_owned()], &opts(false), &NoProgress).expect("third run");
    let ids = all_article_ids(&twice);
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "duplicates after the same share twice"
    );
    assert_eq!(ids.len() as u64, count(&twice, &twice.target.articles()));
    eprintln!("same share twice: {} articles, no duplicates", ids.len());

    // A local index pushed up: the same ids and quotes as indexing the share directly, and a
    // later `index` over the share finds every file unchanged.
    let dir = tempfile::tempdir().expect("tempdir");
    let local = NewsIndex::open_or_create(dir.path()).expect("local index");
    let options = IndexOptions {
        threads: 2,
        ..IndexOptions::default()
    };
    let ls = index_roots(&local, &[sample.to_owned()], &options, &NoProgress).expect("local");
    local.reload().expect("reload");
    let pushed = client(node, "pushed");
    let ps =
        newsdex_opensearch::push::push(&pushed, &local, &opts(true), &NoProgress).expect("push");
    assert_eq!(ps.articles_indexed, ls.articles_indexed);
    assert!(ps.skipped.is_empty(), "{:?}", ps.skipped);
    let mut pushed_ids = all_article_ids(&pushed);
    pushed_ids.sort();
    let mut direct_ids = ids.clone();
    direct_ids.sort();
    assert_eq!(
        pushed_ids, direct_ids,
        "push against a direct index of the share"
    );
    assert_eq!(count(&pushed, &pushed.target.quotes()), ls.quotes_indexed);
    let after = index_dirs(&pushed, &[sample.to_owned()], &opts(true), &NoProgress)
        .expect("index after push");
    assert_eq!(after.articles_indexed, 0, "{after:?}");
    assert_eq!(after.unchanged, after.files_seen);
    eprintln!(
        "push: {} articles, {} quotes, then nothing to index",
        ps.articles_indexed, ps.quotes_indexed
    );

    // The node restarted mid-ingest: the indexer retries and completes.
    let restarted = client(node, "restarted");
    let mut child = spawn_child(&restarted, &[bbc, reuters]);
    let deadline = Instant::now() + Duration::from_secs(120);
    while count(&restarted, &restarted.target.state()) < 100 {
        assert!(Instant::now() < deadline, "no progress before the restart");
        std::thread::sleep(Duration::from_millis(100));
        let _ = restarted.ok(
            "POST",
            &format!("/{}/_refresh", restarted.target.state()),
            None,
        );
    }
    node.restart();
    assert!(child.succeeded(), "the indexer failed across the restart");
    let mut ids = all_article_ids(&restarted);
    ids.sort();
    assert_eq!(ids, expected, "after a node restart mid-ingest");
    eprintln!("node restarted mid-ingest: {} ids exactly", ids.len());
}
