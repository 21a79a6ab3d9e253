//! The state file on disk: claimed by one emulator at a time, and replaced whole through a private
//! temporary file.
//!
//! - **One owner.** Claiming takes an advisory lock on `<state file>.lock`, held until the
//!   emulator stops (or its process dies, when the system drops the lock). A second emulator on
//!   the same file is refused: otherwise each would save its own snapshot over the other's, and
//!   the last writer would erase the orders the other one accepted. The lock file is never written
//!   to or removed: removing it would let two emulators lock two different files of one name.
//!   (The state file itself cannot carry the lock: every save replaces it with a new file.)
//! - **Private temporary file.** A save writes a new file in the state file's directory, with a
//!   name no one can predict, created exclusively (so it never opens, follows or truncates
//!   whatever already sits at that name, a symlink included), readable by the owner only; the
//!   file is flushed to disk and renamed over the state file, and the directory is flushed, so a
//!   crash leaves the old or the new state, never half of one.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// How many fresh names a save tries before giving up (a clash is already a one-in-2^64 event).
const NAME_ATTEMPTS: usize = 8;

/// A state file this emulator has claimed; the claim ends when it is dropped.
#[derive(Debug)]
pub(crate) struct StateFile {
    path: PathBuf,
    /// Open, and locked, for as long as the claim lasts.
    _lock: File,
}

impl StateFile {
    /// Claims `path`, or fails with [`io::ErrorKind::ResourceBusy`] if another emulator (in this
    /// process or another) has it.
    pub(crate) fn claim(path: &Path) -> io::Result<StateFile> {
        let lock_path = sibling(path, |name| {
            let mut lock = name.to_owned();
            lock.push(".lock");
            lock
        })?;
        // Opened to be locked, never written: a symlink planted here is followed but its target
        // is left as it is (`truncate(false)`, no writes).
        let lock = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(|error| {
                io::Error::new(
                    error.kind(),
                    format!(
                        "cannot open the lock file {} of the state file: {error}",
                        lock_path.display()
                    ),
                )
            })?;
        match lock.try_lock() {
            Ok(()) => Ok(StateFile {
                path: path.to_owned(),
                _lock: lock,
            }),
            Err(TryLockError::WouldBlock) => Err(io::Error::new(
                io::ErrorKind::ResourceBusy,
                format!(
                    "the state file {} is in use by another emulator (it holds the lock on {}); \
                     stop that one or give this one another state file",
                    path.display(),
                    lock_path.display()
                ),
            )),
            Err(TryLockError::Error(error)) => Err(io::Error::new(
                error.kind(),
                format!(
                    "cannot lock the state file {} through {}: {error}",
                    path.display(),
                    lock_path.display()
                ),
            )),
        }
    }

    /// The state file's path.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

/// Reads the whole file at `path`.
pub(crate) fn read(path: &Path) -> io::Result<Vec<u8>> {
    fs::read(path)
}

/// Replaces the file at `path` with `contents`, through a private temporary file (see the module
/// documentation). A symlink at `path` itself is replaced, not followed.
pub(crate) fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    let (temp_path, mut file) = create_private_temporary(path)?;
    let written = file
        .write_all(contents)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&temp_path, path)
        });
    if let Err(error) = written {
        // Ours alone (created exclusively), so removing it cannot remove anyone else's file.
        let _ = fs::remove_file(&temp_path);
        return Err(error);
    }
    let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty());
    // Flushing the directory makes the rename itself durable; not every platform can open a
    // directory, so a failure here is no error.
    if let Ok(dir) = File::open(dir.unwrap_or(Path::new("."))) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// A new, empty file beside `path` with an unpredictable name, created exclusively and readable
/// by the owner only.
fn create_private_temporary(path: &Path) -> io::Result<(PathBuf, File)> {
    let mut last_clash = None;
    for _ in 0..NAME_ATTEMPTS {
        let random = getrandom::u64().map_err(|error| io::Error::other(error.to_string()))?;
        let temp_path = sibling(path, |name| {
            let mut temp = OsString::from(".");
            temp.push(name);
            temp.push(format!(".{random:016x}.tmp"));
            temp
        })?;
        let mut options = OpenOptions::new();
        // `create_new` is O_CREAT|O_EXCL: it fails on anything already at the name, and does not
        // follow a symlink there.
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&temp_path) {
            Ok(file) => return Ok((temp_path, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => last_clash = Some(error),
            Err(error) => return Err(error),
        }
    }
    Err(last_clash.unwrap_or_else(|| io::Error::other("no free temporary name")))
}

/// The path beside `path` whose name `rename` derives from `path`'s name.
fn sibling(path: &Path, rename: impl FnOnce(&std::ffi::OsStr) -> OsString) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "state file has no name"))?;
    Ok(path.with_file_name(rename(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let random = getrandom::u64().unwrap();
        let dir = std::env::temp_dir().join(format!("domain-emulator-{name}-{random:016x}"));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_claimed_file_is_refused_until_its_claim_ends() {
        let dir = temp_dir("claim");
        let path = dir.join("state.json");
        let first = StateFile::claim(&path).unwrap();
        let error = StateFile::claim(&path).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::ResourceBusy);
        assert!(
            error.to_string().contains("in use by another emulator"),
            "{error}"
        );
        // Another state file in the same directory is another claim.
        let other = StateFile::claim(&dir.join("other.json")).unwrap();
        drop(first);
        let again = StateFile::claim(&path).unwrap();
        assert_eq!(again.path(), path);
        drop((again, other));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn replace_leaves_only_the_new_contents_and_no_temporary_file() {
        let dir = temp_dir("replace");
        let path = dir.join("state.json");
        replace(&path, b"one").unwrap();
        replace(&path, b"two").unwrap();
        assert_eq!(read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, ["state.json"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        fs::remove_dir_all(dir).unwrap();
    }
}
