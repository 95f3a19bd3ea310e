//! Every request passes here: a foreign Host is refused, and every response gets the
//! security headers.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

/// Nothing but this server's own stylesheet and forms: no script at all, no inline style, no
/// frame, no plugin, no other origin. Article text is hostile input; even if a value ever
/// escaped the templates' escaping, a browser would run none of it.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; \
     img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Refuses requests whose `Host` is not this server's (a DNS-rebinding page would send its
/// own name) and methods that could change anything (the server is read-only), then adds
/// the security headers to the response.
pub async fn guard(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned);
    let mut response = match host {
        Some(h) if state.host_allowed(&h) => {
            if matches!(
                *request.method(),
                axum::http::Method::GET | axum::http::Method::HEAD
            ) {
                next.run(request).await
            } else {
                (
                    StatusCode::METHOD_NOT_ALLOWED,
                    [(header::ALLOW, "GET, HEAD")],
                    "newsdex serve is read-only: GET and HEAD only\n",
                )
                    .into_response()
            }
        }
        other => (
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "refused: this is newsdex serve at {}, not {}\n",
                state.host(),
                other
                    .as_deref()
                    .map_or("a request without Host".to_owned(), |h| format!(
                        "`{}`",
                        h.chars().take(100).collect::<String>()
                    ))
            ),
        )
            .into_response(),
    };
    let headers = response.headers_mut();
    let fixed = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    // A route may set a stricter policy (the raw source file is sandboxed).
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    response
}
