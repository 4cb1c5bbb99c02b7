//! Alignment benchmark: the Text+Berg development data (or given files) in, quality and speed
//! figures on standard output.
//!
//! Usage (from the repository root):
//!
//! ```text
//! cargo run --release --example bench_align -- [quality|speed|all] [--data DIR] [--runs N]
//!     [--pair BASE OTHER GOLD]...
//! ```
//!
//! `quality` aligns `fr.mt-google.txt` (base) against `fr.txt` (monolingual) and `de.txt` against
//! `fr.txt` (German vs French) from `--data` (default `../shared/data/textberg-dev`, relative to
//! the repository root), one sentence per line, and scores both against `gold.tsv` as Vecalign's
//! score.py does (strict, lax) plus exact 1-0/0-1 sentences. `--pair` replaces these two with
//! any files (one sentence per line; gold lines are base indices TAB other indices, 0-based line
//! numbers, comma-separated). Set `BENCH_DUMP=1` to print the predicted beads on standard error. `speed` generates two
//! versions of 5,000 and 50,000 sentences (from the data's sentences with drops, inserts, splits,
//! merges, moves and word edits), aligns them `--runs` times and prints the median time, the
//! accuracy against the known edit truth and the peak resident memory (VmHWM).

use std::collections::HashSet;
use std::time::Instant;

use concord::align::{align_pair, Bead};
use concord::model::{Document, Segmented};
use concord::segment::{segment, Segmenter};

type GoldBead = (Vec<usize>, Vec<usize>);

