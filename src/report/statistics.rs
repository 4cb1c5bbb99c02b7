//! Statistics renderer (`--statistics`): a [`Report`] in, the number of findings per check and
//! severity out, most severe first, then in the order of the checks, and a total line:
//!
//! ```text
//!     6  error    entity-mismatch
//!     1  warning  quote-missing
//!     7  findings
//! ```

use std::io::Write;

use crate::model::Report;

pub fn render(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    for (check, severity, n) in super::counts(report) {
        writeln!(out, "{n:>5}  {:<7}  {check}", severity.as_str())?;
    }
    let n = report.findings.len();
    writeln!(out, "{n:>5}  finding{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn counts_per_check_and_severity_most_severe_first() {
        let mut r = fixture::report();
        r.findings.push(r.findings[1].clone());
        r.findings.rotate_left(2);
        let mut buf = Vec::new();
        render(&r, &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "    1  error    entity-mismatch\n    2  error    number-mismatch\n    1  warning  quote-missing\n    4  findings\n"
        );
        r.findings.clear();
        let mut buf = Vec::new();
        render(&r, &mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "    0  findings\n");
    }
}
