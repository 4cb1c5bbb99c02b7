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

use std::collections::{HashMap, HashSet};

use super::{Collect, Pair};
use crate::check::Check;
use crate::extract::Quote;
use crate::model::{Change, Counterpart, Fact, FactKind, Finding, Note, Span};
use crate::text;

/// Word overlap (Dice) above which two quotations are the same quotation, altered or not.
const SAME_QUOTE: f64 = 0.4;

/// Up to this many unpaired quotations on each side, each is weighed against every other;
/// past it, against the [`WINDOW`] nearest in order either side of its own place.
const ALL_AGAINST_ALL: usize = 64;
const WINDOW: usize = 16;

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
    let bw: Vec<Vec<String>> = base.iter().map(|b| folded(pair, 0, b.inner)).collect();
    let ow: Vec<Vec<String>> = other.iter().map(|o| folded(pair, od, o.inner)).collect();
    // Quoted with the same words: paired first, by hash, each with the first unused equal.
    let mut same: HashMap<&[String], Vec<usize>> = HashMap::new();
    for (j, w) in ow.iter().enumerate().rev() {
        same.entry(w.as_slice()).or_default().push(j);
    }
    let mut pick: Vec<Option<usize>> = vec![None; base.len()];
    for (i, w) in bw.iter().enumerate() {
        if let Some(j) = same.get_mut(w.as_slice()).and_then(Vec::pop) {
            used[j] = true;
            pick[i] = Some(j);
        }
    }
    // The rest by word overlap: all against all when few are left, else each against the
    // leftovers near its place in order (a sentence of a thousand quotations is not paired
    // a million times).
    let (bl, ol): (Vec<usize>, Vec<usize>) = (
        (0..base.len()).filter(|&i| pick[i].is_none()).collect(),
        (0..other.len()).filter(|&j| !used[j]).collect(),
    );
    let bs: Vec<WordSet> = bl.iter().map(|&i| set(&bw[i])).collect();
    let os: Vec<WordSet> = ol.iter().map(|&j| set(&ow[j])).collect();
    let all = bl.len() <= ALL_AGAINST_ALL && ol.len() <= ALL_AGAINST_ALL;
    let mut taken = vec![false; ol.len()];
    for (k, &i) in bl.iter().enumerate() {
        let range = if all {
            0..ol.len()
        } else {
            let at = k * ol.len() / bl.len().max(1);
            at.saturating_sub(WINDOW)..(at + WINDOW).min(ol.len())
        };
        let best = range
            .filter(|&m| !taken[m])
            .map(|m| (m, dice(&bs[k], &os[m])))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((m, _)) = best.filter(|&(_, s)| s >= SAME_QUOTE) {
            taken[m] = true;
            used[ol[m]] = true;
            pick[i] = Some(ol[m]);
        }
    }
    let mut sides: [Option<HashSet<String>>; 2] = [None, None];
    let mut paraphrased_in = |words: &[String], d: usize| {
        let side = sides[usize::from(d != 0)].get_or_insert_with(|| side_words(pair, d));
        paraphrased(words, side)
    };
    for (i, b) in base.iter().enumerate() {
        match pick[i] {
            Some(j) if bw[i] == ow[j] => pair.agree(out, b.span, other[j].span),
            Some(j) => altered(pair, out, b, other[j]),
            None => {
                let p = paraphrased_in(&bw[i], od);
                missing(pair, out, 0, b, od, p);
            }
        }
    }
    for (j, o) in other.iter().enumerate() {
        if !used[j] {
            let p = paraphrased_in(&ow[j], 0);
            missing(pair, out, od, o, 0, p);
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

type WordSet<'a> = HashSet<&'a str>;

fn set(words: &[String]) -> WordSet<'_> {
    words.iter().map(String::as_str).collect()
}

/// Dice coefficient over word sets.
fn dice(a: &WordSet, b: &WordSet) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

/// The folded words of the aligned sentences of document `d`, as a set.
fn side_words(pair: &Pair, d: usize) -> HashSet<String> {
    let seg = pair.seg(d);
    let mut side = HashSet::new();
    for &s in pair.members(d) {
        side.extend(
            text::words(seg.sentence_text(s))
                .into_iter()
                .map(|w| w.folded),
        );
    }
    side
}

/// Whether the quoted words survive unquoted in `side`, the words of the other side.
fn paraphrased(words: &[String], side: &HashSet<String>) -> bool {
    let sa = set(words);
    !sa.is_empty()
        && sa.iter().filter(|w| side.contains(**w)).count() as f64 / sa.len() as f64 >= 0.3
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
