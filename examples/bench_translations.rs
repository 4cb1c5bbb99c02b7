//! Translation benchmark (issue 9): the translations-dev pairs in, false findings per 1,000
//! source sentences, segment alignment and MQM recall/precision figures per language pair and
//! direction on standard output.
//!
//! Usage (from the repository root):
//!
//! ```text
//! cargo run --release --example bench_translations -- [DIR] [--examples N]
//! ```
//!
//! DIR defaults to `../shared/data/translations-dev` and must hold `pairs.jsonl` (one document
//! pair a line: `src` and `tgt` as lists of segments, segment i of one = segment i of the other;
//! see `../shared/data/README.md`). Each side becomes one `Document`, its segments joined by a
//! blank line (a paragraph each, so no sentence can straddle two segments), and the whole
//! library pipeline (`concord::check_documents`, `Options::default()`, knowledge built once)
//! runs twice per pair: source as base, then translation as base. Every sentence and every
//! finding location is mapped back to its gold segment by byte offset.
//!
//! Figures (definitions repeated in `docs/benchmarks.md`):
//!
//! - **False findings** (`kind: faithful`): findings per 1,000 source segments (the data's
//!   sentences; concord's own sentence count is printed beside), per check id, and the most
//!   frequent findings (same check id and same text on each side) as examples; and how many
//!   number findings have their digits on both sides of the segment (misread, not changed).
//! - **Alignment** (every pair): a gold segment with text on both sides is *aligned within its
//!   own segment* when every concord unit holding one of its sentences (on either side) holds
//!   only sentences of that segment on both sides and has sentences on both sides. Failures
//!   are counted by cause: joined with another segment, or left without counterpart.
//! - **MQM** (`kind: mqm`): *number recall*: segments with an accuracy error whose marked span
//!   touches a number (the data's `kinds` has `number`) that have a `number-mismatch` or
//!   `number-missing` finding located in them; also over the subset whose digit values differ
//!   between the sides. *Names in dropped passages*: omission errors whose span holds a name
//!   (`kinds` has `entity`), with an `entity-*` finding; and, as a stand-in, accuracy errors on
//!   a name (`kinds` has `entity`). *Error findings on Major-accuracy segments*: error findings
//!   with a location in a segment that has a Major accuracy error, over all error findings.
//!   Beside the recalls, the share of segments without a number (name) error that still get a
//!   number (entity) finding.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use concord::model::{Document, Report, Severity};
use concord::Options;

#[derive(serde::Deserialize)]
struct Pair {
    kind: String,
    pair: String,
    system: String,
    doc: String,
    src: Vec<String>,
    tgt: Vec<String>,
    #[serde(default)]
    gold: HashMap<String, Gold>,
}

#[derive(serde::Deserialize)]
struct Gold {
    errors: Vec<MqmError>,
}

#[derive(serde::Deserialize)]
struct MqmError {
    category: String,
    severity: String,
    text: String,
    #[serde(default)]
    kinds: Vec<String>,
}

/// One side as a document: segments joined by blank lines, with each segment's start offset.
fn document(name: String, segments: &[String]) -> (Document, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(segments.len());
    for (i, s) in segments.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        starts.push(text.len());
        // A segment with a blank line of its own would split into two paragraphs; it stays one
        // segment because offsets, not paragraphs, map sentences back.
        text.push_str(s);
    }
    (Document::new(name, text), starts)
}

/// The gold segment holding byte `offset`.
fn segment_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).saturating_sub(1)
}

/// Digit values of a text, separators of thousands dropped and a decimal comma read as a point
/// (`40.000` = `40,000` = `40000`; `2,5` = `2.5`). Spelled and CJK numerals are not read: this
/// label is indicative only.
fn digit_values(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut value = String::new();
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                value.push(c);
                i += 1;
            } else if matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}' | '\'')
                && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())
            {
                let group = chars[i + 1..]
                    .iter()
                    .take_while(|d| d.is_ascii_digit())
                    .count();
                if group != 3 {
                    value.push('.');
                }
                i += 1;
            } else {
                break;
            }
        }
        out.insert(value);
    }
    out
}

