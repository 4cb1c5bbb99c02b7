//! `concord review`: the findings one at a time in a terminal; answers go to the configuration
//! file in use (aliases) and the baseline (ignored findings).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use concord::error::{Error, Result};
use concord::model::Report;
use concord::settings::{Args, Settings};

/// Where review answers are written: aliases into the configuration file in use (or the one it
/// would create; none with `--no-config`), ignored findings into the baseline.
struct FileActions {
    alias_target: Option<PathBuf>,
    baseline: PathBuf,
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
        Ok(self.baseline.display().to_string())
    }
}

/// Needs a terminal on standard input, since it asks questions.
pub fn run(files: &[String], args: &Args) -> Result<ExitCode> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::Usage(
            "review asks questions and needs a terminal on standard input; use `concord check` in scripts".into(),
        ));
    }
    let settings = Settings::load(args, &std::env::current_dir()?)?;
    let baseline = settings.review_baseline();
    let recorded = if baseline.exists() {
        Some(concord::baseline::load(&baseline)?)
    } else {
        None
    };
    let report = concord::check_paths(files, &concord::Options::new(&settings, recorded))?;
    let render = super::render_options(&settings, false);
    let mut actions = FileActions {
        alias_target: settings.alias_target.clone(),
        baseline,
    };
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    concord::review::run(&report, &mut stdin.lock(), &mut out, &render, &mut actions)?;
    Ok(ExitCode::SUCCESS)
}
