//! The fact-checker's terminal: the human report names files once per unit, fits its summary
//! in the width, reads along the story with `--sort position`; review refuses what it cannot
//! do with standard input.

use crate::common::*;

const DPRK: [&str; 2] = [
    "samples/dprk-report/original.txt",
    "samples/dprk-report/translation.txt",
];

/// The unit header shows each version's full path once; the findings under it name the files
/// by their short names (regression: the full path three times per finding).
#[test]
fn findings_use_short_locations_under_a_header_with_full_paths() {
    let o = run(&["check", DPRK[0], DPRK[1], "--no-config"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("\n  samples/dprk-report/original.txt:5:1\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "  error   entity-mismatch: \"DPRK\" (original.txt:5:106) became \"South Korea\"\n          (translation.txt:4:83)\n"
        ),
        "{out}"
    );
    // Only the lines that head a version's sentences carry the directory.
    for line in out.lines().filter(|l| l.contains("samples/dprk-report/")) {
        assert!(line.starts_with("  samples/dprk-report/"), "{line}");
    }
    assert!(
        out.ends_with(
            "7 errors, 24 warnings, 2 info in original.txt [en] vs translation.txt [en]\n"
        ),
        "{out}"
    );
}

/// Versions with the same file name in different directories keep as much of their path as
/// tells them apart.
#[test]
fn short_names_keep_the_directories_that_tell_versions_apart() {
    let dir = scratch("short-names");
    for (sub, text) in [
        ("a", "Ten people died in Paris."),
        ("b", "Nine people died in Paris."),
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("story.txt"), text).unwrap();
    }
    let a = dir.join("a/story.txt").display().to_string();
    let b = dir.join("b/story.txt").display().to_string();
    let o = run(&["check", &a, &b, "--no-config"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("\"Ten\" (a/story.txt:1:1) became \"Nine\"\n          (b/story.txt:1:1)\n"),
        "{out}"
    );
    assert!(
        out.ends_with("in a/story.txt [en] vs b/story.txt [en]\n"),
        "{out}"
    );
}

/// A summary that would not fit in the width (80 columns in a pipe) counts the versions
/// instead of naming them, and every line of the report fits.
#[test]
fn the_summary_fits_the_width() {
    let dir = scratch("summary-width");
    let mut files = Vec::new();
    for i in 0..8 {
        let p = dir.join(format!("version-with-a-long-name-{i}.txt"));
        let n = if i == 3 { "Nine" } else { "Ten" };
        std::fs::write(&p, format!("{n} people died in Paris on Monday.\n")).unwrap();
        files.push(p.display().to_string());
    }
    let mut args = vec!["check", "--no-config"];
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let last = out.lines().last().unwrap();
    assert_eq!(last, "1 error, 0 warnings, 0 info in 8 versions", "{out}");
}

/// `--sort position` shows the units along the story; the default puts the most severe first.
#[test]
fn sort_position_reads_along_the_story() {
    let units = |extra: &[&str]| -> Vec<usize> {
        let mut args = vec!["check", DPRK[0], DPRK[1]];
        if !extra.contains(&"--config") {
            args.push("--no-config");
        }
        args.extend(extra);
        stdout(&run(&args))
            .lines()
            .filter_map(|l| l.strip_prefix("── unit "))
            .map(|l| l.split(' ').next().unwrap().parse().unwrap())
            .collect()
    };
    let by_position = units(&["--sort", "position"]);
    let mut sorted = by_position.clone();
    sorted.sort_unstable();
    assert_eq!(by_position, sorted);
    let by_severity = units(&[]);
    assert_ne!(by_severity, by_position, "the default order is by severity");
    let mut same = by_severity.clone();
    same.sort_unstable();
    assert_eq!(same, sorted, "the same units either way");
    // The configuration file says it too.
    let dir = scratch("sort-config");
    let cfg = dir.join("concord.toml");
    std::fs::write(&cfg, "sort = \"position\"\n").unwrap();
    let cfg = cfg.display().to_string();
    assert_eq!(units(&["--config", &cfg]), sorted);
}

/// The Markdown report follows `--sort` as well: numbered findings along the story.
#[test]
fn markdown_follows_sort() {
    let lines = |extra: &str| -> Vec<String> {
        stdout(&run(&[
            "check",
            DPRK[0],
            DPRK[1],
            "--no-config",
            "--format",
            "markdown",
            "--sort",
            extra,
        ]))
        .lines()
        .filter(|l| l.starts_with("#### "))
        .map(String::from)
        .collect()
    };
    let severity = lines("severity");
    let position = lines("position");
    assert_eq!(severity.len(), position.len());
    assert!(severity[0].ends_with("(error)"), "{severity:?}");
    assert_ne!(severity, position);
}

/// review reads its answers from standard input: a version from `-` or a name for it is a
/// usage error, not a silent hang or an ignored option.
#[test]
fn review_refuses_a_version_from_standard_input() {
    let o = run(&["review", DPRK[0], "-", "--no-config"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no version can be read from `-`"),
        "{}",
        stderr(&o)
    );
    let o = run(&["review", DPRK[0], DPRK[1], "--stdin-filename", "x.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`concord review` takes no --stdin-filename"),
        "{}",
        stderr(&o)
    );
}
