//! The GitHub Action and the workflow newsrooms copy: docs/ci.md shows exactly
//! docs/examples/concord.yml (which scripts/actionlint.sh lints), with the permissions, the
//! steps that still run when the check fails, and current action versions.

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn the_workflow_in_docs_is_the_linted_file() {
    let doc = read("docs/ci.md");
    let file = read("docs/examples/concord.yml");
    let start = doc
        .find("```yaml\nname: concord\n")
        .expect("the workflow block")
        + "```yaml\n".len();
    let end = start + doc[start..].find("```\n").unwrap();
    assert_eq!(
        &doc[start..end],
        file,
        "docs/ci.md and docs/examples/concord.yml differ"
    );
}

#[test]
fn the_workflow_reports_even_when_the_check_fails() {
    let file = read("docs/examples/concord.yml");
    for line in [
        "  contents: read",
        "  security-events: write",
        "  pull-requests: write",
        "      - uses: actions/checkout@v4",
        "        uses: github/codeql-action/upload-sarif@v3",
        "core.quotePath=false diff -z",
    ] {
        assert!(file.contains(line), "missing {line:?}");
    }
    // The upload and the comment both run after a failed check.
    assert_eq!(file.matches("if: always() && hashFiles(").count(), 2);
    // Nothing from the pull request is pasted into a script: it goes through env.
    assert!(!file.contains("run: gh pr comment \"${{"), "{file}");
}

#[test]
fn the_action_builds_with_a_cache_or_installs_a_release() {
    let action = read("action.yml");
    for line in [
        "  using: composite",
        "      uses: actions/cache@v4",
        "      run: cargo install --locked --path \"$SOURCE\"",
        "      if: inputs.version != ''",
    ] {
        assert!(action.contains(line), "missing {line:?}");
    }
}
