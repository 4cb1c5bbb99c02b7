//! Align stage: segmented versions in, alignment units out.
//!
//! Each other version is aligned against the base pairwise ([`align_pair`]); [`align_all`] joins
//! the pairwise beads into units across all documents. Pairwise alignment works in three steps:
//! sentence features ([`features`]), a monotonic DP inside a band around anchor sentences
//! ([`band`], [`dp`]), then a pass that pairs up leftover sentences that moved. The method is
//! described in docs/alignment.md.

use crate::model::{Segmented, Unit};

use dp::{Calibration, Params, Scorer};
use features::Features;

/// One pairwise alignment unit: base sentence indices, other sentence indices (either may be
/// empty, not both), a similarity score in [0, 1] and whether it lies off the monotonic path.
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    /// Base sentence indices, ascending and contiguous (empty: added in the other version).
    pub base: Vec<usize>,
    /// Other sentence indices, ascending and contiguous (empty: missing from the other version).
    pub other: Vec<usize>,
    /// Mean calibrated coverage of the bead's sentences by the other side; 0 for one-sided beads.
    pub score: f64,
    /// The pair lies off the monotonic path: the sentence moved.
    pub moved: bool,
}

/// Sentences' worth of belief that the length ratio is 1 (see [`scorer`]).
const RATIO_PRIOR: f64 = 5.0;

/// The highest chance level of coverage calibration accepts (see [`calibrate`]).
const CHANCE_MAX: f64 = 0.2;

/// Calibrated similarity a leftover pair needs to be aligned as moved. Higher than the DP's
/// threshold: off the monotonic path there is no context to back a weak match.
const MOVED_MIN: f64 = 0.6;

/// How many leftovers sharing the most word weight with a leftover base sentence are scored as
/// its possible moved counterpart.
const MOVED_CANDIDATES: usize = 8;

/// Calibrated coverage a leftover sentence needs to join a neighbouring bead.
const JOIN_MIN: f64 = 0.5;

/// Align `other` against `base`. Every sentence of both appears in exactly one bead; beads are in
/// base order, with other-only beads placed after the base sentence they follow, and moved beads
/// at the position of their base sentence.
pub fn align_pair(base: &Segmented, other: &Segmented) -> Vec<Bead> {
    let n = base.sentences.len();
    let m = other.sentences.len();
    if n == 0 || m == 0 {
        return (0..n)
            .map(|i| null(vec![i], vec![]))
            .chain((0..m).map(|j| null(vec![], vec![j])))
            .collect();
    }
    let f = Features::new(base, other);
    if n == 1 && m == 1 {
        // Two versions of one sentence each: given as versions of each other, with nothing
        // else to pair with, each is the other's counterpart however much was rewritten.
        let band = band::Band::new(&f);
        let scorer = scorer(&f, &band, Params::default());
        return vec![Bead {
            score: similarity(&scorer, &[0], &[0]),
            base: vec![0],
            other: vec![0],
            moved: false,
        }];
    }
    let band = band::Band::new(&f);
    let scorer = scorer(&f, &band, Params::default());
    let path = dp::align(&scorer, &band);
    let mut beads: Vec<Bead> = path
        .into_iter()
        .map(|(i, k, j, l)| {
            let b: Vec<usize> = (i..i + k).collect();
            let o: Vec<usize> = (j..j + l).collect();
            if k == 0 || l == 0 {
                null(b, o)
            } else {
                Bead {
                    score: similarity(&scorer, &b, &o),
                    base: b,
                    other: o,
                    moved: false,
                }
            }
        })
        .collect();
    split_weak(&scorer, base, other, &mut beads);
    join_leftovers(&scorer, &mut beads);
    recover_moved(&scorer, &mut beads);
    beads
}

/// Raw coverage of a typical match above which the versions share their words (one language):
/// there, every true match shares content. Across languages (typical coverage near 0.15) the
/// DP must trust length and position alone, so nothing is split.
const SAME_LANGUAGE: f64 = 0.3;

/// Calibrated similarity below which a bead in a same-language pair is two unrelated sentences.
const WEAK: f64 = 0.05;

/// Characters each side of a weak bead needs before it is split: short fragments (a date line,
/// a caption) pair by length and position legitimately.
const LONG: f32 = 40.0;

