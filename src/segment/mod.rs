//! Segment stage: a document's text in, sentence spans (byte ranges, trimmed, in order) out.

mod abbrev;
mod rules;

use crate::lexicon::Lexicon;
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

/// Split English `text` into sentences: byte spans into `text`, trimmed of white space (and a
/// BOM), non-overlapping and in document order. Never panics.
pub fn segment(text: &str, segmenter: Segmenter) -> Vec<Span> {
    segment_in(text, segmenter, crate::lexicon::english())
}

/// [`segment`] for a text in the language of `lexicon`.
pub fn segment_in(text: &str, segmenter: Segmenter, lexicon: &'static Lexicon) -> Vec<Span> {
    match segmenter {
        Segmenter::Lines => lines(text),
        Segmenter::Auto => keep_quotations_whole(text, rules::segment(text, lexicon)),
    }
}

/// A closed quotation spans at most this many sentences, and this many bytes, to be kept in
/// one: beyond that the marks are more likely mismatched than a long speech.
const QUOTE_MAX_SENTENCES: usize = 8;
const QUOTE_MAX_BYTES: usize = 4096;

/// Join the sentences a closed quotation runs across ("“We will fight. We will win,” he said."
/// is one sentence), so that every quotation lies inside one sentence and is extracted and
/// compared whole. An unclosed quotation joins nothing.
fn keep_quotations_whole(text: &str, sentences: Vec<Span>) -> Vec<Span> {
    if sentences.len() < 2 {
        return sentences;
    }
    // joined[i]: sentence i and i + 1 are one.
    let mut joined = vec![false; sentences.len() - 1];
    let mut first = 0; // sentences before this one end before the current quotation
    for q in crate::extract::quotations(text) {
        if !q.closed || q.span.len() > QUOTE_MAX_BYTES {
            continue;
        }
        while first < sentences.len() && sentences[first].end <= q.span.start {
            first += 1;
        }
        let mut last = first;
        while last + 1 < sentences.len() && sentences[last + 1].start < q.span.end {
            last += 1;
        }
        if last > first && last - first < QUOTE_MAX_SENTENCES {
            joined[first..last].iter_mut().for_each(|j| *j = true);
        }
    }
    let mut out: Vec<Span> = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.into_iter().enumerate() {
        match out.last_mut() {
            Some(prev) if i > 0 && joined[i - 1] => prev.end = s.end,
            _ => out.push(s),
        }
    }
    out
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
