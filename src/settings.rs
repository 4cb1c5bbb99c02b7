//! Settings resolved once: the command line's values and the configuration file in, one
//! [`Settings`] out. Every precedence rule lives here, and only here:
//!
//! **command line > configuration file > built-in default**, key by key.
//!
//! In: [`Args`] (what the command line said, `None` where it said nothing) and the
//! [`ConfigInUse`] (`--config FILE`, else none with `--no-config`, else the nearest
//! `concord.toml`). Out: [`Settings`], with nothing left optional that has a default. The
//! table in `docs/configuration.md` lists the same rules; a new setting is a field of [`Args`],
//! maybe a key of [`Config`], a field of [`Settings`] and one line of [`Settings::resolve`].

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::check::Check;
use crate::config::{AliasFile, Config, FailOn};
use crate::error::Result;
use crate::model::Severity;
use crate::segment::Segmenter;

/// Output format of `check` (`segment` and `align` take human or json).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Human,
    Json,
    Sarif,
    Github,
    Markdown,
    Html,
    Oneline,
}

/// When to colour the human output: `auto` colours a terminal unless NO_COLOR is set and not
/// empty, and forces colour when FORCE_COLOR or CLICOLOR_FORCE says so (see
/// [`Settings::color_on`]). (No doc comments on the variants: clap would print them in
/// `--help`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Color {
    #[default]
    Auto,
    Always,
    Never,
}

/// Which configuration file the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ConfigChoice {
    /// The nearest `concord.toml` or `.concord.toml` (the default).
    #[default]
    Nearest,
    /// `--config FILE`.
    File(PathBuf),
    /// `--no-config`.
    Ignore,
}

/// What the command line said; `None` where it said nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args {
    pub segmenter: Option<Segmenter>,
    pub fail_on: Option<FailOn>,
    /// `--aliases FILE`: added to the configuration's aliases.
    pub aliases: Option<PathBuf>,
    pub config: ConfigChoice,
    pub baseline: Option<PathBuf>,
    pub write_baseline: Option<PathBuf>,
    pub format: Option<Format>,
    pub color: Option<Color>,
    /// `--stdin-filename NAME`: the name of the version read from `-`.
    pub stdin_name: Option<String>,
    pub annotate: Option<crate::report::Annotate>,
    pub sort: Option<crate::report::Sort>,
    /// `--lang [FILE=]CODE`, in order: (version or `*`, language code or `auto`).
    pub lang: Vec<(String, String)>,
}

/// The environment variables that bear on colour, as read at start-up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColorEnv {
    pub no_color: Option<std::ffi::OsString>,
    pub force_color: Option<std::ffi::OsString>,
    pub clicolor_force: Option<std::ffi::OsString>,
    pub clicolor: Option<std::ffi::OsString>,
}

impl ColorEnv {
    /// The process's own environment.
    pub fn from_env() -> ColorEnv {
        ColorEnv {
            no_color: std::env::var_os("NO_COLOR"),
            force_color: std::env::var_os("FORCE_COLOR"),
            clicolor_force: std::env::var_os("CLICOLOR_FORCE"),
            clicolor: std::env::var_os("CLICOLOR"),
        }
    }
}

/// The configuration file in force.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigInUse {
    /// `--no-config`: no file is read, and none is written.
    Ignored,
    /// No file found; the one review's `[a]` would create.
    Absent { create: PathBuf },
    /// `--config FILE`, or the nearest one found.
    File { path: PathBuf, config: Config },
}

impl ConfigInUse {
    /// Find and load the configuration the command line asks for, looking up from `cwd`.
    pub fn load(choice: &ConfigChoice, cwd: &Path) -> Result<ConfigInUse> {
        Ok(match choice {
            ConfigChoice::Ignore => ConfigInUse::Ignored,
            ConfigChoice::File(path) => ConfigInUse::File {
                config: crate::config::load(path)?,
                path: path.clone(),
            },
            ConfigChoice::Nearest => match crate::config::discover(cwd)? {
                Some((path, config)) => ConfigInUse::File { path, config },
                None => ConfigInUse::Absent {
                    create: cwd.join(crate::config::FILE_NAMES[0]),
                },
            },
        })
    }

