//! Named entities: capitalised spans with their connectors, acronyms and demonyms, split into
//! known names (longest gazetteer match first) and the unknown capitalised rest, each resolved
//! through the [`Knowledge`] base. Caseless scripts (Chinese, Japanese, Korean, Arabic…) are
//! found by substring search for the gazetteer's names instead.

use std::collections::HashSet;

use super::dictionary::{in_dictionary, in_sorted_lines, in_word_list};
use super::knowledge::{acronym_matches, Knowledge};
use super::text::{is_acronym, name_key, strip_possessive, word_key, Tok};
use super::{Entity, EntityClass};
use crate::lexicon::{self, Lexicon};
use crate::model::Span;

const COMMON_WORDS: &str = include_str!("../../data/common-words.txt");
/// Given names (Moby Word II; `scripts/gen-given-names.sh`), lower case, sorted.
const GIVEN_NAMES: &str = include_str!("../../data/given-names.txt");

/// Is `lower` the plural of a dictionary word ("officials", "experts")? A plural noun that
/// starts a sentence is a group of people, not one of them.
fn plural_of_word(lower: &str) -> bool {
    lower
        .strip_suffix('s')
        .is_some_and(|w| w.len() >= 3 && in_dictionary(w))
        || lower
            .strip_suffix("ies")
            .is_some_and(|w| w.len() >= 2 && in_dictionary(&format!("{w}y")))
}

