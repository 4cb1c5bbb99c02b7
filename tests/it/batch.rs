//! `concord batch`: JSON Lines in manifest order, failed stories reported in their line, exit
//! status over all stories.

use crate::common::*;

fn write_manifest(dir: &std::path::Path, stories: &[(&str, &[&str])]) -> String {
    let lines: Vec<String> = stories
        .iter()
        .map(|(id, versions)| serde_json::json!({ "id": id, "versions": versions }).to_string())
        .collect();
    let p = dir.join("manifest.jsonl");
    std::fs::write(&p, lines.join("\n") + "\n").unwrap();
    p.to_str().unwrap().to_string()
}

fn lines(o: &std::process::Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn stories_come_back_in_manifest_order_with_failures_in_their_line() {
    let dir = scratch("batch");
    let root = env!("CARGO_MANIFEST_DIR");
    let orig = format!("{root}/samples/dprk-report/original.txt");
    let trans = format!("{root}/samples/dprk-report/translation.txt");
    std::fs::write(dir.join("a.txt"), "The ministry said 40 people were hurt.").unwrap();
    std::fs::write(dir.join("b.txt"), "The ministry said 40 people were hurt.").unwrap();
    let mut stories: Vec<(String, Vec<String>)> = Vec::new();
    for i in 0..12 {
        let versions = match i % 3 {
            0 => vec![orig.clone(), trans.clone()],
            1 => vec!["a.txt".to_string(), "b.txt".to_string()],
            _ => vec!["a.txt".to_string(), "gone.txt".to_string()],
        };
        stories.push((format!("story-{i}"), versions));
    }
    let refs: Vec<(&str, Vec<&str>)> = stories
        .iter()
        .map(|(id, v)| (id.as_str(), v.iter().map(String::as_str).collect()))
        .collect();
    let refs2: Vec<(&str, &[&str])> = refs.iter().map(|(id, v)| (*id, v.as_slice())).collect();
    let manifest = write_manifest(&dir, &refs2);
    let o = run(&["batch", &manifest, "--jobs", "2"]);
    // A story that could not be read makes the run exit 2, but every story is reported.
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // No progress bar when stderr is not a terminal: one line for each story that failed.
    let err = stderr(&o);
    let failed: Vec<&str> = err.lines().collect();
    assert_eq!(failed.len(), 4, "{err}");
    assert!(
        failed[0].starts_with("concord: story \"story-2\" could not be checked: ")
            && failed[0].ends_with("gone.txt: no such file"),
        "{err}"
    );
    let out = lines(&o);
    assert_eq!(out.len(), 12);
    for (i, line) in out.iter().enumerate() {
        assert_eq!(line["id"], format!("story-{i}"));
        match i % 3 {
            0 => assert!(line["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["rule"] == "sentence-missing")),
            1 => assert_eq!(line["findings"].as_array().unwrap().len(), 0, "{line}"),
            _ => assert!(
                line["error"]
                    .as_str()
                    .unwrap()
                    .ends_with("gone.txt: no such file"),
                "{line}"
            ),
        }
    }
}

#[test]
fn exit_status_follows_fail_on_over_all_stories() {
    let dir = scratch("batch-exit");
    std::fs::write(dir.join("a.txt"), "The ministry said 40 people were hurt.").unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "The ministry said 40 people were hurt. It was raining.",
    )
    .unwrap();
    let manifest = write_manifest(
        &dir,
        &[
            ("same", &["a.txt", "a.txt"]),
            ("added", &["a.txt", "b.txt"]),
        ],
    );
    // The only finding is an added sentence (info).
    assert_eq!(run(&["batch", &manifest]).status.code(), Some(0));
    assert_eq!(
        run(&["batch", &manifest, "--fail-on", "info"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["batch", &manifest, "--fail-on", "never"])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn malformed_manifest_is_a_usage_error() {
    let dir = scratch("batch-bad");
    let p = dir.join("m.jsonl");
    std::fs::write(&p, "{\"id\": 1, \"versions\": [\"a\", \"b\"]}\nnot json\n").unwrap();
    let o = run(&["batch", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("m.jsonl:2: not a manifest entry"),
        "{}",
        stderr(&o)
    );
}

fn batch_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(dir)
        .arg("batch")
        .args(args)
        .output()
        .unwrap()
}

/// Two stories: one with an error (a changed number), one clean; and a third that cannot be read.
fn desk(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::write(
        dir.join("a.txt"),
        "The ministry said 40 people were hurt.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "The ministry said 45 people were hurt.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("m.jsonl"),
        "{\"id\": 123456789012345678901234567890, \"versions\": [\"a.txt\", \"b.txt\"]}\n\
         {\"id\":1e400,\"versions\":[\"a.txt\",\"a.txt\"]}\n",
    )
    .unwrap();
    dir
}

#[test]
fn ids_come_back_as_written() {
    let dir = desk("batch-ids");
    let o = batch_in(&dir, &["m.jsonl"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("{\"id\":123456789012345678901234567890,"),
        "{out}"
    );
    assert!(lines[1].starts_with("{\"id\":1e400,"), "{out}");
}

#[test]
fn the_configuration_and_a_baseline_apply_to_every_story() {
    let dir = desk("batch-config");
    // fail-on never in the configuration: findings, exit 0.
    std::fs::write(dir.join("concord.toml"), "fail-on = \"never\"\n").unwrap();
    let o = batch_in(&dir, &["m.jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::write(
        dir.join("concord.toml"),
        "disable = [\"number-mismatch\"]\n",
    )
    .unwrap();
    let o = batch_in(&dir, &["m.jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stdout(&o).contains("number-mismatch"), "{}", stdout(&o));
    std::fs::remove_file(dir.join("concord.toml")).unwrap();
    // A baseline recorded from the first story hides its finding in the batch.
    let w = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(&dir)
        .args(["check", "a.txt", "b.txt", "--write-baseline", "known.json"])
        .output()
        .unwrap();
    assert_eq!(w.status.code(), Some(1));
    let o = batch_in(&dir, &["m.jsonl", "--baseline", "known.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first: serde_json::Value =
        serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(first["findings"], serde_json::json!([]));
    assert_eq!(first["suppressed"], 1);
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    // The same baseline named in the configuration; with nothing to hide its entry is stale.
    std::fs::write(dir.join("concord.toml"), "baseline = \"known.json\"\n").unwrap();
    std::fs::write(
        dir.join("clean.jsonl"),
        "{\"id\": \"x\", \"versions\": [\"a.txt\", \"a.txt\"]}\n",
    )
    .unwrap();
    let o = batch_in(&dir, &["clean.jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stderr(&o),
        "concord: 1 baseline entry matched no finding in any story (stale)\n"
    );
}

#[test]
fn sarif_is_one_valid_log_over_all_stories() {
    let dir = desk("batch-sarif");
    let mut m = std::fs::read_to_string(dir.join("m.jsonl")).unwrap();
    m.push_str("{\"id\": \"gone\", \"versions\": [\"a.txt\", \"gone.txt\"]}\n");
    std::fs::write(dir.join("m.jsonl"), m).unwrap();
    let o = batch_in(&dir, &["m.jsonl", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("\"properties\":{\"story\":123456789012345678901234567890}"),
        "{text}"
    );
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../data/sarif-schema-2.1.0.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &v["runs"][0];
    assert_eq!(v["runs"].as_array().unwrap().len(), 1);
    let results = run["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "number-mismatch"));
    // On the other version, as for check.
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "b.txt"
    );
    let note = &run["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(
        note["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("story gone could not be checked: "),
        "{note}"
    );
}

#[test]
fn github_and_markdown_formats() {
    let dir = desk("batch-github");
    let o = batch_in(&dir, &["m.jsonl", "--format", "github"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.lines()
            .all(|l| l.starts_with("::error file=b.txt,") || l.starts_with("::warning file=b.txt,")),
        "{out}"
    );
    assert!(out.contains("number-mismatch"), "{out}");
    let o = batch_in(&dir, &["m.jsonl", "--format", "markdown"]);
    let md = stdout(&o);
    assert!(
        md.starts_with("### concord: 2 stories: 1 failing, 0 could not be checked;"),
        "{md}"
    );
    assert!(
        md.contains("| 123456789012345678901234567890 | fails | 1 |"),
        "{md}"
    );
    assert!(md.contains("| 1e400 | passes | 0 | 0 | 0 |"), "{md}");
    let o = batch_in(&dir, &["m.jsonl", "--format", "human"]);
    let human = stdout(&o);
    assert!(
        human.ends_with(
            "2 stories: 1 failing, 0 could not be checked; 1 error, 0 warnings, 0 info\n"
        ),
        "{human}"
    );
    let o = batch_in(&dir, &["m.jsonl", "--format", "json", "-o", "x"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_terminal_gets_a_summary() {
    use rexpect::session::spawn_command;
    let dir = desk("batch-tty");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.current_dir(&dir)
        .env("NO_COLOR", "1")
        .args(["batch", "m.jsonl"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("fail   123456789012345678901234567890  1 error, 0 warnings, 0 info")
        .unwrap();
    p.exp_string("ok     1e400").unwrap();
    p.exp_string("2 stories: 1 failing").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn it_stops_soon_after_its_reader_goes_away() {
    use std::io::BufRead;
    let dir = scratch("batch-epipe");
    let root = env!("CARGO_MANIFEST_DIR");
    let line = serde_json::json!({
        "id": "s",
        "versions": [
            format!("{root}/samples/dprk-report/original.txt"),
            format!("{root}/samples/dprk-report/translation.txt"),
        ],
    })
    .to_string();
    let total = 3000;
    std::fs::write(dir.join("m.jsonl"), format!("{line}\n").repeat(total)).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(&dir)
        .args(["batch", "m.jsonl", "--format", "json", "-j", "2"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"id\":\"s\""), "{first}");
    // The reader is dropped here: the pipe closes.
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    // Findings were reported before the pipe closed: exit 1, not 0.
    assert_eq!(o.status.code(), Some(1), "{err}");
    let prefix = "concord: standard output was closed; stopped after ";
    let n: usize = err
        .strip_prefix(prefix)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    assert!(n < total, "{err}");
    assert!(err.ends_with(&format!(" of {total} stories\n")), "{err}");
}
