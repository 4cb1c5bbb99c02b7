//! Markdown renderer: a [`Report`] in, a report to paste into a pull-request comment out.
//!
//! A summary table (rule, severity, count) comes first, then each finding: its message and the
//! sentences it concerns, each quoted with `>` and followed by `file:line:column`. Words that
//! differ between the base sentence and the other version's sentence are **bold** (the word
//! diff of [`crate::text`]), and so are the finding's own spans whatever the diff says. All text from the
//! documents is escaped so that it renders as written.

use std::io::Write;
use std::ops::Range;

use super::{paths, RenderOptions};
use crate::model::{Finding, Report};
use crate::text;

/// When more than this share of a sentence's words changed, the versions are not edits of each
/// other (a translation, a rewrite): bolding nearly everything says nothing, so only the
/// finding's spans are bold.
const MAX_CHANGED_SHARE: f64 = 0.5;

/// Write the Markdown report.
pub fn render(report: &Report, opts: &RenderOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let n = report.findings.len();
    if n == 0 {
        writeln!(out, "### concord: no findings\n")?;
        return writeln!(out, "{}", versions(report, opts));
    }
    writeln!(
        out,
        "### concord: {n} finding{}\n",
        if n == 1 { "" } else { "s" }
    )?;
    writeln!(out, "{}\n", versions(report, opts))?;
    writeln!(out, "| Rule | Severity | Count |")?;
    writeln!(out, "| --- | --- | ---: |")?;
    for (rule, severity, count) in super::counts(report) {
        writeln!(out, "| `{rule}` | {} | {count} |", severity.as_str())?;
    }
    // Most severe first, as a reviewer reads them, report order within a severity; or in
    // report order (`--sort position`).
    let ordered = opts.sort.order(&report.findings);
    for (i, f) in ordered.into_iter().map(|i| &report.findings[i]).enumerate() {
        writeln!(out)?;
        writeln!(
            out,
            "#### {}. `{}` ({})\n",
            i + 1,
            f.check,
            f.severity.as_str()
        )?;
        writeln!(
            out,
            "{}",
            escape(&one_line(&super::message::render(report, f)))
        )?;
        for q in quotes(report, opts, f) {
            writeln!(out)?;
            writeln!(out, "> {q}")?;
        }
    }
    Ok(())
}

/// "Versions: `a.txt` (en, detected) · `b.txt` (de, detected)".
fn versions(report: &Report, opts: &RenderOptions) -> String {
    let docs: Vec<String> = report
        .documents
        .iter()
        .map(|d| {
            let path = paths::relative(&d.doc.path, opts.cwd.as_deref());
            let path = super::message::printable(&path).replace('`', "'");
            format!("`{path}` {}", super::language_label(&d.doc))
        })
        .collect();
    format!("Versions: {}", docs.join(" · "))
}

