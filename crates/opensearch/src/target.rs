//! `opensearch://host:port/prefix` and `opensearchs://…` (TLS): where an index lives on a cluster.

use anyhow::{bail, Result};

/// Environment variables holding the cluster credentials: never on the command line, where
/// `ps` and shell history would show them.
pub const USER_VAR: &str = "NEWSDEX_OPENSEARCH_USER";
/// See [`USER_VAR`].
pub const PASSWORD_VAR: &str = "NEWSDEX_OPENSEARCH_PASSWORD";

/// A parsed cluster location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// `http://host:port` or `https://host:port`.
    pub base: String,
    /// The name every index of this newsdex index starts with (`news` gives `news-articles`,
    /// `news-quotes`, `news-state`).
    pub prefix: String,
    /// Basic-auth user and password, from the environment.
    pub credentials: Option<(String, String)>,
}

impl Target {
    /// The articles index.
    pub fn articles(&self) -> String {
        format!("{}-articles", self.prefix)
    }
    /// The quotes index.
    pub fn quotes(&self) -> String {
        format!("{}-quotes", self.prefix)
    }
    /// The per-file state index.
    pub fn state(&self) -> String {
        format!("{}-state", self.prefix)
    }
    /// The URL as the user gave it, without credentials: what messages show.
    pub fn shown(&self) -> String {
        let scheme = if self.base.starts_with("https") {
            "opensearchs"
        } else {
            "opensearch"
        };
        let host = self.base.split("://").nth(1).unwrap_or(&self.base);
        format!("{scheme}://{host}/{}", self.prefix)
    }
}

/// True when `s` names a cluster rather than a directory.
pub fn is_url(s: &str) -> bool {
    s.starts_with("opensearch://") || s.starts_with("opensearchs://")
}

/// Parses `opensearch[s]://host[:port][/prefix]`; credentials come from [`USER_VAR`] and
/// [`PASSWORD_VAR`].
pub fn parse(s: &str) -> Result<Target> {
    let creds = match (std::env::var(USER_VAR), std::env::var(PASSWORD_VAR)) {
        (Ok(u), Ok(p)) if !u.is_empty() => Some((u, p)),
        _ => None,
    };
    parse_with(s, creds)
}

fn parse_with(s: &str, credentials: Option<(String, String)>) -> Result<Target> {
    let (scheme, rest) = if let Some(rest) = s.strip_prefix("opensearchs://") {
        ("https", rest)
    } else if let Some(rest) = s.strip_prefix("opensearch://") {
        ("http", rest)
    } else {
        bail!("`{s}` is not an opensearch:// or opensearchs:// URL");
    };
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    if authority.contains('@') {
        bail!(
            "credentials do not go in the URL (`ps` and shell history show it): set \
             {USER_VAR} and {PASSWORD_VAR}"
        );
    }
    if authority.is_empty() {
        bail!("`{s}` names no host (opensearch://HOST:PORT/PREFIX)");
    }
    // `[::1]` is an IPv6 host without a port, `[::1]:9200` one with
    let bare_v6 = authority.starts_with('[') && authority.ends_with(']');
    let host_port = match authority.rsplit_once(':') {
        Some((host, port)) if !bare_v6 && (!authority.starts_with('[') || host.ends_with(']')) => {
            if host.is_empty() || port.parse::<u16>().is_err() {
                bail!("`{s}`: bad host or port `{authority}`");
            }
            authority.to_owned()
        }
        _ => format!("{authority}:9200"),
    };
    let prefix = path.trim_matches('/');
    let prefix = if prefix.is_empty() { "newsdex" } else { prefix };
    // OpenSearch index names: lower case, no spaces or the characters it reserves.
    let valid = prefix
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && !prefix.starts_with(['-', '_', '.']);
    if !valid {
        bail!(
            "index prefix `{prefix}` must be lower-case letters, digits, `-`, `_` or `.`, not \
             starting with `-`, `_` or `.`"
        );
    }
    Ok(Target {
        base: format!("{scheme}://{host_port}"),
        prefix: prefix.to_owned(),
        credentials,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_urls() {
        let t = parse_with("opensearch://10.0.0.5:9200/news", None).unwrap();
        assert_eq!(t.base, "http://10.0.0.5:9200");
        assert_eq!(t.articles(), "news-articles");
        assert_eq!(t.shown(), "opensearch://10.0.0.5:9200/news");
        let t = parse_with("opensearchs://search.example", None).unwrap();
        assert_eq!(t.base, "https://search.example:9200");
        assert_eq!(t.prefix, "newsdex");
        assert!(parse_with("opensearch://u:p@host:9200/x", None).is_err());
        assert!(parse_with("opensearch://host:99999/x", None).is_err());
        assert!(parse_with("opensearch://host:9200/News", None).is_err());
        assert!(parse_with("http://host:9200/x", None).is_err());
        assert!(is_url("opensearchs://h/x") && !is_url("./opensearch"));
        assert_eq!(
            parse_with("opensearch://[::1]/x", None).unwrap().base,
            "http://[::1]:9200"
        );
        assert_eq!(
            parse_with("opensearch://[::1]:9201/x", None).unwrap().base,
            "http://[::1]:9201"
        );
    }
}
