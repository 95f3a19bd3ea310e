//! Walking a corpus directory for article files.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use walkdir::WalkDir;

use super::format_for_name;

/// An article file found on disk, with what incremental indexing compares.
#[derive(Debug, Clone)]
pub struct FoundFile {
    pub abs: PathBuf,
    /// Relative to the corpus root, `/`-separated; lossy for non-UTF-8 names (stable anyway).
    pub rel: String,
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when the platform has none).
    pub mtime_ns: i64,
}

/// A path discovery could not use, with the reason (permission, symlink loop, ...).
#[derive(Debug, Clone)]
pub struct WalkProblem {
    pub path: String,
    pub reason: String,
}

/// Walks `root` in a stable order, calling `on_file` for each article file and `on_problem`
/// for what cannot be walked. Hidden entries (`.git`, `.newsdex`) and `skip` (the index
/// directory, when it lives inside the corpus) are passed over. Symlinks are followed;
/// loops are reported, not followed.
pub fn walk(
    root: &Path,
    skip: Option<&Path>,
    mut on_file: impl FnMut(FoundFile),
    mut on_problem: impl FnMut(WalkProblem),
) -> usize {
    let mut ignored = 0;
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let hidden = e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
            let is_skip = skip.is_some_and(|s| e.path() == s);
            !hidden && !is_skip
        });
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| root.display().to_string());
                let reason = if err.loop_ancestor().is_some() {
                    "symbolic link loop, not followed".to_owned()
                } else {
                    match err.io_error() {
                        Some(io) => io.to_string(),
                        None => err.to_string(),
                    }
                };
                on_problem(WalkProblem { path, reason });
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if format_for_name(&name).is_none() {
            ignored += 1;
            continue;
        }
        let meta = match entry.metadata() {
            Ok(m) => m,
            Err(err) => {
                on_problem(WalkProblem {
                    path: entry.path().display().to_string(),
                    reason: err.to_string(),
                });
                continue;
            }
        };
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        // A root that is itself a file is named by its file name.
        let rel = if rel.is_empty() {
            name.into_owned()
        } else {
            rel
        };
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i64);
        on_file(FoundFile {
            abs: entry.into_path(),
            rel,
            size: meta.len(),
            mtime_ns,
        });
    }
    ignored
}
