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
fn ignore_then_quit_writes_the_baseline_only() {
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
    assert!(!dir.join("concord.toml").exists());
    // A later check with that baseline hides the finding.
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
