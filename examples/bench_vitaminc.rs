//! Fact-check benchmark (issue 3): the VitaminC synthetic sentence pairs in, recall and
//! false-alarm figures for number and entity changes on standard output.
//!
//! Usage (from the repository root):
//!
//! ```text
//! cargo run --release --example bench_vitaminc [-- PATH] [--show]
//! ```
//!
//! PATH defaults to `../shared/data/vitaminc-synthetic-pairs.jsonl`: one JSON object a line,
//! `{"id", "before", "after"}`, tokenised Wikipedia sentences. Each side is detokenised lightly
//! (brackets, quotes, spaces before punctuation: input normalisation, not product logic), the
//! two become a base and an other `Document`, and the whole library pipeline
//! (`concord::check_documents`) runs on them. Labels are derived from the tokenised text,
//! independently of concord's extractors:
//!
//! - `number_changed`: the multisets of numeric tokens differ. A numeric token is a digit run
//!   (with `,` or `.` between digits; commas stripped) anywhere in a token, or a spelled number
//!   one..twenty / hundred / thousand / million / billion (case-folded).
//! - `entity_changed`: the multisets of capitalised word tokens differ, counting only tokens
//!   that are not sentence-initial, not after an opening quote, not in a small stop list
//!   (articles, pronouns, months, weekdays) and not a spelled number.
//!
//! A pair is *detected* for numbers when concord reports any `number-mismatch` or
//! `number-missing` finding, for entities any `entity-mismatch` or `entity-missing`. `--show`
//! prints up to 15 misses and false alarms of each kind (`--limit N` for more).

use std::collections::{BTreeMap, HashSet};

use concord::model::Document;
use concord::Options;

#[derive(serde::Deserialize)]
struct Pair {
    id: String,
    before: String,
    after: String,
}

/// Undo the PTB-style tokenisation: brackets, quotes and the spaces around punctuation.
fn detokenise(s: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in s.split_whitespace() {
        let w = match w {
            "-LRB-" => "(",
            "-RRB-" => ")",
            "-LSB-" => "[",
            "-RSB-" => "]",
            "-LCB-" => "{",
            "-RCB-" => "}",
            "``" | "''" => "\"",
            "--" => "–",
            other => other,
        };
        words.push(w.to_string());
    }
    let mut out = String::new();
    let mut open_quote = false;
    let mut glue_next = false;
    for w in &words {
        let closes = matches!(
            w.as_str(),
            "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "}"
        ) || w == "'s"
            || w == "n't"
            || w == "'"
            || (w == "\"" && open_quote);
        if !out.is_empty() && !closes && !glue_next {
            out.push(' ');
        }
        out.push_str(w);
        glue_next = matches!(w.as_str(), "(" | "[" | "{") || (w == "\"" && !open_quote);
        if w == "\"" {
            open_quote = !open_quote;
        }
    }
    out
}