fn first_upper(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Is `w` (as written) a common word of the language of `lex`? In a language that capitalises
/// its nouns, a word of its word list as written or, at the start of a sentence, in lower case
/// ("Bei", "Menschen"); else a word of the English dictionary in lower case.
fn dictionary_word(w: &str, initial: bool, lex: &Lexicon) -> bool {
    if lex.names.capitalised_nouns {
        in_word_list(&lex.code, w) || (initial && in_word_list(&lex.code, &w.to_lowercase()))
    } else {
        in_dictionary(&w.to_lowercase())
    }
}

/// Is a capitalised word a month or weekday (a date, not a name)? Abbreviations count when a
/// point follows ("Jan.").
pub(crate) fn is_calendar_word(w: &str, next: Option<char>, lex: &Lexicon) -> bool {
    let l = w.to_lowercase();
    if lex.month(&l).is_some() || lex.weekday(&l).is_some() {
        return true;
    }
    next == Some('.') && lex.is_calendar_abbreviation(&l)
}

/// Does the word at `start` begin a sentence (start of text or line, after . ! ? : or an
/// opening quote or bracket that does)?
fn sentence_initial(text: &str, start: usize) -> bool {
    for (n, c) in text[..start].chars().rev().enumerate() {
        if n > 12 {
            return false;
        }
        match c {
            '\n' | '.' | '!' | '?' | ':' | ';' | '|' | '\u{2026}' => return true,
            c if c.is_whitespace() => {}
            '"' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '\u{201e}' | '(' | '[' | '\'' | '-'
            | '\u{2014}' | '\u{2013}' | '\u{feff}' => {}
            _ => return false,
        }
    }
    true
}

/// One word of a capitalised run.
struct RunWord {
    tok: Tok,
    /// Key of the word as written, and without a possessive ending.
    key: String,
    key_bare: String,
    /// Byte end without the possessive ending.
    end_bare: usize,
    possessive: bool,
    connector: bool,
    acronym: bool,
    /// A common word in a language that capitalises its nouns ("Menschen"): no name unless
    /// part of a known one.
    common: bool,
}

/// Extract the entities of `text` (its word tokens `toks`), in document order.
#[cfg(test)]
pub(crate) fn entities(text: &str, toks: &[Tok], k: &Knowledge, lex: &Lexicon) -> Vec<Entity> {
    entities_and_tentative(text, toks, k, lex, &mut Vec::new())
}

/// [`entities`], and into `tentative` the lone capitalised words at the start of a sentence
/// that may be names but may as well be ordinary words ("Smith said", "Google bought"): not
/// entities, but what a comparison may read as one when the other version has a name in
/// their place. Their class is `Person` when a verb of saying follows or the word is a given
/// name, else `Other`.
pub(crate) fn entities_and_tentative(
    text: &str,
    toks: &[Tok],
    k: &Knowledge,
    lex: &Lexicon,
    tentative: &mut Vec<Entity>,
) -> Vec<Entity> {
    let names = &lex.names;
    // Words seen in lower case, and capitalised words seen inside sentences: the evidence that
    // decides whether a sentence's capitalised first word is a name.
    let mut lower: HashSet<&str> = HashSet::new();
    let mut mid_caps: HashSet<&str> = HashSet::new();
    let mut initial = vec![false; toks.len()];
    for (i, t) in toks.iter().enumerate() {
        let w = t.s(text);
        if w.chars().next().is_some_and(|c| c.is_lowercase()) {
            lower.insert(w);
        } else if first_upper(w) {
            initial[i] = sentence_initial(text, t.start);
            if !initial[i] {
                mid_caps.insert(strip_possessive(w).0);
            }
        }
    }

    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Collect one run of name words joined by connectors and horizontal white space.
        let is_name = |j: usize| -> bool {
            let t = toks[j];
            let w = t.s(text);
            if !first_upper(w) {
                return false;
            }
            let next = text[t.end..].chars().next();
            // "US$50": the "US" is part of the currency sign; "USD 50m": a currency code.
            // A currency code written as one ("USD 50m") is a unit, not a name.
            let code = w.len() == 3
                && w.chars().all(|c| c.is_ascii_uppercase())
                && lexicon::common()
                    .currencies
                    .codes
                    .contains_key(&w.to_lowercase());
            if is_calendar_word(w, next, lex) || next == Some('$') || code {
                return false;
            }
            if w.chars().count() == 1 {
                // An initial ("J. Smith") but not "I" or "A".
                return next == Some('.') && !names.capital_words.contains(&w.to_lowercase());
            }
            true
        };
        if !is_name(i) {
            i += 1;
            continue;
        }
        let joined = |a: &Tok, b: &Tok| {
            let gap = &text[a.end..b.start];
            !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
                || (gap == "." && a.end - a.start == 1)
                || (gap == ". " && a.end - a.start == 1)
        };
        let mut run = vec![i];
        let mut j = i;
        loop {
            if strip_possessive(toks[j].s(text)).1 && !possessive_inside_name(text, toks, j, lex) {
                break;
            }
            // Connectors, then a name word.
            let mut m = j + 1;
            while m < toks.len()
                && joined(&toks[m - 1], &toks[m])
                && names.connectors.contains(toks[m].s(text))
            {
                m += 1;
            }
            if m < toks.len() && joined(&toks[m - 1], &toks[m]) && is_name(m) && m - j <= 3 {
                run.extend(j + 1..=m);
                j = m;
            } else {
                break;
            }
        }
        i = j + 1;

        let mut words: Vec<RunWord> = run
            .iter()
            .map(|&r| {
                let t = toks[r];
                let w = t.s(text);
                let (bare, possessive) = strip_possessive(w);
                let connector = !first_upper(w);
                let acronym = is_acronym(bare);
                RunWord {
                    tok: t,
                    key: word_key(w),
                    key_bare: word_key(bare),
                    end_bare: t.start + bare.len(),
                    possessive,
                    connector,
                    acronym,
                    common: names.capitalised_nouns
                        && !connector
                        && !acronym
                        && dictionary_word(bare, initial[r], lex)
                        // "Samuel" is a German headword too; a given name is a name.
                        && !in_sorted_lines(GIVEN_NAMES, &bare.to_lowercase()),
                }
            })
            .collect();

        // A sentence's first word: a name if it starts a known name or is an acronym; else if
        // it never occurs in lower case and is seen capitalised inside sentences or is no
        // dictionary word ("Borduria fired…" but not "Experts said…"). Never a common word.
        if initial[run[0]] {
            let w = strip_possessive(toks[run[0]].s(text)).0;
            let lw = w.to_lowercase();
            let known = longest_match(&words, 0, k, lex).is_some();
            let common = in_sorted_lines(COMMON_WORDS, &lw);
            let given = in_sorted_lines(GIVEN_NAMES, &lw);
            // "John Smith said": a given name before another capitalised word that is no known
            // name ("Will Russia…" is not a name) begins a person's name.
            let given_first = given
                && words.len() > 1
                && !words[1].connector
                && longest_match(&words, 1, k, lex).is_none();
            let keep = !common
                && (known
                    || words[0].acronym
                    || given_first
                    || (!lower.contains(lw.as_str())
                        && (mid_caps.contains(w) || !dictionary_word(w, true, lex))));
            if !keep && words.len() == 1 && !common && !lower.contains(lw.as_str()) {
                let next = toks.get(run[0] + 1).filter(|n| {
                    text[words[0].tok.end..n.start]
                        .chars()
                        .all(|c| c == ' ' || c == '\u{a0}')
                });
                let speaker = next.is_some_and(|n| names.speech_verbs.contains(n.s(text)));
                if !plural_of_word(&lw) {
                    tentative.push(Entity {
                        span: Span::new(words[0].tok.start, words[0].end_bare),
                        class: if speaker || given {
                            EntityClass::Person
                        } else {
                            EntityClass::Other
                        },
                        id: None,
                        key: words[0].key_bare.clone(),
                        ambiguous: false,
                        definition: false,
                    });
                }
            }
            if !keep {
                let drop = 1 + words[1..].iter().take_while(|w| w.connector).count();
                words.drain(..drop.min(words.len()));
            }
        }
        if words.is_empty() {
            continue;
        }
        // A lone capitalised common word is no name anywhere (headings, "…, In March").
        if words.len() == 1
            && !words[0].acronym
            && in_sorted_lines(COMMON_WORDS, &words[0].key_bare)
        {
            continue;
        }
        let title_before = run[0] > 0 && {
            let p = toks[run[0] - 1].s(text).to_lowercase();
            names.titles.contains(&p)
        };
        split_run(text, &words, k, title_before, lex, &mut out);
    }

    // Names in scripts without case, on the token boundaries those scripts have.
    for (s, e, key) in k.caseless_matches(text) {
        if !caseless_on_boundary(text, s, e) {
            continue;
        }
        if let Some(r) = k.resolve_key(&key, false) {
            out.push(Entity {
                span: Span::new(s, e),
                class: r.class,
                id: Some(r.id),
                key,
                ambiguous: r.ambiguous,
                definition: false,
            });
        }
    }
    out.sort_by_key(|e| (e.span.start, e.span.end));
    mark_definitions(text, out, k)
}

