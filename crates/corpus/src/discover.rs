//! Walking a corpus directory for article files.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::{DirEntry, WalkDir};

use crate::{format_for_name, FileStat};

/// An article file found on disk, as the walk reports it: borrowed, because on a re-run
/// most files are unchanged and need nothing but their relative path, size and mtime.
#[derive(Debug)]
pub struct Found<'a> {
    /// Where it is.
    pub abs: &'a Path,
    /// Relative to the corpus root, `/`-separated; lossy for non-UTF-8 names (stable anyway).
    pub rel: Cow<'a, str>,
    /// `None` when the walk did not stat files.
    pub stat: Option<FileStat>,
}

impl Found<'_> {
    /// A copy to hand to the workers that read the file.
    pub fn to_found_file(&self) -> FoundFile {
        FoundFile {
            abs: self.abs.to_path_buf(),
            rel: self.rel.clone().into_owned(),
        }
    }
}

/// An article file to read, with what incremental indexing compares.
#[derive(Debug, Clone)]
pub struct FoundFile {
    /// Where it is.
    pub abs: PathBuf,
    /// Relative to the corpus root, `/`-separated; lossy for non-UTF-8 names (stable anyway).
    pub rel: String,
}

/// A path discovery could not use, with the reason (permission, symlink loop, ...).
#[derive(Debug, Clone)]
pub struct WalkProblem {
    /// The path, as found.
    pub path: String,
    /// What went wrong.
    pub reason: String,
}

/// Walks `root` in a stable order, calling `on_file` for each article file and `on_problem`
/// for what cannot be walked; returns the number of non-article files passed over. Hidden
/// entries (`.git`, `.newsdex`) and `skip` (the index directory, when it lives inside the
/// corpus) are passed over.
///
/// Symlinks are followed, and a link back to one of its own ancestors is reported as a loop.
/// Links are handled by hand rather than by `WalkDir::follow_links`, which would `stat` every
/// entry of a million-file archive to find the few links.
///
/// With `stat` false, files are reported without size and mtime: a root with nothing recorded
/// has nothing to compare them with, and its first run was ~5% faster without a `stat` per
/// file (the reader's fstat gives both).
pub fn walk(
    root: &Path,
    skip: Option<&Path>,
    stat: bool,
    mut on_file: impl FnMut(Found<'_>),
    mut on_problem: impl FnMut(WalkProblem),
) -> usize {
    let mut walker = Walker {
        root,
        skip,
        stat,
        ignored: 0,
        on_file: &mut on_file,
        on_problem: &mut on_problem,
    };
    walker.walk_tree(root, root, 0);
    walker.ignored
}

/// `path` relative to `root`, comparing bytes first: `Path::strip_prefix` compares
/// component by component, which showed in the profile of a re-run over a million files.
fn relative<'p>(path: &'p Path, root: &Path) -> &'p Path {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let (p, r) = (path.as_os_str().as_bytes(), root.as_os_str().as_bytes());
        if let Some([b'/', rest @ ..]) = p.strip_prefix(r) {
            if !r.is_empty() && !r.ends_with(b"/") && !rest.starts_with(b"/") {
                return Path::new(std::ffi::OsStr::from_bytes(rest));
            }
        }
    }
    path.strip_prefix(root).unwrap_or(path)
}

/// Where `path`, found while walking `dir`, is shown to users: under `shown_as`, the path
/// of the symlink that led to `dir` (outside symlinked directories, its own path).
fn shown_path<'p>(dir: &Path, shown_as: &Path, path: &'p Path) -> Cow<'p, Path> {
    if shown_as == dir {
        Cow::Borrowed(path)
    } else {
        Cow::Owned(shown_as.join(path.strip_prefix(dir).unwrap_or(path)))
    }
}

/// Files stat'ed together.
const STAT_BATCH: usize = 1024;

struct Walker<'a, F, P> {
    root: &'a Path,
    skip: Option<&'a Path>,
    stat: bool,
    ignored: usize,
    on_file: &'a mut F,
    on_problem: &'a mut P,
}

