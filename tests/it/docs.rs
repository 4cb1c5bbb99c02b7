//! The examples in the documentation run as typed: every ```console block of README.md and
//! docs/checks.md is a trycmd case (the command, its exit status after `? `, its output with `...`
//! for elided lines), run against the built binary from the repository root.

#[test]
fn readme_examples_run_as_shown() {
    trycmd::TestCases::new()
        .register_bin("concord", trycmd::cargo::cargo_bin!("concord"))
        .case("README.md");
}

#[test]
fn every_check_example_in_docs_runs_as_shown() {
    trycmd::TestCases::new()
        .register_bin("concord", trycmd::cargo::cargo_bin!("concord"))
        .case("docs/checks.md");
}