/// In versions of one language, a bead whose sentences share next to nothing is not a match: the
/// DP paired them for their lengths and position only. Each becomes a sentence without
/// counterpart, free to join a neighbour or be recovered as moved.
fn split_weak(s: &Scorer, base: &Segmented, other: &Segmented, beads: &mut Vec<Bead>) {
    if s.base_cal.matched.min(s.other_cal.matched) < SAME_LANGUAGE {
        return;
    }
    let mut out = Vec::with_capacity(beads.len());
    for b in beads.drain(..) {
        let long = |lens: &[f32], idx: &[usize]| idx.iter().map(|&i| lens[i]).sum::<f32>() >= LONG;
        // Headings (no final punctuation) are rewritten freely and pair by position.
        let heading = |seg: &Segmented, idx: &[usize]| {
            idx.len() == 1
                && !seg
                    .sentence_text(idx[0])
                    .ends_with(['.', '!', '?', '"', '”', '’', '»', '。'])
        };
        if b.base.is_empty()
            || b.other.is_empty()
            || b.score >= WEAK
            || (heading(base, &b.base) && heading(other, &b.other))
            || !long(&s.f.base_len, &b.base)
            || !long(&s.f.other_len, &b.other)
        {
            out.push(b);
            continue;
        }
        out.extend(b.base.iter().map(|&i| null(vec![i], vec![])));
        out.extend(b.other.iter().map(|&j| null(vec![], vec![j])));
    }
    *beads = out;
}

/// Attach a sentence left without counterpart to a neighbouring bead when that bead's other side
/// covers it as well as a typical match does. This extends merges beyond the DP's three sentences
/// a side (a list split into six lines) while a sentence that is merely related stays alone.
fn join_leftovers(s: &Scorer, beads: &mut Vec<Bead>) {
    let f = s.f;
    let cov = |x: &[u32], mass: f32, group: &[usize], sets: &[Vec<u32>], cal: &Calibration| {
        if mass <= 0.0 {
            return 0.0;
        }
        let mut u: Vec<u32> = group
            .iter()
            .flat_map(|&i| sets[i].iter().copied())
            .collect();
        u.sort_unstable();
        u.dedup();
        cal.apply(dp::covered(x, [&u, &[], &[]], &f.weight)[0] as f64 / mass as f64)
    };
    // Each pass moves a leftover into a neighbour; long lists take several passes.
    for _ in 0..8 {
        let mut changed = false;
        let mut q = 0;
        while q < beads.len() {
            let b = &beads[q];
            let null_other = b.base.is_empty();
            // Only beads with exactly one side (emptied ones have none).
            if !(b.base.is_empty() ^ b.other.is_empty()) {
                q += 1;
                continue;
            }
            let x = if null_other { b.other[0] } else { b.base[0] };
            let lead = if null_other {
                f.other_lead[x]
            } else {
                f.base_lead[x]
            };
            let mut best: Option<(f64, usize)> = None;
            // The previous bead, skipping those emptied by joins in this pass.
            let mut prev = q.wrapping_sub(1);
            while prev != usize::MAX && beads[prev].base.is_empty() && beads[prev].other.is_empty()
            {
                prev = prev.wrapping_sub(1);
            }
            for nb in [prev, q + 1] {
                let Some(c) = beads.get(nb) else { continue };
                if c.base.is_empty() || c.other.is_empty() || c.moved {
                    continue;
                }
                let (side, other_side) = if null_other {
                    (&c.other, &c.base)
                } else {
                    (&c.base, &c.other)
                };
                // Only where the bead stays a contiguous run of sentences.
                if x + 1 != side[0] && x != side[side.len() - 1] + 1 {
                    continue;
                }
                // A line ending in a colon ("Literature:", "He said:") introduces what follows
                // and belongs with it.
                if lead && x + 1 == side[0] {
                    best = Some((f64::INFINITY, nb));
                    break;
                }
                let v = if null_other {
                    cov(
                        &f.other[x],
                        f.other_mass[x],
                        other_side,
                        &f.base,
                        &s.other_cal,
                    )
                } else {
                    cov(
                        &f.base[x],
                        f.base_mass[x],
                        other_side,
                        &f.other,
                        &s.base_cal,
                    )
                };
                if v >= JOIN_MIN && best.is_none_or(|(bv, _)| v > bv) {
                    best = Some((v, nb));
                }
            }
            if let Some((_, nb)) = best {
                let c = &mut beads[nb];
                let side = if null_other {
                    &mut c.other
                } else {
                    &mut c.base
                };
                side.push(x);
                side.sort_unstable();
                c.score = -1.0; // grown: rescored below
                                // Emptied now, dropped after the pass (removing here would be quadratic).
                beads[q].base.clear();
                beads[q].other.clear();
                changed = true;
            }
            q += 1;
        }
        if !changed {
            break;
        }
        beads.retain(|b| !(b.base.is_empty() && b.other.is_empty()));
    }
    for b in beads.iter_mut() {
        if b.score < 0.0 {
            b.score = similarity(s, &b.base, &b.other);
        }
    }
}