/// Month names of the bench's languages, lower case (English and German in full, Russian as
/// stems, Chinese 月), to label findings next to a date. Bench labelling only: the product
/// reads none of these.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
];
const MONTH_STEMS: &[&str] = &[
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// Whether `text` names a month (see [`MONTHS`]).
fn has_month(text: &str) -> bool {
    text.contains('月')
        || text.split(|c: char| !c.is_alphabetic()).any(|w| {
            // "may" and "march" are verbs; "May" and "March" only as months.
            let lower = w.to_lowercase();
            w == "May"
                || w == "March"
                || MONTHS.contains(&lower.as_str())
                || MONTH_STEMS.iter().any(|m| lower.starts_with(m))
        })
}

/// Counts for one language pair and direction.
#[derive(Default)]
struct Stats {
    // Faithful pairs.
    faithful_pairs: usize,
    source_segments: usize,
    source_sentences: usize,
    by_rule: BTreeMap<(&'static str, Severity), usize>,
    examples: HashMap<(&'static str, String, String), (usize, String)>,
    // Number findings (warnings and errors): all, those whose digits are on both sides of the
    // segment, and those among them next to a month name.
    number_findings: usize,
    number_same_digits: usize,
    number_same_digits_month: usize,
    // Alignment, by kind.
    aligned: BTreeMap<String, (usize, usize)>,
    misaligned: Vec<String>,
    // Misaligned segments by kind: (in a unit with another segment, in a one-sided unit).
    misaligned_by_cause: BTreeMap<String, (usize, usize)>,
    // MQM pairs.
    number: (usize, usize),
    number_changed: (usize, usize),
    dropped_names: (usize, usize),
    names: (usize, usize),
    errors_on_major: (usize, usize),
    // Segments without a number (resp. name) error that still get a number (entity) finding.
    number_alarms: (usize, usize),
    name_alarms: (usize, usize),
    mqm_segments: usize,
    major_segments: usize,
    missed_numbers: Vec<String>,
}

fn short(s: &str, n: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

fn main() {
    let mut dir = "../shared/data/translations-dev".to_string();
    let mut shown = 10usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--examples" => {
                shown = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--examples N")
            }
            _ => dir = a,
        }
    }
    let path = format!("{dir}/pairs.jsonl");
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let opts = Options::default();
    let knowledge = concord::knowledge(&opts).expect("knowledge");
    let started = std::time::Instant::now();
    let mut stats: BTreeMap<(String, &'static str), Stats> = BTreeMap::new();
    let mut runs = 0usize;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let p: Pair = serde_json::from_str(line).expect("a JSON pair");
        let (src_lang, tgt_lang) = p.pair.split_once('-').expect("pair like en-de");
        let name = |lang: &str| format!("{}/{}/{}.{lang}", p.doc, p.system, p.kind);
        for direction in ["source base", "translation base"] {
            let (src_doc, src_starts) = document(name(src_lang), &p.src);
            let (tgt_doc, tgt_starts) = document(name(tgt_lang), &p.tgt);
            let source_first = direction == "source base";
            let docs = if source_first {
                vec![src_doc, tgt_doc]
            } else {
                vec![tgt_doc, src_doc]
            };
            let starts = if source_first {
                [&src_starts, &tgt_starts]
            } else {
                [&tgt_starts, &src_starts]
            };
            let report = concord::check_documents(docs, &opts, &knowledge);
            runs += 1;
            let s = stats.entry((p.pair.clone(), direction)).or_default();
            score(&p, &report, starts, source_first, s, shown);
        }
    }
    let elapsed = started.elapsed();
    print(&stats, shown);
    println!(
        "{runs} runs of the whole pipeline in {:.1} s (one thread)",
        elapsed.as_secs_f64()
    );
}

/// Add one report's figures to `s`. `starts[d]` are the segment offsets of report document `d`.
fn score(
    p: &Pair,
    report: &Report,
    starts: [&Vec<usize>; 2],
    source_first: bool,
    s: &mut Stats,
    shown: usize,
) {
    let source_doc = if source_first { 0 } else { 1 };
    let segments = p.src.len();
    // Gold segment of every sentence of each document.
    let seg_of: Vec<Vec<usize>> = (0..2)
        .map(|d| {
            report.documents[d]
                .sentences
                .iter()
                .map(|span| segment_of(starts[d], span.start))
                .collect()
        })
        .collect();

    // Alignment: a segment is wrong as soon as one unit touching it leaks out of it or lacks a
    // side.
    // Per segment: touched by a unit, by a unit spanning other segments, by a one-sided unit.
    let mut touched = vec![false; segments];
    let mut leaks = vec![false; segments];
    let mut lonely = vec![false; segments];
    for unit in &report.alignment {
        let segs: BTreeSet<usize> = (0..2)
            .flat_map(|d| {
                unit.members[d]
                    .iter()
                    .map(|&i| seg_of[d][i])
                    .collect::<Vec<_>>()
            })
            .collect();
        let one_sided = unit.members[0].is_empty() || unit.members[1].is_empty();
        for &g in &segs {
            touched[g] = true;
            leaks[g] |= segs.len() > 1;
            lonely[g] |= one_sided;
        }
    }
    let scored: Vec<usize> = (0..segments)
        .filter(|&g| !p.src[g].trim().is_empty() && !p.tgt[g].trim().is_empty())
        .collect();
    let a = s.aligned.entry(p.kind.clone()).or_default();
    a.1 += scored.len();
    for &g in &scored {
        if touched[g] && !leaks[g] && !lonely[g] {
            a.0 += 1;
            continue;
        }
        let cause = s.misaligned_by_cause.entry(p.kind.clone()).or_default();
        cause.0 += leaks[g] as usize;
        cause.1 += lonely[g] as usize;
        if s.misaligned.len() < shown {
            s.misaligned.push(format!(
                "{} {} segment {g}: {:?} | {:?}",
                p.doc,
                p.system,
                short(&p.src[g], 90),
                short(&p.tgt[g], 90)
            ));
        }
    }

    // Segments a finding is located in, per document.
    let located = |f: &concord::model::Finding| -> Vec<(usize, usize)> {
        f.locations
            .iter()
            .filter(|l| l.document < 2)
            .map(|l| (l.document, segment_of(starts[l.document], l.span.start)))
            .collect()
    };

    if p.kind == "faithful" {
        s.faithful_pairs += 1;
        s.source_segments += segments;
        s.source_sentences += report.documents[source_doc].sentences.len();
        for f in &report.findings {
            *s.by_rule.entry((f.check.id(), f.severity)).or_default() += 1;
            if f.severity == Severity::Info {
                continue;
            }
            let text = |d: usize| {
                f.locations
                    .iter()
                    .find(|l| l.document == d)
                    .map(|l| l.span.slice(&report.documents[d].doc.text).to_string())
                    .unwrap_or_default()
            };
            if f.check.id().starts_with("number-") {
                // The digits of the finding, found again on both sides of its segment: the
                // number was translated and concord misread it (format, scale word, date).
                s.number_findings += 1;
                let g = located(f).first().map(|&(_, g)| g).unwrap_or(0);
                let digits: BTreeSet<String> =
                    (0..2).flat_map(|d| digit_values(&text(d))).collect();
                let (src_values, tgt_values) = (digit_values(&p.src[g]), digit_values(&p.tgt[g]));
                if !digits.is_empty()
                    && digits
                        .iter()
                        .all(|v| src_values.contains(v) && tgt_values.contains(v))
                {
                    s.number_same_digits += 1;
                    if has_month(&p.src[g]) && has_month(&p.tgt[g]) {
                        s.number_same_digits_month += 1;
                    }
                }
            }
            let key = (f.check.id(), text(0), text(1));
            let e = s.examples.entry(key).or_insert_with(|| {
                let g = located(f).first().map(|&(_, g)| g).unwrap_or(0);
                let ex = format!(
                    "{} {} segment {g}: {:?} | {:?}",
                    p.doc,
                    p.system,
                    short(&p.src[g], 120),
                    short(&p.tgt[g], 120)
                );
                (0, ex)
            });
            e.0 += 1;
        }
        return;
    }
    if p.kind != "mqm" {
        return;
    }
    let accuracy = |e: &MqmError| e.category.starts_with("Accuracy");
    let errors_at = |g: usize| -> &[MqmError] {
        p.gold
            .get(&g.to_string())
            .map(|x| x.errors.as_slice())
            .unwrap_or(&[])
    };
    // Segments holding a finding of these rules (either side's location).
    let hit = |rules: &[&str]| -> BTreeSet<usize> {
        report
            .findings
            .iter()
            .filter(|f| rules.contains(&f.check.id()))
            .flat_map(|f| located(f).into_iter().map(|(_, g)| g))
            .collect()
    };
    let numbers = hit(&["number-mismatch", "number-missing"]);
    let names = hit(&["entity-mismatch", "entity-missing"]);
    s.mqm_segments += segments;
    for g in 0..segments {
        let errors = errors_at(g);
        let kind = |k: &str, only: &dyn Fn(&MqmError) -> bool| {
            errors
                .iter()
                .any(|e| accuracy(e) && only(e) && e.kinds.iter().any(|x| x == k))
        };
        if !kind("number", &|_| true) {
            s.number_alarms.1 += 1;
            s.number_alarms.0 += numbers.contains(&g) as usize;
        }
        if !kind("entity", &|_| true) {
            s.name_alarms.1 += 1;
            s.name_alarms.0 += names.contains(&g) as usize;
        }
        if kind("number", &|_| true) {
            s.number.1 += 1;
            s.number.0 += numbers.contains(&g) as usize;
            if digit_values(&p.src[g]) != digit_values(&p.tgt[g]) {
                s.number_changed.1 += 1;
                s.number_changed.0 += numbers.contains(&g) as usize;
            }
            if !numbers.contains(&g) && s.missed_numbers.len() < shown {
                let marked: Vec<&str> = errors.iter().map(|e| e.text.as_str()).collect();
                s.missed_numbers.push(format!(
                    "{} {} segment {g}: {:?} | {:?} (marked {:?})",
                    p.doc,
                    p.system,
                    short(&p.src[g], 90),
                    short(&p.tgt[g], 90),
                    marked
                ));
            }
        }
        if kind("entity", &|e| e.category == "Accuracy/Omission") {
            s.dropped_names.1 += 1;
            s.dropped_names.0 += names.contains(&g) as usize;
        }
        if kind("entity", &|_| true) {
            s.names.1 += 1;
            s.names.0 += names.contains(&g) as usize;
        }
        if errors.iter().any(|e| accuracy(e) && e.severity == "Major") {
            s.major_segments += 1;
        }
    }
    for f in report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
    {
        s.errors_on_major.1 += 1;
        let on_major = located(f).iter().any(|&(_, g)| {
            errors_at(g)
                .iter()
                .any(|e| accuracy(e) && e.severity == "Major")
        });
        s.errors_on_major.0 += on_major as usize;
    }
}

fn ratio((hit, all): (usize, usize)) -> String {
    if all == 0 {
        "n/a (0 cases)".to_string()
    } else {
        format!("{:.3} ({hit}/{all})", hit as f64 / all as f64)
    }
}

fn print(stats: &BTreeMap<(String, &'static str), Stats>, shown: usize) {
    println!("## False findings on faithful translations (per 1,000 source segments)\n");
    println!("| pair | base | pairs | source segments | source sentences (concord) | errors /1k | warnings /1k | info /1k | by check id (count) |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for ((pair, direction), s) in stats {
        if s.faithful_pairs == 0 {
            continue;
        }
        let per_k = |sev: Severity| {
            let n: usize = s
                .by_rule
                .iter()
                .filter(|((_, v), _)| *v == sev)
                .map(|(_, n)| n)
                .sum();
            format!("{:.1}", n as f64 * 1000.0 / s.source_segments as f64)
        };
        let rules: Vec<String> = s
            .by_rule
            .iter()
            .map(|((rule, sev), n)| {
                format!(
                    "{rule} ({}) {n} = {:.1}",
                    sev.as_str(),
                    *n as f64 * 1000.0 / s.source_segments as f64
                )
            })
            .collect();
        println!(
            "| {pair} | {direction} | {} | {} | {} | {} | {} | {} | {} |",
            s.faithful_pairs,
            s.source_segments,
            s.source_sentences,
            per_k(Severity::Error),
            per_k(Severity::Warning),
            per_k(Severity::Info),
            rules.join("; ")
        );
    }
    println!(
        "\nNumber findings whose digits are on both sides of their segment (misread numbers):\n"
    );
    println!("| pair | base | number findings | same digits on both sides | of which with a month name on both sides |");
    println!("|---|---|---|---|---|");
    for ((pair, direction), s) in stats {
        if s.faithful_pairs == 0 {
            continue;
        }
        println!(
            "| {pair} | {direction} | {} | {} | {} |",
            s.number_findings,
            ratio((s.number_same_digits, s.number_findings)),
            s.number_same_digits_month
        );
    }
    for ((pair, direction), s) in stats {
        if s.faithful_pairs == 0 {
            continue;
        }
        println!("\n### {pair}, {direction}: the {shown} most frequent false findings\n");
        let mut ex: Vec<_> = s.examples.iter().collect();
        ex.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        for ((rule, base, other), (n, example)) in ex.into_iter().take(shown) {
            println!(
                "- {n}× {rule}: {:?} → {:?}\n  e.g. {example}",
                short(base, 60),
                short(other, 60)
            );
        }
    }

    println!("\n## Alignment: gold segments aligned within their own segment\n");
    println!("| pair | base | kind | share | wrong: joined with another segment | wrong: left without counterpart |");
    println!("|---|---|---|---|---|---|");
    for ((pair, direction), s) in stats {
        for (kind, &counts) in &s.aligned {
            let (joined, lonely) = s.misaligned_by_cause.get(kind).copied().unwrap_or_default();
            println!(
                "| {pair} | {direction} | {kind} | {} | {joined} | {lonely} |",
                ratio(counts)
            );
        }
    }
    for ((pair, direction), s) in stats {
        println!("\n### {pair}, {direction}: first misaligned segments\n");
        for m in &s.misaligned {
            println!("- {m}");
        }
    }

    println!("\n## MQM-rated machine translations\n");
    println!("| pair | base | segments | with Major accuracy error | number recall (span touches a number) | number recall (digit values differ) | names in dropped passages | names in accuracy errors | error findings on Major-accuracy segments | number findings on segments without a number error | entity findings on segments without a name error |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for ((pair, direction), s) in stats {
        if s.mqm_segments == 0 {
            continue;
        }
        println!(
            "| {pair} | {direction} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s.mqm_segments,
            s.major_segments,
            ratio(s.number),
            ratio(s.number_changed),
            ratio(s.dropped_names),
            ratio(s.names),
            ratio(s.errors_on_major),
            ratio(s.number_alarms),
            ratio(s.name_alarms)
        );
    }
    for ((pair, direction), s) in stats {
        if s.missed_numbers.is_empty() {
            continue;
        }
        println!("\n### {pair}, {direction}: number errors without a number finding\n");
        for m in &s.missed_numbers {
            println!("- {m}");
        }
    }
    println!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_values_drop_thousands_separators() {
        let v = |s: &str| digit_values(s).into_iter().collect::<Vec<_>>();
        assert_eq!(v("40000 years"), v("vor 40.000 Jahren"));
        assert_eq!(v("2,5 Millionen"), vec!["2.5"]);
        assert_eq!(v("1,000 and 3"), vec!["1000", "3"]);
        assert!(v("no digits").is_empty());
    }

    #[test]
    fn months_are_words_not_prefixes() {
        assert!(has_month("on July 24"));
        assert!(has_month("am 9. und 10. August"));
        assert!(has_month("с 26 мая по 5 июня"));
        assert!(has_month("7月1日"));
        assert!(has_month("May 5"));
        assert!(!has_month("Maybe the market may march"));
    }

    #[test]
    fn segments_map_back_by_offset() {
        let (doc, starts) = document("x".into(), &["A b.".into(), "C d. E f.".into()]);
        assert_eq!(starts, vec![0, 6]);
        assert_eq!(segment_of(&starts, doc.text.find('E').unwrap()), 1);
        assert_eq!(segment_of(&starts, 0), 0);
    }
}
