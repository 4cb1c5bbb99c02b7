//! Configuration, aliases, baselines and SARIF through the built binary.

use crate::common::*;
use std::path::Path;
use std::process::Command;

fn concord(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn rules(o: &std::process::Output) -> Vec<String> {
    json(o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

/// A story where one country is swapped and one sentence dropped.
fn story(dir: &Path) {
    std::fs::write(dir.join("a.txt"), "Ruritania fired three missiles on Tuesday, officials said.\n\nThe launch was the first this year.\n\nNeighbours protested the same day.\n").unwrap();
    std::fs::write(dir.join("b.txt"), "Borduria fired three missiles on Tuesday, officials said.\n\nThe launch was the first this year.\n").unwrap();
}

#[test]
fn alias_file_makes_two_names_one_entity() {
    let dir = scratch("aliases");
    story(&dir);
    let o = concord(&dir, &["check", "a.txt", "b.txt", "--format", "json"]);
    assert!(rules(&o).contains(&"entity-mismatch".to_string()));
    std::fs::write(
        dir.join("aliases.toml"),
        "same = [[\"Ruritania\", \"Borduria\"]]\n",
    )
    .unwrap();
    let o = concord(
        &dir,
        &[
            "check",
            "a.txt",
            "b.txt",
            "--format",
            "json",
            "--aliases",
            "aliases.toml",
        ],
    );
    assert!(
        !rules(&o).iter().any(|r| r.starts_with("entity-")),
        "{:?}",
        rules(&o)
    );
    // A broken alias file is one line naming it.
    std::fs::write(dir.join("bad.toml"), "sam = []\n").unwrap();
    let o = concord(&dir, &["check", "a.txt", "b.txt", "--aliases", "bad.toml"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("concord: bad.toml:") && err.contains("sam"),
        "{err}"
    );
}

#[test]
fn config_file_is_found_walking_up_and_flags_override_it() {
    let dir = scratch("config");
    story(&dir);
    let sub = dir.join("desk");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(
        dir.join("concord.toml"),
        "disable = [\"sentence-missing\", \"facts-missing\"]\nfail-on = \"never\"\n\n[severity]\nentity-mismatch = \"warning\"\n",
    )
    .unwrap();
    let o = concord(&sub, &["check", "../a.txt", "../b.txt", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "fail-on never from the config");
    let v = json(&o);
    let fs = v["findings"].as_array().unwrap();
    assert!(
        fs.iter()
            .all(|f| f["rule"] != "sentence-missing" && f["rule"] != "facts-missing"),
        "disabled"
    );
    let swap = fs.iter().find(|f| f["rule"] == "entity-mismatch").unwrap();
    assert_eq!(swap["severity"], "warning", "severity from the config");
    // The command line wins over the file; --no-config ignores it.
    assert_eq!(
        concord(
            &sub,
            &["check", "../a.txt", "../b.txt", "--fail-on", "warning"]
        )
        .status
        .code(),
        Some(1)
    );
    let o = concord(
        &sub,
        &[
            "check",
            "../a.txt",
            "../b.txt",
            "--no-config",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let r = rules(&o);
    assert!(r
        .iter()
        .any(|x| x == "sentence-missing" || x == "facts-missing"));
}

#[test]
fn unknown_config_key_is_an_error_naming_key_and_file() {
    let dir = scratch("config-bad");
    story(&dir);
    std::fs::write(dir.join("concord.toml"), "fail_on = \"never\"\n").unwrap();
    let o = concord(&dir, &["check", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("concord.toml") && err.contains("fail_on"),
        "{err}"
    );
}

#[test]
fn baseline_hides_recorded_findings_and_reports_stale_ones() {
    let dir = scratch("baseline");
    story(&dir);
    let o = concord(
        &dir,
        &[
            "check",
            "a.txt",
            "b.txt",
            "--write-baseline",
            "base.json",
            "--format",
            "json",
        ],
    );
    let recorded = rules(&o).len();
    assert!(recorded >= 2);
    let o = concord(
        &dir,
        &[
            "check",
            "a.txt",
            "b.txt",
            "--baseline",
            "base.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "everything is in the baseline");
    let v = json(&o);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);
    assert_eq!(v["baseline"]["suppressed"], recorded);
    // Editing another paragraph keeps the fingerprints; fixing the swap makes its entry stale.
    std::fs::write(dir.join("b.txt"), "A new opening line was added here.\n\nRuritania fired three missiles on Tuesday, officials said.\n\nThe launch was the first this year.\n").unwrap();
    let o = concord(
        &dir,
        &[
            "check",
            "a.txt",
            "b.txt",
            "--baseline",
            "base.json",
            "--format",
            "json",
        ],
    );
    let v = json(&o);
    let left: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["sentence-missing"], "only the added line is new");
    let stale = v["baseline"]["stale"].as_array().unwrap();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0]["rule"], "entity-mismatch");
    let o = concord(
        &dir,
        &[
            "check",
            "a.txt",
            "b.txt",
            "--baseline",
            "base.json",
            "--color",
            "never",
        ],
    );
    assert!(
        stdout(&o).contains("1 stale baseline entry"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn sarif_output_validates_against_the_schema() {
    // Vendored (tests/data/README.md) so that a plain clone tests it: no skipping.
    let schema = include_str!("../data/sarif-schema-2.1.0.json");
    let schema: serde_json::Value = serde_json::from_str(schema).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for files in [
        [
            "samples/dprk-report/original.txt",
            "samples/dprk-report/translation.txt",
            "",
        ],
        [
            "samples/three-outlets/wire.txt",
            "samples/three-outlets/outlet-a.txt",
            "samples/three-outlets/outlet-b.txt",
        ],
    ] {
        let mut args = vec!["check", "--format", "sarif", "--no-config"];
        args.extend(files.iter().filter(|f| !f.is_empty()));
        let o = run(&args);
        let v = json(&o);
        let errors: Vec<String> = validator
            .iter_errors(&v)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let results = v["runs"][0]["results"].as_array().unwrap();
        assert!(!results.is_empty());
        assert!(results.iter().all(
            |r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .starts_with("samples/")
        ));
    }
}