const SPELLED: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The number and date tokens of a tokenised sentence, as a sorted set (see the module doc).
fn numbers(s: &str) -> Vec<String> {
    let toks: Vec<&str> = s.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in toks.iter().enumerate() {
        let lw = w.to_lowercase();
        let prev = if k > 0 {
            toks[k - 1].to_lowercase()
        } else {
            String::new()
        };
        let next = toks
            .get(k + 1)
            .map(|n| n.to_lowercase())
            .unwrap_or_default();
        if SPELLED.contains(&lw.as_str()) {
            // "one of the", "no one", "the one": a pronoun, not a count.
            let pronoun = lw == "one"
                && (next == "of" || matches!(prev.as_str(), "no" | "the" | "every" | "any"));
            if !pronoun {
                out.push(lw);
            }
            continue;
        }
        if MONTHS.contains(w) || WEEKDAYS.contains(w) {
            out.push(w.to_string());
            continue;
        }
        // Comparison hedges before a number: "more than 5" and "less than 5" differ.
        let next_is_number = toks.get(k + 1).is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit())
                || SPELLED.contains(&n.to_lowercase().as_str())
        });
        if next_is_number {
            let two = format!("{prev} {lw}");
            if matches!(two.as_str(), "more than" | "at least" | "greater than") || lw == "over" {
                out.push(">=".into());
            } else if matches!(
                two.as_str(),
                "less than" | "fewer than" | "at most" | "up to"
            ) || lw == "under"
                || lw == "nearly"
                || lw == "almost"
            {
                out.push("<=".into());
            }
        }
        // Digits count in a word that starts with them ("1,441-seat", "5th", "1990s", "mid-1970s"),
        // not inside names ("COVID-19", "A380", "Covid19") nor before a capital ("3D", "5G").
        let body = ["mid-", "early-", "late-", "$", "-"]
            .iter()
            .find_map(|p| lw.strip_prefix(p).map(|_| &w[p.len()..]))
            .unwrap_or(w);
        if !body.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let cs: Vec<char> = body.chars().collect();
        let mut j = 0;
        let mut n = String::new();
        while j < cs.len()
            && (cs[j].is_ascii_digit()
                || (matches!(cs[j], ',' | '.') && j + 1 < cs.len() && cs[j + 1].is_ascii_digit()))
        {
            if cs[j] != ',' {
                n.push(cs[j]);
            }
            j += 1;
        }
        let rest: String = cs[j..].iter().collect();
        if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        // "1987 – 95": the second year of a span, in full.
        let short_year = n.len() == 2
            && rest.is_empty()
            && k >= 2
            && matches!(toks[k - 1], "-" | "--" | "–")
            && !toks.get(k + 1).is_some_and(|m| MONTHS.contains(m))
            && toks[k - 2].len() == 4
            && toks[k - 2].bytes().all(|c| c.is_ascii_digit())
            && format!("{}{n}", &toks[k - 2][..2]).as_str() > toks[k - 2];
        if short_year {
            out.push(format!("{}{n}", &toks[k - 2][..2]));
        } else {
            out.push(n.clone());
        }
        // "16million": the scale word written on.
        if SPELLED.contains(&rest.to_lowercase().as_str()) {
            out.push(rest.to_lowercase());
        }
        // "1970-1980", "4-1": the second number too.
        if let Some(second) = rest
            .strip_prefix('-')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            // "1985-86" is 1985 to 1986.
            if n.len() == 4 && second.len() == 2 && second.bytes().all(|c| c.is_ascii_digit()) {
                out.push(format!("{}{second}", &n[..2]));
            } else {
                out.extend(numbers(second));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

const STOP: &[&str] = &[
    "The",
    "A",
    "An",
    "I",
    "He",
    "She",
    "It",
    "They",
    "We",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "Of",
    "And",
    "Or",
    "But",
    "For",
    "As",
    "By",
    "To",
    "With",
    "From",
    "After",
    "Before",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Lower-case English words (SCOWL, the list concord ships in `data/`): a sentence-initial
/// capitalised word counts as a name when it is not one of them ("Wilson", not "Major").
const ENGLISH: &str = include_str!("../data/english-words.txt");

/// The capitalised word tokens of a tokenised sentence that may name an entity, sorted.
fn capitalised(s: &str, english: &HashSet<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut initial = true;
    for w in s.split_whitespace() {
        let first = w.chars().next().unwrap_or(' ');
        let is_word = first.is_alphabetic();
        let name_anyway = initial && !english.contains(w.to_lowercase().as_str());
        if is_word
            && first.is_uppercase()
            && (!initial || name_anyway)
            && !w.starts_with("-")
            && !STOP.contains(&w)
            && !SPELLED.contains(&w.to_lowercase().as_str())
        {
            out.push(w.trim_end_matches("'s").to_string());
        }
        // The next token starts a sentence or a quotation.
        initial = matches!(w, "." | "!" | "?" | "``" | ":") || (initial && !is_word);
    }
    out.sort();
    out.dedup();
    out
}

/// Jaccard overlap of the two sentences' lower-cased word sets.
fn overlap(a: &str, b: &str) -> f64 {
    let set = |s: &str| -> HashSet<String> {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(str::to_lowercase)
            .collect()
    };
    let (x, y) = (set(a), set(b));
    let union = x.union(&y).count();
    if union == 0 {
        return 1.0;
    }
    x.intersection(&y).count() as f64 / union as f64
}

#[derive(Default)]
struct Counts {
    changed: usize,
    changed_detected: usize,
    same: usize,
    same_alarm: usize,
}

impl Counts {
    fn add(&mut self, changed: bool, detected: bool) {
        if changed {
            self.changed += 1;
            self.changed_detected += usize::from(detected);
        } else {
            self.same += 1;
            self.same_alarm += usize::from(detected);
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn main() {
    let mut path = "../shared/data/vitaminc-synthetic-pairs.jsonl".to_string();
    let mut show = false;
    let mut limit = 15usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--show" => show = true,
            "--limit" => limit = args.next().and_then(|n| n.parse().ok()).expect("--limit N"),
            _ => path = a,
        }
    }
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let opts = Options::default();
    let knowledge = concord::knowledge(&opts).expect("knowledge");
    let english: HashSet<&str> = ENGLISH.lines().filter(|l| !l.starts_with('#')).collect();
    let (mut num, mut ent) = (Counts::default(), Counts::default());
    let (mut num_al, mut ent_al) = (Counts::default(), Counts::default());
    let (mut unaligned, mut unaligned_sentence_missing) = (0usize, 0usize);
    let (mut unaligned_overlap, mut all_overlap) = (0f64, 0f64);
    // number-mismatch precision: pairs with such a finding, and those among them labelled changed.
    let (mut nm_pairs, mut nm_right) = (0usize, 0usize);
    let mut examples: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let start = std::time::Instant::now();
    let mut pairs = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let p: Pair = serde_json::from_str(line).expect("a JSON pair");
        pairs += 1;
        let (b, a) = (detokenise(&p.before), detokenise(&p.after));
        let docs = vec![
            Document::new("before", b.clone()),
            Document::new("after", a.clone()),
        ];
        let report = concord::check_documents(docs, &opts, &knowledge);
        let has = |rules: &[&str]| {
            report
                .findings
                .iter()
                .any(|f| rules.contains(&f.check.id()))
        };
        let num_found = has(&["number-mismatch", "number-missing"]);
        let ent_found = has(&["entity-mismatch", "entity-missing"]);
        // The aligner paired the two sentences (else the pair is one `sentence-missing` each way
        // and no facts are compared).
        let aligned = report
            .alignment
            .iter()
            .any(|u| u.members.iter().all(|m| !m.is_empty()));
        let num_changed = numbers(&p.before) != numbers(&p.after);
        let ent_changed = capitalised(&p.before, &english) != capitalised(&p.after, &english);
        num.add(num_changed, num_found);
        ent.add(ent_changed, ent_found);
        if aligned {
            num_al.add(num_changed, num_found);
            ent_al.add(ent_changed, ent_found);
        } else {
            unaligned += 1;
            unaligned_sentence_missing += usize::from(has(&["sentence-missing"]));
            unaligned_overlap += overlap(&p.before, &p.after);
        }
        all_overlap += overlap(&p.before, &p.after);
        if has(&["number-mismatch"]) {
            nm_pairs += 1;
            nm_right += usize::from(num_changed);
        }
        let mut note = |kind: &'static str| {
            let rule = &kind[..6];
            let key = if aligned {
                kind.to_string()
            } else {
                format!("{kind} (sentences not aligned)")
            };
            let v = examples.entry(key).or_default();
            if v.len() < limit {
                let found: Vec<String> = report
                    .findings
                    .iter()
                    .filter(|f| f.check.id().starts_with(rule))
                    .map(|f| {
                        format!(
                            "    [{}] {}",
                            f.check,
                            concord::report::message::render(&report, f)
                        )
                    })
                    .collect();
                v.push(format!(
                    "  {}\n    - {b}\n    + {a}\n{}",
                    p.id,
                    found.join("\n")
                ));
            }
        };
        match (num_changed, num_found) {
            (true, false) => note("number miss"),
            (false, true) => note("number false alarm"),
            _ => {}
        }
        match (ent_changed, ent_found) {
            (true, false) => note("entity miss"),
            (false, true) => note("entity false alarm"),
            _ => {}
        }
    }
    let elapsed = start.elapsed();
    println!("VitaminC synthetic pairs: {pairs} from {path} in {elapsed:.1?}\n");
    println!("| fact | changed pairs | detected | recall | unchanged pairs | false alarms | false-alarm rate |");
    println!("|---|---|---|---|---|---|---|");
    for (name, c) in [
        ("numbers and dates, all pairs", &num),
        ("numbers and dates, aligned pairs", &num_al),
        ("entities, all pairs", &ent),
        ("entities, aligned pairs", &ent_al),
    ] {
        println!(
            "| {name} | {} | {} | **{:.3}** | {} | {} | **{:.3}** |",
            c.changed,
            c.changed_detected,
            ratio(c.changed_detected, c.changed),
            c.same,
            c.same_alarm,
            ratio(c.same_alarm, c.same)
        );
    }
    println!(
        "\n`number-mismatch` precision (pairs with one whose numbers changed): {nm_right}/{nm_pairs} = **{:.3}**",
        ratio(nm_right, nm_pairs)
    );
    println!(
        "\nPairs whose two sentences concord did not align: {unaligned} ({unaligned_sentence_missing} \
         reported as `sentence-missing`); mean word overlap (Jaccard) {:.2} against {:.2} over all \
         pairs.",
        unaligned_overlap / unaligned.max(1) as f64,
        all_overlap / pairs.max(1) as f64
    );
    if show {
        for (kind, v) in &examples {
            println!("\n## {kind} ({} shown)", v.len());
            for e in v {
                println!("{e}");
            }
        }
    }
}
