//! The options, and what they say as [`Args`]. Every option but a subcommand's own (`--base`,
//! `-o`, `--baseline`…) is global: accepted before the subcommand as after it
//! (`concord --format json check a b` is `concord check --format json a b`). A subcommand that
//! has no use for a global option given to it says so ([`Global::only`]) rather than ignore it.

use std::path::PathBuf;

use concord::config::FailOn;
use concord::error::{Error, Result};
use concord::segment::Segmenter;
use concord::settings::{Args, Color, ConfigChoice, Format};

/// The options every subcommand takes before or after its name.
#[derive(clap::Args, Default)]
pub struct Global {
    /// Output format: human, json, sarif, github, markdown, html or oneline (segment and
    /// align: human or json; batch: json or html) [default: human; batch: json]
    #[arg(long, value_enum, global = true, hide_possible_values = true)]
    pub format: Option<Format>,
    /// When to colour the human output [default: auto: a terminal, unless NO_COLOR is set;
    /// FORCE_COLOR or CLICOLOR_FORCE colour a pipe too]
    #[arg(long, value_enum, global = true, value_name = "WHEN")]
    pub color: Option<Color>,
    /// How to split sentences: rules (auto) or one sentence per non-empty line (lines).
    #[arg(long, global = true)]
    pub segmenter: Option<Segmenter>,
    /// The name the version read from - goes by in the report (and its paths).
    #[arg(long, global = true, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Language of the versions: CODE for every version not named otherwise, FILE=CODE for
    /// one (repeatable; `auto` detects, the default).
    #[arg(long, global = true, value_name = "[FILE=]CODE", value_parser = lang_choice)]
    pub lang: Vec<(String, String)>,
    /// Lowest severity that makes the exit status 1: error, warning, info or never.
    #[arg(long, value_name = "LEVEL", global = true)]
    pub fail_on: Option<FailOn>,
    /// A TOML file of names that are one entity (`same`) or never one (`different`).
    #[arg(long, value_name = "FILE", global = true)]
    pub aliases: Option<PathBuf>,
    /// Use this configuration file instead of looking for concord.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config", global = true)]
    pub config: Option<PathBuf>,
    /// Ignore concord.toml and .concord.toml.
    #[arg(long, global = true)]
    pub no_config: bool,
    /// Write no report: the exit status says it all (check).
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Count the findings per check and severity on standard error (check).
    #[arg(long, global = true)]
    pub statistics: bool,
    /// Which version SARIF results and GitHub annotations are placed on: other (the version the
    /// pull request changes; the base is a related location) or base (check, batch).
    #[arg(long, value_enum, value_name = "VERSION", global = true)]
    pub annotate: Option<concord::report::Annotate>,
    /// The order of findings in the human and Markdown reports and in review: severity (most
    /// severe first) or position (along the story) [default: severity].
    #[arg(long, value_enum, value_name = "ORDER", global = true)]
    pub sort: Option<concord::report::Sort>,
}

impl Global {
    /// The options given, by name, each with whether `subcommand` takes it: an error naming
    /// the first one given that it does not take.
    pub fn only(&self, subcommand: &str, takes: &[&str]) -> Result<()> {
        let given = [
            ("--format", self.format.is_some()),
            ("--color", self.color.is_some()),
            ("--segmenter", self.segmenter.is_some()),
            ("--stdin-filename", self.stdin_filename.is_some()),
            ("--fail-on", self.fail_on.is_some()),
            ("--aliases", self.aliases.is_some()),
            ("--config", self.config.is_some()),
            ("--no-config", self.no_config),
            ("--quiet", self.quiet),
            ("--statistics", self.statistics),
            ("--annotate", self.annotate.is_some()),
            ("--sort", self.sort.is_some()),
        ];
        match given.iter().find(|(name, on)| *on && !takes.contains(name)) {
            Some((name, _)) => Err(Error::Usage(format!(
                "`concord {subcommand}` takes no {name}"
            ))),
            None => Ok(()),
        }
    }

    /// What the options that read versions say (`segment` and `align`: no configuration
    /// file), with `format` when none was given.
    pub fn input_args(&self, format: Format) -> Args {
        Args {
            segmenter: self.segmenter,
            format: Some(self.format.unwrap_or(format)),
            color: self.color,
            stdin_name: self.stdin_filename.clone(),
            lang: self.lang.clone(),
            config: ConfigChoice::Ignore,
            ..Args::default()
        }
    }

    /// What every option says, for `check`, `review` and `batch`.
    pub fn args(&self, format: Format) -> Args {
        Args {
            fail_on: self.fail_on,
            aliases: self.aliases.clone(),
            annotate: self.annotate,
            sort: self.sort,
            config: self.config_choice(),
            ..self.input_args(format)
        }
    }

    /// Which configuration file: `--config FILE`, none with `--no-config`, else the nearest.
    pub fn config_choice(&self) -> ConfigChoice {
        match (self.no_config, &self.config) {
            (true, _) => ConfigChoice::Ignore,
            (false, Some(path)) => ConfigChoice::File(path.clone()),
            (false, None) => ConfigChoice::Nearest,
        }
    }
}

/// The options a subcommand that reads versions takes.
pub const INPUT: &[&str] = &["--format", "--color", "--segmenter", "--stdin-filename"];
/// ... and one that checks them.
pub const CHECKING: &[&str] = &[
    "--format",
    "--color",
    "--segmenter",
    "--stdin-filename",
    "--fail-on",
    "--aliases",
    "--config",
    "--no-config",
];

/// `--lang de` (every version) or `--lang path/to/file.txt=de` (one).
fn lang_choice(s: &str) -> std::result::Result<(String, String), String> {
    let (file, code) = match s.rsplit_once('=') {
        Some((f, c)) if !f.is_empty() => (f.to_string(), c),
        _ => (concord::lexicon::ALL_VERSIONS.to_string(), s),
    };
    concord::lexicon::check_choice(code)?;
    Ok((file, code.to_string()))
}
