//! Quotations of one unit, base against one other version: dropped or paraphrased without
//! quotation marks (`quote-missing`), or with altered words (`quote-altered`, carrying the word
//! diff of the two quotations).
//!
//! - [`Check::QuoteMissing`]: "\"We will respond,\" the minister said." / "The minister said
//!   they would respond.": the quotation has no quoted counterpart (paraphrased).
//! - [`Check::QuoteAltered`]: "\"We will respond firmly,\"…" / "\"We will respond
//!   quickly,\"…": quoted with other words, the diff `… [-firmly-] {+quickly+},`.
//!
//! (The examples are those of [`Check::info`], which the tests run.)

use super::{Collect, Pair};
use crate::check::Check;
use crate::extract::Quote;
use crate::model::{Change, Counterpart, Fact, FactKind, Finding, Note, Span};
use crate::text;

/// Word overlap (Dice) above which two quotations are the same quotation, altered or not.
const SAME_QUOTE: f64 = 0.4;

pub(super) fn compare(pair: &Pair, out: &mut Collect) {
    let od = pair.other_doc;
    let base = quotes(pair, 0);
    let other = quotes(pair, od);
    let mut used = vec![false; other.len()];
    if !pair.same_language {
        // Translated quotations share no words: they pair up in order, and only a quotation
        // left over on one side is reported.
        for (i, b) in base.iter().enumerate() {
            match other.get(i) {
                Some(o) => {
                    used[i] = true;
                    pair.agree(out, b.span, o.span);
                }
                None => missing(pair, out, 0, b, od, false),
            }
        }
        for (j, o) in other.iter().enumerate().skip(base.len()) {
            missing(pair, out, od, o, 0, false);
            used[j] = true;
        }
        return;
    }
    for b in &base {
        let bw = folded(pair, 0, b.inner);
        let best = other
            .iter()
            .enumerate()
            .filter(|(j, _)| !used[*j])
            .map(|(j, o)| (j, dice(&bw, &folded(pair, od, o.inner))))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        match best {
            Some((j, s)) if s >= SAME_QUOTE => {
                used[j] = true;
                let o = other[j];
                if bw == folded(pair, od, o.inner) {
                    pair.agree(out, b.span, o.span);
                } else {
                    altered(pair, out, b, o);
                }
            }
            _ => missing(pair, out, 0, b, od, paraphrased(pair, &bw, od)),
        }
    }
    for (j, o) in other.iter().enumerate() {
        if !used[j] {
            let ow = folded(pair, od, o.inner);
            missing(pair, out, od, o, 0, paraphrased(pair, &ow, 0));
        }
    }
}

/// Quotations in sentences that have no counterpart at all: each is missing from the other side.
pub(super) fn dropped(
    pair: &Pair,
    d: usize,
    members: &[usize],
    missing_in: usize,
    out: &mut Collect,
) {
    for q in pair.index[d].within(&pair.facts[d].quotes, |q| q.span, members) {
        let other = Counterpart {
            document: missing_in,
            fact: None,
            at: None,
            note: Some(if d == 0 {
                Note::DroppedWithSentence
            } else {
                Note::AddedWithSentence
            }),
        };
        let subject = words(pair, d, q);
        pair.draft(
            out,
            Check::QuoteMissing,
            subject,
            Change::NoQuotedCounterpart,
            other,
        );
    }
}

/// A quotation as a fact: its words (without the marks), located at the whole quotation.
fn words(pair: &Pair, d: usize, q: &Quote) -> Fact {
    Fact {
        text: q.inner.slice(&pair.seg(d).doc.text).to_string(),
        ..pair.fact(FactKind::Quote, d, q.span)
    }
}

fn quotes<'a>(pair: &'a Pair, d: usize) -> Vec<&'a Quote> {
    pair.index[d].within(&pair.facts[d].quotes, |q| q.span, pair.members(d))
}

fn folded(pair: &Pair, d: usize, span: Span) -> Vec<String> {
    text::words(span.slice(&pair.seg(d).doc.text))
        .into_iter()
        .map(|w| w.folded)
        .collect()
}

/// Dice coefficient over word sets.
fn dice(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let sa: std::collections::HashSet<&String> = a.iter().collect();
    let sb: std::collections::HashSet<&String> = b.iter().collect();
    2.0 * sa.intersection(&sb).count() as f64 / (sa.len() + sb.len()) as f64
}

/// Whether the quoted words survive unquoted in the aligned sentences of document `d`.
fn paraphrased(pair: &Pair, words: &[String], d: usize) -> bool {
    let seg = pair.seg(d);
    let mut side = Vec::new();
    for &s in pair.members(d) {
        side.extend(
            text::words(seg.sentence_text(s))
                .into_iter()
                .map(|w| w.folded),
        );
    }
    let sa: std::collections::HashSet<&String> = words.iter().collect();
    let sb: std::collections::HashSet<&String> = side.iter().collect();
    !sa.is_empty() && sa.intersection(&sb).count() as f64 / sa.len() as f64 >= 0.3
}

fn missing(
    pair: &Pair,
    out: &mut Collect,
    d: usize,
    q: &Quote,
    missing_in: usize,
    paraphrased: bool,
) {
    let how = match (paraphrased, d == 0) {
        (true, true) => Note::Paraphrased,
        (false, true) => Note::Dropped,
        (true, false) => Note::QuotationMarksAdded,
        (false, false) => Note::Added,
    };
    pair.draft_missing(
        out,
        Check::QuoteMissing,
        words(pair, d, q),
        Change::NoQuotedCounterpart,
        (missing_in, pair.unit_start(missing_in)),
        Some(how),
    );
}

fn altered(pair: &Pair, out: &mut Collect, b: &Quote, o: &Quote) {
    let od = pair.other_doc;
    let (base, other) = (words(pair, 0, b), words(pair, od, o));
    // The word diff is computed once, here, and carried by the finding to every renderer.
    let diff = text::word_diff(&base.text, &other.text);
    let mut f = Finding::new(Check::QuoteAltered, base, Change::Requoted, Some(pair.unit)).with(
        Counterpart {
            document: od,
            fact: Some(other),
            at: None,
            note: None,
        },
    );
    f.diff = diff;
    out.drafts.push(f);
}
