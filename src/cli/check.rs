//! `concord check`: the whole pipeline on the versions, a report in the chosen format, the
//! baseline recorded when asked.

use std::process::ExitCode;

use concord::error::Result;
use concord::settings::{Args, Settings};

pub fn run(files: &[String], args: &Args, output: Option<&std::path::Path>) -> Result<ExitCode> {
    let settings = Settings::load(args, &std::env::current_dir()?)?;
    let baseline = settings
        .baseline
        .as_deref()
        .map(concord::baseline::load)
        .transpose()?;
    let report = concord::check_paths(files, &concord::Options::new(&settings, baseline))?;
    if let Some(path) = &settings.write_baseline {
        concord::baseline::write(&report, path)?;
    }
    let context = super::html_context(args, &settings)?;
    super::emit_to(
        &report,
        &settings,
        concord::report::human::render_check,
        output,
        &context,
    )?;
    Ok(super::exit_code(&report, &settings))
}
