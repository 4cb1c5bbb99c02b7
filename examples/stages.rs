//! Per-stage benchmark: the pipeline's stages timed one by one on generated news versions, so that
//! a regression shows which stage it is in. Prints a table; asserts nothing about time.
//!
//! ```text
//! cargo run --release --example stages                # full: stories, 2 × 5k, 10 × 5k, 2 × 50k
//! cargo run --release --example stages -- --quick     # what .ci/run prints (a few seconds)
//! cargo run --release --example stages -- --runs 9 --only 5k
//! ```
//!
//! Cases: `story` (300 stories of 15–30 sentences, two versions each with a few edits, one in
//! four defining an acronym: the batch workload; figures per story), `5k` (two versions of 5,000
//! sentences), `10x5k` (ten versions of 5,000) and `50k` (two of 50,000). Stages, as
//! `concord::check_documents` runs them: `segment`, `align`, `extract` (with the story's own
//! alias definitions), `compare`, `report` (fingerprints, suppress, then the JSON and the human
//! renderer into memory). Times are the CPU time of the process, all threads (Linux; wall time
//! elsewhere), the median of `--runs` runs (3 quick, 5 full).

use std::time::Instant;

use concord::model::{Document, Report, Segmented};
use concord::report::RenderOptions;
use concord::Options;

/// CPU time of the process (all threads: stages may run in parallel), in seconds.
#[cfg(target_os = "linux")]
fn now() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec to the pointer it is given.
    unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.sec as f64 + t.nsec as f64 * 1e-9
}

#[cfg(not(target_os = "linux"))]
fn now() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

const STAGES: [&str; 5] = ["segment", "align", "extract", "compare", "report"];

/// Run the pipeline on one story's versions, adding each stage's CPU seconds to `t`.
fn pipeline(
    texts: &[String],
    opts: &Options,
    knowledge: &concord::extract::Knowledge,
    t: &mut [f64; 5],
) {
    let mut clock = now();
    let mut lap = |t: &mut [f64; 5], k: usize| {
        let c = now();
        t[k] += c - clock;
        clock = c;
    };
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, s)| Document::new(format!("v{i}.txt"), s.clone()))
        .collect();
    let documents: Vec<Segmented> = concord::segment_all(docs, opts);
    lap(t, 0);
    let alignment = concord::align::align_all(&documents);
    lap(t, 1);
    let story = knowledge.with_definitions(&documents);
    let facts = concord::extract::extract_all(&documents, &story);
    lap(t, 2);
    let findings = concord::compare::compare(&documents, &facts, &alignment, &story);
    lap(t, 3);
    let mut report = Report {
        documents,
        alignment,
        findings,
        baseline: None,
    };
    concord::fingerprint::assign(&mut report);
    concord::suppress::run(&mut report, &opts.suppress);
    let mut out = Vec::new();
    concord::report::render_json(&report, &mut out).expect("in memory");
    let ropts = RenderOptions {
        color: false,
        width: 80,
        cwd: None,
        ..RenderOptions::default()
    };
    concord::report::human::render_check(&report, &ropts, &mut out).expect("in memory");
    std::hint::black_box(&out);
    lap(t, 4);
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut quick = false;
    let mut runs = None;
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--quick" => quick = true,
            "--runs" => runs = Some(args.next().and_then(|n| n.parse().ok()).expect("--runs N")),
            "--only" => only = Some(args.next().expect("--only CASE")),
            _ => panic!("unknown argument {a} (--quick, --runs N, --only story|5k|10x5k|50k)"),
        }
    }
    let runs: usize = runs.unwrap_or(if quick { 3 } else { 5 });
    let opts = Options::default();
    let knowledge = concord::knowledge(&opts).expect("embedded knowledge");
    let mut cases: Vec<(&str, Vec<Vec<String>>)> = vec![
        ("story", (0..300).map(|k| story(k, 15 + k % 16)).collect()),
        ("5k", vec![versions(5_000, 2)]),
    ];
    if !quick {
        cases.push(("10x5k", vec![versions(5_000, 10)]));
        cases.push(("50k", vec![versions(50_000, 2)]));
    }
    println!(
        "CPU per stage, median of {runs} runs ({}); story: per story",
        if cfg!(target_os = "linux") {
            "process CPU time"
        } else {
            "wall time"
        }
    );
    println!(
        "| case | sentences | {} | total | rate |",
        STAGES.join(" | ")
    );
    println!("|---|---|{}---|---|", "---|".repeat(STAGES.len()));
    let mut parallel = Vec::new();
    for (name, stories) in cases {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut per_run: Vec<[f64; 5]> = Vec::new();
        let wall = Instant::now();
        for _ in 0..runs {
            let mut t = [0.0; 5];
            for texts in &stories {
                pipeline(texts, &opts, &knowledge, &mut t);
            }
            per_run.push(t);
        }
        let scale = 1.0 / stories.len() as f64;
        let stage: Vec<f64> = (0..5)
            .map(|k| median(per_run.iter().map(|t| t[k] * scale).collect()))
            .collect();
        let total = median(
            per_run
                .iter()
                .map(|t| t.iter().sum::<f64>() * scale)
                .collect(),
        );
        // Sentences of the first story, all versions, as segmented.
        let sentences: usize = stories[0]
            .iter()
            .map(|v| concord::segment::segment(v, opts.segmenter).len())
            .sum();
        let fmt = |s: f64| {
            if s < 0.01 {
                format!("{:.0} µs", s * 1e6)
            } else {
                format!("{:.1} ms", s * 1e3)
            }
        };
        let rate = if stories.len() > 1 {
            format!("{:.0} stories/s", 1.0 / total)
        } else {
            format!("{:.1} s wall for {runs}", wall.elapsed().as_secs_f64())
        };
        if name == "10x5k" {
            parallel.push(parallel_ratio(&stories[0], &opts, &knowledge, runs));
        }
        println!(
            "| {name} | {}{} | {} | {} | {rate} |",
            if stories.len() > 1 { "~" } else { "" },
            sentences,
            stage
                .iter()
                .map(|&s| fmt(s))
                .collect::<Vec<_>>()
                .join(" | "),
            fmt(total),
        );
    }
    for line in parallel {
        println!("{line}");
    }
}

