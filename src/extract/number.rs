//! Quantities: numbers in digits or words, with scale words, currencies, percentages, ranges and
//! hedges, normalised to a value so that "US$50 million", "$50m", "USD 50 million" and
//! "50,000,000 dollars" compare equal. Ordinals in digits ("19th"), compounds ("40-year") and
//! numbers with a unit written on ("30km") count as their number; years, decades, day numbers
//! of dates, times and the digits inside names ("COVID-19", "3D") are not quantities.

use super::date::{ago_at, any_digit, is_year_at, month_of, season_end};
use super::text::Tok;
use super::{Hedge, Quantity, QuantityUnit};
use crate::lexicon::{common, Lexicon};
use crate::model::Span;

/// The value of a number written as one lower-case English word, cardinal or ordinal: "nine"
/// → 9, "twenty-one" → 21, "third" → 3. Used where the extractor leaves such words alone (a
/// lone "one", ordinals in words) but a comparison needs to know them. Other languages:
/// [`Lexicon::word_value`].
pub fn word_value(w: &str) -> Option<f64> {
    crate::lexicon::english().word_value(w)
}

/// The currency of a code or currency word (lower case): ISO codes in every language, then
/// the language's own words.
fn currency_word<'l>(lex: &'l Lexicon, lower: &str) -> Option<&'l str> {
    common()
        .currencies
        .codes
        .get(lower)
        .or_else(|| lex.currencies.words.get(lower))
        .map(String::as_str)
}

/// The hedge written right before byte `start` (two-word hedges first): (hedge, its start).
fn hedge_before(text: &str, toks: &[Tok], start: usize, lex: &Lexicon) -> Option<(Hedge, usize)> {
    let k = toks.partition_point(|t| t.end <= start);
    let w = |k: usize| toks[k].s(text).to_lowercase();
    let gap_ok = |g: &str| g.chars().all(|c| c == ' ' || c == '\u{a0}') && !g.is_empty();
    let near = |a: usize| gap_ok(&text[toks[a].end..start]);
    let h = &lex.hedges;
    let hedge = |phrase: &str| {
        [
            (&h.about, Hedge::About),
            (&h.nearly, Hedge::Nearly),
            (&h.at_least, Hedge::AtLeast),
            (&h.at_most, Hedge::AtMost),
        ]
        .into_iter()
        .find(|(words, _)| words.contains(phrase))
        .map(|(_, h)| h)
    };
    if k >= 2 && near(k - 1) && gap_ok(&text[toks[k - 2].end..toks[k - 1].start]) {
        if let Some(h) = hedge(&format!("{} {}", w(k - 2), w(k - 1))) {
            return Some((h, toks[k - 2].start));
        }
    }
    if k >= 1 && near(k - 1) {
        if let Some(h) = hedge(&w(k - 1)) {
            return Some((h, toks[k - 1].start));
        }
    }
    None
}

/// A number just read: value, token range [i, j) it covers and its byte span.
#[derive(Debug, Clone)]
struct Num {
    value: f64,
    start: usize,
    end: usize,
    /// Index of the token after the number.
    next: usize,
    /// A scale was applied ("million").
    scaled: bool,
    /// The factor to the value the digits have with the other decimal symbol, when they are
    /// ambiguous and the language unsure ([`other_reading`]).
    alt: Option<f64>,
}

/// The value of digits with separators, read with the decimal symbol and grouping symbols of
/// `lex` ("1,234.5" in English, "1.234,5" in German). A point or comma that is neither is read
/// the English way ("2.5" in a language that groups with spaces).
fn parse_digits(s: &str, lex: &Lexicon) -> Option<f64> {
    let decimal = lex.decimal_symbol();
    let (decimal, group): (char, &dyn Fn(char) -> bool) = if s
        .chars()
        .all(|c| c.is_ascii_digit() || c == decimal || lex.is_group_symbol(c))
    {
        (decimal, &|c| lex.is_group_symbol(c))
    } else {
        ('.', &|c| c == ',')
    };
    read_digits(s, decimal, group)
}

/// Digits with one decimal symbol at most, after every grouping symbol.
fn read_digits(s: &str, decimal: char, group: &dyn Fn(char) -> bool) -> Option<f64> {
    let mut clean = String::with_capacity(s.len());
    let mut seen_decimal = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            clean.push(c);
        } else if c == decimal && !seen_decimal {
            seen_decimal = true;
            clean.push('.');
        } else if group(c) && !seen_decimal {
            // A grouping symbol before any digit ("..5") is no number.
            if clean.is_empty() {
                return None;
            }
        } else {
            return None;
        }
    }
    if clean.is_empty() || clean.starts_with('.') {
        return None;
    }
    clean.parse().ok()
}

/// Digits whose value depends on the decimal symbol: one point or comma between a head of one
/// to three digits (not a lone zero) and exactly three digits, "1.500" or "2,500" (1500 in one
/// language, 1.5 in the other). The factor from the value read with `lex` to the other value,
/// or None when the digits read one way only.
fn other_reading(s: &str, lex: &Lexicon) -> Option<f64> {
    let sep = s.find([',', '.'])?;
    let (head, tail) = (&s[..sep], &s[sep + 1..]);
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(head) && digits(tail) && (1..=3).contains(&head.len()) && tail.len() == 3)
        || head == "0"
    {
        return None;
    }
    let own = parse_digits(s, lex)?;
    let grouped: f64 = format!("{head}{tail}").parse().ok()?;
    let decimal: f64 = format!("{head}.{tail}").parse().ok()?;
    let other = if own == grouped { decimal } else { grouped };
    (own != 0.0 && other != own).then(|| other / own)
}

/// What follows the digits inside one word.
#[derive(Debug, PartialEq)]
enum Suffix {
    None,
    /// "2.5bn", "$5m".
    Scale(f64),
    /// "5th", "21st", "20th-largest".
    Ordinal,
    /// A unit or a compound: "40-year", "1,441-seat", "2,925m", "30km", "70000m2".
    Unit,
    /// A decade ("1990s"), a possessive year ("1996's"), a model or name ("5G", "3D").
    NotANumber,
}

