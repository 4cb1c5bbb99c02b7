//! Configuration: `concord.toml` (or `.concord.toml`), found by walking up from the working
//! directory, and the alias file given with `--aliases`.
//!
//! In: a start directory or a file path. Out: a validated [`Config`] (or [`AliasFile`]) and —
//! for interactive review — a config file with one more alias pair, the rest of the file left
//! as it was. What wins over what (command line, file, defaults) is [`crate::settings`]'s job.
//! Every problem is one line naming the file, e.g. `concord.toml: unknown key 'foo' (line 3)`.

use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::check::Check;
use crate::error::{Error, Result};
use crate::model::Severity;
use crate::segment::Segmenter;

/// The names of a configuration file, in order of preference within one directory.
pub const FILE_NAMES: [&str; 2] = ["concord.toml", ".concord.toml"];

/// Names known to denote the same entity, and names known to denote different ones. The
/// `[aliases]` table of `concord.toml` and the `--aliases FILE` file share this format:
/// `same = [["DPRK", "North Korea"]]`, `different = [["Niger", "Nigeria"]]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasFile {
    /// Groups of names for one entity.
    #[serde(default)]
    pub same: Vec<Vec<String>>,
    /// Groups of names that look alike but denote different entities.
    #[serde(default)]
    pub different: Vec<Vec<String>>,
}

/// The alias file as the extractors' plain data (extract does not depend on config types).
impl From<&AliasFile> for crate::extract::Aliases {
    fn from(f: &AliasFile) -> Self {
        crate::extract::Aliases {
            same: f.same.clone(),
            different: f.different.clone(),
        }
    }
}

/// When the run exits with status 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Any error finding (the default).
    #[default]
    Error,
    /// Any warning or error finding.
    Warning,
    /// Any finding at all.
    Info,
    /// Never: findings are reported, the exit status is 0.
    Never,
}

impl FailOn {
    /// The least severity that fails the run, None for `never`.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }

    /// Whether a finding of this severity fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        self.threshold().is_some_and(|t| severity >= t)
    }
}

impl std::str::FromStr for FailOn {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "error" => Ok(FailOn::Error),
            "warning" => Ok(FailOn::Warning),
            "info" => Ok(FailOn::Info),
            "never" => Ok(FailOn::Never),
            _ => Err(format!(
                "unknown fail-on level '{s}' (expected error, warning, info or never)"
            )),
        }
    }
}

/// The content of `concord.toml`. Absent keys are defaults (None / empty); the command line
/// overrides what is set here.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    #[serde(default)]
    pub aliases: AliasFile,
    /// Check id → severity, replacing the default severity of that check.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Check ids whose findings are dropped.
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub fail_on: Option<FailOn>,
    #[serde(default, deserialize_with = "segmenter")]
    pub segmenter: Option<Segmenter>,
    /// Baseline file; after [`load`], relative to the working directory (it is written
    /// relative to the config file's directory).
    #[serde(default)]
    pub baseline: Option<PathBuf>,
    /// The base of a story given as a directory: the name of one of its files.
    #[serde(default)]
    pub base: Option<String>,
    /// Which version SARIF results and GitHub annotations are placed on.
    #[serde(default)]
    pub annotate: Option<crate::report::Annotate>,
    /// The order of findings in the human and Markdown reports and in review.
    #[serde(default)]
    pub sort: Option<crate::report::Sort>,
    /// Version (path, file name or `*`) → language code or `auto`.
    #[serde(default)]
    pub languages: crate::lexicon::LangChoice,
}

fn segmenter<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<Segmenter>, D::Error> {
    let s = String::deserialize(d)?;
    s.parse().map(Some).map_err(serde::de::Error::custom)
}

/// The configuration file that applies in `start`: the first `concord.toml` or
/// `.concord.toml` in `start` or one of its ancestors.
pub fn find(start: &Path) -> Result<Option<PathBuf>> {
    // Walk up from an absolute path: "." has no ancestors of its own.
    let start = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
    for dir in start.ancestors() {
        let found: Vec<PathBuf> = FILE_NAMES
            .iter()
            .map(|n| dir.join(n))
            .filter(|p| p.is_file())
            .collect();
        match found.len() {
            0 => continue,
            1 => return Ok(found.into_iter().next()),
            _ => {
                return Err(Error::input(
                    found[1].display().to_string(),
                    "both concord.toml and .concord.toml exist here; keep one",
                ))
            }
        }
    }
    Ok(None)
}

