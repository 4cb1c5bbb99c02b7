//! Batches: a JSON Lines manifest of stories in, one [`Report`] (or error) per story out,
//! checked in parallel on worker threads and handed back in manifest order.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::extract::Knowledge;
use crate::model::Report;
use crate::Options;

/// One line of the manifest: a story and the paths of its versions (the first is the base).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// The id exactly as the manifest wrote it (its JSON text), echoed verbatim: a number too
    /// long for a double (`123456789012345678901234567890`, `1e400`) comes back as written.
    pub id: Box<serde_json::value::RawValue>,
    pub versions: Vec<String>,
}

impl Story {
    /// The id as a person reads it: a string's text without its quotes, any other value as
    /// its JSON text.
    pub fn id_text(&self) -> String {
        serde_json::from_str::<String>(self.id.get()).unwrap_or_else(|_| self.id.get().to_string())
    }
}

/// Parse a manifest: one JSON object a line, blank lines ignored. Relative version paths are
/// taken relative to the manifest's directory. Any malformed line is an error naming its line.
pub fn parse_manifest(path: &str, text: &str) -> Result<Vec<Story>> {
    let dir = Path::new(path).parent().filter(|_| path != "-");
    let mut stories = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut story: Story = serde_json::from_str(line).map_err(|e| {
            Error::input(
                format!("{path}:{}", i + 1),
                format!("not a manifest entry {{\"id\": …, \"versions\": [path, …]}}: {e}"),
            )
        })?;
        if story.versions.len() < 2 {
            return Err(Error::input(
                format!("{path}:{}", i + 1),
                "a story needs at least two versions",
            ));
        }
        if let Some(dir) = dir {
            for v in story.versions.iter_mut() {
                if Path::new(v).is_relative() && v != "-" {
                    *v = dir.join(&*v).to_string_lossy().into_owned();
                }
            }
        }
        stories.push(story);
    }
    Ok(stories)
}

/// Check every story on `jobs` threads. `done` is called once per story, in manifest order, with
/// the story's index and its report or the error that stopped it; a failed story does not stop
/// the batch. When `done` returns false (its reader went away), no further story is started and
/// `done` is not called again; returns how many stories `done` saw.
pub fn run(
    stories: &[Story],
    opts: &Options,
    knowledge: &Knowledge,
    jobs: usize,
    mut done: impl FnMut(usize, Result<Report>) -> bool,
) -> usize {
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut seen = 0;
    let (tx, rx) = mpsc::channel::<(usize, Result<Report>)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            let tx = tx.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= stories.len() {
                    break;
                }
                let result = crate::par::serial(|| {
                    crate::check_paths_with(&stories[i].versions, opts, knowledge)
                });
                if tx.send((i, result)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Hand results back in order, holding early finishers until their turn.
        let mut pending: std::collections::BTreeMap<usize, Result<Report>> = Default::default();
        let mut expected = 0;
        for (i, r) in rx {
            if stop.load(Ordering::Relaxed) {
                continue; // drain what the workers still send, and let them end
            }
            pending.insert(i, r);
            while let Some(r) = pending.remove(&expected) {
                seen += 1;
                if !done(expected, r) {
                    stop.store(true, Ordering::Relaxed);
                    pending.clear();
                    break;
                }
                expected += 1;
            }
        }
    });
    seen
}

/// What became of one story, for the batch summaries (human and Markdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// [`Story::id_text`].
    pub id: String,
    /// Findings left after the baseline: errors, warnings, infos.
    pub counts: (usize, usize, usize),
    /// Whether a finding reaches `fail-on`.
    pub fails: bool,
    /// Why the story could not be checked.
    pub error: Option<String>,
}

