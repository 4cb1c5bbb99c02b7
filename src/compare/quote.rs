//! Quotations of one unit, base against one other version: dropped or paraphrased without
//! quotation marks (`quote-missing`), or with altered words (`quote-altered`, with a word diff).

use similar::{ChangeTag, TextDiff};

use super::{quoted, shorten, Pair};
use crate::extract::Quote;
use crate::model::{Finding, Severity, Span};
use crate::text;

/// Word overlap (Dice) above which two quotations are the same quotation, altered or not.
const SAME_QUOTE: f64 = 0.4;

pub(super) fn compare(pair: &Pair, out: &mut Vec<Finding>) {
    let od = pair.other_doc;
    let base = quotes(pair, 0);
    let other = quotes(pair, od);
    let mut used = vec![false; other.len()];
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
                if bw != folded(pair, od, o.inner) {
                    out.push(altered(pair, b, o));
                }
            }
            _ => out.push(missing(pair, 0, b, od, paraphrased(pair, &bw, od))),
        }
    }
    for (j, o) in other.iter().enumerate() {
        if !used[j] {
            let ow = folded(pair, od, o.inner);
            out.push(missing(pair, od, o, 0, paraphrased(pair, &ow, 0)));
        }
    }
}

/// Quotations in sentences that have no counterpart at all: each is missing from the other side.
pub(super) fn dropped(
    pair: &Pair,
    d: usize,
    members: &[usize],
    missing_in: usize,
    out: &mut Vec<Finding>,
) {
    for q in pair.facts[d]
        .quotes
        .iter()
        .filter(|q| pair.index[d].in_sentences(q.span, members))
    {
        let seg = pair.seg(d);
        let how = if d == 0 { "dropped" } else { "added" };
        out.push(Finding {
            rule: "quote-missing",
            severity: Severity::Warning,
            message: format!(
                "{} ({}) has no quoted counterpart in {} ({how} with its sentence)",
                quoted(&shorten(q.inner.slice(&seg.doc.text), 50)),
                super::at(seg, q.span),
                pair.seg(missing_in).doc.path
            ),
            locations: vec![pair.loc(d, q.span)],
            unit: Some(pair.unit),
            detail: None,
        });
    }
}

fn quotes<'a>(pair: &'a Pair, d: usize) -> Vec<&'a Quote> {
    pair.facts[d]
        .quotes
        .iter()
        .filter(|q| pair.index[d].in_sentences(q.span, pair.members(d)))
        .collect()
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

fn missing(pair: &Pair, d: usize, q: &Quote, missing_in: usize, paraphrased: bool) -> Finding {
    let seg = pair.seg(d);
    let there = pair.seg(missing_in);
    let first = there.sentences[pair.members(missing_in)[0]];
    let how = match (paraphrased, d == 0) {
        (true, true) => "paraphrased without quotation marks",
        (false, true) => "dropped",
        (true, false) => "quotation marks added",
        (false, false) => "added",
    };
    let mut locations = vec![pair.loc(d, q.span), pair.loc(missing_in, first)];
    locations.sort_by_key(|l| l.document);
    Finding {
        rule: "quote-missing",
        severity: Severity::Warning,
        message: format!(
            "{} ({}) has no quoted counterpart in {} ({how})",
            quoted(&shorten(q.inner.slice(&seg.doc.text), 50)),
            super::at(seg, q.span),
            super::at(there, first),
        ),
        locations,
        unit: Some(pair.unit),
        detail: None,
    }
}

fn altered(pair: &Pair, b: &Quote, o: &Quote) -> Finding {
    let (bs, os) = (pair.seg(0), pair.seg(pair.other_doc));
    let (bt, ot) = (b.inner.slice(&bs.doc.text), o.inner.slice(&os.doc.text));
    Finding {
        rule: "quote-altered",
        severity: Severity::Warning,
        message: format!(
            "{} ({}) is quoted with other words as {} ({})",
            quoted(&shorten(bt, 40)),
            super::at(bs, b.span),
            quoted(&shorten(ot, 40)),
            super::at(os, o.span),
        ),
        locations: vec![pair.loc(0, b.span), pair.loc(pair.other_doc, o.span)],
        unit: Some(pair.unit),
        detail: Some(word_diff(bt, ot)),
    }
}

/// A word diff in plain text: `[-removed-]{+added+}`, unchanged words as they are.
pub(crate) fn word_diff(a: &str, b: &str) -> String {
    let diff = TextDiff::from_words(a, b);
    let mut s = String::new();
    for change in diff.iter_all_changes() {
        let v = change.value();
        match change.tag() {
            ChangeTag::Equal => s.push_str(v),
            ChangeTag::Delete if v.trim().is_empty() => s.push_str(v),
            ChangeTag::Insert if v.trim().is_empty() => {}
            ChangeTag::Delete => s.push_str(&format!("[-{v}-]")),
            ChangeTag::Insert => s.push_str(&format!("{{+{v}+}}")),
        }
    }
    s.replace("-][-", "").replace("+}{+", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changes() {
        assert_eq!(
            word_diff(
                "rapid deployment, wide mobility",
                "rapid deployment, greater mobility"
            ),
            "rapid deployment, [-wide-]{+greater+} mobility"
        );
    }
}
