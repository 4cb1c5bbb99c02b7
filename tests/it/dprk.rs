//! Part 2 acceptance on samples/dprk-report (original first), through the built binary: the six
//! places where the translation puts South Korea for the DPRK, and nothing else, are errors;
//! dropped and de-quoted quotations, dropped sentences and "North Korea" → "him" are reported.

use crate::common::*;
use serde_json::Value;

const BASE: &str = "samples/dprk-report/original.txt";
const OTHER: &str = "samples/dprk-report/translation.txt";

fn findings() -> Vec<Value> {
    let o = run(&["check", BASE, OTHER, "--format", "json", "--no-config"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "errors present: exit 1; {}",
        stderr(&o)
    );
    json(&o)["findings"].as_array().unwrap().clone()
}

/// (document, line, text) of each location.
fn locs(f: &Value) -> Vec<(u64, u64, String)> {
    f["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["document"].as_u64().unwrap(),
                l["line"].as_u64().unwrap(),
                l["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn base_lines(fs: &[Value], rule: &str) -> Vec<u64> {
    let mut v: Vec<u64> = fs
        .iter()
        .filter(|f| f["rule"] == rule)
        .flat_map(|f| locs(f).into_iter().filter(|l| l.0 == 0).map(|l| l.1))
        .collect();
    v.sort_unstable();
    v
}

#[test]
fn the_six_swaps_are_the_only_errors() {
    let fs = findings();
    // Dropped sentences with figures are errors of their own (facts-missing, tested below).
    let errors: Vec<&Value> = fs
        .iter()
        .filter(|f| f["severity"] == "error" && f["rule"] != "facts-missing")
        .collect();
    assert!(
        errors.iter().all(|f| f["rule"] == "entity-mismatch"),
        "{errors:#?}"
    );
    let mut pairs: Vec<(u64, String, u64, String)> = errors
        .iter()
        .map(|f| {
            let l = locs(f);
            assert_eq!(l.len(), 2, "both files: {f}");
            assert_eq!((l[0].0, l[1].0), (0, 1));
            (l[0].1, l[0].2.clone(), l[1].1, l[1].2.clone())
        })
        .collect();
    pairs.sort();
    let expected = [
        (5, "DPRK", 4, "South Korea"),
        (9, "DPRK", 6, "South Korea"),
        (9, "DPRK", 6, "South Korea"),
        (17, "DPRK", 10, "South Korea"),
        (23, "DPRK", 14, "South Korean"),
        (27, "North Korea", 16, "South Korea"),
    ];
    let expected: Vec<(u64, String, u64, String)> = expected
        .iter()
        .map(|(a, b, c, d)| (*a, b.to_string(), *c, d.to_string()))
        .collect();
    assert_eq!(pairs, expected);
    // Exact columns of one of them, as the message shows them.
    let f = errors.iter().find(|f| locs(f)[1].1 == 14).unwrap();
    assert_eq!(
        f["message"],
        "\"DPRK\" (samples/dprk-report/original.txt:23:31) became \"South Korean\" (samples/dprk-report/translation.txt:14:34)"
    );
}

#[test]
fn aliases_amounts_and_dates_that_agree_are_silent() {
    let fs = findings();
    let all_text: Vec<String> = fs
        .iter()
        .flat_map(|f| locs(f).into_iter().map(|l| l.2))
        .collect();
    // "US" = "United States", "Pyongyang" = North Korea, "$50 million" = "US$50 million",
    // "last month" = "January" in a text dated 2022-02-07, "nine" = "nine".
    for silent in [
        "US",
        "United States",
        "Pyongyang",
        "Pyongyang's",
        "more than US$50 million",
        "more than $50 million",
        "last month",
        "January",
        "nine",
        "2019",
        "2006",
    ] {
        assert!(
            !all_text.iter().any(|t| t == silent),
            "{silent:?} should agree: {fs:#?}"
        );
    }
}

#[test]
fn quotations_that_lost_their_marks_or_were_dropped() {
    let fs = findings();
    assert_eq!(
        base_lines(&fs, "quote-missing"),
        [5, 9, 13, 21, 23, 29, 33, 35, 37]
    );
    // The one quotation the translation kept is altered, not missing.
    assert_eq!(base_lines(&fs, "quote-altered"), [17]);
    // The translation's own opening quote mark is never closed.
    let unbalanced: Vec<Vec<(u64, u64, String)>> = fs
        .iter()
        .filter(|f| f["rule"] == "quote-unbalanced")
        .map(locs)
        .collect();
    assert_eq!(unbalanced.len(), 1);
    assert_eq!((unbalanced[0][0].0, unbalanced[0][0].1), (1, 10));
}

#[test]
fn dropped_sentences_and_a_name_turned_pronoun() {
    let fs = findings();
    let mut dropped = base_lines(&fs, "sentence-missing");
    dropped.extend(base_lines(&fs, "facts-missing"));
    dropped.sort_unstable();
    assert_eq!(dropped, [19, 29, 31, 33, 35, 37]);
    let him: Vec<&Value> = fs
        .iter()
        .filter(|f| f["rule"] == "entity-missing" && locs(f).iter().any(|l| l.2 == "him"))
        .collect();
    assert_eq!(him.len(), 1, "{fs:#?}");
    assert_eq!(locs(him[0])[0], (0, 7, "North Korea".to_string()));
    assert!(him[0]["message"]
        .as_str()
        .unwrap()
        .ends_with("(replaced by \"him\")"));
}

#[test]
fn exit_status_per_fail_on_level() {
    let code = |level: &str| {
        run(&["check", BASE, OTHER, "--fail-on", level, "--no-config"])
            .status
            .code()
    };
    assert_eq!(code("error"), Some(1));
    assert_eq!(code("warning"), Some(1));
    assert_eq!(code("info"), Some(1));
    assert_eq!(code("never"), Some(0));
    // A version against itself has nothing to report at any level.
    assert_eq!(
        run(&["check", BASE, BASE, "--fail-on", "info", "--no-config"])
            .status
            .code(),
        Some(0)
    );
}
