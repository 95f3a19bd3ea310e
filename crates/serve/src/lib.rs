//! `newsdex serve`: the index in a browser, and a JSON API, from one process.
//!
//! - `backend`: the seam over a local index and an OpenSearch cluster, which every handler
//!   asks;
//! - `state`: the index opened once (a local one's reader shared and reloaded on a timer),
//!   the Host names this server answers to;
//! - `guard`: refuses requests for another Host (DNS rebinding), adds the security headers
//!   (a strict Content-Security-Policy) to every response;
//! - `params`: the URL's query string as the CLI's flags (`q`, `person`, `since`, ...), and
//!   back into links, so every view's state lives in its URL;
//! - `api`: `/api/...`, the CLI's `--json` shapes;
//! - `pages`: server-rendered HTML (maud: compiled templates that escape every value), with
//!   `render` for the parts that need care (highlights, the marked article, the timeline);
//! - `assets`: the stylesheet, served from the binary.
//!
//! Every search runs on tokio's blocking pool, so a slow query never stalls the server, and
//! every limit on what a request may ask is the search library's
//! ([`newsdex_search::Limits::SERVER`]).
#![warn(missing_docs)]

mod api;
mod assets;
mod backend;
mod error;
mod guard;
mod pages;
mod params;
mod render;
mod state;

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use axum::routing::get;
use axum::Router;

pub use backend::Backend;
pub use state::AppState;

/// The port `newsdex serve` listens on unless `--port` says otherwise.
pub const DEFAULT_PORT: u16 = 7700;

/// How often the shared reader looks for commits by a concurrent `newsdex index`: a reload
/// with nothing new costs one small file read; new articles show within a second.
pub const RELOAD_EVERY: Duration = Duration::from_secs(1);

/// Longest a request may take before the client gets a 503: far above any search the
/// library's limits allow (milliseconds), short enough that a stuck request frees its client.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// True for 127.0.0.0/8 and ::1: addresses only this machine can reach.
pub fn is_loopback(ip: IpAddr) -> bool {
    ip.is_loopback()
}

/// The application: every route, the Host guard and the security headers.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(pages::search))
        .route("/quotes", get(pages::quotes))
        .route("/article/{id}", get(pages::article))
        .route("/article/{id}/source", get(pages::source))
        .route("/style.css", get(assets::stylesheet))
        .route("/api/search", get(api::search))
        .route("/api/quotes", get(api::quotes))
        .route("/api/people", get(api::people))
        .route("/api/places", get(api::places))
        .route("/api/orgs", get(api::orgs))
        .route("/api/sources", get(api::sources))
        .route("/api/speakers", get(api::speakers))
        .route("/api/timeline", get(api::timeline))
        .route("/api/article/{id}", get(api::article))
        .route("/api/stats", get(api::stats))
        .fallback(pages::not_found)
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::guard,
        ))
        .with_state(state)
}

/// A bound server, not yet answering.
pub struct Server {
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
}

impl Server {
    /// Binds `addr` (port 0: any free port) for `index` (a local index or a cluster
    /// [`Backend`]); the server answers to the Host names of the address it got, and to
    /// `extra_hosts` (`name:port`).
    pub async fn bind(
        index: impl Into<Backend>,
        addr: SocketAddr,
        extra_hosts: &[String],
    ) -> Result<Server> {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr().context("reading the bound address")?;
        let state = Arc::new(AppState::new(index, local)?.allow_hosts(extra_hosts));
        Ok(Server { listener, state })
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> Result<SocketAddr> {
        self.listener
            .local_addr()
            .context("reading the bound address")
    }

    /// Answers until `shutdown` completes, reloading a local index every [`RELOAD_EVERY`].
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<()> {
        let reloader = tokio::spawn(state::reload_forever(self.state.clone()));
        let app = router(self.state);
        let served = axum::serve(self.listener, app)
            .with_graceful_shutdown(shutdown)
            .await
            .context("serving");
        reloader.abort();
        served
    }
}
