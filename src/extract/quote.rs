//! Quotations: straight and curly double quotes, guillemets, „…“ and 「…」, with single quotes
//! nested inside; one quotation may span sentences but not paragraphs. An opening mark without
//! its closing mark in the paragraph gives an unclosed quotation running to the paragraph's
//! end. Apostrophes inside words ("don’t", "Korea’s") are not quotation marks.

use super::Quote;
use crate::model::Span;

/// The closing marks of an opening mark (`data/lexicon/common.toml`).
fn closers(open: char) -> Option<&'static str> {
    // Asked for every character of a text: letters and digits are never opening marks, and
    // the rest are looked up in a table built once.
    if open.is_alphanumeric() || open.is_whitespace() {
        return None;
    }
    static TABLE: std::sync::OnceLock<std::collections::HashMap<char, &'static str>> =
        std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut table = std::collections::HashMap::new();
            for (o, c) in &crate::lexicon::common().quotes.pairs {
                if let Some(o) = o.chars().next() {
                    table.entry(o).or_insert(c.as_str());
                }
            }
            table
        })
        .get(&open)
        .copied()
}

/// Paragraph ends: blank lines; or every line break when the text has no blank line (one
/// paragraph a line).
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let blank = text.contains("\n\n") || text.contains("\r\n\r\n") || text.contains("\n\r\n");
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line_end = i;
            let mut j = i;
            let mut newlines = 0;
            while j < bytes.len()
                && (bytes[j] == b'\n' || bytes[j] == b'\r' || bytes[j] == b' ' || bytes[j] == b'\t')
            {
                if bytes[j] == b'\n' || (bytes[j] == b'\r' && bytes.get(j + 1) != Some(&b'\n')) {
                    newlines += 1;
                }
                j += 1;
            }
            if !blank || newlines >= 2 {
                out.push((start, line_end));
                start = j;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out.push((start, text.len()));
    out
}

/// Can `c` at byte `i` open a quotation? A single quote opens only after a non-letter and
/// before a non-space; a straight double quote not between letters.
fn opens(text: &str, i: usize, c: char) -> bool {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    match c {
        '\u{2018}' | '"' => {
            !prev.is_some_and(|p| p.is_alphanumeric()) && next.is_some_and(|n| !n.is_whitespace())
        }
        _ => closers(c).is_some(),
    }
}

/// Can `c` at byte `i` close a quotation opened with `open`? A ’ followed by a letter is an
/// apostrophe.
fn closes(text: &str, i: usize, c: char, open: char) -> bool {
    if !closers(open).is_some_and(|cl| cl.contains(c)) {
        return false;
    }
    if c == '\u{2019}' {
        let next = text[i + c.len_utf8()..].chars().next();
        return !next.is_some_and(|n| n.is_alphanumeric());
    }
    true
}

/// Extract the quotations of `text`, in document order. Nested quotations are part of the
/// outer one and not reported separately.
pub(crate) fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    for (ps, pe) in paragraphs(text) {
        for q in quotes_in_paragraph(&text[ps..pe]) {
            out.push(Quote {
                span: Span::new(q.span.start + ps, q.span.end + ps),
                inner: Span::new(q.inner.start + ps, q.inner.end + ps),
                closed: q.closed,
            });
        }
    }
    out
}

/// The quotations of one paragraph, offsets relative to it.
fn quotes_in_paragraph(para: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < para.len() {
        let Some((i, c)) = para[pos..]
            .char_indices()
            .map(|(k, c)| (pos + k, c))
            .find(|&(k, c)| closers(c).is_some() && opens(para, k, c))
        else {
            break;
        };
        let inner_start = i + c.len_utf8();
        // Find the matching closing mark, skipping nested quotations of another kind.
        let mut nested: Vec<char> = Vec::new();
        let mut close = None;
        for (k, d) in para[inner_start..].char_indices() {
            let at = inner_start + k;
            if let Some(&top) = nested.last() {
                if closes(para, at, d, top) {
                    nested.pop();
                    continue;
                }
            }
            if nested.is_empty() && closes(para, at, d, c) {
                close = Some((at, d));
                break;
            }
            if d != c && closers(d).is_some() && opens(para, at, d) && nested.len() < 4 {
                nested.push(d);
            }
        }
        let q = match close {
            Some((at, d)) => Quote {
                span: Span::new(i, at + d.len_utf8()),
                inner: Span::new(inner_start, at),
                closed: true,
            },
            None => {
                let end = para.trim_end().len().max(inner_start);
                Quote {
                    span: Span::new(i, end),
                    inner: Span::new(inner_start, end),
                    closed: false,
                }
            }
        };
        pos = q.span.end.max(inner_start);
        out.push(q);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inners(text: &str) -> Vec<(&str, bool)> {
        quotes(text)
            .iter()
            .map(|q| (q.inner.slice(text), q.closed))
            .collect()
    }

    #[test]
    fn curly_straight_and_other_marks() {
        let t = "He said “no tests,” and \"yes\" then «oui», „ja“ and 「はい」.";
        assert_eq!(
            inners(t),
            vec![
                ("no tests,", true),
                ("yes", true),
                ("oui", true),
                ("ja", true),
                ("はい", true)
            ]
        );
        let q = &quotes(t)[0];
        assert_eq!(q.span.slice(t), "“no tests,”");
    }

    #[test]
    fn nested_and_spanning_sentences() {
        let t = "“He called it ‘a marked acceleration’. It continues.” the report said.";
        assert_eq!(
            inners(t),
            vec![("He called it ‘a marked acceleration’. It continues.", true)]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "North Korea’s mission didn’t respond; the monitors’ view. 'Tis rock 'n' roll.";
        let q = quotes(t);
        assert!(
            q.iter().all(|q| !q.inner.slice(t).contains("mission")),
            "{q:?}"
        );
        assert!(quotes("North Korea’s mission didn’t respond.").is_empty());
    }

    #[test]
    fn unbalanced_quotes_run_to_paragraph_end() {
        let t = "The observer said, \"South Korea has improved.\nNext line \"ok\".";
        assert_eq!(
            inners(t),
            vec![("South Korea has improved.", false), ("ok", true)]
        );
        let t = "“First paragraph runs on.\n\n“Second.”";
        assert_eq!(
            inners(t),
            vec![("First paragraph runs on.", false), ("Second.", true)]
        );
        // Lines of one paragraph: a quote may cross a single line break.
        let t = "A.\n\n“Wrapped\nquote” ends.";
        assert_eq!(inners(t), vec![("Wrapped\nquote", true)]);
    }
}
