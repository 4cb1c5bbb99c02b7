//! Dates: years, months, weekdays, full dates in the usual English and ISO orders, "mid-2021",
//! decades ("the 1980s", as their first year), year spans ("2002-2006", "1985-86") and relative
//! dates ("last month", "yesterday"), resolved against a reference date (the document's own
//! dateline unless the caller gives one).

use super::text::Tok;
use super::{DateRef, RelativeDate, RelativeUnit};
use crate::lexicon::Lexicon;
use crate::model::Span;

/// A calendar date (year, month, day).
pub type Ymd = (i32, u32, u32);

/// The month (1–12) named by token `i`: a capitalised full name, or an abbreviation followed by
/// a point ("Jan.", "Sept.").
pub(crate) fn month_of(text: &str, toks: &[Tok], i: usize, lex: &Lexicon) -> Option<u32> {
    let t = toks.get(i)?;
    let w = t.s(text);
    if !w.chars().next()?.is_uppercase() && !lex.calendar.lowercase_names {
        return None;
    }
    let l = w.to_lowercase();
    if let Some(m) = lex.month(&l) {
        return Some(m);
    }
    if text[t.end..].starts_with('.') {
        return lex.month_abbreviation(&l);
    }
    None
}

fn weekday_of(text: &str, toks: &[Tok], i: usize, lex: &Lexicon) -> Option<u32> {
    let w = toks.get(i)?.s(text);
    if !w.chars().next()?.is_uppercase() && !lex.calendar.lowercase_names {
        return None;
    }
    lex.weekday(&w.to_lowercase())
}

fn year_value(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        (1000..=2100).contains(&y).then_some(y)
    } else {
        None
    }
}

/// "1980s" → 1980 (a decade, as its first year).
fn decade_value(w: &str) -> Option<i32> {
    let d = w.strip_suffix('s')?;
    let y = year_value(d)?;
    (y % 10 == 0).then_some(y)
}

/// "1996's" (as in "1996's A Game of Thrones") → 1996.
fn possessive_year(w: &str) -> Option<i32> {
    year_value(
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))?,
    )
}

/// "2002-2006" → (2002, 2006); "1985-86" → (1985, 1986). The second year must follow the first,
/// within a century, from 1500 on.
fn year_span(w: &str) -> Option<(i32, i32)> {
    let (a, b) = w.split_once('-')?;
    let a = year_value(a)?;
    let b = if b.len() == 2 && b.bytes().all(|c| c.is_ascii_digit()) {
        a - a % 100 + b.parse::<i32>().ok()?
    } else {
        year_value(b)?
    };
    // "1000-1500 soldiers" is a range of counts, not of years.
    (b > a && a >= 1500 && b - a <= 100).then_some((a, b))
}

/// The two-digit year after a dash that ends a season ("1985 – 86"): its full year, when the
/// token `n` follows byte `end` (the first year's end) across a dash.
pub(crate) fn season_end(text: &str, end: usize, n: Tok, first: i32) -> Option<i32> {
    let w = n.s(text);
    let gap = text[end..n.start].trim();
    if !matches!(gap, "-" | "\u{2013}" | "\u{2014}")
        || w.len() != 2
        || !w.bytes().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let y = first - first % 100 + w.parse::<i32>().ok()?;
    (y > first).then_some(y)
}

