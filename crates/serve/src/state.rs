//! What every request shares: the index (a local one opened once with one reader, or a
//! cluster), the extractor, and the Host names this server answers to.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};

use newsdex_extract::EntityExtractor;
use newsdex_index::NewsIndex;

use crate::backend::Backend;
use crate::error::AppError;

/// The server's shared state.
pub struct AppState {
    /// The index every request reads: local (its reader shared) or a cluster.
    pub backend: Backend,
    /// For mention offsets in the article view (the index does not store them).
    pub extractor: &'static EntityExtractor,
    /// Host header values this server answers to (lower case).
    allowed_hosts: Vec<String>,
    /// Searches running at once (see [`searches_at_once`]); the others wait their turn in
    /// arrival order.
    searches: tokio::sync::Semaphore,
}

/// One search per core at a time. Searches are CPU-bound: fifty at once on two cores all
/// finish late (the scheduler slices them) and in random order, while a first-come queue
/// finishes each at full speed; under 50 concurrent clients it cut the p99 latency.
fn searches_at_once() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

impl AppState {
    /// State for `index` (a local index or a cluster) served at `addr`: the index is opened
    /// now, so a damaged or missing one fails at start, not on the first request.
    pub fn new(index: impl Into<Backend>, addr: SocketAddr) -> Result<AppState> {
        let backend = index.into();
        backend.open()?;
        let extractor = EntityExtractor::embedded().context("loading the entity model")?;
        Ok(AppState {
            backend,
            extractor,
            allowed_hosts: allowed_hosts(addr),
            searches: tokio::sync::Semaphore::new(searches_at_once()),
        })
    }

    /// Also answers to these `Host` values (`name:port`): the names by which other machines
    /// reach a server bound to a non-loopback address, which it cannot know itself.
    pub fn allow_hosts(mut self, hosts: &[String]) -> AppState {
        for host in hosts {
            let host = host.to_ascii_lowercase();
            if !self.allowed_hosts.contains(&host) {
                self.allowed_hosts.push(host);
            }
        }
        self
    }

    /// Whether a request's `Host` names this server.
    pub fn host_allowed(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        self.allowed_hosts.contains(&host)
    }

    /// The first Host this server answers to, for messages.
    pub fn host(&self) -> &str {
        self.allowed_hosts.first().map_or("", String::as_str)
    }
}

/// `ip:port`, and for loopback (or all addresses, which include loopback) also
/// `localhost:port` and the other loopback spellings: the names a browser on this machine
/// uses. A page on another name (a DNS-rebinding attack points an attacker's name at
/// 127.0.0.1) is refused; other names must be allowed explicitly (`--allow-host`).
fn allowed_hosts(addr: SocketAddr) -> Vec<String> {
    let port = addr.port();
    let mut hosts = vec![match addr {
        SocketAddr::V4(a) => format!("{}:{port}", a.ip()),
        SocketAddr::V6(a) => format!("[{}]:{port}", a.ip()),
    }];
    if addr.ip().is_loopback() || addr.ip().is_unspecified() {
        for name in ["localhost", "127.0.0.1", "[::1]"] {
            let host = format!("{name}:{port}");
            if !hosts.contains(&host) {
                hosts.push(host);
            }
        }
    }
    hosts
}

/// Runs `work` on the blocking pool (searches read the index and can take milliseconds; the
/// async workers must stay free to accept).
pub async fn blocking<T, F>(state: &Arc<AppState>, work: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> Result<T> + Send + 'static,
{
    let _turn = state
        .searches
        .acquire()
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the search queue is closed: {e}")))?;
    let state = state.clone();
    tokio::task::spawn_blocking(move || work(&state))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a search task failed: {e}")))?
        .map_err(AppError::from)
}

/// Looks for a new commit every [`crate::RELOAD_EVERY`] and reloads the shared reader when
/// there is one, so commits of a concurrent `newsdex index` show without a restart. A
/// reload reopens every segment and starts the document-store caches empty, so it happens
/// only when the committed segments changed: reloading every second regardless cost CPU and
/// cold caches under load. A failed check or reload keeps the last good view. A cluster
/// needs none: each request asks it.
pub async fn reload_forever(state: Arc<AppState>) {
    if state.backend.local().is_none() {
        return;
    }
    let mut ticks = tokio::time::interval(crate::RELOAD_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut seen = None;
    loop {
        ticks.tick().await;
        let state = state.clone();
        let last = seen;
        let checked = tokio::task::spawn_blocking(move || -> Result<Option<u64>> {
            let Some(index) = state.backend.local() else {
                return Ok(None);
            };
            let now = commit_fingerprint(index)?;
            if Some(now) != last {
                index.reload()?;
            }
            Ok(Some(now))
        })
        .await;
        if let Ok(Ok(now)) = checked {
            seen = now;
        }
    }
}

/// What identifies the committed state: the commit's opstamp, and each segment with its
/// deletions (a merge changes segments without a new opstamp).
fn commit_fingerprint(index: &NewsIndex) -> Result<u64> {
    use std::hash::{Hash, Hasher};
    let meta = index
        .index
        .load_metas()
        .context("reading the index's commit")?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    meta.opstamp.hash(&mut h);
    for segment in &meta.segments {
        segment.id().uuid_string().hash(&mut h);
        segment.num_deleted_docs().hash(&mut h);
    }
    Ok(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_answers_to_its_local_names_only() {
        let hosts = allowed_hosts("127.0.0.1:7700".parse().expect("addr"));
        assert_eq!(
            hosts,
            ["127.0.0.1:7700", "localhost:7700", "[::1]:7700"].map(String::from)
        );
        let public = allowed_hosts("192.0.2.7:80".parse().expect("addr"));
        assert_eq!(public, ["192.0.2.7:80".to_owned()]);
        let all = allowed_hosts("0.0.0.0:7700".parse().expect("addr"));
        assert!(all.contains(&"localhost:7700".to_owned()), "{all:?}");
    }
}