    fn config(&self) -> Option<&Config> {
        match self {
            ConfigInUse::File { config, .. } => Some(config),
            _ => None,
        }
    }
}

/// The files the command line points at, loaded: the configuration in use and the
/// `--aliases` file.
#[derive(Debug, Clone, PartialEq)]
pub struct Files {
    pub config: ConfigInUse,
    pub aliases: Option<AliasFile>,
}

impl Files {
    /// Load the configuration (looking up from `cwd`), then the alias file.
    pub fn load(args: &Args, cwd: &Path) -> Result<Files> {
        let config = ConfigInUse::load(&args.config, cwd)?;
        let aliases = args
            .aliases
            .as_deref()
            .map(crate::config::load_aliases)
            .transpose()?;
        Ok(Files { config, aliases })
    }
}

/// The baseline `review` adds to when neither the command line nor the configuration names one.
pub const REVIEW_BASELINE: &str = "concord-baseline.json";

/// Every setting of a run, resolved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    pub segmenter: Segmenter,
    pub fail_on: FailOn,
    /// Severities replacing the checks' defaults.
    pub severity: BTreeMap<Check, Severity>,
    /// Checks whose findings are dropped.
    pub disabled: BTreeSet<Check>,
    /// The configuration's aliases, then the `--aliases` file's.
    pub aliases: AliasFile,
    /// The baseline whose findings are hidden.
    pub baseline: Option<PathBuf>,
    /// Where to record this run's findings (command line only).
    pub write_baseline: Option<PathBuf>,
    pub format: Format,
    pub color: Color,
    /// The name of the version read from `-` (command line only; `-` when not given).
    pub stdin_name: Option<String>,
    /// The file name of the base in a story given as a directory (configuration only; the
    /// command line's `--base` is applied before, to the list of versions).
    pub base: Option<String>,
    /// Which version SARIF results and GitHub annotations are placed on.
    pub annotate: crate::report::Annotate,
    /// The order of findings in the human and Markdown reports and in review.
    pub sort: crate::report::Sort,
    /// Where review's `[a]` writes an alias pair: the configuration file in use, or the one
    /// it would create; None with `--no-config`.
    pub alias_target: Option<PathBuf>,
    /// The language of each version: the configuration's `[languages]`, then `--lang`, key
    /// by key.
    pub languages: crate::lexicon::LangChoice,
}

impl Settings {
    /// Resolve the command line against the files it points at. Pure: no file is read.
    pub fn resolve(args: &Args, files: &Files) -> Settings {
        let file = files.config.config();
        let mut aliases = file.map(|c| c.aliases.clone()).unwrap_or_default();
        if let Some(extra) = &files.aliases {
            aliases.same.extend(extra.same.iter().cloned());
            aliases.different.extend(extra.different.iter().cloned());
        }
        Settings {
            segmenter: args
                .segmenter
                .or(file.and_then(|c| c.segmenter))
                .unwrap_or_default(),
            fail_on: args
                .fail_on
                .or(file.and_then(|c| c.fail_on))
                .unwrap_or_default(),
            // Configuration ids are validated when the file is parsed.
            severity: file
                .into_iter()
                .flat_map(|c| &c.severity)
                .filter_map(|(id, s)| Some((id.parse().ok()?, *s)))
                .collect(),
            disabled: file
                .into_iter()
                .flat_map(|c| &c.disable)
                .filter_map(|id| id.parse().ok())
                .collect(),
            aliases,
            baseline: args
                .baseline
                .clone()
                .or_else(|| file.and_then(|c| c.baseline.clone())),
            write_baseline: args.write_baseline.clone(),
            format: args.format.unwrap_or_default(),
            color: args.color.unwrap_or_default(),
            stdin_name: args.stdin_name.clone(),
            base: file.and_then(|c| c.base.clone()),
            annotate: args
                .annotate
                .or(file.and_then(|c| c.annotate))
                .unwrap_or_default(),
            sort: args.sort.or(file.and_then(|c| c.sort)).unwrap_or_default(),
            languages: file
                .into_iter()
                .flat_map(|c| c.languages.clone())
                .chain(args.lang.iter().cloned())
                .collect(),
            alias_target: match &files.config {
                ConfigInUse::Ignored => None,
                ConfigInUse::Absent { create } => Some(create.clone()),
                ConfigInUse::File { path, .. } => Some(path.clone()),
            },
        }
    }

