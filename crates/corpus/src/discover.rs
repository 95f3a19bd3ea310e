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
    /// Relative to the corpus root, `/`-separated, as users see it (see [`escaped`]).
    pub rel: Cow<'a, str>,
    /// The same path's raw bytes: what ids are made from.
    pub raw: Cow<'a, [u8]>,
    /// `None` when the walk did not stat files.
    pub stat: Option<FileStat>,
}

impl Found<'_> {
    /// A copy to hand to the workers that read the file.
    pub fn to_found_file(&self) -> FoundFile {
        FoundFile {
            abs: self.abs.to_path_buf(),
            rel: self.rel.clone().into_owned(),
            raw: self.raw.clone().into_owned(),
        }
    }
}

/// An article file to read, with what incremental indexing compares.
#[derive(Debug, Clone)]
pub struct FoundFile {
    /// Where it is.
    pub abs: PathBuf,
    /// Relative to the corpus root, `/`-separated, as users see it (see [`escaped`]).
    pub rel: String,
    /// The same path's raw bytes: what ids are made from.
    pub raw: Vec<u8>,
}

impl FoundFile {
    /// The file as its articles are named, under the root whose canonical path is `root`.
    pub fn named<'a>(&'a self, root: &'a [u8]) -> crate::Named<'a> {
        crate::Named {
            root,
            raw: &self.raw,
            shown: &self.rel,
        }
    }
}

/// A path's bytes as text: UTF-8 as it is, any other byte written `\xNN`. Two names that
/// differ only in such bytes stay apart (lossy decoding made `caf\xE9` and `caf\xE8` one
/// `caf\u{FFFD}`), and what is shown is UTF-8 (control characters are the printer's to
/// escape).
pub fn escaped(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    Cow::Owned(out)
}

/// A path as users see it, with [`escaped`] bytes.
pub fn shown(path: &Path) -> String {
    escaped(path.as_os_str().as_encoded_bytes()).into_owned()
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
/// Symlinks are followed. A link to a directory on the current walk path (found by device
/// and inode, so `X/toY -> ../Y` with `Y/toX -> ../X` is caught too) is a cycle, reported
/// and not followed; a directory reached through a second link is reported and not walked
/// again; and links nest at most [`MAX_LINK_DEPTH`] deep. The walk is therefore finite
/// whatever the links. Links are handled by hand rather than by `WalkDir::follow_links`,
/// which would `stat` every entry of a million-file archive to find the few links.
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
    walk_counting(root, skip, stat, &mut on_file, &mut on_problem).ignored
}

/// What [`walk_counting`] passed over: files of no article format.
#[derive(Debug, Default)]
pub struct Ignored {
    /// How many.
    pub ignored: usize,
    /// The first [`Ignored::NAMED`] of them, as shown.
    pub names: Vec<String>,
    /// How many of each extension (lower case, `""` for none).
    pub extensions: std::collections::BTreeMap<String, usize>,
}

impl Ignored {
    /// Files of no article format named in a run's summary; the rest are counted by
    /// extension (a web crawl's folder can hold thousands of images).
    pub const NAMED: usize = 20;
}

/// [`walk`], telling which files it passed over.
pub fn walk_counting(
    root: &Path,
    skip: Option<&Path>,
    stat: bool,
    on_file: &mut dyn FnMut(Found<'_>),
    on_problem: &mut dyn FnMut(WalkProblem),
) -> Ignored {
    let mut walker = Walker {
        root,
        skip,
        stat,
        ignored: Ignored::default(),
        on_file,
        on_problem,
        path: Vec::new(),
        walked: std::collections::HashMap::new(),
    };
    walker.walk_tree(root, root, 0);
    walker.ignored
}

/// Symbolic links followed inside one another at most: far deeper than any archive's layout,
/// and a bound on the walk even where device and inode numbers say nothing (some network
/// file systems).
pub const MAX_LINK_DEPTH: usize = 32;

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

/// A directory's identity: device and inode (on other systems, nothing: links are then
/// bounded by [`MAX_LINK_DEPTH`] alone).
type DirId = (u64, u64);

fn dir_id(meta: &std::fs::Metadata) -> Option<DirId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

struct Walker<'a> {
    root: &'a Path,
    skip: Option<&'a Path>,
    stat: bool,
    ignored: Ignored,
    on_file: &'a mut dyn FnMut(Found<'_>),
    on_problem: &'a mut dyn FnMut(WalkProblem),
    /// The directories on the current walk path, outside the `walk_tree` running now, with
    /// the path each was shown as.
    path: Vec<(DirId, PathBuf)>,
    /// Directories walked through a link, with the link's shown path.
    walked: std::collections::HashMap<DirId, PathBuf>,
}

