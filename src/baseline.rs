//! Baselines: the findings of a run recorded in a file (`--write-baseline FILE`), and a later
//! report with those findings hidden (`--baseline FILE`).
//!
//! In: a [`Report`] and a path. Out: the baseline file, or a [`Baseline`] read from one and,
//! applied to a report, the number of hidden findings and the entries that matched nothing.
//! Findings are matched by their [`crate::model::Finding::fingerprint`], set once by
//! [`crate::fingerprint::assign`] before anything is hidden, so a finding stays hidden when other
//! paragraphs of the article change. The file is JSON:
//! `{"version":1,"findings":[{"fingerprint":"…","rule":"…","message":"…"}]}`.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Result};
pub use crate::model::{BaselineEntry, BaselineOutcome};
use crate::model::{Finding, Report};

/// The only baseline format version this build reads and writes.
pub const VERSION: u32 = 1;

/// A baseline file's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<BaselineEntry>,
    /// Findings kept in review (`[k]`: real mismatches). They are not hidden; review does not
    /// ask about them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<BaselineEntry>,
}

fn entry(report: &Report, f: &Finding) -> BaselineEntry {
    BaselineEntry {
        fingerprint: f.fingerprint.clone(),
        rule: f.check.id().to_string(),
        message: crate::report::message::render(report, f),
    }
}

/// The baseline recording every finding of `report` in report order, including those a
/// baseline already hid (so writing a baseline while applying one records the whole run).
pub fn from_report(report: &Report) -> Baseline {
    let mut all: Vec<&Finding> = report.findings.iter().collect();
    if let Some(outcome) = &report.baseline {
        for (i, f) in &outcome.hidden {
            all.insert((*i).min(all.len()), f);
        }
    }
    Baseline {
        version: VERSION,
        findings: all.into_iter().map(|f| entry(report, f)).collect(),
        kept: Vec::new(),
    }
}

/// Write the baseline of `report` to `path` (pretty JSON, final newline).
pub fn write(report: &Report, path: &Path) -> Result<()> {
    save(&from_report(report), path)
}

fn text(baseline: &Baseline, path: &Path) -> Result<String> {
    let mut text = serde_json::to_string_pretty(baseline)
        .map_err(|e| Error::input(path.display().to_string(), e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Written whole or not at all (a temporary file renamed over the old one).
fn save(baseline: &Baseline, path: &Path) -> Result<()> {
    crate::report::write_atomic(path, text(baseline, path)?.as_bytes())
}

/// Which list of the baseline file a review decision goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// `findings`: hidden from later runs (`[i]`).
    Ignored,
    /// `kept`: a real mismatch, not asked about again (`[k]`).
    Kept,
}

/// Add one finding of `report` to the baseline file at `path` (to its ignored findings), creating
/// it if needed and keeping the entries already there.
pub fn add(path: &Path, report: &Report, finding: usize) -> Result<()> {
    add_to(path, report, finding, List::Ignored)
}

/// Add one finding of `report` to a list of the baseline file at `path`, under its lock, so two
/// writers never drop each other's entries; the file is replaced whole. A finding already in
/// the list is not added twice.
pub fn add_to(path: &Path, report: &Report, finding: usize, list: List) -> Result<()> {
    let name = path.display().to_string();
    crate::lock::update(path, |old| {
        let mut baseline = match old {
            Some(t) => parse(&t).map_err(|p| Error::input(name.clone(), p))?,
            None => Baseline {
                version: VERSION,
                findings: Vec::new(),
                kept: Vec::new(),
            },
        };
        let e = entry(report, &report.findings[finding]);
        let target = match list {
            List::Ignored => &mut baseline.findings,
            List::Kept => &mut baseline.kept,
        };
        if list == List::Kept && target.iter().any(|k| k.fingerprint == e.fingerprint) {
            return Ok((None, ()));
        }
        target.push(e);
        Ok((Some(text(&baseline, path)?), ()))
    })
}

/// Read a baseline file.
pub fn load(path: &Path) -> Result<Baseline> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::input(
            name.clone(),
            format!("cannot read baseline: {}", io_problem(&e)),
        )
    })?;
    parse(&text).map_err(|problem| Error::input(name, problem))
}

/// Parse a baseline's text; the error is the problem alone, without the file name.
pub fn parse(text: &str) -> std::result::Result<Baseline, String> {
    // Look at the version first, so that a future format gets a clear message rather than a
    // complaint about some field.
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not a baseline file: {e}"))?;
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => {
            return Err(format!(
                "baseline version {v} is not supported (expected {VERSION})"
            ))
        }
        None => return Err("not a baseline file: no \"version\" number".to_string()),
    }
    serde_json::from_value(value).map_err(|e| format!("not a baseline file: {e}"))
}

