//! `concord check`: the whole pipeline on the versions, a report in the chosen format (or
//! none with `-q`), the statistics on standard error when asked, the baseline recorded when
//! asked.

use std::path::PathBuf;
use std::process::ExitCode;

use concord::error::{Error, Result};
use concord::settings::{Args, Settings};

/// Where the report goes.
pub struct Output {
    /// `-o FILE`: the report written to FILE instead of standard output.
    pub file: Option<PathBuf>,
    /// `-q`: no report at all.
    pub quiet: bool,
    /// `--statistics`: counts per check and severity on standard error.
    pub statistics: bool,
}

pub fn run(files: &[String], args: &Args, output: &Output) -> Result<ExitCode> {
    if output.quiet && output.file.is_some() {
        return Err(Error::Usage(
            "-q writes no report and -o writes it to a file: give one of them".into(),
        ));
    }
    let settings = Settings::load(args, &std::env::current_dir()?)?;
    super::check_stdin_name(files, &settings)?;
    let baseline = settings
        .baseline
        .as_deref()
        .map(concord::baseline::load)
        .transpose()?;
    let report = concord::check_paths(files, &concord::Options::new(&settings, baseline))?;
    if let Some(path) = &settings.write_baseline {
        concord::baseline::write(&report, path)?;
    }
    if !output.quiet {
        let context = super::html_context(args, &settings)?;
        super::emit_to(
            &report,
            &settings,
            concord::report::human::render_check,
            output.file.as_deref(),
            &context,
        )?;
    }
    if output.statistics {
        let mut text = Vec::new();
        concord::report::statistics::render(&report, &mut text)?;
        use std::io::Write;
        // Standard error going away is no reason to change the exit status either.
        let _ = std::io::stderr().lock().write_all(&text);
    }
    Ok(super::exit_code(&report, &settings))
}
