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
    assert!(
        stderr(&o).is_empty(),
        "no progress bar when stderr is not a terminal"
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
