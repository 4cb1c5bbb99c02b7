//! Monotonic alignment by dynamic programming inside a band: sentence features and a band in,
//! the best-scoring sequence of beads (in order, covering every sentence once) out.
//!
//! A bead's score is the evidence that its sentences translate each other, against leaving them
//! all without counterpart (score 0):
//!
//! * content: for every sentence, how much of its feature weight the other side of the bead
//!   covers, calibrated so that 0 is a random pair of these two documents and 1 a typical match,
//!   minus a threshold. A sentence that adds nothing to a merge costs the threshold, so merges
//!   must pay for themselves and a sentence without counterpart stays alone;
//! * length: a Gale-Church-like agreement of character lengths (scaled by the documents' overall
//!   length ratio), a reward near 0 deviation and a cost far from it;
//! * a pair bonus, once per bead: sentences between two matches usually match each other, even
//!   reworded; a bead without any content above chance gets only a tenth of it;
//! * a small prior cost for each merge type.

use super::band::Band;
use super::features::Features;

/// Bead shapes the DP considers: (base sentences, other sentences).
pub(crate) const SHAPES: [(usize, usize); 8] = [
    (1, 0),
    (0, 1),
    (1, 1),
    (1, 2),
    (2, 1),
    (2, 2),
    (1, 3),
    (3, 1),
];

/// Tuning constants of the bead score (see the module comment). Chosen on the development data
/// in round numbers; see docs/alignment.md.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Params {
    /// Calibrated coverage a sentence needs before matching it beats leaving it alone.
    pub threshold: f64,
    /// Weight of the length agreement term (per side of a bead).
    pub length_weight: f64,
    /// Squared deviation at which the length term changes sign.
    pub length_tolerance: f64,
    /// Gale-Church variance per character of the length difference.
    pub length_variance: f64,
    /// Bonus of any bead with both sides over leaving its sentences without counterpart: sentences
    /// between two matches are usually a (reworded) match themselves. Merges get it only once,
    /// so a sentence joins a merge only on its own content.
    pub pair: f64,
    /// Share of the pair bonus for a bead without any content above chance.
    pub bare: f64,
    /// Prior cost of a 1-2 or 2-1 bead.
    pub merge2: f64,
    /// Prior cost of a bead of four sentences (2-2, 1-3 or 3-1).
    pub merge3: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            threshold: 0.15,
            length_weight: 0.25,
            length_tolerance: 2.0,
            length_variance: 6.8,
            pair: 0.8,
            bare: 0.1,
            merge2: 0.2,
            merge3: 0.4,
        }
    }
}

/// Maps raw coverage (the covered share of a sentence's feature weight) to the calibrated scale:
/// 0 for a random pair, 1 for a typical match, clipped to [0, 1]. The ceiling matters: above a
/// typical match, adding a neighbour to a bead must not buy more credit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Calibration {
    pub random: f64,
    pub matched: f64,
}

impl Calibration {
    #[inline]
    pub fn apply(&self, cov: f64) -> f64 {
        self.scale(cov).clamp(0.0, 1.0)
    }

    /// The calibrated value before clipping (differences of it measure gains).
    #[inline]
    pub fn scale(&self, cov: f64) -> f64 {
        (cov - self.random) / (self.matched - self.random)
    }
}

/// Everything the bead score needs.
pub(crate) struct Scorer<'a> {
    pub f: &'a Features,
    pub p: Params,
    /// Calibration of base sentences' coverage by other groups, and vice versa.
    pub base_cal: Calibration,
    pub other_cal: Calibration,
    /// Characters of other per character of base, over the whole documents.
    pub ratio: f64,
}

impl Scorer<'_> {
    /// Length agreement of `la` base characters with `lb` other characters: one piece of
    /// evidence per bead, so that merging does not earn more of it.
    #[inline]
    pub fn length(&self, la: f64, lb: f64) -> f64 {
        let mean = (la + lb / self.ratio) / 2.0;
        let z = (lb - self.ratio * la) / (self.p.length_variance * mean.max(1.0)).sqrt();
        self.p.length_weight
            * 2.0
            * (self.p.length_tolerance - (z * z).min(4.0 * self.p.length_tolerance))
    }

    /// Prior cost of a shape.
    #[inline]
    pub fn prior(&self, k: usize, l: usize) -> f64 {
        match k + l {
            3 => self.p.merge2,
            4 => self.p.merge3,
            _ => 0.0,
        }
    }
}

