//! Test fixture shared by the renderer, baseline and fingerprint tests: a hand-built
//! [`Report`] with two documents and three findings (entity-mismatch, number-mismatch,
//! quote-missing) (no pipeline stage involved).

use crate::check::Check;
use crate::model::{
    Change, Counterpart, Document, Fact, FactKind, Finding, Location, Note, Report, Segmented,
    Span, Unit,
};

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
    let fact = |r: &Report, kind, d, needle: &str, text: &str| Fact {
        kind,
        text: text.to_string(),
        location: loc(r, d, needle),
    };
    let other = |fact: Fact| Counterpart {
        document: fact.location.document,
        fact: Some(fact),
        at: None,
        note: None,
    };
    // Spans of numbers cover the digit only.
    let digit = |mut f: Fact| {
        f.location.span.end = f.location.span.start + 1;
        f
    };
    r.findings = vec![
        Finding::new(
            Check::EntityMismatch,
            fact(&r, FactKind::Entity, 0, "DPRK", "DPRK"),
            Change::Became,
            Some(1),
        )
        .with(other(fact(
            &r,
            FactKind::Entity,
            1,
            "South Korea",
            "South Korea",
        ))),
        Finding::new(
            Check::NumberMismatch,
            digit(fact(&r, FactKind::Number, 0, "3 missiles", "3")),
            Change::Became,
            Some(1),
        )
        .with(other(digit(fact(
            &r,
            FactKind::Number,
            1,
            "4 missiles",
            "4",
        )))),
        Finding::new(
            Check::QuoteMissing,
            fact(
                &r,
                FactKind::Quote,
                0,
                "\"We will respond,\"",
                "We will respond,",
            ),
            Change::NoQuotedCounterpart,
            Some(2),
        )
        .with(Counterpart {
            document: 1,
            fact: None,
            at: Some(loc(&r, 1, "The minister said they would respond.")),
            note: Some(Note::Paraphrased),
        }),
    ];
    crate::fingerprint::assign(&mut r);
    r
}
