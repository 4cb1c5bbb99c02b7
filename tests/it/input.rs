//! Bad and unusual input through the built binary: one clear line naming the file, exit 2,
//! never a panic; empty, BOM, CRLF, standard input, huge files and one enormous line work.

use crate::common::*;

fn assert_input_error(args: &[&str], expected: &str) {
    let o = run(args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line expected: {err}");
    assert!(err.contains(expected), "expected {expected:?} in {err:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn missing_file() {
    assert_input_error(
        &["check", "samples/dprk-report/original.txt", "no/such.txt"],
        "concord: no/such.txt: no such file",
    );
}

#[test]
fn directory() {
    assert_input_error(
        &["segment", "samples"],
        "concord: samples: is a directory, not a file",
    );
}

#[test]
fn path_through_a_file() {
    assert_input_error(
        &["segment", "samples/dprk-report/original.txt/x"],
        "samples/dprk-report/original.txt/x: cannot read: Not a directory",
    );
}

#[test]
fn unreadable_file() {
    let dir = scratch("unreadable");
    let p = dir.join("secret.txt");
    std::fs::write(&p, "Hello.").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        // Running as root: permissions do not stop reading, nothing to test here.
        return;
    }
    let path = p.to_str().unwrap();
    assert_input_error(
        &["segment", path],
        &format!("{path}: cannot read: Permission denied"),
    );
}

#[test]
fn not_utf8_names_the_byte() {
    let dir = scratch("latin1");
    let p = dir.join("latin1.txt");
    std::fs::write(&p, b"Caf\xe9 au lait.").unwrap();
    let path = p.to_str().unwrap();
    assert_input_error(
        &["segment", path],
        &format!("{path}: not valid UTF-8 (invalid byte at byte 3)"),
    );
}

#[test]
fn binary_data() {
    let dir = scratch("binary");
    let p = dir.join("image.png");
    std::fs::write(&p, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let path = p.to_str().unwrap();
    assert_input_error(&["check", path, path], "binary data (NUL byte at byte 8)");
}

#[test]
fn empty_file_is_an_empty_version() {
    let dir = scratch("empty");
    let p = dir.join("empty.txt");
    std::fs::write(&p, "").unwrap();
    let path = p.to_str().unwrap();
    let o = run(&["segment", path, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        json(&o)["documents"][0]["sentences"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // Against a real text: everything in the base is missing from the empty version.
    let o = run(&[
        "check",
        "samples/dprk-report/original.txt",
        path,
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let missing = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "version-incomplete")
        .count();
    // An empty version is one document-level finding, not one per base sentence.
    assert_eq!(missing, 1);
    assert_eq!(v["findings"].as_array().unwrap().len(), 1);
}

#[test]
fn bom_and_crlf_keep_file_offsets() {
    let dir = scratch("bom");
    let p = dir.join("bom.txt");
    std::fs::write(&p, "\u{feff}First line.\r\nSecond line.\r\n").unwrap();
    let o = run(&["segment", p.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = &json(&o)["documents"][0]["sentences"];
    assert_eq!(
        (s[0]["start"].as_u64(), s[0]["end"].as_u64()),
        (Some(3), Some(14))
    );
    assert_eq!(
        (s[0]["line"].as_u64(), s[0]["column"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(
        (
            s[1]["start"].as_u64(),
            s[1]["line"].as_u64(),
            s[1]["column"].as_u64()
        ),
        (Some(16), Some(2), Some(1))
    );
}

#[test]
fn standard_input() {
    let o = run_with_stdin(&["segment", "-", "--format", "json"], Some(b"One. Two."));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["documents"][0]["path"], "-");
    assert_eq!(v["documents"][0]["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn usage_error_exits_2() {
    let o = run(&["check", "only-one.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn fifty_megabyte_file() {
    let dir = scratch("huge");
    let p = dir.join("huge.txt");
    let para = "The monitors said on Friday that the report, worth US$2.5 billion, was late. “It was,” he said.\n\n";
    let text = para.repeat(50_000_000 / para.len() + 1);
    std::fs::write(&p, &text).unwrap();
    let o = run(&["segment", p.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let n = v["documents"][0]["sentences"].as_array().unwrap().len();
    assert!(n >= 50_000_000 / para.len(), "{n} sentences");
}

#[test]
fn one_enormous_line() {
    let dir = scratch("oneline");
    let p = dir.join("line.txt");
    let s = "Pyongyang fired nine missiles in January, the report said. ";
    let text = s.repeat(5_000_000 / s.len() + 1);
    std::fs::write(&p, text.trim_end()).unwrap();
    let path = p.to_str().unwrap();
    let o = run(&["segment", path, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let sentences = v["documents"][0]["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 5_000_000 / s.len() + 1);
    assert_eq!(sentences.last().unwrap()["line"], 1);
}

/// Regression (issue 13): `/dev/zero` was read until memory ran out.
#[test]
fn endless_device_stops_at_once() {
    assert_input_error(
        &["segment", "/dev/zero"],
        "concord: /dev/zero: binary data (NUL byte at byte 0), not a text file",
    );
}

/// Regression (issue 13): an endless text stream on standard input was read without bound; it
/// now stops at the documented limit (load::MAX_INPUT_BYTES) with one line naming it.
#[test]
fn endless_stream_stops_at_the_size_limit() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["segment", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = "An endless story goes on. ".repeat(40) + "\n";
        // Write until concord closes the pipe (bounded: at most twice the limit).
        for _ in 0..(2 * (256 << 20) / line.len()) {
            if stdin.write_all(line.as_bytes()).is_err() {
                return true;
            }
        }
        false
    });
    let o = child.wait_with_output().unwrap();
    assert!(writer.join().unwrap(), "concord read past its limit");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(
        err.trim_end(),
        "concord: <stdin>: larger than 256 MiB, the most concord reads of one version"
    );
}