/// Wall time of aligning and extracting the other versions as `check` does (in parallel when
/// there are several long ones) against one after the other on this thread, medians of `runs`.
fn parallel_ratio(
    texts: &[String],
    opts: &Options,
    knowledge: &concord::extract::Knowledge,
    runs: usize,
) -> String {
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, s)| Document::new(format!("v{i}.txt"), s.clone()))
        .collect();
    let documents = concord::segment_all(docs, opts);
    let (mut par, mut one) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        let units = concord::align::align_all(&documents);
        let facts = concord::extract::extract_all(&documents, knowledge);
        std::hint::black_box((&units, &facts));
        par.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let pairs: Vec<_> = documents[1..]
            .iter()
            .map(|o| concord::align::align_pair(&documents[0], o))
            .collect();
        let units = concord::align::join(&documents, &pairs);
        let facts: Vec<_> = documents
            .iter()
            .map(|d| concord::extract::extract(d, knowledge))
            .collect();
        std::hint::black_box((&units, &facts));
        one.push(t.elapsed().as_secs_f64());
    }
    let (p, o) = (median(par), median(one));
    format!(
        "10x5k align + extract, wall: {p:.2} s parallel ({} threads) against {o:.2} s on one thread: {:.2}×",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        p / o
    )
}

/// A deterministic pseudo-random source (an LCG; the bench needs reproducible text, not quality).
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next(xs.len())]
    }
    fn chance(&mut self, per_mille: usize) -> bool {
        self.next(1000) < per_mille
    }
}

const FIRST: [&str; 10] = [
    "Anna", "Pierre", "Maria", "John", "Fatima", "Kenji", "Olga", "Ahmed", "Lucia", "David",
];
const LAST: [&str; 10] = [
    "Keller", "Dubois", "Rossi", "Smith", "Haddad", "Tanaka", "Petrova", "Mansour", "Garcia",
    "Levin",
];
const COUNTRIES: [&str; 12] = [
    "France", "Germany", "Italy", "Japan", "China", "India", "Brazil", "Kenya", "Egypt", "Sweden",
    "Peru", "Chile",
];
const CITIES: [&str; 10] = [
    "Paris", "Berlin", "Rome", "Tokyo", "Delhi", "Cairo", "Nairobi", "Lima", "Geneva", "Vienna",
];
const ORGS: [&str; 5] = [
    "the United Nations",
    "the World Bank",
    "the European Union",
    "the Red Cross",
    "NATO",
];
const MONTHS: [&str; 6] = ["January", "March", "May", "July", "September", "November"];
const VERBS: [&str; 4] = ["said", "announced", "warned", "confirmed"];
const THINGS: [&str; 6] = [
    "the ceasefire",
    "the trade agreement",
    "the new budget",
    "the border talks",
    "the energy deal",
    "the sanctions",
];
const AGENCIES: [(&str, &str); 3] = [
    ("International Atomic Energy Agency", "IAEA"),
    ("World Food Programme", "WFP"),
    ("Zorvian Maritime Safety Authority", "ZMSA"),
];

