//! Report stage: a [`Report`] in, text out. Renderers compute nothing new; colour is decided by
//! the caller and passed in [`RenderOptions`].

use crate::model::Report;
use std::io::Write;

pub mod json;

/// Options every renderer takes.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    pub color: bool,
}

pub fn render_json(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    json::render(report, out)
}