fn day_value(w: &str, lex: &Lexicon) -> Option<u32> {
    let d = lex
        .calendar
        .ordinal_suffixes
        .iter()
        .find_map(|o| w.strip_suffix(o.as_str()))
        .unwrap_or(w);
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = d.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Is token `i` a year: four digits in 1000–2100 in a date context (after a month, a
/// preposition such as "in"/"since", or followed by punctuation, a capitalised word or "and")?
/// "1500 soldiers" is a count. Shared with the quantity extractor so nothing is counted twice.
pub(crate) fn is_year_at(text: &str, toks: &[Tok], i: usize, lex: &Lexicon) -> bool {
    let t = toks[i];
    if year_value(t.s(text)).is_none() {
        return false;
    }
    let after = &text[t.end..];
    if after.starts_with('%') || after.trim_start().starts_with('%') {
        return false;
    }
    if i > 0 {
        let gap = &text[toks[i - 1].end..t.start];
        if gap.trim().is_empty() || gap.trim() == "," {
            let p = toks[i - 1].s(text);
            if lex.calendar.year_context.contains(&p.to_lowercase())
                || month_of(text, toks, i - 1, lex).is_some()
                || (gap.trim() == "," && day_value(p, lex).is_some())
            {
                return true;
            }
        }
        if gap.ends_with("$") || gap.ends_with(['€', '£', '¥']) {
            return false;
        }
    }
    match toks.get(i + 1) {
        None => true,
        Some(n) => {
            let gap = &text[t.end..n.start];
            let w = n.s(text);
            !gap.trim().is_empty()
                || w.chars().next().is_some_and(|c| c.is_uppercase())
                || lex.calendar.before_year_end.contains(w)
        }
    }
}

/// "two weeks ago", "a year ago", "14 days ago" starting at token `i`: a count (digits, a
/// number word or an article), a time unit of the lexicon's `[units]` (days to decades) and
/// an `ago` word of `[relative]`. Returns the relative date and the index of the token after
/// it. Shared with the quantity extractor, which leaves the count to the date.
pub(crate) fn ago_at(
    text: &str,
    toks: &[Tok],
    i: usize,
    lex: &Lexicon,
) -> Option<(RelativeDate, usize)> {
    let rel = &lex.relative;
    if rel.ago.is_empty() {
        return None;
    }
    let (n, u, a) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    let spaced = |x: &Tok, y: &Tok| {
        x.end < y.start
            && text[x.end..y.start]
                .chars()
                .all(|c| c == ' ' || c == '\u{a0}')
    };
    if !spaced(n, u) || !spaced(u, a) || !rel.ago.contains(&a.s(text).to_lowercase()) {
        return None;
    }
    let w = n.s(text).to_lowercase();
    let amount: i64 = if !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
        w.parse().ok()?
    } else if lex.numbers.articles.contains(&w) {
        1
    } else {
        lex.small_number(&w)? as i64
    };
    let (dimension, unit) = lex.units.of(&u.s(text).to_lowercase())?;
    let (amount, unit) = match (dimension, unit) {
        ("time", "day") => (amount, RelativeUnit::Day),
        ("time", "week") => (amount, RelativeUnit::Week),
        ("time", "month") => (amount, RelativeUnit::Month),
        ("time", "year") => (amount, RelativeUnit::Year),
        ("time", "decade") => (amount * 10, RelativeUnit::Year),
        _ => return None,
    };
    Some((
        RelativeDate {
            amount: -amount,
            unit,
        },
        i + 3,
    ))
}

/// The (year, month, day) a relative date stands for, as far as its unit tells, when there is
/// a reference date. A week step ("last week") is a span of days: it resolves to nothing.
fn resolve(reference: Option<Ymd>, r: RelativeDate, week_is_day: bool) -> Parts3 {
    let Some((y, m, d)) = reference else {
        return (None, None, None);
    };
    let day = |n: i64| {
        let (y, m, d) = civil_from_days(days_from_civil(y, m, d) + n);
        (Some(y), Some(m), Some(d))
    };
    match r.unit {
        RelativeUnit::Day => day(r.amount),
        RelativeUnit::Week if week_is_day => day(7 * r.amount),
        RelativeUnit::Week => (None, None, None),
        RelativeUnit::Month => {
            let idx = y as i64 * 12 + m as i64 - 1 + r.amount;
            (
                Some(idx.div_euclid(12) as i32),
                Some(idx.rem_euclid(12) as u32 + 1),
                None,
            )
        }
        RelativeUnit::Year => (Some(y + r.amount as i32), None, None),
    }
}

type Parts3 = (Option<i32>, Option<u32>, Option<u32>);

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && civil_from_days(days_from_civil(y, m, d)) == (y, m, d)
}

