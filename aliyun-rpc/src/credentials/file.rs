//! Reading the files credential sources name, safely: only a regular file, only up to a size
//! cap, and checked both before opening (so that a FIFO, which blocks `open` until a writer
//! appears, is never opened) and after (in case the path changed in between).

use std::fmt;
use std::io::Read;
use std::path::Path;

use super::CredentialsError;
use super::config::ChainConfig;

/// The largest CLI configuration or credentials file read (1 MiB; real ones are a few KiB).
pub const MAX_FILE_BYTES: u64 = 1 << 20;
/// The largest OIDC token file read (64 KiB; a service-account token is about 1 KiB).
pub const MAX_TOKEN_FILE_BYTES: u64 = 64 << 10;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileProblem {
    /// Nothing at the path.
    NotFound,
    /// A symbolic link whose target does not exist.
    DanglingSymlink,
    /// A directory, FIFO, socket or device: the kind, with its article.
    NotRegular(&'static str),
    /// More than the cap.
    TooLarge(u64),
    /// Any other failure (permissions, a loop of links, an I/O error).
    Unreadable(std::io::ErrorKind),
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileProblem::NotFound => f.write_str("does not exist"),
            FileProblem::DanglingSymlink => {
                f.write_str("is a symbolic link to something that does not exist")
            }
            FileProblem::NotRegular(kind) => write!(f, "is {kind}, not a regular file"),
            FileProblem::TooLarge(limit) => write!(f, "is larger than {limit} bytes"),
            FileProblem::Unreadable(kind) => write!(f, "cannot be read ({kind})"),
        }
    }
}

/// Reads a profile file (`what`: "CLI configuration", "credentials file") at `path`, which the
/// variable `var` of `config` named or the home directory gave: an absent file is not
/// configured, unless the variable named it.
pub(crate) fn read_profile_file(
    config: &ChainConfig,
    path: &Path,
    var: &str,
    what: &str,
) -> Result<Vec<u8>, CredentialsError> {
    let named_by_variable = config.env.get(var).is_some();
    read_regular_file(path, MAX_FILE_BYTES).map_err(|problem| match problem {
        FileProblem::NotFound if !named_by_variable => {
            CredentialsError::NotConfigured(format!("no {what} at {}", path.display()))
        }
        FileProblem::NotFound => CredentialsError::Invalid(format!(
            "{var} names {}, which does not exist",
            path.display()
        )),
        problem => CredentialsError::Invalid(format!("the {what} {} {problem}", path.display())),
    })
}

/// The contents of the regular file at `path`, at most `limit` bytes.
pub(crate) fn read_regular_file(path: &Path, limit: u64) -> Result<Vec<u8>, FileProblem> {
    let before = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(match std::fs::symlink_metadata(path) {
                Ok(_) => FileProblem::DanglingSymlink,
                Err(_) => FileProblem::NotFound,
            });
        }
        Err(error) => return Err(FileProblem::Unreadable(error.kind())),
    };
    check(&before, limit)?;
    let file = open(path).map_err(|error| FileProblem::Unreadable(error.kind()))?;
    let after = file
        .metadata()
        .map_err(|error| FileProblem::Unreadable(error.kind()))?;
    check(&after, limit)?;
    // The file may grow after the check: never read more than one byte past the cap.
    let mut contents = Vec::with_capacity(usize::try_from(after.len().min(limit)).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut contents)
        .map_err(|error| FileProblem::Unreadable(error.kind()))?;
    if contents.len() as u64 > limit {
        return Err(FileProblem::TooLarge(limit));
    }
    Ok(contents)
}

/// Opens `path` for reading. Where the flag's value is known, with `O_NONBLOCK`: should the path
/// have become a FIFO since it was checked, `open` then returns at once (and the check of the
/// opened file refuses it) instead of waiting for a writer. On a regular file the flag changes
/// nothing.
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(all(
        target_os = "linux",
        any(
            target_arch = "x86_64",
            target_arch = "x86",
            target_arch = "aarch64",
            target_arch = "arm",
            target_arch = "riscv64"
        )
    ))]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // `O_NONBLOCK` on these architectures (asm-generic/fcntl.h).
        const O_NONBLOCK: i32 = 0o4000;
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}

fn check(metadata: &std::fs::Metadata, limit: u64) -> Result<(), FileProblem> {
    if !metadata.is_file() {
        return Err(FileProblem::NotRegular(kind(&metadata.file_type())));
    }
    if metadata.len() > limit {
        return Err(FileProblem::TooLarge(limit));
    }
    Ok(())
}

fn kind(file_type: &std::fs::FileType) -> &'static str {
    if file_type.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_directories_are_refused_before_reading() {
        #[cfg(unix)]
        assert_eq!(
            read_regular_file(Path::new("/dev/zero"), 16),
            Err(FileProblem::NotRegular("a character device"))
        );
        assert_eq!(
            read_regular_file(&std::env::temp_dir(), 16),
            Err(FileProblem::NotRegular("a directory"))
        );
        assert_eq!(
            read_regular_file(Path::new("/nonexistent/aliyun-rpc/file"), 16),
            Err(FileProblem::NotFound)
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn opening_a_fifo_does_not_wait_for_a_writer() {
        // What the check after `open` relies on if the path turns into a FIFO after the first
        // check: a non-blocking open returns at once.
        let path = std::env::temp_dir().join(format!("aliyun-rpc-fifo-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let (sender, receiver) = std::sync::mpsc::channel();
        let opened = path.clone();
        std::thread::spawn(move || {
            let _ = sender.send(open(&opened).map(|file| file.metadata().map(|m| m.is_file())));
        });
        let outcome = receiver.recv_timeout(std::time::Duration::from_secs(5));
        let _ = std::fs::remove_file(&path);
        assert!(matches!(outcome, Ok(Ok(Ok(false)))), "{outcome:?}");
    }

    #[test]
    fn problems_read_as_phrases() {
        assert_eq!(
            FileProblem::NotRegular("a FIFO").to_string(),
            "is a FIFO, not a regular file"
        );
        assert_eq!(
            FileProblem::TooLarge(1024).to_string(),
            "is larger than 1024 bytes"
        );
    }
}
