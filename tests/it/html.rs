//! `--format html`: the page for samples/dprk-report as an insta snapshot, escaping of what the
//! versions hold, `-o FILE` written whole or not at all, and `batch --format html -o DIR`.
//! What the page does in a browser is tested by tests/browser/run.sh.

use crate::common::*;

fn html(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--no-config", "--format", "html"]);
    let o = run(&all);
    (o.status.code().unwrap(), stdout(&o), stderr(&o))
}

#[test]
fn dprk_report_snapshot() {
    let (code, page, err) = html(&[
        "samples/dprk-report/original.txt",
        "samples/dprk-report/translation.txt",
    ]);
    assert_eq!(code, 1, "{err}");
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("dprk-report.html", page);
    });
}

#[test]
fn three_versions_get_a_column_each_and_variants() {
    let (_, page, err) = html(&[
        "samples/three-outlets/wire.txt",
        "samples/three-outlets/outlet-a.txt",
        "samples/three-outlets/outlet-b.txt",
    ]);
    assert!(page.contains("<table class=\"variants\">"), "{err}");
    assert_eq!(
        page.matches("<div role=\"cell\" data-doc=\"3\">").count(),
        6
    );
}

#[test]
fn markup_in_a_story_renders_as_text() {
    let dir = scratch("html-escape");
    let a = dir.join("a<b>.txt");
    let b = dir.join("b.txt");
    std::fs::write(
        &a,
        "The minister said 40 people were hurt. <script>alert('x')</script> </style> & more.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "The minister said 41 people were hurt. <script>alert('x')</script> </style> & more.\n",
    )
    .unwrap();
    let (code, page, err) = html(&[a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        page.contains(
            "&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#60;/style&#62; &#38; more."
        ),
        "{page}"
    );
    assert!(page.contains("a&#60;b&#62;.txt"));
    // Only the page's own style sheet and script.
    assert_eq!(page.matches("<script").count(), 1);
    assert_eq!(page.matches("</script>").count(), 1);
    assert_eq!(page.matches("</style>").count(), 1);
    // The number finding is highlighted on both sides.
    assert!(
        page.contains(">40</mark>") && page.contains(">41</mark>"),
        "{page}"
    );
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let dir = scratch("html-output");
    let out = dir.join("report.html");
    let o = run(&[
        "check",
        "samples/dprk-report/original.txt",
        "samples/dprk-report/translation.txt",
        "--no-config",
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "nothing on standard output");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    // A failed run leaves the previous report as it was.
    let o = run(&[
        "check",
        "samples/dprk-report/original.txt",
        "missing.txt",
        "--no-config",
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), page);
    // No temporary file is left beside it.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["report.html"]);
    // A directory that does not exist: one line naming the file.
    let nowhere = dir.join("no/such/dir/report.html");
    let o = run(&[
        "check",
        "samples/dprk-report/original.txt",
        "samples/dprk-report/translation.txt",
        "--no-config",
        "-o",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("concord: {}: cannot write", nowhere.display())),
        "{err}"
    );
    // Any format can go to a file; the human one then has no colour.
    let text = dir.join("report.txt");
    let o = run(&[
        "check",
        "samples/dprk-report/original.txt",
        "samples/dprk-report/translation.txt",
        "--no-config",
        "-o",
        text.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let human = std::fs::read_to_string(&text).unwrap();
    assert!(human.contains("7 errors, 24 warnings, 2 info") && !human.contains('\u{1b}'));
}

#[test]
fn batch_writes_a_report_per_story_and_an_index() {
    let dir = scratch("html-batch");
    let root = env!("CARGO_MANIFEST_DIR");
    let manifest = dir.join("manifest.jsonl");
    std::fs::write(
        &manifest,
        format!(
            "{{\"id\": \"dprk\", \"versions\": [\"{root}/samples/dprk-report/original.txt\", \"{root}/samples/dprk-report/translation.txt\"]}}\n\
             {{\"id\": 7, \"versions\": [\"{root}/samples/moved/original.txt\", \"{root}/samples/moved/revised.txt\"]}}\n\
             {{\"id\": \"<gone>\", \"versions\": [\"a.txt\", \"b.txt\"]}}\n"
        ),
    )
    .unwrap();
    let out = dir.join("reports");
    let o = run(&[
        "batch",
        manifest.to_str().unwrap(),
        "--no-config",
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a story could not be checked: {}",
        stderr(&o)
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["0001-dprk.html", "0002-7.html", "index.html"]);
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("<a href=\"0001-dprk.html\">dprk</a>"),
        "{index}"
    );
    assert!(index.contains("<a href=\"0002-7.html\">7</a>"), "{index}");
    assert!(
        index.contains("&#60;gone&#62;") && index.contains("not checked: "),
        "{index}"
    );
    let story = std::fs::read_to_string(out.join("0001-dprk.html")).unwrap();
    assert!(story.contains("7 errors"), "{story}");
    // -o is the directory of the html reports, and html needs it.
    let o = run(&["batch", manifest.to_str().unwrap(), "--format", "html"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-o DIR"), "{}", stderr(&o));
}
