//! Interactive review: a checked [`Report`] and a reader of answers in; one finding at a time,
//! most severe first, written to `out` with a `git add -p`-style prompt. Each answer is carried
//! out at once through [`Actions`] (an alias pair into the config, a finding into the baseline),
//! so quitting keeps what was decided so far and nothing is written before an answer.

use crate::report::message::printable;
use std::io::{BufRead, Write};

use crate::error::Result;
use crate::model::Report;
use crate::report::{human, RenderOptions};

/// What a review answer does outside the session.
pub trait Actions {
    /// `[a]`: record that `a` and `b` name one entity; returns where it was written, or None
    /// when no configuration file is in use (`--no-config`) and nothing was written.
    fn alias(&mut self, a: &str, b: &str) -> Result<Option<String>>;
    /// `[i]`: add finding `index` of `report` to the baseline; returns where it was written.
    fn ignore(&mut self, report: &Report, index: usize) -> Result<String>;
    /// `[k]`: remember that finding `index` of `report` is a real mismatch, so that a later
    /// review does not ask again (it stays in every report).
    fn keep(&mut self, report: &Report, index: usize) -> Result<()>;
}

/// What the user decided about one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Alias,
    Ignore,
    Keep,
}

/// The decisions of a session, one per finding in report order (None: not decided).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    pub decisions: Vec<Option<Decision>>,
}

impl Outcome {
    pub fn count(&self, d: Decision) -> usize {
        self.decisions.iter().filter(|x| **x == Some(d)).count()
    }
}

const HELP: &str = "\
a - same entity: add the two names to the aliases in the configuration file
i - ignore this finding: add it to the baseline
k - keep this finding (it is a real mismatch; not asked about again)
n - leave this finding undecided, see the next one
p - see the previous finding
q - quit; decisions made so far are kept
? - print help";

/// Whether `[a]` applies: an entity finding that names something on two sides.
fn alias_pair(report: &Report, i: usize) -> Option<(&str, &str)> {
    let f = &report.findings[i];
    use crate::check::Check;
    if !matches!(f.check, Check::EntityMismatch | Check::EntityAmbiguous) || f.locations.len() < 2 {
        return None;
    }
    let text = |k: usize| {
        let l = &f.locations[k];
        l.span.slice(&report.documents[l.document].doc.text)
    };
    Some((text(0), text(1)))
}

