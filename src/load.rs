//! Load stage: a path (or `-` for standard input) in, a validated UTF-8 [`Document`] out.
//!
//! The text is kept byte for byte (BOM and line ends included) so that every span refers to the
//! file's bytes as given. Anything that is not usable text is an [`Error::Input`] naming the file.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::Document;

/// The largest version concord reads: 256 MiB. An endless input (`/dev/zero`, a pipe that never
/// ends) stops here with an error instead of filling memory.
pub const MAX_INPUT_BYTES: u64 = 256 << 20;

/// Read one version from `path`; `-` reads standard input.
pub fn load(path: &str) -> Result<Document> {
    let bytes = if path == "-" {
        read_bounded("<stdin>", std::io::stdin().lock())?
    } else {
        read_file(path)?
    };
    from_bytes(path, bytes)
}

/// Read at most [`MAX_INPUT_BYTES`] from `r`, stopping at the first NUL byte (binary data, or
/// `/dev/zero`) without reading the rest.
fn read_bounded(path: &str, r: impl Read) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    let mut r = r.take(MAX_INPUT_BYTES + 1);
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        let n = match r.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::input(path, format!("cannot read: {}", plain(&e)))),
        };
        if let Some(pos) = memchr_nul(&chunk[..n]) {
            return Err(nul_error(path, buf.len() + pos));
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.len() as u64 > MAX_INPUT_BYTES {
            return Err(too_large(path));
        }
    }
    Ok(buf)
}

fn too_large(path: &str) -> Error {
    Error::input(
        path,
        format!(
            "larger than {} MiB, the most concord reads of one version",
            MAX_INPUT_BYTES >> 20
        ),
    )
}

fn nul_error(path: &str, pos: usize) -> Error {
    Error::input(
        path,
        format!("binary data (NUL byte at byte {pos}), not a text file"),
    )
}

fn read_file(path: &str) -> Result<Vec<u8>> {
    let p = Path::new(path);
    match std::fs::metadata(p) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::input(path, "no such file"))
        }
        Err(e) => return Err(Error::input(path, format!("cannot read: {}", plain(&e)))),
        Ok(m) if m.is_dir() => return Err(Error::input(path, "is a directory, not a file")),
        Ok(m) if m.is_file() && m.len() > MAX_INPUT_BYTES => return Err(too_large(path)),
        Ok(_) => {}
    }
    // Devices and pipes report no length: read them bounded.
    let file = std::fs::File::open(p)
        .map_err(|e| Error::input(path, format!("cannot read: {}", plain(&e))))?;
    read_bounded(path, file)
}

/// An io::Error's message without the "(os error N)" suffix.
fn plain(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Validate bytes as a text document: no NUL bytes, valid UTF-8.
pub fn from_bytes(path: &str, bytes: Vec<u8>) -> Result<Document> {
    if let Some(pos) = memchr_nul(&bytes) {
        return Err(nul_error(path, pos));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Document::new(path, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(Error::input(
                path,
                format!("not valid UTF-8 (invalid byte at byte {at}); convert it to UTF-8 first"),
            ))
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_nul_and_bad_utf8_with_position() {
        let e = from_bytes("f.txt", b"ab\0c".to_vec())
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "f.txt: binary data (NUL byte at byte 2), not a text file"
        );
        let e = from_bytes("f.txt", b"abc\xffd".to_vec())
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("f.txt: not valid UTF-8 (invalid byte at byte 3)"),
            "{e}"
        );
    }

    #[test]
    fn keeps_bom_and_accepts_empty() {
        let d = from_bytes("f", "\u{feff}Hi.".as_bytes().to_vec()).unwrap();
        assert_eq!(d.text.len(), 6);
        assert!(from_bytes("f", Vec::new()).unwrap().text.is_empty());
    }

    #[test]
    fn missing_file_and_directory() {
        let e = load("/nonexistent/x.txt").unwrap_err().to_string();
        assert_eq!(e, "/nonexistent/x.txt: no such file");
        let e = load("/").unwrap_err().to_string();
        assert_eq!(e, "/: is a directory, not a file");
    }
}
