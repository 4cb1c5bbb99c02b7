//! `concord batch`: every story of a manifest checked on all cores, reported in manifest order
//! as JSON Lines (the default when standard output is not a terminal), one SARIF log, GitHub
//! workflow commands, a Markdown summary, a human summary (the default in a terminal) or HTML
//! pages; a progress bar on standard error when it is a terminal; a line on standard error for
//! each story that could not be checked. Exit 2 if any story could not be checked (or standard
//! output went away before every story was reported and none reached `fail-on`), else as
//! `check`.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use concord::batch::{Outcome, Story};
use concord::error::Error;
use concord::error::Result;
use concord::model::Report;
use concord::report::message::printable;
use concord::settings::{Args, Format, Settings};

/// Where the stories' results go, by format.
enum Sink {
    Lines,
    Sarif(concord::report::sarif::Stream),
    Github,
    /// Human and Markdown summaries are written at the end.
    Summary,
    Html(concord::report::html::BatchPages),
}

pub fn run(
    manifest: &str,
    jobs: Option<usize>,
    args: &Args,
    output: Option<&std::path::Path>,
) -> Result<ExitCode> {
    let settings = Settings::load(args, &std::env::current_dir()?)?;
    let terminal = std::io::stdout().is_terminal();
    // No --format: a summary for a person at a terminal, JSON Lines for a program.
    let format = match args.format {
        Some(f) => f,
        None if terminal => Format::Human,
        None => Format::Json,
    };
    match (format, output) {
        (Format::Html, None) => {
            return Err(Error::Usage(
                "batch --format html writes a directory of reports: give it with -o DIR".into(),
            ))
        }
        (Format::Html, Some(_)) | (_, None) => {}
        (_, Some(_)) => {
            return Err(Error::Usage(
                "batch writes to standard output; -o DIR is for --format html".into(),
            ))
        }
    }
    let baseline = settings
        .baseline
        .as_deref()
        .map(concord::baseline::load)
        .transpose()?;
    let opts = concord::Options::new(&settings, baseline);
    let doc = concord::load::load(manifest)?;
    let stories = concord::batch::parse_manifest(manifest, &doc.text)?;
    let knowledge = concord::knowledge(&opts)?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let render = super::render_options(&settings, true);

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut sink =
        match format {
            Format::Json => Sink::Lines,
            Format::Sarif => Sink::Sarif(concord::report::sarif::Stream::start(&mut out)?),
            Format::Github => Sink::Github,
            Format::Human | Format::Markdown => Sink::Summary,
            Format::Oneline => return Err(Error::Usage(
                "batch takes --format json, sarif, github, markdown, human or html, not oneline"
                    .into(),
            )),
            Format::Html => {
                let context = super::html_context(args, &settings)?;
                Sink::Html(concord::report::html::BatchPages::new(
                    output.expect("checked above"),
                    context,
                )?)
            }
        };
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
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut write_error: Option<std::io::Error> = None;
    // Stale baseline entries: those that hid nothing in any story.
    let mut hid: std::collections::HashSet<String> = Default::default();
    let seen = concord::batch::run(&stories, &opts, &knowledge, jobs, |i, result| {
        let story = &stories[i];
        let outcome = Outcome::of(story, result.as_ref(), |s| settings.fails(s));
        if let Err(e) = &result {
            let line = format!(
                "concord: story {} could not be checked: {e}",
                printable(story.id.get())
            );
            match &bar {
                Some(bar) => bar.suspend(|| eprintln!("{line}")),
                None => eprintln!("{line}"),
            }
        }
        if let Ok(r) = &result {
            if let Some(b) = &r.baseline {
                hid.extend(b.hidden.iter().map(|(_, f)| f.fingerprint.clone()));
            }
        }
        let written = emit(&mut sink, &mut out, i, story, &result, &render, &outcome);
        outcomes.push(outcome);
        if let Some(bar) = &bar {
            bar.inc(1);
        }
        match written {
            Ok(()) => true,
            Err(e) => {
                write_error = Some(e);
                false
            }
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let failed = outcomes.iter().any(|o| o.fails);
    let broken = outcomes.iter().any(|o| o.error.is_some());
    if let Some(e) = write_error {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(Error::input(
                "standard output",
                format!("cannot write: {e}"),
            ));
        }
        // The reader went away: say how far the batch got, and do not claim it clean.
        eprintln!(
            "concord: standard output was closed; stopped after {seen} of {} stories",
            stories.len()
        );
        return Ok(ExitCode::from(if failed { 1 } else { 2 }));
    }
    let finished = match sink {
        Sink::Sarif(stream) => stream.finish(&mut out),
        Sink::Summary if format == Format::Markdown => {
            concord::batch::render_markdown(&outcomes, stories.len(), &mut out)
        }
        Sink::Summary => concord::batch::render_human(&outcomes, stories.len(), &mut out),
        Sink::Html(pages) => {
            pages.finish(manifest)?;
            Ok(())
        }
        Sink::Lines | Sink::Github => Ok(()),
    };
    match finished.and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(ExitCode::from(if failed { 1 } else { 2 }))
        }
        r => r?,
    }
    if let Some(b) = &opts.suppress.baseline {
        let stale = b
            .findings
            .iter()
            .filter(|e| !hid.contains(&e.fingerprint))
            .count();
        if stale > 0 {
            eprintln!(
                "concord: {stale} baseline entr{} matched no finding in any story (stale)",
                if stale == 1 { "y" } else { "ies" }
            );
        }
    }
    Ok(ExitCode::from(if broken { 2 } else { u8::from(failed) }))
}

/// Hand one story's result to the sink; stream formats write (and flush) at once.
fn emit(
    sink: &mut Sink,
    out: &mut dyn Write,
    i: usize,
    story: &Story,
    result: &Result<Report>,
    render: &concord::report::RenderOptions,
    outcome: &Outcome,
) -> std::io::Result<()> {
    match sink {
        Sink::Lines => {
            let line =
                concord::report::json::batch_line(&story.id, &story.versions, result.as_ref());
            writeln!(out, "{line}")?;
        }
        Sink::Sarif(stream) => match result {
            Ok(r) => stream.report(out, &story.id, r, render)?,
            Err(_) => stream.failed(&outcome.id, outcome.error.as_deref().unwrap_or_default()),
        },
        Sink::Github => match result {
            Ok(r) => concord::report::github::render(r, render, out)?,
            Err(e) => writeln!(
                out,
                "::error title=concord::{}",
                concord::report::github::escape_data(&format!(
                    "story {} could not be checked: {e}",
                    outcome.id
                ))
            )?,
        },
        Sink::Summary => return Ok(()),
        Sink::Html(pages) => {
            pages.story(i, story, result);
            return Ok(());
        }
    }
    out.flush()
}
