//! A baseline file: parsing never panics; an error is one clean line; a baseline that parses
//! survives a write and read unchanged, and applied to a report hides at most one finding an
//! entry, the rest staying as they were.
#![no_main]
mod common;

use std::sync::OnceLock;

use concord::model::Report;
use libfuzzer_sys::fuzz_target;

fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(|| {
        let docs = common::versions(
            "In Paris, 3 ships left on Monday. “We will respond,” he said.\0\
             In Berlin, 4 ships left on Monday. He said they would respond."
                .as_bytes(),
            2,
        );
        concord::check_documents(docs, &concord::Options::default(), common::knowledge())
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match concord::baseline::parse(text) {
        Ok(b) => {
            let written = serde_json::to_string_pretty(&b).expect("a baseline serialises");
            assert_eq!(
                concord::baseline::parse(&written).as_ref(),
                Ok(&b),
                "round trip"
            );
            let mut r = report().clone();
            let before = r.findings.len();
            let outcome = concord::baseline::apply(&mut r, &b);
            assert_eq!(r.findings.len() + outcome.suppressed, before);
            assert!(outcome.suppressed + outcome.stale.len() <= b.findings.len());
            common::invariants::findings(&r);
        }
        Err(problem) => {
            common::invariants::error_line(
                &concord::error::Error::input("b.json", problem).to_string(),
            );
        }
    }
});
