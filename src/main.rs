//! The `concord` binary: parse arguments, call the library, map the outcome to an exit code
//! (0 clean, 1 findings at or above the fail level, 2 usage or input error).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use concord::model::{Report, Severity};
use concord::report::RenderOptions;
use concord::segment::Segmenter;

#[derive(Parser)]
#[command(
    name = "concord",
    version,
    about = "Check versions of the same story against each other"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(clap::Args)]
struct Common {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// How to split sentences: rules (auto) or one sentence per line (lines).
    #[arg(long, default_value = "auto")]
    segmenter: Segmenter,
    /// When to colour the human output (NO_COLOR turns `auto` off).
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
}

#[derive(Subcommand)]
enum Command {
    /// Split a file into sentences.
    Segment {
        /// A text file, or - for standard input.
        file: String,
        #[command(flatten)]
        common: Common,
    },
    /// Align the sentences of other versions against the base (the first file).
    Align {
        /// The base version, then the others (- for standard input, once).
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Check other versions against the base: entities, numbers, dates, quotations, sentences.
    Check {
        /// The base version, then the others.
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        #[command(flatten)]
        common: Common,
        /// Lowest severity that makes the exit status 1.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// A TOML file of names that are one entity (`same`) or never one (`different`).
        #[arg(long, value_name = "FILE")]
        aliases: Option<String>,
    },
    /// Check many stories listed in a JSON Lines manifest; one JSON line per story.
    Batch {
        /// One `{"id": …, "versions": [path, …]}` a line; paths relative to the manifest.
        manifest: String,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Lowest severity that makes the exit status 1.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        #[arg(long, default_value = "auto")]
        segmenter: Segmenter,
        #[arg(long, value_name = "FILE")]
        aliases: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(concord::error::Error::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("concord: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> concord::error::Result<ExitCode> {
    match cli.command {
        Command::Segment { file, common } => {
            let report = concord::align_paths(&[file], &options(&common))?;
            emit(&report, &common, concord::report::human::render_segment)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Align { files, common } => {
            let report = concord::align_paths(&files, &options(&common))?;
            emit(&report, &common, concord::report::human::render_align)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            files,
            common,
            fail_on,
            aliases,
        } => {
            let mut opts = options(&common);
            opts.aliases = aliases;
            let report = concord::check_paths(&files, &opts)?;
            emit(&report, &common, concord::report::human::render_check)?;
            let threshold = fail_on.threshold();
            let failed = threshold.is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
            Ok(ExitCode::from(u8::from(failed)))
        }
        Command::Batch {
            manifest,
            jobs,
            fail_on,
            segmenter,
            aliases,
        } => batch(&manifest, jobs, fail_on.threshold(), segmenter, aliases),
    }
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// One line of batch output: the story, then its findings or the error that stopped it.
#[derive(serde::Serialize)]
struct BatchLine<'a> {
    id: &'a serde_json::Value,
    versions: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<Vec<concord::report::json::JsonFinding<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Run a batch: JSON Lines on standard output in manifest order, a progress bar on standard
/// error when it is a terminal. Exit 2 if any story could not be checked, else as `check`.
fn batch(
    manifest: &str,
    jobs: Option<usize>,
    threshold: Option<Severity>,
    segmenter: Segmenter,
    aliases: Option<String>,
) -> concord::error::Result<ExitCode> {
    let doc = concord::load::load(manifest)?;
    let stories = concord::batch::parse_manifest(manifest, &doc.text)?;
    let opts = concord::Options { segmenter, aliases };
    let knowledge = concord::knowledge(&opts)?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(stories.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} stories, {per_sec}, eta {eta}",
            )
            .expect("valid template"),
        );
        Some(bar)
    } else {
        None
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut failed, mut broken, mut write_error) = (false, false, None);
    concord::batch::run(&stories, &opts, &knowledge, jobs, |i, result| {
        let story = &stories[i];
        let line = match &result {
            Ok(report) => {
                failed |=
                    threshold.is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
                BatchLine {
                    id: &story.id,
                    versions: &story.versions,
                    findings: Some(concord::report::json::findings(report)),
                    error: None,
                }
            }
            Err(e) => {
                broken = true;
                BatchLine {
                    id: &story.id,
                    versions: &story.versions,
                    findings: None,
                    error: Some(e.to_string()),
                }
            }
        };
        let line = serde_json::to_string(&line).expect("serialisable");
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
    out.flush()?;
    Ok(ExitCode::from(if broken { 2 } else { u8::from(failed) }))
}

fn options(common: &Common) -> concord::Options {
    concord::Options {
        segmenter: common.segmenter,
        ..Default::default()
    }
}

type HumanRenderer = fn(&Report, &RenderOptions, &mut dyn Write) -> std::io::Result<()>;

/// Write the report in the chosen format to standard output.
fn emit(report: &Report, common: &Common, human: HumanRenderer) -> concord::error::Result<()> {
    let stdout = std::io::stdout();
    let color = match common.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    colored::control::set_override(color);
    let opts = RenderOptions { color, width: 80 };
    let mut out = std::io::BufWriter::new(stdout.lock());
    match common.format {
        Format::Human => human(report, &opts, &mut out)?,
        Format::Json => concord::report::json::render(report, &mut out)?,
    }
    out.flush()?;
    Ok(())
}
