//! HTML renderer: a [`Report`] in, one self-contained HTML page out (inline CSS and script, no
//! network). The versions stand in columns, one row per alignment unit; every finding's spans are
//! highlighted on each side, the word diff of the unit is marked with `<del>` and `<ins>`, and a
//! list of findings at the top jumps to each one and filters them by check and severity.
//!
//! This module only lays out what the report holds into view structs; the markup is in
//! `templates/` (askama: compiled with the crate, every value escaped unless marked safe, and
//! only the page's own style sheet and script are).

use std::collections::BTreeMap;
use std::io::Write;

use askama::Template;

use super::RenderOptions;
use crate::check::Check;
use crate::model::{Note, Report, Segmented, Severity, Span, Unit};
use crate::text;

/// When more than this share of a unit's words changed, its versions are not edits of each
/// other (a translation, a rewrite): marking nearly every word says nothing, so no word diff.
const MAX_CHANGED_SHARE: f64 = 0.5;

const STYLE: &str = include_str!("../../templates/report.css");
const SCRIPT: &str = include_str!("../../templates/report.js");

/// What the caller knows about the run that the report does not hold: the configuration and
/// baseline used (as the user named them), for the page's header.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The configuration file in force, None when none was (defaults).
    pub config: Option<String>,
    /// The baseline file applied, if any.
    pub baseline: Option<String>,
}

/// Write the HTML report of `report`.
pub fn render(
    report: &Report,
    opts: &RenderOptions,
    ctx: &Context,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let _ = opts;
    let page = page(report, ctx);
    let html = page.render().map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}

/// One story of a batch for the index page.
#[derive(Debug, Clone)]
pub struct IndexEntry {
    pub id: String,
    pub versions: Vec<String>,
    /// The report's file name, relative to the index; None when the story failed.
    pub href: Option<String>,
    /// (errors, warnings, info) when checked.
    pub counts: (usize, usize, usize),
    pub error: Option<String>,
}

/// The pages of `batch --format html -o DIR`: each story's report as it comes, then the index.
pub struct BatchPages {
    dir: std::path::PathBuf,
    context: Context,
    entries: Vec<IndexEntry>,
    error: Option<crate::error::Error>,
}

impl BatchPages {
    /// Pages into `dir`, created if missing.
    pub fn new(dir: &std::path::Path, context: Context) -> crate::error::Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| {
            crate::error::Error::input(dir.display().to_string(), format!("cannot create: {e}"))
        })?;
        Ok(BatchPages {
            dir: dir.to_path_buf(),
            context,
            entries: Vec::new(),
            error: None,
        })
    }

    /// Story `i` (0-based, in manifest order): write its page, or note why it has none.
    pub fn story(
        &mut self,
        i: usize,
        story: &crate::batch::Story,
        result: &crate::error::Result<Report>,
    ) {
        let id = story.id_text();
        let mut entry = IndexEntry {
            href: None,
            counts: (0, 0, 0),
            error: None,
            versions: story.versions.clone(),
            id,
        };
        match result {
            Ok(report) => {
                let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
                entry.counts = (
                    count(Severity::Error),
                    count(Severity::Warning),
                    count(Severity::Info),
                );
                let name = story_file_name(i, &entry.id);
                let mut page = Vec::new();
                let written = render(report, &RenderOptions::default(), &self.context, &mut page)
                    .map_err(crate::error::Error::from)
                    .and_then(|()| super::write_atomic(&self.dir.join(&name), &page));
                match written {
                    Ok(()) => entry.href = Some(name),
                    Err(e) => {
                        self.error.get_or_insert(e);
                    }
                }
            }
            Err(e) => entry.error = Some(e.to_string()),
        }
        self.entries.push(entry);
    }

    /// Write `index.html`; the first page that could not be written is the error, if any.
    pub fn finish(self, manifest: &str) -> crate::error::Result<()> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let mut page = Vec::new();
        render_index(manifest, &self.entries, &mut page)?;
        super::write_atomic(&self.dir.join("index.html"), &page)
    }
}

/// Write the index page of a batch: one row per story linking its report.
pub fn render_index(
    manifest: &str,
    entries: &[IndexEntry],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let totals = entries.iter().fold((0, 0, 0), |t, e| {
        (t.0 + e.counts.0, t.1 + e.counts.1, t.2 + e.counts.2)
    });
    let page = IndexPage {
        style: STYLE,
        manifest,
        entries,
        errors: totals.0,
        warnings: totals.1,
        info: totals.2,
        failed: entries.iter().filter(|e| e.error.is_some()).count(),
    };
    let html = page.render().map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}