impl Walker<'_> {
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
        // This walk's directories from `dir` down to the entry at hand (by depth): with
        // `self.path`, the entry's ancestors.
        let mut chain: Vec<Option<(DirId, PathBuf)>> = Vec::new();
        let outer = self.path.len();
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
                    chain.truncate(entry.depth());
                    if entry.file_type().is_dir() {
                        let id = std::fs::metadata(entry.path())
                            .ok()
                            .and_then(|m| dir_id(&m));
                        let shown = shown_path(dir, shown_as, entry.path()).into_owned();
                        chain.push(id.map(|id| (id, shown)));
                    } else if entry.path_is_symlink() {
                        let shown = shown_path(dir, shown_as, entry.path()).into_owned();
                        self.path.extend(chain.iter().flatten().cloned());
                        self.follow_link(entry.path(), &shown, depth);
                        self.path.truncate(outer);
                    }
                }
                Err(err) => {
                    let path = err.path().map(shown).unwrap_or_else(|| shown(dir));
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
            let shown_at = shown_path(dir, shown_as, entry.path());
            match meta {
                Ok(meta) => self.file(&shown_at, entry.path(), Some(&meta)),
                Err(err) => self.problem(shown(&shown_at), err.to_string()),
            }
        }
    }

    /// Follows the symbolic link `link` (shown as `shown_at`), whose ancestors are in
    /// `self.path`.
    fn follow_link(&mut self, link: &Path, shown_at: &Path, depth: usize) {
        let target = match link.canonicalize() {
            Ok(t) => t,
            Err(err) => return self.problem(shown(shown_at), format!("broken link: {err}")),
        };
        let meta = match std::fs::metadata(&target) {
            Ok(m) => m,
            Err(err) => return self.problem(shown(shown_at), err.to_string()),
        };
        if meta.is_file() {
            return self.file(shown_at, &target, Some(&meta));
        }
        if !meta.is_dir() {
            return;
        }
        let id = dir_id(&meta);
        let ancestor = id.and_then(|id| self.path.iter().find(|(a, _)| *a == id));
        if let Some((_, ancestor)) = ancestor {
            let reason = format!(
                "symbolic link loop: leads back to {}, not followed",
                shown(ancestor)
            );
            return self.problem(shown(shown_at), reason);
        }
        if depth >= MAX_LINK_DEPTH {
            let reason =
                format!("symbolic link loop: links nest over {MAX_LINK_DEPTH} deep, not followed");
            return self.problem(shown(shown_at), reason);
        }
        if let Some(id) = id {
            if let Some(first) = self.walked.get(&id) {
                let reason = format!(
                    "links to a folder already walked through {}, not walked again",
                    shown(first)
                );
                return self.problem(shown(shown_at), reason);
            }
            self.walked.insert(id, shown_at.to_owned());
        }
        self.walk_tree(&target, shown_at, depth + 1);
    }

    fn file(&mut self, shown_at: &Path, real: &Path, meta: Option<&std::fs::Metadata>) {
        let name = shown_at
            .file_name()
            .map(|n| escaped(n.as_encoded_bytes()))
            .unwrap_or_default();
        if format_for_name(&name).is_none() {
            self.ignore(shown_at, &name);
            return;
        }
        let rel_path = relative(shown_at, self.root);
        // A root that is itself a file is named by its file name.
        let rel_path = match rel_path.as_os_str().is_empty() {
            true => Path::new(shown_at.file_name().unwrap_or_default()),
            false => rel_path,
        };
        let raw = rel_path.as_os_str().as_encoded_bytes();
        #[cfg(windows)]
        let (rel, raw): (Cow<'_, str>, Cow<'_, [u8]>) = {
            let raw: Vec<u8> = raw
                .iter()
                .map(|&b| if b == b'\\' { b'/' } else { b })
                .collect();
            (Cow::Owned(escaped(&raw).into_owned()), Cow::Owned(raw))
        };
        #[cfg(not(windows))]
        let (rel, raw) = (escaped(raw), Cow::Borrowed(raw));
        (self.on_file)(Found {
            abs: real,
            rel,
            raw,
            stat: meta.map(FileStat::of),
        });
    }

    /// A file of no article format: counted, and named while few.
    fn ignore(&mut self, shown_at: &Path, name: &str) {
        let ignored = &mut self.ignored;
        ignored.ignored += 1;
        if ignored.names.len() < Ignored::NAMED {
            ignored.names.push(shown(relative(shown_at, self.root)));
        }
        let ext = match name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
            _ => String::new(),
        };
        *ignored.extensions.entry(ext).or_default() += 1;
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
