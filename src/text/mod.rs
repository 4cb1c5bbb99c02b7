//! Text utilities shared by the stages and the renderers: the one word tokeniser ([`spans`],
//! which extract, align and compare read words with), the one case and accent fold
//! ([`fold_letter`], behind name keys and alignment features), words and tokens with byte spans
//! for diffs, and the one word diff (with `similar`): as hunks for compare, as runs of equal,
//! deleted and inserted tokens for findings and renderers. The layer under the model: it depends
//! on no other module of the crate ([`Span`] lives here and the model re-exports it).

use similar::{capture_diff_slices, Algorithm, DiffOp};

mod keys;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The text this span covers in `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A word of a text: its byte span (relative to the text given) and its folded form.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub span: Span,
    pub folded: String,
}

/// The words of `text` as the one tokeniser ([`spans`]) reads them, folded for comparison:
/// lowercase, curly apostrophes straightened, a possessive `'s` removed.
pub fn words(text: &str) -> Vec<Word> {
    spans(text)
        .into_iter()
        .map(|t| Word {
            span: Span::new(t.start, t.end),
            folded: fold(t.s(text)),
        })
        .collect()
}

/// Lowercase a word and strip a possessive ending.
pub fn fold(word: &str) -> String {
    let w = word.to_lowercase().replace(['’', '‘'], "'");
    match w.strip_suffix("'s") {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => w,
    }
}

/// Words and punctuation of `text`, each with its byte span and folded form: the words of
/// [`spans`] and, between them, every other character that is not white space as a token of its
/// own. What a word diff shown to people is made of, so that a changed comma or bracket shows
/// too.
pub fn tokens(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<Word>| {
        for (i, c) in text[from..to].char_indices() {
            if !c.is_whitespace() {
                let s = Span::new(from + i, from + i + c.len_utf8());
                out.push(Word {
                    span: s,
                    folded: fold(s.slice(text)),
                });
            }
        }
    };
    for t in spans(text) {
        gap(at, t.start, &mut out);
        out.push(Word {
            span: Span::new(t.start, t.end),
            folded: fold(t.s(text)),
        });
        at = t.end;
    }
    gap(at, text.len(), &mut out);
    out
}

pub use keys::*;

/// What a run of a word diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    Equal,
    /// Only in the base.
    Deleted,
    /// Only in the other version.
    Inserted,
}

/// One step of the word diff between two token sequences: token index ranges on each side
/// (the side a deletion or insertion lacks is empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub kind: RunKind,
    pub base: std::ops::Range<usize>,
    pub other: std::ops::Range<usize>,
}

/// Past this many tokens on the two sides together (after their common start and end), two
/// texts are not diffed word by word: the middle is shown as replaced whole. Myers' diff takes
/// time proportional to the tokens times the differences, quadratic for two long unrelated
/// sentences; no reader follows a word diff of thousands of words anyway.
pub const MAX_DIFF_TOKENS: usize = 4000;

/// The word diff: the one call to `similar` (Myers) behind every diff concord computes or
/// shows. Tokens are compared by their folded forms. A replacement is a deletion followed by
/// an insertion. The common start and end are matched first, and a middle longer than
/// [`MAX_DIFF_TOKENS`] is one replacement, so time is linear beyond that size.
pub fn diff(base: &[Word], other: &[Word]) -> Vec<Step> {
    let a: Vec<&str> = base.iter().map(|w| w.folded.as_str()).collect();
    let b: Vec<&str> = other.iter().map(|w| w.folded.as_str()).collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (prefix..a.len() - suffix, prefix..b.len() - suffix);
    let mut out = Vec::new();
    if prefix > 0 {
        out.push(Step {
            kind: RunKind::Equal,
            base: 0..prefix,
            other: 0..prefix,
        });
    }
    if a_mid.len() + b_mid.len() > MAX_DIFF_TOKENS {
        changed(&mut out, a_mid.clone(), b_mid.clone());
    } else if !a_mid.is_empty() || !b_mid.is_empty() {
        let ops = capture_diff_slices(Algorithm::Myers, &a[a_mid.clone()], &b[b_mid.clone()]);
        let shift = |r: std::ops::Range<usize>| r.start + prefix..r.end + prefix;
        for op in ops {
            let (_, o, n) = op.as_tag_tuple();
            let (o, n) = (shift(o), shift(n));
            match op {
                DiffOp::Equal { .. } => out.push(Step {
                    kind: RunKind::Equal,
                    base: o,
                    other: n,
                }),
                _ => changed(&mut out, o, n),
            }
        }
    }
    if suffix > 0 {
        out.push(Step {
            kind: RunKind::Equal,
            base: a_mid.end..a.len(),
            other: b_mid.end..b.len(),
        });
    }
    out
}

