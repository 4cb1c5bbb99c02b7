//! The `concord` binary: parse arguments and dispatch to [`cli`], which resolves the settings,
//! calls the library and renders; map the outcome to an exit code (0 clean, 1 findings at or
//! above the fail level, 2 usage or input error).

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use cli::flags::{Global, CHECKING, INPUT};
use concord::error::Error;
use concord::settings::{Args, Format};

#[derive(Parser)]
#[command(
    name = "concord",
    version,
    about = "Check versions of the same story against each other"
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Split a file into sentences.
    Segment {
        /// A text file, or - for standard input.
        file: String,
    },
    /// Align the sentences of other versions against the base (the first file).
    Align {
        /// The base version, then the others (- for standard input, once).
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
    },
    /// Check other versions against the base: entities, numbers, dates, quotations, sentences.
    Check {
        /// The base version, then the others; or one directory whose files are the versions.
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
        /// Which of the files is the base (default: the first).
        #[arg(long, value_name = "FILE")]
        base: Option<String>,
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
        /// The base version, then the others; or one directory whose files are the versions.
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
        /// Which of the files is the base (default: the first).
        #[arg(long, value_name = "FILE")]
        base: Option<String>,
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
        /// With --format html: the directory to write the reports into (created if missing).
        #[arg(long, short = 'o', value_name = "DIR")]
        output: Option<PathBuf>,
        /// Hide the findings recorded in this baseline file, in every story (default: the
        /// configuration's `baseline`).
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
    },
    /// Print what a check looks for and what to do about it; without CHECK, list the checks.
    Explain {
        /// A check id, e.g. entity-mismatch.
        check: Option<String>,
    },
    /// Print a shell completion script (e.g. `concord completions bash > ~/.local/share/bash-completion/completions/concord`).
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the configuration in force: which file, every setting and where it came from.
    Config,
    /// Print the manual page, in roff (e.g. `concord man > ~/.local/share/man/man1/concord.1`).
    Man,
}

fn main() -> ExitCode {
    let Cli { global, command } = Cli::parse();
    let outcome = run(global, command);
    match outcome {
        Ok(code) => code,
        Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("concord: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(global: Global, command: Command) -> concord::error::Result<ExitCode> {
    match command {
        Command::Segment { file } => {
            global.only("segment", INPUT)?;
            cli::segment(
                &[file],
                &global.input_args(Format::Human),
                cli::Stage::Segment,
            )
        }
        Command::Align { files } => {
            global.only("align", INPUT)?;
            cli::segment(&files, &global.input_args(Format::Human), cli::Stage::Align)
        }
        Command::Check {
            files,
            base,
            baseline,
            write_baseline,
            output,
        } => {
            global.only(
                "check",
                &[
                    CHECKING,
                    &["--quiet", "--statistics", "--annotate", "--sort"],
                ]
                .concat(),
            )?;
            let args = Args {
                baseline,
                write_baseline,
                ..global.args(Format::Human)
            };
            cli::check::run(
                &cli::versions(files, base, &args)?,
                &args,
                &cli::check::Output {
                    file: output,
                    quiet: global.quiet,
                    statistics: global.statistics,
                },
            )
        }
        Command::Review {
            files,
            base,
            baseline,
        } => {
            // Review reads its answers from standard input: no version can come from there.
            global.only(
                "review",
                &[&CHECKING[1..3], &CHECKING[4..], &["--sort"]].concat(),
            )?;
            let args = Args {
                baseline,
                ..global.args(Format::Human)
            };
            cli::review::run(&cli::versions(files, base, &args)?, &args)
        }
        Command::Batch {
            manifest,
            jobs,
            output,
            baseline,
        } => {
            global.only("batch", &[CHECKING, &["--annotate"]].concat())?;
            // No --format: batch picks a summary for a terminal, JSON Lines for a program.
            let args = Args {
                format: global.format,
                baseline,
                ..global.args(Format::Json)
            };
            cli::batch::run(&manifest, jobs, &args, output.as_deref())
        }
        Command::Explain { check } => {
            global.only("explain", &[])?;
            cli::explain(check.as_deref())
        }
        Command::Completions { shell } => {
            global.only("completions", &[])?;
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "concord", &mut out);
            cli::print(&out)
        }
        Command::Config => {
            global.only(
                "config",
                &[&CHECKING[4..], &["--annotate", "--sort"]].concat(),
            )?;
            cli::config(&global.args(Format::Human))
        }
        Command::Man => {
            global.only("man", &[])?;
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            cli::print(&out)
        }
    }
}
