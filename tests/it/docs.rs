//! The examples in the README run as typed: every ```console block is a trycmd case (the
//! command, its exit status after `? `, its output with `...` for elided lines), run against the
//! built binary from the repository root.

#[test]
fn readme_examples_run_as_shown() {
    trycmd::TestCases::new()
        .register_bin("concord", trycmd::cargo::cargo_bin!("concord"))
        .case("README.md");
}
