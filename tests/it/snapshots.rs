//! One snapshot per output format of `check` on samples/dprk-report, stored in
//! tests/snapshots/. Run with UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate change, and
//! read the diff before committing.

use crate::common::*;

fn assert_snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {name}; run with UPDATE_SNAPSHOTS=1"));
    if expected != actual {
        let diff = similar::TextDiff::from_lines(expected.as_str(), actual);
        panic!(
            "snapshot {name} differs:\n{}",
            diff.unified_diff().header("expected", "actual")
        );
    }
}

fn check(format: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "check",
        "samples/dprk-report/original.txt",
        "samples/dprk-report/translation.txt",
        "--no-config",
        "--format",
        format,
    ];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn human_without_colour() {
    assert_snapshot(
        "dprk-report.human.txt",
        &check("human", &["--color", "never"]),
    );
}

#[test]
fn human_with_colour() {
    let out = check("human", &["--color", "always"]);
    assert!(out.contains("\u{1b}["), "colour codes expected");
    assert_snapshot("dprk-report.human-color.txt", &out);
}

#[test]
fn json() {
    assert_snapshot("dprk-report.json", &check("json", &[]));
}

#[test]
fn sarif() {
    assert_snapshot("dprk-report.sarif", &check("sarif", &[]));
}

#[test]
fn github() {
    assert_snapshot("dprk-report.github.txt", &check("github", &[]));
}

#[test]
fn markdown() {
    assert_snapshot("dprk-report.md", &check("markdown", &[]));
}

#[test]
fn no_color_env_turns_auto_colour_off() {
    // Standard output is a pipe here, so auto is off anyway; --color always wins over NO_COLOR.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .args([
            "check",
            "samples/dprk-report/original.txt",
            "samples/dprk-report/translation.txt",
            "--no-config",
            "--color",
            "always",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("\u{1b}["));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .args([
            "check",
            "samples/dprk-report/original.txt",
            "samples/dprk-report/translation.txt",
            "--no-config",
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&o.stdout).contains("\u{1b}["));
}
