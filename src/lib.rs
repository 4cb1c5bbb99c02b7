//! concord checks two or more versions of the same story against each other.
//!
//! The pipeline is the architecture: [`load`] → [`segment`] → [`align`] → [`extract`] →
//! [`compare`] → [`report`]. Each stage is a function from values to values over the types in
//! [`model`]; only `load` reads input and only `report` (and the binary) write output.

pub mod align;
pub mod baseline;
pub mod compare;
pub mod config;
pub mod error;
pub mod extract;
pub mod fingerprint;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod segment;

use error::Result;
use model::{Document, Report, Segmented};
use segment::Segmenter;

/// Options for a whole run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub segmenter: Segmenter,
}

/// Segment loaded documents.
pub fn segment_all(docs: Vec<Document>, opts: &Options) -> Vec<Segmented> {
    docs.into_iter()
        .map(|doc| {
            let sentences = segment::segment(&doc.text, opts.segmenter);
            Segmented { doc, sentences }
        })
        .collect()
}

/// Load, segment and align; no facts compared.
pub fn align_paths(paths: &[String], opts: &Options) -> Result<Report> {
    let docs = paths
        .iter()
        .map(|p| load::load(p))
        .collect::<Result<Vec<_>>>()?;
    let documents = segment_all(docs, opts);
    let alignment = if documents.len() > 1 {
        align::align_all(&documents)
    } else {
        Vec::new()
    };
    Ok(Report {
        documents,
        alignment,
        findings: Vec::new(),
    })
}

/// The whole pipeline on already-loaded documents (the first is the base).
pub fn check_documents(
    docs: Vec<Document>,
    opts: &Options,
    knowledge: &extract::Knowledge,
) -> Report {
    let documents = segment_all(docs, opts);
    let alignment = align::align_all(&documents);
    let facts: Vec<_> = documents
        .iter()
        .map(|d| extract::extract(d, knowledge))
        .collect();
    let findings = compare::compare(&documents, &facts, &alignment);
    Report {
        documents,
        alignment,
        findings,
    }
}
