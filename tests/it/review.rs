//! `concord review` driven through a real pseudo-terminal: answers are carried out as given,
//! quitting keeps them, and without a terminal it refuses with exit 2.

use crate::common::*;
use rexpect::session::spawn_command;

fn review_cmd(dir: &std::path::Path) -> std::process::Command {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .args(["review", "original.txt", "revised.txt"]);
    std::fs::copy(
        format!("{root}/tests/fixtures/review/original.txt"),
        dir.join("original.txt"),
    )
    .unwrap();
    std::fs::copy(
        format!("{root}/tests/fixtures/review/revised.txt"),
        dir.join("revised.txt"),
    )
    .unwrap();
    cmd
}

#[test]
fn ignore_then_quit_writes_the_baseline_and_records_it() {
    let dir = scratch("review-ignore");
    let mut p = spawn_command(review_cmd(&dir), Some(20_000)).unwrap();
    // The most severe finding comes first: the swapped country.
    p.exp_string("entity-mismatch").unwrap();
    p.exp_regex(r"\(1/\d+\) What now \[a,i,k,n,p,q,\?\]\? ")
        .unwrap();
    // Nothing is written before an answer.
    assert!(!dir.join("concord-baseline.json").exists());
    p.send_line("?").unwrap();
    p.exp_string("q - quit").unwrap();
    p.send_line("i").unwrap();
    p.exp_string("Added to the baseline concord-baseline.json.")
        .unwrap();
    p.exp_regex(r"\(2/\d+\) What now").unwrap();
    p.send_line("q").unwrap();
    p.exp_string("Reviewed: 0 aliases added, 1 finding ignored")
        .unwrap();
    p.exp_eof().unwrap();
    let baseline = std::fs::read_to_string(dir.join("concord-baseline.json")).unwrap();
    assert!(
        baseline.contains("\"rule\": \"entity-mismatch\""),
        "{baseline}"
    );
    // The new concord.toml names the baseline, so that plain `check` reads it.
    assert_eq!(
        std::fs::read_to_string(dir.join("concord.toml")).unwrap(),
        "baseline = \"concord-baseline.json\"\n"
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(&dir)
        .args(["check", "original.txt", "revised.txt", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["baseline"]["suppressed"], 1, "{v}");
    // And so does a check given the baseline by name.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(&dir)
        .args([
            "check",
            "original.txt",
            "revised.txt",
            "--baseline",
            "concord-baseline.json",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["baseline"]["suppressed"], 1);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["rule"] != "entity-mismatch"));
}

#[test]
fn same_entity_adds_the_alias_pair_to_the_config() {
    let dir = scratch("review-alias");
    let mut p = spawn_command(review_cmd(&dir), Some(20_000)).unwrap();
    p.exp_string("entity-mismatch").unwrap();
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("a").unwrap();
    p.exp_string("to the aliases in").unwrap();
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
    let config = std::fs::read_to_string(dir.join("concord.toml")).unwrap();
    assert!(config.contains("[aliases]"), "{config}");
    assert!(config.contains("\"Ruritania\""), "{config}");
    assert!(config.contains("\"Borduria\""), "{config}");
    // With the alias, the entity mismatch is gone.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(&dir)
        .args(["check", "original.txt", "revised.txt", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["rule"] != "entity-mismatch"),
        "{v}"
    );
}

#[test]
fn without_a_terminal_it_exits_2() {
    let o = run(&[
        "review",
        "tests/fixtures/review/original.txt",
        "tests/fixtures/review/revised.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("review asks questions and needs a terminal"),
        "{}",
        stderr(&o)
    );
}

/// A story where one sentence appears twice: two findings with the same content, told apart
/// only by their occurrence.
fn twice_cmd(dir: &std::path::Path, args: &[&str]) -> std::process::Command {
    let line =
        |country: &str| format!("{country} fired three missiles on Tuesday, officials said.\n");
    let story = |country: &str| {
        format!(
            "{}\nThe minister spoke.\n\n{}",
            line(country),
            line(country)
        )
    };
    std::fs::write(dir.join("original.txt"), story("Ruritania")).unwrap();
    std::fs::write(dir.join("revised.txt"), story("Borduria")).unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .args(["review", "original.txt", "revised.txt"])
        .args(args);
    cmd
}

fn ignore_first(dir: &std::path::Path) {
    let mut p = spawn_command(twice_cmd(dir, &[]), Some(20_000)).unwrap();
    p.exp_string("entity-mismatch").unwrap();
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("i").unwrap();
    p.exp_string("Added to the baseline concord-baseline.json.")
        .unwrap();
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ignoring_the_second_of_two_identical_findings_records_the_second() {
    // Defect 2: with the first already in the baseline, the second was recorded with the first
    // one's fingerprint (occurrences were counted after the baseline hid the first), so it came
    // back in the next run.
    let dir = scratch("review-twice");
    ignore_first(&dir);
    ignore_first(&dir);
    let baseline = std::fs::read_to_string(dir.join("concord-baseline.json")).unwrap();
    let b: serde_json::Value = serde_json::from_str(&baseline).unwrap();
    let fps: Vec<&str> = b["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(fps.len(), 2, "{baseline}");
    assert_ne!(fps[0], fps[1], "{baseline}");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(&dir)
        .args([
            "check",
            "original.txt",
            "revised.txt",
            "--baseline",
            "concord-baseline.json",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["baseline"]["suppressed"], 2, "{v}");
    assert_eq!(v["baseline"]["stale"], serde_json::json!([]), "{v}");
    assert!(v["findings"].as_array().unwrap().is_empty(), "{v}");
}

#[test]
fn no_config_never_writes_a_config_file() {
    // Defect 3: `review --no-config` added the alias to the concord.toml it was told to ignore.
    let dir = scratch("review-no-config");
    let config = "# Our desk's settings.\nfail-on = \"warning\"\n";
    std::fs::write(dir.join("concord.toml"), config).unwrap();
    let mut cmd = review_cmd(&dir);
    cmd.arg("--no-config");
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("entity-mismatch").unwrap();
    p.exp_regex(r"\(1/\d+\) What now \[a,").unwrap();
    p.send_line("a").unwrap();
    p.exp_string("--no-config").unwrap();
    p.exp_string("not recorded").unwrap();
    // The finding is still undecided: the same question again.
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("q").unwrap();
    p.exp_string("Reviewed: 0 aliases added").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("concord.toml")).unwrap(),
        config
    );
}

#[test]
fn same_entity_goes_to_the_config_file_given() {
    // With --config FILE, `[a]` writes there and nowhere else, even when a concord.toml is near.
    let dir = scratch("review-config-file");
    std::fs::write(dir.join("concord.toml"), "").unwrap();
    std::fs::write(dir.join("desk.toml"), "# Desk.\n").unwrap();
    let mut cmd = review_cmd(&dir);
    cmd.args(["--config", "desk.toml"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("a").unwrap();
    p.exp_string("to the aliases in desk.toml.").unwrap();
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
    let desk = std::fs::read_to_string(dir.join("desk.toml")).unwrap();
    assert!(desk.contains("# Desk."), "{desk}");
    assert!(desk.contains("\"Ruritania\""), "{desk}");
    assert_eq!(
        std::fs::read_to_string(dir.join("concord.toml")).unwrap(),
        ""
    );
}

fn check_json(dir: &std::path::Path) -> serde_json::Value {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(dir)
        .args(["check", "original.txt", "revised.txt", "--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn keep_is_remembered_and_fail_on_sets_the_exit_status() {
    let dir = scratch("review-keep");
    let mut p = spawn_command(review_cmd(&dir), Some(20_000)).unwrap();
    p.exp_regex(r"\(1/(\d+)\) What now").unwrap();
    p.send_line("k").unwrap();
    p.exp_regex(r"\(2/\d+\) What now").unwrap();
    p.send_line("q").unwrap();
    p.exp_string("0 aliases added, 0 findings ignored, 1 kept")
        .unwrap();
    p.exp_eof().unwrap();
    // The kept error is left: exit 1 under the default --fail-on error.
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 1)),
        "{status:?}"
    );
    // The next review does not ask about it again; check still reports it.
    let mut cmd = review_cmd(&dir);
    cmd.args(["--fail-on", "never"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("1 finding kept in an earlier review (recorded in ")
        .unwrap();
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
    let v = check_json(&dir);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "entity-mismatch"),
        "{v}"
    );
}

#[test]
fn ctrl_c_keeps_every_decision_made() {
    let dir = scratch("review-ctrl-c");
    let cmd = review_cmd(&dir);
    // Three findings: two decided, then Ctrl-C at the third.
    std::fs::write(
        dir.join("original.txt"),
        "Ruritania fired three missiles on Tuesday.\n\nThe minister said 12 more tests would follow.\n\nThe army has 400 tanks.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("revised.txt"),
        "Borduria fired three missiles on Tuesday.\n\nThe minister said 15 more tests would follow.\n\nThe army has 300 tanks.\n",
    )
    .unwrap();
    // A test run started as a background job of a non-interactive shell (`cmd &`) inherits
    // SIGINT ignored, and so would concord: Ctrl-C would then do nothing. A user's terminal
    // delivers it, so the test restores the default disposition for the child it spawns.
    // SAFETY: signal(2) with SIG_DFL only changes this process's disposition of SIGINT.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
    }
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("i").unwrap();
    p.exp_regex(r"\(2/\d+\) What now").unwrap();
    p.send_line("k").unwrap();
    p.exp_regex(r"\(3/\d+\) What now").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    let b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("concord-baseline.json")).unwrap())
            .unwrap();
    assert_eq!(b["findings"].as_array().unwrap().len(), 1, "{b}");
    assert_eq!(b["kept"].as_array().unwrap().len(), 1, "{b}");
    // No lock or temporary file is left behind.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "concord-baseline.json",
            "concord.toml",
            "original.txt",
            "revised.txt"
        ]
    );
    let v = check_json(&dir);
    assert_eq!(v["baseline"]["suppressed"], 1, "{v}");
}