/// Parse "2022-02-07".
fn iso(w: &str) -> Option<Ymd> {
    let mut p = w.split('-');
    let (y, m, d) = (p.next()?, p.next()?, p.next()?);
    if p.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    valid(y, m, d).then_some((y, m, d))
}

/// The `date YYYY-MM-DD` marker at the start of a text, if any: its span.
fn dateline_marker(text: &str) -> Option<Span> {
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .len();
    let rest = &text[lead..];
    let body = rest
        .strip_prefix("date ")
        .or_else(|| rest.strip_prefix("Date: "))
        .or_else(|| rest.strip_prefix("date: "))?;
    let d = body.get(..10)?;
    iso(d)?;
    Some(Span::new(lead, text.len() - body.len() + 10))
}

/// The date of a document from its dateline: a first line beginning `date 2022-02-07`, or else
/// an ISO date, "February 7, 2022" or "7 February 2022" in the first two non-empty lines.
pub fn document_date(text: &str) -> Option<Ymd> {
    document_date_in(text, crate::lexicon::english())
}

/// [`document_date`] for a text in the language of `lex`.
pub fn document_date_in(text: &str, lex: &Lexicon) -> Option<Ymd> {
    if let Some(s) = dateline_marker(text) {
        return iso(&s.slice(text)[s.len() - 10..]);
    }
    let head_end = text
        .match_indices('\n')
        .filter(|(i, _)| !text[..*i].trim().is_empty())
        .nth(1)
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let head = &text[..head_end];
    let toks = super::text::words(head);
    dates(head, &toks, None, lex)
        .into_iter()
        .find_map(|d| Some((d.year?, d.month?, d.day?)))
}

