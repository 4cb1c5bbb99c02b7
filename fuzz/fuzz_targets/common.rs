//! What the fuzz targets share: turning bytes into versions of a story, the alias knowledge
//! built once, and the invariants (the same file the property tests use).
#![allow(dead_code)]

use std::sync::OnceLock;

use concord::extract::Knowledge;
use concord::model::{Document, Segmented};

#[path = "../../tests/it/invariants.rs"]
pub mod invariants;

/// Versions are separated by a NUL byte (which `load` never lets into a document): the input
/// "a\0b\0c" is three versions. Bytes that are not UTF-8 are replaced, as text never holds them.
pub fn versions(data: &[u8], max: usize) -> Vec<Document> {
    data.split(|&b| b == 0)
        .take(max)
        .enumerate()
        .map(|(i, part)| {
            Document::new(
                format!("v{i}.txt"),
                String::from_utf8_lossy(part).into_owned(),
            )
        })
        .collect()
}

/// The embedded gazetteer, built once per process (building it is most of a small check).
pub fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(Knowledge::embedded)
}

pub fn segmented(docs: Vec<Document>) -> Vec<Segmented> {
    concord::segment_all(docs, &concord::Options::default())
}
