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
            // The configuration's severities and disabled checks, as the suppress stage
            // applies them after compare.
            let s = concord::suppress::Suppress {
                severity: cfg
                    .severity
                    .iter()
                    .filter_map(|(id, v)| Some((id.parse().ok()?, *v)))
                    .collect(),
                disabled: cfg
                    .disable
                    .iter()
                    .filter_map(|id| id.parse().ok())
                    .collect(),
                baseline: None,
            };
            concord::suppress::run(&mut r, &s);
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
