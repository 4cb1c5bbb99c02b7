//! The command line's surface through the built binary: the one-line format, `-q`,
//! `--statistics`, `explain`, completions and the man page, options before the subcommand,
//! the colour variables and `--stdin-filename`.

use crate::common::*;

const BASE: &str = "samples/dprk-report/original.txt";
const OTHER: &str = "samples/dprk-report/translation.txt";

/// `--format oneline`: `path:line:col: severity check message`, one line per finding, in the
/// JSON report's order and with its messages.
#[test]
fn oneline_is_one_line_per_finding_with_the_json_messages() {
    let o = run(&["check", BASE, OTHER, "--no-config", "--format", "oneline"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let j = json(&run(&[
        "check",
        BASE,
        OTHER,
        "--no-config",
        "--format",
        "json",
    ]));
    let findings = j["findings"].as_array().unwrap();
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), findings.len());
    for (line, f) in lines.iter().zip(findings) {
        let loc = f["locations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["document"] == 0)
            .unwrap_or(&f["locations"][0]);
        let path = j["documents"][loc["document"].as_u64().unwrap() as usize]["path"]
            .as_str()
            .unwrap();
        let expected = format!(
            "{path}:{}:{}: {} {} {}",
            loc["line"],
            loc["column"],
            f["severity"].as_str().unwrap(),
            f["rule"].as_str().unwrap(),
            f["message"].as_str().unwrap()
        );
        assert_eq!(*line, expected);
    }
}

#[test]
fn quiet_writes_nothing_and_keeps_the_exit_status() {
    let o = run(&["check", "-q", BASE, OTHER, "--no-config"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("", ""));
    let o = run(&["check", "--quiet", BASE, BASE, "--no-config"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
    let o = run(&["check", "-q", "-o", "x.txt", BASE, OTHER]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("concord: -q writes no report"),
        "{}",
        stderr(&o)
    );
}

/// `--statistics` goes to standard error, so the report on standard output stays valid JSON.
#[test]
fn statistics_count_per_check_and_severity_on_stderr() {
    let o = run(&[
        "check",
        BASE,
        OTHER,
        "--no-config",
        "--format",
        "json",
        "--statistics",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let j = json(&o);
    let findings = j["findings"].as_array().unwrap();
    let err = stderr(&o);
    let errors = findings
        .iter()
        .filter(|f| f["rule"] == "entity-mismatch" && f["severity"] == "error")
        .count();
    assert!(
        err.lines()
            .any(|l| l == format!("{errors:>5}  error    entity-mismatch")),
        "{err}"
    );
    assert_eq!(
        err.lines().last().unwrap(),
        format!("{:>5}  findings", findings.len())
    );
    let quiet = run(&["check", "-q", "--statistics", BASE, OTHER, "--no-config"]);
    assert_eq!(stdout(&quiet), "");
    assert_eq!(stderr(&quiet), err);
}

#[test]
fn explain_prints_the_checks_documentation() {
    let o = run(&["explain", "entity-mismatch"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("entity-mismatch (default severity: error)\n"),
        "{out}"
    );
    assert!(
        out.contains("What to do: Check which name is right"),
        "{out}"
    );
    let all = run(&["explain"]);
    assert_eq!(all.status.code(), Some(0));
    assert!(stdout(&all)
        .lines()
        .any(|l| l.starts_with("quote-altered      warning  ")));
    assert_eq!(stdout(&all).lines().count(), 11);
    let bad = run(&["explain", "entity-mismtach"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(stdout(&bad), "");
    let err = stderr(&bad);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "concord: unknown check 'entity-mismtach'; the checks are: entity-mismatch, "
        ),
        "{err}"
    );
    assert!(err.contains("version-incomplete"), "{err}");
}

#[test]
fn completions_for_each_shell_name_the_subcommands() {
    for (shell, marker) in [
        ("bash", "complete -F _concord"),
        ("zsh", "#compdef concord"),
        ("fish", "complete -c concord"),
        ("elvish", "edit:completion:arg-completer[concord]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let o = run(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains(marker), "{shell}: {marker} missing");
        for word in ["check", "explain", "stdin-filename", "fail-on"] {
            assert!(out.contains(word), "{shell}: {word} missing");
        }
    }
    let o = run(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
}

/// The bash script loads in bash and completes a subcommand.
#[test]
fn bash_completion_completes_subcommands() {
    let script = stdout(&run(&["completions", "bash"]));
    let dir = scratch("bash-completion");
    let path = dir.join("concord.bash");
    std::fs::write(&path, script).unwrap();
    let o = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}'; COMP_WORDS=(concord exp); COMP_CWORD=1; _concord concord exp concord; \
             echo \"${{COMPREPLY[@]}}\"",
            path.display()
        ))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "explain");
}

#[test]
fn man_page_is_roff_with_every_subcommand() {
    let o = run(&["man"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains(".TH concord 1"), "{out}");
    for word in [
        "check",
        "review",
        "batch",
        "explain",
        "completions",
        "\\-\\-fail\\-on",
    ] {
        assert!(out.contains(word), "{word} missing from the man page");
    }
}

/// Global options go before or after the subcommand, with the same result.
#[test]
fn options_before_the_subcommand_work_as_after_it() {
    let after = run(&["check", "--format", "json", "--no-config", BASE, OTHER]);
    let before = run(&["--format", "json", "--no-config", "check", BASE, OTHER]);
    assert_eq!(after.status.code(), Some(1));
    assert_eq!(before.status.code(), after.status.code());
    assert_eq!(stdout(&before), stdout(&after));
    let before = run(&["-q", "--fail-on", "never", "check", BASE, OTHER]);
    assert_eq!(
        (before.status.code(), stdout(&before)),
        (Some(0), String::new())
    );
    // An option the subcommand has no use for is an error, not silently ignored.
    let o = run(&["--fail-on", "warning", "segment", BASE]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "concord: `concord segment` takes no --fail-on\n"
    );
}

fn coloured(env: &[(&str, &str)], extra: &[&str]) -> bool {
    let mut args = vec!["check", BASE, OTHER, "--no-config"];
    args.extend_from_slice(extra);
    let o = run_env(&args, None, env);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    stdout(&o).contains("\u{1b}[")
}

/// A pipe gets no colour unless FORCE_COLOR or CLICOLOR_FORCE (not 0) says so; NO_COLOR wins
/// over both; `--color` wins over every variable.
#[test]
fn colour_variables_follow_the_conventions() {
    assert!(!coloured(&[], &[]));
    assert!(coloured(&[("FORCE_COLOR", "1")], &[]));
    assert!(coloured(&[("CLICOLOR_FORCE", "1")], &[]));
    assert!(!coloured(&[("CLICOLOR_FORCE", "0")], &[]));
    assert!(!coloured(&[("FORCE_COLOR", "")], &[]));
    assert!(!coloured(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")], &[]));
    assert!(!coloured(&[("FORCE_COLOR", "1")], &["--color", "never"]));
    assert!(coloured(&[("NO_COLOR", "1")], &["--color", "always"]));
}

#[test]
fn stdin_filename_names_the_version_read_from_stdin() {
    let text = std::fs::read(OTHER).unwrap();
    let o = run_with_stdin(
        &[
            "check",
            BASE,
            "-",
            "--no-config",
            "--format",
            "json",
            "--stdin-filename",
            "news/übersetzung.txt",
        ],
        Some(&text),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let j = json(&o);
    assert_eq!(j["documents"][1]["path"], "news/übersetzung.txt");
    assert!(j["findings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("news/übersetzung.txt:"));
    let o = run_with_stdin(
        &[
            "--stdin-filename",
            "a.txt",
            "segment",
            "-",
            "--format",
            "json",
        ],
        Some(b"One. Two.\n"),
    );
    assert_eq!(json(&o)["documents"][0]["path"], "a.txt");
    let o = run(&["check", BASE, OTHER, "--stdin-filename", "a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "concord: --stdin-filename names the version read from -, and no version is -\n"
    );
}
