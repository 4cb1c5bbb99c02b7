//! The search band of the alignment: sentence features in, for each DP row (base sentences
//! consumed) the range of other sentences consumed that the DP may visit.
//!
//! Anchors are pairs of sentences that share a word or number occurring exactly once in each
//! document; the longest chain of anchors increasing on both sides is a rough monotonic path.
//! The band is that path (interpolated between anchors) widened by a fixed margin, so the DP costs
//! O((n + m) · width) instead of O(n · m).

use super::features::Features;

/// Half-width of the band around the anchor path, in sentences. Bead types span at most three
/// sentences a side, so this leaves room for local drift between anchors.
pub(crate) const MARGIN: usize = 20;

/// Row `i` (0..=n) may visit columns `lo[i]..=hi[i]`; both are non-decreasing, `lo[0] = 0` and
/// `hi[n] = m`.
pub(crate) struct Band {
    pub lo: Vec<usize>,
    pub hi: Vec<usize>,
    /// Offset of each row's first cell in a flat cell array; the last entry is the total.
    pub offset: Vec<usize>,
}

impl Band {
    /// The band for `f`, around the chain of anchors.
    pub fn new(f: &Features) -> Band {
        let n = f.base.len();
        let m = f.other.len();
        let path = anchor_path(f);
        Band::around(&path, n, m, MARGIN)
    }

    /// A band of half-width `margin` around a monotonic path of (row, column) points, which must
    /// start at (0, 0) and end at (n, m).
    pub fn around(path: &[(usize, usize)], n: usize, m: usize, margin: usize) -> Band {
        let mut lo = vec![usize::MAX; n + 1];
        let mut hi = vec![0usize; n + 1];
        // Column range of each path segment over the rows it spans; a steep segment (many other
        // sentences against few base ones) covers all its columns.
        for w in path.windows(2) {
            let ((i0, j0), (i1, j1)) = (w[0], w[1]);
            for i in i0..=i1 {
                let (a, b) = if i1 == i0 {
                    (j0, j1)
                } else {
                    let at =
                        |r: f64| j0 as f64 + (j1 - j0) as f64 * (r - i0 as f64) / (i1 - i0) as f64;
                    let a = at((i as f64 - 1.0).max(i0 as f64)).floor() as usize;
                    let b = at((i as f64 + 1.0).min(i1 as f64)).ceil() as usize;
                    (a, b)
                };
                lo[i] = lo[i].min(a.saturating_sub(margin));
                hi[i] = hi[i].max((b + margin).min(m));
            }
        }
        lo[0] = 0;
        hi[n] = m;
        // Make both bounds non-decreasing so every cell can be reached and left.
        for i in (0..n).rev() {
            lo[i] = lo[i].min(lo[i + 1]);
        }
        for i in 1..=n {
            hi[i] = hi[i].max(hi[i - 1]);
        }
        let mut offset = Vec::with_capacity(n + 2);
        let mut total = 0;
        for i in 0..=n {
            offset.push(total);
            total += hi[i] - lo[i] + 1;
        }
        offset.push(total);
        Band { lo, hi, offset }
    }

    /// Flat index of cell (i, j), if it lies in the band.
    #[inline]
    pub fn cell(&self, i: usize, j: usize) -> Option<usize> {
        if j >= self.lo[i] && j <= self.hi[i] {
            Some(self.offset[i] + j - self.lo[i])
        } else {
            None
        }
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        *self.offset.last().unwrap()
    }
}

/// (0, 0), the chain of anchors (each as the cell after the anchored pair), then (n, m).
fn anchor_path(f: &Features) -> Vec<(usize, usize)> {
    let n = f.base.len();
    let m = f.other.len();
    // Where each word feature occurs: its only base sentence and its only other sentence, or
    // MANY when it occurs more than once.
    const NONE: u32 = u32::MAX;
    const MANY: u32 = u32::MAX - 1;
    let k = f.weight.len();
    let mut in_base = vec![NONE; k];
    let mut in_other = vec![NONE; k];
    let mark = |slot: &mut u32, s: usize| {
        *slot = if *slot == NONE { s as u32 } else { MANY };
    };
    for (s, set) in f.base.iter().enumerate() {
        for &id in set {
            if f.is_word[id as usize] {
                mark(&mut in_base[id as usize], s);
            }
        }
    }
    for (s, set) in f.other.iter().enumerate() {
        for &id in set {
            if f.is_word[id as usize] {
                mark(&mut in_other[id as usize], s);
            }
        }
    }
    let mut pairs: Vec<(u32, u32)> = in_base
        .iter()
        .zip(&in_other)
        .filter(|(&b, &o)| b < MANY && o < MANY)
        .map(|(&b, &o)| (b, o))
        .collect();
    // Longest chain increasing in both: sort by base ascending, other descending, then the
    // longest strictly increasing subsequence of the other side (O(k log k)).
    pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    pairs.dedup();
    let chain = longest_increasing(&pairs);
    let mut path = Vec::with_capacity(chain.len() + 2);
    path.push((0, 0));
    for (b, o) in chain {
        let p = (b as usize + 1, o as usize + 1);
        let last = *path.last().unwrap();
        if p.0 > last.0 && p.1 > last.1 && p.0 <= n && p.1 <= m {
            path.push(p);
        }
    }
    if *path.last().unwrap() != (n, m) {
        path.push((n, m));
    }
    path
}

/// The longest subsequence of `pairs` (sorted as above) strictly increasing in `.1`.
fn longest_increasing(pairs: &[(u32, u32)]) -> Vec<(u32, u32)> {
    // tails[l] = index of the smallest tail of an increasing run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; pairs.len()];
    for (idx, p) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < p.1);
        if pos > 0 {
            prev[idx] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(idx);
        } else {
            tails[pos] = idx;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied().unwrap_or(usize::MAX);
    while cur != usize::MAX {
        out.push(pairs[cur]);
        cur = prev[cur];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_increasing_skips_crossing_pairs() {
        let pairs = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 6)];
        assert_eq!(
            longest_increasing(&pairs),
            vec![(0, 0), (2, 1), (3, 2), (4, 6)]
        );
    }

    #[test]
    fn band_is_monotonic_and_covers_corners() {
        let band = Band::around(&[(0, 0), (5, 50), (10, 55)], 10, 55, 2);
        assert_eq!(band.lo[0], 0);
        assert_eq!(band.hi[10], 55);
        for i in 1..=10 {
            assert!(band.lo[i] >= band.lo[i - 1] && band.hi[i] >= band.hi[i - 1]);
            assert!(band.lo[i] <= band.hi[i]);
        }
        assert!(band.cell(0, 0).is_some());
        assert!(band.cell(10, 55).is_some());
    }
}