fn null(base: Vec<usize>, other: Vec<usize>) -> Bead {
    Bead {
        base,
        other,
        score: 0.0,
        moved: false,
    }
}

/// The scorer for `f`: document length ratio and coverage calibrated on sample pairs.
fn scorer<'a>(f: &'a Features, band: &band::Band, p: Params) -> Scorer<'a> {
    let total = |v: &[f32]| v.iter().map(|&x| x as f64).sum::<f64>().max(1.0);
    // The documents' length ratio (translations run longer or shorter) is trusted as far as
    // there are sentences to estimate it from: in a document of three sentences one added
    // sentence would otherwise set the ratio and make every merge look right.
    let n = f.base_len.len().min(f.other_len.len()) as f64;
    let ratio = (total(&f.other_len) / total(&f.base_len)).powf(n / (n + RATIO_PRIOR));
    let base_cal = calibrate(&f.base, &f.base_mass, &f.other, &f.weight, |r| {
        (band.lo[r + 1], band.hi[r + 1])
    });
    // For an other sentence c, the rows whose band holds column c + 1.
    let rows_of = |c: usize| {
        let first = band.hi.partition_point(|&h| h < c + 1);
        let last = band.lo.partition_point(|&l| l <= c + 1);
        (first.saturating_sub(1), last.saturating_sub(1).max(first))
    };
    let other_cal = calibrate(&f.other, &f.other_mass, &f.base, &f.weight, rows_of);
    Scorer {
        f,
        p,
        base_cal,
        other_cal,
        ratio,
    }
}

/// Calibrate the coverage of `xs` sentences by `ys` sentences: the median over random pairs, and
/// the median over sampled sentences of their best coverage inside the band (mostly their true
/// counterpart). `window(x)` is the band's range of `ys` for sentence x.
fn calibrate(
    xs: &[Vec<u32>],
    mass: &[f32],
    ys: &[Vec<u32>],
    weight: &[f32],
    window: impl Fn(usize) -> (usize, usize),
) -> Calibration {
    let step = (xs.len() / 300).max(1);
    let mut random = Vec::new();
    let mut best = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    // The best coverage inside the window is summed from the postings of x's features (in the
    // order of x's features, as `dp::covered` sums), not by a merge-walk per window sentence: a
    // short document's window is the whole document.
    let posts = dp::Postings::new(ys, weight.len());
    let mut shared: Vec<f32> = Vec::new();
    for x in (0..xs.len()).step_by(step) {
        if mass[x] <= 0.0 {
            continue;
        }
        let cov =
            |y: usize| dp::covered(&xs[x], [&ys[y], &[], &[]], weight)[0] as f64 / mass[x] as f64;
        // A few random partners each; the median below keeps the odd true pair (likely in
        // short documents) from raising the chance level.
        for _ in 0..3 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            random.push(cov((seed >> 33) as usize % ys.len()));
        }
        let (lo, hi) = window(x);
        // Sentences lo-1..hi-1 (columns lo..=hi), clipped to the document.
        let (first, end) = (lo.max(1) - 1, hi.min(ys.len()));
        let mut top = 0.0;
        if first < end {
            shared.clear();
            shared.resize(end - first, 0.0);
            for &id in &xs[x] {
                let list = posts.of(id);
                let from = list.partition_point(|&y| (y as usize) < first);
                for &y in list[from..].iter().take_while(|&&y| (y as usize) < end) {
                    shared[y as usize - first] += weight[id as usize];
                }
            }
            top = shared
                .iter()
                .map(|&w| w as f64 / mass[x] as f64)
                .fold(0.0, f64::max);
        }
        best.push(top);
    }
    random.sort_by(f64::total_cmp);
    // In a document of a few sentences the "random" partners are mostly the true ones; unrelated
    // sentences never share more than a fifth of their word weight by chance, so the chance
    // level is capped there.
    let random = random
        .get(random.len() / 2)
        .copied()
        .unwrap_or(0.0)
        .min(CHANCE_MAX);
    best.sort_by(f64::total_cmp);
    let matched = best.get(best.len() / 2).copied().unwrap_or(1.0);
    Calibration {
        random,
        matched: matched.max(random + 0.05),
    }
}

