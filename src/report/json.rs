//! JSON renderer: the version 1 contract documented in `docs/formats.md`.

use serde::Serialize;
use std::io::Write;

use crate::model::{Report, Unit};

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    documents: Vec<JsonDocument<'a>>,
    alignment: &'a [Unit],
    findings: Vec<JsonFinding<'a>>,
    /// Present when a baseline was applied: how many findings it hid and its stale entries.
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<&'a crate::model::BaselineOutcome>,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    path: &'a str,
    /// The language code the version was read in, and how it was decided.
    language: &'a str,
    language_source: &'a str,
    sentences: Vec<JsonSentence<'a>>,
}

#[derive(Serialize)]
struct JsonSentence<'a> {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: &'a str,
}

/// One finding as the JSON contract writes it.
#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: &'a str,
    message: String,
    locations: Vec<JsonLocation<'a>>,
    /// Content-based identity, stable across edits elsewhere (see baselines).
    fingerprint: &'a str,
}

#[derive(Serialize)]
struct JsonLocation<'a> {
    document: usize,
    sentence: Option<usize>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: &'a str,
}

pub fn render(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let documents = report
        .documents
        .iter()
        .map(|d| {
            let mut cursor = d.doc.cursor();
            JsonDocument {
                path: &d.doc.path,
                language: d.doc.lang(),
                language_source: d.doc.lang_source().as_str(),
                sentences: d
                    .sentences
                    .iter()
                    .map(|s| {
                        let (line, column) = cursor.at(s.start);
                        let (end_line, end_column) = cursor.at(s.end);
                        JsonSentence {
                            start: s.start,
                            end: s.end,
                            line,
                            column,
                            end_line,
                            end_column,
                            text: s.slice(&d.doc.text),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let findings = findings(report);
    let r = JsonReport {
        version: 1,
        documents,
        alignment: &report.alignment,
        findings,
        baseline: report.baseline.as_ref(),
    };
    serde_json::to_writer_pretty(&mut *out, &r)?;
    writeln!(out)
}

/// One line of `concord batch` output (docs/formats.md): the story's id and versions, then
/// its findings in the contract's shape or the error that stopped it. No final newline.
pub fn batch_line(
    id: &serde_json::value::RawValue,
    versions: &[String],
    result: std::result::Result<&Report, &crate::error::Error>,
) -> String {
    #[derive(Serialize)]
    struct BatchLine<'a> {
        id: &'a serde_json::value::RawValue,
        versions: &'a [String],
        #[serde(skip_serializing_if = "Option::is_none")]
        findings: Option<Vec<JsonFinding<'a>>>,
        /// With a baseline: how many of this story's findings it hid.
        #[serde(skip_serializing_if = "Option::is_none")]
        suppressed: Option<usize>,
        #[serde(skip_serializing_if = "Option::is_none")]
        error: Option<String>,
    }
    let (findings, suppressed, error) = match result {
        Ok(report) => (
            Some(findings(report)),
            report.baseline.as_ref().map(|b| b.suppressed),
            None,
        ),
        Err(e) => (None, None, Some(e.to_string())),
    };
    let line = BatchLine {
        id,
        versions,
        findings,
        suppressed,
        error,
    };
    serde_json::to_string(&line).expect("a batch line is always serialisable")
}

/// The findings of a report in the contract's shape (also used by batch lines).
fn findings(report: &Report) -> Vec<JsonFinding<'_>> {
    report
        .findings
        .iter()
        .map(|f| JsonFinding {
            rule: f.check.id(),
            severity: f.severity.as_str(),
            message: super::message::render(report, f),
            locations: f
                .locations
                .iter()
                .map(|l| {
                    let doc = &report.documents[l.document].doc;
                    let (line, column) = doc.line_col(l.span.start);
                    let (end_line, end_column) = doc.line_col(l.span.end);
                    JsonLocation {
                        document: l.document,
                        sentence: l.sentence,
                        start: l.span.start,
                        end: l.span.end,
                        line,
                        column,
                        end_line,
                        end_column,
                        text: l.span.slice(&doc.text),
                    }
                })
                .collect(),
            fingerprint: &f.fingerprint,
        })
        .collect()
}