#[test]
fn a_crlf_config_with_a_bom_keeps_its_comments_line_ends_and_bom() {
    let dir = scratch("review-crlf");
    let config = "\u{feff}# Desk settings.\r\nfail-on = \"error\"\r\n\r\n[aliases]\r\n# Ours.\r\nsame = [[\"DPRK\", \"North Korea\"]]\r\n";
    std::fs::write(dir.join("concord.toml"), config).unwrap();
    let mut p = spawn_command(review_cmd(&dir), Some(20_000)).unwrap();
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("a").unwrap();
    p.exp_string("to the aliases in").unwrap();
    p.exp_regex(r"\(2/\d+\) What now").unwrap();
    p.send_line("i").unwrap();
    p.exp_string("Added to the baseline").unwrap();
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
    let text = std::fs::read_to_string(dir.join("concord.toml")).unwrap();
    assert!(text.starts_with("\u{feff}# Desk settings.\r\n"), "{text:?}");
    assert!(text.contains("# Ours.\r\n"), "{text:?}");
    assert!(!text.replace("\r\n", "").contains('\n'), "{text:?}");
    assert!(text.contains("\"Ruritania\""), "{text:?}");
    assert!(
        text.contains("baseline = \"concord-baseline.json\"\r\n"),
        "{text:?}"
    );
    // Plain check reads both decisions.
    let v = check_json(&dir);
    assert_eq!(v["baseline"]["suppressed"], 1, "{v}");
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["rule"] != "entity-mismatch"),
        "{v}"
    );
}

#[test]
fn a_held_lock_is_waited_for_and_then_named() {
    // Another writer holds the baseline's lock: `[i]` waits, then says which file to remove.
    let dir = scratch("review-lock");
    std::fs::write(dir.join(".concord-baseline.json.lock"), "").unwrap();
    let mut p = spawn_command(review_cmd(&dir), Some(30_000)).unwrap();
    p.exp_regex(r"\(1/\d+\) What now").unwrap();
    p.send_line("i").unwrap();
    p.exp_string("another concord has been writing it").unwrap();
    p.exp_string(".concord-baseline.json.lock").unwrap();
    p.exp_eof().unwrap();
    assert!(!dir.join("concord-baseline.json").exists());
}
