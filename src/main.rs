//! The `concord` binary: parse arguments and dispatch to [`cli`], which resolves the settings,
//! calls the library and renders; map the outcome to an exit code (0 clean, 1 findings at or
//! above the fail level, 2 usage or input error).

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use cli::flags::{Annotations, Checking, Input};
use concord::error::Error;
use concord::settings::{Args, Format};

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
        #[command(flatten)]
        annotations: Annotations,
        /// Hide the findings recorded in this baseline file.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record the current findings in this baseline file.
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
        /// Write the report to FILE (whole or not at all) instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
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
        /// json: JSON Lines (the default when standard output is not a terminal); human: a
        /// summary (the default in a terminal); sarif: one log over all stories; github:
        /// workflow commands; markdown: a summary table; html: a report per story and
        /// index.html in the directory given with -o.
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// With --format html: the directory to write the reports into (created if missing).
        #[arg(long, short = 'o', value_name = "DIR")]
        output: Option<PathBuf>,
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        checking: Checking,
        #[command(flatten)]
        annotations: Annotations,
        /// Hide the findings recorded in this baseline file, in every story (default: the
        /// configuration's `baseline`).
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let outcome = match Cli::parse().command {
        Command::Segment {
            file,
            format,
            input,
        } => cli::segment(&[file], &input.args(format), cli::Stage::Segment),
        Command::Align {
            files,
            format,
            input,
        } => cli::segment(&files, &input.args(format), cli::Stage::Align),
        Command::Check {
            files,
            base,
            format,
            input,
            checking,
            annotations,
            baseline,
            write_baseline,
            output,
        } => cli::check::run(
            &cli::with_base_first(files, base),
            &Args {
                baseline,
                write_baseline,
                annotate: annotations.annotate,
                ..checking.args(&input, format)
            },
            output.as_deref(),
        ),
        Command::Review {
            files,
            base,
            input,
            checking,
            baseline,
        } => cli::review::run(
            &cli::with_base_first(files, base),
            &Args {
                baseline,
                ..checking.args(&input, Format::Human)
            },
        ),
        Command::Batch {
            manifest,
            jobs,
            format,
            output,
            input,
            checking,
            annotations,
            baseline,
        } => cli::batch::run(
            &manifest,
            jobs,
            &Args {
                format,
                baseline,
                annotate: annotations.annotate,
                ..checking.args(&input, Format::Json)
            },
            output.as_deref(),
        ),
    };
    match outcome {
        Ok(code) => code,
        Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("concord: {e}");
            ExitCode::from(2)
        }
    }
}
