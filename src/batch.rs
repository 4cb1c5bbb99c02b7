//! Batches: a JSON Lines manifest of stories in, one [`Report`] (or error) per story out,
//! checked in parallel on worker threads and handed back in manifest order.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::extract::Knowledge;
use crate::model::Report;
use crate::Options;

/// One line of the manifest: a story and the paths of its versions (the first is the base).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: serde_json::Value,
    pub versions: Vec<String>,
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
/// the batch.
pub fn run(
    stories: &[Story],
    opts: &Options,
    knowledge: &Knowledge,
    jobs: usize,
    mut done: impl FnMut(usize, Result<Report>),
) {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Result<Report>)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || loop {
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
            pending.insert(i, r);
            while let Some(r) = pending.remove(&expected) {
                done(expected, r);
                expected += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

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
