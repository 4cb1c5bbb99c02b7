//! Alignment of up to eight versions (NUL-separated): every sentence of every version in
//! exactly one unit.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let docs = common::versions(data, 8);
    if docs.len() < 3 {
        return;
    }
    let docs = common::segmented(docs);
    let units = concord::align::align_all(&docs);
    common::invariants::alignment(&docs, &units);
});
