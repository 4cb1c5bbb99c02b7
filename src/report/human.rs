//! Human renderers: the terminal views of `segment`, `align` and `check`. They lay out what the
//! report holds (wrapped to the width, coloured only when told to) and compute nothing new
//! beyond the word diff used for display.

use std::collections::HashMap;
use std::io::Write;

use colored::Colorize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::message::printable;
use super::RenderOptions;
use crate::model::{FactKind, Finding, Report, Segmented, Severity, Span, Unit};
use crate::text;

/// One sentence per entry: number, line:column, text.
pub fn render_segment(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for seg in &report.documents {
        let mut cursor = seg.doc.cursor();
        for (i, s) in seg.sentences.iter().enumerate() {
            let (l, c) = cursor.at(s.start);
            let head = format!("{:>5}  {:<9}", i + 1, format!("{l}:{c}"));
            let pieces = plain_pieces(s.slice(&seg.doc.text));
            write_wrapped(
                out,
                &paint(&head, Style::Dim, opts.color),
                UnicodeWidthStr::width(head.as_str()),
                UnicodeWidthStr::width(head.as_str()),
                &pieces,
                opts,
            )?;
        }
        let n = seg.sentences.len();
        writeln!(
            out,
            "{}: {n} sentence{}",
            printable(&seg.doc.path),
            plural(n)
        )?;
    }
    Ok(())
}

/// Each alignment unit with its type, score, line numbers and every document's text.
pub fn render_align(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for (k, unit) in report.alignment.iter().enumerate() {
        write_unit_header(out, report, k, unit, opts)?;
        write_unit_texts(out, report, unit, &[], opts)?;
    }
    let counts = unit_type_counts(&report.alignment);
    writeln!(out, "{} units: {counts}", report.alignment.len())?;
    Ok(())
}

/// Findings grouped by alignment unit, most severe group first, each group showing the
/// sentences of every version with the mismatched spans highlighted and a word diff.
pub fn render_check(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // Groups in the order of their first finding, findings within a group in that order too:
    // most severe group first, or along the story with `--sort position`.
    let mut order: Vec<(Option<usize>, Vec<&Finding>)> = Vec::new();
    let mut group_of: HashMap<Option<usize>, usize> = HashMap::new();
    for i in opts.sort.order(&report.findings) {
        let f = &report.findings[i];
        let g = *group_of.entry(f.unit).or_insert_with(|| {
            order.push((f.unit, Vec::new()));
            order.len() - 1
        });
        order[g].1.push(f);
    }
    if opts.sort == super::Sort::Severity {
        order.sort_by_key(|(u, fs)| (std::cmp::Reverse(fs[0].severity), u.unwrap_or(usize::MAX)));
    }
    for (unit, findings) in &order {
        render_group(report, *unit, findings, opts, out)?;
        writeln!(out)?;
    }
    writeln!(out, "{}", summary(report, opts.width))?;
    Ok(())
}

/// One group of the check report: the unit's sentences in every version with the findings'
/// spans highlighted, then each finding's line (and word diff).
pub fn render_group(
    report: &Report,
    unit: Option<usize>,
    findings: &[&Finding],
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match unit.and_then(|k| report.alignment.get(k).map(|u| (k, u))) {
        Some((k, u)) => {
            write_unit_header(out, report, k, u, opts)?;
            write_unit_texts(out, report, u, findings, opts)?;
        }
        None => writeln!(
            out,
            "{}",
            paint("── (not in any unit)", Style::Dim, opts.color)
        )?,
    }
    if report.documents.len() >= 3 {
        write_variants(out, report, findings, opts)?;
    }
    let names = short_names(report);
    for f in findings {
        let sev = paint(
            &format!("{:<7}", f.severity.as_str()),
            Style::Severity(f.severity),
            opts.color,
        );
        let rule = paint(f.check.id(), Style::Bold, opts.color);
        let head = format!("  {sev} {rule}:");
        let head_width = 2 + 7 + 1 + f.check.id().len() + 1;
        let message = super::message::render_named(report, f, &|d| names[d].as_str());
        write_wrapped(out, &head, head_width, 10, &plain_pieces(&message), opts)?;
        if !f.diff.is_empty() {
            let pieces = diff_pieces(&f.diff, opts.color);
            write_wrapped(out, "          ", 10, 10, &pieces, opts)?;
        }
    }
    Ok(())
}

