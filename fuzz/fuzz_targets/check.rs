//! The whole check on two to five versions (NUL-separated): every stage's invariants, locations
//! inside their sentences, JSON within the contract, renderers free of raw control characters,
//! and the same JSON for the same input.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let docs = common::versions(data, 5);
    if docs.len() < 2 {
        return;
    }
    let opts = concord::Options::default();
    // Facts are the extract target's: here they would double the time of every run.
    let report = common::invariants::check(docs.clone(), &opts, common::knowledge(), false);
    let json = common::invariants::json(&report);
    common::invariants::renderers(&report);
    let again = concord::check_documents(docs, &opts, common::knowledge());
    assert_eq!(
        json,
        common::invariants::json(&again),
        "same input, other output"
    );
});
