//! Report stage: a [`Report`] in, text out. Renderers compute nothing new; colour is decided by
//! the caller and passed in [`RenderOptions`].

use crate::model::Report;
use std::io::Write;
use std::path::PathBuf;

#[cfg(test)]
pub(crate) mod fixture;
pub mod github;
pub mod human;
pub mod json;
pub mod markdown;
pub mod message;
pub mod paths;
pub mod sarif;

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

pub fn render_json(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    json::render(report, out)
}
