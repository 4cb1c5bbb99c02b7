//! The fact tokeniser ([`spans`]), the one case and accent fold ([`fold_letter`]) and name
//! keys. Self-contained (no crate imports, no dependencies): build.rs compiles this file too, so
//! the gazetteer table it lays out is keyed exactly as run-time look-ups are.

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

/// Is `c` a character of a script written without spaces between words, where each character
/// is a token of its own (Han ideographs, Hiragana, Katakana)? Hangul is written with spaces and
/// stays in words.
pub fn is_ideographic(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0x20000..=0x3FFFF) // CJK Extensions B and later
}

/// Is `c` a Hangul letter (jamo, compatibility jamo or a syllable)?
pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF)
}

/// A writing system, as far as telling two versions' languages apart needs: two versions
/// whose letters are mostly of two of these are in two languages, however short they are.
/// Han and kana are one (Japanese writes both; Chinese names stand in Japanese text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Indic,
    Thai,
    HanKana,
    Hangul,
}

/// The [`Script`] of a letter; None for anything else (digits, punctuation, marks, symbols).
pub fn script_of(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    Some(match c as u32 {
        0..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF5A => {
            Script::Latin
        }
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0530..=0x058F => Script::Armenian,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF => Script::Georgian,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0900..=0x0DFF => Script::Indic,
        0x0E00..=0x0E7F => Script::Thai,
        _ if is_hangul(c) => Script::Hangul,
        0x3005 | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::HanKana,
        _ if is_ideographic(c) => Script::HanKana,
        _ => return None,
    })
}

/// The script of more than half the letters among the first `MAIN_SCRIPT_BYTES` bytes of
/// `text` (None without letters or without a majority). Linear, reads a bounded prefix.
pub fn main_script(text: &str) -> Option<Script> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut letters = 0usize;
    for (i, c) in text.char_indices() {
        if i >= MAIN_SCRIPT_BYTES {
            break;
        }
        if let Some(s) = script_of(c) {
            letters += 1;
            match counts.iter_mut().find(|(x, _)| *x == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    counts
        .into_iter()
        .find(|&(_, n)| n * 2 > letters)
        .map(|(s, _)| s)
}

/// How much of a text [`main_script`] reads: enough for any story's opening paragraphs.
pub const MAIN_SCRIPT_BYTES: usize = 64 * 1024;

/// Is `c` a letter of a script whose words may be written against digits with no space between
/// ("5000名", "12발", "25亿"): Han, kana or Hangul?
fn is_cjk_letter(c: char) -> bool {
    is_ideographic(c) || is_hangul(c)
}

/// Split `text` into word tokens in one linear pass: the one tokeniser of the pipeline. A word
/// is a run of alphanumerics that may hold an apostrophe or hyphen between alphanumerics
/// ("don't", "Korea’s", "COVID-19", "mid-2021", "2022-02-07"), a comma or point between digits
/// ("1,000", "2.5") and the points of a dotted abbreviation ("U.S.", "U.N.", "D.C."). A Han or
/// kana character is a word of its own, and digits written against CJK letters are a word apart
/// from them ("5000名" is "5000" and "名"). Everything else separates words.
pub fn spans(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        if is_ideographic(c) {
            out.push(Tok {
                start,
                end: start + c.len_utf8(),
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut prev = c;
        // Single letters joined by points so far ("U.S."): keeps the final point too.
        let mut dotted = c.is_uppercase();
        let mut letters_since_dot = 1;
        while let Some(&(i, d)) = it.peek() {
            if is_ideographic(d)
                || (d.is_alphanumeric()
                    && (prev.is_ascii_digit() && is_cjk_letter(d)
                        || is_cjk_letter(prev) && d.is_ascii_digit()))
            {
                break;
            }
            if is_combining_mark(d) {
                // A diacritic written as a mark of its own ("Seu\u{301}l", "i\u{307}" from
                // lower-casing "İ") belongs to the letter before it.
                end = i + d.len_utf8();
                it.next();
                continue;
            }
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

/// Is `c` a combining diacritical mark (the blocks of marks that attach to Latin, Greek and
/// Cyrillic letters)? Not alphanumeric to Rust, but part of the word it is written in.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Push `c` (already lower case) folded for comparison: a Latin letter with a diacritic as its
/// base letter, a ligature or ß as its letters ("é" → "e", "ß" → "ss", "œ" → "oe"). The one
/// accent fold of the pipeline: name keys, gazetteer look-up and alignment features use it.
pub fn fold_letter(c: char, out: &mut impl Extend<char>) {
    if is_combining_mark(c) {
        // The accent of a decomposed letter: folded away like a precomposed one's.
        return;
    }
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
///
/// Words written against each other (one ideograph after another, "朝鲜") are joined without a
/// space, so a name in a script without spaces keys as it is written.
pub fn name_key(name: &str) -> String {
    let mut k = String::new();
    let mut last_end = None;
    for t in spans(name) {
        let w = word_key(t.s(name));
        if w.is_empty() {
            continue;
        }
        if !k.is_empty() && last_end != Some(t.start) {
            k.push(' ');
        }
        k.push_str(&w);
        last_end = Some(t.end);
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
