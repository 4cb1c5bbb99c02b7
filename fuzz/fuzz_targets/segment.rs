//! Segmentation: sentences in order, trimmed, covering the text; the same for the same input.
#![no_main]
mod common;

use concord::segment::{segment, Segmenter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for s in [Segmenter::Auto, Segmenter::Lines] {
        let sentences = segment(&text, s);
        common::invariants::segmentation(&text, &sentences);
        assert_eq!(sentences, segment(&text, s), "same input, other sentences");
    }
});