fn suffix_kind(digits: &str, rest: &str, money: bool, lex: &Lexicon) -> Suffix {
    if rest.is_empty() {
        return Suffix::None;
    }
    let lower = rest.to_lowercase();
    let integer = !digits.contains(lex.decimal_symbol());
    if let Some(word) = lex
        .calendar
        .ordinal_suffixes
        .iter()
        .find_map(|o| lower.strip_prefix(o.as_str()))
        .filter(|_| integer && rest.chars().next().is_some_and(|c| c.is_lowercase()))
    {
        if word.is_empty() || word.starts_with('-') {
            return Suffix::Ordinal;
        }
    }
    if let Some(word) = rest.strip_prefix('-') {
        // "40-year", "16-year-old", "1,441-seat"; "1985-86" is handled as a range or season.
        if word.chars().next().is_some_and(|c| c.is_lowercase()) {
            return Suffix::Unit;
        }
        return Suffix::NotANumber;
    }
    if let Some(s) = lex.scale(&lower) {
        // "2,925m" is a length: nobody groups thousands of millions without a currency.
        if lower == "m" && !money && digits.chars().any(|c| lex.is_group_symbol(c)) {
            return Suffix::Unit;
        }
        return Suffix::Scale(s);
    }
    if rest
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && common().units.attached.contains(rest)
    {
        return Suffix::Unit;
    }
    Suffix::NotANumber
}

/// Read a number at token `i`: digits (with separators, space-grouped thousands, an attached
/// scale suffix) or words, then a following scale word. With `sure` false (the language is a
/// guess) ambiguous digits keep their other reading ([`other_reading`]).
fn read_number(text: &str, toks: &[Tok], i: usize, lex: &Lexicon, sure: bool) -> Option<Num> {
    let t = toks[i];
    let w = t.s(text);
    let first = w.chars().next()?;
    let mut num = if first.is_ascii_digit() {
        let digits_end = w
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(w.len());
        let (d, rest) = w.split_at(digits_end);
        let mut value = parse_digits(d, lex)?;
        let alt = if sure { None } else { other_reading(d, lex) };
        let mut scaled = false;
        match suffix_kind(d, rest, sign_before(text, t.start).is_some(), lex) {
            Suffix::None => {}
            Suffix::Scale(s) => {
                value *= s;
                scaled = true;
            }
            // "5th", "20th-largest", "40-year", "2,925m": the number itself counts.
            Suffix::Ordinal | Suffix::Unit => scaled = true,
            Suffix::NotANumber => return None,
        }
        let mut end = t.end;
        let mut next = i + 1;
        // "1 000 000": groups of three digits after a short head.
        if !scaled && !d.contains([',', '.']) && d.len() <= 3 {
            let mut v = d.to_string();
            while let Some(n) = toks.get(next) {
                let g = n.s(text);
                let gap = &text[end..n.start];
                if g.len() == 3
                    && g.bytes().all(|b| b.is_ascii_digit())
                    && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
                {
                    v.push_str(g);
                    end = n.end;
                    next += 1;
                } else {
                    break;
                }
            }
            value = v.parse().ok()?;
        }
        Num {
            value,
            start: t.start,
            end,
            next,
            scaled,
            alt,
        }
    } else {
        let lw = w.to_lowercase();
        let mut value;
        let mut next = i + 1;
        let mut end = t.end;
        let numbers = &lex.numbers;
        if numbers.articles.contains(&lw) {
            // "a million", "a dozen", "a hundred".
            let n = toks.get(i + 1)?;
            let nw = n.s(text).to_lowercase();
            value = *numbers
                .multipliers
                .get(&nw)
                .or_else(|| numbers.scale_words.get(&nw))?;
            next = i + 2;
            end = n.end;
        } else {
            value = lex.small_number(&lw)?;
        }
        // "two hundred", "three thousand", "one hundred and twenty".
        while let Some(n) = toks.get(next) {
            let nw = n.s(text).to_lowercase();
            if let Some(m) = numbers.multipliers.get(&nw).filter(|_| value < 100.0) {
                value *= m;
            } else if let Some(v) = lex
                .small_number(&nw)
                .filter(|_| value >= 100.0 && value % 100.0 == 0.0)
            {
                value += v;
            } else if numbers.conjunctions.contains(&nw)
                && value >= 100.0
                && toks
                    .get(next + 1)
                    .is_some_and(|m| lex.small_number(&m.s(text).to_lowercase()).is_some())
            {
                next += 1;
                continue;
            } else {
                break;
            }
            end = n.end;
            next += 1;
        }
        // "one" alone is a pronoun or determiner far more often than a count.
        if numbers.lone_pronouns.contains(&lw)
            && next == i + 1
            && !toks.get(next).is_some_and(|n| {
                lex.scale(&n.s(text).to_lowercase())
                    .is_some_and(|s| s >= 1e3)
            })
        {
            return None;
        }
        Num {
            value,
            start: t.start,
            end,
            next,
            scaled: false,
            alt: None,
        }
    };
    if !num.scaled {
        scale_after(text, toks, &mut num, lex);
    }
    Some(num)
}

/// Apply a scale word written after the number ("400 million", "2.5 bn"); returns the scale.
fn scale_after(text: &str, toks: &[Tok], num: &mut Num, lex: &Lexicon) -> Option<f64> {
    let n = toks.get(num.next)?;
    let nw = n.s(text).to_lowercase();
    let gap = &text[num.end..n.start];
    if !(gap.trim().is_empty() && gap.len() <= 2 && nw.len() > 1 && nw != "b") {
        return None;
    }
    let s = lex.scale(&nw)?;
    num.value *= s;
    num.end = n.end;
    // "3,2 Mrd. Euro": the abbreviation's point belongs to it.
    if lex.numbers.scale_suffixes.contains_key(&nw) && text[n.end..].starts_with('.') {
        num.end += 1;
    }
    num.next += 1;
    num.scaled = true;
    Some(s)
}

/// The currency sign written right before byte `pos`, with its start.
fn sign_before(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let before = &text[..pos];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    common()
        .currencies
        .signs
        .iter()
        .find(|(s, _)| trimmed.ends_with(s.as_str()))
        .map(|(s, code)| (code.as_str(), trimmed.len() - s.len()))
}

