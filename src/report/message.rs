//! The message renderer: a [`Finding`] (and the report's documents) in, its one-line message
//! out, e.g. `"DPRK" (original.txt:5:62) became "South Korea" (translation.txt:7:52)`.
//!
//! Every format shows this line (human, json, sarif, github, markdown, baselines); no other
//! code writes a finding's words. It reads `{subject} ({where}) {change} {counterparts}`:
//! the subject quoted (long texts shortened), where it stands and where the versions that
//! agree hold it, what happened, and each differing version's side joined with "and".

use crate::check::Check;
use crate::model::{Change, Counterpart, Fact, FactKind, Finding, Location, Note, Report};

/// The one-line message of `f`. Paths are shown as given on the command line.
pub fn render(report: &Report, f: &Finding) -> String {
    render_named(report, f, &|d| report.documents[d].doc.path.as_str())
}

/// The one-line message of `f` with each document `d` named `name(d)`: the human report,
/// whose unit header already shows the full paths, names them by [`short_names`].
pub fn render_named<'n>(report: &Report, f: &Finding, name: &dyn Fn(usize) -> &'n str) -> String {
    if f.change == Change::Covers {
        return coverage(f, name);
    }
    let at = |l: &Location| at_named(report, l, name);
    let mut where_ = at(&f.subject.location);
    for a in &f.agreeing {
        where_.push_str(", ");
        where_.push_str(&at(a));
    }
    let mut s = format!(
        "{} ({where_}) {}",
        shown(f.check, &f.subject),
        verb(f.change)
    );
    let others: Vec<String> = f
        .counterparts
        .iter()
        .map(|c| counterpart(report, f.check, c, name))
        .collect();
    if !others.is_empty() {
        s.push(' ');
        s.push_str(&others.join(" and "));
    }
    s
}

fn verb(change: Change) -> &'static str {
    match change {
        Change::Became => "became",
        Change::NoCounterpart => "has no counterpart in",
        Change::NoQuotedCounterpart => "has no quoted counterpart in",
        Change::Requoted => "is quoted with other words as",
        Change::NeverClosed => "opens a quotation that is never closed",
        Change::Covers => "covers",
    }
}

/// One differing version's side: the fact there and where, or where the subject is missing.
fn counterpart<'n>(
    report: &Report,
    check: Check,
    c: &Counterpart,
    name: &dyn Fn(usize) -> &'n str,
) -> String {
    let at = |l: &Location| at_named(report, l, name);
    let mut s = match (&c.fact, &c.at) {
        (Some(fact), _) => format!("{} ({})", shown(check, fact), at(&fact.location)),
        (None, Some(l)) => at(l),
        (None, None) => name(c.document).to_string(),
    };
    if let Some(n) = &c.note {
        s.push_str(&format!(" ({})", note(n)));
    }
    s
}

fn note(n: &Note) -> String {
    match n {
        Note::Added => "added".into(),
        Note::Dropped => "dropped".into(),
        Note::AddedWithSentence => "added with its sentence".into(),
        Note::DroppedWithSentence => "dropped with its sentence".into(),
        Note::Paraphrased => "paraphrased without quotation marks".into(),
        Note::QuotationMarksAdded => "quotation marks added".into(),
        Note::ReplacedBy(w) => format!("replaced by {}", quoted(w)),
        Note::Ambiguous => "ambiguous name: may or may not be the same".into(),
        Note::LessPrecise => "less precise".into(),
        Note::MorePrecise => "more precise".into(),
        Note::WithFacts { added, facts } => format!(
            "{} with {}",
            if *added { "added" } else { "dropped" },
            facts
                .iter()
                .map(|f| quoted(f))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Note::Coverage {
            percent,
            covered,
            total,
        } => format!("{percent}%: {covered} of {total} sentences have a counterpart"),
    }
}

/// A version that covers little of the base: `other.txt covers 30% of base.txt (3 of 10
/// sentences have a counterpart)`. The subject is the version, the counterpart the base.
fn coverage<'n>(f: &Finding, path: &dyn Fn(usize) -> &'n str) -> String {
    let mut s = format!("{} covers", path(f.subject.location.document));
    for c in &f.counterparts {
        match &c.note {
            Some(Note::Coverage {
                percent,
                covered,
                total,
            }) => s.push_str(&format!(
                " {percent}% of {} ({covered} of {total} sentences have a counterpart)",
                path(c.document)
            )),
            _ => s.push_str(&format!(" part of {}", path(c.document))),
        }
    }
    s
}

/// A fact's text as the message shows it: quoted, and shortened when it is long (sentences to
/// 60 characters, quotations to 50 where missing and 40 where compared).
fn shown(check: Check, fact: &Fact) -> String {
    let max = match (fact.kind, check) {
        (FactKind::Sentence, _) => Some(60),
        (FactKind::Quote, Check::QuoteMissing) => Some(50),
        (FactKind::Quote, _) => Some(40),
        _ => None,
    };
    match max {
        Some(m) => quoted(&shorten(&fact.text, m)),
        None => quoted(&fact.text),
    }
}