/// With three or more versions, the facts of a group as a table of variants: a row per finding,
/// a column per version, each cell the fact's text in that version ("—" where it has none).
fn write_variants(
    out: &mut dyn Write,
    report: &Report,
    findings: &[&Finding],
    opts: &RenderOptions,
) -> std::io::Result<()> {
    let n = report.documents.len();
    let label = findings
        .iter()
        .map(|f| f.check.id().len())
        .max()
        .unwrap_or(0)
        .max(8);
    let cell = (opts.width.saturating_sub(2 + label + 1) / n).clamp(8, 40);
    let fit = |s: &str| -> String {
        let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let s = printable(&s).into_owned();
        // Cells are measured in display columns: a CJK name takes two a character.
        let w = UnicodeWidthStr::width(s.as_str());
        if w < cell {
            format!("{s}{}", " ".repeat(cell - w))
        } else {
            let mut cut = String::new();
            let mut used = 0;
            for c in s.chars() {
                let cw = UnicodeWidthChar::width(c).unwrap_or(0);
                if used + cw > cell - 2 {
                    break;
                }
                cut.push(c);
                used += cw;
            }
            format!("{cut}…{}", " ".repeat(cell - 1 - used))
        }
    };
    let mut head = format!("  {:<label$} ", "variants");
    for d in &report.documents {
        head.push_str(&fit(d.doc.name()));
    }
    writeln!(out, "{}", paint(head.trim_end(), Style::Dim, opts.color))?;
    for f in findings {
        let mut row = format!("  {:<label$} ", f.check.id());
        for d in 0..n {
            let seg = &report.documents[d];
            let text = f
                .fact_locations()
                .into_iter()
                .find(|l| l.document == d)
                .map_or("—", |l| l.span.slice(&seg.doc.text));
            row.push_str(&fit(text));
        }
        writeln!(out, "{}", row.trim_end())?;
    }
    Ok(())
}

/// Each document's short name (its file name, or as much of its path as tells it from the
/// others): the unit header already shows the full paths.
fn short_names(report: &Report) -> Vec<String> {
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.doc.path.as_str())
        .collect();
    super::message::short_names(&paths)
}

/// "2 errors, 5 warnings, 3 info in original.txt [en] vs translation.txt [en]", the documents
/// by their short names; when that does not fit in `width` columns, "… in 12 versions", and
/// the baseline's part on a line of its own.
pub fn summary(report: &Report, width: usize) -> String {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let (e, w, i) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let names: Vec<String> = short_names(report)
        .iter()
        .zip(&report.documents)
        .map(|(n, d)| format!("{} [{}]", printable(n), d.doc.lang()))
        .collect();
    let counts = format!("{e} error{}, {w} warning{}, {i} info", plural(e), plural(w));
    let fits = |s: &str| UnicodeWidthStr::width(s) <= width;
    let mut s = format!("{counts} in {}", names.join(" vs "));
    if !fits(&s) {
        s = format!("{counts} in {} versions", names.len());
    }
    if let Some(b) = &report.baseline {
        let hidden = format!(
            "({} hidden by the baseline, {} stale baseline entr{})",
            b.suppressed,
            b.stale.len(),
            if b.stale.len() == 1 { "y" } else { "ies" }
        );
        let one_line = format!("{s} {hidden}");
        s = if fits(&one_line) {
            one_line
        } else {
            format!("{s}\n{hidden}")
        };
    }
    s
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "1-1", "1-2", "0-1"… for a unit.
pub fn unit_type(unit: &Unit) -> String {
    unit.members
        .iter()
        .map(|m| m.len().to_string())
        .collect::<Vec<_>>()
        .join("-")
}

fn unit_type_counts(units: &[Unit]) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for u in units {
        let t = unit_type(u);
        match counts.iter_mut().find(|(k, _)| *k == t) {
            Some((_, n)) => *n += 1,
            None => counts.push((t, 1)),
        }
    }
    counts.sort();
    let moved = units.iter().filter(|u| u.moved).count();
    let mut s: Vec<String> = counts.iter().map(|(t, n)| format!("{n}× {t}")).collect();
    if moved > 0 {
        s.push(format!("{moved} moved"));
    }
    s.join(", ")
}

