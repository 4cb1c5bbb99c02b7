//! `concord batch`: JSON Lines on standard output in manifest order (the line format is the
//! library's, beside the JSON contract), a progress bar on standard error when it is a
//! terminal. Exit 2 if any story could not be checked, else as `check`.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use concord::error::Error;
use concord::error::Result;
use concord::settings::{Args, Format, Settings};

pub fn run(
    manifest: &str,
    jobs: Option<usize>,
    args: &Args,
    output: Option<&std::path::Path>,
) -> Result<ExitCode> {
    let settings = Settings::load(args, &std::env::current_dir()?)?;
    // With --format html -o DIR: a page per story and an index instead of JSON Lines.
    let mut pages = match (settings.format, output) {
        (Format::Json, None) => None,
        (Format::Html, Some(dir)) => {
            let context = concord::report::html::Context {
                baseline: None,
                ..super::html_context(args, &settings)?
            };
            Some(concord::report::html::BatchPages::new(dir, context)?)
        }
        (Format::Html, None) => {
            return Err(Error::Usage(
                "batch --format html writes a directory of reports: give it with -o DIR".into(),
            ))
        }
        (Format::Json, Some(_)) => {
            return Err(Error::Usage(
                "batch writes JSON Lines to standard output; -o DIR is for --format html".into(),
            ))
        }
        _ => {
            return Err(Error::Usage(
                "batch writes only --format json or html".into(),
            ))
        }
    };
    // A batch applies no baseline: baselines are per story.
    let opts = concord::Options::new(&settings, None);
    let doc = concord::load::load(manifest)?;
    let stories = concord::batch::parse_manifest(manifest, &doc.text)?;
    let knowledge = concord::knowledge(&opts)?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(stories.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} stories, {per_sec}, eta {eta}",
            )
            .expect("valid template"),
        );
        bar
    });
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut failed, mut broken, mut write_error) = (false, false, None);
    concord::batch::run(&stories, &opts, &knowledge, jobs, |i, result| {
        match &result {
            Ok(report) => failed |= report.findings.iter().any(|f| settings.fails(f.severity)),
            Err(_) => broken = true,
        }
        let story = &stories[i];
        if let Some(pages) = pages.as_mut() {
            pages.story(i, story, &result);
            if let Some(bar) = &bar {
                bar.inc(1);
            }
            return;
        }
        let line = concord::report::json::batch_line(&story.id, &story.versions, result.as_ref());
        if write_error.is_none() {
            if let Err(e) = writeln!(out, "{line}") {
                write_error = Some(e);
            }
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if let Some(e) = write_error {
        return Err(e.into());
    }
    if let Some(pages) = pages {
        pages.finish(manifest)?;
    }
    out.flush()?;
    Ok(ExitCode::from(if broken { 2 } else { u8::from(failed) }))
}