/// A file name for story `i` (0-based) of a batch with this id: its number, then the id's
/// letters, digits, `-` and `_` (at most 40), so that names sort in manifest order and stay
/// portable.
pub fn story_file_name(i: usize, id: &str) -> String {
    let slug: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(40)
        .collect();
    if slug.is_empty() {
        format!("{:04}.html", i + 1)
    } else {
        format!("{:04}-{slug}.html", i + 1)
    }
}

#[derive(Template)]
#[template(path = "index.html")]
struct IndexPage<'a> {
    style: &'static str,
    manifest: &'a str,
    entries: &'a [IndexEntry],
    errors: usize,
    warnings: usize,
    info: usize,
    failed: usize,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page {
    style: &'static str,
    script: &'static str,
    title: String,
    errors: usize,
    warnings: usize,
    info: usize,
    docs: Vec<DocView>,
    config: String,
    baseline: Option<BaselineView>,
    unit_count: usize,
    unit_kinds: String,
    checks: Vec<CheckCount>,
    findings: Vec<FindingView>,
    units: Vec<UnitView>,
    /// Findings in no alignment unit (indices into `findings`).
    outside: Vec<usize>,
    /// Three or more versions: the table of variants per unit.
    variants: bool,
}

struct DocView {
    n: usize,
    path: String,
    sentences: usize,
    lines: usize,
    role: &'static str,
    /// "de (detected)".
    language: String,
}

struct BaselineView {
    path: String,
    hidden: usize,
    stale: usize,
}

struct CheckCount {
    id: &'static str,
    count: usize,
}

struct FindingView {
    /// 1-based number, and the element id `f<n>`.
    n: usize,
    severity: &'static str,
    check: &'static str,
    message: String,
    /// 1-based unit number, if in one.
    unit: Option<usize>,
    diff: Vec<RunView>,
}

struct RunView {
    kind: &'static str,
    text: String,
    space: bool,
}

struct UnitView {
    n: usize,
    label: String,
    moved: bool,
    score: String,
    cells: Vec<CellView>,
    /// Indices into the page's findings.
    findings: Vec<usize>,
    /// Space-separated finding numbers of this unit, for the script's filters.
    fids: String,
    variants: Vec<VariantRow>,
}

struct CellView {
    doc: usize,
    /// Space-separated numbers of findings whose subject has no counterpart here at all.
    gap_fids: String,
    sentences: Vec<SentenceView>,
}

struct SentenceView {
    n: usize,
    line: usize,
    pieces: Vec<Piece>,
}

/// A run of a sentence's text with one look: plain (`tag` empty), a finding's mark, or a word
/// of the diff.
#[derive(Debug, PartialEq)]
struct Piece {
    text: String,
    tag: &'static str,
    class: String,
    fids: String,
    title: String,
}

struct VariantRow {
    n: usize,
    check: &'static str,
    severity: &'static str,
    cells: Vec<String>,
}

/// How an annotation marks a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    /// A fact of the finding: the name, number or quotation.
    Fact,
    /// Where the subject is missing: the sentence standing in its place.
    Missing,
}

struct Annotation {
    span: Span,
    mark: Mark,
    finding: usize,
    severity: Severity,
}

