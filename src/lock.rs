//! Read-modify-write of a file that two writers may update at once (review's baseline and
//! configuration): a lock file beside it for the whole update, the new content written to a
//! temporary file in the same directory and renamed over the original, so the file is always
//! whole (the old content or the new, never half of one) and no writer drops another's entry.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How long to wait for another writer before giving up.
const WAIT: Duration = Duration::from_secs(10);

/// The lock file of `path`: `.NAME.lock` in the same directory.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.lock"))
}

/// Held while a file is updated; removes the lock file when dropped.
pub struct Lock {
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Take the lock of `path`, waiting up to 10 s for another writer to finish.
pub fn lock(path: &Path) -> Result<Lock> {
    let lock = lock_path(path);
    let start = Instant::now();
    loop {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock)
        {
            Ok(_) => return Ok(Lock { path: lock }),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if start.elapsed() > WAIT {
                    return Err(Error::input(
                        path.display().to_string(),
                        format!(
                            "another concord has been writing it for 10 s (lock file {}; remove it if no concord is running)",
                            lock.display()
                        ),
                    ));
                }
                std::thread::sleep(Duration::from_millis(25));
            }
            Err(e) => {
                return Err(Error::input(
                    path.display().to_string(),
                    format!("cannot take the lock {}: {e}", lock.display()),
                ))
            }
        }
    }
}

/// Update the file at `path` under its lock: `change` gets the current text (None when the file
/// does not exist) and returns the new text, or None to leave the file as it is. The new text
/// is written whole or not at all.
pub fn update<T>(
    path: &Path,
    change: impl FnOnce(Option<String>) -> Result<(Option<String>, T)>,
) -> Result<T> {
    let _lock = lock(path)?;
    let current = match std::fs::read_to_string(path) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(Error::input(
                path.display().to_string(),
                format!("cannot read: {e}"),
            ))
        }
    };
    let (new, value) = change(current)?;
    if let Some(text) = new {
        crate::report::write_atomic(path, text.as_bytes())?;
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrent_updates_keep_every_entry() {
        let dir = std::env::temp_dir().join(format!("concord-lock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("list.txt");
        let _ = std::fs::remove_file(&path);
        std::thread::scope(|s| {
            for t in 0..4 {
                let path = &path;
                s.spawn(move || {
                    for i in 0..25 {
                        update(path, |old| {
                            let mut text = old.unwrap_or_default();
                            // Widen the window between read and write.
                            std::thread::yield_now();
                            text.push_str(&format!("{t}-{i}\n"));
                            Ok((Some(text), ()))
                        })
                        .unwrap();
                    }
                });
            }
        });
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 100);
        assert!(!lock_path(&path).exists());
        // None leaves the file alone.
        update(&path, |_| Ok((None, ()))).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}