/// A deletion and/or insertion step for a changed region.
fn changed(out: &mut Vec<Step>, o: std::ops::Range<usize>, n: std::ops::Range<usize>) {
    if !o.is_empty() {
        out.push(Step {
            kind: RunKind::Deleted,
            base: o.clone(),
            other: n.start..n.start,
        });
    }
    if !n.is_empty() {
        out.push(Step {
            kind: RunKind::Inserted,
            base: o.end..o.end,
            other: n,
        });
    }
}

/// A run of a word diff as data: its kind and its tokens as written (white space inside
/// collapsed to single spaces).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Run {
    pub kind: RunKind,
    pub text: String,
    /// White space precedes the run where it was written (false for punctuation glued to the
    /// word before it, such as a comma).
    pub space_before: bool,
}

/// The word diff of two texts as runs of equal, deleted and inserted tokens, in reading order
/// (equal runs as the base writes them).
pub fn word_diff(base: &str, other: &str) -> Vec<Run> {
    let (a, b) = (tokens(base), tokens(other));
    let run = |kind, text: &str, toks: &[Word]| -> Option<Run> {
        let (first, last) = (toks.first()?, toks.last()?);
        let written = &text[first.span.start..last.span.end];
        Some(Run {
            kind,
            text: written.split_whitespace().collect::<Vec<_>>().join(" "),
            space_before: first.span.start == 0
                || text[..first.span.start].ends_with(char::is_whitespace),
        })
    };
    diff(&a, &b)
        .into_iter()
        .filter_map(|s| match s.kind {
            RunKind::Inserted => run(s.kind, other, &b[s.other]),
            _ => run(s.kind, base, &a[s.base]),
        })
        .collect()
}

/// One region where two word sequences differ: word index ranges on each side (either may be
/// empty for a pure insertion or deletion).
#[derive(Debug, Clone, PartialEq)]
pub struct Hunk {
    pub base: std::ops::Range<usize>,
    pub other: std::ops::Range<usize>,
}