/// `path:line:column` of a location.
pub fn at(report: &Report, l: &Location) -> String {
    at_named(report, l, &|d| report.documents[d].doc.path.as_str())
}

/// `name:line:column` of a location, its document named `name(document)`.
fn at_named<'n>(report: &Report, l: &Location, name: &dyn Fn(usize) -> &'n str) -> String {
    let (line, column) = report.documents[l.document].doc.line_col(l.span.start);
    format!("{}:{line}:{column}", name(l.document))
}

/// The shortest name of each path that no other path in `paths` ends with: its file name,
/// or as many of its last components as tell it from the others (`a/story.txt` and
/// `b/story.txt`). A path given twice keeps its full spelling.
pub fn short_names(paths: &[&str]) -> Vec<String> {
    let parts: Vec<Vec<&str>> = paths
        .iter()
        .map(|p| p.split(['/', '\\']).filter(|c| !c.is_empty()).collect())
        .collect();
    let suffix = |i: usize, k: usize| -> &[&str] {
        let c = &parts[i];
        &c[c.len().saturating_sub(k)..]
    };
    (0..paths.len())
        .map(|i| {
            let n = parts[i].len();
            (1..n)
                .find(|&k| (0..paths.len()).all(|j| j == i || suffix(j, k) != suffix(i, k)))
                .map_or_else(|| paths[i].to_string(), |k| suffix(i, k).join("/"))
        })
        .collect()
}

/// `s` safe to show in a terminal or a CI log: each control character (C0, DEL, C1) and each
/// bidirectional override or isolate, which could clear a screen, retitle a terminal, fake a
/// log line or reorder what a reviewer reads, replaced by its escape (`\u{1b}`, `\n`). Text
/// the renderers did not write (documents, paths) passes through this on its way out.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    let hostile =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(hostile) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if hostile(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A text in double quotes, inner white space collapsed.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// At most `max` characters of `s`, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn names_both_sides_with_positions() {
        let r = fixture::report();
        let m: Vec<String> = r.findings.iter().map(|f| render(&r, f)).collect();
        assert_eq!(
            m,
            [
                "\"DPRK\" (news/original.txt:3:5) became \"South Korea\" (news/translation.txt:3:1)",
                "\"3\" (news/original.txt:3:16) became \"4\" (news/translation.txt:3:19)",
                "\"We will respond,\" (news/original.txt:4:1) has no quoted counterpart in \
                 news/translation.txt:4:1 (paraphrased without quotation marks)",
            ]
        );
    }

    #[test]
    fn long_texts_are_shortened_and_notes_follow() {
        let mut r = fixture::report();
        let f = &mut r.findings[2];
        f.subject.text = "a ".repeat(40);
        f.subject.kind = FactKind::Sentence;
        f.counterparts[0].at = None;
        f.counterparts[0].note = Some(Note::ReplacedBy("him".into()));
        let m = render(&r, &r.findings[2]);
        assert!(
            m.starts_with(&format!("\"{}…\"", "a ".repeat(30).trim_end())),
            "{m}"
        );
        assert!(
            m.ends_with("in news/translation.txt (replaced by \"him\")"),
            "{m}"
        );
    }

    #[test]
    fn short_names_are_the_shortest_suffix_that_tells_paths_apart() {
        assert_eq!(
            short_names(&["news/original.txt", "news/translation.txt"]),
            ["original.txt", "translation.txt"]
        );
        assert_eq!(
            short_names(&["a/x/story.txt", "b/x/story.txt", "c/other.txt"]),
            ["a/x/story.txt", "b/x/story.txt", "other.txt"]
        );
        assert_eq!(
            short_names(&["/srv/a/story.txt", "/srv/b/story.txt"]),
            ["a/story.txt", "b/story.txt"]
        );
        // The same file twice, a bare name and standard input keep their spelling.
        assert_eq!(
            short_names(&["s.txt", "s.txt", "-"]),
            ["s.txt", "s.txt", "-"]
        );
    }

    #[test]
    fn named_messages_use_the_names_given() {
        let r = fixture::report();
        let names = ["original.txt", "translation.txt"];
        assert_eq!(
            render_named(&r, &r.findings[0], &|d| names[d]),
            "\"DPRK\" (original.txt:3:5) became \"South Korea\" (translation.txt:3:1)"
        );
    }

    #[test]
    fn printable_escapes_controls_and_bidi_overrides() {
        assert_eq!(printable("plain “text” é"), "plain “text” é");
        assert_eq!(
            printable("a\u{1b}]0;owned\u{7}b\nc\u{9b}d\u{202e}e\u{7f}"),
            "a\\u{1b}]0;owned\\u{7}b\\nc\\u{9b}d\\u{202e}e\\u{7f}"
        );
    }
}
