//! What every request shares: the index (opened once, one reader), the extractor, and the
//! Host names this server answers to.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};

use newsdex_extract::EntityExtractor;
use newsdex_index::NewsIndex;

use crate::error::AppError;

/// The server's shared state.
pub struct AppState {
    /// The index; its reader is shared by every request.
    pub index: NewsIndex,
    /// For mention offsets in the article view (the index does not store them).
    pub extractor: &'static EntityExtractor,
    /// Host header values this server answers to (lower case).
    allowed_hosts: Vec<String>,
}

impl AppState {
    /// State for `index` served at `addr`: the reader is opened now, so a damaged index
    /// fails at start, not on the first request.
    pub fn new(index: NewsIndex, addr: SocketAddr) -> Result<AppState> {
        // The latest commit, even if this handle's reader was opened before it.
        index.reload()?;
        let extractor = EntityExtractor::embedded().context("loading the entity model")?;
        Ok(AppState {
            index,
            extractor,
            allowed_hosts: allowed_hosts(addr),
        })
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

/// `ip:port`, and for loopback also `localhost:port` and the other loopback spelling: the
/// names a browser on this machine uses. A page on another name (a DNS-rebinding attack
/// points an attacker's name at 127.0.0.1) is refused.
fn allowed_hosts(addr: SocketAddr) -> Vec<String> {
    let port = addr.port();
    let mut hosts = vec![match addr {
        SocketAddr::V4(a) => format!("{}:{port}", a.ip()),
        SocketAddr::V6(a) => format!("[{}]:{port}", a.ip()),
    }];
    if addr.ip().is_loopback() {
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
    let state = state.clone();
    tokio::task::spawn_blocking(move || work(&state))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a search task failed: {e}")))?
        .map_err(AppError::from)
}

/// Reloads the shared reader every [`crate::RELOAD_EVERY`], so commits of a concurrent
/// `newsdex index` show without a restart. A failed reload keeps the last good view.
pub async fn reload_forever(state: Arc<AppState>) {
    let mut ticks = tokio::time::interval(crate::RELOAD_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let state = state.clone();
        let _ = tokio::task::spawn_blocking(move || state.index.reload()).await;
    }
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
    }
}