/// Is a name found at `start..end` of `text` in a script without case a token of its own, not
/// part of a longer word? Han text has no spaces, so a name is searched for as a substring; what
/// such scripts do mark is kept:
/// - Hangul words are written apart (particles attach after them: "한국은"), so a name starts
///   a word;
/// - a katakana word runs until a character of another script or a middle dot ("マリ" is not
///   in "マリオ"), so a katakana name is the whole of it;
/// - a foreign name in Chinese joins its parts with a middle dot ("埃马纽埃尔·马克龙"), so a
///   place name within [`NAME_DOT_GAP`] characters of such a dot is part of the name ("纽埃",
///   Niue, is not in it).
fn caseless_on_boundary(text: &str, start: usize, end: usize) -> bool {
    let is_hangul =
        |c: char| matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF);
    // Katakana letters and the prolonged sound mark, not the middle dot U+30FB.
    let is_katakana = |c: char| matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F);
    let is_han = |c: char| crate::text::is_ideographic(c) && !is_katakana(c) && c != '・';
    let name_dot = |c: char| matches!(c, '·' | '‧' | '•');
    let (Some(first), Some(last)) = (
        text[start..end].chars().next(),
        text[..end].chars().next_back(),
    ) else {
        return false;
    };
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if is_hangul(first) && before.is_some_and(is_hangul) {
        return false;
    }
    if is_katakana(first) && before.is_some_and(is_katakana)
        || is_katakana(last) && after.is_some_and(is_katakana)
    {
        return false;
    }
    if !is_han(first) && !is_han(last) {
        return true;
    }
    // A joining dot at most NAME_DOT_GAP Han characters away, walking from the match's edge.
    let dot_near = |walk: &mut dyn Iterator<Item = char>| {
        for _ in 0..=NAME_DOT_GAP {
            match walk.next() {
                Some(c) if name_dot(c) => return walk.next().is_some_and(is_han),
                Some(c) if is_han(c) => {}
                _ => return false,
            }
        }
        false
    };
    !(is_han(last) && dot_near(&mut text[end..].chars())
        || is_han(first) && dot_near(&mut text[..start].chars().rev()))
}