    /// The settings as `concord config` prints them: which configuration file is in force,
    /// then every setting as a TOML line with where its value came from (command line,
    /// the file, or the default).
    pub fn describe(args: &Args, files: &Files) -> String {
        let s = Settings::resolve(args, files);
        let file = files.config.config();
        let mut out = match &files.config {
            ConfigInUse::Ignored => "# configuration file: none (--no-config)\n".to_string(),
            ConfigInUse::Absent { .. } => {
                "# configuration file: none found (concord.toml or .concord.toml in the working directory or above)\n".to_string()
            }
            ConfigInUse::File { path, .. } => {
                format!("# configuration file: {}\n", path.display())
            }
        };
        let from = |cli: bool, cfg: bool| {
            if cli {
                "command line"
            } else if cfg {
                "configuration file"
            } else {
                "default"
            }
        };
        let quote = |v: &str| toml::Value::String(v.to_string()).to_string();
        let mut line = |key: &str, value: String, source: &str| {
            out.push_str(&format!("{key} = {value}  # {source}\n"));
        };
        line(
            "fail-on",
            quote(match s.fail_on {
                FailOn::Error => "error",
                FailOn::Warning => "warning",
                FailOn::Info => "info",
                FailOn::Never => "never",
            }),
            from(
                args.fail_on.is_some(),
                file.is_some_and(|c| c.fail_on.is_some()),
            ),
        );
        line(
            "segmenter",
            quote(match s.segmenter {
                Segmenter::Auto => "auto",
                Segmenter::Lines => "lines",
            }),
            from(
                args.segmenter.is_some(),
                file.is_some_and(|c| c.segmenter.is_some()),
            ),
        );
        line(
            "baseline",
            s.baseline
                .as_ref()
                .map_or("\"\"".to_string(), |b| quote(&b.display().to_string())),
            from(
                args.baseline.is_some(),
                file.is_some_and(|c| c.baseline.is_some()),
            ),
        );
        line(
            "annotate",
            quote(match s.annotate {
                crate::report::Annotate::Other => "other",
                crate::report::Annotate::Base => "base",
            }),
            from(
                args.annotate.is_some(),
                file.is_some_and(|c| c.annotate.is_some()),
            ),
        );
        line(
            "sort",
            quote(s.sort.as_str()),
            from(args.sort.is_some(), file.is_some_and(|c| c.sort.is_some())),
        );
        line(
            "base",
            quote(s.base.as_deref().unwrap_or("")),
            from(false, s.base.is_some()),
        );
        let ids: Vec<String> = s.disabled.iter().map(|c| quote(c.id())).collect();
        line(
            "disable",
            format!("[{}]", ids.join(", ")),
            from(false, !s.disabled.is_empty()),
        );
        out.push_str(&format!(
            "# aliases: {} same, {} different (configuration file and --aliases)\n",
            s.aliases.same.len(),
            s.aliases.different.len()
        ));
        out.push_str("[severity]\n");
        for c in Check::ALL {
            let (sev, source) = match s.severity.get(&c) {
                Some(sev) => (*sev, "configuration file"),
                None => (c.default_severity(), "default"),
            };
            out.push_str(&format!(
                "{} = {}  # {source}\n",
                c.id(),
                quote(sev.as_str())
            ));
        }
        // A version's language: the configuration's `[languages]`, then `--lang`.
        out.push_str("[languages]\n");
        if s.languages.is_empty() {
            out.push_str("# none: every version's language is detected\n");
        }
        for (version, code) in &s.languages {
            let from_cli = args.lang.iter().any(|(v, _)| v == version);
            out.push_str(&format!(
                "{} = {}  # {}\n",
                quote(version),
                quote(code),
                if from_cli {
                    "command line"
                } else {
                    "configuration file"
                }
            ));
        }
        out
    }

