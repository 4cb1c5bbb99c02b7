//! Text utilities shared by the stages and the renderers: the one word tokeniser ([`spans`],
//! which extract, align and compare read words with), the one case and accent fold
//! ([`fold_letter`], behind name keys and alignment features), words and tokens with byte spans
//! for diffs, and the one word diff (with `similar`): as hunks for compare, as runs of equal,
//! deleted and inserted tokens for findings and renderers.

use similar::{capture_diff_slices, Algorithm, DiffOp};
use unicode_segmentation::UnicodeSegmentation;

use crate::model::Span;

/// A word of a text: its byte span (relative to the text given) and its folded form.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub span: Span,
    pub folded: String,
}

/// The words of `text` (UAX #29 word boundaries, punctuation dropped), folded for comparison:
/// lowercase, curly apostrophes straightened, a possessive `'s` removed.
pub fn words(text: &str) -> Vec<Word> {
    text.unicode_word_indices()
        .map(|(i, w)| Word {
            span: Span::new(i, i + w.len()),
            folded: fold(w),
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

/// Words and punctuation of `text` (UAX #29 word boundaries, white space dropped), each with
/// its byte span and folded form: what a word diff shown to people is made of, so that a
/// changed comma or bracket shows too.
pub fn tokens(text: &str) -> Vec<Word> {
    text.split_word_bound_indices()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(i, t)| Word {
            span: Span::new(i, i + t.len()),
            folded: fold(t),
        })
        .collect()
}

// ---- The fact tokeniser and name keys ----

/// A word token: a byte range of `text` that starts and ends on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub fn s<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Is `c` an apostrophe inside a word (straight or curly)?
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Split `text` into word tokens in one linear pass. A word is a run of alphanumerics that may
/// hold an apostrophe or hyphen between alphanumerics ("don't", "Korea’s", "COVID-19",
/// "mid-2021", "2022-02-07"), a comma or point between digits ("1,000", "2.5") and the points of
/// a dotted abbreviation ("U.S.", "U.N.", "D.C."). Everything else separates words.
pub fn spans(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut prev = c;
        // Single letters joined by points so far ("U.S."): keeps the final point too.
        let mut dotted = c.is_uppercase();
        let mut letters_since_dot = 1;
        while let Some(&(i, d)) = it.peek() {
            if d.is_alphanumeric() {
                letters_since_dot += 1;
                if letters_since_dot > 1 {
                    dotted = false;
                }
                prev = d;
                end = i + d.len_utf8();
                it.next();
                continue;
            }
            let next = text[i + d.len_utf8()..].chars().next();
            let joins = match d {
                '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' => {
                    prev.is_alphanumeric() && next.is_some_and(|n| n.is_alphanumeric())
                }
                ',' | '.' if prev.is_ascii_digit() => next.is_some_and(|n| n.is_ascii_digit()),
                '.' if dotted && letters_since_dot == 1 => {
                    // "U.S" continues; "U.S." ends with its point.
                    let n1 = next;
                    let n2 = n1.and_then(|n| text[i + 1 + n.len_utf8()..].chars().next());
                    if n1.is_some_and(|n| n.is_uppercase()) && n2 == Some('.') {
                        true
                    } else {
                        // Keep the final point of a dotted abbreviation of two or more letters.
                        if text[start..i].contains('.') {
                            end = i + 1;
                            it.next();
                        }
                        break;
                    }
                }
                _ => false,
            };
            if !joins {
                break;
            }
            letters_since_dot = 0;
            prev = d;
            end = i + d.len_utf8();
            it.next();
        }
        out.push(Tok { start, end });
    }
    out
}

/// Push `c` (already lower case) folded for comparison: a Latin letter with a diacritic as its
/// base letter, a ligature or ß as its letters ("é" → "e", "ß" → "ss", "œ" → "oe"). The one
/// accent fold of the pipeline: name keys, gazetteer look-up and alignment features use it.
pub fn fold_letter(c: char, out: &mut impl Extend<char>) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ţ' => 't',
        'ď' => 'd',
        'ğ' => 'g',
        'ß' => return out.extend(['s', 's']),
        'œ' => return out.extend(['o', 'e']),
        'æ' => return out.extend(['a', 'e']),
        _ => c,
    };
    out.extend([base]);
}

/// `word` lower-cased and accent-folded ([`fold_letter`]): "Éducation" → "education".
pub fn fold_case_and_accents(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        fold_letter(c, &mut out);
    }
    out
}

/// Is this word an acronym: two or more capitals, perhaps dotted, perhaps with a plural "s"
/// ("DPRK", "U.N.", "ICBMs")?
pub fn is_acronym(word: &str) -> bool {
    let w = word.strip_suffix('s').unwrap_or(word);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().all(|c| c.is_uppercase() || c == '.')
        && w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The key of one word: lower case, accents folded, apostrophes and points dropped, an
/// acronym's plural "s" dropped ("ICBMs" → "icbm", "U.N." → "un", "People’s" → "peoples").
pub fn word_key(word: &str) -> String {
    let w = if is_acronym(word) && word.ends_with('s') {
        &word[..word.len() - 1]
    } else {
        word
    };
    let mut k = String::with_capacity(w.len());
    for c in w.chars() {
        if is_apostrophe(c) || c == '.' {
            continue;
        }
        if c == '-' || c == '\u{2010}' || c == '\u{2011}' {
            k.push(' ');
            continue;
        }
        for l in c.to_lowercase() {
            fold_letter(l, &mut k);
        }
    }
    k
}

/// The key of a name: its words' keys joined by single spaces. Two spellings that differ only
/// in case, accents, apostrophes, points, hyphens or spacing have the same key.
pub fn name_key(name: &str) -> String {
    let mut k = String::new();
    for t in spans(name) {
        let w = word_key(t.s(name));
        if w.is_empty() {
            continue;
        }
        if !k.is_empty() {
            k.push(' ');
        }
        k.push_str(&w);
    }
    k
}

/// The word without a possessive ending ("Korea’s" → "Korea"), and whether it had one.
pub fn strip_possessive(word: &str) -> (&str, bool) {
    for suf in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(w) = word.strip_suffix(suf) {
            if !w.is_empty() {
                return (w, true);
            }
        }
    }
    (word, false)
}

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
