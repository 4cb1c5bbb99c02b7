//! Where SARIF results and GitHub annotations are placed: on the version the pull request
//! changes (the other version), with the base as a related location; `--annotate base` and
//! `annotate = "base"` in concord.toml put them on the base.

use crate::common::*;

/// A story in a directory with non-ASCII names: the base and a corrected version.
fn story(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    let sub = dir.join("기사");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(
        sub.join("원문.txt"),
        "Seoul, March 3.\n\nNorth Korea fired 3 missiles on Tuesday, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        sub.join("정정.txt"),
        "Seoul, March 3.\n\nNorth Korea fired 4 missiles on Tuesday, officials said.\n",
    )
    .unwrap();
    dir
}

fn check_in(dir: &std::path::Path, extra: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(dir)
        .args([
            "check",
            "기사/원문.txt",
            "기사/정정.txt",
            "--fail-on",
            "never",
        ])
        .args(extra)
        .output()
        .unwrap()
}

fn number_result(o: &std::process::Output) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "number-mismatch")
        .cloned()
        .unwrap_or_else(|| panic!("no number-mismatch in {v}"))
}

const BASE_URI: &str = "%EA%B8%B0%EC%82%AC/%EC%9B%90%EB%AC%B8.txt";
const OTHER_URI: &str = "%EA%B8%B0%EC%82%AC/%EC%A0%95%EC%A0%95.txt";

#[test]
fn sarif_results_sit_on_the_other_version_with_the_base_related() {
    let dir = story("annotate-sarif");
    let r = number_result(&check_in(&dir, &["--format", "sarif"]));
    let pl = &r["locations"][0]["physicalLocation"];
    assert_eq!(pl["artifactLocation"]["uri"], OTHER_URI, "{r}");
    assert_eq!(
        pl["region"],
        serde_json::json!({"startLine": 3, "startColumn": 19, "endLine": 3, "endColumn": 20})
    );
    let related = r["relatedLocations"].as_array().unwrap();
    assert_eq!(related.len(), 1, "{r}");
    assert_eq!(
        related[0]["physicalLocation"]["artifactLocation"]["uri"],
        BASE_URI
    );
    assert_eq!(related[0]["message"]["text"], "기사/원문.txt (base): \"3\"");
}

#[test]
fn annotate_base_from_the_command_line_or_the_config() {
    let dir = story("annotate-base");
    let r = number_result(&check_in(
        &dir,
        &["--format", "sarif", "--annotate", "base"],
    ));
    assert_eq!(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        BASE_URI
    );
    assert_eq!(
        r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        OTHER_URI
    );
    std::fs::write(dir.join("concord.toml"), "annotate = \"base\"\n").unwrap();
    let o = check_in(&dir, &["--format", "github"]);
    assert!(
        stdout(&o).contains("::error file=기사/원문.txt,line=3,col=19,"),
        "{}",
        stdout(&o)
    );
    // The command line wins over the file.
    let o = check_in(&dir, &["--format", "github", "--annotate", "other"]);
    assert!(
        stdout(&o).contains("::error file=기사/정정.txt,line=3,col=19,"),
        "{}",
        stdout(&o)
    );
    let o = check_in(&dir, &["--annotate", "both"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn github_annotations_sit_on_the_other_version() {
    let dir = story("annotate-github");
    let o = check_in(&dir, &["--format", "github"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.contains("number-mismatch"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        line.starts_with(
            "::error file=기사/정정.txt,line=3,col=19,endLine=3,endColumn=20,title=concord number-mismatch::"
        ),
        "{line}"
    );
}

#[test]
fn a_bad_annotate_key_names_the_file() {
    let dir = story("annotate-bad");
    std::fs::write(dir.join("concord.toml"), "annotate = \"left\"\n").unwrap();
    let o = check_in(&dir, &["--format", "sarif"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.starts_with("concord: ") && e.contains("concord.toml"),
        "{e}"
    );
    assert!(e.contains("left"), "{e}");
}

#[test]
fn a_lead_dropped_from_the_correction_is_annotated_on_the_correction() {
    // The lead sentence with its figures is gone: nothing in the corrected file to point at, so
    // the annotation is on that file as a whole (GitHub shows it at the top of the changed file).
    let dir = story("annotate-dropped");
    std::fs::write(dir.join("기사/정정.txt"), "Seoul, March 3.\n").unwrap();
    let o = check_in(&dir, &["--format", "github"]);
    let out = stdout(&o);
    assert!(!out.is_empty(), "{}", stderr(&o));
    for line in out.lines() {
        assert!(line.contains(" file=기사/정정.txt"), "{line}");
    }
}
