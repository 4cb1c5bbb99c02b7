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
    check_stdin_name(files, &settings)?;
    let report = concord::align_paths(files, &concord::Options::new(&settings, None))?;
    let human = match stage {
        Stage::Segment => concord::report::human::render_segment,
        Stage::Align => concord::report::human::render_align,
    };
    emit(&report, &settings, human)?;
    Ok(ExitCode::SUCCESS)
}

/// `concord explain [CHECK]`: the check's documentation, or the list of checks. An id that
/// names no check is a usage error listing the valid ones.
pub fn explain(id: Option<&str>) -> Result<ExitCode> {
    let text = match id {
        None => concord::check::list(),
        Some(id) => {
            let check: concord::check::Check = id.parse().map_err(|e| {
                Error::Usage(format!("{e}; the checks are: {}", concord::check::ids()))
            })?;
            concord::check::explain(check)
        }
    };
    print(text.as_bytes())
}

/// Write `bytes` to standard output (a reader that goes away is no error).
pub fn print(bytes: &[u8]) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    stdout_written(out.write_all(bytes).and_then(|()| out.flush()))?;
    Ok(ExitCode::SUCCESS)
}

/// `--stdin-filename` names the version read from `-`: an error when no version is `-`.
pub fn check_stdin_name(files: &[String], settings: &Settings) -> Result<()> {
    if settings.stdin_name.is_some() && !files.iter().any(|f| f == "-") {
        return Err(Error::Usage(
            "--stdin-filename names the version read from -, and no version is -".into(),
        ));
    }
    Ok(())
}

/// The versions of a story, the base first. `files` is the versions, or one directory whose
/// files are (see [`directory_versions`]). `--base FILE` moves that file to the front; it must
/// be one of the versions (as given, or by file name in a directory).
pub fn versions(files: Vec<String>, base: Option<String>, args: &Args) -> Result<Vec<String>> {
    let mut files = match files.as_slice() {
        [dir] if std::path::Path::new(dir).is_dir() => {
            let settings = Settings::load(args, &std::env::current_dir()?)?;
            directory_versions(dir, base.as_deref().or(settings.base.as_deref()))?
        }
        [one] => {
            return Err(Error::Usage(format!(
                "{}: one version; give two or more, or a directory of versions",
                one
            )))
        }
        _ => files,
    };
    if let Some(b) = base {
        let Some(i) = files.iter().position(|f| *f == b || file_name(f) == b) else {
            return Err(Error::Usage(format!(
                "--base {b} is not one of the versions ({})",
                files.join(", ")
            )));
        };
        let b = files.remove(i);
        files.insert(0, b);
    }
    Ok(files)
}

fn file_name(path: &str) -> &str {
    std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}

/// A directory as a story: its regular files, not hidden ones (a leading `.`) and not
/// `concord.toml`, in name order, are the versions. The base is the file named `base` (by
/// `--base`, else by the configuration's `base = "…"`), else the one file whose name without
/// extension is `original` or `base`; without one, an error asks for `--base`.
pub fn directory_versions(dir: &str, base: Option<&str>) -> Result<Vec<String>> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::input(dir, format!("cannot read the directory: {}", plain(&e))))?;
    let mut names: Vec<String> = Vec::new();
    for e in entries {
        let e =
            e.map_err(|e| Error::input(dir, format!("cannot read the directory: {}", plain(&e))))?;
        let Ok(name) = e.file_name().into_string() else {
            return Err(Error::input(dir, "a file name is not valid UTF-8"));
        };
        if name.starts_with('.') || name == concord::config::FILE_NAMES[0] {
            continue;
        }
        if std::fs::metadata(e.path()).is_ok_and(|m| m.is_file()) {
            names.push(name);
        }
    }
    names.sort();
    if names.len() < 2 {
        return Err(Error::input(
            dir,
            format!(
                "a story needs two or more versions; the directory has {}",
                names.len()
            ),
        ));
    }
    let base = match base {
        Some(b) => b.to_string(),
        None => {
            let named: Vec<&String> = names
                .iter()
                .filter(|n| {
                    let stem = n.split('.').next().unwrap_or(n);
                    stem == "original" || stem == "base"
                })
                .collect();
            match named.as_slice() {
                [one] => one.to_string(),
                _ => {
                    return Err(Error::input(
                        dir,
                        "which file is the base? Name it original.* (or base.*), give --base \
                         NAME, or set base = \"NAME\" in concord.toml",
                    ))
                }
            }
        }
    };
    let Some(i) = names
        .iter()
        .position(|n| *n == base || file_name(&base) == n)
    else {
        return Err(Error::Usage(format!(
            "the base {base} is not one of the versions in {dir} ({})",
            names.join(", ")
        )));
    };
    let b = names.remove(i);
    names.insert(0, b);
    let join = |n: &String| std::path::Path::new(dir).join(n).display().to_string();
    Ok(names.iter().map(join).collect())
}

/// `concord config`: the configuration file in force and every setting with its source.
pub fn config(args: &Args) -> Result<ExitCode> {
    let files = concord::settings::Files::load(args, &std::env::current_dir()?)?;
    print(concord::settings::Settings::describe(args, &files).as_bytes())
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
    let color = settings.color_on(terminal, &concord::settings::ColorEnv::from_env());
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
        sort: settings.sort,
    }
}

/// What a write to standard output came to. A reader that went away (`concord check … | head`)
/// is not an error: the report stops there and the exit status still reflects the findings.
/// Any other failure (a full disk) is one line naming standard output.
pub fn stdout_written(written: std::io::Result<()>) -> Result<()> {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::input(
            "standard output",
            format!("cannot write: {}", plain(&e)),
        )),
        Ok(()) => Ok(()),
    }
}

/// An I/O error's text without the operating system's error number.
fn plain(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
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
    let written = match settings.format {
        Format::Human => human(report, &opts, &mut out),
        Format::Json => concord::report::json::render(report, &mut out),
        Format::Sarif => concord::report::sarif::render(report, &opts, &mut out),
        Format::Github => concord::report::github::render(report, &opts, &mut out),
        Format::Markdown => concord::report::markdown::render(report, &opts, &mut out),
        Format::Html => concord::report::html::render(report, &opts, context, &mut out),
        Format::Oneline => concord::report::oneline::render(report, &opts, &mut out),
    }
    .and_then(|()| out.flush());
    drop(out);
    stdout_written(written)?;
    if let Some(path) = output {
        concord::report::write_atomic(path, &buf)?;
    }
    Ok(())
}
