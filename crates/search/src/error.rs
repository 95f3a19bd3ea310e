//! The error a user must fix, below every module that reports one.

/// A query the user must fix: printed as one line, exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct QueryError(pub String);
