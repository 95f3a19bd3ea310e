//! A blocking HTTP client for one cluster: JSON in and out, retries with exponential backoff
//! on what a busy or restarting cluster answers (429, 502, 503, 504, refused or reset
//! connections), and errors that say what the cluster said.

use std::io::Read;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::Value;

use crate::target::Target;

/// How long a request keeps being retried before the run gives up: long enough for a node
/// to restart (about 10 s here, minutes on a loaded cluster).
pub const RETRY_FOR: Duration = Duration::from_secs(180);
/// First wait after a failure; doubled each time up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(200);
const MAX_BACKOFF: Duration = Duration::from_secs(8);

/// A cluster client.
#[derive(Clone)]
pub struct Client {
    agent: ureq::Agent,
    /// Where the cluster is, and what to call its indices.
    pub target: Target,
    auth: Option<String>,
    retry_for: Duration,
}

/// A response: its status and JSON body (`Value::Null` for an empty one).
#[derive(Debug)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// Parsed body.
    pub body: Value,
}

/// A status worth retrying: the cluster is busy or (re)starting.
pub fn retryable(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

impl Client {
    /// A client for `target`.
    pub fn new(target: Target) -> Client {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(10))
            .timeout_read(Duration::from_secs(120))
            .timeout_write(Duration::from_secs(120))
            .max_idle_connections_per_host(8)
            .build();
        let auth = target
            .credentials
            .as_ref()
            .map(|(u, p)| format!("Basic {}", base64(format!("{u}:{p}").as_bytes())));
        Client {
            agent,
            target,
            auth,
            retry_for: RETRY_FOR,
        }
    }

    /// Gives up retrying after `d` (tests use a short one).
    pub fn with_retry_for(mut self, d: Duration) -> Client {
        self.retry_for = d;
        self
    }

    /// One request, retried on retryable statuses and connection errors with exponential
    /// backoff. Any other status is returned as it is, for the caller to judge.
    pub fn send(&self, method: &str, path: &str, body: Option<&str>) -> Result<Reply> {
        let started = Instant::now();
        let mut wait = FIRST_BACKOFF;
        loop {
            let why = match self.once(method, path, body) {
                Ok(reply) if !retryable(reply.status) => return Ok(reply),
                Ok(reply) => format!("HTTP {}: {}", reply.status, brief(&reply.body)),
                Err(e) => format!("{e:#}"),
            };
            if started.elapsed() + wait > self.retry_for {
                bail!(
                    "{method} {}{path}: gave up after {:.0} s of retries: {why}",
                    self.target.shown(),
                    started.elapsed().as_secs_f64()
                );
            }
            std::thread::sleep(wait);
            wait = (wait * 2).min(MAX_BACKOFF);
        }
    }

    /// [`Client::send`], with any status but 2xx an error.
    pub fn ok(&self, method: &str, path: &str, body: Option<&str>) -> Result<Value> {
        let reply = self.send(method, path, body)?;
        if !(200..300).contains(&reply.status) {
            bail!(
                "{method} {path} on {}: HTTP {}: {}",
                self.target.shown(),
                reply.status,
                brief(&reply.body)
            );
        }
        Ok(reply.body)
    }

    /// [`Client::ok`] with a JSON body.
    pub fn json(&self, method: &str, path: &str, body: &Value) -> Result<Value> {
        self.ok(method, path, Some(&body.to_string()))
    }

    fn once(&self, method: &str, path: &str, body: Option<&str>) -> Result<Reply> {
        let url = format!("{}{path}", self.target.base);
        let mut request = self.agent.request(method, &url);
        if let Some(auth) = &self.auth {
            request = request.set("Authorization", auth);
        }
        let content_type = if path.contains("_bulk") {
            "application/x-ndjson"
        } else {
            "application/json"
        };
        let result = match body {
            Some(b) => request.set("Content-Type", content_type).send_string(b),
            None => request.call(),
        };
        let response = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(ureq::Error::Transport(t)) => return Err(anyhow!("{t}")),
        };
        let status = response.status();
        let mut text = String::new();
        response
            .into_reader()
            .read_to_string(&mut text)
            .with_context(|| format!("reading the answer to {method} {path}"))?;
        let body = if text.trim().is_empty() {
            Value::Null
        } else {
            // An unknown route answers a plain string error, not an object.
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        Ok(Reply { status, body })
    }
}

/// The reason in an error body, on one line.
pub fn brief(body: &Value) -> String {
    let reason = body
        .pointer("/error/root_cause/0/reason")
        .or_else(|| body.pointer("/error/reason"))
        .and_then(Value::as_str);
    let kind = body
        .pointer("/error/root_cause/0/type")
        .or_else(|| body.pointer("/error/type"))
        .and_then(Value::as_str);
    match (kind, reason) {
        (Some(k), Some(r)) => format!("{k}: {r}"),
        _ => {
            let mut s = body.to_string();
            s.truncate(300);
            s
        }
    }
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(super::base64(b"user:pass"), "dXNlcjpwYXNz");
        assert_eq!(super::base64(b"a"), "YQ==");
        assert_eq!(super::base64(b"ab"), "YWI=");
    }
}