fn main() {
    let mut mode = "all".to_string();
    let mut data = "../shared/data/textberg-dev".to_string();
    let mut runs = 5usize;
    let mut pairs: Vec<(String, String, String)> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().expect("--data DIR"),
            "--pair" => {
                let mut next = || args.next().expect("--pair BASE OTHER GOLD");
                pairs.push((next(), next(), next()));
            }
            "--runs" => runs = args.next().expect("--runs N").parse().expect("a number"),
            "quality" | "speed" | "all" => mode = a,
            _ => panic!("unknown argument {a}"),
        }
    }
    let file = |path: &str| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let read = |name: &str| file(&format!("{data}/{name}"));
    let lines = |path: &str| {
        let text = file(path);
        let sentences = segment(&text, Segmenter::Lines);
        let mut doc = Document::new(path, text);
        // The language from the file name ("de.txt", "fr.mt-google.txt"), when concord knows it:
        // the aligner then uses the word table between the two languages, if there is one.
        let name = std::path::Path::new(path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("");
        let _ = doc.set_lang(name.split('.').next().unwrap_or(""));
        Segmented { doc, sentences }
    };
    if pairs.is_empty() {
        let gold = format!("{data}/gold.tsv");
        for base in ["fr.mt-google.txt", "de.txt"] {
            pairs.push((
                format!("{data}/{base}"),
                format!("{data}/fr.txt"),
                gold.clone(),
            ));
        }
    }
    if mode == "quality" || mode == "all" {
        for (base_path, other_path, gold_path) in &pairs {
            let gold = parse_gold(&file(gold_path));
            let (base, fr) = (lines(base_path), lines(other_path));
            let name = format!("{} vs {}", short(base_path), short(other_path));
            let t = Instant::now();
            let mut beads = align_pair(&base, &fr);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            // Gold indices are line numbers; blank lines are not sentences, so map back.
            for b in beads.iter_mut() {
                b.base = b.base.iter().map(|&i| line_of(&base, i)).collect();
                b.other = b.other.iter().map(|&j| line_of(&fr, j)).collect();
            }
            let s = score(&beads, &gold);
            if std::env::var_os("BENCH_DUMP").is_some() {
                for b in &beads {
                    eprintln!(
                        "{:?}\t{:?}\t{:.2}{}",
                        b.base,
                        b.other,
                        b.score,
                        if b.moved { " moved" } else { "" }
                    );
                }
            }
            println!(
                "{name}: strict P {:.3} R {:.3} F1 {:.3} | lax P {:.3} R {:.3} F1 {:.3} | \
                 null sentences P {:.3} R {:.3} | {} beads, {} moved, {ms:.1} ms",
                s[0],
                s[1],
                f1(s[0], s[1]),
                s[2],
                s[3],
                f1(s[2], s[3]),
                s[4],
                s[5],
                beads.len(),
                beads.iter().filter(|b| b.moved).count()
            );
        }
    }
    if mode == "speed" || mode == "all" {
        let mut pool: Vec<String> = Vec::new();
        for name in ["fr.txt", "de.txt", "fr.mt-google.txt", "de.mt-google.txt"] {
            pool.extend(read(name).lines().map(|l| l.trim().to_string()));
        }
        pool.retain(|l| l.split_whitespace().count() >= 4);
        for n in [5_000usize, 50_000] {
            let (base, other, truth) = synthetic(&pool, n, 42);
            let mut times = Vec::new();
            let mut beads = Vec::new();
            for _ in 0..runs {
                let t = Instant::now();
                beads = align_pair(&base, &other);
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            let s = score(&beads, &truth);
            println!(
                "synthetic {n} vs {} sentences: median {:.0} ms (min {:.0}, max {:.0}, {runs} runs) | \
                 strict F1 {:.3} lax F1 {:.3} null P {:.3} R {:.3} | {} moved | peak RSS {} MB",
                other.sentences.len(),
                times[times.len() / 2],
                times[0],
                times[times.len() - 1],
                f1(s[0], s[1]),
                f1(s[2], s[3]),
                s[4],
                s[5],
                beads.iter().filter(|b| b.moved).count(),
                peak_rss_kb() / 1024
            );
        }
    }
}

/// The file name of a path.
fn short(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// 0-based line number of sentence `i`.
fn line_of(s: &Segmented, i: usize) -> usize {
    s.doc.line_col(s.sentences[i].start).0 - 1
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn parse_gold(text: &str) -> Vec<GoldBead> {
    let side = |s: &str| -> Vec<usize> {
        s.split(',')
            .filter(|x| !x.trim().is_empty())
            .map(|x| x.trim().parse().expect("index"))
            .collect()
    };
    text.lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (a, b) = l.split_once('\t').unwrap_or((l, ""));
            (side(a), side(b))
        })
        .collect()
}

/// [strict P, strict R, lax P, lax R, null-sentence P, null-sentence R].
fn score(beads: &[Bead], gold: &[GoldBead]) -> [f64; 6] {
    let pred: Vec<GoldBead> = beads
        .iter()
        .map(|b| (b.base.clone(), b.other.clone()))
        .collect();
    let full = |v: &[GoldBead]| -> Vec<GoldBead> {
        v.iter()
            .filter(|(a, b)| !a.is_empty() && !b.is_empty())
            .cloned()
            .collect()
    };
    let (pf, gf) = (full(&pred), full(gold));
    let gset: HashSet<&GoldBead> = gf.iter().collect();
    let pset: HashSet<&GoldBead> = pf.iter().collect();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let strict_p = ratio(pf.iter().filter(|b| gset.contains(b)).count(), pf.len());
    let strict_r = ratio(gf.iter().filter(|b| pset.contains(b)).count(), gf.len());
    let overlaps = |x: &GoldBead, y: &GoldBead| {
        x.0.iter().any(|i| y.0.contains(i)) && x.1.iter().any(|j| y.1.contains(j))
    };
    // Index gold beads by base sentence so lax matching stays linear.
    let mut by_base: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (k, g) in gf.iter().enumerate() {
        for &i in &g.0 {
            by_base.entry(i).or_default().push(k);
        }
    }
    let mut hit_gold = vec![false; gf.len()];
    let mut lax_hits = 0;
    for p in &pf {
        let mut any = false;
        for i in &p.0 {
            for &k in by_base.get(i).map(|v| v.as_slice()).unwrap_or(&[]) {
                if overlaps(p, &gf[k]) {
                    any = true;
                    hit_gold[k] = true;
                }
            }
        }
        lax_hits += any as usize;
    }
    let lax_p = ratio(lax_hits, pf.len());
    let lax_r = ratio(hit_gold.iter().filter(|&&h| h).count(), gf.len());
    let nulls = |v: &[GoldBead]| -> HashSet<(u8, usize)> {
        let mut s = HashSet::new();
        for (a, b) in v {
            if b.is_empty() {
                s.extend(a.iter().map(|&i| (0u8, i)));
            }
            if a.is_empty() {
                s.extend(b.iter().map(|&j| (1u8, j)));
            }
        }
        s
    };
    let (pn, gn) = (nulls(&pred), nulls(gold));
    let both = pn.intersection(&gn).count();
    [
        strict_p,
        strict_r,
        lax_p,
        lax_r,
        ratio(both, pn.len()),
        ratio(both, gn.len()),
    ]
}

/// Deterministic pseudo-random numbers (a 64-bit LCG), so every run sees the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Two versions of `n` base sentences drawn from `pool` (with a serial number so that each is
/// distinct), the other edited: 2 % dropped, 2 % inserted, 2 % split at a word, 2 % merged with
/// the next, 1 % of 5-sentence paragraphs moved, a fifth of words changed. Returns the gold beads.
fn synthetic(pool: &[String], n: usize, seed: u64) -> (Segmented, Segmented, Vec<GoldBead>) {
    let mut rng = Rng(seed);
    // Inserted sentences come from the other half of the pool, so that an insertion never
    // repeats a dropped sentence (which would rightly be taken for a move).
    let (pool, extra) = pool.split_at(pool.len() / 2);
    let base: Vec<String> = (0..n)
        .map(|k| {
            let s = &pool[rng.below(pool.len())];
            format!("{s} ({k})")
        })
        .collect();
    let edit = |s: &str, rng: &mut Rng| -> String {
        s.split_whitespace()
            .map(|w| {
                if rng.chance(20) {
                    let w2 = &pool[rng.below(pool.len())];
                    w2.split_whitespace().next().unwrap_or(w).to_string()
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Build the other version as a list of (text, base indices) pieces.
    let mut pieces: Vec<(String, Vec<usize>)> = Vec::new();
    let mut moved: Vec<(String, Vec<usize>)> = Vec::new();
    let mut i = 0;
    while i < n {
        if rng.chance(1) && i + 5 < n {
            for (k, s) in base.iter().enumerate().skip(i).take(5) {
                moved.push((edit(s, &mut rng), vec![k]));
            }
            i += 5;
            continue;
        }
        if !moved.is_empty() && rng.chance(2) {
            pieces.append(&mut moved);
        }
        if rng.chance(2) {
            let s = &extra[rng.below(extra.len())];
            pieces.push((format!("{s} [{i}]"), vec![]));
        }
        let r = rng.below(100);
        if r < 2 {
            // dropped
        } else if r < 4 {
            let e = edit(&base[i], &mut rng);
            let words: Vec<&str> = e.split_whitespace().collect();
            let cut = words.len() / 2;
            pieces.push((words[..cut].join(" "), vec![i]));
            pieces.push((words[cut..].join(" "), vec![i]));
        } else if r < 6 && i + 1 < n {
            let e = format!(
                "{} {}",
                edit(&base[i], &mut rng),
                edit(&base[i + 1], &mut rng)
            );
            pieces.push((e, vec![i, i + 1]));
            i += 1;
        } else {
            pieces.push((edit(&base[i], &mut rng), vec![i]));
        }
        i += 1;
    }
    pieces.append(&mut moved);
    // Gold beads: group consecutive other pieces with the same base indices (splits).
    let mut gold: Vec<GoldBead> = Vec::new();
    let mut covered = vec![false; n];
    for (j, (_, b)) in pieces.iter().enumerate() {
        match gold.last_mut() {
            Some(last) if !b.is_empty() && last.0 == *b => last.1.push(j),
            _ => gold.push((b.clone(), vec![j])),
        }
        for &k in b {
            covered[k] = true;
        }
    }
    for (k, c) in covered.iter().enumerate() {
        if !c {
            gold.push((vec![k], vec![]));
        }
    }
    let doc = |name: &str, lines: Vec<String>| {
        let text = lines.join("\n");
        let sentences = segment(&text, Segmenter::Lines);
        Segmented {
            doc: Document::new(name, text),
            sentences,
        }
    };
    let other = doc("other", pieces.into_iter().map(|p| p.0).collect());
    (doc("base", base), other, gold)
}

/// Peak resident set size of this process in KiB (VmHWM), or 0 where /proc is missing.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}
