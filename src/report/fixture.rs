//! Test fixture shared by the renderer, baseline and fingerprint tests: a hand-built
//! [`Report`] with two documents and three findings (no pipeline stage involved).

use crate::check::Check;
use crate::model::{Document, Finding, Location, Report, Segmented, Severity, Span, Unit};

pub const ORIGINAL: &str = "Seoul, March 3.\n\nThe DPRK fired 3 missiles on Tuesday, officials said.\n\"We will respond,\" the minister said.\n";
pub const TRANSLATION: &str = "Seoul, March 3.\n\nSouth Korea fired 4 missiles on Tuesday, officials said.\nThe minister said they would respond.\n";

/// One sentence per non-empty line: enough for fixtures.
pub fn segmented(path: &str, text: &str) -> Segmented {
    let mut sentences = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_end();
        if !t.is_empty() {
            sentences.push(Span::new(start, start + t.len()));
        }
        start += line.len();
    }
    Segmented {
        doc: Document::new(path, text.to_string()),
        sentences,
    }
}

/// The location of the first `needle` in document `d`.
pub fn loc(report: &Report, d: usize, needle: &str) -> Location {
    let seg = &report.documents[d];
    let start = seg.doc.text.find(needle).expect("needle in fixture");
    let sentence = seg
        .sentences
        .iter()
        .position(|s| s.start <= start && start < s.end);
    Location {
        document: d,
        sentence,
        span: Span::new(start, start + needle.len()),
    }
}

pub fn report() -> Report {
    let mut r = Report {
        documents: vec![
            segmented("news/original.txt", ORIGINAL),
            segmented("news/translation.txt", TRANSLATION),
        ],
        alignment: (0..3)
            .map(|i| Unit {
                members: vec![vec![i], vec![i]],
                score: 0.8,
                moved: false,
            })
            .collect(),
        findings: vec![],
        baseline: None,
    };
    r.findings = vec![
        Finding {
            check: Check::EntityMismatch,
            severity: Severity::Error,
            message: "\"DPRK\" (original.txt:3:5) became \"South Korea\" (translation.txt:3:1)"
                .into(),
            locations: vec![loc(&r, 0, "DPRK"), loc(&r, 1, "South Korea")],
            unit: Some(1),
            detail: None,
        },
        Finding {
            check: Check::NumberMismatch,
            severity: Severity::Error,
            message: "3 (original.txt:3:16) became 4 (translation.txt:3:19)".into(),
            locations: vec![loc(&r, 0, "3 missiles"), loc(&r, 1, "4 missiles")],
            unit: Some(1),
            detail: None,
        },
        Finding {
            check: Check::QuoteMissing,
            severity: Severity::Warning,
            message:
                "quotation \"We will respond,\" (original.txt:4:1) is missing from translation.txt"
                    .into(),
            locations: vec![loc(&r, 0, "\"We will respond,\"")],
            unit: Some(2),
            detail: None,
        },
    ];
    // Spans of numbers cover the digit only.
    for f in &mut r.findings[1].locations {
        f.span.end = f.span.start + 1;
    }
    r
}