fn write_unit_header(
    out: &mut dyn Write,
    report: &Report,
    k: usize,
    unit: &Unit,
    opts: &RenderOptions,
) -> std::io::Result<()> {
    let _ = report;
    let mut head = format!("── unit {} · {}", k + 1, unit_type(unit));
    if unit.members.iter().filter(|m| !m.is_empty()).count() > 1 {
        head.push_str(&format!(" · similarity {:.2}", unit.score));
    } else {
        head.push_str(" · no counterpart");
    }
    if unit.moved {
        head.push_str(" · moved");
    }
    let fill = opts
        .width
        .saturating_sub(UnicodeWidthStr::width(head.as_str()) + 1);
    writeln!(
        out,
        "{}",
        paint(
            &format!("{head} {}", "─".repeat(fill)),
            Style::Dim,
            opts.color
        )
    )
}

/// Every document's sentences of a unit: `path:line:column` then the wrapped text, with word
/// diff against the base and the findings' spans highlighted.
fn write_unit_texts(
    out: &mut dyn Write,
    report: &Report,
    unit: &Unit,
    findings: &[&Finding],
    opts: &RenderOptions,
) -> std::io::Result<()> {
    let words_of = |d: usize| super::unit_words(report, unit, d);
    let base_words = words_of(0);
    for (d, members) in unit.members.iter().enumerate() {
        let seg = &report.documents[d];
        if members.is_empty() {
            writeln!(
                out,
                "  {} {}",
                paint(&printable(&seg.doc.path), Style::Dim, opts.color),
                paint("(no counterpart)", Style::Dim, opts.color)
            )?;
            continue;
        }
        // Words that differ from the base (for the base: from the first other version with text).
        let changed: Vec<Span> = if d == 0 {
            match (1..unit.members.len()).find(|&o| !unit.members[o].is_empty()) {
                Some(o) => {
                    let ow = words_of(o);
                    text::hunks(&base_words, &ow)
                        .iter()
                        .flat_map(|h| base_words[h.base.clone()].iter().map(|w| w.span))
                        .collect()
                }
                None => Vec::new(),
            }
        } else {
            let ow = words_of(d);
            text::hunks(&base_words, &ow)
                .iter()
                .flat_map(|h| ow[h.other.clone()].iter().map(|w| w.span))
                .collect()
        };
        let diff_style = if d == 0 {
            Style::Deleted
        } else {
            Style::Inserted
        };
        let highlights: Vec<(Span, Severity)> = findings
            .iter()
            // A sentence with no counterpart is shown by its header, not highlighted.
            .filter(|f| f.subject.kind != FactKind::Sentence)
            .flat_map(|f| {
                f.fact_locations()
                    .into_iter()
                    .filter(move |l| l.document == d)
                    .map(move |l| (l.span, f.severity))
            })
            .collect();
        let first = seg.sentences[members[0]];
        let (l, c) = seg.doc.line_col(first.start);
        writeln!(
            out,
            "  {}",
            paint(
                &format!("{}:{l}:{c}", printable(&seg.doc.path)),
                Style::Path,
                opts.color
            )
        )?;
        for &s in members {
            let pieces = styled_pieces(
                seg,
                seg.sentences[s],
                &changed,
                diff_style,
                &highlights,
                opts.color,
            );
            write_wrapped(out, "    ", 4, 4, &pieces, opts)?;
        }
    }
    Ok(())
}