impl<F: FnMut(Found<'_>), P: FnMut(WalkProblem)> Walker<'_, F, P> {
    /// Walks `dir`, naming what it finds as if it lay at `shown_as` (a symlink's own path).
    fn walk_tree(&mut self, dir: &Path, shown_as: &Path, depth: usize) {
        let skip = self.skip;
        // The entries of one directory share its path as their prefix, so comparing whole
        // paths sorts them by name, without parsing the name out of the path at every
        // comparison as `sort_by_file_name` does (which showed in the profile of a re-run).
        let entries = WalkDir::new(dir)
            .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
            .into_iter()
            .filter_entry(|e| {
                let hidden = e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
                !hidden && skip.is_none_or(|s| e.path() != s)
            });
        // Files are stat'ed in parallel batches: on a re-run where nothing changed, stat'ing a
        // million files is nearly all the work. Any other entry flushes the batch first, so
        // files are still reported in walk order.
        let mut files = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    files.push(entry);
                    if files.len() == STAT_BATCH {
                        self.files(dir, shown_as, &mut files);
                    }
                }
                Ok(entry) => {
                    self.files(dir, shown_as, &mut files);
                    self.visit(dir, shown_as, depth, &entry);
                }
                Err(err) => {
                    let path = err
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| dir.display().to_string());
                    let reason = match err.io_error() {
                        Some(io) => io.to_string(),
                        None => err.to_string(),
                    };
                    self.files(dir, shown_as, &mut files);
                    self.problem(path, reason);
                }
            }
        }
        self.files(dir, shown_as, &mut files);
    }

    /// Reports a batch of regular files (not links), stat'ing them in parallel unless the
    /// walk skips stats.
    fn files(&mut self, dir: &Path, shown_as: &Path, files: &mut Vec<DirEntry>) {
        if !self.stat {
            for entry in files.drain(..) {
                let shown = shown_path(dir, shown_as, entry.path());
                self.file(&shown, entry.path(), None);
            }
            return;
        }
        let metas: Vec<_> = files.par_iter().map(|entry| entry.metadata()).collect();
        for (entry, meta) in files.drain(..).zip(metas) {
            let shown = shown_path(dir, shown_as, entry.path());
            match meta {
                Ok(meta) => self.file(&shown, entry.path(), Some(&meta)),
                Err(err) => self.problem(shown.display().to_string(), err.to_string()),
            }
        }
    }

    /// An entry that is not a regular file: symlinks are followed, directories are walked
    /// by `walk_tree` itself.
    fn visit(&mut self, dir: &Path, shown_as: &Path, depth: usize, entry: &DirEntry) {
        if entry.path_is_symlink() {
            let shown = shown_path(dir, shown_as, entry.path());
            self.follow_link(entry.path(), &shown, depth);
        }
    }

    fn follow_link(&mut self, link: &Path, shown: &Path, depth: usize) {
        let target = match link.canonicalize() {
            Ok(t) => t,
            Err(err) => {
                return self.problem(shown.display().to_string(), format!("broken link: {err}"))
            }
        };
        let meta = match std::fs::metadata(&target) {
            Ok(m) => m,
            Err(err) => return self.problem(shown.display().to_string(), err.to_string()),
        };
        if meta.is_file() {
            return self.file(shown, &target, Some(&meta));
        }
        if !meta.is_dir() {
            return;
        }
        let link_dir = link.parent().and_then(|p| p.canonicalize().ok());
        let is_loop = link_dir.is_some_and(|d| d.starts_with(&target)) || depth > 32;
        if is_loop {
            return self.problem(
                shown.display().to_string(),
                "symbolic link loop, not followed".into(),
            );
        }
        self.walk_tree(&target, shown, depth + 1);
    }

    fn file(&mut self, shown: &Path, real: &Path, meta: Option<&std::fs::Metadata>) {
        let name = shown
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        if format_for_name(&name).is_none() {
            self.ignored += 1;
            return;
        }
        let rel = relative(shown, self.root).to_string_lossy();
        let rel = if rel.contains('\\') {
            Cow::Owned(rel.replace('\\', "/"))
        } else {
            rel
        };
        // A root that is itself a file is named by its file name.
        let rel = if rel.is_empty() { name } else { rel };
        (self.on_file)(Found {
            abs: real,
            rel,
            stat: meta.map(FileStat::of),
        });
    }

    fn problem(&mut self, path: String, reason: String) {
        (self.on_problem)(WalkProblem { path, reason });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files come in name order, each directory's contents where its name sorts, whatever
    /// order they were created in (and so whatever order the file system lists them in).
    #[test]
    fn walk_reports_files_in_name_order() -> std::io::Result<()> {
        let root = tempfile::tempdir()?;
        for name in [
            "b.txt",
            "a.txt",
            "a-b.txt",
            "a/x.txt",
            "a/.hidden.txt",
            "c.jpg",
        ] {
            let path = root.path().join(name);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(path, "Headline\n\nBody.\n")?;
        }
        // Stat'ed or not, the same files in the same order; sizes only when stat'ed.
        for stat in [true, false] {
            let mut found = Vec::new();
            let ignored = walk(
                root.path(),
                None,
                stat,
                |f| found.push((f.rel.into_owned(), f.stat.map(|s| s.size))),
                |p| panic!("{p:?}"),
            );
            let size = stat.then_some(16);
            let names = ["a/x.txt", "a-b.txt", "a.txt", "b.txt"];
            assert_eq!(found, names.map(|n| (n.to_owned(), size)));
            assert_eq!(ignored, 1, "c.jpg");
        }
        Ok(())
    }

    #[test]
    fn relative_agrees_with_strip_prefix() {
        let cases = [
            ("/corpus/bbc/sport/199.txt", "/corpus"),
            ("/corpus/bbc", "/corpus"),
            ("/corpus2/x.txt", "/corpus"),
            ("/corpus/x.txt", "/"),
            ("/corpus", "/corpus"),
        ];
        for (path, root) in cases {
            let (path, root) = (Path::new(path), Path::new(root));
            assert_eq!(
                relative(path, root),
                path.strip_prefix(root).unwrap_or(path),
                "{path:?} under {root:?}"
            );
        }
    }
}
