//! A real OpenSearch node for a test, shared by both OpenSearch test binaries: this crate's
//! `cluster` test and the CLI's (tests/tests.rs includes this file by path, as a test binary
//! of another package cannot import it).
//!
//! The node is started from tools/opensearch-node on a free loopback port with its own data
//! directory, and stopped on drop (by the run script, which kills by pid). Without Java 17+ or
//! Maven a test fails, never skips, saying what is missing.
#![allow(dead_code)] // each binary uses part of it

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

/// A node of the test's own, stopped on drop.
pub struct Node {
    script: PathBuf,
    data: PathBuf,
    /// `http://127.0.0.1:PORT`, as the run script printed it.
    pub url: String,
}

impl Node {
    /// Starts a fresh node with the scripts of the checkout at `repo`, its data in
    /// target/opensearch-test/`name` (wiped first, and any node left running on it stopped).
    pub fn start(repo: &Path, name: &str) -> Node {
        for (tool, arg) in [("java", "-version"), ("mvn", "-v")] {
            let ok = Command::new(tool)
                .arg(arg)
                .output()
                .is_ok_and(|o| o.status.success());
            assert!(
                ok,
                "`{tool}` not found: this test starts a real OpenSearch node and needs Java 17+ \
                 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven)"
            );
        }
        let mut node = Node {
            script: repo.join("tools/opensearch-node/run.sh"),
            data: repo.join("target/opensearch-test").join(name),
            url: String::new(),
        };
        let _ = node.run("stop");
        let _ = std::fs::remove_dir_all(&node.data);
        node.up();
        node
    }

    /// `opensearch://127.0.0.1:PORT/prefix`: an index on this node, as `--index` takes it.
    pub fn index_url(&self, prefix: &str) -> String {
        let port = self.url.rsplit(':').next().unwrap_or_default();
        format!("opensearch://127.0.0.1:{port}/{prefix}")
    }

    /// Stops the node and starts it again on the same data; it must keep its port.
    pub fn restart(&mut self) {
        let out = self.run("stop");
        assert!(
            out.status.success(),
            "stop failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::thread::sleep(Duration::from_secs(2));
        let before = std::mem::take(&mut self.url);
        self.up();
        assert_eq!(self.url, before, "the restarted node must keep its port");
    }

    fn up(&mut self) {
        let out = self.run("start");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "the OpenSearch node did not start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.url = stdout
            .lines()
            .find_map(|l| l.strip_prefix("OS_URL="))
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("no OS_URL in {stdout}"));
    }

    fn run(&self, verb: &str) -> Output {
        Command::new(&self.script)
            .arg(verb)
            .env("OS_HTTP_PORT", "auto")
            .env("OS_DATA_DIR", &self.data)
            .env("OS_HEAP", "512m")
            .output()
            .unwrap_or_else(|e| panic!("cannot run tools/opensearch-node/run.sh: {e}"))
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.run("stop");
    }
}
