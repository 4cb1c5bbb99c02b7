//! The JSON output contract (version 1, docs/formats.md), parsed into strict structs: a field
//! added, renamed or removed fails here, so schema changes are deliberate.

use crate::common::*;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Output {
    version: u32,
    documents: Vec<Doc>,
    alignment: Vec<Unit>,
    findings: Vec<Finding>,
    #[serde(default)]
    baseline: Option<Baseline>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // parsed to pin the shape; tests/baseline.rs checks the values
struct Baseline {
    suppressed: usize,
    stale: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    path: String,
    language: String,
    language_source: String,
    sentences: Vec<Sentence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sentence {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Unit {
    members: Vec<Vec<usize>>,
    score: f64,
    moved: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Finding {
    rule: String,
    severity: String,
    message: String,
    locations: Vec<Location>,
    fingerprint: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Location {
    document: usize,
    sentence: Option<usize>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: String,
}

/// 1-based line and column (in characters) of byte `offset` of `text`, counted from scratch.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

fn parse(args: &[&str]) -> Output {
    let o = run(args);
    assert!(o.status.code().unwrap() < 2, "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("contract broken: {e}"))
}

const BASE: &str = "samples/dprk-report/original.txt";
const OTHER: &str = "samples/dprk-report/translation.txt";

#[test]
fn align_output_covers_every_sentence_once() {
    let out = parse(&["align", BASE, OTHER, "--format", "json"]);
    assert_eq!(out.version, 1);
    assert_eq!(out.documents.len(), 2);
    assert_eq!(out.documents[0].path, BASE);
    for doc in &out.documents {
        assert_eq!(
            (doc.language.as_str(), doc.language_source.as_str()),
            ("en", "detected")
        );
    }
    assert!(out.findings.is_empty());
    assert!(out.baseline.is_none());
    for (d, doc) in out.documents.iter().enumerate() {
        let text = std::fs::read_to_string(&doc.path).unwrap();
        // Sentences in document order, inside the file, line/column consistent with offsets.
        let mut prev_end = 0;
        for s in &doc.sentences {
            assert!(prev_end <= s.start && s.start < s.end && s.end <= text.len());
            prev_end = s.end;
            assert_eq!((s.line, s.column), line_col(&text, s.start));
            assert_eq!((s.end_line, s.end_column), line_col(&text, s.end));
            assert_eq!(s.text, text[s.start..s.end]);
        }
        let mut seen: Vec<usize> = out
            .alignment
            .iter()
            .flat_map(|u| u.members[d].clone())
            .collect();
        seen.sort_unstable();
        assert_eq!(
            seen,
            (0..doc.sentences.len()).collect::<Vec<_>>(),
            "document {d}"
        );
    }
    for u in &out.alignment {
        assert_eq!(u.members.len(), 2);
        assert!((0.0..=1.0).contains(&u.score));
        assert!(u.members.iter().any(|m| !m.is_empty()));
        let _ = u.moved;
    }
}

/// `segment --format json` carries each sentence's text, and the end of each sentence.
#[test]
fn segment_output_carries_the_sentences_text() {
    let out = parse(&["segment", "samples/split/revised.txt", "--format", "json"]);
    let s = &out.documents[0].sentences;
    assert_eq!(
        s[1].text,
        "The budget sets aside 12 million euros for road repairs, a sharp rise on last year."
    );
    assert_eq!((s[1].line, s[1].column), (2, 1));
    assert_eq!((s[1].end_line, s[1].end_column), (2, 84));
}

#[test]
fn check_output_locations_point_at_their_text() {
    let out = parse(&[
        "check",
        BASE,
        OTHER,
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert!(!out.findings.is_empty());
    let texts: Vec<String> = out
        .documents
        .iter()
        .map(|d| std::fs::read_to_string(&d.path).unwrap())
        .collect();
    for f in &out.findings {
        assert!(["error", "warning", "info"].contains(&f.severity.as_str()));
        assert!(!f.rule.is_empty() && !f.message.is_empty());
        assert!(!f.locations.is_empty());
        let docs: Vec<usize> = f.locations.iter().map(|l| l.document).collect();
        assert!(
            docs.windows(2).all(|w| w[0] <= w[1]),
            "locations in document order"
        );
        for l in &f.locations {
            assert_eq!(texts[l.document][l.start..l.end], l.text);
            let s = &out.documents[l.document].sentences[l.sentence.unwrap()];
            // A span starts in its sentence (a quotation may run on into the next one).
            assert!(s.start <= l.start && l.start < s.end, "{l:?}");
            assert_eq!((l.line, l.column), line_col(&texts[l.document], l.start));
            assert_eq!(
                (l.end_line, l.end_column),
                line_col(&texts[l.document], l.end)
            );
        }
        assert_eq!(f.fingerprint.len(), 16, "{}", f.fingerprint);
    }
}
