//! Align stage: segmented versions in, alignment units out.
//!
//! Each other version is aligned against the base pairwise ([`align_pair`]); [`align_all`] joins
//! the pairwise beads into units across all documents.

use crate::model::{Segmented, Unit};

/// One pairwise alignment unit: base sentence indices, other sentence indices (either may be
/// empty, not both), a similarity score in [0, 1] and whether it lies off the monotonic path.
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    pub base: Vec<usize>,
    pub other: Vec<usize>,
    pub score: f64,
    pub moved: bool,
}

/// Align `other` against `base`. Every sentence of both appears in exactly one bead; beads are in
/// base order, with other-only beads placed after the base sentence they follow.
pub fn align_pair(base: &Segmented, other: &Segmented) -> Vec<Bead> {
    // Placeholder: 1-1 in order, leftovers unaligned.
    let n = base.sentences.len();
    let m = other.sentences.len();
    let mut beads = Vec::new();
    for i in 0..n.max(m) {
        let b = if i < n { vec![i] } else { vec![] };
        let o = if i < m { vec![i] } else { vec![] };
        let score = if i < n && i < m { 0.5 } else { 0.0 };
        beads.push(Bead {
            base: b,
            other: o,
            score,
            moved: false,
        });
    }
    beads
}

/// Align every document after the first against the first and join the results into units that
/// cover every sentence of every document exactly once.
pub fn align_all(docs: &[Segmented]) -> Vec<Unit> {
    let pairs: Vec<Vec<Bead>> = docs[1..].iter().map(|o| align_pair(&docs[0], o)).collect();
    join(docs, &pairs)
}

/// Join pairwise beads (each against the base) into multi-document units.
pub fn join(docs: &[Segmented], pairs: &[Vec<Bead>]) -> Vec<Unit> {
    let n_docs = docs.len();
    if n_docs == 2 {
        return pairs[0]
            .iter()
            .map(|b| Unit {
                members: vec![b.base.clone(), b.other.clone()],
                score: b.score,
                moved: b.moved,
            })
            .collect();
    }
    multi::join(docs, pairs)
}

mod multi;