/// Covered weight of sorted set `x` by the union of the sorted sets `groups[..g]`, for g = 1, 2, 3
/// (fewer groups give fewer results; missing ones repeat the last).
#[inline]
pub(crate) fn covered(x: &[u32], groups: [&[u32]; 3], weight: &[f32]) -> [f32; 3] {
    let mut pos = [0usize; 3];
    let mut out = [0f32; 3];
    for &f in x {
        let mut hit = false;
        let w = weight[f as usize];
        for g in 0..3 {
            let list = groups[g];
            let mut p = pos[g];
            while p < list.len() && list[p] < f {
                p += 1;
            }
            pos[g] = p;
            hit |= p < list.len() && list[p] == f;
            if hit {
                out[g] += w;
            }
        }
    }
    out
}

/// The best monotonic bead sequence inside `band`, as (base range start, base count, other range
/// start, other count) in order.
pub(crate) fn align(s: &Scorer, band: &Band) -> Vec<(usize, usize, usize, usize)> {
    let f = s.f;
    let n = f.base.len();
    let m = f.other.len();
    let cells = band.len();
    let mut score = vec![f64::NEG_INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
    // Calibrated coverage, for the last three rows (ring indexed by row % 3) and all columns of
    // the row's band (indexed by j - lo):
    // base_cov[r][j][l-1]: base sentence i-1 by other sentences j-l..j;
    // other_cov[r][j][k-1]: other sentence j-1 by base sentences i-k..i.
    let mut base_cov: [Vec<[f64; 3]>; 3] = Default::default();
    let mut other_cov: [Vec<[f64; 3]>; 3] = Default::default();
    // The last base sentence (so far) holding each feature, for the other side's coverage.
    let mut last_seen = vec![i32::MIN / 2; f.weight.len()];
    let weight = &f.weight;
    let posts = Postings::new(&f.other, f.weight.len());
    // For each feature, how many of its postings lie before the band of the current row: the
    // band's `lo` never decreases, so a cursor moves forward instead of a search per feature.
    let mut skip = vec![0u32; f.weight.len()];
    let mut diff: [Vec<f32>; 3] = Default::default();

    score[band.cell(0, 0).unwrap()] = 0.0;
    for i in 0..=n {
        let (lo, hi) = (band.lo[i], band.hi[i]);
        let r = i % 3;
        base_cov[r].clear();
        other_cov[r].clear();
        if i > 0 {
            let a = &f.base[i - 1];
            for &id in a {
                last_seen[id as usize] = (i - 1) as i32;
            }
            let a_mass = f.base_mass[i - 1] as f64;
            // Covered weight of a by the other groups ending at each column, from the postings
            // of a's features inside the band: [p + 1, p + l] are the columns whose group of l
            // sentences holds other sentence p. Ranges of one feature are merged so that it
            // counts once per column.
            let width = hi - lo + 1;
            for d in diff.iter_mut() {
                d.clear();
                d.resize(width + 1, 0.0);
            }
            for &id in a {
                let w = weight[id as usize];
                let list = posts.of(id);
                let cursor = &mut skip[id as usize];
                while (*cursor as usize) < list.len() && (list[*cursor as usize] as usize) + 3 < lo
                {
                    *cursor += 1;
                }
                let start = *cursor as usize;
                let mut prev_end = [usize::MAX; 3];
                for &p in &list[start..] {
                    let p = p as usize;
                    if p + 1 > hi {
                        break;
                    }
                    for l in 0..3 {
                        let from = (p + 1).max(lo);
                        let from = if prev_end[l] != usize::MAX {
                            from.max(prev_end[l] + 1)
                        } else {
                            from
                        };
                        let to = (p + l + 1).min(hi);
                        if from <= to {
                            diff[l][from - lo] += w;
                            diff[l][to - lo + 1] -= w;
                            prev_end[l] = to;
                        }
                    }
                }
            }
            let mut run = [0f32; 3];
            for j in lo..=hi {
                let mut bc = [0.0; 3];
                for l in 0..3 {
                    run[l] += diff[l][j - lo];
                    bc[l] = if a_mass > 0.0 {
                        s.base_cal.scale(run[l] as f64 / a_mass)
                    } else {
                        0.0
                    };
                }
                base_cov[r].push(bc);
                // Other sentence j-1 by base groups ending at i.
                let mut oc = [0.0; 3];
                if j > 0 {
                    let b = &f.other[j - 1];
                    let mut acc = [0f32; 3];
                    for &id in b {
                        let d = (i - 1) as i32 - last_seen[id as usize];
                        if d < 3 {
                            for (k, slot) in acc.iter_mut().enumerate() {
                                if d <= k as i32 {
                                    *slot += weight[id as usize];
                                }
                            }
                        }
                    }
                    let b_mass = f.other_mass[j - 1] as f64;
                    for k in 0..3 {
                        oc[k] = if b_mass > 0.0 {
                            s.other_cal.scale(acc[k] as f64 / b_mass)
                        } else {
                            0.0
                        };
                    }
                }
                other_cov[r].push(oc);
            }
        }
        for j in lo..=hi {
            let here = band.offset[i] + j - lo;
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = f64::NEG_INFINITY;
            let mut arg = u8::MAX;
            for (t, &(k, l)) in SHAPES.iter().enumerate() {
                if k > i || l > j {
                    continue;
                }
                let Some(from) = band.cell(i - k, j - l) else {
                    continue;
                };
                let prev = score[from];
                if prev == f64::NEG_INFINITY {
                    continue;
                }
                let gain = if k == 0 || l == 0 {
                    0.0
                } else {
                    match bead_gain(s, band, &base_cov, &other_cov, i, j, k, l) {
                        Some(g) => g,
                        None => continue,
                    }
                };
                if prev + gain > best {
                    best = prev + gain;
                    arg = t as u8;
                }
            }
            score[here] = best;
            back[here] = arg;
        }
    }
    // Trace back from (n, m).
    let mut out = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let t = back[band.cell(i, j).expect("path stays in band")];
        let (k, l) = SHAPES[t as usize];
        out.push((i - k, k, j - l, l));
        i -= k;
        j -= l;
    }
    out.reverse();
    out
}