/// Find and load the configuration that applies in `start` (see [`find`]).
pub fn discover(start: &Path) -> Result<Option<(PathBuf, Config)>> {
    match find(start)? {
        Some(path) => {
            let cfg = load(&path)?;
            Ok(Some((path, cfg)))
        }
        None => Ok(None),
    }
}

/// Load and validate one configuration file. A relative `baseline` is resolved against the
/// file's directory.
pub fn load(path: &Path) -> Result<Config> {
    let text = read(path)?;
    let mut cfg = parse(&text).map_err(|p| Error::input(path.display().to_string(), p))?;
    if let Some(b) = &cfg.baseline {
        if b.is_relative() {
            let dir = path.parent().unwrap_or(Path::new(""));
            cfg.baseline = Some(dir.join(b));
        }
    }
    Ok(cfg)
}

/// Parse and validate a configuration's text; the error is the problem without the file name.
pub fn parse(text: &str) -> std::result::Result<Config, String> {
    // A byte order mark (a Windows editor's) is not part of the TOML.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let cfg: Config = toml::from_str(text).map_err(|e| toml_problem(&e, text))?;
    // Ids and keys are echoed from the file: escaped, so that a configuration in a pull request
    // cannot print lines (fake workflow commands) or escape sequences into a CI log.
    let printable = |s: &str| crate::report::message::printable(s).into_owned();
    for id in cfg.severity.keys() {
        if id.parse::<Check>().is_err() {
            return Err(format!("unknown check '{}' in [severity]", printable(id)));
        }
    }
    for id in &cfg.disable {
        if id.parse::<Check>().is_err() {
            return Err(format!("unknown check '{}' in disable", printable(id)));
        }
    }
    for code in cfg.languages.values() {
        crate::lexicon::check_choice(code).map_err(|e| format!("{e} in [languages]"))?;
    }
    check_aliases(&cfg.aliases, "aliases.")?;
    Ok(cfg)
}

/// Load an alias file (`--aliases FILE`): top-level `same` and `different`.
pub fn load_aliases(path: &Path) -> Result<AliasFile> {
    let text = read(path)?;
    let aliases: AliasFile = toml::from_str(&text)
        .map_err(|e| Error::input(path.display().to_string(), toml_problem(&e, &text)))?;
    check_aliases(&aliases, "").map_err(|p| Error::input(path.display().to_string(), p))?;
    Ok(aliases)
}

fn check_aliases(a: &AliasFile, prefix: &str) -> std::result::Result<(), String> {
    for (key, groups) in [("same", &a.same), ("different", &a.different)] {
        for g in groups {
            if g.len() < 2 || g.iter().any(|n| n.trim().is_empty()) {
                return Err(format!(
                    "each group in '{prefix}{key}' needs two or more non-empty names, found {g:?}"
                ));
            }
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        let problem = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::InvalidData => "not UTF-8 text".to_string(),
            _ => e.to_string(),
        };
        Error::input(path.display().to_string(), problem)
    })
}

/// toml's error as one line: "unknown key 'aliases.foo' (line 3)" for unknown keys, else its
/// message and line.
fn toml_problem(e: &toml::de::Error, text: &str) -> String {
    crate::report::message::printable(&toml_problem_raw(e, text)).into_owned()
}

fn toml_problem_raw(e: &toml::de::Error, text: &str) -> String {
    let msg = e.message().trim().replace('\n', " ");
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
    let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        if let Some(key) = rest.split('`').next() {
            let section = e
                .span()
                .map(|s| section_at(text, s.start))
                .unwrap_or_default();
            let full = if section.is_empty() {
                key.to_string()
            } else {
                format!("{section}.{key}")
            };
            return format!("unknown key '{full}'{at}");
        }
    }
    // Name the key whose value is wrong: toml's message ("wanted string or table") does not.
    let key = e.span().and_then(|s| key_at(text, s.start));
    match key {
        Some(k) => format!("{msg} for '{k}'{at}"),
        None => format!("{msg}{at}"),
    }
}