fn page(report: &Report, ctx: &Context) -> Page {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let docs: Vec<DocView> = report
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| DocView {
            n: i + 1,
            path: d.doc.path.clone(),
            sentences: d.sentences.len(),
            lines: d.doc.line_col(d.doc.text.len()).0,
            role: if i == 0 { "base" } else { "version" },
            language: super::language_label(&d.doc),
        })
        .collect();
    let checks = Check::ALL
        .iter()
        .map(|&c| CheckCount {
            id: c.id(),
            count: report.findings.iter().filter(|f| f.check == c).count(),
        })
        .filter(|c| c.count > 0)
        .collect();
    let findings: Vec<FindingView> = report
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| FindingView {
            n: i + 1,
            severity: f.severity.as_str(),
            check: f.check.id(),
            message: super::message::render(report, f),
            unit: f.unit.map(|u| u + 1),
            diff: f
                .diff
                .iter()
                .map(|r| RunView {
                    kind: match r.kind {
                        text::RunKind::Equal => "",
                        text::RunKind::Deleted => "del",
                        text::RunKind::Inserted => "ins",
                    },
                    text: r.text.clone(),
                    space: r.space_before,
                })
                .collect(),
        })
        .collect();

    let annotations = annotations(report);
    let lines: Vec<Vec<usize>> = report.documents.iter().map(sentence_lines).collect();
    let mut by_unit: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut outside = Vec::new();
    for (i, f) in report.findings.iter().enumerate() {
        match f.unit.filter(|&u| u < report.alignment.len()) {
            Some(u) => by_unit.entry(u).or_default().push(i),
            None => outside.push(i),
        }
    }
    let units = report
        .alignment
        .iter()
        .enumerate()
        .map(|(k, u)| {
            let fs = by_unit.remove(&k).unwrap_or_default();
            unit_view(report, k, u, fs, &annotations, &lines)
        })
        .collect();
    let base = report.documents.first().map_or("", |d| d.doc.name());
    let n = report.findings.len();
    Page {
        style: STYLE,
        script: SCRIPT,
        title: format!(
            "concord: {n} finding{} in {base}",
            if n == 1 { "" } else { "s" }
        ),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        info: count(Severity::Info),
        docs,
        config: ctx
            .config
            .clone()
            .unwrap_or_else(|| "none (defaults)".to_string()),
        baseline: ctx.baseline.as_ref().map(|p| BaselineView {
            path: p.clone(),
            hidden: report.baseline.as_ref().map_or(0, |b| b.suppressed),
            stale: report.baseline.as_ref().map_or(0, |b| b.stale.len()),
        }),
        unit_count: report.alignment.len(),
        unit_kinds: unit_kinds(&report.alignment),
        checks,
        findings,
        units,
        outside,
        variants: report.documents.len() >= 3,
    }
}

/// The 1-based line of each sentence's start.
fn sentence_lines(seg: &Segmented) -> Vec<usize> {
    let mut cursor = seg.doc.cursor();
    seg.sentences.iter().map(|s| cursor.at(s.start).0).collect()
}

/// Every document's annotations, bucketed by the sentences they overlap.
fn annotations(report: &Report) -> Vec<Vec<Vec<Annotation>>> {
    let mut out: Vec<Vec<Vec<Annotation>>> = report
        .documents
        .iter()
        .map(|d| (0..d.sentences.len()).map(|_| Vec::new()).collect())
        .collect();
    let mut add = |d: usize, span: Span, mark: Mark, finding: usize, severity: Severity| {
        let sentences = &report.documents[d].sentences;
        let first = sentences.partition_point(|s| s.end <= span.start);
        for (s, sentence) in sentences.iter().enumerate().skip(first) {
            if sentence.start >= span.end.max(span.start + 1) {
                break;
            }
            out[d][s].push(Annotation {
                span,
                mark,
                finding,
                severity,
            });
        }
    };
    for (i, f) in report.findings.iter().enumerate() {
        for l in f.fact_locations() {
            add(l.document, l.span, Mark::Fact, i, f.severity);
        }
        for c in &f.counterparts {
            if let (None, Some(at)) = (&c.fact, &c.at) {
                if !matches!(c.note, Some(Note::ReplacedBy(_))) {
                    add(at.document, at.span, Mark::Missing, i, f.severity);
                }
            }
        }
    }
    out
}

fn unit_kinds(units: &[Unit]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for u in units {
        *counts.entry(unit_label(u)).or_default() += 1;
    }
    let moved = units.iter().filter(|u| u.moved).count();
    let mut parts: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
    if moved > 0 {
        parts.push(format!("{moved} moved"));
    }
    parts.join(", ")
}

/// "1-1", "split 1-2", "merge 2-1", "gap 1-0"…
fn unit_label(u: &Unit) -> String {
    let t = super::human::unit_type(u);
    let lens: Vec<usize> = u.members.iter().map(Vec::len).collect();
    if lens.contains(&0) {
        format!("gap {t}")
    } else if lens.iter().all(|&n| n == 1) {
        t
    } else if lens[0] == 1 {
        format!("split {t}")
    } else if lens[1..].iter().all(|&n| n == 1) {
        format!("merge {t}")
    } else {
        format!("many {t}")
    }
}

