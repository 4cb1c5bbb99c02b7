//! Learnt and user aliases in a batch: each story's own definitions apply to that story only,
//! the user's alias file to every story (the per-story overlay over the shared gazetteer).

use crate::common::*;
use std::process::Command;

const REST: &str =
    "fired three missiles on Tuesday, officials said.\n\nThe launch was the first this year.\n";

/// The entity checks reported per story id, in manifest order.
fn entity_rules(out: &str) -> Vec<(String, Vec<String>)> {
    out.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let rules = v["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["rule"].as_str().unwrap().to_string())
                .filter(|r| r.starts_with("entity-"))
                .collect();
            (v["id"].as_str().unwrap().to_string(), rules)
        })
        .collect()
}

#[test]
fn learnt_and_user_aliases_resolve_per_story() {
    let dir = scratch("aliases-batch");
    let files = [
        // Defines its alias itself, then uses it.
        (
            "defines-a.txt",
            format!("Ruritania, also known as Borduria, {REST}"),
        ),
        ("defines-b.txt", format!("Borduria {REST}")),
        // Defines an acronym and uses it in the other version.
        (
            "acronym-a.txt",
            format!("The Zorvian Maritime Safety Authority (ZMSA) {REST}"),
        ),
        ("acronym-b.txt", format!("The ZMSA {REST}")),
        // Same swap without a definition: the first story's alias must not leak into it.
        ("plain-a.txt", format!("Ruritania {REST}")),
        ("plain-b.txt", format!("Borduria {REST}")),
        // Only the user's alias file makes these one entity.
        ("user-a.txt", format!("Zembla {REST}")),
        ("user-b.txt", format!("Latveria {REST}")),
    ];
    for (name, text) in &files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let manifest: String = ["defines", "acronym", "plain", "user"]
        .iter()
        .map(|s| format!("{{\"id\":\"{s}\",\"versions\":[\"{s}-a.txt\",\"{s}-b.txt\"]}}\n"))
        .collect();
    std::fs::write(dir.join("manifest.jsonl"), manifest).unwrap();
    std::fs::write(
        dir.join("aliases.toml"),
        "same = [[\"Zembla\", \"Latveria\"], [\"Jonas Smith\", \"J. Smith\"]]\n",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "batch",
            "manifest.jsonl",
            "--no-config",
            "--fail-on",
            "never",
        ];
        args.extend(extra);
        let o = Command::new(env!("CARGO_BIN_EXE_concord"))
            .current_dir(&dir)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        entity_rules(&stdout(&o))
    };
    let mismatch = || vec!["entity-mismatch".to_string()];
    let with_user = run(&["--aliases", "aliases.toml"]);
    assert_eq!(
        with_user,
        [
            ("defines".into(), vec![]),
            ("acronym".into(), vec![]),
            ("plain".into(), mismatch()),
            ("user".into(), vec![]),
        ]
    );
    let without = run(&[]);
    assert_eq!(without[0].1, Vec::<String>::new());
    assert_eq!(without[2].1, mismatch());
    assert_eq!(
        without[3].1,
        mismatch(),
        "no alias file: Zembla became Latveria"
    );
}