/// The dotted name of the `key = value` line holding byte `offset`, if the offset lies in its
/// value.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..offset];
    let eq = before.find('=')?;
    let key = before[..eq].trim().replace(['"', '\''], "");
    if key.is_empty() || key.starts_with('[') {
        return None;
    }
    let section = section_at(text, line_start);
    Some(if section.is_empty() {
        key
    } else {
        format!("{section}.{key}")
    })
}

/// The name of the `[table]` whose body holds byte `offset`, "" at the top level.
fn section_at(text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    for line in before.lines().rev() {
        let t = line.trim();
        if let Some(inner) = t.strip_prefix('[') {
            let inner = inner.trim_start_matches('[');
            if let Some(end) = inner.find(']') {
                return inner[..end].trim().replace(['"', '\''], "");
            }
        }
    }
    String::new()
}

/// Which list an alias pair goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasKind {
    /// `[aliases] same`: the names denote one entity.
    Same,
    /// `[aliases] different`: the names denote different entities.
    Different,
}

/// Edit the config file at `path` in place with `change` (which returns whether it changed
/// anything), creating the file if it does not exist. Everything else is kept as it was:
/// comments, layout, a byte order mark and CRLF line ends. The update holds the file's lock
/// and replaces it whole (a temporary file renamed over it), so it is never left half-written
/// and two writers do not drop each other's changes.
pub fn edit(
    path: &Path,
    change: impl FnOnce(&mut toml_edit::DocumentMut, &str) -> Result<bool>,
) -> Result<bool> {
    let name = path.display().to_string();
    crate::lock::update(path, |old| {
        let old = old.unwrap_or_default();
        let (bom, body) = match old.strip_prefix('\u{feff}') {
            Some(rest) => ("\u{feff}", rest),
            None => ("", old.as_str()),
        };
        let crlf = body.contains("\r\n");
        let mut doc: toml_edit::DocumentMut = body
            .parse()
            .map_err(|e: toml_edit::TomlError| Error::input(&name, toml_edit_problem(&e)))?;
        if !change(&mut doc, &name)? {
            return Ok((None, false));
        }
        let mut text = doc.to_string();
        if crlf {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        Ok((Some(format!("{bom}{text}")), true))
    })
}

/// Add the pair (`a`, `b`) to `[aliases] same` (or `different`) of the config file at `path`,
/// creating the file if it does not exist and keeping everything else in it (see [`edit`]).
/// Returns false when a group there already holds both names.
pub fn add_alias(path: &Path, kind: AliasKind, a: &str, b: &str) -> Result<bool> {
    edit(path, |doc, name| {
        let key = match kind {
            AliasKind::Same => "same",
            AliasKind::Different => "different",
        };
        let aliases = doc
            .entry("aliases")
            .or_insert_with(toml_edit::table)
            .as_table_like_mut()
            .ok_or_else(|| Error::input(name, "'aliases' is not a table"))?;
        if aliases.get(key).is_none() {
            aliases.insert(key, toml_edit::value(toml_edit::Array::new()));
        }
        let list = aliases
            .get_mut(key)
            .and_then(|i| i.as_array_mut())
            .ok_or_else(|| Error::input(name, format!("'aliases.{key}' is not an array")))?;
        let has = |group: &toml_edit::Value, n: &str| {
            group
                .as_array()
                .is_some_and(|g| g.iter().any(|v| v.as_str() == Some(n)))
        };
        if list.iter().any(|g| has(g, a) && has(g, b)) {
            return Ok(false);
        }
        let mut pair = toml_edit::Array::new();
        pair.push(a);
        pair.push(b);
        list.push(pair);
        Ok(true)
    })
}

/// Record `baseline` (relative to the config file's directory, forward slashes) as the
/// `baseline` key of the config file at `path`, unless it names one already; see [`edit`].
/// Returns whether the file was changed.
pub fn set_baseline(path: &Path, baseline: &str) -> Result<bool> {
    edit(path, |doc, _| {
        if doc.contains_key("baseline") {
            return Ok(false);
        }
        doc.insert("baseline", toml_edit::value(baseline));
        Ok(true)
    })
}

fn toml_edit_problem(e: &toml_edit::TomlError) -> String {
    e.message().trim().replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir()
            .join(format!("concord-config-{}", std::process::id()))
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    const FULL: &str = r#"disable = ["quote-unbalanced"]

# Names our desk treats as one entity.
[aliases]
same = [["DPRK", "North Korea"]]
different = [["Niger", "Nigeria"]]

[severity]
sentence-missing = "warning"
entity-ambiguous = "error"
"#;

    #[test]
    fn parses_every_key() {
        let text =
            format!("fail-on = \"warning\"\nsegmenter = \"lines\"\nbaseline = \"b.json\"\nannotate = \"base\"\n{FULL}");
        let cfg = parse(&text).unwrap();
        assert_eq!(cfg.aliases.same, vec![vec!["DPRK", "North Korea"]]);
        assert_eq!(cfg.aliases.different, vec![vec!["Niger", "Nigeria"]]);
        assert_eq!(cfg.severity["sentence-missing"], Severity::Warning);
        assert_eq!(cfg.disable, vec!["quote-unbalanced"]);
        assert_eq!(cfg.fail_on, Some(FailOn::Warning));
        assert_eq!(cfg.segmenter, Some(Segmenter::Lines));
        assert_eq!(cfg.baseline, Some(PathBuf::from("b.json")));
        assert_eq!(cfg.annotate, Some(crate::report::Annotate::Base));
        assert_eq!(parse("").unwrap(), Config::default());
    }

    #[test]
    fn problems_are_one_line_naming_the_key() {
        assert_eq!(
            parse("foo = 1\n").unwrap_err(),
            "unknown key 'foo' (line 1)"
        );
        assert_eq!(
            parse("[aliases]\nsame = []\nsimilar = []\n").unwrap_err(),
            "unknown key 'aliases.similar' (line 3)"
        );
        assert_eq!(
            parse("[severity]\nno-such-check = \"error\"\n").unwrap_err(),
            "unknown check 'no-such-check' in [severity]"
        );
        assert_eq!(
            parse("disable = [\"typo\"]\n").unwrap_err(),
            "unknown check 'typo' in disable"
        );
        let e = parse("[severity]\nnumber-missing = \"fatal\"\n").unwrap_err();
        assert!(e.contains("fatal") && e.ends_with("(line 2)"), "{e}");
        let e = parse("segmenter = \"words\"\n").unwrap_err();
        assert!(e.starts_with("unknown segmenter 'words'"), "{e}");
        let e = parse("fail-on = \"sometimes\"\n").unwrap_err();
        assert!(e.contains("sometimes") && !e.contains('\n'), "{e}");
        assert_eq!(
            parse("[severity]\ndisable = [\"x\"]\n").unwrap_err(),
            "wanted string or table for 'severity.disable' (line 2)"
        );
        let e = parse("[aliases]\nsame = [[\"DPRK\"]]\n").unwrap_err();
        assert!(e.starts_with("each group in 'aliases.same'"), "{e}");
    }

    #[test]
    fn load_names_the_file_and_resolves_the_baseline() {
        let dir = temp_dir("load");
        let path = dir.join("concord.toml");
        std::fs::write(&path, "baseline = \"ci/baseline.json\"\n").unwrap();
        let cfg = load(&path).unwrap();
        assert_eq!(cfg.baseline, Some(dir.join("ci/baseline.json")));
        std::fs::write(&path, "\n\nbogus = true\n").unwrap();
        assert_eq!(
            load(&path).unwrap_err().to_string(),
            format!("{}: unknown key 'bogus' (line 3)", path.display())
        );
    }

    #[test]
    fn discovery_walks_up_and_prefers_the_nearest() {
        let root = temp_dir("walk");
        let deep = root.join("articles/story");
        std::fs::create_dir_all(&deep).unwrap();
        assert!(find(&deep).unwrap().is_none_or(|p| !p.starts_with(&root)));
        std::fs::write(root.join(".concord.toml"), "fail-on = \"never\"\n").unwrap();
        let (path, cfg) = discover(&deep).unwrap().unwrap();
        assert_eq!(path, root.join(".concord.toml"));
        assert_eq!(cfg.fail_on, Some(FailOn::Never));
        std::fs::write(root.join("articles/concord.toml"), "").unwrap();
        assert_eq!(
            find(&deep).unwrap(),
            Some(root.join("articles/concord.toml"))
        );
        std::fs::write(root.join("articles/.concord.toml"), "").unwrap();
        let e = find(&deep).unwrap_err().to_string();
        assert!(e.contains("both concord.toml and .concord.toml"), "{e}");
    }

    #[test]
    fn fail_on_thresholds() {
        assert!(FailOn::Error.fails(Severity::Error));
        assert!(!FailOn::Error.fails(Severity::Warning));
        assert!(FailOn::Info.fails(Severity::Info));
        assert!(!FailOn::Never.fails(Severity::Error));
        assert_eq!("warning".parse(), Ok(FailOn::Warning));
    }

    #[test]
    fn adding_an_alias_keeps_the_rest_of_the_file() {
        let dir = temp_dir("alias");
        let path = dir.join("concord.toml");
        std::fs::write(&path, FULL).unwrap();
        assert!(add_alias(&path, AliasKind::Same, "Pyongyang", "North Korea").unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("# Names our desk treats as one entity."));
        assert!(
            text.contains("same = [[\"DPRK\", \"North Korea\"], [\"Pyongyang\", \"North Korea\"]]")
        );
        assert!(!add_alias(&path, AliasKind::Same, "North Korea", "DPRK").unwrap());
        let cfg = load(&path).unwrap();
        assert_eq!(cfg.aliases.same.len(), 2);
        assert_eq!(cfg.severity.len(), 2);
    }

    #[test]
    fn editing_keeps_the_bom_and_crlf_line_ends() {
        let dir = temp_dir("crlf");
        let path = dir.join("concord.toml");
        let original = "\u{feff}# Desk settings.\r\nfail-on = \"warning\"\r\n\r\n[aliases]\r\n# Ours.\r\nsame = [[\"DPRK\", \"North Korea\"]]\r\n";
        std::fs::write(&path, original).unwrap();
        assert!(add_alias(&path, AliasKind::Same, "UN", "United Nations").unwrap());
        assert!(set_baseline(&path, "concord-baseline.json").unwrap());
        assert!(!set_baseline(&path, "other.json").unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("\u{feff}# Desk settings.\r\n"), "{text:?}");
        assert!(!text.replace("\r\n", "").contains('\n'), "{text:?}");
        assert!(text.contains("# Ours.\r\n"), "{text:?}");
        let cfg = load(&path).unwrap();
        assert_eq!(cfg.aliases.same.len(), 2);
        assert_eq!(cfg.baseline, Some(dir.join("concord-baseline.json")));
        assert_eq!(cfg.fail_on, Some(FailOn::Warning));
        assert!(!crate::lock::lock_path(&path).exists());
    }

    #[test]
    fn a_broken_file_is_left_alone() {
        let dir = temp_dir("broken");
        let path = dir.join("concord.toml");
        std::fs::write(&path, "fail-on = \n").unwrap();
        assert!(add_alias(&path, AliasKind::Same, "a", "b").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "fail-on = \n");
    }

    #[test]
    fn adding_an_alias_creates_the_file_when_missing() {
        // Which file (the one in use, or a new concord.toml) is settled by settings.
        let dir = temp_dir("create");
        let path = dir.join("concord.toml");
        assert!(add_alias(&path, AliasKind::Different, "Niger", "Nigeria").unwrap());
        let cfg = load(&path).unwrap();
        assert_eq!(cfg.aliases.different, vec![vec!["Niger", "Nigeria"]]);
    }

    #[test]
    fn alias_files_use_the_same_format() {
        let dir = temp_dir("aliases");
        let path = dir.join("aliases.toml");
        std::fs::write(&path, "same = [[\"UN\", \"United Nations\"]]\n").unwrap();
        assert_eq!(
            load_aliases(&path).unwrap().same,
            vec![vec!["UN", "United Nations"]]
        );
        std::fs::write(&path, "[aliases]\nsame = []\n").unwrap();
        let e = load_aliases(&path).unwrap_err().to_string();
        assert!(e.ends_with("unknown key 'aliases' (line 1)"), "{e}");
    }
}
