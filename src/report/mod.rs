//! Report stage: a [`Report`] in, text out. Renderers compute nothing new; colour is decided by
//! the caller and passed in [`RenderOptions`].

use crate::model::Report;
use std::io::Write;

pub mod human;
pub mod json;

/// Options every renderer takes.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Emit ANSI colours.
    pub color: bool,
    /// Terminal width in columns for the human formats.
    pub width: usize,
}

pub fn render_json(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    json::render(report, out)
}