/// The quoted sentences of a finding, base first: each sentence once, with every span of the
/// finding inside it bold, plus the words the diff against the base sentence marks as changed.
fn quotes(report: &Report, opts: &RenderOptions, f: &Finding) -> Vec<String> {
    // Group locations by (document, sentence), base document first, keeping report order.
    let mut groups: Vec<(usize, Option<usize>, Vec<usize>)> = Vec::new();
    let mut order: Vec<usize> = (0..f.locations.len()).collect();
    order.sort_by_key(|&i| f.locations[i].document != 0);
    for i in order {
        let l = &f.locations[i];
        match groups
            .iter_mut()
            .find(|(d, s, _)| *d == l.document && *s == l.sentence && s.is_some())
        {
            Some(g) => g.2.push(i),
            None => groups.push((l.document, l.sentence, vec![i])),
        }
    }

    // The text quoted for each group, its start offset and the ranges (relative) to bold.
    let mut quoted: Vec<(&str, usize, Vec<Range<usize>>)> = groups
        .iter()
        .map(|(d, s, locs)| {
            let seg = &report.documents[*d];
            let span = match s {
                Some(s) => seg.sentences[*s],
                None => f.locations[locs[0]].span,
            };
            let bold = locs
                .iter()
                .map(|&i| f.locations[i].span)
                .filter(|sp| sp.start >= span.start && sp.end <= span.end)
                .map(|sp| sp.start - span.start..sp.end - span.start)
                .collect();
            (span.slice(&seg.doc.text), span.start, bold)
        })
        .collect();

    if quoted.len() > 1 && groups[0].1.is_some() {
        let base_text = quoted[0].0;
        for k in 1..quoted.len() {
            if groups[k].1.is_none() {
                continue;
            }
            if let Some((old, new)) = changed_words(base_text, quoted[k].0) {
                quoted[0].2.extend(old);
                quoted[k].2.extend(new);
            }
        }
    }

    groups
        .iter()
        .zip(quoted)
        .map(|((d, _, locs), (text, _, bold))| {
            let doc = &report.documents[*d].doc;
            let (line, col) = doc.line_col(f.locations[locs[0]].span.start);
            let path = paths::relative(&doc.path, opts.cwd.as_deref());
            let path = super::message::printable(&path).replace('`', "'");
            format!("{}\n>\n> — `{path}:{line}:{col}`", emphasise(text, bold))
        })
        .collect()
}

type Ranges = Vec<Range<usize>>;

/// Byte ranges of the tokens that differ between `old` and `new` (the one word diff,
/// [`text::diff`]), or None when too much changed for a word diff to be useful.
fn changed_words(old: &str, new: &str) -> Option<(Ranges, Ranges)> {
    let (a, b) = (text::tokens(old), text::tokens(new));
    let mut out_a = Vec::new();
    let mut out_b = Vec::new();
    for step in text::diff(&a, &b) {
        if step.kind == text::RunKind::Equal {
            continue;
        }
        out_a.extend(a[step.base].iter().map(|w| w.span.start..w.span.end));
        out_b.extend(b[step.other].iter().map(|w| w.span.start..w.span.end));
    }
    let share = |changed: usize, total: usize| changed as f64 / total.max(1) as f64;
    if share(out_a.len(), a.len()) > MAX_CHANGED_SHARE
        || share(out_b.len(), b.len()) > MAX_CHANGED_SHARE
    {
        return None;
    }
    Some((out_a, out_b))
}

/// `text` escaped, with `bold` ranges wrapped in `**`. Ranges are merged when they overlap or
/// only white space separates them ("**South Korea**", not "**South** **Korea**"), and trimmed
/// of white space, which would stop `**` from counting as emphasis.
fn emphasise(text: &str, mut bold: Vec<Range<usize>>) -> String {
    bold.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in bold {
        if r.start >= r.end || r.end > text.len() {
            continue;
        }
        match merged.last_mut() {
            Some(last) if r.start <= last.end || text[last.end..r.start].trim().is_empty() => {
                last.end = last.end.max(r.end)
            }
            _ => merged.push(r),
        }
    }
    let mut out = String::new();
    let mut at = 0;
    for r in merged {
        let inner = &text[r.clone()];
        let lead = inner.len() - inner.trim_start().len();
        let trail = inner.len() - inner.trim_end().len();
        let (s, e) = (r.start + lead, r.end - trail);
        if s >= e {
            continue;
        }
        out.push_str(&escape(&one_line(&text[at..s])));
        out.push_str("**");
        out.push_str(&escape(&one_line(&text[s..e])));
        out.push_str("**");
        at = e;
    }
    out.push_str(&escape(&one_line(&text[at..])));
    out
}

/// A sentence may span lines in its file; in a quote it is one line.
fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\r', '\n'], " ")
}

