//! Joining pairwise alignments (each version against the base) into units over all versions.

use super::Bead;
use crate::model::{Segmented, Unit};

pub(super) fn join(docs: &[Segmented], pairs: &[Vec<Bead>]) -> Vec<Unit> {
    let n_base = docs[0].sentences.len();
    // Group base sentences: two base sentences are in one unit if any pairwise bead joins them.
    let mut parent: Vec<usize> = (0..n_base).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    for beads in pairs {
        for b in beads {
            for w in b.base.windows(2) {
                let (a, c) = (find(&mut parent, w[0]), find(&mut parent, w[1]));
                if a != c {
                    parent[a.max(c)] = a.min(c);
                }
            }
        }
    }
    // One slot per base group (keyed by its root), plus other-only beads that follow a base
    // sentence (or come first).
    let n_docs = docs.len();
    let mut groups: Vec<Option<usize>> = vec![None; n_base];
    let mut units: Vec<(f64, Unit)> = Vec::new(); // (sort key, unit)
    for i in 0..n_base {
        let r = find(&mut parent, i);
        if groups[r].is_none() {
            groups[r] = Some(units.len());
            units.push((
                r as f64,
                Unit {
                    members: vec![Vec::new(); n_docs],
                    score: 0.0,
                    moved: false,
                },
            ));
        }
        let u = groups[r].unwrap();
        units[u].1.members[0].push(i);
    }
    let mut scores: Vec<(f64, usize)> = vec![(0.0, 0); units.len()];
    for (k, beads) in pairs.iter().enumerate() {
        let d = k + 1;
        let mut last_base: f64 = -1.0;
        let mut extra = 0usize;
        for b in beads {
            if let Some(&first) = b.base.first() {
                let r = find(&mut parent, first);
                let u = groups[r].unwrap();
                units[u].1.members[d].extend(&b.other);
                units[u].1.moved |= b.moved;
                scores[u].0 += b.score;
                scores[u].1 += 1;
                last_base = *b.base.iter().max().unwrap() as f64;
                extra = 0;
            } else {
                extra += 1;
                let mut members = vec![Vec::new(); n_docs];
                members[d] = b.other.clone();
                // Place after the preceding base sentence; later documents after earlier ones.
                let key = last_base + 0.5 + (d as f64) * 1e-3 + (extra as f64) * 1e-7;
                units.push((
                    key,
                    Unit {
                        members,
                        score: 0.0,
                        moved: b.moved,
                    },
                ));
                scores.push((0.0, 0));
            }
        }
    }
    for (i, (s, c)) in scores.iter().enumerate() {
        if *c > 0 {
            units[i].1.score = s / *c as f64;
        }
    }
    for (_, u) in units.iter_mut() {
        for m in u.members.iter_mut() {
            m.sort_unstable();
        }
    }
    units.sort_by(|a, b| a.0.total_cmp(&b.0));
    units.into_iter().map(|(_, u)| u).collect()
}
