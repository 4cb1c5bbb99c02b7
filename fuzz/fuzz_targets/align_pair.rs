//! Alignment of two versions: every sentence of both in exactly one unit; deterministic.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut docs = common::versions(data, 2);
    if docs.len() < 2 {
        // One version: align it against its own sentences reversed, so every input counts.
        let t: String = docs[0].text.split_inclusive('.').rev().collect();
        docs.push(concord::model::Document::new("v1.txt", t));
    }
    let docs = common::segmented(docs);
    let units = concord::align::align_all(&docs);
    common::invariants::alignment(&docs, &units);
    assert_eq!(
        units,
        concord::align::align_all(&docs),
        "same input, other units"
    );
});