/// Is token `i` inside a date or time ("7 February", "February 7", "10:30", "2022-02-07")?
fn part_of_date(text: &str, toks: &[Tok], i: usize, lex: &Lexicon) -> bool {
    let t = toks[i];
    let w = t.s(text);
    if w.contains('-') && w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let parts: Vec<&str> = w.split('-').collect();
        if parts.len() == 3 && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return true;
        }
    }
    let next_is_month = toks.get(i + 1).is_some_and(|n| {
        text[t.end..n.start].trim().is_empty() && month_of(text, toks, i + 1, lex).is_some()
    });
    let prev_is_month = i > 0
        && text[toks[i - 1].end..t.start]
            .trim_end_matches('.')
            .trim()
            .is_empty()
        && month_of(text, toks, i - 1, lex).is_some();
    let day = lex
        .calendar
        .ordinal_suffixes
        .iter()
        .find_map(|o| w.strip_suffix(o.as_str()))
        .unwrap_or(w);
    let small_day = day.len() <= 2 && !day.is_empty() && day.bytes().all(|b| b.is_ascii_digit());
    let time = text[t.end..].starts_with(':')
        || (i > 0
            && text[..t.start].ends_with(':')
            && toks[i - 1].s(text).bytes().all(|b| b.is_ascii_digit()));
    (small_day && (next_is_month || prev_is_month)) || time
}

/// Extract the quantities of `text`, in document order, reading digits with the decimal and
/// grouping symbols of `lex`; `sure` says whether the language is known for sure
/// ([`crate::model::Document::lang_sure`]): when not, a number whose digits mean another
/// value with the other decimal symbol keeps that reading too ([`Quantity::other_reading`]).
pub(crate) fn quantities(text: &str, toks: &[Tok], lex: &Lexicon, sure: bool) -> Vec<Quantity> {
    if lex.unspaced {
        return unspaced_quantities(text, lex);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].s(text);
        let first = w.chars().next().unwrap_or(' ');
        if !(first.is_ascii_digit() || first.is_alphabetic()) || part_of_date(text, toks, i, lex) {
            i += 1;
            continue;
        }
        // "two weeks ago" is a date, not a count.
        if let Some((_, next)) = ago_at(text, toks, i, lex) {
            i = next;
            continue;
        }
        // "10-20" written as one token.
        let joined = first.is_ascii_digit()
            && w.split_once('-').is_some_and(|(a, b)| {
                a.bytes()
                    .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
                    && b.bytes().next().is_some_and(|c| c.is_ascii_digit())
            });
        let (num, joined_to) = if joined {
            let mut parts = w.splitn(2, '-');
            let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let alt = |p: &str| if sure { None } else { other_reading(p, lex) };
            match (parse_digits(a, lex), parse_digits(b, lex)) {
                // "2002-2006", "1985-86": a span of years, a date.
                _ if is_year_value(a) && (is_year_value(b) || b.len() == 2) => (None, None),
                // "4-1": a score or a ratio, two numbers.
                (Some(x), Some(y)) if y < x => {
                    let cut = toks[i].start + a.len();
                    for (v, sp) in [
                        (x, Span::new(toks[i].start, cut)),
                        (y, Span::new(cut + 1, toks[i].end)),
                    ] {
                        out.push(Quantity {
                            span: sp,
                            value: v,
                            to: None,
                            unit: QuantityUnit::Plain,
                            hedge: None,
                            other_reading: None,
                        });
                    }
                    i += 1;
                    continue;
                }
                (Some(x), Some(y)) => {
                    let mut n = Num {
                        value: x,
                        start: toks[i].start,
                        end: toks[i].end,
                        next: i + 1,
                        scaled: false,
                        alt: alt(a).filter(|f| alt(b) == Some(*f)),
                    };
                    // "$2-3 billion": the scale applies to both ends.
                    let s = scale_after(text, toks, &mut n, lex).unwrap_or(1.0);
                    (Some(n), Some(y * s))
                }
                _ => (None, None),
            }
        } else {
            (read_number(text, toks, i, lex, sure), None)
        };
        let Some(mut num) = num else {
            i += 1;
            continue;
        };
        // "1985 – 86": the end of a season, a date.
        if i > 0
            && is_year_at(text, toks, i - 1, lex)
            && season_end(text, toks[i - 1].end, toks[i], year_of(toks[i - 1].s(text))).is_some()
        {
            i += 1;
            continue;
        }
        let sign = sign_before(text, num.start);
        // A bare year is a date, not a quantity.
        if joined_to.is_none() && sign.is_none() && !num.scaled && is_year_at(text, toks, i, lex) {
            i += 1;
            continue;
        }
        let mut start = num.start;
        let mut unit = QuantityUnit::Plain;
        if let Some((code, s)) = sign {
            unit = QuantityUnit::Money(code.to_string());
            start = s;
        } else if i > 0 && text[toks[i - 1].end..num.start].trim().is_empty() {
            let pw = toks[i - 1].s(text);
            if pw.len() == 3 && pw.chars().all(|c| c.is_ascii_uppercase()) {
                if let Some(code) = currency_word(lex, &pw.to_lowercase()) {
                    unit = QuantityUnit::Money(code.to_string());
                    start = toks[i - 1].start;
                }
            }
        }
        let hedge = hedge_before(text, toks, start, lex);

        // Ranges: "10-20" (one token), "10 to 20", "10–20", "between 3 and 5".
        let mut to = joined_to;
        if to.is_none() {
            if let Some(n) = toks.get(num.next) {
                let gap = &text[num.end..n.start];
                let nw = n.s(text).to_lowercase();
                let n = &lex.numbers;
                let is_between =
                    |k: usize| n.range_between.contains(&toks[k].s(text).to_lowercase());
                let between = i >= 1 && is_between(i - 1)
                    || (start < num.start && i >= 2 && is_between(i - 2));
                let dash = matches!(gap.trim(), "-" | "\u{2013}" | "\u{2014}");
                let word_link = gap.trim().is_empty()
                    && (n.range_to.contains(&nw) || (between && n.range_and.contains(&nw)));
                let second_at = if dash {
                    Some(num.next)
                } else if word_link {
                    Some(num.next + 1)
                } else {
                    None
                };
                if let Some(k) = second_at.filter(|&k| k < toks.len()) {
                    let sign2 = sign_before(text, toks[k].start).filter(|(_, s)| *s > num.end);
                    if !is_year_at(text, toks, k, lex) || sign2.is_some() || num.scaled {
                        if let Some(second) = read_number(text, toks, k, lex, sure) {
                            if second.value >= num.value || second.scaled {
                                let mut first = num.value;
                                if second.scaled && !num.scaled {
                                    // "2 to 3 million"
                                    first *= second.value
                                        / raw_value(text, toks, k, lex).unwrap_or(second.value);
                                }
                                num.value = first;
                                // One reading for both ends, or none kept.
                                if num.alt != second.alt {
                                    num.alt = None;
                                }
                                to = Some(second.value);
                                num.end = second.end;
                                num.next = second.next;
                            }
                        }
                    }
                }
            }
        }

        // Percent and currency after the number.
        let after = &text[num.end..];
        let after_t = after.trim_start_matches([' ', '\u{a0}']);
        if after.starts_with('%') || after_t.starts_with('%') && after.len() - after_t.len() <= 1 {
            num.end += after.len() - after_t.len() + 1;
            unit = QuantityUnit::Percent;
            while toks.get(num.next).is_some_and(|t| t.start < num.end) {
                num.next += 1;
            }
        } else if let Some(n) = toks.get(num.next) {
            let nw = n.s(text).to_lowercase();
            let gap = &text[num.end..n.start];
            if gap.trim().is_empty() && gap.len() <= 2 {
                let percent = &lex.numbers.percent;
                let two = toks
                    .get(num.next + 1)
                    .map(|c| format!("{nw} {}", c.s(text).to_lowercase()));
                if percent.contains(&nw) {
                    unit = QuantityUnit::Percent;
                    num.end = n.end;
                    num.next += 1;
                } else if two.is_some_and(|t| percent.contains(&t)) {
                    unit = QuantityUnit::Percent;
                    num.end = toks[num.next + 1].end;
                    num.next += 2;
                } else if unit == QuantityUnit::Plain {
                    // "50 US dollars", "50 dollars", "50 euros".
                    let (cw, cend, skip) = if lex.currencies.country_prefixes.contains(&nw)
                        && toks.get(num.next + 1).is_some()
                    {
                        let d = toks[num.next + 1];
                        (d.s(text).to_lowercase(), d.end, 2)
                    } else {
                        (nw.clone(), n.end, 1)
                    };
                    let strict =
                        n.s(text).len() == 3 && n.s(text).chars().all(|c| c.is_ascii_uppercase());
                    if let Some(code) = currency_word(lex, &cw)
                        .filter(|_| cw.len() != 3 || strict || skip == 2)
                        .filter(|_| !lex.currencies.ambiguous.contains(&cw) || strict)
                    {
                        unit = QuantityUnit::Money(code.to_string());
                        num.end = cend;
                        num.next += skip;
                    }
                }
            }
        }
        let hedge = hedge.map(|(h, s)| {
            start = s;
            h
        });
        out.push(Quantity {
            span: Span::new(start, num.end),
            value: num.value,
            to,
            unit,
            hedge,
            other_reading: num.alt,
        });
        i = num.next.max(i + 1);
    }
    out
}

