//! A directory as a story (`concord check DIR`), `--base` among the versions, and
//! `concord config`.

use crate::common::*;

const BASE: &str = "samples/dprk-report/original.txt";
const OTHER: &str = "samples/dprk-report/translation.txt";

/// A scratch story directory: the two versions of samples/dprk-report under these names, and
/// a hidden file and a concord.toml that are not versions.
fn story(name: &str, base: &str, other: &str) -> String {
    let dir = scratch(name);
    std::fs::copy(BASE, dir.join(base)).unwrap();
    std::fs::copy(OTHER, dir.join(other)).unwrap();
    std::fs::write(dir.join(".notes.txt"), "Not a version.\n").unwrap();
    std::fs::write(dir.join("concord.toml"), "fail-on = \"never\"\n").unwrap();
    dir.display().to_string()
}

fn paths(o: &std::process::Output) -> Vec<String> {
    json(o)["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_directory_is_a_story_with_original_as_its_base() {
    // "translation" sorts after "original" by name; "a-translation" before it.
    let dir = story("dir-story", "original.txt", "a-translation.txt");
    let o = run(&["check", &dir, "--no-config", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        paths(&o),
        [
            format!("{dir}/original.txt"),
            format!("{dir}/a-translation.txt")
        ]
    );
    let files = run(&["check", BASE, OTHER, "--no-config", "--format", "json"]);
    assert_eq!(
        json(&o)["findings"].as_array().unwrap().len(),
        json(&files)["findings"].as_array().unwrap().len()
    );
}

#[test]
fn the_base_of_a_directory_by_base_or_configuration() {
    let dir = story("dir-base", "en.txt", "fr.txt");
    let o = run(&["check", &dir, "--no-config", "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with(&format!("concord: {dir}: which file is the base?")),
        "{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).lines().count(), 1);
    let o = run(&[
        "check",
        &dir,
        "--base",
        "fr.txt",
        "--no-config",
        "--format",
        "json",
    ]);
    assert_eq!(paths(&o)[0], format!("{dir}/fr.txt"));
    let config = format!("{dir}/../dir-base.toml");
    std::fs::write(&config, "base = \"fr.txt\"\n").unwrap();
    let o = run(&["check", &dir, "--config", &config, "--format", "json"]);
    assert_eq!(paths(&o)[0], format!("{dir}/fr.txt"), "{}", stderr(&o));
    // The command line wins over the file.
    let o = run(&[
        "check", &dir, "--config", &config, "--base", "en.txt", "--format", "json",
    ]);
    assert_eq!(paths(&o)[0], format!("{dir}/en.txt"));
}

#[test]
fn base_not_among_the_versions_is_a_usage_error() {
    let o = run(&["check", BASE, OTHER, "--base", "samples/split/original.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!("concord: --base samples/split/original.txt is not one of the versions ({BASE}, {OTHER})\n")
    );
    let o = run(&["check", BASE]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    // --base naming one of them puts it first.
    let o = run(&[
        "check",
        BASE,
        OTHER,
        "--base",
        OTHER,
        "--no-config",
        "--format",
        "json",
    ]);
    assert_eq!(paths(&o), [OTHER, BASE]);
}

#[test]
fn config_prints_the_file_in_force_and_each_settings_source() {
    let dir = scratch("config-print");
    let path = dir.join("c.toml");
    std::fs::write(
        &path,
        "segmenter = \"lines\"\nbase = \"original.txt\"\nannotate = \"base\"\n[severity]\nquote-missing = \"error\"\n[languages]\n\"original.txt\" = \"en\"\n",
    )
    .unwrap();
    let p = path.display().to_string();
    let o = run(&[
        "config",
        "--config",
        &p,
        "--fail-on",
        "warning",
        "--sort",
        "position",
        "--lang",
        "de",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with(&format!("# configuration file: {p}\n")),
        "{out}"
    );
    for line in [
        "fail-on = \"warning\"  # command line",
        "segmenter = \"lines\"  # configuration file",
        "base = \"original.txt\"  # configuration file",
        "quote-missing = \"error\"  # configuration file",
        "entity-mismatch = \"error\"  # default",
        "annotate = \"base\"  # configuration file",
        "sort = \"position\"  # command line",
        "\"original.txt\" = \"en\"  # configuration file",
        "\"*\" = \"de\"  # command line",
    ] {
        assert!(out.lines().any(|l| l == line), "{line} missing:\n{out}");
    }
    let o = run(&["config", "--no-config"]);
    assert!(stdout(&o).starts_with("# configuration file: none (--no-config)\n"));
    assert!(stdout(&o).contains("segmenter = \"auto\"  # default\n"));
    assert!(stdout(&o).contains("annotate = \"other\"  # default\n"));
    assert!(stdout(&o).contains("sort = \"severity\"  # default\n"));
}
