//! Quotations of one unit, base against one other version: dropped or paraphrased without
//! quotation marks (`quote-missing`), or with altered words (`quote-altered`, with a word diff).

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::{quoted, shorten, Collect, Pair};
use crate::check::Check;
use crate::extract::Quote;
use crate::model::Span;
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
    let seg = pair.seg(d);
    for q in pair.index[d].within(&pair.facts[d].quotes, |q| q.span, members) {
        let how = if d == 0 { "dropped" } else { "added" };
        pair.draft(
            out,
            Check::QuoteMissing,
            (d, q.span),
            quoted(&shorten(q.inner.slice(&seg.doc.text), 50)),
            "has no quoted counterpart in",
            format!(
                "{} ({how} with its sentence)",
                pair.seg(missing_in).doc.path
            ),
            &[],
            None,
        );
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
        (true, true) => "paraphrased without quotation marks",
        (false, true) => "dropped",
        (true, false) => "quotation marks added",
        (false, false) => "added",
    };
    pair.draft_missing(
        out,
        Check::QuoteMissing,
        (d, q.span),
        quoted(&shorten(q.inner.slice(&pair.seg(d).doc.text), 50)),
        "has no quoted counterpart in",
        (missing_in, pair.unit_start(missing_in)),
        &format!(" ({how})"),
    );
}

fn altered(pair: &Pair, out: &mut Collect, b: &Quote, o: &Quote) {
    let (bs, os) = (pair.seg(0), pair.seg(pair.other_doc));
    let (bt, ot) = (b.inner.slice(&bs.doc.text), o.inner.slice(&os.doc.text));
    pair.draft(
        out,
        Check::QuoteAltered,
        (0, b.span),
        quoted(&shorten(bt, 40)),
        "is quoted with other words as",
        format!("{} ({})", quoted(&shorten(ot, 40)), super::at(os, o.span)),
        &[(pair.other_doc, o.span)],
        Some(word_diff(bt, ot)),
    );
}

/// A word diff in plain text: `[-removed words-]{+added words+}`, unchanged words as they are.
/// Words are white-space separated, with trailing punctuation split off so that "rebuild," and
/// "rebuild" share the word.
pub(crate) fn word_diff(a: &str, b: &str) -> String {
    let (ta, tb) = (tokens(a), tokens(b));
    let ka: Vec<&str> = ta.iter().map(|x| x.0).collect();
    let kb: Vec<&str> = tb.iter().map(|x| x.0).collect();
    let mut out = String::new();
    let mut push = |toks: &[(&str, bool)], open: &str, close: &str| {
        for (k, (t, glued)) in toks.iter().enumerate() {
            // Punctuation sticks to the word before it, unless it opens a marked run.
            let sticks = *glued && (k > 0 || open.is_empty());
            if !out.is_empty() && !sticks {
                out.push(' ');
            }
            if k == 0 {
                out.push_str(open);
            }
            out.push_str(t);
        }
        out.push_str(close);
    };
    for op in capture_diff_slices(Algorithm::Myers, &ka, &kb) {
        let (_, old, new) = op.as_tag_tuple();
        match op {
            DiffOp::Equal { .. } => push(&ta[old], "", ""),
            _ => {
                if !old.is_empty() {
                    push(&ta[old], "[-", "-]");
                }
                if !new.is_empty() {
                    push(&tb[new], "{+", "+}");
                }
            }
        }
    }
    out
}

/// White-space separated words with trailing punctuation as tokens of their own; the flag marks
/// a token glued to the one before it.
fn tokens(s: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for w in s.split_whitespace() {
        let core = w.trim_end_matches(|c: char| c.is_ascii_punctuation() || "”’»…".contains(c));
        if core.is_empty() || core.len() == w.len() {
            out.push((w, false));
        } else {
            out.push((core, false));
            out.push((&w[core.len()..], true));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changes() {
        assert_eq!(
            word_diff("The DPRK demonstrated", "South Korea has demonstrated"),
            "[-The DPRK-] {+South Korea has+} demonstrated"
        );
        assert_eq!(
            word_diff(
                "rapid deployment, wide mobility",
                "rapid deployment, greater mobility"
            ),
            "rapid deployment, [-wide-] {+greater+} mobility"
        );
        assert_eq!(
            word_diff("We will rebuild,", "We will rebuild everything,"),
            "We will rebuild {+everything+},"
        );
    }
}
