//! Regression tests from minimal inputs: each bug the fuzz targets, the property tests or issue
//! 13 found, written down before its fix.

use crate::common::*;

/// A story whose sentences carry terminal escape sequences (retitle the terminal, clear the
/// screen), a C1 control and a right-to-left override, with a name and a number changed.
const HOSTILE_BASE: &str = "The minister met envoys in Paris on Monday.\u{1b}]0;owned\u{7} \
     He said 3 ships left.\u{1b}[2J \u{9b}31m \u{202e}Quoted text.\n";
const HOSTILE_OTHER: &str = "The minister met envoys in Berlin on Monday.\u{1b}]0;owned\u{7} \
     He said 4 ships left.\u{1b}[2J \u{9b}31m \u{202e}Quoted text.\n";

fn hostile_files(name: &str) -> (std::path::PathBuf, String, String) {
    let dir = scratch(name);
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, HOSTILE_BASE).unwrap();
    std::fs::write(&b, HOSTILE_OTHER).unwrap();
    (
        dir.clone(),
        a.display().to_string(),
        b.display().to_string(),
    )
}

/// The output holds none of the document's control characters, raw; it shows them escaped.
fn assert_escaped(out: &str, format: &str) {
    crate::invariants::no_controls(out, &['\n'], format);
    assert!(
        out.contains("\\u{1b}"),
        "{format} output shows no escape:\n{out}"
    );
}

#[test]
fn human_check_output_escapes_control_characters() {
    let (_d, a, b) = hostile_files("hostile-human");
    let o = run(&["check", &a, &b, "--fail-on", "never"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_escaped(&stdout(&o), "human check");
}

#[test]
fn human_segment_and_align_output_escape_control_characters() {
    let (_d, a, b) = hostile_files("hostile-align");
    for args in [
        vec!["segment", a.as_str()],
        vec!["align", a.as_str(), b.as_str()],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_escaped(&stdout(&o), args[0]);
    }
}

#[test]
fn human_variants_table_escapes_control_characters() {
    let dir = scratch("hostile-variants");
    let mut paths = Vec::new();
    for (i, city) in ["Paris", "Berlin", "Rome"].iter().enumerate() {
        let p = dir.join(format!("v{i}.txt"));
        std::fs::write(&p, HOSTILE_BASE.replace("Paris", city)).unwrap();
        paths.push(p.display().to_string());
    }
    let mut args = vec!["check", "--fail-on", "never"];
    args.extend(paths.iter().map(String::as_str));
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_escaped(&stdout(&o), "human check of three versions");
}

#[test]
fn markdown_output_escapes_control_characters() {
    let (_d, a, b) = hostile_files("hostile-md");
    let o = run(&[
        "check",
        &a,
        &b,
        "--format",
        "markdown",
        "--fail-on",
        "never",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_escaped(&stdout(&o), "markdown");
}

#[test]
fn github_output_escapes_control_characters_and_fake_commands() {
    let dir = scratch("hostile-github");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    // A quotation whose words end a line and print a workflow command of their own.
    std::fs::write(
        &a,
        "He said “we will\n::error file=x::fake 100%\u{1b}[2J” in Paris.\n",
    )
    .unwrap();
    std::fs::write(&b, "He said in Berlin.\n").unwrap();
    let (a, b) = (a.display().to_string(), b.display().to_string());
    let o = run(&["check", &a, &b, "--format", "github", "--fail-on", "never"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    crate::invariants::no_controls(&out, &['\n'], "github");
    for line in out.lines() {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{line}"
        );
    }
    assert!(!out.contains("\n::error file=x"), "{out}");
    assert!(out.contains("\\u{1b}"), "{out}");
}

#[test]
fn review_output_escapes_control_characters() {
    use rexpect::session::spawn_command;
    let (dir, _, _) = hostile_files("hostile-review");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.current_dir(&dir)
        .env("NO_COLOR", "1")
        .args(["review", "a.txt", "b.txt"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    let shown = p.exp_regex(r"What now \[[a-z,?]+\]\? ").unwrap().0;
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{9b}'),
        "{shown:?}"
    );
    assert!(shown.contains("\\u{1b}"), "{shown}");
}

#[test]
fn unknown_check_id_in_config_is_echoed_escaped() {
    let dir = scratch("hostile-config");
    std::fs::write(
        dir.join("concord.toml"),
        "disable = [\"x\\n::error file=a.txt::fake\\u001b[2J\"]\n",
    )
    .unwrap();
    for (i, t) in [HOSTILE_BASE, HOSTILE_OTHER].iter().enumerate() {
        std::fs::write(dir.join(format!("{i}.txt")), t).unwrap();
    }
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_concord"));
    let o = cmd
        .current_dir(&dir)
        .args(["check", "0.txt", "1.txt"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    crate::invariants::no_controls(err.trim_end(), &[], "config error");
    assert!(
        err.contains("unknown check 'x\\n::error file=a.txt::fake\\u{1b}[2J'"),
        "{err}"
    );
}

#[test]
fn library_errors_render_as_one_clean_line() {
    // The property test's minimal case: a check id that is a new line.
    let e = concord::config::parse("disable = [\"\\n\"]").unwrap_err();
    crate::invariants::error_line(&e);
    let e = concord::error::Error::input("a\nb.txt", "bad \u{1b}[2J");
    assert_eq!(e.to_string(), "a\\nb.txt: bad \\u{1b}[2J");
}
