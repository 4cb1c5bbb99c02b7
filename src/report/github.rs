//! GitHub Actions renderer: a [`Report`] in, one workflow command per finding out
//! (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which GitHub shows as
//! annotations on the pull request's changed files.
//!
//! The annotation sits on the finding's span in the version the pull request changes: the other
//! version that differs from the base (see [`super::primary`]), or the base with
//! `--annotate base`; the message names every version's position. `info` findings are `notice`s.

use std::io::Write;

use super::{paths, RenderOptions};
use crate::model::{Report, Severity};

/// The workflow command for a severity.
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escape a command's message as the runner expects (`%`, CR and LF), so that no text can end
/// the command's line and start a workflow command of its own (a `::` after an escaped line
/// break is just text). Other control characters, which the log would interpret (colours,
/// cursor moves), are shown escaped.
pub fn escape_data(s: &str) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    super::message::printable(&s).into_owned()
}

/// Escape a property value: as data, plus `:` and `,`, which end a property.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Write one workflow command per finding, in report order.
pub fn render(report: &Report, opts: &RenderOptions, out: &mut dyn Write) -> std::io::Result<()> {
    for f in &report.findings {
        let placement = super::primary(f, opts.annotate);
        let at = match placement {
            Some(super::Placement::At(i)) => Some(&f.locations[i]),
            _ => None,
        };
        let whole = match (placement, opts.annotate) {
            (Some(super::Placement::File(d)), _) => report.documents.get(d),
            (_, super::Annotate::Other) if report.documents.len() > 1 => report.documents.get(1),
            _ => report.documents.first(),
        };
        let mut props = Vec::new();
        if let Some(l) = at {
            let doc = &report.documents[l.document].doc;
            let (line, col) = doc.line_col(l.span.start);
            let (end_line, end_col) = doc.line_col(l.span.end);
            props.push(format!(
                "file={}",
                escape_property(&paths::relative(&doc.path, opts.cwd.as_deref()))
            ));
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
            props.push(format!("endLine={end_line}"));
            props.push(format!("endColumn={end_col}"));
        } else if let Some(d) = whole {
            props.push(format!(
                "file={}",
                escape_property(&paths::relative(&d.doc.path, opts.cwd.as_deref()))
            ));
        }
        props.push(format!(
            "title={}",
            escape_property(&format!("concord {}", f.check.id()))
        ));
        writeln!(
            out,
            "::{} {}::{}",
            command(f.severity),
            props.join(","),
            escape_data(&super::message::render(report, f))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn renders_one_command_per_finding_on_the_other_version() {
        let mut buf = Vec::new();
        render(&fixture::report(), &RenderOptions::default(), &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "::error file=news/translation.txt,line=3,col=1,endLine=3,endColumn=12,title=concord entity-mismatch::\"DPRK\" (news/original.txt:3:5) became \"South Korea\" (news/translation.txt:3:1)\n\
             ::error file=news/translation.txt,line=3,col=19,endLine=3,endColumn=20,title=concord number-mismatch::\"3\" (news/original.txt:3:16) became \"4\" (news/translation.txt:3:19)\n\
             ::warning file=news/translation.txt,line=4,col=1,endLine=4,endColumn=38,title=concord quote-missing::\"We will respond,\" (news/original.txt:4:1) has no quoted counterpart in news/translation.txt:4:1 (paraphrased without quotation marks)\n"
        );
    }

    #[test]
    fn annotate_base_puts_them_on_the_base() {
        let mut buf = Vec::new();
        let opts = RenderOptions {
            annotate: crate::report::Annotate::Base,
            ..RenderOptions::default()
        };
        render(&fixture::report(), &opts, &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "::error file=news/original.txt,line=3,col=5,endLine=3,endColumn=9,title=concord entity-mismatch::\"DPRK\" (news/original.txt:3:5) became \"South Korea\" (news/translation.txt:3:1)\n\
             ::error file=news/original.txt,line=3,col=16,endLine=3,endColumn=17,title=concord number-mismatch::\"3\" (news/original.txt:3:16) became \"4\" (news/translation.txt:3:19)\n\
             ::warning file=news/original.txt,line=4,col=1,endLine=4,endColumn=19,title=concord quote-missing::\"We will respond,\" (news/original.txt:4:1) has no quoted counterpart in news/translation.txt:4:1 (paraphrased without quotation marks)\n"
        );
    }

    #[test]
    fn a_sentence_dropped_from_the_other_version_is_a_file_annotation_there() {
        let mut r = fixture::report();
        r.findings.drain(..2);
        r.findings[0].locations.retain(|l| l.document == 0);
        for c in &mut r.findings[0].counterparts {
            c.at = None;
        }
        let mut buf = Vec::new();
        render(&r, &RenderOptions::default(), &mut buf).unwrap();
        let out = String::from_utf8(buf).unwrap();
        assert!(
            out.starts_with("::warning file=news/translation.txt,title=concord quote-missing::"),
            "{out}"
        );
    }

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("100%\r\nnext"), "100%25%0D%0Anext");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        let mut r = fixture::report();
        r.documents[0].doc.path = "dir,x/a:b.txt".into();
        r.findings.truncate(1);
        // Paths reach the message: a new line and a per cent sign in one must be escaped.
        r.documents[1].doc.path = "two\nlines%.txt".into();
        r.findings[0].severity = Severity::Info;
        let mut buf = Vec::new();
        let base = RenderOptions {
            annotate: crate::report::Annotate::Base,
            ..RenderOptions::default()
        };
        render(&r, &base, &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "::notice file=dir%2Cx/a%3Ab.txt,line=3,col=5,endLine=3,endColumn=9,title=concord entity-mismatch::\"DPRK\" (dir,x/a:b.txt:3:5) became \"South Korea\" (two%0Alines%25.txt:3:1)\n"
        );
    }
}
