//! One snapshot per output format of `check` on samples/dprk-report, stored with insta in
//! tests/it/snapshots/. After a deliberate change run `cargo insta test --review` (or
//! `INSTA_UPDATE=always cargo test --release --test it snapshots`) and read the diff before
//! committing.

use crate::common::*;

/// Compare with the insta snapshot `tests/it/snapshots/<name>.snap`.
fn assert_snapshot(name: &str, actual: &str) {
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, actual);
    });
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
    assert_snapshot("dprk-report.human", &check("human", &["--color", "never"]));
}

#[test]
fn human_with_colour() {
    let out = check("human", &["--color", "always"]);
    assert!(out.contains("\u{1b}["), "colour codes expected");
    assert_snapshot("dprk-report.human-color", &out);
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
    assert_snapshot("dprk-report.github", &check("github", &[]));
}

#[test]
fn markdown() {
    assert_snapshot("dprk-report.markdown", &check("markdown", &[]));
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

#[test]
fn oneline() {
    assert_snapshot("dprk-report.oneline", &check("oneline", &[]));
}