/// A number read in the running text of an unspaced language: its value, its byte span and
/// whether a scale or multiplier character was applied.
#[derive(Debug, Clone, Copy)]
struct Unspaced {
    value: f64,
    start: usize,
    end: usize,
    scaled: bool,
    /// The factor the scale characters written onto digits applied ("3亿": 10⁸), to carry to
    /// the first end of a range ("2-3亿"); 1 for numeral characters.
    factor: f64,
}

/// The longest key of a set of words that `text` starts with.
fn word_at<'w>(words: &'w crate::lexicon::Words, text: &str) -> Option<&'w str> {
    Lexicon::longest_at(words.iter().map(|w| (w, &())), text).map(|(k, _)| k)
}

/// The scale characters written straight after a number at byte `end` ("万", "亿", "万亿",
/// "억", "천억"), multiplied in: (factor, end). Chained scales multiply ("3천억" = 3 × 10¹¹).
fn scales_after(text: &str, mut end: usize, lex: &Lexicon) -> (f64, usize) {
    let mut factor = 1.0;
    while let Some((k, &s)) = Lexicon::longest_at(&lex.numbers.scale_suffixes, &text[end..]) {
        factor *= s;
        end += k.len();
    }
    (factor, end)
}

/// Digits at byte `start` (ASCII or full-width, with the language's decimal and grouping
/// symbols between digits), then numeral multipliers and scale characters written onto them
/// ("5000", "1.2万", "５０００", "5千", "3억"). None when the digits belong to a word of
/// Latin letters ("COVID-19", "5G"), a time ("10:30") or an ISO date.
fn unspaced_digits(text: &str, start: usize, lex: &Lexicon) -> Option<Unspaced> {
    let mut back = text[..start].chars().rev();
    let (before, before2) = (back.next(), back.next());
    // "COVID-19", "G7", the minutes of "10:30".
    if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == '_')
        || before == Some('-') && before2.is_some_and(|b| b.is_ascii_alphabetic())
        || before == Some(':') && before2.is_some_and(|b| any_digit(b).is_some())
    {
        return None;
    }
    let mut ascii = String::new();
    let mut end = start;
    let mut it = text[start..].char_indices().peekable();
    while let Some((k, c)) = it.next() {
        if let Some(d) = any_digit(c) {
            ascii.push(char::from_digit(d, 10)?);
            end = start + k + c.len_utf8();
        } else if (c == '.' || c == ',' || c == lex.decimal_symbol() || lex.is_group_symbol(c))
            && it.peek().is_some_and(|&(_, n)| any_digit(n).is_some())
            && c != ' '
        {
            ascii.push(c);
        } else {
            break;
        }
    }
    let rest = &text[end..];
    let next = rest.chars().next();
    if next == Some(':') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if next == Some('-') && iso(&text[start..]) {
        return None;
    }
    let raw = parse_digits(&ascii, lex)?;
    let mut value = raw;
    let mut scaled = false;
    if next.is_some_and(|c| c.is_ascii_alphabetic()) {
        // "30km" is its number; "5G" and "3D" are names.
        let letters: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !common().units.attached.contains(&letters) {
            return None;
        }
        return Some(Unspaced {
            value,
            start,
            end: end + letters.len(),
            scaled: true,
            factor: 1.0,
        });
    }
    // "5千", "3百万": multipliers, then scales.
    while let Some(crate::lexicon::Numeral::Multiplier(m)) =
        text[end..].chars().next().and_then(|c| lex.numeral(c))
    {
        value *= m;
        end += text[end..].chars().next().map_or(0, char::len_utf8);
        scaled = true;
    }
    let (factor, e) = scales_after(text, end, lex);
    if e > end {
        value *= factor;
        end = e;
        scaled = true;
        // "3억5천만": a smaller group written on after a scale adds to it.
        if text[end..].starts_with(|c: char| any_digit(c).is_some()) {
            if let Some(more) = unspaced_digits(text, end, lex) {
                if more.scaled && more.value < factor {
                    value += more.value;
                    end = more.end;
                }
            }
        }
    }
    Some(Unspaced {
        value,
        start,
        end,
        scaled,
        factor: if raw > 0.0 { value / raw } else { 1.0 },
    })
}