/// Spans longer than this many bytes are underlined rather than highlighted.
const LONG_SPAN: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    Plain,
    Dim,
    Bold,
    Path,
    Deleted,
    Inserted,
    Severity(Severity),
    /// A fact's span: a name, a number.
    Highlight(Severity),
    /// Inside a long span (a quotation): underlined, keeping the word diff's colour (the
    /// style inside, Plain, Deleted or Inserted).
    Underline(Diff),
}

/// A word's place in the word diff.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Diff {
    Same,
    Deleted,
    Inserted,
}

fn paint(s: &str, style: Style, color: bool) -> String {
    if !color {
        return s.to_string();
    }
    match style {
        Style::Plain => s.to_string(),
        Style::Dim => s.dimmed().to_string(),
        Style::Bold => s.bold().to_string(),
        Style::Path => s.cyan().to_string(),
        Style::Deleted => s.red().to_string(),
        Style::Inserted => s.green().to_string(),
        Style::Severity(Severity::Error) => s.red().bold().to_string(),
        Style::Severity(Severity::Warning) => s.yellow().bold().to_string(),
        Style::Severity(Severity::Info) => s.blue().bold().to_string(),
        Style::Highlight(Severity::Error) => s.red().bold().reversed().to_string(),
        Style::Highlight(Severity::Warning) => s.yellow().bold().reversed().to_string(),
        Style::Highlight(Severity::Info) => s.blue().bold().reversed().to_string(),
        Style::Underline(Diff::Same) => s.underline().to_string(),
        Style::Underline(Diff::Deleted) => s.red().underline().to_string(),
        Style::Underline(Diff::Inserted) => s.green().underline().to_string(),
    }
}

/// A piece of text to lay out: its words are wrapped, its style applied per piece.
struct Piece {
    text: String,
    style: Style,
    /// White space precedes this piece.
    space_before: bool,
}

fn plain_pieces(s: &str) -> Vec<Piece> {
    s.split_whitespace()
        .map(|w| Piece {
            text: w.to_string(),
            style: Style::Plain,
            space_before: true,
        })
        .collect()
}

/// Pieces of a sentence, split wherever the style changes. Without colour, highlighted spans
/// are wrapped in «…» so they still stand out.
fn styled_pieces(
    seg: &Segmented,
    sentence: Span,
    changed: &[Span],
    diff_style: Style,
    highlights: &[(Span, Severity)],
    color: bool,
) -> Vec<Piece> {
    let text = &seg.doc.text;
    let style_at = |i: usize| -> Style {
        // The shortest span covering this byte decides: a name inside a quotation shows as
        // the name.
        let in_diff = changed.iter().any(|s| s.start <= i && i < s.end);
        if let Some((span, sev)) = highlights
            .iter()
            .filter(|(s, _)| s.start <= i && i < s.end)
            .min_by_key(|(s, sev)| (s.len(), std::cmp::Reverse(*sev)))
        {
            return if span.len() <= LONG_SPAN {
                Style::Highlight(*sev)
            } else if !in_diff {
                Style::Underline(Diff::Same)
            } else if diff_style == Style::Deleted {
                Style::Underline(Diff::Deleted)
            } else {
                Style::Underline(Diff::Inserted)
            };
        }
        if in_diff {
            return diff_style;
        }
        Style::Plain
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut space = true;
    let mut cur = String::new();
    let mut cur_style = Style::Plain;
    let flush = |pieces: &mut Vec<Piece>, cur: &mut String, style: Style, space: &mut bool| {
        if !cur.is_empty() {
            pieces.push(Piece {
                text: std::mem::take(cur),
                style,
                space_before: *space,
            });
            *space = false;
        }
    };
    for (off, ch) in text[sentence.start..sentence.end].char_indices() {
        let i = sentence.start + off;
        if ch.is_whitespace() {
            flush(&mut pieces, &mut cur, cur_style, &mut space);
            space = true;
            continue;
        }
        let st = style_at(i);
        if st != cur_style {
            flush(&mut pieces, &mut cur, cur_style, &mut space);
            cur_style = st;
        }
        cur.push(ch);
    }
    flush(&mut pieces, &mut cur, cur_style, &mut space);
    if !color {
        // Mark highlight runs with guillemets.
        let mut out: Vec<Piece> = Vec::new();
        let mut in_hi = false;
        let n = pieces.len();
        for k in 0..n {
            let marked = |p: &Piece| matches!(p.style, Style::Highlight(_) | Style::Underline(_));
            let hi = marked(&pieces[k]);
            let next_hi = k + 1 < n && marked(&pieces[k + 1]);
            let mut p = Piece {
                text: std::mem::take(&mut pieces[k].text),
                style: pieces[k].style,
                space_before: pieces[k].space_before,
            };
            if hi && !in_hi {
                p.text.insert(0, '«');
            }
            if hi && !next_hi {
                p.text.push('»');
            }
            in_hi = hi;
            out.push(p);
        }
        return out;
    }
    pieces
}

/// Pieces of a word diff: coloured when colour is on (red deleted, green inserted), else
/// marked `[-deleted-]` and `{+inserted+}` so a log file shows the same.
fn diff_pieces(runs: &[text::Run], color: bool) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for (k, run) in runs.iter().enumerate() {
        let (style, open, close) = match run.kind {
            text::RunKind::Equal => (Style::Plain, "", ""),
            text::RunKind::Deleted => (Style::Deleted, "[-", "-]"),
            text::RunKind::Inserted => (Style::Inserted, "{+", "+}"),
        };
        // Punctuation sticks to the word before it, unless it opens a marked run.
        let space = k == 0 || run.space_before || !open.is_empty();
        let words: Vec<&str> = run.text.split(' ').collect();
        let last = words.len() - 1;
        for (i, w) in words.into_iter().enumerate() {
            let mut text = w.to_string();
            if !color {
                if i == 0 {
                    text.insert_str(0, open);
                }
                if i == last {
                    text.push_str(close);
                }
            }
            pieces.push(Piece {
                text,
                style,
                space_before: i > 0 || space,
            });
        }
    }
    pieces
}

