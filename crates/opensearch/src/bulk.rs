//! `_bulk` with bounded bodies and in-flight requests, whole-request retries (in the client)
//! and per-item retries of what the cluster pushed back (429), every other per-item failure
//! returned to the caller, which reports it: nothing is dropped silently.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use serde_json::Value;

use crate::client::{retryable, Client};
use crate::docs::Doc;

/// How bulk requests are sized and overlapped.
#[derive(Debug, Clone, Copy)]
pub struct BulkLimits {
    /// Largest body, in bytes: a few MB stays well inside a node's indexing-pressure limit
    /// (10% of the heap: 51 MB at 512 MB) even with several indexers at once.
    pub max_body: usize,
    /// Requests in flight at once, from this indexer.
    pub in_flight: usize,
}

impl Default for BulkLimits {
    fn default() -> Self {
        BulkLimits {
            max_body: 4 << 20,
            in_flight: 2,
        }
    }
}

/// What a batch of bulk requests did.
#[derive(Debug, Default)]
pub struct BulkOutcome {
    /// Documents rejected, by their position in the input, with the cluster's reason.
    pub failed: Vec<(usize, String)>,
    /// Requests sent (retries included).
    pub requests: u64,
}

/// Writes `docs`, at most `limits.in_flight` requests at once.
pub fn write_all(client: &Client, docs: &[&Doc], limits: BulkLimits) -> Result<BulkOutcome> {
    // Bodies are cut here, each remembering which documents it holds.
    let mut bodies: Vec<Vec<usize>> = Vec::new();
    let (mut current, mut size) = (Vec::new(), 0usize);
    for (i, doc) in docs.iter().enumerate() {
        let bytes = doc.source.to_string().len() + 96;
        if !current.is_empty() && size + bytes > limits.max_body {
            bodies.push(std::mem::take(&mut current));
            size = 0;
        }
        current.push(i);
        size += bytes;
    }
    if !current.is_empty() {
        bodies.push(current);
    }
    let queue = Mutex::new(bodies.into_iter());
    let outcome = Mutex::new(BulkOutcome::default());
    let first_error: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..limits.in_flight.max(1) {
            s.spawn(|| loop {
                if first_error.lock().map(|e| e.is_some()).unwrap_or(true) {
                    return;
                }
                let next = queue.lock().ok().and_then(|mut q| q.next());
                let Some(items) = next else { return };
                match write_one(client, docs, &items) {
                    Ok((failed, requests)) => {
                        let mut o = outcome.lock().unwrap_or_else(|e| e.into_inner());
                        o.failed.extend(failed);
                        o.requests += requests;
                    }
                    Err(e) => {
                        if let Ok(mut slot) = first_error.lock() {
                            slot.get_or_insert(e);
                        }
                        return;
                    }
                }
            });
        }
    });
    if let Some(e) = first_error.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(e);
    }
    let mut outcome = outcome.into_inner().unwrap_or_else(|e| e.into_inner());
    outcome.failed.sort_by_key(|f| f.0);
    Ok(outcome)
}

/// One body, and the retries of its items the cluster pushed back.
fn write_one(
    client: &Client,
    docs: &[&Doc],
    items: &[usize],
) -> Result<(Vec<(usize, String)>, u64)> {
    let started = Instant::now();
    let mut wait = Duration::from_millis(200);
    let mut pending: Vec<usize> = items.to_vec();
    let mut failed = Vec::new();
    let mut requests = 0;
    while !pending.is_empty() {
        let mut body = String::new();
        for &i in &pending {
            docs[i].bulk_lines(&mut body);
        }
        requests += 1;
        let reply = client.send("POST", "/_bulk", Some(&body))?;
        if reply.status == 413 {
            bail!(
                "a bulk request of {} bytes was too large for the cluster (413)",
                body.len()
            );
        }
        if !(200..300).contains(&reply.status) {
            bail!(
                "bulk request refused: HTTP {}: {}",
                reply.status,
                crate::client::brief(&reply.body)
            );
        }
        let answers = reply
            .body
            .get("items")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if answers.len() != pending.len() {
            bail!(
                "bulk answer has {} items for {} documents",
                answers.len(),
                pending.len()
            );
        }
        let mut again = Vec::new();
        for (&i, answer) in pending.iter().zip(&answers) {
            let result = answer.get("index").unwrap_or(answer);
            let status = result.get("status").and_then(Value::as_u64).unwrap_or(0) as u16;
            if (200..300).contains(&status) {
                continue;
            }
            if retryable(status) {
                again.push(i);
            } else {
                let reason = result
                    .get("error")
                    .map(|e| crate::client::brief(&serde_json::json!({ "error": e })))
                    .unwrap_or_else(|| format!("HTTP {status}"));
                failed.push((i, format!("rejected by the cluster: {reason}")));
            }
        }
        if !again.is_empty() {
            if started.elapsed() > crate::client::RETRY_FOR {
                for i in again {
                    failed.push((i, "the cluster kept refusing it (429) for minutes".into()));
                }
                break;
            }
            std::thread::sleep(wait);
            wait = (wait * 2).min(Duration::from_secs(8));
        }
        pending = again;
    }
    Ok((failed, requests))
}
