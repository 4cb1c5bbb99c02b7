//! The subcommands' bodies: resolve the settings, call the library, write to standard output.
//! Everything that touches the terminal (colour, width, questions, progress) is here, not in
//! the library.

pub mod batch;
pub mod check;
pub mod flags;
pub mod review;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use concord::error::{Error, Result};
use concord::model::Report;
use concord::report::RenderOptions;
use concord::settings::{Args, Format, Settings};

/// Which of the two stages without checks to run.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Segment,
    Align,
}

/// `concord segment` and `concord align`: human or JSON output, no configuration file.
pub fn segment(files: &[String], args: &Args, stage: Stage) -> Result<ExitCode> {
    let settings = Settings::load(args, &std::env::current_dir()?)?;
    if !matches!(settings.format, Format::Human | Format::Json) {
        return Err(Error::Usage(
            "this subcommand writes only --format human or json".to_string(),
        ));
    }
    let report = concord::align_paths(files, &concord::Options::new(&settings, None))?;
    let human = match stage {
        Stage::Segment => concord::report::human::render_segment,
        Stage::Align => concord::report::human::render_align,
    };
    emit(&report, &settings, human)?;
    Ok(ExitCode::SUCCESS)
}

/// `--base FILE` moves that file to the front (adding it when not listed).
pub fn with_base_first(mut files: Vec<String>, base: Option<String>) -> Vec<String> {
    if let Some(b) = base {
        files.retain(|f| *f != b);
        files.insert(0, b);
    }
    files
}

/// 1 when a finding is at or above the fail level, else 0.
pub fn exit_code(report: &Report, settings: &Settings) -> ExitCode {
    ExitCode::from(u8::from(
        report.findings.iter().any(|f| settings.fails(f.severity)),
    ))
}

/// Render options for this run, decided once: colour as the settings say for this terminal
/// (and set for the `colored` crate), and the terminal's width when standard output is a
/// terminal, else 80 (a pipe or a file: a stable layout for logs and tests).
pub fn render_options(settings: &Settings, cwd: bool) -> RenderOptions {
    let terminal = std::io::stdout().is_terminal();
    let color = settings.color_on(terminal, std::env::var_os("NO_COLOR").as_deref());
    colored::control::set_override(color);
    let width = if terminal {
        terminal_size::terminal_size().map_or(80, |(terminal_size::Width(w), _)| usize::from(w))
    } else {
        80
    };
    RenderOptions {
        color,
        width,
        cwd: if cwd {
            std::env::current_dir().ok()
        } else {
            None
        },
        annotate: settings.annotate,
    }
}

type HumanRenderer = fn(&Report, &RenderOptions, &mut dyn Write) -> std::io::Result<()>;

/// Write the report in the chosen format to standard output.
pub fn emit(report: &Report, settings: &Settings, human: HumanRenderer) -> Result<()> {
    let context = concord::report::html::Context::default();
    emit_to(report, settings, human, None, &context)
}

/// What the HTML report's header says about the run: the configuration file in force and the
/// baseline applied.
pub fn html_context(args: &Args, settings: &Settings) -> Result<concord::report::html::Context> {
    let config =
        match concord::settings::ConfigInUse::load(&args.config, &std::env::current_dir()?)? {
            concord::settings::ConfigInUse::File { path, .. } => Some(path.display().to_string()),
            _ => None,
        };
    Ok(concord::report::html::Context {
        config,
        baseline: settings.baseline.as_ref().map(|p| p.display().to_string()),
    })
}

/// Write the report in the chosen format to standard output or, with `-o FILE`, to that file
/// whole or not at all (colour then only with `--color always`, 80 columns).
pub fn emit_to(
    report: &Report,
    settings: &Settings,
    human: HumanRenderer,
    output: Option<&std::path::Path>,
    context: &concord::report::html::Context,
) -> Result<()> {
    let mut opts = render_options(settings, true);
    if output.is_some() {
        let color = settings.color == concord::settings::Color::Always;
        colored::control::set_override(color);
        opts.color = color;
        opts.width = 80;
    }
    let mut buf: Vec<u8> = Vec::new();
    let stdout = std::io::stdout();
    let mut out: Box<dyn Write> = if output.is_some() {
        Box::new(&mut buf)
    } else {
        Box::new(std::io::BufWriter::new(stdout.lock()))
    };
    match settings.format {
        Format::Human => human(report, &opts, &mut out)?,
        Format::Json => concord::report::json::render(report, &mut out)?,
        Format::Sarif => concord::report::sarif::render(report, &opts, &mut out)?,
        Format::Github => concord::report::github::render(report, &opts, &mut out)?,
        Format::Markdown => concord::report::markdown::render(report, &opts, &mut out)?,
        Format::Html => concord::report::html::render(report, &opts, context, &mut out)?,
    }
    out.flush()?;
    drop(out);
    if let Some(path) = output {
        concord::report::write_atomic(path, &buf)?;
    }
    Ok(())
}
