//! The `concord` binary: parse arguments, call the library, map the outcome to an exit code.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
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

#[derive(Subcommand)]
enum Command {
    /// Split a file into sentences.
    Segment {
        file: String,
        #[arg(long, default_value = "human")]
        format: String,
        #[arg(long, default_value = "auto")]
        segmenter: Segmenter,
    },
    /// Align the sentences of other versions against the base (the first file).
    Align {
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        #[arg(long, default_value = "human")]
        format: String,
        #[arg(long, default_value = "auto")]
        segmenter: Segmenter,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Segment {
            file, segmenter, ..
        } => concord::align_paths(&[file], &concord::Options { segmenter }),
        Command::Align {
            files, segmenter, ..
        } => concord::align_paths(&files, &concord::Options { segmenter }),
    };
    match result {
        Ok(report) => {
            let mut out = std::io::stdout().lock();
            if concord::report::render_json(&report, &mut out).is_err() {
                return ExitCode::from(2);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("concord: {e}");
            ExitCode::from(2)
        }
    }
}
