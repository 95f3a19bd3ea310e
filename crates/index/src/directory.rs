//! The index's directory on disk: tantivy's memory-mapped directory, with two changes that
//! let another user, or a read-only copy, search an index:
//!
//! - files written whole (`meta.json`, `.managed.json`) get the permissions the user's umask
//!   gives, as every other file of the index does; tantivy writes them through a temporary
//!   file created 0600, so that only their owner could open the index;
//! - a reader that cannot take the lock guarding segment files from a writer's clean-up
//!   (the directory is read-only, or someone else's) reads without it instead of failing.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle,
    WritePtr, META_LOCK,
};

/// See the module documentation.
#[derive(Clone, Debug)]
pub struct SharedDirectory {
    inner: MmapDirectory,
    root: PathBuf,
}

impl SharedDirectory {
    /// The directory at `root`, which must exist.
    pub fn open(
        root: &Path,
    ) -> Result<SharedDirectory, tantivy::directory::error::OpenDirectoryError> {
        Ok(SharedDirectory {
            inner: MmapDirectory::open(root)?,
            root: root.to_owned(),
        })
    }
}

/// Makes temporary file names unique within the process.
static TEMPORARY: AtomicU64 = AtomicU64::new(0);

/// True for an error that says the file system will not let this process write here.
fn cannot_write(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

impl Directory for SharedDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    /// Writes `data` to a new file beside `path` (created with the umask's permissions),
    /// syncs it and renames it over `path`: readers see the old content or the new.
    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        let target = self.root.join(path);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
        let temporary = self.root.join(format!(
            ".{name}.{}-{}.tmp",
            std::process::id(),
            TEMPORARY.fetch_add(1, Ordering::Relaxed)
        ));
        let written = (|| {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temporary)?;
            file.write_all(data)?;
            file.sync_data()?;
            std::fs::rename(&temporary, &target)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        written
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    /// tantivy's lock, except that a reader of a directory it cannot write to reads without
    /// the meta lock: there is no writer of its own to guard against, and a search must not
    /// need write access.
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(error))
                if lock.filepath == META_LOCK.filepath && cannot_write(&error) =>
            {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}