/// How many Han characters may stand between a name and the middle dot of a foreign name for the
/// name to be read as part of it. A foreign given name or surname in Chinese is mostly two to
/// five characters, and a country before a title and a name ("法国总统埃马纽埃尔·马克龙") is at
/// least four away.
const NAME_DOT_GAP: usize = 2;

/// Is the possessive at word `j` part of a name ("People's Republic")? Only when a capitalised
/// word follows and the gazetteer knows a name going through it.
fn possessive_inside_name(text: &str, toks: &[Tok], j: usize, lex: &Lexicon) -> bool {
    let (bare, _) = strip_possessive(toks[j].s(text));
    lex.names
        .possessives_in_names
        .contains(&bare.to_lowercase())
        && toks.get(j + 1).is_some_and(|n| first_upper(n.s(text)))
}

/// The longest known name starting at `words[i]`: (number of words, whether the possessive of
/// its last word was dropped, resolution).
///
/// In a language that inflects names (the lexicon's `names.inflections`), a last word that is
/// not known as written is tried with each inflected ending replaced by its dictionary ending,
/// in the lexicon's order ("Афганистане" → "Афганистан", "Испании" → "Испания"): only a name
/// the gazetteer knows is ever matched.
fn longest_match(
    words: &[RunWord],
    i: usize,
    k: &Knowledge,
    lex: &Lexicon,
) -> Option<(usize, bool, super::knowledge::Resolved)> {
    if words[i].connector {
        return None;
    }
    let max = k.max_words().min(words.len() - i);
    for n in (1..=max).rev() {
        let last = &words[i + n - 1];
        if last.connector {
            continue;
        }
        let mut key = String::new();
        for w in &words[i..i + n - 1] {
            key.push_str(&w.key);
            key.push(' ');
        }
        let acronym = n == 1 && last.acronym;
        for (last_key, bare) in [(&last.key_bare, true), (&last.key, false)] {
            if !bare && !last.possessive {
                continue;
            }
            let full = format!("{key}{last_key}");
            if let Some(r) = k.resolve_key(&full, acronym) {
                return Some((n, bare && last.possessive, r));
            }
        }
        for (ending, base) in lex.inflection_keys() {
            let Some(stem) = last.key_bare.strip_suffix(ending.as_str()) else {
                continue;
            };
            if stem.chars().count() < 3 {
                continue;
            }
            let full = format!("{key}{stem}{base}");
            if let Some(r) = k.resolve_key(&full, false) {
                return Some((n, false, r));
            }
        }
    }
    None
}

/// Split a run into known names and the unknown capitalised rest, and emit them.
fn split_run(
    text: &str,
    words: &[RunWord],
    k: &Knowledge,
    title: bool,
    lex: &Lexicon,
    out: &mut Vec<Entity>,
) {
    // `text` gives the key of a known name whose possessive was dropped.
    let mut pending: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((n, stripped, r)) = longest_match(words, i, k, lex) {
            flush_unknown(words, &mut pending, k, title, lex, out);
            let last = &words[i + n - 1];
            let end = if stripped {
                last.end_bare
            } else {
                last.tok.end
            };
            let mut key = words[i..i + n]
                .iter()
                .map(|w| w.key.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if stripped {
                key = name_key(&text[words[i].tok.start..end]);
            }
            out.push(Entity {
                span: Span::new(words[i].tok.start, end),
                class: r.class,
                id: Some(r.id),
                key,
                ambiguous: r.ambiguous,
                definition: false,
            });
            i += n;
        } else {
            pending.push(i);
            // A possessive ends an unknown name ("Chainalysis's report").
            if words[i].possessive && !words[i].connector {
                flush_unknown(words, &mut pending, k, title, lex, out);
            }
            i += 1;
        }
    }
    flush_unknown(words, &mut pending, k, title, lex, out);
}

