//! The `concord` binary: parse arguments, resolve them against the configuration file, call the
//! library, render, and map the outcome to an exit code (0 clean, 1 findings at or above the
//! fail level, 2 usage or input error).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use concord::config::{Config, FailOn};
use concord::error::{Error, Result};
use concord::model::Report;
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

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Markdown,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// Options of every subcommand that reads versions.
#[derive(clap::Args)]
struct Input {
    /// How to split sentences: rules (auto) or one sentence per non-empty line (lines).
    #[arg(long)]
    segmenter: Option<Segmenter>,
    /// When to colour the human output; `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
}

/// Options of `check`, `review` and `batch`.
#[derive(clap::Args)]
struct Checking {
    /// Lowest severity that makes the exit status 1: error, warning, info or never.
    #[arg(long, value_name = "LEVEL")]
    fail_on: Option<FailOn>,
    /// A TOML file of names that are one entity (`same`) or never one (`different`).
    #[arg(long, value_name = "FILE")]
    aliases: Option<PathBuf>,
    /// Use this configuration file instead of looking for concord.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore concord.toml and .concord.toml.
    #[arg(long)]
    no_config: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Split a file into sentences.
    Segment {
        /// A text file, or - for standard input.
        file: String,
        /// Output format: human or json.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        input: Input,
    },
    /// Align the sentences of other versions against the base (the first file).
    Align {
        /// The base version, then the others (- for standard input, once).
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        /// Output format: human or json.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        input: Input,
    },
    /// Check other versions against the base: entities, numbers, dates, quotations, sentences.
    Check {
        /// The base version, then the others.
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        /// Which of the files is the base (default: the first).
        #[arg(long, value_name = "FILE")]
        base: Option<String>,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        checking: Checking,
        /// Hide the findings recorded in this baseline file.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record the current findings in this baseline file.
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
    },
    /// Walk through the findings one at a time and decide: same entity, ignore, keep.
    Review {
        /// The base version, then the others.
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        /// Which of the files is the base (default: the first).
        #[arg(long, value_name = "FILE")]
        base: Option<String>,
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        checking: Checking,
        /// The baseline that `[i]` adds to (default: the config's, else concord-baseline.json);
        /// findings already in it are not shown.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
    },
    /// Check many stories listed in a JSON Lines manifest; one JSON line per story.
    Batch {
        /// One `{"id": …, "versions": [path, …]}` a line; paths relative to the manifest.
        manifest: String,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        checking: Checking,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("concord: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Segment {
            file,
            format,
            input,
        } => {
            only_human_or_json(format)?;
            let opts = options(&input, Config::default());
            let report = concord::align_paths(&[file], &opts)?;
            emit(
                &report,
                format,
                &input,
                concord::report::human::render_segment,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Align {
            files,
            format,
            input,
        } => {
            only_human_or_json(format)?;
            let opts = options(&input, Config::default());
            let report = concord::align_paths(&files, &opts)?;
            emit(
                &report,
                format,
                &input,
                concord::report::human::render_align,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            files,
            base,
            format,
            input,
            checking,
            baseline,
            write_baseline,
        } => {
            let files = with_base_first(files, base);
            let config = resolve_config(&checking)?;
            let fail_on = checking.fail_on.or(config.fail_on).unwrap_or_default();
            let baseline = baseline.or_else(|| config.baseline.clone());
            let opts = options(&input, config);
            let mut report = concord::check_paths(&files, &opts)?;
            if let Some(path) = write_baseline {
                concord::baseline::write(&report, &path)?;
            }
            if let Some(path) = baseline {
                let b = concord::baseline::load(&path)?;
                let outcome = concord::baseline::apply(&mut report, &b);
                report.baseline = Some(outcome);
            }
            emit(
                &report,
                format,
                &input,
                concord::report::human::render_check,
            )?;
            Ok(exit_code(&report, fail_on))
        }
        Command::Review {
            files,
            base,
            input,
            checking,
            baseline,
        } => review(with_base_first(files, base), input, checking, baseline),
        Command::Batch {
            manifest,
            jobs,
            input,
            checking,
        } => {
            let config = resolve_config(&checking)?;
            let fail_on = checking.fail_on.or(config.fail_on).unwrap_or_default();
            batch(&manifest, jobs, fail_on, options(&input, config))
        }
    }
}

fn only_human_or_json(format: Format) -> Result<()> {
    match format {
        Format::Human | Format::Json => Ok(()),
        _ => Err(Error::Usage(
            "this subcommand writes only --format human or json".to_string(),
        )),
    }
}

/// `--base FILE` moves that file to the front (adding it when not listed).
fn with_base_first(mut files: Vec<String>, base: Option<String>) -> Vec<String> {
    if let Some(b) = base {
        files.retain(|f| *f != b);
        files.insert(0, b);
    }
    files
}

/// The configuration in force: `--config FILE`, none with `--no-config`, else the nearest
/// concord.toml; then the `--aliases` file added to its aliases.
fn resolve_config(checking: &Checking) -> Result<Config> {
    let mut config = if checking.no_config {
        Config::default()
    } else if let Some(path) = &checking.config {
        concord::config::load(path)?
    } else {
        let cwd = std::env::current_dir()?;
        concord::config::discover(&cwd)?
            .map(|(_, c)| c)
            .unwrap_or_default()
    };
    if let Some(path) = &checking.aliases {
        let extra = concord::config::load_aliases(path)?;
        config.aliases.same.extend(extra.same);
        config.aliases.different.extend(extra.different);
    }
    Ok(config)
}

fn options(input: &Input, config: Config) -> concord::Options {
    concord::Options {
        segmenter: input.segmenter.or(config.segmenter).unwrap_or_default(),
        config,
    }
}

fn exit_code(report: &Report, fail_on: FailOn) -> ExitCode {
    let failed = report.findings.iter().any(|f| fail_on.fails(f.severity));
    ExitCode::from(u8::from(failed))
}

/// Colour on or off for this run, decided once: `always`/`never` as said; `auto` when standard
/// output is a terminal and NO_COLOR is unset or empty.
fn decide_color(choice: Color) -> bool {
    let color = match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    colored::control::set_override(color);
    color
}

/// Columns for the human formats, decided once: the terminal's width when standard output is
/// a terminal, else 80 (a pipe or a file: a stable layout for logs and tests).
fn decide_width() -> usize {
    if !std::io::stdout().is_terminal() {
        return 80;
    }
    terminal_size::terminal_size().map_or(80, |(terminal_size::Width(w), _)| usize::from(w))
}

type HumanRenderer = fn(&Report, &RenderOptions, &mut dyn Write) -> std::io::Result<()>;

/// Write the report in the chosen format to standard output. Colour is decided here, once.
fn emit(report: &Report, format: Format, input: &Input, human: HumanRenderer) -> Result<()> {
    let stdout = std::io::stdout();
    let color = decide_color(input.color);
    let opts = RenderOptions {
        color,
        width: decide_width(),
        cwd: std::env::current_dir().ok(),
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Human => human(report, &opts, &mut out)?,
        Format::Json => concord::report::json::render(report, &mut out)?,
        Format::Sarif => concord::report::sarif::render(report, &opts, &mut out)?,
        Format::Github => concord::report::github::render(report, &opts, &mut out)?,
        Format::Markdown => concord::report::markdown::render(report, &opts, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

/// Where review answers are written: aliases into the configuration file (the `--config` one,
/// else the nearest concord.toml, else a new one here), ignored findings into the baseline.
struct FileActions {
    config: Option<PathBuf>,
    cwd: PathBuf,
    baseline: PathBuf,
}

impl concord::review::Actions for FileActions {
    fn alias(&mut self, a: &str, b: &str) -> Result<String> {
        use concord::config::AliasKind::Same;
        let path = match &self.config {
            Some(p) => {
                concord::config::add_alias(p, Same, a, b)?;
                p.clone()
            }
            None => concord::config::add_alias_near(&self.cwd, Same, a, b)?,
        };
        Ok(path.display().to_string())
    }

    fn ignore(&mut self, report: &Report, index: usize) -> Result<String> {
        concord::baseline::add(&self.baseline, report, index)?;
        Ok(self.baseline.display().to_string())
    }
}

/// `concord review`: needs a terminal on standard input, since it asks questions.
fn review(
    files: Vec<String>,
    input: Input,
    checking: Checking,
    baseline: Option<PathBuf>,
) -> Result<ExitCode> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::Usage(
            "review asks questions and needs a terminal on standard input; use `concord check` in scripts".into(),
        ));
    }
    let config = resolve_config(&checking)?;
    let baseline = baseline
        .or_else(|| config.baseline.clone())
        .unwrap_or_else(|| PathBuf::from("concord-baseline.json"));
    let opts = options(&input, config);
    let mut report = concord::check_paths(&files, &opts)?;
    if baseline.exists() {
        let b = concord::baseline::load(&baseline)?;
        report.baseline = Some(concord::baseline::apply(&mut report, &b));
    }
    let color = decide_color(input.color);
    let render = RenderOptions {
        color,
        width: decide_width(),
        cwd: None,
    };
    let mut actions = FileActions {
        config: if checking.no_config {
            None
        } else {
            checking.config.clone()
        },
        cwd: std::env::current_dir()?,
        baseline,
    };
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    concord::review::run(&report, &mut stdin.lock(), &mut out, &render, &mut actions)?;
    Ok(ExitCode::SUCCESS)
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
    fail_on: FailOn,
    opts: concord::Options,
) -> Result<ExitCode> {
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
        let story = &stories[i];
        let line = match &result {
            Ok(report) => {
                failed |= report.findings.iter().any(|f| fail_on.fails(f.severity));
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
