//! Segment stage: a document's text in, sentence spans (byte ranges, trimmed, in order) out.

mod abbrev;
mod rules;

use crate::model::Span;

/// How to split a text into sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Segmenter {
    /// Rule-based sentence splitting (abbreviations, quotes, headings, CJK).
    #[default]
    Auto,
    /// Each non-empty line is one sentence (pre-segmented corpora).
    Lines,
}

impl std::str::FromStr for Segmenter {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(Segmenter::Auto),
            "lines" => Ok(Segmenter::Lines),
            _ => Err(format!("unknown segmenter '{s}' (expected auto or lines)")),
        }
    }
}

/// Split `text` into sentences: byte spans into `text`, trimmed of white space (and a BOM),
/// non-overlapping and in document order. Never panics.
pub fn segment(text: &str, segmenter: Segmenter) -> Vec<Span> {
    match segmenter {
        Segmenter::Lines => lines(text),
        Segmenter::Auto => rules::segment(text),
    }
}

/// Each non-empty line, trimmed of surrounding white space (and a BOM).
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..=bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\r' {
            if let Some(s) = trim(text, start, i) {
                out.push(s);
            }
            start = i + 1;
        }
    }
    out
}

/// The span `[start, end)` without leading/trailing white space and BOM, or None if empty.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> Option<Span> {
    let s = &text[start..end];
    let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let t = s.trim_matches(is_space);
    if t.is_empty() {
        None
    } else {
        Some(Span::new(start + lead, start + lead + t.len()))
    }
}