    /// Load the files the command line points at (looking up from `cwd`) and resolve.
    pub fn load(args: &Args, cwd: &Path) -> Result<Settings> {
        Ok(Settings::resolve(args, &Files::load(args, cwd)?))
    }

    /// The baseline review reads and adds to: the resolved one, else [`REVIEW_BASELINE`].
    pub fn review_baseline(&self) -> PathBuf {
        self.baseline
            .clone()
            .unwrap_or_else(|| PathBuf::from(REVIEW_BASELINE))
    }

    /// Whether to colour: `always` and `never` as said. `auto`, in this order: no colour when
    /// `NO_COLOR` is set and not empty (no-color.org; it wins over the variables that force
    /// colour, since it is the reader's own choice); colour when `FORCE_COLOR` is set and not
    /// empty (force-color.org) or `CLICOLOR_FORCE` is set, not empty and not `0`
    /// (bixense.com/clicolors); no colour when `CLICOLOR` is `0`; else colour when standard
    /// output is a terminal.
    pub fn color_on(&self, stdout_is_terminal: bool, env: &ColorEnv) -> bool {
        let set = |v: &Option<std::ffi::OsString>| v.as_ref().is_some_and(|v| !v.is_empty());
        match self.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto if set(&env.no_color) => false,
            Color::Auto
                if set(&env.force_color)
                    || (set(&env.clicolor_force)
                        && env.clicolor_force.as_deref() != Some(OsStr::new("0"))) =>
            {
                true
            }
            Color::Auto if env.clicolor.as_deref() == Some(OsStr::new("0")) => false,
            Color::Auto => stdout_is_terminal,
        }
    }

    /// Whether a finding of this severity makes the exit status 1.
    pub fn fails(&self, severity: Severity) -> bool {
        self.fail_on.fails(severity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(config: ConfigInUse) -> Files {
        Files {
            config,
            aliases: None,
        }
    }

    fn file(text: &str) -> Files {
        only(ConfigInUse::File {
            path: PathBuf::from("dir/concord.toml"),
            config: crate::config::parse(text).unwrap(),
        })
    }

    fn absent() -> Files {
        only(ConfigInUse::Absent {
            create: PathBuf::from("here/concord.toml"),
        })
    }

    #[test]
    fn defaults_when_nothing_is_said() {
        let s = Settings::resolve(&Args::default(), &absent());
        assert_eq!(s.segmenter, Segmenter::Auto);
        assert_eq!(s.fail_on, FailOn::Error);
        assert!(s.severity.is_empty() && s.disabled.is_empty());
        assert_eq!(s.aliases, AliasFile::default());
        assert_eq!(s.baseline, None);
        assert_eq!(s.write_baseline, None);
        assert_eq!(s.format, Format::Human);
        assert_eq!(s.color, Color::Auto);
        assert_eq!(s.review_baseline(), PathBuf::from("concord-baseline.json"));
    }

    #[test]
    fn segmenter_command_line_over_file_over_default() {
        let lines = file("segmenter = \"lines\"\n");
        assert_eq!(
            Settings::resolve(&Args::default(), &lines).segmenter,
            Segmenter::Lines
        );
        let args = Args {
            segmenter: Some(Segmenter::Auto),
            ..Args::default()
        };
        assert_eq!(Settings::resolve(&args, &lines).segmenter, Segmenter::Auto);
    }

    #[test]
    fn fail_on_command_line_over_file_over_default() {
        let never = file("fail-on = \"never\"\n");
        let s = Settings::resolve(&Args::default(), &never);
        assert_eq!(s.fail_on, FailOn::Never);
        assert!(!s.fails(Severity::Error));
        let args = Args {
            fail_on: Some(FailOn::Warning),
            ..Args::default()
        };
        let s = Settings::resolve(&args, &never);
        assert_eq!(s.fail_on, FailOn::Warning);
        assert!(s.fails(Severity::Warning) && !s.fails(Severity::Info));
    }

    #[test]
    fn baseline_command_line_over_file_over_none_and_review_default() {
        let cfg = file("baseline = \"b.json\"\n");
        let s = Settings::resolve(&Args::default(), &cfg);
        // config::load made it relative to the file's directory; parse alone does not.
        assert_eq!(s.baseline, Some(PathBuf::from("b.json")));
        assert_eq!(s.review_baseline(), PathBuf::from("b.json"));
        let args = Args {
            baseline: Some(PathBuf::from("cli.json")),
            write_baseline: Some(PathBuf::from("new.json")),
            ..Args::default()
        };
        let s = Settings::resolve(&args, &cfg);
        assert_eq!(s.baseline, Some(PathBuf::from("cli.json")));
        assert_eq!(s.write_baseline, Some(PathBuf::from("new.json")));
    }

    #[test]
    fn severities_and_disabled_checks_come_from_the_file_only() {
        let cfg =
            file("disable = [\"quote-unbalanced\"]\n[severity]\nsentence-missing = \"warning\"\n");
        let s = Settings::resolve(&Args::default(), &cfg);
        assert_eq!(
            s.severity,
            BTreeMap::from([(Check::SentenceMissing, Severity::Warning)])
        );
        assert_eq!(s.disabled, BTreeSet::from([Check::QuoteUnbalanced]));
        // --no-config: none of it.
        let s = Settings::resolve(&Args::default(), &only(ConfigInUse::Ignored));
        assert!(s.severity.is_empty() && s.disabled.is_empty());
    }

    #[test]
    fn alias_file_adds_to_the_configurations_aliases() {
        let extra = AliasFile {
            same: vec![vec!["UN".into(), "United Nations".into()]],
            different: vec![vec!["Niger".into(), "Nigeria".into()]],
        };
        let cfg = Files {
            aliases: Some(extra.clone()),
            ..file("[aliases]\nsame = [[\"DPRK\", \"North Korea\"]]\n")
        };
        let s = Settings::resolve(&Args::default(), &cfg);
        assert_eq!(
            s.aliases.same,
            vec![vec!["DPRK", "North Korea"], vec!["UN", "United Nations"]]
        );
        assert_eq!(s.aliases.different, vec![vec!["Niger", "Nigeria"]]);
        // With --no-config the alias file still counts: it was asked for by name.
        let ignored = Files {
            config: ConfigInUse::Ignored,
            aliases: Some(extra),
        };
        let s = Settings::resolve(&Args::default(), &ignored);
        assert_eq!(s.aliases.same, vec![vec!["UN", "United Nations"]]);
    }

    #[test]
    fn format_and_colour_are_command_line_only() {
        let args = Args {
            format: Some(Format::Sarif),
            color: Some(Color::Never),
            ..Args::default()
        };
        let s = Settings::resolve(&args, &file(""));
        assert_eq!((s.format, s.color), (Format::Sarif, Color::Never));
    }

    #[test]
    fn annotate_command_line_over_file_over_other() {
        use crate::report::Annotate;
        assert_eq!(
            Settings::resolve(&Args::default(), &absent()).annotate,
            Annotate::Other
        );
        let base = file("annotate = \"base\"\n");
        assert_eq!(
            Settings::resolve(&Args::default(), &base).annotate,
            Annotate::Base
        );
        let args = Args {
            annotate: Some(Annotate::Other),
            ..Args::default()
        };
        assert_eq!(Settings::resolve(&args, &base).annotate, Annotate::Other);
    }

    #[test]
    fn colour_auto_needs_a_terminal_and_no_no_color() {
        let env =
            |no: Option<&str>, force: Option<&str>, cli_force: Option<&str>, cli: Option<&str>| {
                ColorEnv {
                    no_color: no.map(Into::into),
                    force_color: force.map(Into::into),
                    clicolor_force: cli_force.map(Into::into),
                    clicolor: cli.map(Into::into),
                }
            };
        let none = ColorEnv::default();
        let auto = Settings::default();
        assert!(auto.color_on(true, &none));
        assert!(auto.color_on(true, &env(Some(""), None, None, None)));
        assert!(!auto.color_on(true, &env(Some("1"), None, None, None)));
        assert!(!auto.color_on(false, &none));
        // Forced: FORCE_COLOR whatever its value, CLICOLOR_FORCE unless 0; NO_COLOR wins.
        assert!(auto.color_on(false, &env(None, Some("1"), None, None)));
        assert!(auto.color_on(false, &env(None, Some("0"), None, None)));
        assert!(!auto.color_on(false, &env(None, Some(""), None, None)));
        assert!(auto.color_on(false, &env(None, None, Some("1"), None)));
        assert!(!auto.color_on(false, &env(None, None, Some("0"), None)));
        assert!(!auto.color_on(false, &env(Some("1"), Some("1"), Some("1"), None)));
        assert!(!auto.color_on(true, &env(None, None, None, Some("0"))));
        assert!(auto.color_on(false, &env(None, None, Some("1"), Some("0"))));
        let always = Settings {
            color: Color::Always,
            ..Settings::default()
        };
        assert!(always.color_on(false, &env(Some("1"), None, None, None)));
        let never = Settings {
            color: Color::Never,
            ..Settings::default()
        };
        assert!(!never.color_on(true, &env(None, Some("1"), None, None)));
    }

    #[test]
    fn aliases_are_written_to_the_file_in_use_or_nowhere_with_no_config() {
        let s = Settings::resolve(&Args::default(), &file(""));
        assert_eq!(s.alias_target, Some(PathBuf::from("dir/concord.toml")));
        let s = Settings::resolve(&Args::default(), &absent());
        assert_eq!(s.alias_target, Some(PathBuf::from("here/concord.toml")));
        let s = Settings::resolve(&Args::default(), &only(ConfigInUse::Ignored));
        assert_eq!(s.alias_target, None);
    }

    #[test]
    fn config_choice_picks_the_file() {
        let dir = std::env::temp_dir().join(format!("concord-settings-{}", std::process::id()));
        let sub = dir.join("sub");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(dir.join("concord.toml"), "fail-on = \"info\"\n").unwrap();
        std::fs::write(dir.join("other.toml"), "fail-on = \"never\"\n").unwrap();
        let near = Settings::load(&Args::default(), &sub).unwrap();
        assert_eq!(near.fail_on, FailOn::Info);
        assert!(near.alias_target.unwrap().ends_with("concord.toml"));
        let given = Args {
            config: ConfigChoice::File(dir.join("other.toml")),
            ..Args::default()
        };
        let s = Settings::load(&given, &sub).unwrap();
        assert_eq!(s.fail_on, FailOn::Never);
        assert_eq!(s.alias_target, Some(dir.join("other.toml")));
        let ignore = Args {
            config: ConfigChoice::Ignore,
            ..Args::default()
        };
        assert_eq!(Settings::load(&ignore, &sub).unwrap(), Settings::default());
    }
}
