//! `concord review`: the findings one at a time in a terminal; answers go to the configuration
//! file in use (aliases, and the baseline's path) and the baseline (ignored and kept findings),
//! each at once, locked and written whole, so quitting (or Ctrl-C) keeps every decision made.
//! Exit 1 when a finding left (not ignored, not made an alias) reaches `--fail-on`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use concord::error::{Error, Result};
use concord::model::Report;
use concord::settings::{Args, Settings};

/// Where review answers are written: aliases into the configuration file in use (or the one it
/// would create; none with `--no-config`), ignored and kept findings into the baseline.
struct FileActions {
    alias_target: Option<PathBuf>,
    baseline: PathBuf,
    /// The configuration file to record the baseline's path in at the first `[i]`, and that
    /// path relative to the file's directory: when neither the command line nor the
    /// configuration named a baseline, so that plain `check` reads the one review writes.
    record: Option<(PathBuf, String)>,
}

impl concord::review::Actions for FileActions {
    fn alias(&mut self, a: &str, b: &str) -> Result<Option<String>> {
        let Some(path) = &self.alias_target else {
            return Ok(None);
        };
        concord::config::add_alias(path, concord::config::AliasKind::Same, a, b)?;
        Ok(Some(path.display().to_string()))
    }

    fn ignore(&mut self, report: &Report, index: usize) -> Result<String> {
        concord::baseline::add(&self.baseline, report, index)?;
        if let Some((config, rel)) = self.record.take() {
            concord::config::set_baseline(&config, &rel)?;
        }
        Ok(self.baseline.display().to_string())
    }

    fn keep(&mut self, report: &Report, index: usize) -> Result<()> {
        concord::baseline::add_to(&self.baseline, report, index, concord::baseline::List::Kept)
    }
}

/// The baseline review reads and writes, and where to record its path: the one named on the
/// command line or in the configuration; else `concord-baseline.json` beside the configuration
/// file in use (or the one `[a]` would create), recorded there as `baseline`; with
/// `--no-config`, `concord-baseline.json` in the working directory.
fn baseline_target(settings: &Settings, cwd: &Path) -> (PathBuf, Option<(PathBuf, String)>) {
    if let Some(b) = &settings.baseline {
        // The configuration's is resolved against its directory: shown relative when inside.
        return (b.strip_prefix(cwd).unwrap_or(b).to_path_buf(), None);
    }
    let name = concord::settings::REVIEW_BASELINE;
    match &settings.alias_target {
        Some(config) => {
            let dir = config.parent().unwrap_or(Path::new(""));
            // Shown as the user would type it: relative to the working directory when inside it.
            let dir = dir.strip_prefix(cwd).unwrap_or(dir);
            (dir.join(name), Some((config.clone(), name.to_string())))
        }
        None => (PathBuf::from(name), None),
    }
}

/// Needs a terminal on standard input, since it asks questions.
pub fn run(files: &[String], args: &Args) -> Result<ExitCode> {
    if files.iter().any(|f| f == "-") {
        return Err(Error::Usage(
            "review reads its answers from standard input, so no version can be read from `-`; give the version as a file".into(),
        ));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::Usage(
            "review asks questions and needs a terminal on standard input; use `concord check` in scripts".into(),
        ));
    }
    let cwd = std::env::current_dir()?;
    let settings = Settings::load(args, &cwd)?;
    let (baseline, record) = baseline_target(&settings, &cwd);
    let recorded = if baseline.exists() {
        Some(concord::baseline::load(&baseline)?)
    } else {
        None
    };
    let kept: std::collections::HashSet<String> = recorded
        .iter()
        .flat_map(|b| b.kept.iter().map(|e| e.fingerprint.clone()))
        .collect();
    let report = concord::check_paths(files, &concord::Options::new(&settings, recorded))?;
    // Findings kept in an earlier review are not asked about again.
    let mut asked = report.clone();
    asked.findings.retain(|f| !kept.contains(&f.fingerprint));
    let earlier = report.findings.len() - asked.findings.len();
    let render = super::render_options(&settings, false);
    let mut actions = FileActions {
        alias_target: settings.alias_target.clone(),
        baseline: baseline.clone(),
        record,
    };
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    if earlier > 0 {
        use std::io::Write;
        writeln!(
            out,
            "{earlier} finding{} kept in an earlier review (recorded in {}) not shown again.",
            if earlier == 1 { "" } else { "s" },
            baseline.display()
        )?;
    }
    let outcome = concord::review::run(&asked, &mut stdin.lock(), &mut out, &render, &mut actions)?;
    // What is left: the kept-earlier findings and every one not ignored or made an alias.
    use concord::review::Decision;
    let left_fails = report
        .findings
        .iter()
        .filter(|f| kept.contains(&f.fingerprint))
        .chain(
            asked
                .findings
                .iter()
                .zip(&outcome.decisions)
                .filter_map(|(f, d)| {
                    (!matches!(d, Some(Decision::Ignore | Decision::Alias))).then_some(f)
                }),
        )
        .any(|f| settings.fails(f.severity));
    Ok(ExitCode::from(u8::from(left_fails)))
}
