//! GitHub Actions renderer: a [`Report`] in, one workflow command per finding out
//! (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which GitHub shows as
//! annotations on the pull request's changed files.
//!
//! The annotation sits on the finding's span in the base document (document 0, else its first
//! location); the message names the other versions already. `info` findings are `notice`s.

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
        let base = f
            .locations
            .iter()
            .find(|l| l.document == 0)
            .or(f.locations.first());
        let mut props = Vec::new();
        if let Some(l) = base {
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
        } else if let Some(d) = report.documents.first() {
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
    fn renders_one_command_per_finding() {
        let mut buf = Vec::new();
        render(&fixture::report(), &RenderOptions::default(), &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "::error file=news/original.txt,line=3,col=5,endLine=3,endColumn=9,title=concord entity-mismatch::\"DPRK\" (news/original.txt:3:5) became \"South Korea\" (news/translation.txt:3:1)\n\
             ::error file=news/original.txt,line=3,col=16,endLine=3,endColumn=17,title=concord number-mismatch::\"3\" (news/original.txt:3:16) became \"4\" (news/translation.txt:3:19)\n\
             ::warning file=news/original.txt,line=4,col=1,endLine=4,endColumn=19,title=concord quote-missing::\"We will respond,\" (news/original.txt:4:1) has no quoted counterpart in news/translation.txt:4:1 (paraphrased without quotation marks)\n"
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
        render(&r, &RenderOptions::default(), &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "::notice file=dir%2Cx/a%3Ab.txt,line=3,col=5,endLine=3,endColumn=9,title=concord entity-mismatch::\"DPRK\" (dir,x/a:b.txt:3:5) became \"South Korea\" (two%0Alines%25.txt:3:1)\n"
        );
    }
}
