//! One-line renderer, for editors' quickfix lists and grep: a [`Report`] in, one line per
//! finding out, `path:line:col: severity check message`, e.g.
//!
//! `news/original.txt:3:5: error entity-mismatch "DPRK" (news/original.txt:3:5) became …`
//!
//! The position is the finding's primary one, as for GitHub annotations (its span in the base
//! document, else its first span); the path is relative to the working directory with forward
//! slashes. Everything on the line passes through [`printable`], so a path or a document's text
//! can never break the line in two or write control characters to a terminal.

use std::io::Write;

use super::message::printable;
use super::{paths, RenderOptions};
use crate::model::{Finding, Location, Report};

/// Where a finding is shown: its span in the base document, else its first span.
pub fn primary(f: &Finding) -> Option<&Location> {
    f.locations
        .iter()
        .find(|l| l.document == 0)
        .or(f.locations.first())
}

/// Write one line per finding, in report order.
pub fn render(report: &Report, opts: &RenderOptions, out: &mut dyn Write) -> std::io::Result<()> {
    for f in &report.findings {
        let (doc, line, col) = match primary(f) {
            Some(l) => {
                let doc = &report.documents[l.document].doc;
                let (line, col) = doc.line_col(l.span.start);
                (doc, line, col)
            }
            None => (&report.documents[0].doc, 1, 1),
        };
        let path = paths::relative(&doc.path, opts.cwd.as_deref());
        let line = format!(
            "{path}:{line}:{col}: {} {} {}",
            f.severity.as_str(),
            f.check.id(),
            super::message::render(report, f)
        );
        writeln!(out, "{}", printable(&line))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn one_line_per_finding_at_the_base_span() {
        let mut buf = Vec::new();
        render(&fixture::report(), &RenderOptions::default(), &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "news/original.txt:3:5: error entity-mismatch \"DPRK\" (news/original.txt:3:5) became \"South Korea\" (news/translation.txt:3:1)\n\
             news/original.txt:3:16: error number-mismatch \"3\" (news/original.txt:3:16) became \"4\" (news/translation.txt:3:19)\n\
             news/original.txt:4:1: warning quote-missing \"We will respond,\" (news/original.txt:4:1) has no quoted counterpart in news/translation.txt:4:1 (paraphrased without quotation marks)\n"
        );
    }

    #[test]
    fn a_path_with_a_line_break_stays_on_one_line() {
        let mut r = fixture::report();
        r.documents[0].doc.path = "two\nlines\u{1b}[2J.txt".into();
        r.findings.truncate(1);
        let mut buf = Vec::new();
        render(&r, &RenderOptions::default(), &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(
            text.starts_with("two\\nlines\\u{1b}[2J.txt:3:5: error entity-mismatch "),
            "{text}"
        );
    }
}