/// Remove from `report` the findings recorded in `baseline`, matched by their
/// [`Finding::fingerprint`]. Each entry hides at most one finding, so a finding that now occurs
/// once more than recorded still shows.
pub fn apply(report: &mut Report, baseline: &Baseline) -> BaselineOutcome {
    let mut remaining: HashMap<&str, usize> = HashMap::new();
    for e in &baseline.findings {
        *remaining.entry(e.fingerprint.as_str()).or_insert(0) += 1;
    }
    let mut hidden = Vec::new();
    let mut kept = Vec::with_capacity(report.findings.len());
    for (i, f) in std::mem::take(&mut report.findings).into_iter().enumerate() {
        match remaining.get_mut(f.fingerprint.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                hidden.push((i, f));
            }
            _ => kept.push(f),
        }
    }
    report.findings = kept;

    // Stale: the last `n` entries of each fingerprint still unmatched, reported in file order.
    let mut stale = Vec::new();
    for e in baseline.findings.iter().rev() {
        if let Some(n) = remaining.get_mut(e.fingerprint.as_str()) {
            if *n > 0 {
                *n -= 1;
                stale.push(e.clone());
            }
        }
    }
    stale.reverse();
    BaselineOutcome {
        suppressed: hidden.len(),
        stale,
        hidden,
    }
}

/// An I/O error without the "(os error 2)" noise.
fn io_problem(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("concord-baseline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    #[test]
    fn write_then_load_then_apply_hides_everything() {
        let path = temp("all.json");
        let report = fixture::report();
        write(&report, &path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("{\n  \"version\": 1,\n  \"findings\": ["));
        let b = load(&path).unwrap();
        assert_eq!(b.findings.len(), 3);
        assert_eq!(b.findings[0].rule, "entity-mismatch");
        let mut again = fixture::report();
        let outcome = apply(&mut again, &b);
        assert_eq!(outcome.suppressed, 3);
        assert!(outcome.stale.is_empty());
        assert!(again.findings.is_empty());
    }

    #[test]
    fn new_findings_show_and_fixed_ones_are_stale() {
        let mut old = fixture::report();
        old.findings.remove(1); // the number finding is new in the later run
        let b = from_report(&old);
        let mut now = fixture::report();
        now.findings.remove(2); // the quote finding was fixed since
        let outcome = apply(&mut now, &b);
        assert_eq!(outcome.suppressed, 1);
        assert_eq!(now.findings.len(), 1);
        assert_eq!(now.findings[0].check.id(), "number-mismatch");
        assert_eq!(outcome.stale.len(), 1);
        assert_eq!(outcome.stale[0].rule, "quote-missing");
    }

    #[test]
    fn fingerprints_are_read_from_the_findings_not_recounted() {
        // Two identical findings: the first is in the baseline. The one left keeps the second
        // fingerprint, and recording it adds that one (defect 2: it added the first again).
        let mut r = fixture::report();
        r.findings.truncate(1);
        r.findings.push(r.findings[0].clone());
        crate::fingerprint::assign(&mut r);
        assert_ne!(r.findings[0].fingerprint, r.findings[1].fingerprint);
        let mut first = r.clone();
        first.findings.truncate(1);
        let path = temp("twice.json");
        write(&first, &path).unwrap();
        let mut now = r.clone();
        let outcome = apply(&mut now, &load(&path).unwrap());
        assert_eq!(outcome.suppressed, 1);
        assert_eq!(now.findings[0].fingerprint, r.findings[1].fingerprint);
        add(&path, &now, 0).unwrap();
        let mut again = r.clone();
        let outcome = apply(&mut again, &load(&path).unwrap());
        assert_eq!((outcome.suppressed, again.findings.len()), (2, 0));
        assert!(outcome.stale.is_empty());
    }

    #[test]
    fn writing_while_a_baseline_applies_records_the_whole_run_in_order() {
        let mut r = fixture::report();
        let mut middle = fixture::report();
        middle.findings = vec![middle.findings.remove(1)];
        r.baseline = Some(apply(&mut r, &from_report(&middle)));
        assert_eq!(r.findings.len(), 2);
        assert_eq!(from_report(&r), from_report(&fixture::report()));
    }

    #[test]
    fn bad_files_give_one_line_errors() {
        let missing = temp("missing.json");
        let e = load(&missing).unwrap_err().to_string();
        assert!(
            e.ends_with("missing.json: cannot read baseline: no such file"),
            "{e}"
        );
        assert_eq!(
            parse("{\"version\":2,\"findings\":[]}").unwrap_err(),
            "baseline version 2 is not supported (expected 1)"
        );
        let e = parse("{\"version\":1,\"findings\":[{\"rule\":\"x\"}]}").unwrap_err();
        assert!(
            e.starts_with("not a baseline file: missing field `fingerprint`"),
            "{e}"
        );
        assert!(!parse("[1,").unwrap_err().contains('\n'));
    }
}