/// Lay pieces out in lines of at most `opts.width` display columns, each line after the first
/// indented like the first (`indent_width` columns). Lines break where Unicode line breaking
/// (UAX #14) allows: at spaces, and between the characters of scripts written without spaces
/// (Chinese, Japanese), so a sentence without spaces still fits. Widths are display widths: a
/// CJK character takes two columns.
fn write_wrapped(
    out: &mut dyn Write,
    first_prefix: &str,
    prefix_width: usize,
    indent_width: usize,
    pieces: &[Piece],
    opts: &RenderOptions,
) -> std::io::Result<()> {
    let width = opts.width.max(indent_width + 20);
    // The pieces as one plain text (a space wherever white space preceded a piece), with the
    // byte range each piece covers in it.
    let mut plain = String::new();
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    // A prefix that ends in a word (a label) is followed by a space before the text.
    let label = prefix_width != indent_width;
    for (k, p) in pieces.iter().enumerate() {
        if p.space_before && (k > 0 || label) {
            plain.push(' ');
        }
        let start = plain.len();
        // Text from the documents may hold control characters: shown escaped, never raw.
        plain.push_str(&printable(&p.text));
        ranges.push((start, plain.len()));
    }
    // Paint `plain[a..b]` with the styles of the pieces it covers (spaces between them plain).
    let painted = |a: usize, b: usize| -> String {
        let mut s = String::new();
        let mut at = a;
        for (p, &(ps, pe)) in pieces.iter().zip(&ranges) {
            let (x, y) = (ps.max(a), pe.min(b));
            if x >= y {
                continue;
            }
            s.push_str(&plain[at..x]);
            s.push_str(&paint(&plain[x..y], p.style, opts.color));
            at = y;
        }
        s.push_str(&plain[at..b]);
        s
    };
    let indent = " ".repeat(indent_width);
    let mut line = first_prefix.to_string();
    let mut col = prefix_width;
    // Whether the line holds text yet (beyond its prefix or indent), and any spaces waiting to
    // be written before the next segment (dropped at a line break).
    let mut filled = label;
    let mut pending = (0, 0);
    let mut prev = 0;
    // Breaks at every space, as in prose, and where UAX #14 allows one next to a wide character
    // (between Chinese or Japanese characters). Not UAX #14 everywhere: it would break after the
    // hyphens and slashes of paths ("dprk-|report/") and never after a closing quotation mark
    // followed by a parenthesis.
    let wide = |c: Option<char>| c.is_some_and(|c| UnicodeWidthChar::width(c) == Some(2));
    let mut breaks: Vec<usize> = unicode_linebreak::linebreaks(&plain)
        .map(|(pos, _)| pos)
        .filter(|&pos| wide(plain[..pos].chars().next_back()) || wide(plain[pos..].chars().next()))
        .collect();
    breaks.extend(
        plain
            .char_indices()
            .filter(|&(i, c)| c != ' ' && plain[..i].ends_with(' '))
            .map(|(i, _)| i),
    );
    breaks.push(plain.len());
    breaks.sort_unstable();
    breaks.dedup();
    for pos in breaks {
        // The segment up to this break opportunity; spaces trail it, never lead it.
        let seg = &plain[prev..pos];
        let body = seg.trim_end_matches(' ');
        let (a, b) = (prev, prev + body.len());
        prev = pos;
        let gap = UnicodeWidthStr::width(&plain[pending.0..pending.1]);
        let w = UnicodeWidthStr::width(body);
        if filled && col + gap + w > width {
            writeln!(out, "{line}")?;
            line = indent.clone();
            col = indent_width;
        } else {
            line.push_str(&plain[pending.0..pending.1]);
            col += gap;
        }
        line.push_str(&painted(a, b));
        col += w;
        filled = filled || !body.is_empty();
        pending = (b, pos);
    }
    writeln!(out, "{line}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;
    use unicode_width::UnicodeWidthStr;

    /// Display columns of a rendered line, colour codes aside.
    fn columns(line: &str) -> usize {
        UnicodeWidthStr::width(line)
    }

    /// A report whose other version is Chinese: no spaces, two columns a character.
    fn cjk_report() -> Report {
        let mut r = fixture::report();
        r.documents[1] = fixture::segmented(
            "news/zh.txt",
            "首尔，3月3日。\n\n韩国周二发射了四枚导弹，官员们说，这是今年以来第四次发射，联合国安理会将于本周晚些时候举行紧急会议讨论此事，日本和美国已经表示强烈抗议并要求朝鲜停止一切挑衅行为。\n部长说他们会作出回应。\n",
        );
        r.findings.truncate(1);
        let there = fixture::loc(&r, 1, "韩国");
        let f = &mut r.findings[0];
        f.locations[1] = there;
        let mut fact = f.counterparts[0].fact.take().unwrap();
        fact.location = f.locations[1].clone();
        // A long name keeps the message long: it must wrap too.
        fact.text = "韩国周二发射了四枚导弹官员们说这是今年以来第四次发射联合国安理会将于本周晚些时候举行紧急会议".into();
        f.counterparts[0].fact = Some(fact);
        r
    }

    #[test]
    fn cjk_lines_fit_the_width_in_display_columns() {
        // Defect 4: widths were counted in chars and lines broken only at spaces, so a Chinese
        // sentence ran to 160 columns on one line.
        for width in [80, 50] {
            let opts = RenderOptions {
                width,
                ..RenderOptions::default()
            };
            for render in [render_check, render_align] {
                let mut buf = Vec::new();
                render(&cjk_report(), &opts, &mut buf).unwrap();
                let text = String::from_utf8(buf).unwrap();
                // The summary names the files and is not wrapped.
                for line in text
                    .lines()
                    .filter(|l| !l.contains(" vs ") && !l.contains(" units: "))
                {
                    assert!(
                        columns(line) <= width,
                        "{} columns > {width}:\n{line}",
                        columns(line)
                    );
                }
                // Nothing was lost by breaking: the sentence is all there, in order.
                let joined: String = text.lines().map(str::trim).collect();
                assert!(
                    joined.contains("周二发射了四枚导弹，官员们说，这是今年以来第四次发射，联合国"),
                    "{text}"
                );
            }
        }
    }
}
