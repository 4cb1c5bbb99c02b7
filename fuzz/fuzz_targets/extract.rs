//! Extraction: every fact on character boundaries inside one sentence, lists in order.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let seg = common::segmented(common::versions(data, 1)).remove(0);
    common::invariants::segmentation(&seg.doc.text, &seg.sentences);
    let facts = concord::extract::extract(&seg, common::knowledge());
    common::invariants::facts(&seg, &facts);
});
