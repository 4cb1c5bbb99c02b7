//! Report stage: a [`Report`] in, text out. Renderers compute nothing new; colour is decided by
//! the caller and passed in [`RenderOptions`].

use crate::model::{Report, Span};
use crate::text::Word;
use std::io::Write;
use std::path::{Path, PathBuf};

#[cfg(test)]
pub(crate) mod fixture;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod message;
pub mod oneline;
pub mod paths;
pub mod sarif;
pub mod statistics;

/// Options every renderer takes.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Emit ANSI colours.
    pub color: bool,
    /// Width in display columns for the human formats: the terminal's width, or 80 when output
    /// is not a terminal (decided by the caller).
    pub width: usize,
    /// The working directory: document paths are shown relative to it (SARIF, GitHub,
    /// Markdown). None shows them as given.
    pub cwd: Option<PathBuf>,
}

/// A version's language as every renderer shows it: "de (detected)", "en (given)",
/// "en (default)" when neither detection nor the user decided.
pub fn language_label(doc: &crate::model::Document) -> String {
    format!("{} ({})", doc.lang(), doc.lang_source().as_str())
}

/// The words of version `d`'s sentences in `unit`, with spans into the document's text: what
/// the renderers' word diffs of a unit compare.
pub(crate) fn unit_words(report: &Report, unit: &crate::model::Unit, d: usize) -> Vec<Word> {
    let seg = &report.documents[d];
    unit.members[d]
        .iter()
        .flat_map(|&s| {
            let span = seg.sentences[s];
            crate::text::words(span.slice(&seg.doc.text))
                .into_iter()
                .map(move |mut w| {
                    w.span = Span::new(w.span.start + span.start, w.span.end + span.start);
                    w
                })
        })
        .collect()
}

/// (check, severity, count) of the findings, most severe first, then in the order of
/// [`crate::check::Check::ALL`]: the Markdown summary table and `--statistics`.
pub fn counts(report: &Report) -> Vec<(crate::check::Check, crate::model::Severity, usize)> {
    let mut rows: Vec<(crate::check::Check, crate::model::Severity, usize)> = Vec::new();
    for f in &report.findings {
        match rows
            .iter_mut()
            .find(|(r, s, _)| *r == f.check && *s == f.severity)
        {
            Some(row) => row.2 += 1,
            None => rows.push((f.check, f.severity, 1)),
        }
    }
    rows.sort_by_key(|(r, s, _)| (std::cmp::Reverse(*s), r.index()));
    rows
}

pub fn render_json(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    json::render(report, out)
}

/// Write `bytes` to `path` whole or not at all: into a temporary file in the same directory,
/// then renamed over `path`. On failure the temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> crate::error::Result<()> {
    let shown = path.display().to_string();
    let fail =
        |e: std::io::Error| crate::error::Error::input(shown.clone(), format!("cannot write: {e}"));
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| crate::error::Error::input(shown.clone(), "not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_or_leaves_alone() {
        let dir = std::env::temp_dir().join(format!("concord-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.html");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        // A directory in the way: the error names the file, nothing is left behind.
        let blocked = dir.join("sub");
        std::fs::create_dir_all(&blocked).unwrap();
        let e = write_atomic(&blocked, b"x").unwrap_err().to_string();
        assert!(e.starts_with(&blocked.display().to_string()), "{e}");
        let left: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 2, "{left:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