/// Extract the dates of `text`, resolving relative ones against `reference`.
pub(crate) fn dates(
    text: &str,
    toks: &[Tok],
    reference: Option<Ymd>,
    lex: &Lexicon,
) -> Vec<DateRef> {
    let cal = &lex.calendar;
    let marker = dateline_marker(text);
    let mut out = Vec::new();
    let adjacent = |a: usize, b: usize, extra: &str| {
        let g = &text[toks[a].end..toks[b].start];
        let g = g.trim_start_matches('.');
        g.trim().is_empty() || g.trim() == extra
    };
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if marker.is_some_and(|m| t.start < m.end) {
            i += 1;
            continue;
        }
        // "two weeks ago": a date, resolved to its day, month or year when there is a reference.
        if let Some((r, next)) = ago_at(text, toks, i, lex) {
            let (year, month, day) = resolve(reference, r, true);
            out.push(DateRef {
                span: Span::new(t.start, toks[next - 1].end),
                year,
                month,
                day,
                weekday: None,
                relative: Some(r),
            });
            i = next;
            continue;
        }
        let w = t.s(text);
        let lw = w.to_lowercase();
        let mut push = |s: usize,
                        e: usize,
                        y: Option<i32>,
                        m: Option<u32>,
                        d: Option<u32>,
                        wd: Option<u32>| {
            out.push(DateRef {
                span: Span::new(s, e),
                year: y,
                month: m,
                day: d,
                weekday: wd,
                relative: None,
            });
        };
        // ISO date.
        if let Some((y, m, d)) = iso(w) {
            push(t.start, t.end, Some(y), Some(m), Some(d), None);
            i += 1;
            continue;
        }
        // "mid-2021", "early-2021", "late-2021", "mid-1970s"
        if let Some((p, y)) = lw.split_once('-') {
            if cal.year_periods.contains(p) {
                if let Some(y) = year_value(y).or_else(|| decade_value(y)) {
                    push(t.start, t.end, Some(y), None, None, None);
                    i += 1;
                    continue;
                }
            }
        }
        // A decade, "the 1980s", stands for its first year; "1996's" is the year 1996.
        if let Some(y) = decade_value(&lw).or_else(|| possessive_year(w)) {
            push(t.start, t.end, Some(y), None, None, None);
            i += 1;
            continue;
        }
        // A span of years written as one word: "2002-2006", "1985-86".
        if let Some((a, b)) = year_span(w) {
            let cut = t.start + w.find('-').unwrap_or(0);
            push(t.start, cut, Some(a), None, None, None);
            push(cut + 1, t.end, Some(b), None, None, None);
            i += 1;
            continue;
        }
        // "7 de febrero de 2023": the token after `k` past a joining word of the language.
        let past_joiner = |k: usize| -> usize {
            match toks.get(k + 1) {
                Some(j)
                    if adjacent(k, k + 1, "")
                        && cal.date_joiners.contains(&j.s(text).to_lowercase())
                        && toks.len() > k + 2
                        && adjacent(k + 1, k + 2, "") =>
                {
                    k + 2
                }
                _ => k + 1,
            }
        };
        // Day Month [Year]
        if let Some(d) = day_value(w, lex) {
            let mi = past_joiner(i);
            if let Some(m) = toks
                .get(mi)
                .and_then(|_| month_of(text, toks, mi, lex))
                .filter(|_| adjacent(mi - 1, mi, ""))
            {
                let yi = past_joiner(mi);
                let (y, end, n) = match toks.get(yi) {
                    Some(yt) if adjacent(yi - 1, yi, ",") && year_value(yt.s(text)).is_some() => {
                        (year_value(yt.s(text)), yt.end, yi + 1 - i)
                    }
                    _ => (None, month_end(text, toks[mi], lex), mi + 1 - i),
                };
                let y = y.or_else(|| infer_year(reference, m, Some(d)));
                push(t.start, end, y, Some(m), Some(d), None);
                i += n;
                continue;
            }
        }
        // Month [Day][, Year] / Month Year
        if let Some(m) = month_of(text, toks, i, lex) {
            let mut end = month_end(text, t, lex);
            let mut n = 1;
            let mut day = None;
            let mut year = None;
            if let Some(dt) = toks.get(i + 1).filter(|_| adjacent(i, i + 1, "")) {
                if let Some(d) = day_value(dt.s(text), lex) {
                    day = Some(d);
                    end = dt.end;
                    n = 2;
                    if let Some(yt) = toks.get(i + 2).filter(|_| adjacent(i + 1, i + 2, ",")) {
                        if let Some(y) = year_value(yt.s(text)) {
                            year = Some(y);
                            end = yt.end;
                            n = 3;
                        }
                    }
                } else if let Some(y) = year_value(dt.s(text)) {
                    year = Some(y);
                    end = dt.end;
                    n = 2;
                }
            }
            // "febrero de 2023".
            let yi = past_joiner(i);
            if n == 1 && yi == i + 2 {
                if let Some(y) = year_value(toks[yi].s(text)) {
                    year = Some(y);
                    end = toks[yi].end;
                    n = 3;
                }
            }
            // "Theresa May": the month's name as a surname, after a capitalised name.
            let surname = cal.surname_months.contains(&lw)
                && n == 1
                && i > 0
                && adjacent(i - 1, i, "")
                && toks[i - 1]
                    .s(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && !cal
                    .year_context
                    .contains(&toks[i - 1].s(text).to_lowercase())
                && weekday_of(text, toks, i - 1, lex).is_none();
            if surname {
                i += 1;
                continue;
            }
            let year = year.or_else(|| infer_year(reference, m, day));
            push(t.start, end, year, Some(m), day, None);
            i += n;
            continue;
        }
        if let Some(wd) = weekday_of(text, toks, i, lex) {
            push(t.start, t.end, None, None, None, Some(wd));
            i += 1;
            continue;
        }
        if is_year_at(text, toks, i, lex) {
            let y = year_value(w);
            push(t.start, t.end, y, None, None, None);
            i += 1;
            // "1985 – 86": the second year of a season, written with two digits.
            if let (Some(y), Some(n)) = (y, toks.get(i)) {
                if let Some(y2) = season_end(text, t.end, *n, y) {
                    push(n.start, n.end, Some(y2), None, None, None);
                    i += 1;
                }
            }
            continue;
        }
        // Relative dates.
        let rel = &lex.relative;
        if let Some(&off) = rel.days.get(&lw) {
            let r = RelativeDate {
                amount: off,
                unit: RelativeUnit::Day,
            };
            let (y, m, d) = resolve(reference, r, false);
            push(t.start, t.end, y, m, d, None);
            if let Some(last) = out.last_mut() {
                last.relative = Some(r);
            }
            i += 1;
            continue;
        }
        if let Some(&step) = rel.steps.get(&lw) {
            if let Some(n) = toks.get(i + 1).filter(|_| adjacent(i, i + 1, "")) {
                let nw = n.s(text).to_lowercase();
                let unit = if rel.month.contains(&nw) {
                    Some(RelativeUnit::Month)
                } else if rel.year.contains(&nw) {
                    Some(RelativeUnit::Year)
                } else if rel.week.contains(&nw) {
                    Some(RelativeUnit::Week)
                } else {
                    None
                };
                if let Some(unit) = unit {
                    let r = RelativeDate {
                        amount: step as i64,
                        unit,
                    };
                    let (y, m, d) = resolve(reference, r, false);
                    push(t.start, n.end, y, m, d, None);
                    if let Some(last) = out.last_mut() {
                        last.relative = Some(r);
                    }
                    i += 2;
                    continue;
                }
            }
        }
        i += 1;
    }
    // Dates written with the year, month and day marks of Chinese, Japanese and Korean replace
    // whatever the word rules read in the same place.
    let mut cjk = cjk_dates(text, lex);
    if lex.unspaced {
        unspaced_names(text, reference, lex, &mut cjk);
    }
    if !cjk.is_empty() {
        out.retain(|d| {
            !cjk.iter()
                .any(|c| c.span.start < d.span.end && d.span.start < c.span.end)
        });
        out.extend(cjk);
        out.sort_by_key(|d| (d.span.start, d.span.end));
    }
    out
}

