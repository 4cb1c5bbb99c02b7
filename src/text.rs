//! Small text utilities shared by the stages: word tokens with byte spans, folding for
//! comparison, and word-diff hunks between two texts.

use similar::{capture_diff_slices, Algorithm, DiffOp};
use unicode_segmentation::UnicodeSegmentation;

use crate::model::Span;

/// A word of a text: its byte span (relative to the text given) and its folded form.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub span: Span,
    pub folded: String,
}

/// The words of `text` (UAX #29 word boundaries, punctuation dropped), folded for comparison:
/// lowercase, curly apostrophes straightened, a possessive `'s` removed.
pub fn words(text: &str) -> Vec<Word> {
    text.unicode_word_indices()
        .map(|(i, w)| Word {
            span: Span::new(i, i + w.len()),
            folded: fold(w),
        })
        .collect()
}

/// Lowercase a word and strip a possessive ending.
pub fn fold(word: &str) -> String {
    let w = word.to_lowercase().replace(['’', '‘'], "'");
    match w.strip_suffix("'s") {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => w,
    }
}

/// One region where two word sequences differ: word index ranges on each side (either may be
/// empty for a pure insertion or deletion).
#[derive(Debug, Clone, PartialEq)]
pub struct Hunk {
    pub base: std::ops::Range<usize>,
    pub other: std::ops::Range<usize>,
}

/// The differing regions between two word sequences, in order. Adjacent deletions and
/// insertions form one hunk: a replacement.
pub fn hunks(base: &[Word], other: &[Word]) -> Vec<Hunk> {
    let a: Vec<&str> = base.iter().map(|w| w.folded.as_str()).collect();
    let b: Vec<&str> = other.iter().map(|w| w.folded.as_str()).collect();
    let mut out: Vec<Hunk> = Vec::new();
    let mut open: Option<Hunk> = None;
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal { .. } => {
                if let Some(h) = open.take() {
                    out.push(h);
                }
            }
            _ => {
                let (_, o, n) = op.as_tag_tuple();
                let h = open.get_or_insert(Hunk {
                    base: o.start..o.start,
                    other: n.start..n.start,
                });
                h.base.end = h.base.end.max(o.end);
                h.other.end = h.other.end.max(n.end);
            }
        }
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_and_possessive() {
        let w = words("North Korea’s mission, the UN's.");
        let f: Vec<&str> = w.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(f, ["north", "korea", "mission", "the", "un"]);
        assert_eq!(w[1].span, Span::new(6, 15)); // "Korea’s": the apostrophe is 3 bytes
    }

    #[test]
    fn replacement_is_one_hunk() {
        let a = words("Minogue sang in 2007 in London");
        let b = words("Madonna sang in 2004 in London");
        let h = hunks(&a, &b);
        assert_eq!(h.len(), 2);
        assert_eq!((h[0].base.clone(), h[0].other.clone()), (0..1, 0..1));
        assert_eq!((h[1].base.clone(), h[1].other.clone()), (3..4, 3..4));
    }
}