fn unit_view(
    report: &Report,
    k: usize,
    unit: &Unit,
    findings: Vec<usize>,
    annotations: &[Vec<Vec<Annotation>>],
    lines: &[Vec<usize>],
) -> UnitView {
    let changed = changed_words(report, unit);
    let cells = unit
        .members
        .iter()
        .enumerate()
        .map(|(d, members)| {
            let seg = &report.documents[d];
            let gap_fids = if members.is_empty() {
                numbers(findings.iter().copied().filter(|&i| {
                    report.findings[i]
                        .counterparts
                        .iter()
                        .any(|c| c.document == d && c.fact.is_none() && c.at.is_none())
                }))
            } else {
                String::new()
            };
            let sentences = members
                .iter()
                .map(|&s| SentenceView {
                    n: s + 1,
                    line: lines[d][s],
                    pieces: pieces(
                        &seg.doc.text,
                        seg.sentences[s],
                        &annotations[d][s],
                        &changed[d],
                        if d == 0 { "del" } else { "ins" },
                    ),
                })
                .collect();
            CellView {
                doc: d + 1,
                gap_fids,
                sentences,
            }
        })
        .collect();
    let variants = if report.documents.len() >= 3 {
        findings
            .iter()
            .map(|&i| {
                let f = &report.findings[i];
                let locs = f.fact_locations();
                VariantRow {
                    n: i + 1,
                    check: f.check.id(),
                    severity: f.severity.as_str(),
                    cells: (0..report.documents.len())
                        .map(|d| {
                            locs.iter().find(|l| l.document == d).map_or_else(
                                || "—".to_string(),
                                |l| {
                                    l.span
                                        .slice(&report.documents[d].doc.text)
                                        .split_whitespace()
                                        .collect::<Vec<_>>()
                                        .join(" ")
                                },
                            )
                        })
                        .collect(),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let sides = unit.members.iter().filter(|m| !m.is_empty()).count();
    UnitView {
        n: k + 1,
        label: unit_label(unit),
        moved: unit.moved,
        score: if sides > 1 {
            format!("{:.2}", unit.score)
        } else {
            String::new()
        },
        cells,
        fids: numbers(findings.iter().copied()),
        findings,
        variants,
    }
}

/// "3 7 9" for findings 2, 6 and 8 (0-based indices in, 1-based numbers out).
fn numbers(it: impl Iterator<Item = usize>) -> String {
    it.map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of each version's sentences in a unit that differ from the base (for the base:
/// from the first other version with text), when the versions are edits of each other.
fn changed_words(report: &Report, unit: &Unit) -> Vec<Vec<Span>> {
    let words_of = |d: usize| super::unit_words(report, unit, d);
    let n = unit.members.len();
    let mut out = vec![Vec::new(); n];
    let base = words_of(0);
    if base.is_empty() {
        return out;
    }
    let mut base_changed: Option<Vec<Span>> = None;
    for (d, slot) in out.iter_mut().enumerate().skip(1) {
        let other = words_of(d);
        if other.is_empty() {
            continue;
        }
        let hunks = text::hunks(&base, &other);
        let changed_base: usize = hunks.iter().map(|h| h.base.len()).sum();
        let changed_other: usize = hunks.iter().map(|h| h.other.len()).sum();
        if changed_base as f64 > MAX_CHANGED_SHARE * base.len() as f64
            || changed_other as f64 > MAX_CHANGED_SHARE * other.len() as f64
        {
            continue;
        }
        *slot = hunks
            .iter()
            .flat_map(|h| other[h.other.clone()].iter().map(|w| w.span))
            .collect();
        base_changed.get_or_insert_with(|| {
            hunks
                .iter()
                .flat_map(|h| base[h.base.clone()].iter().map(|w| w.span))
                .collect()
        });
    }
    out[0] = base_changed.unwrap_or_default();
    out
}

/// A sentence cut wherever its look changes: the findings' marks (the shortest span decides
/// severity, every finding covering a piece is listed) and the changed words.
fn pieces(
    text: &str,
    sentence: Span,
    annotations: &[Annotation],
    changed: &[Span],
    diff_tag: &'static str,
) -> Vec<Piece> {
    let clip = |s: Span| Span::new(s.start.max(sentence.start), s.end.min(sentence.end));
    let mut cuts = vec![sentence.start, sentence.end];
    for a in annotations {
        let s = clip(a.span);
        cuts.extend([s.start, s.end]);
    }
    let changed: Vec<Span> = changed
        .iter()
        .copied()
        .filter(|s| s.start < sentence.end && s.end > sentence.start)
        .collect();
    for s in &changed {
        let s = clip(*s);
        cuts.extend([s.start, s.end]);
    }
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let covering: Vec<&Annotation> = annotations
            .iter()
            .filter(|x| {
                let s = clip(x.span);
                s.start <= a && b <= s.end
            })
            .collect();
        let in_diff = changed.iter().any(|s| s.start <= a && b <= s.end);
        let piece_text = text[a..b].to_string();
        let piece = if covering.is_empty() {
            Piece {
                text: piece_text,
                tag: if in_diff { diff_tag } else { "" },
                class: String::new(),
                fids: String::new(),
                title: String::new(),
            }
        } else {
            // Facts outrank the place where something is missing; then the shortest span, then
            // the most severe finding.
            let top = covering
                .iter()
                .min_by_key(|x| (x.mark, x.span.len(), std::cmp::Reverse(x.severity)))
                .expect("covering is not empty");
            let mut fids: Vec<usize> = covering.iter().map(|x| x.finding).collect();
            fids.sort_unstable();
            fids.dedup();
            let mut class = format!(
                "{} {}",
                match top.mark {
                    Mark::Fact => "hl",
                    Mark::Missing => "miss",
                },
                top.severity.as_str()
            );
            if in_diff {
                class.push(' ');
                class.push_str(diff_tag);
            }
            let title = format!(
                "{}: finding{} {}",
                top.severity.as_str(),
                if fids.len() == 1 { "" } else { "s" },
                fids.iter()
                    .map(|i| format!("#{}", i + 1))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Piece {
                text: piece_text,
                tag: "mark",
                class,
                fids: numbers(fids.into_iter()),
                title,
            }
        };
        match out.last_mut() {
            Some(last)
                if last.tag == piece.tag
                    && last.class == piece.class
                    && last.fids == piece.fids
                    && !last.tag.is_empty() =>
            {
                last.text.push_str(&piece.text)
            }
            Some(last) if last.tag.is_empty() && piece.tag.is_empty() => {
                last.text.push_str(&piece.text)
            }
            _ => out.push(piece),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn html(report: &Report) -> String {
        let mut out = Vec::new();
        render(
            report,
            &RenderOptions::default(),
            &Context::default(),
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_finding_is_marked_on_both_sides() {
        let r = fixture::report();
        let page = html(&r);
        // entity and number: facts on both sides; the quotation: a fact in the base and the
        // sentence where it is missing in the translation.
        for n in 1..=3 {
            let marks = page.matches(&format!("data-f=\"{n}\"")).count();
            assert!(marks >= 2, "finding {n}: {marks} marks\n{page}");
            assert!(page.contains(&format!("id=\"f{n}\"")), "finding {n}");
            assert!(page.contains(&format!("href=\"#f{n}\"")), "finding {n}");
        }
        assert!(page.contains("<mark class=\"hl error\" data-f=\"1\""));
        assert!(
            page.contains("<mark class=\"miss warning\" data-f=\"3\""),
            "{page}"
        );
    }

    #[test]
    fn document_text_is_escaped() {
        let mut r = fixture::report();
        // As many sentences (lines) as the fixture's translation, so that its alignment holds.
        let text = "<script>alert(1)</script>\n\n</style> & \"q\"\nThird.\n";
        r.documents[1] = fixture::segmented("x<y>.txt", text);
        r.findings.clear();
        let page = html(&r);
        assert!(page.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
        assert!(
            page.contains("&#60;/style&#62; &#38; &#34;q&#34;"),
            "{page}"
        );
        assert!(page.contains("x&#60;y&#62;.txt"));
        assert_eq!(
            page.matches("<script").count(),
            1,
            "only the page's own script"
        );
        assert_eq!(
            page.matches("</style>").count(),
            1,
            "only the page's own style"
        );
    }

    #[test]
    fn pieces_split_where_the_look_changes() {
        let text = "The DPRK fired 3 missiles.";
        let ann = [Annotation {
            span: Span::new(4, 8),
            mark: Mark::Fact,
            finding: 0,
            severity: Severity::Error,
        }];
        let changed = [Span::new(4, 8), Span::new(15, 16)];
        let p = pieces(text, Span::new(0, text.len()), &ann, &changed, "del");
        let looks: Vec<(&str, &str, &str)> = p
            .iter()
            .map(|p| (p.text.as_str(), p.tag, p.class.as_str()))
            .collect();
        assert_eq!(
            looks,
            [
                ("The ", "", ""),
                ("DPRK", "mark", "hl error del"),
                (" fired ", "", ""),
                ("3", "del", ""),
                (" missiles.", "", ""),
            ]
        );
    }

    #[test]
    fn story_file_names_keep_order_and_portable_letters() {
        assert_eq!(story_file_name(0, "a/b c"), "0001-abc.html");
        assert_eq!(story_file_name(11, "../"), "0012.html");
    }
}