/// Score of the bead of base sentences i-k..i and other sentences j-l..j (k, l ≥ 1), from the
/// coverage rings; None when a needed row lies outside the band.
#[allow(clippy::too_many_arguments)]
#[inline]
fn bead_gain(
    s: &Scorer,
    band: &Band,
    base_cov: &[Vec<[f64; 3]>; 3],
    other_cov: &[Vec<[f64; 3]>; 3],
    i: usize,
    j: usize,
    k: usize,
    l: usize,
) -> Option<f64> {
    let t = s.p.threshold;
    let mut content = 0.0;
    let mut evidence = 0.0;
    let la: f64 = (i - k..i).map(|x| s.f.base_len[x] as f64).sum();
    let lb: f64 = (j - l..j).map(|x| s.f.other_len[x] as f64).sum();
    for row in i + 1 - k..=i {
        // Base sentence row-1 by other sentences j-l..j, stored in that row's ring slot.
        let (lo, hi) = (band.lo[row], band.hi[row]);
        if j < lo || j > hi {
            return None;
        }
        let v = base_cov[row % 3][j - lo];
        let c = v[l - 1].clamp(0.0, 1.0);
        content += c - t;
        evidence += c;
    }
    let (lo, r) = (band.lo[i], i % 3);
    for col in j + 1 - l..=j {
        if col < lo {
            return None;
        }
        let v = other_cov[r][col - lo];
        let c = v[k - 1].clamp(0.0, 1.0);
        content += c - t;
        evidence += c;
    }
    // The full pair bonus needs some content: two unrelated sentences that happen to sit side
    // by side (a dropped one and an added heading) stay apart unless their lengths agree well.
    let pair = if evidence > 0.0 {
        s.p.pair
    } else {
        s.p.pair * s.p.bare
    };
    Some(pair + content + s.length(la, lb) - s.prior(k, l))
}

/// For each feature, the ascending indices of the sentences holding it (compressed rows).
pub(crate) struct Postings {
    start: Vec<u32>,
    sentences: Vec<u32>,
}

impl Postings {
    pub(crate) fn new(sets: &[Vec<u32>], features: usize) -> Postings {
        let mut start = vec![0u32; features + 1];
        for set in sets {
            for &f in set {
                start[f as usize + 1] += 1;
            }
        }
        for k in 0..features {
            start[k + 1] += start[k];
        }
        let mut fill = start.clone();
        let mut sentences = vec![0u32; start[features] as usize];
        for (s, set) in sets.iter().enumerate() {
            for &f in set {
                sentences[fill[f as usize] as usize] = s as u32;
                fill[f as usize] += 1;
            }
        }
        Postings { start, sentences }
    }

    #[inline]
    pub(crate) fn of(&self, f: u32) -> &[u32] {
        &self.sentences[self.start[f as usize] as usize..self.start[f as usize + 1] as usize]
    }
}