/// The differing regions between two word sequences, in order: the steps of [`diff`] between
/// equal runs. Adjacent deletions and insertions form one hunk: a replacement.
pub fn hunks(base: &[Word], other: &[Word]) -> Vec<Hunk> {
    let mut out: Vec<Hunk> = Vec::new();
    let mut open: Option<Hunk> = None;
    for step in diff(base, other) {
        if step.kind == RunKind::Equal {
            out.extend(open.take());
            continue;
        }
        let h = open.get_or_insert(Hunk {
            base: step.base.start..step.base.start,
            other: step.other.start..step.other.start,
        });
        h.base.end = h.base.end.max(step.base.end);
        h.other.end = h.other.end.max(step.other.end);
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_script_is_the_script_of_most_letters() {
        assert_eq!(main_script("Kim Jong Un, 2022."), Some(Script::Latin));
        assert_eq!(
            main_script("金正恩在2022年说 (Kim)。"),
            Some(Script::HanKana)
        );
        assert_eq!(main_script("マリオは東京へ"), Some(Script::HanKana));
        assert_eq!(main_script("북한은 KCNA 보도"), Some(Script::Hangul));
        assert_eq!(main_script("Северная Корея"), Some(Script::Cyrillic));
        assert_eq!(main_script("abc где"), None, "no majority");
        assert_eq!(main_script("2022, 12:00 — !"), None, "no letters");
    }

    /// Regression: a decomposed accent ("Seu\u{301}l") split its word in two, and the dotted
    /// i that lower-casing Turkish "İ" leaves ("i\u{307}") kept "İstanbul" from keying as
    /// "Istanbul" (21 gazetteer names such as Turkish "İran" keyed as "i\u{307}ran").
    #[test]
    fn combining_marks_stay_in_their_word_and_fold_away() {
        let w = words("Seu\u{301}l and İstanbul");
        assert_eq!(w.len(), 3);
        assert_eq!(w[0].span, Span::new(0, 6));
        assert_eq!(name_key("İran"), "iran");
        assert_eq!(name_key("Seu\u{301}l"), name_key("Seúl"));
    }

    #[test]
    fn words_fold_case_and_possessive() {
        let w = words("North Korea’s mission, the UN's.");
        let f: Vec<&str> = w.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(f, ["north", "korea", "mission", "the", "un"]);
        assert_eq!(w[1].span, Span::new(6, 15)); // "Korea’s": the apostrophe is 3 bytes
    }

    /// Regression (issue 13): two long different sentences took quadratic time in the word
    /// diff. Past MAX_DIFF_TOKENS the middle is one replacement; the common start and end are
    /// still matched, and the steps cover both sides in order.
    #[test]
    fn a_long_diff_is_bounded_and_keeps_common_ends() {
        let a = format!("Start here {} end there", "alpha beta ".repeat(3000));
        let b = format!("Start here {} end there", "gamma beta delta ".repeat(2000));
        let (wa, wb) = (words(&a), words(&b));
        let steps = diff(&wa, &wb);
        let kinds: Vec<RunKind> = steps.iter().map(|s| s.kind).collect();
        use RunKind::*;
        assert_eq!(kinds, [Equal, Deleted, Inserted, Equal]);
        assert_eq!(steps[0].base, 0..2);
        assert_eq!(steps[3].base.end, wa.len());
        assert_eq!(steps[3].other.end, wb.len());
        // Below the bound, the word diff is as fine as ever, and equal texts are one run.
        let small = diff(&words("a b c d"), &words("a x c d"));
        assert_eq!(small.len(), 4);
        assert_eq!(diff(&wa, &wa).len(), 1);
        assert!(diff(&[], &[]).is_empty());
    }

    #[test]
    fn replacement_is_one_hunk() {
        let a = words("Minogue sang in 2007 in London");
        let b = words("Madonna sang in 2004 in London");
        let h = hunks(&a, &b);
        assert_eq!(h.len(), 2);
        assert_eq!((h[0].base.clone(), h[0].other.clone()), (0..1, 0..1));
        assert_eq!((h[1].base.clone(), h[1].other.clone()), (3..4, 3..4));
    }

    #[test]
    fn word_diff_is_runs_of_tokens() {
        let kinds = |a: &str, b: &str| -> Vec<(RunKind, String, bool)> {
            word_diff(a, b)
                .into_iter()
                .map(|r| (r.kind, r.text, r.space_before))
                .collect()
        };
        use RunKind::*;
        assert_eq!(
            kinds("The DPRK demonstrated", "South Korea has demonstrated"),
            vec![
                (Deleted, "The DPRK".into(), true),
                (Inserted, "South Korea has".into(), true),
                (Equal, "demonstrated".into(), true),
            ]
        );
        // Punctuation is a token of its own and keeps to the word before it.
        assert_eq!(
            kinds("We will rebuild,", "We will rebuild everything,"),
            vec![
                (Equal, "We will rebuild".into(), true),
                (Inserted, "everything".into(), true),
                (Equal, ",".into(), false),
            ]
        );
        // Case is folded, as everywhere concord compares words.
        assert_eq!(
            kinds("We Will", "we will"),
            vec![(Equal, "We Will".into(), true)]
        );
    }

    fn ws(t: &str) -> Vec<&str> {
        spans(t).iter().map(|w| w.s(t)).collect()
    }

    #[test]
    fn tokenises_joined_words() {
        assert_eq!(
            ws("the U.S. and Korea’s COVID-19 cost 1,000.5 in mid-2021, don't"),
            vec![
                "the",
                "U.S.",
                "and",
                "Korea’s",
                "COVID-19",
                "cost",
                "1,000.5",
                "in",
                "mid-2021",
                "don't"
            ]
        );
        assert_eq!(ws("U.S.-led end."), vec!["U.S.", "led", "end"]);
        assert_eq!(ws("a 1, 2"), vec!["a", "1", "2"]);
    }

    /// Han and kana characters are words of their own, and digits written against CJK letters
    /// are a word apart, so facts, alignment features and diffs all see "5000" in "5000名";
    /// Hangul words stay whole, and a name in a script without spaces keys as written.
    #[test]
    fn ideographs_are_words_and_digits_part_from_cjk_letters() {
        assert_eq!(
            ws("朝鲜发射了5000名"),
            vec!["朝", "鲜", "发", "射", "了", "5000", "名"]
        );
        assert_eq!(
            ws("북한은 12발을 2022年"),
            vec!["북한은", "12", "발을", "2022", "年"]
        );
        assert_eq!(
            ws("COVID19 und 2,5 Mio."),
            vec!["COVID19", "und", "2,5", "Mio"]
        );
        assert_eq!(name_key("朝鲜"), "朝鲜");
        assert_eq!(name_key("U.S.-led"), "us led");
    }

    /// Diff tokens are the words of the one tokeniser plus each other visible character, so a
    /// hyphenated word is one token in a diff exactly as it is one word for the facts.
    #[test]
    fn tokens_are_words_and_punctuation() {
        let t = "know-how, (mid-2021)…";
        let got: Vec<&str> = tokens(t).iter().map(|w| w.span.slice(t)).collect();
        assert_eq!(got, ["know-how", ",", "(", "mid-2021", ")", "…"]);
        let w: Vec<&str> = words(t).iter().map(|w| w.span.slice(t)).collect();
        assert_eq!(w, ["know-how", "mid-2021"]);
        assert!(tokens("  \n ").is_empty());
    }

    #[test]
    fn keys_fold_case_accents_and_punctuation() {
        assert_eq!(
            name_key("Democratic People’s Republic of Korea"),
            "democratic peoples republic of korea"
        );
        assert_eq!(name_key("U.N."), "un");
        assert_eq!(name_key("ICBMs"), "icbm");
        assert_eq!(name_key("Côte d'Ivoire"), "cote divoire");
        assert_eq!(name_key("북한"), "북한");
        assert_eq!(fold_case_and_accents("Éducation"), "education");
        assert_eq!(fold_case_and_accents("Straße"), "strasse");
        assert_eq!(name_key("Straße"), name_key("STRASSE"));
    }
}