/// Walk through the findings until they are all seen or the user quits.
pub fn run(
    report: &Report,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    opts: &RenderOptions,
    actions: &mut dyn Actions,
) -> Result<Outcome> {
    // Most severe first, then in report order; or in report order (`--sort position`).
    let order = opts.sort.order(&report.findings);
    let mut outcome = Outcome {
        decisions: vec![None; report.findings.len()],
    };
    if order.is_empty() {
        writeln!(out, "No findings to review.")?;
        return Ok(outcome);
    }
    let mut pos = 0;
    let mut show = true;
    while pos < order.len() {
        let i = order[pos];
        if show {
            let f = &report.findings[i];
            writeln!(out)?;
            human::render_group(report, f.unit, &[f], opts, out)?;
            if let Some(d) = outcome.decisions[i] {
                writeln!(out, "  (decided: {})", format!("{d:?}").to_lowercase())?;
            }
        }
        show = true;
        let keys = if alias_pair(report, i).is_some() {
            "a,i,k,n,p,q,?"
        } else {
            "i,k,n,p,q,?"
        };
        write!(out, "({}/{}) What now [{keys}]? ", pos + 1, order.len())?;
        out.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            break; // end of input: quit
        }
        match line.trim() {
            "a" => {
                match alias_pair(report, i) {
                    Some((a, b)) => match actions.alias(a, b)? {
                        // The names come from the documents: escape what a terminal would obey.
                        Some(at) => {
                            let (a, b) = (printable(a), printable(b));
                            writeln!(out, "Added \"{a}\" = \"{b}\" to the aliases in {at}.")?;
                            outcome.decisions[i] = Some(Decision::Alias);
                            pos += 1;
                        }
                        None => {
                            let (a, b) = (printable(a), printable(b));
                            writeln!(out, "With --no-config no configuration file is written: the alias was not recorded. Add [\"{a}\", \"{b}\"] to [aliases] same yourself, or review with --config FILE.")?;
                            show = false;
                        }
                    },
                    None => {
                        writeln!(out, "[a] applies to a name on both sides (entity-mismatch, entity-ambiguous).")?;
                        show = false;
                    }
                }
            }
            "i" => {
                if outcome.decisions[i] != Some(Decision::Ignore) {
                    let at = actions.ignore(report, i)?;
                    writeln!(out, "Added to the baseline {at}.")?;
                }
                outcome.decisions[i] = Some(Decision::Ignore);
                pos += 1;
            }
            "k" => {
                if outcome.decisions[i] != Some(Decision::Keep) {
                    actions.keep(report, i)?;
                }
                outcome.decisions[i] = Some(Decision::Keep);
                pos += 1;
            }
            "n" | "" => pos += 1,
            "p" => {
                if pos == 0 {
                    writeln!(out, "This is the first finding.")?;
                    show = false;
                } else {
                    pos -= 1;
                }
            }
            "q" => break,
            "?" => {
                writeln!(out, "{HELP}")?;
                show = false;
            }
            other => {
                writeln!(out, "Unknown answer {other:?}; ? for help.")?;
                show = false;
            }
        }
    }
    writeln!(
        out,
        "Reviewed: {} alias{} added, {} finding{} ignored, {} kept, {} undecided.",
        outcome.count(Decision::Alias),
        if outcome.count(Decision::Alias) == 1 {
            ""
        } else {
            "es"
        },
        outcome.count(Decision::Ignore),
        if outcome.count(Decision::Ignore) == 1 {
            ""
        } else {
            "s"
        },
        outcome.count(Decision::Keep),
        outcome.decisions.iter().filter(|d| d.is_none()).count()
    )?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[derive(Default)]
    struct Recorder {
        aliases: Vec<(String, String)>,
        ignored: Vec<usize>,
        kept: Vec<usize>,
        no_config: bool,
    }

    impl Actions for Recorder {
        fn alias(&mut self, a: &str, b: &str) -> Result<Option<String>> {
            if self.no_config {
                return Ok(None);
            }
            self.aliases.push((a.to_string(), b.to_string()));
            Ok(Some("concord.toml".into()))
        }
        fn ignore(&mut self, _: &Report, i: usize) -> Result<String> {
            self.ignored.push(i);
            Ok("baseline.json".into())
        }
        fn keep(&mut self, _: &Report, i: usize) -> Result<()> {
            self.kept.push(i);
            Ok(())
        }
    }

    fn session(answers: &str) -> (Outcome, Recorder, String) {
        session_with(answers, Recorder::default())
    }

    fn session_with(answers: &str, mut rec: Recorder) -> (Outcome, Recorder, String) {
        let report = fixture::report();
        let mut out = Vec::new();
        let outcome = run(
            &report,
            &mut answers.as_bytes(),
            &mut out,
            &RenderOptions {
                width: 80,
                ..Default::default()
            },
            &mut rec,
        )
        .unwrap();
        (outcome, rec, String::from_utf8(out).unwrap())
    }

    #[test]
    fn answers_are_carried_out_in_order_and_quit_keeps_them() {
        let report = fixture::report();
        let order = crate::report::Sort::default().order(&report.findings);
        // Most severe first.
        assert!(
            report.findings[order[0]].severity >= report.findings[order[order.len() - 1]].severity
        );
        let (outcome, rec, out) = session("i\nq\n");
        assert_eq!(rec.ignored, vec![order[0]]);
        assert_eq!(outcome.count(Decision::Ignore), 1);
        assert!(
            out.contains("Added to the baseline baseline.json."),
            "{out}"
        );
        assert!(out.contains(&format!("(1/{})", order.len())));
        assert!(
            out.contains("Reviewed: 0 aliases added, 1 finding ignored"),
            "{out}"
        );
    }

    #[test]
    fn previous_help_unknown_and_end_of_input() {
        let (outcome, rec, out) = session("p\n?\nx\nk\np\ni\n");
        assert!(out.contains("This is the first finding."));
        assert!(out.contains("q - quit"));
        assert!(out.contains("Unknown answer \"x\""));
        // k on the first, back to it, then ignore it: one decision, one baseline entry.
        assert_eq!(rec.ignored.len(), 1);
        assert_eq!(outcome.count(Decision::Ignore), 1);
        assert_eq!(outcome.count(Decision::Keep), 0);
        assert_eq!(rec.kept.len(), 1);
    }

    #[test]
    fn alias_without_a_config_says_so_and_stays() {
        let (outcome, rec, out) = session("a\nk\n");
        assert_eq!(rec.aliases, vec![("DPRK".into(), "South Korea".into())]);
        assert_eq!(outcome.count(Decision::Alias), 1, "{out}");
        let no_config = Recorder {
            no_config: true,
            ..Recorder::default()
        };
        let (outcome, rec, out) = session_with("a\nk\n", no_config);
        assert!(rec.aliases.is_empty());
        assert!(
            out.contains("With --no-config no configuration file is written: the alias was not recorded. Add [\"DPRK\", \"South Korea\"]"),
            "{out}"
        );
        // Still on the first finding: `k` keeps it.
        assert_eq!(outcome.count(Decision::Alias), 0);
        assert_eq!(outcome.count(Decision::Keep), 1);
        assert_eq!(out.matches("(1/3) What now").count(), 2, "{out}");
    }
}
