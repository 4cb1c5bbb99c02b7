//! Three or more versions (samples/three-outlets): each disagreement is reported once, naming
//! every version involved and those that agree, and the findings do not depend on the order the
//! other versions are given in.

use crate::common::*;
use serde_json::Value;
use std::collections::BTreeSet;

const WIRE: &str = "samples/three-outlets/wire.txt";
const A: &str = "samples/three-outlets/outlet-a.txt";
const B: &str = "samples/three-outlets/outlet-b.txt";

/// (path, line, column, text) of a location.
type Loc = (String, u64, u64, String);
/// A finding as a comparable value: rule, severity, message, locations.
type Comparable = (String, String, String, Vec<Loc>);

/// Findings as comparable values, independent of document indices.
fn findings(args: &[&str]) -> BTreeSet<Comparable> {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json", "--no-config"]);
    let o = run(&all);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    let paths: Vec<String> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f: &Value| {
            let mut locs: Vec<Loc> = f["locations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| {
                    (
                        paths[l["document"].as_u64().unwrap() as usize].clone(),
                        l["line"].as_u64().unwrap(),
                        l["column"].as_u64().unwrap(),
                        l["text"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            locs.sort();
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
                locs,
            )
        })
        .collect()
}

#[test]
fn each_disagreement_once_with_the_versions_that_agree() {
    let fs = findings(&[WIRE, A, B]);
    let errors: Vec<_> = fs.iter().filter(|f| f.1 == "error").collect();
    let messages: BTreeSet<&str> = errors.iter().map(|f| f.2.as_str()).collect();
    assert_eq!(
        messages,
        BTreeSet::from([
            "\"14\" (samples/three-outlets/wire.txt:1:13, samples/three-outlets/outlet-b.txt:1:13) became \"13\" (samples/three-outlets/outlet-a.txt:1:13)",
            "\"14\" (samples/three-outlets/wire.txt:3:39, samples/three-outlets/outlet-b.txt:3:39) became \"13\" (samples/three-outlets/outlet-a.txt:3:39)",
            "\"€20 million\" (samples/three-outlets/wire.txt:9:32, samples/three-outlets/outlet-a.txt:9:32) became \"€2 million\" (samples/three-outlets/outlet-b.txt:9:32)",
            "\"Switzerland\" (samples/three-outlets/wire.txt:11:30, samples/three-outlets/outlet-a.txt:11:30) became \"Austria\" (samples/three-outlets/outlet-b.txt:11:30)",
        ])
    );
    // Every error has a location in all three versions.
    for f in &errors {
        let paths: BTreeSet<&str> = f.3.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(paths.len(), 3, "{f:?}");
    }
    // The dropped quotation marks are one finding, in outlet-a only.
    let quotes: Vec<_> = fs.iter().filter(|f| f.0 == "quote-missing").collect();
    assert_eq!(quotes.len(), 1, "{fs:#?}");
}

#[test]
fn the_order_of_the_other_versions_does_not_matter() {
    let forward = findings(&[WIRE, A, B]);
    assert_eq!(findings(&[WIRE, B, A]), forward);
    // --base picks the base wherever it stands.
    assert_eq!(findings(&[A, WIRE, B, "--base", WIRE]), forward);
    assert_eq!(findings(&[B, WIRE, A, "--base", WIRE]), forward);
    // (A --base that is not among the versions is an error: tests/it/story_dir.rs.)
}

#[test]
fn the_human_report_shows_a_table_of_variants() {
    let o = run(&["check", WIRE, A, B, "--no-config", "--color", "never"]);
    let out = stdout(&o);
    let table: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("  variants") || l.starts_with("  entity-mismatch "))
        .collect();
    assert!(
        table.contains(&"  variants        wire.txt            outlet-a.txt        outlet-b.txt"),
        "{out}"
    );
    assert!(
        table.contains(&"  entity-mismatch Switzerland         Switzerland         Austria"),
        "{out}"
    );
}
