//! Compare stage: segmented documents, their facts and the alignment in; findings out.
//!
//! Each unit is compared base-against-other for every other version: entities, quantities and
//! dates, quotations, and sentences with no counterpart. Findings about the same base fact in
//! several versions are then merged so each disagreement is reported once.

mod entity;
mod number;
mod quote;

use crate::extract::{Facts, Knowledge};
use crate::model::{Finding, Location, Segmented, Severity, Span, Unit};
use crate::text::{self, Hunk, Word};

/// Compare every unit's facts across documents (the first is the base) and report mismatches.
pub fn compare(
    docs: &[Segmented],
    facts: &[Facts],
    units: &[Unit],
    knowledge: &Knowledge,
) -> Vec<Finding> {
    let index: Vec<FactIndex> = docs
        .iter()
        .zip(facts)
        .map(|(d, f)| FactIndex::new(d, f))
        .collect();
    let mut findings = Vec::new();
    for (k, unit) in units.iter().enumerate() {
        for d in 1..docs.len() {
            let pair = Pair {
                docs,
                facts,
                index: &index,
                unit: k,
                base: &unit.members[0],
                other_doc: d,
                other: &unit.members[d],
                knowledge,
            };
            pair.compare(&mut findings);
        }
    }
    // Unbalanced quotation marks are a property of one document, not of a pair.
    for (d, f) in facts.iter().enumerate() {
        for q in f.quotes.iter().filter(|q| !q.closed) {
            let seg = &docs[d];
            let unit = index[d]
                .sentence_of(q.span.start)
                .and_then(|s| unit_of(units, d, s));
            findings.push(Finding {
                rule: "quote-unbalanced",
                severity: Severity::Warning,
                message: format!(
                    "{} ({}) opens a quotation that is never closed",
                    quoted(&shorten(q.span.slice(&seg.doc.text), 40)),
                    at(seg, q.span)
                ),
                locations: vec![location(d, &index[d], q.span)],
                unit,
                detail: None,
            });
        }
    }
    let mut findings = merge_versions(findings);
    findings.sort_by_key(|f| (f.unit.unwrap_or(usize::MAX), first_offset(f)));
    findings
}

fn first_offset(f: &Finding) -> (usize, usize) {
    f.locations
        .first()
        .map(|l| (l.document, l.span.start))
        .unwrap_or((0, 0))
}

/// The unit holding sentence `s` of document `d`.
fn unit_of(units: &[Unit], d: usize, s: usize) -> Option<usize> {
    units.iter().position(|u| u.members[d].contains(&s))
}

/// With three or more versions, the same base fact can disagree in several of them: keep one
/// finding per (rule, unit, base span) and gather the other versions' locations into it.
fn merge_versions(findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for f in findings {
        let base = f.locations.iter().find(|l| l.document == 0).map(|l| l.span);
        let existing = base.and_then(|b| {
            out.iter().position(|g| {
                g.rule == f.rule
                    && g.unit == f.unit
                    && g.locations.iter().any(|l| l.document == 0 && l.span == b)
            })
        });
        match existing {
            Some(i) if f.locations.len() > 1 || out[i].locations.len() > 1 => {
                let g = &mut out[i];
                for l in f.locations.into_iter().filter(|l| l.document != 0) {
                    if !g.locations.contains(&l) {
                        g.locations.push(l);
                    }
                }
                g.locations.sort_by_key(|l| (l.document, l.span.start));
                g.message = format!("{}; {}", g.message, strip_base(&f.message));
                g.severity = g.severity.max(f.severity);
            }
            Some(_) => {
                // The same base-only finding (e.g. a dropped sentence) seen from another
                // version: the message names the versions lacking it.
                let i = existing.unwrap();
                out[i].message = format!("{}; {}", out[i].message, strip_base(&f.message));
            }
            None => out.push(f),
        }
    }
    out
}

/// The part of a message after its base half ("… became X (v2:1:1)" → "X (v2:1:1)"): used when
/// merging so the base side is not repeated.
fn strip_base(message: &str) -> &str {
    for sep in [
        " became ",
        " has no counterpart in ",
        " has no quoted counterpart in ",
    ] {
        if let Some(i) = message.find(sep) {
            return message[i + sep.len()..].trim_start();
        }
    }
    message
}

/// Which sentence each fact falls in, per document.
struct FactIndex<'a> {
    sentences: &'a [Span],
}

impl<'a> FactIndex<'a> {
    fn new(seg: &'a Segmented, _facts: &Facts) -> Self {
        FactIndex {
            sentences: &seg.sentences,
        }
    }

    /// The sentence containing byte `offset`, or the nearest one before it.
    fn sentence_of(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        if i < self.sentences.len() && self.sentences[i].start <= offset {
            Some(i)
        } else if i > 0 {
            Some(i - 1)
        } else if !self.sentences.is_empty() {
            Some(0)
        } else {
            None
        }
    }