/// Emit the pending unknown words as names: split at "and"/"&", trim connectors at the edges
/// and leading titles.
fn flush_unknown(
    words: &[RunWord],
    pending: &mut Vec<usize>,
    k: &Knowledge,
    title_before: bool,
    lex: &Lexicon,
    out: &mut Vec<Entity>,
) {
    let names = &lex.names;
    let idx = std::mem::take(pending);
    for part in idx.split(|&i| words[i].key == "and" || words[i].key.is_empty()) {
        let mut part: Vec<usize> = part.to_vec();
        while part.last().is_some_and(|&i| words[i].connector) {
            part.pop();
        }
        let mut person = title_before;
        while part
            .first()
            .is_some_and(|&i| words[i].connector || names.titles.contains(&words[i].key_bare))
        {
            if !words[part[0]].connector {
                person = true;
            }
            part.remove(0);
        }
        // Common nouns before a name are no part of it ("Bundesministerin Anna Weber"), and a
        // run of common nouns is none ("Milliarden Euro"). After a name word they stay: many
        // surnames are nouns too ("Anna Weber").
        while part
            .first()
            .is_some_and(|&i| words[i].common || words[i].connector)
        {
            part.remove(0);
        }
        let (Some(&a), Some(&b)) = (part.first(), part.last()) else {
            continue;
        };
        let end = words[b].end_bare;
        let key = part
            .iter()
            .map(|&i| {
                if i == b {
                    words[i].key_bare.as_str()
                } else {
                    words[i].key.as_str()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        // A learnt or user alias may know the name as a whole.
        let acronym = part.len() == 1 && words[a].acronym;
        let resolved = k.resolve_key(&key, acronym);
        let class = if let Some(r) = &resolved {
            r.class
        } else if part
            .iter()
            .any(|&i| names.organisation_heads.contains(&words[i].key_bare))
        {
            EntityClass::Organisation
        } else if part
            .iter()
            .any(|&i| names.place_heads.contains(&words[i].key_bare))
        {
            EntityClass::Place
        } else if person {
            EntityClass::Person
        } else {
            EntityClass::Other
        };
        out.push(Entity {
            span: Span::new(words[a].tok.start, end),
            class,
            id: resolved.as_ref().map(|r| r.id.clone()),
            key,
            ambiguous: resolved.is_some_and(|r| r.ambiguous),
            definition: false,
        });
    }
}

/// "DPRK [Democratic People's Republic of Korea]" and "International Atomic Energy Agency
/// (IAEA)": the bracketed part is the same mention again. Mark it `definition` and give it the
/// id of the name it defines; a lower-case expansion becomes one entity. One pass.
fn mark_definitions(text: &str, ents: Vec<Entity>, k: &Knowledge) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(ents.len());
    let mut skip_until = 0;
    for mut e in ents {
        if e.span.start < skip_until {
            // Inside a bracketed expansion already emitted as one definition.
            continue;
        }
        let surface = e.span.slice(text);
        if !is_acronym(surface) {
            out.push(e);
            continue;
        }
        // Expansion then bracketed acronym: the acronym is the definition.
        let before = text[..e.span.start].trim_end_matches([' ', '\u{a0}']);
        if (before.ends_with('(') || before.ends_with('['))
            && text[e.span.end..].starts_with([')', ']'])
        {
            if let Some(prev) = out.last() {
                let between = &text[prev.span.end.min(before.len() - 1)..before.len() - 1];
                if between.trim().is_empty() && acronym_matches(surface, prev.span.slice(text)) {
                    e.definition = true;
                    if e.id.is_none() {
                        e.id = prev.id.clone();
                    }
                }
            }
        }
        // Acronym then bracket.
        let def = definition_after(text, &e, k);
        out.push(e);
        if let Some(d) = def {
            skip_until = d.span.end;
            out.push(d);
        }
    }
    out
}

/// The bracketed expansion right after acronym `e`, as one definition entity.
fn definition_after(text: &str, e: &Entity, k: &Knowledge) -> Option<Entity> {
    let surface = e.span.slice(text);
    let rest = &text[e.span.end..];
    let lead = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    let close = match rest[lead..].chars().next()? {
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let start = e.span.end + lead + 1;
    let len = text[start..].find([close, '\n']).filter(|&l| l <= 200)?;
    let inner = &text[start..start + len];
    if !text[start + len..].starts_with(close) || !acronym_matches(surface, inner) {
        return None;
    }
    let t = inner.trim();
    let s = start + (inner.len() - inner.trim_start().len());
    Some(Entity {
        span: Span::new(s, s + t.len()),
        class: e.class,
        id: e.id.clone().or_else(|| k.resolve(t).map(|r| r.id)),
        key: name_key(t),
        ambiguous: e.ambiguous,
        definition: true,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn common_words_are_searched_in_place() {
        assert!(COMMON_WORDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .all(|w| in_sorted_lines(COMMON_WORDS, w)));
        assert!(!in_sorted_lines(COMMON_WORDS, "borduria"));
    }

    use super::super::text::words;
    use super::*;

    fn ents(text: &str) -> Vec<(String, Option<String>, bool, bool)> {
        let k = Knowledge::embedded();
        entities(text, &words(text), &k, crate::lexicon::english())
            .into_iter()
            .map(|e| {
                (
                    e.span.slice(text).to_string(),
                    e.id,
                    e.ambiguous,
                    e.definition,
                )
            })
            .collect()
    }
    fn names(text: &str) -> Vec<String> {
        ents(text).into_iter().map(|e| e.0).collect()
    }
    fn ids(text: &str) -> Vec<String> {
        ents(text)
            .into_iter()
            .map(|e| e.1.unwrap_or_default())
            .collect()
    }

    #[test]
    fn resolves_mentions_longest_first() {
        assert_eq!(
            ids("North Korea and South Korea met the DPRK in Pyongyang. North Korean and South Korean hackers."),
            vec!["country:PRK", "country:KOR", "country:PRK", "country:PRK", "country:PRK", "country:KOR"]
        );
        let e = ents("They discussed Korea.");
        assert_eq!(
            e,
            vec![("Korea".into(), Some("ambiguous:korea".into()), true, false)]
        );
        assert_eq!(
            ids("The US and the United States and the UN and the United Nations."),
            vec!["country:USA", "country:USA", "org:UN", "org:UN"]
        );
    }

    #[test]
    fn sentence_initial_names_outside_the_dictionary() {
        let k = Knowledge::embedded();
        let names = |t: &str| -> Vec<String> {
            let toks = words(t);
            entities(t, &toks, &k, crate::lexicon::english())
                .iter()
                .map(|e| t[e.span.start..e.span.end].to_string())
                .collect()
        };
        assert_eq!(names("Borduria fired three missiles."), ["Borduria"]);
        assert_eq!(names("Minogue sang in London."), ["Minogue", "London"]);
        assert!(names("Experts said the tests went on.").is_empty());
        assert!(names("Monitors have received reports.").is_empty());
    }

    #[test]
    fn possessives_and_sentence_starts() {
        assert_eq!(
            names("Pyongyang’s programs and Korea's past."),
            vec!["Pyongyang", "Korea"]
        );
        assert_eq!(
            names("The report said so. According to Chainalysis, it grew. Since 2006 it rose. On Friday, In March, Although."),
            vec!["Chainalysis"]
        );
        // A sentence's first word that is a known name stays.
        assert_eq!(names("Pyongyang said no."), vec!["Pyongyang"]);
        // "Chainalysis" at a sentence start is a name when it also appears inside sentences.
        assert_eq!(
            names("Chainalysis said so. A report by Chainalysis."),
            vec!["Chainalysis", "Chainalysis"]
        );
        // ... and not when it appears in lower case elsewhere.
        assert!(names("Maintenance continued. Its maintenance is costly.").is_empty());
    }

    #[test]
    fn organisations_embedding_countries_are_split() {
        let e =
            ents("submitted to the UN Security Council Sanctions Committee on North Korea said");
        let got: Vec<(&str, Option<&str>)> =
            e.iter().map(|e| (e.0.as_str(), e.1.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("UN Security Council", Some("org:UNSC")),
                ("Sanctions Committee", None),
                ("North Korea", Some("country:PRK"))
            ]
        );
        let e = ents("the United Nations Security Council's North Korea Sanctions Committee.");
        let got: Vec<&str> = e.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "United Nations Security Council",
                "North Korea",
                "Sanctions Committee"
            ]
        );
        assert_eq!(
            names("the Bank of England and Kim Jong Un met"),
            vec!["Bank of England", "Kim Jong Un"]
        );
    }

    #[test]
    fn bracketed_expansion_is_a_definition() {
        let e = ents("the DPRK [Democratic People’s Republic of Korea] continued");
        assert_eq!(e.len(), 2);
        assert_eq!(
            e[1],
            (
                "Democratic People’s Republic of Korea".into(),
                Some("country:PRK".into()),
                false,
                true
            )
        );
        let e = ents("the International Atomic Energy Agency (IAEA) said");
        assert_eq!(e[0].1.as_deref(), Some("org:IAEA"));
        assert!(!e[0].3 && e[1].3, "{e:?}");
    }

    #[test]
    fn months_and_weekdays_are_not_entities_but_caseless_names_are() {
        assert!(names("On Friday, in January and Jan. 5").is_empty());
        assert_eq!(
            ids("북한은 미사일을 발사했다. 朝鲜发射了导弹。"),
            vec!["country:PRK", "country:PRK"]
        );
        assert_eq!(
            ids("Corea del Norte y Corea del Sur"),
            vec!["country:PRK", "country:KOR"]
        );
        assert_eq!(ids("the COVID-19 pandemic"), vec![""]);
        assert_eq!(
            ids("Северная Корея и Южная Корея"),
            vec!["country:PRK", "country:KOR"]
        );
    }

    #[test]
    fn caseless_names_stand_on_token_boundaries() {
        // Niue (纽埃) inside Emmanuel, Mali (マリ) inside Mario, North Korea (북한) inside
        // 남북한 are no names; the same names standing alone are.
        assert!(ids("法国总统埃马纽埃尔·马克龙访问了北京。").contains(&"country:FRA".to_string()));
        assert!(!ids("法国总统埃马纽埃尔·马克龙访问了北京。").contains(&"country:NIU".to_string()));
        assert_eq!(ids("纽埃和马里"), vec!["country:NIU", "country:MLI"]);
        assert!(ids("マリオが来た").is_empty(), "{:?}", ids("マリオが来た"));
        assert_eq!(ids("マリとニウエ"), vec!["country:MLI", "country:NIU"]);
        assert!(!ids("남북한 정상").contains(&"country:PRK".to_string()));
        assert_eq!(ids("북한은 미사일을"), vec!["country:PRK"]);
        // A name may end a dotted run's neighbour without being in it: "美国·" is no join.
        assert_eq!(ids("美国·"), vec!["country:USA"]);
    }

    #[test]
    fn german_capitalised_nouns_are_no_names() {
        let k = Knowledge::embedded();
        let de = crate::lexicon::get("de").unwrap();
        let names = |t: &str| -> Vec<(String, Option<String>)> {
            entities(t, &words(t), &k, de)
                .into_iter()
                .map(|e| (e.span.slice(t).to_string(), e.id))
                .collect()
        };
        assert!(names(
            "Bei dem Unglück starben 2.500 Menschen, der Schaden beträgt 3 Milliarden Euro."
        )
        .is_empty());
        let got = names("Die Bundesministerin Anna Weber reiste von Deutschland nach Berlin.");
        let surface: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(surface, ["Anna Weber", "Deutschland", "Berlin"], "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("country:DEU"));
        // Regression: given names that are also German words stay in the name (a list of
        // names read as German lost "Samuel" from "Samuel Linton").
        let got = names("Die Gäste waren Samuel Linton, Anna Barton, Elena Kelford.");
        let surface: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(surface, ["Samuel Linton", "Anna Barton", "Elena Kelford"]);
        // A name that starts a sentence is still one; an acronym too.
        let got = names("Deutschland und die EU verhandeln.");
        let surface: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(surface, ["Deutschland", "EU"]);
        // English reads capitalised words as before: no German word list.
        assert_eq!(
            entities(
                "The Regierung met.",
                &words("The Regierung met."),
                &k,
                crate::lexicon::english()
            )
            .len(),
            1
        );
    }

    #[test]
    fn currency_prefixes_are_not_names() {
        assert!(names("stole US$50 million and USD 5m, C$3").is_empty());
    }
}