fn sentence(r: &mut Rng, serial: usize) -> String {
    let p = format!("{} {}", r.pick(&FIRST), r.pick(&LAST));
    let n = 2 + r.next(9_000);
    let date = format!(
        "on {} {} {}",
        1 + r.next(28),
        r.pick(&MONTHS),
        1990 + r.next(35)
    );
    let (c, v, city) = (r.pick(&COUNTRIES), r.pick(&VERBS), r.pick(&CITIES));
    match r.next(6) {
        0 => format!("{p}, the foreign minister of {c}, {v} {date} that {} would be signed in {city} (item {serial}).", r.pick(&THINGS)),
        1 => format!("At least {n} people were killed in {city} {date}, officials in {c} {v} (item {serial})."),
        2 => format!("{} {v} that {n} families in {c} had lost their homes, and {p} {v} that help was coming (item {serial}).", cap(r.pick(&ORGS))),
        3 => format!("\"We will not accept this,\" {p} {v} {date} in {city} (item {serial})."),
        4 => format!("Unemployment in {c} rose to {} per cent in {}, {} {v} (item {serial}).", 3 + r.next(20), r.pick(&MONTHS), r.pick(&ORGS)),
        _ => format!("Talks between {c} and {} resumed in {city} {date} (item {serial}).", r.pick(&COUNTRIES)),
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// An edited copy: sentences dropped, inserted, merged, numbers changed (rates per mille).
fn edit(r: &mut Rng, base: &[String], rate: usize) -> Vec<String> {
    let mut out = Vec::with_capacity(base.len());
    let mut i = 0;
    while i < base.len() {
        if r.chance(rate) {
            out.push(sentence(r, 900_000 + i));
        }
        if r.chance(rate) {
            i += 1;
            continue;
        }
        let mut s = base[i].clone();
        if r.chance(rate) {
            if let Some(k) = s.find(|c: char| c.is_ascii_digit()) {
                s.replace_range(k..k + 1, if &s[k..k + 1] == "7" { "3" } else { "7" });
            }
        }
        if r.chance(rate) && i + 1 < base.len() {
            s = format!("{}; {}", &s[..s.len() - 1], base[i + 1]);
            i += 1;
        }
        out.push(s);
        i += 1;
    }
    out
}

/// Sentences as paragraphs of 1–5 sentences.
fn write(r: &mut Rng, sentences: &[String]) -> String {
    let mut text = String::new();
    for (k, s) in sentences.iter().enumerate() {
        text.push_str(s);
        text.push_str(if k + 1 == sentences.len() {
            "\n"
        } else if r.chance(300) {
            "\n\n"
        } else {
            " "
        });
    }
    text
}

/// One story of `n` sentences and an edited version; one in four opens by defining an acronym.
fn story(k: usize, n: usize) -> Vec<String> {
    let mut r = Rng(k as u64 * 7919 + 1);
    let mut base: Vec<String> = (0..n).map(|i| sentence(&mut r, i)).collect();
    if k.is_multiple_of(4) {
        let (name, acr) = AGENCIES[k % 3];
        let c = r.pick(&COUNTRIES);
        base.insert(
            0,
            format!("Inspectors of the {name} ({acr}) arrived in {c} on Monday."),
        );
        base.push(format!(
            "The {acr} said that {} sites in {c} had been visited.",
            2 + r.next(90)
        ));
    }
    let other = edit(&mut r, &base, 30);
    vec![write(&mut r, &base), write(&mut r, &other)]
}

/// `count` versions of `n` sentences: the base and edited copies.
fn versions(n: usize, count: usize) -> Vec<String> {
    let mut r = Rng(n as u64);
    let base: Vec<String> = (0..n).map(|i| sentence(&mut r, i)).collect();
    let mut out = vec![write(&mut r, &base)];
    for _ in 1..count {
        let other = edit(&mut r, &base, 20);
        out.push(write(&mut r, &other));
    }
    out
}