impl Outcome {
    /// The outcome of `story` from its report or error; `fails` says which severities fail.
    pub fn of(
        story: &Story,
        result: std::result::Result<&Report, &Error>,
        fails: impl Fn(crate::model::Severity) -> bool,
    ) -> Outcome {
        use crate::model::Severity;
        let id = story.id_text();
        match result {
            Ok(r) => {
                let n = |s: Severity| r.findings.iter().filter(|f| f.severity == s).count();
                Outcome {
                    id,
                    counts: (n(Severity::Error), n(Severity::Warning), n(Severity::Info)),
                    fails: r.findings.iter().any(|f| fails(f.severity)),
                    error: None,
                }
            }
            Err(e) => Outcome {
                id,
                counts: (0, 0, 0),
                fails: false,
                error: Some(e.to_string()),
            },
        }
    }
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn counts_text((e, w, i): (usize, usize, usize)) -> String {
    if e + w + i == 0 {
        return "no findings".to_string();
    }
    format!(
        "{}, {}, {} info",
        counted(e, "error", "errors"),
        counted(w, "warning", "warnings"),
        i
    )
}

/// The totals line of a summary: stories, how they came out, findings.
fn totals(outcomes: &[Outcome], of: usize) -> String {
    let failing = outcomes.iter().filter(|o| o.fails).count();
    let broken = outcomes.iter().filter(|o| o.error.is_some()).count();
    let sum = outcomes.iter().fold((0, 0, 0), |a, o| {
        (a.0 + o.counts.0, a.1 + o.counts.1, a.2 + o.counts.2)
    });
    let checked = if outcomes.len() < of {
        format!("{} of {of} stories checked", outcomes.len())
    } else {
        counted(of, "story", "stories")
    };
    format!(
        "{checked}: {} failing, {} could not be checked; {}",
        failing,
        broken,
        counts_text(sum)
    )
}

/// A batch summary for a terminal: one line a story (`fail`, `ok` or `error`, its id, its
/// counts or its error), then the totals. `of` is the number of stories in the manifest.
pub fn render_human(
    outcomes: &[Outcome],
    of: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use crate::report::message::printable;
    let width = outcomes
        .iter()
        .map(|o| unicode_width::UnicodeWidthStr::width(printable(&o.id).as_ref()))
        .max()
        .unwrap_or(0)
        .min(40);
    for o in outcomes {
        let id = printable(&o.id);
        let pad = width.saturating_sub(unicode_width::UnicodeWidthStr::width(id.as_ref()));
        let (status, text) = match &o.error {
            Some(e) => ("error", printable(e).into_owned()),
            None if o.fails => ("fail ", counts_text(o.counts)),
            None => ("ok   ", counts_text(o.counts)),
        };
        writeln!(out, "{status}  {id}{}  {text}", " ".repeat(pad))?;
    }
    writeln!(out, "{}", totals(outcomes, of))
}

/// A batch summary in Markdown, for a pull-request comment: a heading with the totals and a
/// table with one row a story.
pub fn render_markdown(
    outcomes: &[Outcome],
    of: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use crate::report::markdown::escape;
    writeln!(out, "### concord: {}", escape(&totals(outcomes, of)))?;
    if outcomes.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "| Story | Result | Errors | Warnings | Info |")?;
    writeln!(out, "| --- | --- | ---: | ---: | ---: |")?;
    for o in outcomes {
        let id = escape(&o.id);
        match &o.error {
            Some(e) => writeln!(out, "| {id} | could not be checked: {} | | | |", escape(e))?,
            None => writeln!(
                out,
                "| {id} | {} | {} | {} | {} |",
                if o.fails { "fails" } else { "passes" },
                o.counts.0,
                o.counts.1,
                o.counts.2
            )?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(id: &str, counts: (usize, usize, usize), error: Option<&str>) -> Outcome {
        Outcome {
            id: id.into(),
            counts,
            fails: counts.0 > 0,
            error: error.map(Into::into),
        }
    }

    #[test]
    fn summaries_name_each_story_and_the_totals() {
        let all = [
            outcome("story-1", (2, 1, 0), None),
            outcome("long story name", (0, 0, 0), None),
            outcome("s|3", (0, 0, 0), Some("gone.txt: no such file")),
        ];
        let mut out = Vec::new();
        render_human(&all, 3, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "fail   story-1          2 errors, 1 warning, 0 info\n\
             ok     long story name  no findings\n\
             error  s|3              gone.txt: no such file\n\
             3 stories: 1 failing, 1 could not be checked; 2 errors, 1 warning, 0 info\n"
        );
        let mut out = Vec::new();
        render_markdown(&all[..2], 5, &mut out).unwrap();
        let md = String::from_utf8(out).unwrap();
        assert!(
            md.starts_with(
                "### concord: 2 of 5 stories checked: 1 failing, 0 could not be checked;"
            ),
            "{md}"
        );
        assert!(md.contains("| story-1 | fails | 2 | 1 | 0 |"), "{md}");
        let mut out = Vec::new();
        render_markdown(&all[2..], 1, &mut out).unwrap();
        let md = String::from_utf8(out).unwrap();
        assert!(
            md.contains("| s\\|3 | could not be checked: gone.txt: no such file |"),
            "{md}"
        );
    }

    #[test]
    fn manifest_paths_are_relative_to_it() {
        let m = parse_manifest(
            "dir/m.jsonl",
            "{\"id\": 1, \"versions\": [\"a.txt\", \"/b.txt\"]}\n\n",
        )
        .unwrap();
        assert_eq!(m[0].versions, ["dir/a.txt", "/b.txt"]);
    }

    #[test]
    fn ids_are_kept_as_written() {
        let m = parse_manifest(
            "m.jsonl",
            "{\"id\": 123456789012345678901234567890, \"versions\": [\"a\", \"b\"]}\n\
             {\"id\":1e400,\"versions\":[\"a\",\"b\"]}\n\
             {\"id\": \"caf\\u00e9 1\", \"versions\": [\"a\", \"b\"]}\n\
             {\"id\": {\"desk\": [1, 2.50]}, \"versions\": [\"a\", \"b\"]}\n",
        )
        .unwrap();
        let ids: Vec<&str> = m.iter().map(|s| s.id.get()).collect();
        assert_eq!(
            ids,
            [
                "123456789012345678901234567890",
                "1e400",
                "\"caf\\u00e9 1\"",
                "{\"desk\": [1, 2.50]}"
            ]
        );
        assert_eq!(m[2].id_text(), "café 1");
        assert_eq!(m[1].id_text(), "1e400");
    }

    #[test]
    fn bad_manifest_line_is_named() {
        let e = parse_manifest(
            "m.jsonl",
            "{\"id\": 1, \"versions\": [\"a\", \"b\"]}\n{oops}\n",
        )
        .unwrap_err();
        assert!(
            e.to_string().starts_with("m.jsonl:2: not a manifest entry"),
            "{e}"
        );
        let e = parse_manifest("m.jsonl", "{\"id\": 1, \"versions\": [\"a\"]}").unwrap_err();
        assert_eq!(
            e.to_string(),
            "m.jsonl:1: a story needs at least two versions"
        );
    }
}
