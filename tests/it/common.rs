//! Helpers for the integration tests: run the built binary, make scratch files.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Run `concord` with `args` from the repository root, standard input closed.
pub fn run(args: &[&str]) -> Output {
    run_with_stdin(args, None)
}

/// Run `concord` with `args`, feeding `stdin` when given.
pub fn run_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_env(args, stdin, &[])
}

/// Run `concord` with `args` and these environment variables set (the colour variables of the
/// test's own environment removed first), feeding `stdin` when given.
pub fn run_env(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().expect("spawn concord");
    if let Some(bytes) = stdin {
        use std::io::Write;
        let mut w = child.stdin.take().unwrap();
        w.write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("concord-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Parse the JSON output of a run.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

/// Write versions (file name, text) into the scratch directory `name`; their paths.
pub fn write_versions<const N: usize>(name: &str, versions: [(&str, &str); N]) -> [PathBuf; N] {
    let dir = scratch(name);
    versions.map(|(file, text)| {
        let path = dir.join(file);
        std::fs::write(&path, text).unwrap();
        path
    })
}

/// Run `concord check --format json --fail-on never --no-config` on two texts saved as a.txt
/// and b.txt in a scratch directory `name` (exit code 0 asserted): the report, and the size of
/// the output in bytes.
pub fn check_json(name: &str, base: &str, other: &str) -> (serde_json::Value, usize) {
    let [a, b] = write_versions(name, [("a.txt", base), ("b.txt", other)]);
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
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    (json(&o), o.stdout.len())
}

/// Run `concord check --format json --no-config` on two texts saved as base.txt and other.txt in
/// a scratch directory `name`; returns the exit code and the findings as (rule, severity,
/// message) with the directory taken out of the messages (paths relative).
pub fn check_texts(
    name: &str,
    base: &str,
    other: &str,
) -> (Option<i32>, Vec<(String, String, String)>) {
    let [b, o] = write_versions(name, [("base.txt", base), ("other.txt", other)]);
    let dir = b.parent().unwrap().to_path_buf();
    let out = run(&[
        "check",
        "--format",
        "json",
        "--no-config",
        b.to_str().unwrap(),
        o.to_str().unwrap(),
    ]);
    assert!(out.status.code() != Some(2), "{}", stderr(&out));
    let v = json(&out);
    let dir = format!("{}/", dir.display());
    let findings = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().replace(&dir, ""),
            )
        })
        .collect();
    (out.status.code(), findings)
}
