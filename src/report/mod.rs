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
    /// Which version SARIF results and GitHub annotations are placed on.
    pub annotate: Annotate,
    /// The order findings are shown in by the human and Markdown reports and by review.
    pub sort: Sort,
}

/// The order a person reads findings in: most severe first (then along the story), or along
/// the story (the base's order of sentences) to read beside it. (No doc comments on the
/// variants: clap would print them in `--help`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Severity,
    Position,
}

impl Sort {
    /// The name `--sort` and the configuration file use.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Severity => "severity",
            Sort::Position => "position",
        }
    }

    /// Indices of `findings` in this order. Findings come from compare in story order, so
    /// `Position` keeps them as they are and `Severity` sorts stably by severity.
    pub fn order(self, findings: &[crate::model::Finding]) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..findings.len()).collect();
        if self == Sort::Severity {
            idx.sort_by_key(|&i| std::cmp::Reverse(findings[i].severity));
        }
        idx
    }
}

/// Which version a SARIF result's location and a GitHub annotation are placed on. A pull
/// request changes the corrected article or the translation, and code scanning and annotations
/// only show on files the pull request touches: so by default the other version, with the base
/// as a related location. (No doc comments on the variants: clap would print them in `--help`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Annotate {
    #[default]
    Other,
    Base,
}

impl std::str::FromStr for Annotate {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "other" => Ok(Annotate::Other),
            "base" => Ok(Annotate::Base),
            _ => Err(format!(
                "unknown annotate value '{s}' (expected other or base)"
            )),
        }
    }
}

/// Where a SARIF result or a GitHub annotation is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// On `f.locations[i]`.
    At(usize),
    /// On document `d` as a whole (no span there: a sentence dropped from that version).
    File(usize),
}

/// Where finding `f` is placed. `Other`: its first span in a version other than the base that
/// differs from it (not one that agrees), else the first span outside the base, else the whole
/// file of a differing version (a sentence dropped from it), else the base's span. `Base`: the
/// span in the base, else the first span. None for a finding without locations or versions.
pub fn primary(f: &crate::model::Finding, annotate: Annotate) -> Option<Placement> {
    let base = || f.locations.iter().position(|l| l.document == 0);
    let first = || (!f.locations.is_empty()).then_some(0);
    let at = |i: Option<usize>| i.map(Placement::At);
    match annotate {
        Annotate::Base => at(base().or_else(first)),
        Annotate::Other => at(f
            .locations
            .iter()
            .position(|l| l.document != 0 && !f.agreeing.contains(l))
            .or_else(|| f.locations.iter().position(|l| l.document != 0)))
        .or_else(|| {
            f.counterparts
                .iter()
                .find(|c| c.document != 0)
                .map(|c| Placement::File(c.document))
        })
        .or_else(|| at(base().or_else(first))),
    }
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