/// Mean calibrated coverage of every sentence of a bead by the other side, in [0, 1].
fn similarity(s: &Scorer, base: &[usize], other: &[usize]) -> f64 {
    let f = s.f;
    let group = |sets: &'_ [Vec<u32>], idx: &[usize]| -> Vec<u32> {
        let mut u: Vec<u32> = idx.iter().flat_map(|&i| sets[i].iter().copied()).collect();
        u.sort_unstable();
        u.dedup();
        u
    };
    let gb = group(&f.other, other);
    let ga = group(&f.base, base);
    let mut sum = 0.0;
    for &i in base {
        let mass = f.base_mass[i] as f64;
        if mass > 0.0 {
            let c = dp::covered(&f.base[i], [&gb, &[], &[]], &f.weight)[0] as f64 / mass;
            sum += s.base_cal.apply(c).min(1.0);
        }
    }
    for &j in other {
        let mass = f.other_mass[j] as f64;
        if mass > 0.0 {
            let c = dp::covered(&f.other[j], [&ga, &[], &[]], &f.weight)[0] as f64 / mass;
            sum += s.other_cal.apply(c).min(1.0);
        }
    }
    sum / (base.len() + other.len()) as f64
}

/// Pair base sentences left without counterpart with other sentences left without counterpart
/// elsewhere when they match strongly: they moved. Greedy, best pairs first; candidates share a
/// word or number, found through an index, so this stays near-linear.
fn recover_moved(s: &Scorer, beads: &mut Vec<Bead>) {
    let f = s.f;
    let base_nulls: Vec<usize> = beads
        .iter()
        .filter(|b| b.other.is_empty())
        .map(|b| b.base[0])
        .collect();
    let other_nulls: Vec<usize> = beads
        .iter()
        .filter(|b| b.base.is_empty())
        .map(|b| b.other[0])
        .collect();
    if base_nulls.is_empty() || other_nulls.is_empty() {
        return;
    }
    let mut index: std::collections::HashMap<u32, Vec<usize>> = Default::default();
    for &j in &other_nulls {
        for &id in &f.other[j] {
            if f.is_word[id as usize] {
                index.entry(id).or_default().push(j);
            }
        }
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut shared: std::collections::HashMap<usize, f32> = Default::default();
    for &i in &base_nulls {
        // Rank the leftovers sharing words with i by the weight they share and score only the
        // best few, so that many leftovers on both sides cost linear time, not quadratic.
        shared.clear();
        for &id in &f.base[i] {
            let Some(list) = index.get(&id) else { continue };
            // A word shared by many leftovers says little.
            if list.len() > 50 {
                continue;
            }
            for &j in list {
                *shared.entry(j).or_default() += f.weight[id as usize];
            }
        }
        let mut candidates: Vec<(f32, usize)> = shared.iter().map(|(&j, &w)| (w, j)).collect();
        candidates.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for &(_, j) in candidates.iter().take(MOVED_CANDIDATES) {
            let sim = similarity(s, &[i], &[j]);
            let len = s.length(f.base_len[i] as f64, f.other_len[j] as f64);
            if sim >= MOVED_MIN && len > 0.0 {
                pairs.push((sim, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_base = std::collections::HashSet::new();
    let mut used_other = std::collections::HashSet::new();
    let mut matched: std::collections::HashMap<usize, (usize, f64)> = Default::default();
    for (sim, i, j) in pairs {
        if used_base.contains(&i) || used_other.contains(&j) {
            continue;
        }
        used_base.insert(i);
        used_other.insert(j);
        matched.insert(i, (j, sim));
    }
    if matched.is_empty() {
        return;
    }
    beads.retain(|b| !(b.base.is_empty() && used_other.contains(&b.other[0])));
    for b in beads.iter_mut() {
        if b.other.is_empty() {
            if let Some(&(j, sim)) = matched.get(&b.base[0]) {
                b.other = vec![j];
                b.score = sim;
                b.moved = true;
            }
        }
    }
}

/// Align every document after the first against the first and join the results into units that
/// cover every sentence of every document exactly once. The other versions are aligned in
/// parallel when there are several and they are long.
pub fn align_all(docs: &[Segmented]) -> Vec<Unit> {
    let work = docs.iter().map(|d| d.sentences.len()).sum();
    let pairs: Vec<Vec<Bead>> = crate::par::map(&docs[1..], work, |o| align_pair(&docs[0], o));
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

mod band;
mod bilingual;
mod dp;
mod features;
mod multi;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::segment::{segment, Segmenter};

    fn doc(lines: &[&str]) -> Segmented {
        let text = lines.join("\n");
        let sentences = segment(&text, Segmenter::Lines);
        Segmented {
            doc: Document::new("test", text),
            sentences,
        }
    }

    /// Beads as (base, other) index lists, after checking the invariants of `align_pair`.
    fn align(base: &[&str], other: &[&str]) -> Vec<(Vec<usize>, Vec<usize>, bool)> {
        let (a, b) = (doc(base), doc(other));
        let beads = align_pair(&a, &b);
        let mut seen_a = vec![0; base.len()];
        let mut seen_b = vec![0; other.len()];
        let mut last_base = None;
        for bead in &beads {
            assert!(!(bead.base.is_empty() && bead.other.is_empty()));
            assert!((0.0..=1.0).contains(&bead.score), "{bead:?}");
            bead.base.iter().for_each(|&i| seen_a[i] += 1);
            bead.other.iter().for_each(|&j| seen_b[j] += 1);
            if let Some(&first) = bead.base.first() {
                assert!(last_base < Some(first), "beads out of base order");
                last_base = bead.base.last().copied();
            }
        }
        assert!(seen_a.iter().chain(&seen_b).all(|&c| c == 1));
        beads
            .into_iter()
            .map(|b| (b.base, b.other, b.moved))
            .collect()
    }

    fn doc_in(lang: &str, lines: &[&str]) -> Segmented {
        let mut d = doc(lines);
        d.doc.set_lang(lang).unwrap();
        d
    }

    const GERMAN: [&str; 6] = [
        "Der Winter war lang und kalt.",
        "Die Bauern im Tal warteten auf den Frühling.",
        "Im Dorf wurde eine neue Schule gebaut.",
        "Die Kinder lernen dort lesen und schreiben.",
        "Der Fluss trat im Mai über die Ufer.",
        "Viele Häuser standen wochenlang unter Wasser.",
    ];
    const ENGLISH: [&str; 5] = [
        "The winter was long and cold.",
        "The farmers in the valley waited for spring.",
        "The children learn to read and write there.",
        "The river burst its banks in May.",
        "Many houses were under water for weeks.",
    ];

    /// Across languages with a word table (German–English), a sentence missing from the
    /// translation is found by its words, and the alignment is the same whichever version is
    /// the base (the table is read in one direction for both).
    #[test]
    fn a_word_table_aligns_across_languages_whichever_file_is_the_base() {
        let (de, en) = (doc_in("de", &GERMAN), doc_in("en", &ENGLISH));
        let beads = |a: &Segmented, b: &Segmented| -> Vec<(Vec<usize>, Vec<usize>)> {
            align_pair(a, b)
                .into_iter()
                .map(|b| (b.base, b.other))
                .collect()
        };
        let forward = beads(&de, &en);
        let expected: Vec<(Vec<usize>, Vec<usize>)> = vec![
            (vec![0], vec![0]),
            (vec![1], vec![1]),
            (vec![2], vec![]),
            (vec![3], vec![2]),
            (vec![4], vec![3]),
            (vec![5], vec![4]),
        ];
        assert_eq!(forward, expected);
        let mut backward: Vec<(Vec<usize>, Vec<usize>)> =
            beads(&en, &de).into_iter().map(|(a, b)| (b, a)).collect();
        backward.sort_by_key(|(a, _)| a.first().copied());
        assert_eq!(backward, expected);
    }

    fn has(beads: &[(Vec<usize>, Vec<usize>, bool)], base: &[usize], other: &[usize]) -> bool {
        beads.iter().any(|(a, b, _)| a == base && b == other)
    }

    const STORY: [&str; 8] = [
        "The city council approved the new budget on Tuesday after a long debate.",
        "Mayor Anna Keller called the vote a turning point for the town's finances.",
        "The budget sets aside 12 million euros for road repairs across the district.",
        "Opposition members argued that the cuts would hurt the public libraries.",
        "Hiring of administrative staff is frozen until the end of 2025.",
        "Local businesses welcomed the lower property tax announced in the plan.",
        "A group of residents protested outside the town hall during the session.",
        "The next council meeting is scheduled for March 14 at the old library.",
    ];

    #[test]
    fn identical_versions_align_one_to_one() {
        let beads = align(&STORY, &STORY);
        assert_eq!(beads.len(), STORY.len());
        for (k, (a, b, moved)) in beads.iter().enumerate() {
            assert_eq!(
                (a.as_slice(), b.as_slice(), *moved),
                (&[k][..], &[k][..], false)
            );
        }
    }

    #[test]
    fn split_sentence_is_one_to_two() {
        let mut other: Vec<&str> = STORY.to_vec();
        other.splice(
            2..3,
            [
                "The budget sets aside 12 million euros.",
                "The money goes to road repairs across the district.",
            ],
        );
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[2], &[2, 3]), "{beads:?}");
        assert!(has(&beads, &[3], &[4]));
    }

    #[test]
    fn merged_sentences_are_two_to_one() {
        let mut other: Vec<&str> = STORY.to_vec();
        other.splice(
            3..5,
            ["Opposition members argued that the cuts would hurt the public libraries, and hiring of administrative staff is frozen until the end of 2025."],
        );
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[3, 4], &[3]), "{beads:?}");
        assert!(has(&beads, &[5], &[4]));
    }

    #[test]
    fn three_way_split_and_merge() {
        let mut other: Vec<&str> = STORY.to_vec();
        other.splice(
            5..6,
            [
                "Local businesses welcomed it.",
                "The property tax will be lower.",
                "This was announced in the plan.",
            ],
        );
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[5], &[5, 6, 7]), "{beads:?}");
        // The same edit seen from the other side is a 3-1 bead.
        let beads = align(&other, &STORY);
        assert!(has(&beads, &[5, 6, 7], &[5]), "{beads:?}");
    }

    #[test]
    fn dropped_sentence_stays_alone() {
        let mut other: Vec<&str> = STORY.to_vec();
        other.remove(4);
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[4], &[]), "{beads:?}");
        assert!(has(&beads, &[3], &[3]));
        assert!(has(&beads, &[5], &[4]));
    }

    #[test]
    fn added_sentence_stays_alone() {
        let mut other: Vec<&str> = STORY.to_vec();
        other.insert(
            2,
            "It was the first balanced budget since the flood of 1998 destroyed the bridge.",
        );
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[], &[2]), "{beads:?}");
        assert!(has(&beads, &[1], &[1]));
        assert!(has(&beads, &[2], &[3]));
    }

    #[test]
    fn unrelated_neighbours_are_not_paired() {
        // A sentence dropped where an unrelated heading was added: both stay alone rather than
        // forming a 1-1 bead or joining a neighbour in a merge.
        let mut other: Vec<&str> = STORY.to_vec();
        other[6] = "Protests";
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[6], &[]), "{beads:?}");
        assert!(has(&beads, &[], &[6]), "{beads:?}");
        assert!(has(&beads, &[5], &[5]));
        assert!(has(&beads, &[7], &[7]));
    }

    #[test]
    fn two_single_sentences_are_each_others_counterpart() {
        let beads = align(
            &["Stomp the Yard is a clothing brand by model Bar Rafaeli."],
            &["Stomp the Yard is a 2007 dance drama film produced by Rainforest Films."],
        );
        assert_eq!(beads.len(), 1);
        assert!(has(&beads, &[0], &[0]), "{beads:?}");
    }

    #[test]
    fn tiny_documents_still_align() {
        let a = ["The ministry said 40 people were hurt in the flood."];
        let b = [
            "The ministry said 40 people were hurt in the flood.",
            "It was raining.",
        ];
        let beads = align(&a, &b);
        assert!(has(&beads, &[0], &[0]), "{beads:?}");
        assert!(has(&beads, &[], &[1]), "{beads:?}");
    }

    #[test]
    fn unrelated_long_sentences_in_the_same_place_are_not_a_pair() {
        // A sentence replaced by an unrelated one of similar length: same language, nothing
        // shared, so the DP's pairing by position is undone.
        let mut other: Vec<&str> = STORY.to_vec();
        other[6] = "Nobody could say why the orchestra had cancelled its winter tour of the coast.";
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[6], &[]), "{beads:?}");
        assert!(has(&beads, &[], &[6]), "{beads:?}");
        // Rewritten headings still pair by position.
        let (mut a, mut b): (Vec<&str>, Vec<&str>) = (STORY.to_vec(), STORY.to_vec());
        a.insert(
            0,
            "Council votes to rebuild the old bridge after years of delay",
        );
        b.insert(
            0,
            "Town finally agrees on river crossing plan for next spring",
        );
        let beads = align(&a, &b);
        assert!(has(&beads, &[0], &[0]), "{beads:?}");
    }

    #[test]
    fn lead_in_goes_with_what_it_introduces() {
        let mut other: Vec<&str> = STORY.to_vec();
        other.insert(3, "Critics said:");
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[3], &[3, 4]), "{beads:?}");
        // Not when what follows has no counterpart either: then both are missing.
        let mut other: Vec<&str> = STORY.to_vec();
        other.insert(3, "Critics said:");
        other.insert(4, "Nobody asked the fire brigade about the new ladder.");
        let beads = align(&STORY, &other);
        assert!(has(&beads, &[], &[3]), "{beads:?}");
        assert!(has(&beads, &[], &[4]), "{beads:?}");
    }

    #[test]
    fn moved_paragraph_is_found_off_the_path() {
        let other = [
            STORY[0], STORY[1], STORY[4], STORY[5], STORY[6], STORY[7], STORY[2], STORY[3],
        ];
        let beads = align(&STORY, &other);
        // Either block may be taken as the one that moved; both pairs must be aligned.
        for (a, b) in [(2, 6), (3, 7), (4, 2), (7, 5)] {
            assert!(
                beads.iter().any(|(x, y, _)| x == &[a] && y == &[b]),
                "{a}-{b} in {beads:?}"
            );
        }
        assert!(beads.iter().filter(|(_, _, moved)| *moved).count() >= 2);
    }

    #[test]
    fn invariants_hold_on_random_edits() {
        // Deterministic pseudo-random versions: sentences of the story shuffled, repeated,
        // dropped and cut, including one-sentence and repeated-sentence documents.
        let mut state: u64 = 7;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % n
        };
        let words: Vec<&str> = STORY.iter().flat_map(|s| s.split(' ')).collect();
        for round in 0..200u64 {
            let seed = round.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 7;
            let mut make = |len: usize| -> Vec<String> {
                (0..len)
                    .map(|_| match next(3) {
                        0 => STORY[next(STORY.len())].to_string(),
                        1 => (0..1 + next(12))
                            .map(|_| words[next(words.len())])
                            .collect::<Vec<_>>()
                            .join(" "),
                        _ => STORY[next(2)].to_string(),
                    })
                    .collect()
            };
            let (a, b) = (
                make(1 + (seed as usize) % 12),
                make(1 + (seed >> 8) as usize % 12),
            );
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let b: Vec<&str> = b.iter().map(String::as_str).collect();
            align(&a, &b);
        }
    }

    #[test]
    fn empty_sides_give_null_beads() {
        assert_eq!(align(&STORY[..2], &[]).len(), 2);
        assert_eq!(align(&[], &STORY[..3]).len(), 3);
        assert!(align(&[], &[]).is_empty());
    }
}
