//! concord.toml: parsing never panics; an error is one line without control characters; a
//! configuration that parses applies to a report without breaking its invariants.
#![no_main]
mod common;

use std::sync::OnceLock;

use concord::model::Report;
use libfuzzer_sys::fuzz_target;

/// A small report with findings of several checks, made once.
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
    match concord::config::parse(text) {
        Ok(cfg) => {
            let mut r = report().clone();
            concord::config::apply_overrides(&mut r, &cfg);
            assert!(r.findings.len() <= report().findings.len());
            common::invariants::findings(&r);
        }
        Err(problem) => {
            common::invariants::error_line(&problem);
            common::invariants::error_line(
                &concord::error::Error::input("c.toml", problem).to_string(),
            );
        }
    }
});