/// Backslash-escape the characters Markdown (GitHub flavour) would read as markup: emphasis,
/// code, links, HTML, tables, strike-through, and headings or list markers at the start.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Control characters (terminal escapes) are shown escaped, never passed on raw.
    for c in super::message::printable(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // "- x", "+ x" and "1. x" at the start of a line would become lists.
    let starts_list = out.starts_with("- ")
        || out.starts_with("+ ")
        || out.starts_with("-\t")
        || out.starts_with("+\t");
    if starts_list {
        out.insert(0, '\\');
    } else {
        let digits = out.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
            out.insert(digits, '\\');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn renders_summary_and_quoted_sentences() {
        let mut buf = Vec::new();
        render(&fixture::report(), &RenderOptions::default(), &mut buf).unwrap();
        let expected = r#"### concord: 3 findings

Versions: `news/original.txt` en (default) · `news/translation.txt` en (default)

| Rule | Severity | Count |
| --- | --- | ---: |
| `entity-mismatch` | error | 1 |
| `number-mismatch` | error | 1 |
| `quote-missing` | warning | 1 |

#### 1. `entity-mismatch` (error)

"DPRK" (news/original.txt:3:5) became "South Korea" (news/translation.txt:3:1)

> **The DPRK** fired **3** missiles on Tuesday, officials said.
>
> — `news/original.txt:3:5`

> **South Korea** fired **4** missiles on Tuesday, officials said.
>
> — `news/translation.txt:3:1`

#### 2. `number-mismatch` (error)

"3" (news/original.txt:3:16) became "4" (news/translation.txt:3:19)

> **The DPRK** fired **3** missiles on Tuesday, officials said.
>
> — `news/original.txt:3:16`

> **South Korea** fired **4** missiles on Tuesday, officials said.
>
> — `news/translation.txt:3:19`

#### 3. `quote-missing` (warning)

"We will respond," (news/original.txt:4:1) has no quoted counterpart in news/translation.txt:4:1 (paraphrased without quotation marks)

> **"We will respond,"** the minister said.
>
> — `news/original.txt:4:1`

> **The minister said they would respond.**
>
> — `news/translation.txt:4:1`
"#;
        assert_eq!(String::from_utf8(buf).unwrap(), expected);
    }

    #[test]
    fn bolds_only_the_spans_when_the_sentences_share_few_words() {
        let mut r = fixture::report();
        r.documents[1] = fixture::segmented(
            "news/ko.txt",
            "서울, 3월 3일.\n\n한국은 화요일 미사일 4발을 발사했다고 관리들이 말했다.\n",
        );
        r.findings.truncate(2);
        let four = fixture::loc(&r, 1, "4");
        r.findings[1].locations[1] = four.clone();
        r.findings[1].counterparts[0]
            .fact
            .as_mut()
            .unwrap()
            .location = four;
        let mut buf = Vec::new();
        render(&r, &RenderOptions::default(), &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(
            text.contains("> The DPRK fired **3** missiles on Tuesday, officials said."),
            "{text}"
        );
        assert!(
            text.contains("> 한국은 화요일 미사일 **4**발을 발사했다고 관리들이 말했다.\n>\n> — `news/ko.txt:3:13`"),
            "{text}"
        );
    }

    #[test]
    fn escapes_markup_and_handles_no_findings() {
        assert_eq!(
            escape("a *b* [c](d) <e> | f_g `h`"),
            r"a \*b\* \[c\](d) \<e\> \| f\_g \`h\`"
        );
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("2024. A year"), r"2024\. A year");
        assert_eq!(
            emphasise("South  Korea fired", vec![0..5, 7..12]),
            "**South  Korea** fired"
        );
        let mut r = fixture::report();
        r.findings.clear();
        let mut buf = Vec::new();
        render(&r, &RenderOptions::default(), &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "### concord: no findings\n\n\
             Versions: `news/original.txt` en (default) · `news/translation.txt` en (default)\n"
        );
        // A language given or detected says so.
        r.documents[1].doc.set_lang("de").unwrap();
        let mut buf = Vec::new();
        render(&r, &RenderOptions::default(), &mut buf).unwrap();
        assert!(String::from_utf8(buf)
            .unwrap()
            .contains("`news/translation.txt` de (given)"));
    }
}