    fn in_sentences(&self, span: Span, members: &[usize]) -> bool {
        self.sentence_of(span.start)
            .is_some_and(|s| members.contains(&s))
    }
}

fn location(document: usize, index: &FactIndex, span: Span) -> Location {
    Location {
        document,
        sentence: index.sentence_of(span.start),
        span,
    }
}

/// `path:line:column` of a span.
pub(crate) fn at(seg: &Segmented, span: Span) -> String {
    let (l, c) = seg.doc.line_col(span.start);
    format!("{}:{l}:{c}", seg.doc.path)
}

/// A text in double quotes, inner white space collapsed.
pub(crate) fn quoted(s: &str) -> String {
    format!("\"{}\"", s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// At most `max` characters of `s`, with an ellipsis when cut.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

/// The two sides of one unit for one other version, with what is needed to compare them.
struct Pair<'a> {
    docs: &'a [Segmented],
    facts: &'a [Facts],
    index: &'a [FactIndex<'a>],
    unit: usize,
    base: &'a [usize],
    other_doc: usize,
    other: &'a [usize],
    knowledge: &'a Knowledge,
}

impl Pair<'_> {
    fn compare(&self, out: &mut Vec<Finding>) {
        match (self.base.is_empty(), self.other.is_empty()) {
            (true, true) => {}
            (false, true) => {
                self.sentence_missing(0, self.base, self.other_doc, out);
                quote::dropped(self, 0, self.base, self.other_doc, out);
            }
            (true, false) => {
                self.sentence_missing(self.other_doc, self.other, 0, out);
                quote::dropped(self, self.other_doc, self.other, 0, out);
            }
            (false, false) => {
                let diff = SideDiff::new(self);
                entity::compare(self, &diff, out);
                number::compare(self, &diff, out);
                quote::compare(self, out);
            }
        }
    }

    fn seg(&self, d: usize) -> &Segmented {
        &self.docs[d]
    }

    fn members(&self, d: usize) -> &[usize] {
        if d == 0 {
            self.base
        } else {
            self.other
        }
    }

    fn loc(&self, d: usize, span: Span) -> Location {
        location(d, &self.index[d], span)
    }

    fn sentence_missing(
        &self,
        d: usize,
        members: &[usize],
        missing_in: usize,
        out: &mut Vec<Finding>,
    ) {
        let seg = self.seg(d);
        for &s in members {
            let span = seg.sentences[s];
            let verb = if d == 0 { "dropped" } else { "added" };
            out.push(Finding {
                rule: "sentence-missing",
                severity: Severity::Info,
                message: format!(
                    "{} ({}) has no counterpart in {} ({verb})",
                    quoted(&shorten(span.slice(&seg.doc.text), 60)),
                    at(seg, span),
                    self.seg(missing_in).doc.path
                ),
                locations: vec![self.loc(d, span)],
                unit: Some(self.unit),
                detail: None,
            });
        }
    }
}

/// The words of both sides of a pair, with their diff: used to decide whether two facts stand
/// in the same place of the sentence (a replacement rather than an unrelated rewrite).
struct SideDiff {
    base: Vec<Word>,
    other: Vec<Word>,
    hunks: Vec<Hunk>,
}

impl SideDiff {
    fn new(pair: &Pair) -> Self {
        let side = |d: usize| -> Vec<Word> {
            let seg = pair.seg(d);
            let mut all = Vec::new();
            for &s in pair.members(d) {
                let span = seg.sentences[s];
                all.extend(
                    text::words(span.slice(&seg.doc.text))
                        .into_iter()
                        .map(|mut w| {
                            w.span = Span::new(w.span.start + span.start, w.span.end + span.start);
                            w
                        }),
                );
            }
            all
        };
        let base = side(0);
        let other = side(pair.other_doc);
        let hunks = text::hunks(&base, &other);
        SideDiff { base, other, hunks }
    }

    /// The hunk whose base words overlap `span` (in base) — None when those words are unchanged.
    fn hunk_of(
        &self,
        words: &[Word],
        range: fn(&Hunk) -> &std::ops::Range<usize>,
        span: Span,
    ) -> Option<usize> {
        let idx: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.span.start < span.end && span.start < w.span.end)
            .map(|(i, _)| i)
            .collect();
        self.hunks
            .iter()
            .position(|h| idx.iter().any(|i| range(h).contains(i)))
    }

    /// True when `base_span` and `other_span` fall in the same replaced region.
    fn same_slot(&self, base_span: Span, other_span: Span) -> bool {
        let a = self.hunk_of(&self.base, |h| &h.base, base_span);
        let b = self.hunk_of(&self.other, |h| &h.other, other_span);
        a.is_some() && a == b
    }

    /// The other side's words in the hunk replacing `base_span`, if any.
    fn replacement(&self, base_span: Span) -> Option<&[Word]> {
        let h = self.hunk_of(&self.base, |h| &h.base, base_span)?;
        Some(&self.other[self.hunks[h].other.clone()])
    }
}
