//! Quantities and dates of one unit, base against one other version: a changed value
//! (`number-mismatch`) or one with no counterpart (`number-missing`). Values are compared, never
//! texts: "US$50 million" = "$50 million", "last month" = "January" in a text dated February.

use super::{quoted, Collect, Pair, SideDiff};
use crate::extract::{DateRef, Hedge, Quantity, QuantityUnit};
use crate::model::{Severity, Span};

/// A quantity or a date, as far as pairing is concerned.
trait Fact {
    fn span(&self) -> Span;
    /// Same value.
    fn agrees(&self, other: &Self) -> bool;
    /// Of a kind that can be mistaken for the other (same unit, same date fields).
    fn comparable(&self, other: &Self) -> bool;
}

impl Fact for Quantity {
    fn span(&self) -> Span {
        self.span
    }
    fn agrees(&self, o: &Self) -> bool {
        close(self.value, o.value)
            && match (self.to, o.to) {
                (Some(a), Some(b)) => close(a, b),
                (None, None) => true,
                _ => false,
            }
            && units_agree(&self.unit, &o.unit)
    }
    fn comparable(&self, o: &Self) -> bool {
        units_agree(&self.unit, &o.unit)
    }
}

impl Fact for DateRef {
    fn span(&self) -> Span {
        self.span
    }
    fn agrees(&self, o: &Self) -> bool {
        let eq = |a: Option<i64>, b: Option<i64>| match (a, b) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        let shared = fields(self)
            .iter()
            .zip(fields(o))
            .any(|(a, b)| a.is_some() && b.is_some());
        shared && fields(self).iter().zip(fields(o)).all(|(a, b)| eq(*a, b))
    }
    fn comparable(&self, o: &Self) -> bool {
        fields(self)
            .iter()
            .zip(fields(o))
            .any(|(a, b)| a.is_some() && b.is_some())
    }
}

fn fields(d: &DateRef) -> [Option<i64>; 4] {
    [
        d.year.map(i64::from),
        d.month.map(i64::from),
        d.day.map(i64::from),
        d.weekday.map(i64::from),
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A bare number agrees with an amount of money ("50 million" in a sentence about dollars);
/// two currencies or a percentage against money do not.
fn units_agree(a: &QuantityUnit, b: &QuantityUnit) -> bool {
    match (a, b) {
        (QuantityUnit::Money(x), QuantityUnit::Money(y)) => x == y,
        (QuantityUnit::Percent, QuantityUnit::Percent) => true,
        (QuantityUnit::Percent, _) | (_, QuantityUnit::Percent) => false,
        _ => true,
    }
}

/// "more than 50" and "nearly 50" say different things about the same number.
fn hedges_conflict(a: Option<Hedge>, b: Option<Hedge>) -> bool {
    use Hedge::*;
    matches!(
        (a, b),
        (Some(AtLeast), Some(AtMost | Nearly)) | (Some(AtMost | Nearly), Some(AtLeast))
    )
}

pub(super) fn compare(pair: &Pair, diff: &SideDiff, out: &mut Collect) {
    let od = pair.other_doc;
    let q = |d: usize| -> Vec<&Quantity> {
        pair.facts[d]
            .quantities
            .iter()
            .filter(|x| pair.index[d].in_sentences(x.span, pair.members(d)))
            .filter(|x| survives(pair, d, x.span))
            .collect()
    };
    let (bq, oq) = (q(0), q(od));
    compare_facts(pair, diff, &bq, &oq, out);
    // Same number, opposite hedge.
    for b in &bq {
        if let Some(o) = oq
            .iter()
            .find(|o| b.agrees(o) && hedges_conflict(b.hedge, o.hedge))
        {
            mismatch(pair, out, b.span, o.span);
        }
    }
    let dates = |d: usize| -> Vec<&DateRef> {
        pair.facts[d]
            .dates
            .iter()
            .filter(|x| pair.index[d].in_sentences(x.span, pair.members(d)))
            .filter(|x| survives(pair, d, x.span))
            .collect()
    };
    compare_facts(pair, diff, &dates(0), &dates(od), out);
}

fn compare_facts<F: Fact>(
    pair: &Pair,
    diff: &SideDiff,
    base: &[&F],
    other: &[&F],
    out: &mut Collect,
) {
    for b in base {
        if let Some(o) = other.iter().find(|o| b.agrees(o)) {
            pair.agree(out, b.span(), o.span());
        }
    }
    let base_un: Vec<&F> = base
        .iter()
        .copied()
        .filter(|b| !other.iter().any(|o| b.agrees(o)))
        .collect();
    let other_un: Vec<&F> = other
        .iter()
        .copied()
        .filter(|o| !base.iter().any(|b| b.agrees(o)))
        .collect();
    let mut used_o = vec![false; other_un.len()];
    for b in &base_un {
        let candidates: Vec<usize> = (0..other_un.len())
            .filter(|&j| !used_o[j] && b.comparable(other_un[j]))
            .collect();
        // A changed value is one that stands where the other stood, or the only one of its
        // kind on each side; otherwise the two are reported as missing, not as a contradiction.
        let lone = candidates.len() == 1
            && base_un
                .iter()
                .filter(|x| x.comparable(other_un[candidates[0]]))
                .count()
                == 1;
        let pick = candidates
            .iter()
            .copied()
            .find(|&j| diff.same_slot(b.span(), other_un[j].span()))
            .or(if lone { Some(candidates[0]) } else { None });
        match pick {
            Some(j) => {
                used_o[j] = true;
                mismatch(pair, out, b.span(), other_un[j].span());
            }
            None => missing(pair, out, 0, b.span(), pair.other_doc),
        }
    }
    for (j, o) in other_un.iter().enumerate() {
        if !used_o[j] {
            missing(pair, out, pair.other_doc, o.span(), 0);
        }
    }
}

/// Across languages only numbers written in digits are compared: spelled numbers, weekdays
/// and "last month" are words of one language.
fn survives(pair: &Pair, d: usize, span: Span) -> bool {
    pair.same_language
        || span
            .slice(&pair.seg(d).doc.text)
            .chars()
            .any(|c| c.is_ascii_digit())
}

fn mismatch(pair: &Pair, out: &mut Collect, b: Span, o: Span) {
    let (bs, os) = (pair.seg(0), pair.seg(pair.other_doc));
    pair.draft(
        out,
        "number-mismatch",
        Severity::Error,
        (0, b),
        quoted(b.slice(&bs.doc.text)),
        "became",
        format!("{} ({})", quoted(o.slice(&os.doc.text)), super::at(os, o)),
        &[(pair.other_doc, o)],
        None,
    );
}

fn missing(pair: &Pair, out: &mut Collect, d: usize, span: Span, missing_in: usize) {
    let seg = pair.seg(d);
    let there = pair.seg(missing_in);
    let first = there.sentences[pair.members(missing_in)[0]];
    let note = if d == 0 { "" } else { " (added)" };
    pair.draft(
        out,
        "number-missing",
        Severity::Warning,
        (d, span),
        quoted(span.slice(&seg.doc.text)),
        "has no counterpart in",
        format!("{}{note}", super::at(there, first)),
        &[(missing_in, first)],
        None,
    );
}
