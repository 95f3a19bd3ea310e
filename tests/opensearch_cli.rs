//! The `--index opensearch://...` seam of the CLI, without a cluster: URL and credential
//! mistakes are refused before anything is sent (the cluster itself is tested in
//! crates/opensearch/tests/cluster.rs).

use std::path::Path;

use crate::common::newsdex;

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
        &["show", "0000000000000000"],
        "not run on an opensearch:// index",
    );
}
