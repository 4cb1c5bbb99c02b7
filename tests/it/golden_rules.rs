//! The 48 English Golden Rules (tests/data/golden-rules-en.json) in, a score out: each case's
//! text is segmented with `Segmenter::Auto` and its sentences compared exactly with the
//! expected ones. The known failures are printed; the score must stay at least 47/48.

use concord::segment::{segment, Segmenter};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    text: String,
    sentences: Vec<String>,
}

/// The minimum score (pySBD reaches 47).
const REQUIRED: usize = 47;

#[test]
fn english_golden_rules() {
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("../data/golden-rules-en.json")).expect("valid JSON");
    assert_eq!(cases.len(), 48);
    let mut passed = 0;
    for (n, case) in cases.iter().enumerate() {
        let got: Vec<&str> = segment(&case.text, Segmenter::Auto)
            .iter()
            .map(|s| &case.text[s.start..s.end])
            .collect();
        if got == case.sentences {
            passed += 1;
        } else {
            println!(
                "rule {}: {:?}\n  expected {:?}\n  got      {:?}",
                n + 1,
                case.text,
                case.sentences,
                got
            );
        }
    }
    println!("Golden Rules: {passed}/{}", cases.len());
    assert!(passed >= REQUIRED, "score {passed}/48 < {REQUIRED}");
}
