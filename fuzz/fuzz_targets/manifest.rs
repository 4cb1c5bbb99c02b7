//! A batch manifest (JSON Lines): parsing never panics; an error is one clean line naming the
//! manifest's line; every story parsed has two or more versions, relative paths taken
//! relative to the manifest's directory.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match concord::batch::parse_manifest("stories/manifest.jsonl", text) {
        Ok(stories) => {
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
            assert_eq!(stories.len(), lines, "one story a non-blank line");
            for s in &stories {
                assert!(s.versions.len() >= 2);
                for v in &s.versions {
                    assert!(
                        v == "-"
                            || std::path::Path::new(v).is_absolute()
                            || v.starts_with("stories/"),
                        "{v}"
                    );
                }
            }
        }
        Err(e) => {
            let line = e.to_string();
            common::invariants::error_line(&line);
            assert!(line.starts_with("stories/manifest.jsonl:"), "{line}");
        }
    }
});