/// Which field a CJK date mark closes: 年/년 a year, 月/월 a month, 日/号/號/일 a day.
pub(crate) fn cjk_mark(c: char) -> Option<usize> {
    match c {
        '年' | '년' => Some(0),
        '月' | '월' => Some(1),
        '日' | '号' | '號' | '일' => Some(2),
        _ => None,
    }
}

/// The value of an ASCII or full-width digit ("５").
pub(crate) fn any_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of the digits or numeral characters of `lex` at `chars[k..]` ("2022", "二〇二二",
/// "十二", "二十一"), at most five characters: (value, characters read). Numerals of digits only
/// are read digit by digit, others with their multipliers ("十二" = 12).
fn field_at(chars: &[(usize, char)], k: usize, lex: &Lexicon) -> (u32, usize) {
    use crate::lexicon::Numeral;
    let (mut value, mut n) = (0u32, 0usize);
    while k + n < chars.len() && n < 5 {
        let Some(d) = any_digit(chars[k + n].1) else {
            break;
        };
        value = value * 10 + d;
        n += 1;
    }
    if n > 0 {
        return (value, n);
    }
    let (mut positional, mut section, mut digit, mut multiplied) = (0u32, 0u32, None, false);
    while k + n < chars.len() && n < 5 {
        match lex.numeral(chars[k + n].1) {
            Some(Numeral::Digit(d)) => {
                positional = positional * 10 + d;
                digit = Some(d);
            }
            Some(Numeral::Multiplier(m)) => {
                section += digit.unwrap_or(1) * m as u32;
                digit = None;
                multiplied = true;
            }
            None => break,
        }
        n += 1;
    }
    let value = if multiplied {
        section + digit.unwrap_or(0)
    } else {
        positional
    };
    (value, n)
}

/// Dates written "2022年2月7日", "2월 7일", "2022년", "三月七日", "二〇二二年": digits or the
/// numeral characters of `lex`, each group followed by its mark (spaces allowed before and
/// after a mark), fields in the order year, month, day. A lone day or month needs its
/// neighbour ("7日" alone is not a date: it may count days), a lone year four digits.
pub(crate) fn cjk_dates(text: &str, lex: &Lexicon) -> Vec<DateRef> {
    // Every text is asked; most have no mark at all.
    if !text.chars().any(|c| cjk_mark(c).is_some()) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Only at the start of a run of digits or numerals.
        let number = |c: char| any_digit(c).is_some() || lex.numeral(c).is_some();
        if !number(chars[i].1) || i > 0 && number(chars[i - 1].1) {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut fields: [Option<u32>; 3] = [None; 3];
        let mut digits_of = [0usize; 3];
        let (mut j, mut last_field, mut end) = (i, None::<usize>, start);
        loop {
            let (value, n) = field_at(&chars, j, lex);
            let mut k = j + n;
            if n == 0 {
                break;
            }
            while k < chars.len() && chars[k].1 == ' ' {
                k += 1;
            }
            let Some(f) = chars.get(k).and_then(|&(_, c)| cjk_mark(c)) else {
                break;
            };
            if last_field.is_some_and(|l| f <= l) {
                break;
            }
            fields[f] = Some(value);
            digits_of[f] = n;
            last_field = Some(f);
            end = chars[k].0 + chars[k].1.len_utf8();
            j = k + 1;
            while j < chars.len() && chars[j].1 == ' ' {
                j += 1;
            }
        }
        let [y, m, d] = fields;
        let known = fields.iter().filter(|f| f.is_some()).count();
        let plausible = m.is_none_or(|m| (1..=12).contains(&m))
            && d.is_none_or(|d| (1..=31).contains(&d))
            && y.is_none_or(|_| digits_of[0] == 4)
            && (known >= 2 || y.is_some_and(|y| (1000..=2199).contains(&y)))
            && !(y.is_some() && m.is_none() && d.is_some())
            && match (y, m, d) {
                (Some(y), Some(m), Some(d)) => valid(y as i32, m, d),
                // A leap year: 2月29日 may be.
                (None, Some(m), Some(d)) => valid(2000, m, d),
                _ => true,
            };
        if plausible {
            out.push(DateRef {
                span: Span::new(start, end),
                year: y.map(|y| y as i32),
                month: m,
                day: d,
                weekday: None,
                relative: None,
            });
            i = chars.partition_point(|&(b, _)| b < end);
        } else {
            // Nothing inside an implausible date is read again as a shorter one.
            i = chars.partition_point(|&(b, _)| b < end).max(i + 1);
        }
    }
    out
}

/// Month and weekday names of an unspaced language found in running text, longest first
/// ("三月", "十二月", "星期一", "月曜日", "월요일에"), where no date of `found` (the dates
/// written with marks) already covers them. A name right after a digit or numeral is part of
/// something else ("2022年12月" is read by its marks, "二十一月" is no month).
fn unspaced_names(text: &str, reference: Option<Ymd>, lex: &Lexicon, found: &mut Vec<DateRef>) {
    let mut names = Vec::new();
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    for (p, c) in text.char_indices() {
        let after_number = prev.is_some_and(|b| any_digit(b).is_some() || lex.numeral(b).is_some());
        prev = Some(c);
        if p < skip_to || after_number {
            continue;
        }
        let rest = &text[p..];
        let (len, month, weekday) = match (lex.month_at(rest), lex.weekday_at(rest)) {
            (Some((m, v)), w) if w.is_none_or(|(w, _)| w.len() <= m.len()) => {
                (m.len(), Some(v), None)
            }
            (_, Some((w, v))) => (w.len(), None, Some(v)),
            _ => continue,
        };
        let span = Span::new(p, p + len);
        if found
            .iter()
            .any(|d| d.span.start < span.end && span.start < d.span.end)
        {
            continue;
        }
        skip_to = span.end;
        names.push(DateRef {
            span,
            year: month.and_then(|m| infer_year(reference, m, None)),
            month,
            day: None,
            weekday,
            relative: None,
        });
    }
    found.extend(names);
    found.sort_by_key(|d| (d.span.start, d.span.end));
}

/// End of a month token, with the point of an abbreviation ("Jan.").
fn month_end(text: &str, t: Tok, lex: &Lexicon) -> usize {
    let w = t.s(text);
    if lex.month(&w.to_lowercase()).is_none() && text[t.end..].starts_with('.') {
        t.end + 1
    } else {
        t.end
    }
}

/// The year of a month (and day) written without one: the latest on or before the reference.
fn infer_year(reference: Option<Ymd>, m: u32, d: Option<u32>) -> Option<i32> {
    let (ry, rm, rd) = reference?;
    let later = m > rm || (m == rm && d.is_some_and(|d| d > rd));
    Some(if later { ry - 1 } else { ry })
}

#[cfg(test)]
mod tests {
    #[test]
    fn cjk_dates_are_read_by_their_marks() {
        fn read(t: &str) -> Vec<(&str, [Option<i64>; 3])> {
            cjk_dates(t, crate::lexicon::get("zh").unwrap())
                .into_iter()
                .map(|d| {
                    (
                        d.span.slice(t),
                        [
                            d.year.map(i64::from),
                            d.month.map(i64::from),
                            d.day.map(i64::from),
                        ],
                    )
                })
                .collect()
        }
        assert_eq!(
            read("朝鲜于2022年2月7日发射了导弹。"),
            vec![("2022年2月7日", [Some(2022), Some(2), Some(7)])]
        );
        assert_eq!(
            read("북한은 2022년 2월 7일 미사일을 발사했다."),
            vec![("2022년 2월 7일", [Some(2022), Some(2), Some(7)])]
        );
        assert_eq!(
            read("3月15日"),
            vec![("3月15日", [None, Some(3), Some(15)])]
        );
        assert_eq!(
            read("２０２１年"),
            vec![("２０２１年", [Some(2021), None, None])]
        );
        // Durations and counts are not dates: "5000年" (years), "7日" (days), a 13th month.
        assert_eq!(read("5000年前，7日内，2022年13月"), vec![]);
        assert_eq!(read("2022年2月30日"), vec![]);
        // Numeral characters, in the language that has them.
        assert_eq!(
            read("三月七日，二〇二二年十二月二十一日"),
            vec![
                ("三月七日", [None, Some(3), Some(7)]),
                ("二〇二二年十二月二十一日", [Some(2022), Some(12), Some(21)])
            ]
        );
        assert_eq!(read("十年前，三日内"), vec![]);
    }

    use super::super::text::words;
    use super::*;

    const REF: Option<Ymd> = Some((2022, 2, 7));

    /// (year, month, day, weekday)
    type Parts = (Option<i32>, Option<u32>, Option<u32>, Option<u32>);

    fn dates(text: &str, toks: &[Tok], reference: Option<Ymd>) -> Vec<DateRef> {
        super::dates(text, toks, reference, crate::lexicon::english())
    }

    fn ds(text: &str) -> Vec<Parts> {
        dates(text, &words(text), REF)
            .into_iter()
            .map(|d| (d.year, d.month, d.day, d.weekday))
            .collect()
    }

    #[test]
    fn relative_dates_resolve_against_reference() {
        assert_eq!(
            ds("launches last month"),
            vec![(Some(2022), Some(1), None, None)]
        );
        assert_eq!(
            ds("launches in January"),
            vec![(Some(2022), Some(1), None, None)]
        );
        assert_eq!(ds("in March"), vec![(Some(2021), Some(3), None, None)]);
        assert_eq!(ds("assets last year"), vec![(Some(2021), None, None, None)]);
        assert_eq!(
            ds("this year and next month"),
            vec![
                (Some(2022), None, None, None),
                (Some(2022), Some(3), None, None)
            ]
        );
        assert_eq!(ds("yesterday"), vec![(Some(2022), Some(2), Some(6), None)]);
        let t = "launches last month";
        assert_eq!(dates(t, &words(t), REF)[0].span.slice(t), "last month");
        assert_eq!(
            dates("in January", &words("in January"), None)[0].year,
            None
        );
    }

    #[test]
    fn ago_and_week_dates() {
        assert_eq!(
            ds("he left two weeks ago"),
            vec![(Some(2022), Some(1), Some(24), None)]
        );
        assert_eq!(ds("a year ago"), vec![(Some(2021), None, None, None)]);
        assert_eq!(ds("last week"), vec![(None, None, None, None)]);
        assert!(ds("two hours ago").is_empty());
        let t = "he left 14 days ago";
        let d = dates(t, &words(t), None);
        assert_eq!(d[0].span.slice(t), "14 days ago");
        assert_eq!(
            d[0].relative,
            Some(RelativeDate {
                amount: -14,
                unit: RelativeUnit::Day
            })
        );
        assert!(d[0].relative.unwrap().same_as(&RelativeDate {
            amount: -2,
            unit: RelativeUnit::Week
        }));
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            ds("between 2020 and mid-2021"),
            vec![
                (Some(2020), None, None, None),
                (Some(2021), None, None, None)
            ]
        );
        assert_eq!(
            ds("In 2019, the monitors"),
            vec![(Some(2019), None, None, None)]
        );
        assert_eq!(
            ds("on 7 February 2022"),
            vec![(Some(2022), Some(2), Some(7), None)]
        );
        assert_eq!(
            ds("on February 7, 2022"),
            vec![(Some(2022), Some(2), Some(7), None)]
        );
        assert_eq!(
            ds("on 2022-02-07"),
            vec![(Some(2022), Some(2), Some(7), None)]
        );
        assert_eq!(ds("on Jan. 5"), vec![(Some(2022), Some(1), Some(5), None)]);
        assert_eq!(ds("on Friday evening"), vec![(None, None, None, Some(4))]);
        assert!(ds("1500 soldiers and the may fair").is_empty());
        assert!(ds("Theresa May said").is_empty());
        assert_eq!(
            ds("In May, Theresa May said"),
            vec![(Some(2021), Some(5), None, None)]
        );
    }

    #[test]
    fn decades_possessive_years_and_spans() {
        let y =
            |v: &[i32]| -> Vec<Parts> { v.iter().map(|y| (Some(*y), None, None, None)).collect() };
        assert_eq!(ds("a rapper in the 1980s"), y(&[1980]));
        assert_eq!(ds("in the mid-1970s"), y(&[1970]));
        assert_eq!(ds("Introduced in 1996's A Game of Thrones"), y(&[1996]));
        assert_eq!(ds("from 2002-2006, winning"), y(&[2002, 2006]));
        assert_eq!(ds("the 1985-86 season"), y(&[1985, 1986]));
        assert_eq!(ds("the 1985 – 86 season"), y(&[1985, 1986]));
        assert!(ds("some 1000-1500 soldiers").is_empty());
        let t = "from 2002-2006, winning";
        let d = dates(t, &words(t), None);
        assert_eq!((d[0].span.slice(t), d[1].span.slice(t)), ("2002", "2006"));
        // Not a span: the second number is smaller, or not a year.
        assert!(ds("the 1990s-style 5th").len() <= 1);
    }

    #[test]
    fn document_dates() {
        assert_eq!(
            document_date(" date 2022-02-07 North Korea profits"),
            Some((2022, 2, 7))
        );
        assert_eq!(
            document_date("Headline\nFebruary 7, 2022\nBody"),
            Some((2022, 2, 7))
        );
        assert_eq!(document_date("Headline\n\nBody\nFebruary 7, 2022"), None);
        let t = "date 2022-02-07 Title";
        assert!(
            dates(t, &words(t), REF).is_empty(),
            "the dateline marker is not a date of the story"
        );
    }
}