/// Does `text` start with an ISO date ("2022-02-07")?
fn iso(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(k, c)| {
            if k == 4 || k == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Numeral characters at byte `start` ("三百六十" = 360, "两千" = 2000, "一百万" = 10⁶,
/// "二〇二二" = 2022, "两百五十万" = 2,500,000), read positionally: digits times the
/// multipliers below the first scale, each group times its scale. A run needs a digit ("十分"
/// and "百万" alone are words), and a lone pronoun ("一") counts only before a scale.
fn unspaced_numerals(text: &str, start: usize, lex: &Lexicon) -> Option<Unspaced> {
    use crate::lexicon::Numeral;
    let (mut total, mut section, mut digit) = (0.0f64, 0.0f64, None::<f64>);
    let (mut digits, mut only_digits, mut plain) = (String::new(), true, String::new());
    let mut last_scale = f64::INFINITY;
    let mut scaled = false;
    let mut end = start;
    loop {
        let rest = &text[end..];
        let Some(c) = rest.chars().next() else { break };
        if let Some(n) = lex.numeral(c) {
            match n {
                Numeral::Digit(d) => {
                    digits.push(char::from_digit(d, 10)?);
                    digit = Some(d as f64);
                }
                Numeral::Multiplier(m) => {
                    section += digit.unwrap_or(1.0) * m;
                    digit = None;
                    only_digits = false;
                }
            }
            plain.push(c);
            end += c.len_utf8();
            continue;
        }
        match Lexicon::longest_at(&lex.numbers.scale_suffixes, rest) {
            Some((k, &s)) if !(section == 0.0 && digit.is_none() && total == 0.0) => {
                let group = section + digit.unwrap_or(0.0);
                total = if s > last_scale {
                    (total + group) * s
                } else {
                    total + group * s
                };
                last_scale = s;
                section = 0.0;
                digit = None;
                only_digits = false;
                scaled = true;
                end += k.len();
            }
            _ => break,
        }
    }
    if digits.is_empty() {
        return None;
    }
    // "一两", "三四": two neighbouring digits are a guess ("one or two"), no count.
    let d = digits.as_bytes();
    if only_digits && d.len() == 2 && d[1] == d[0] + 1 {
        return None;
    }
    let value = if only_digits && digits.len() > 1 {
        digits.parse().ok()?
    } else {
        total + section + digit.unwrap_or(0.0)
    };
    if !scaled && lex.numbers.lone_pronouns.contains(&plain) {
        return None;
    }
    Some(Unspaced {
        value,
        start,
        end,
        scaled: scaled || !only_digits,
        factor: 1.0,
    })
}

/// A number of an unspaced language at byte `p`: digits or numeral characters.
fn unspaced_number(text: &str, p: usize, lex: &Lexicon) -> Option<Unspaced> {
    let c = text[p..].chars().next()?;
    if any_digit(c).is_some() {
        unspaced_digits(text, p, lex)
    } else if lex.numeral(c).is_some() {
        unspaced_numerals(text, p, lex)
    } else {
        None
    }
}

/// The quantities of a text in an unspaced language (Chinese, Japanese, Korean): numbers in
/// digits or numeral characters, with the scale, currency and percent words written onto them
/// ("25亿美元", "3억원을", "1.2万", "50%", "百分之五十"), ranges ("10至20"), signs ("¥500").
/// The words after a number are the beginning of the text after it, longest first, after one
/// space at most ("3억 달러"). Numbers after an ordinal prefix ("第三") are no count, nor is a
/// bare year in digits (four digits, 1000–2100, with nothing written onto them).
fn unspaced_quantities(text: &str, lex: &Lexicon) -> Vec<Quantity> {
    let n = &lex.numbers;
    let mut out = Vec::new();
    let mut p = 0;
    while p < text.len() {
        let rest = &text[p..];
        let Some(c) = rest.chars().next() else { break };
        // "百分之五十": the prefix makes the number after it a percentage.
        let prefix = n
            .percent_prefixes
            .iter()
            .find(|w| !w.is_empty() && rest.starts_with(w.as_str()));
        let at = p + prefix.map_or(0, |w| w.len());
        let ordinal = n
            .ordinal_prefixes
            .iter()
            .any(|w| !w.is_empty() && text[..p].ends_with(w.as_str()));
        let Some(mut num) = unspaced_number(text, at, lex) else {
            p += prefix.map_or(c.len_utf8(), |w| w.len());
            // Numerals that are no count ("一两", "百万富翁"): the rest of them too.
            if lex.numeral(c).is_some() && prefix.is_none() {
                p += text[p..]
                    .find(|c: char| lex.numeral(c).is_none())
                    .unwrap_or(text.len() - p);
            }
            // Digits that are no number ("5G", "2022-02-07", "10:30"): the rest of them too.
            if any_digit(c).is_some() && prefix.is_none() {
                p += text[p..]
                    .find(|c: char| {
                        !(c.is_ascii_alphanumeric()
                            || any_digit(c).is_some()
                            || "-:.,_".contains(c))
                    })
                    .unwrap_or(text.len() - p);
            }
            continue;
        };
        if ordinal && any_digit(c).is_none() {
            p = num.end;
            continue;
        }
        let mut start = prefix.map_or(num.start, |_| p);
        let mut unit = if prefix.is_some() {
            QuantityUnit::Percent
        } else {
            QuantityUnit::Plain
        };
        // A range: "10至20", "2-3亿美元" (the second end's scale applies to the first).
        let mut to = None;
        if let Some(w) = word_at(&n.range_to, &text[num.end..]) {
            if let Some(second) = unspaced_number(text, num.end + w.len(), lex) {
                if second.value >= num.value || second.scaled && !num.scaled {
                    let mut first = num.value;
                    if second.scaled && !num.scaled {
                        first *= second.factor;
                    }
                    num.value = first;
                    to = Some(second.value);
                    num.end = second.end;
                    num.scaled |= second.scaled;
                }
            }
        }
        let after = &text[num.end..];
        let spaced = after.strip_prefix(' ').unwrap_or(after);
        let gap = after.len() - spaced.len();
        if unit == QuantityUnit::Plain {
            if let Some(w) = word_at(&n.percent, after).or_else(|| word_at(&n.percent, spaced)) {
                unit = QuantityUnit::Percent;
                num.end += if after.starts_with(w) { 0 } else { gap } + w.len();
            } else if let Some((w, code)) = Lexicon::longest_at(&lex.currencies.words, after)
                .map(|(w, c)| (w, c, 0))
                .or_else(|| {
                    Lexicon::longest_at(&lex.currencies.words, spaced).map(|(w, c)| (w, c, gap))
                })
                .map(|(w, c, g)| (w.len() + g, c))
            {
                unit = QuantityUnit::Money(code.clone());
                num.end += w;
            } else {
                let code: String = spaced
                    .chars()
                    .take_while(char::is_ascii_uppercase)
                    .collect();
                if let Some(c) = (code.len() == 3)
                    .then(|| common().currencies.codes.get(&code.to_lowercase()))
                    .flatten()
                {
                    unit = QuantityUnit::Money(c.clone());
                    num.end += gap + 3;
                }
            }
        }
        if let Some((code, s)) = sign_before(text, start) {
            if unit == QuantityUnit::Plain {
                unit = QuantityUnit::Money(code.to_string());
                start = s;
            }
        }
        let written = &text[num.start..num.end];
        let year = unit == QuantityUnit::Plain
            && to.is_none()
            && !num.scaled
            && written.chars().count() == 4
            && written.chars().all(|c| any_digit(c).is_some())
            && (1000.0..=2100.0).contains(&num.value);
        if !year {
            out.push(Quantity {
                span: Span::new(start, num.end),
                value: num.value,
                to,
                unit,
                hedge: None,
                other_reading: None,
            });
        }
        p = num.end.max(p + c.len_utf8());
    }
    out
}

/// The number at token `k` without any scale, to carry a shared scale to a range's first end.
fn raw_value(text: &str, toks: &[Tok], k: usize, lex: &Lexicon) -> Option<f64> {
    let w = toks[k].s(text);
    let d: String = w
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    parse_digits(&d, lex).or_else(|| lex.small_number(&w.to_lowercase()))
}

fn year_of(s: &str) -> i32 {
    s.parse().unwrap_or(0)
}

fn is_year_value(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && (1000..=2100).contains(&s.parse::<u32>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::super::text::words;
    use super::*;

    fn q(text: &str) -> Vec<Quantity> {
        quantities(text, &words(text), crate::lexicon::english(), true)
    }
    fn one(text: &str) -> Quantity {
        let v = q(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap()
    }
    fn usd(v: f64) -> (f64, QuantityUnit) {
        (v, QuantityUnit::Money("USD".into()))
    }

    fn german(text: &str, sure: bool) -> Vec<Quantity> {
        let de = crate::lexicon::get("de").unwrap();
        quantities(text, &words(text), de, sure)
    }
    fn one_de(text: &str) -> Quantity {
        let v = german(text, true);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap()
    }
    fn eur(v: f64) -> (f64, QuantityUnit) {
        (v, QuantityUnit::Money("EUR".into()))
    }

    #[test]
    fn german_digits_have_a_decimal_comma_and_grouping_points() {
        for (t, v) in [
            ("Es kamen 2.500 Gäste.", 2500.0),
            ("Es kamen 50.000 Gäste.", 50000.0),
            ("Es kamen 1.234.567 Gäste.", 1234567.0),
            ("Es stieg um 3,2 Punkte.", 3.2),
            ("Es wog 1.234,5 Tonnen.", 1234.5),
            ("Es kamen 2 500 Gäste.", 2500.0),
            ("Es kamen 2\u{a0}500 Gäste.", 2500.0),
        ] {
            let x = one_de(t);
            assert_eq!((x.value, x.other_reading), (v, None), "{t}");
        }
        assert_eq!(one_de("um 3,2 %").unit, QuantityUnit::Percent);
        assert_eq!(one_de("um 3,2 Prozent").value, 3.2);
        // English is read as before.
        assert_eq!(one("2,500 guests").value, 2500.0);
        assert_eq!(one("1.5 tonnes").value, 1.5);
        assert_eq!(one("1,234.5 tonnes").value, 1234.5);
    }

    #[test]
    fn german_scale_words_and_abbreviations() {
        for t in [
            "ein Schaden von 3,2 Milliarden Euro",
            "ein Schaden von 3,2 Mrd. Euro",
            "ein Schaden von 3.200 Millionen Euro",
            "ein Schaden von 3,2 Mrd Euro",
        ] {
            let x = one_de(t);
            assert_eq!((x.value, x.unit), eur(3.2e9), "{t}");
        }
        let text = "ein Schaden von 3,2 Mrd. Euro.";
        assert_eq!(one_de(text).span.slice(text), "3,2 Mrd. Euro");
        // A German Billion is a million millions, not an English billion.
        assert_eq!(one_de("2 Billionen Euro").value, 2e12);
        assert_eq!(one_de("eine Billion Euro").value, 1e12);
        assert_eq!(one_de("1,5 Bio. Euro").value, 1.5e12);
        assert_eq!(one_de("5 Mio. Menschen").value, 5e6);
        assert_eq!(one_de("5 Millionen Menschen").value, 5e6);
        assert_eq!(one_de("12 Tsd. Menschen").value, 12e3);
        assert_eq!(one("2 billion euros").value, 2e9);
    }

    #[test]
    fn ambiguous_digits_keep_both_readings_when_the_language_is_unsure() {
        let read = |v: Vec<Quantity>| -> Vec<Vec<(f64, Option<f64>)>> {
            v.iter().map(|q| q.readings().collect()).collect()
        };
        // A guess at German: "2.500" is 2500, or 2.5 were it English.
        assert_eq!(
            read(german("Es kamen 2.500 Gäste.", false)),
            [[(2500.0, None), (2.5, None)]]
        );
        // A guess at English: "1.500" is 1.5, or 1500.
        let en = crate::lexicon::english();
        let t = "It weighed 1.500 tonnes and cost 2,500 dollars, 3.25 and 0.500 and 12.5.";
        let v = quantities(t, &words(t), en, false);
        assert_eq!(
            v.iter().map(|q| q.other_reading).collect::<Vec<_>>(),
            [Some(1000.0), Some(0.001), None, None, None]
        );
        // Unambiguous digits read one way only, however unsure the language.
        for t in [
            "um 3,2 Punkte",
            "1.234,5 Tonnen",
            "1.234.567 Gäste",
            "2500 Gäste",
        ] {
            let v = german(t, false);
            assert!(v.iter().all(|q| q.other_reading.is_none()), "{t}: {v:?}");
        }
        // A sure language reads one way.
        assert!(german("Es kamen 2.500 Gäste.", true)[0]
            .other_reading
            .is_none());
        // Ranges: one reading for both ends.
        let v = german("zwischen 1.500 und 2.500 Gäste", false);
        assert_eq!(read(v), [[(1500.0, Some(2500.0)), (1.5, Some(2.5))]]);
    }

    #[test]
    fn money_spellings_agree() {
        for t in [
            "stole US$50 million from",
            "stole $50 million from",
            "stole 50,000,000 dollars from",
            "stole USD 50m from",
            "stole $50m from",
            "stole 50 million US dollars from",
        ] {
            let x = one(t);
            assert_eq!((x.value, x.unit), usd(50e6), "{t}");
        }
        let x = one("cost €2.5bn.");
        assert_eq!(
            (x.value, x.unit),
            (2.5e9, QuantityUnit::Money("EUR".into()))
        );
        assert_eq!(one("£3 billion").unit, QuantityUnit::Money("GBP".into()));
        assert_eq!(one("10 euros").unit, QuantityUnit::Money("EUR".into()));
        let x = one("nearly US$400 million of");
        assert_eq!(x.hedge, Some(Hedge::Nearly));
        assert_eq!(x.value, 400e6);
        let text = "generated an estimated US$2 billion for";
        let x = one(text);
        assert_eq!((x.hedge, x.value), (Some(Hedge::About), 2e9));
        assert_eq!(x.span.slice(text), "an estimated US$2 billion");
    }

    #[test]
    fn plain_and_spelled_numbers() {
        assert_eq!(one("carried out nine launches").value, 9.0);
        assert_eq!(one("twenty-one people").value, 21.0);
        assert_eq!(one("two hundred people").value, 200.0);
        assert_eq!(one("a dozen people").value, 12.0);
        assert_eq!(one("a million people").value, 1e6);
        assert_eq!(one("1 000 people").value, 1000.0);
        assert_eq!(one("2.5 tonnes").value, 2.5);
        assert_eq!(one("400 million people").value, 400e6);
        assert!(q("one of the largest in one month").is_empty());
        assert_eq!(one("one million people").value, 1e6);
    }

    #[test]
    fn percentages_ranges_and_hedges() {
        for t in [
            "rose 5%",
            "rose 5 %",
            "rose 5 per cent",
            "rose 5 percent",
            "rose five percent",
        ] {
            let x = one(t);
            assert_eq!((x.value, &x.unit), (5.0, &QuantityUnit::Percent), "{t}");
        }
        let x = one("10-20 people");
        assert_eq!((x.value, x.to), (10.0, Some(20.0)));
        let x = one("between 3 and 5 people");
        assert_eq!((x.value, x.to), (3.0, Some(5.0)));
        let x = one("10 to 20 people");
        assert_eq!((x.value, x.to), (10.0, Some(20.0)));
        let x = one("$2-3 billion");
        assert_eq!((x.value, x.to), (2e9, Some(3e9)));
        assert_eq!(one("more than 50 people").hedge, Some(Hedge::AtLeast));
        assert_eq!(one("at least seven attacks").hedge, Some(Hedge::AtLeast));
        assert_eq!(one("less than 5 people").hedge, Some(Hedge::AtMost));
        assert_eq!(one("up to 5 people").hedge, Some(Hedge::AtMost));
        assert_eq!(one("about 5 people").hedge, Some(Hedge::About));
        assert_eq!(one("almost 5 people").hedge, Some(Hedge::Nearly));
        assert_eq!(one("over 5 people").hedge, Some(Hedge::AtLeast));
        assert_eq!(
            one("stole more than $50 million").hedge,
            Some(Hedge::AtLeast)
        );
        assert_eq!(one("Almost $400 million").hedge, Some(Hedge::Nearly));
        assert_eq!(one("about €2 billion").hedge, Some(Hedge::About));
    }

    #[test]
    fn ordinals_compounds_units_and_scores() {
        assert_eq!(one("the 19th century").value, 19.0);
        assert_eq!(one("the 20th-largest economy").value, 20.0);
        assert_eq!(one("ranked 21st").value, 21.0);
        assert_eq!(one("her 40-year reign").value, 40.0);
        assert_eq!(one("a 1,441-seat stage").value, 1441.0);
        assert_eq!(one("a 16-year-old girl").value, 16.0);
        // Metres, not millions: thousands grouped before an attached "m".
        assert_eq!(one("standing at 2,925m").value, 2925.0);
        assert_eq!(one("standing at 2,925 m").value, 2925.0);
        assert_eq!(one("cost $5m").value, 5e6);
        assert_eq!(one("a 30km walk").value, 30.0);
        let v = q("won 4-1 at home");
        assert_eq!(
            v.iter().map(|x| (x.value, x.to)).collect::<Vec<_>>(),
            vec![(4.0, None), (1.0, None)]
        );
    }

    #[test]
    fn names_years_dates_and_ordinals_are_not_quantities() {
        assert!(q("the COVID-19 pandemic").is_empty());
        assert!(q("In 2019, the monitors").is_empty());
        assert!(q("since 2006 and between 2020 and mid-2021").is_empty());
        assert!(q("on 7 February 2022 and February 7, 2022 or 2022-02-07").is_empty());
        assert!(q("the 1990s, the mid-1970s, at 10:30, 1996's novel").is_empty());
        assert!(q("on 5th February and March 3rd").is_empty());
        assert!(q("from 2002-2006 and the 1985-86 season, 1985 – 86").is_empty());
        assert!(q("the 3D film on 5G networks").is_empty());
        assert_eq!(one("1500 soldiers").value, 1500.0);
        assert_eq!(one("$2000 fine").value, 2000.0);
    }
}

#[cfg(test)]
mod unspaced_tests {
    use super::super::text::words;
    use super::*;

    fn q(code: &str, text: &str) -> Vec<(String, f64, Option<f64>, QuantityUnit)> {
        let lex = crate::lexicon::get(code).unwrap();
        quantities(text, &words(text), lex, true)
            .into_iter()
            .map(|q| (q.span.slice(text).to_string(), q.value, q.to, q.unit))
            .collect()
    }

    fn value(code: &str, text: &str) -> (f64, QuantityUnit) {
        let v = q(code, text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        (v[0].1, v[0].3.clone())
    }
    fn plain(v: f64) -> (f64, QuantityUnit) {
        (v, QuantityUnit::Plain)
    }
    fn money(v: f64, code: &str) -> (f64, QuantityUnit) {
        (v, QuantityUnit::Money(code.into()))
    }

    #[test]
    fn digits_written_against_han_and_hangul() {
        assert_eq!(value("zh", "派出5000名士兵"), plain(5000.0));
        assert_eq!(value("zh", "行驶600公里"), plain(600.0));
        assert_eq!(value("zh", "派出5,000名士兵"), plain(5000.0));
        assert_eq!(value("zh", "派出５０００名士兵"), plain(5000.0));
        assert_eq!(value("ko", "미사일 12발을 발사했다"), plain(12.0));
        assert_eq!(value("ja", "5000人が"), plain(5000.0));
        // The span is the number and what is written onto it, on character boundaries.
        let text = "耗资25亿美元。";
        assert_eq!(q("zh", text)[0].0, "25亿美元");
    }

    #[test]
    fn scale_characters_multiply() {
        assert_eq!(value("zh", "1.2万人"), plain(12000.0));
        assert_eq!(value("zh", "25亿"), plain(2.5e9));
        assert_eq!(value("zh", "3万亿"), plain(3e12));
        assert_eq!(value("zh", "5千人"), plain(5000.0));
        assert_eq!(value("zh", "3百万"), plain(3e6));
        assert_eq!(value("zh", "30萬"), plain(3e5));
        assert_eq!(value("ja", "3億円"), money(3e8, "JPY"));
        assert_eq!(value("ko", "3억원을"), money(3e8, "KRW"));
        assert_eq!(value("ko", "5만 명"), plain(5e4));
        assert_eq!(value("ko", "3천억 달러"), money(3e11, "USD"));
        assert_eq!(value("ko", "3억5천만 달러"), money(3.5e8, "USD"));
    }

    #[test]
    fn numeral_characters_read_positionally() {
        for (t, v) in [
            ("三百六十天", 360.0),
            ("两千人", 2000.0),
            ("十二个", 12.0),
            ("二十人", 20.0),
            ("一百万人", 1e6),
            ("一百零五人", 105.0),
            ("两百五十万个部分", 2.5e6),
            ("一亿五千万", 1.5e8),
            ("一万纳秒", 1e4),
            ("三十亿碱基对", 3e9),
            ("二〇二二", 2022.0),
        ] {
            assert_eq!(value("zh", t), plain(v), "{t}");
        }
        assert_eq!(value("ja", "三百六十日"), plain(360.0));
        // A lone "一" is "a"; ordinals and multipliers alone are words.
        for t in [
            "一些人",
            "唯一的",
            "统一",
            "第三次",
            "十分重要",
            "百万富翁",
            "一两件事",
        ] {
            assert!(q("zh", t).is_empty(), "{t}: {:?}", q("zh", t));
        }
    }

    #[test]
    fn currencies_percentages_and_ranges() {
        assert_eq!(value("zh", "25亿美元"), money(2.5e9, "USD"));
        assert_eq!(value("zh", "5欧元"), money(5.0, "EUR"));
        assert_eq!(value("zh", "100日元"), money(100.0, "JPY"));
        assert_eq!(value("zh", "100元"), money(100.0, "CNY"));
        assert_eq!(value("zh", "3亿人民币"), money(3e8, "CNY"));
        assert_eq!(value("zh", "20英镑"), money(20.0, "GBP"));
        assert_eq!(value("zh", "20 USD"), money(20.0, "USD"));
        assert_eq!(value("zh", "$20"), money(20.0, "USD"));
        assert_eq!(value("ja", "500円"), money(500.0, "JPY"));
        assert_eq!(value("ko", "50달러"), money(50.0, "USD"));
        for (code, t) in [
            ("zh", "增长50%"),
            ("zh", "增长50％"),
            ("zh", "增长百分之五十"),
            ("ja", "50パーセント"),
            ("ko", "50퍼센트"),
            ("ko", "50 %"),
        ] {
            assert_eq!(value(code, t), (50.0, QuantityUnit::Percent), "{t}");
        }
        let v = q("zh", "10至20人");
        assert_eq!((v[0].1, v[0].2), (10.0, Some(20.0)));
        let v = q("zh", "2-3亿美元");
        assert_eq!(
            (v[0].1, v[0].2, v[0].3.clone()),
            (2e8, Some(3e8), QuantityUnit::Money("USD".into()))
        );
    }

    #[test]
    fn names_times_and_bare_years_are_not_quantities() {
        for t in [
            "COVID-19疫情",
            "5G网络",
            "10:30开会",
            "2022-02-07",
            "在2019，",
        ] {
            assert!(q("zh", t).is_empty(), "{t}: {:?}", q("zh", t));
        }
        assert_eq!(value("zh", "行驶30km"), plain(30.0));
    }
}
