//! Standard output as the shell sees it: a reader that goes away, a disk that is full.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::*;

const DPRK: [&str; 2] = [
    "samples/dprk-report/original.txt",
    "samples/dprk-report/translation.txt",
];

/// `concord check … | head -1`: the reader of standard output goes away before concord writes
/// (its version is read from standard input only after the pipe is closed). The exit status is
/// still 1 for the errors found, with nothing on standard error (regression: it was 0).
#[test]
fn exit_status_survives_a_reader_that_goes_away() {
    let text = std::fs::read(DPRK[1]).unwrap();
    for format in ["human", "json", "sarif", "github", "markdown"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
            .args(["check", DPRK[0], "-", "--no-config", "--format", format])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&text).unwrap();
        drop(stdin);
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{format}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{format}");
    }
}

/// A full disk is a one-line error naming standard output, exit 2.
#[test]
fn a_write_error_names_standard_output() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    let Ok(full) = full else {
        panic!("/dev/full is needed for this test (Linux)");
    };
    let o = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["check", DPRK[0], DPRK[1], "--no-config"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "concord: standard output: cannot write: No space left on device\n"
    );
}
