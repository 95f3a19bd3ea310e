//! The stylesheet, compiled into the binary: the pages load nothing from anywhere else.

use axum::http::header;
use axum::response::IntoResponse;

/// Plain, readable and accessible: system fonts, high contrast, visible focus, no script.
const STYLESHEET: &str = include_str!("style.css");

/// `GET /style.css`.
pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}
