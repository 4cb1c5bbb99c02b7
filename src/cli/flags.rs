//! The flags shared by several subcommands, and what they say as [`Args`].

use std::path::PathBuf;

use concord::config::FailOn;
use concord::segment::Segmenter;
use concord::settings::{Args, Color, ConfigChoice, Format};

/// Options of every subcommand that reads versions.
#[derive(clap::Args)]
pub struct Input {
    /// How to split sentences: rules (auto) or one sentence per non-empty line (lines).
    #[arg(long)]
    pub segmenter: Option<Segmenter>,
    /// When to colour the human output; `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Color,
}

/// Options of `check`, `review` and `batch`.
#[derive(clap::Args)]
pub struct Checking {
    /// Lowest severity that makes the exit status 1: error, warning, info or never.
    #[arg(long, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,
    /// A TOML file of names that are one entity (`same`) or never one (`different`).
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,
    /// Use this configuration file instead of looking for concord.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore concord.toml and .concord.toml.
    #[arg(long)]
    pub no_config: bool,
}

/// Options of the subcommands that write SARIF or GitHub annotations (`check`, `batch`).
#[derive(clap::Args)]
pub struct Annotations {
    /// Which version SARIF results and GitHub annotations are placed on: other (the version the
    /// pull request changes; the base is a related location) or base.
    #[arg(long, value_enum, value_name = "VERSION")]
    pub annotate: Option<concord::report::Annotate>,
}

impl Input {
    /// What these options say; `segment` and `align` read no configuration file.
    pub fn args(&self, format: Format) -> Args {
        Args {
            segmenter: self.segmenter,
            format: Some(format),
            color: Some(self.color),
            config: ConfigChoice::Ignore,
            ..Args::default()
        }
    }
}

impl Checking {
    pub fn args(self, input: &Input, format: Format) -> Args {
        Args {
            fail_on: self.fail_on,
            aliases: self.aliases,
            config: match (self.no_config, self.config) {
                (true, _) => ConfigChoice::Ignore,
                (false, Some(path)) => ConfigChoice::File(path),
                (false, None) => ConfigChoice::Nearest,
            },
            ..input.args(format)
        }
    }
}
