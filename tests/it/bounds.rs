//! Bounded output and work on hostile shapes (issue 13): one long sentence with many facts
//! must not give findings × sentence length of output, nor pair its facts all against all.
//! No timed assertions: sizes and counts.

use crate::common::{json, run, scratch};

/// Write two versions into a scratch directory and check them as JSON.
fn check(name: &str, base: &str, other: &str) -> (serde_json::Value, usize) {
    let dir = scratch(name);
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, base).unwrap();
    std::fs::write(&b, other).unwrap();
    let o = run(&[
        "check",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--format",
        "json",
        "--fail-on",
        "never",
        "--no-config",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", crate::common::stderr(&o));
    (json(&o), o.stdout.len())
}

/// A list in one sentence, wrapped lines ending in "and": `item 1 and` … `item n and`, with
/// item `k` written `k + 1` wherever `changed(k)`.
fn list(n: usize, changed: impl Fn(usize) -> bool) -> String {
    let mut s = String::from("The items were");
    for i in 1..=n {
        s.push_str(&format!(
            "\nitem {} and",
            if changed(i) { i + 1 } else { i }
        ));
    }
    s + " the rest.\n"
}

/// Regression (issue 13): a finding about a missing number repeated the whole sentence where
/// it is missing as its location's text (a 1 MB sentence with 100 edits gave 47 MB of JSON).
#[test]
fn a_missing_fact_points_at_a_bounded_span() {
    let (base, other) = (list(400, |_| false), list(400, |i| i % 40 == 0));
    assert!(base.len() > 4000);
    let (r, size) = check("bounded-at", &base, &other);
    let findings = r["findings"].as_array().unwrap();
    let missing: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] == "number-missing")
        .collect();
    assert!(missing.len() >= 5, "{}", r["findings"]);
    for f in &missing {
        for l in f["locations"].as_array().unwrap() {
            let text = l["text"].as_str().unwrap();
            assert!(text.len() <= concord::compare::MAX_AT_BYTES, "{text:?}");
            assert_eq!(l["sentence"], 0);
        }
    }
    // The output grows with the findings, not with findings × sentence length.
    assert!(
        size < 2 * base.len() + 2000 * findings.len(),
        "{size} bytes for {} findings",
        findings.len()
    );
}
