//! What can go wrong in a request, and the status it answers with.

use newsdex_search::QueryError;

/// A request's failure.
#[derive(Debug)]
pub enum AppError {
    /// The request asks something wrong (bad query, date, parameter, over a limit): 400.
    BadRequest(String),
    /// No such article or page: 404.
    NotFound(String),
    /// The index failed: 500 (the message is logged, not shown in full).
    Internal(anyhow::Error),
}

impl From<anyhow::Error> for AppError {
    fn from(err: anyhow::Error) -> Self {
        match err.chain().find_map(|e| e.downcast_ref::<QueryError>()) {
            Some(q) => AppError::BadRequest(q.0.clone()),
            None => AppError::Internal(err),
        }
    }
}

impl From<QueryError> for AppError {
    fn from(err: QueryError) -> Self {
        AppError::BadRequest(err.0)
    }
}

impl AppError {
    /// The HTTP status.
    pub fn status(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What the user is told.
    pub fn message(&self) -> String {
        match self {
            AppError::BadRequest(m) | AppError::NotFound(m) => m.clone(),
            AppError::Internal(e) => {
                eprintln!("newsdex serve: {e:#}");
                "the index could not answer (see the server's log)".to_owned()
            }
        }
    }
}
