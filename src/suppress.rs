//! Suppress stage, after compare: the findings of a report in, the findings to show out, in
//! one fixed order — severity policy (`[severity]`), then disabled checks (`disable`), then the
//! baseline. What the baseline hid and which of its entries are stale land in
//! [`Report::baseline`]. Findings carry their fingerprints already (see
//! [`crate::fingerprint::assign`]), so nothing removed here renumbers what is left.

use std::collections::{BTreeMap, BTreeSet};

use crate::baseline::Baseline;
use crate::check::Check;
use crate::model::{Report, Severity};

/// What the stage applies; built from [`crate::settings::Settings`] and a loaded baseline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Suppress {
    /// Severities replacing the checks' defaults.
    pub severity: BTreeMap<Check, Severity>,
    /// Checks whose findings are dropped.
    pub disabled: BTreeSet<Check>,
    /// Findings recorded here are hidden.
    pub baseline: Option<Baseline>,
}

/// Apply severities, drop disabled checks, then hide what the baseline records (setting
/// `report.baseline` when there is one).
pub fn run(report: &mut Report, s: &Suppress) {
    for f in &mut report.findings {
        if let Some(severity) = s.severity.get(&f.check) {
            f.severity = *severity;
        }
    }
    report.findings.retain(|f| !s.disabled.contains(&f.check));
    if let Some(b) = &s.baseline {
        report.baseline = Some(crate::baseline::apply(report, b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn severity_then_disable_then_baseline() {
        let mut r = fixture::report();
        // The baseline records the number finding only.
        let mut recorded = fixture::report();
        recorded
            .findings
            .retain(|f| f.check == Check::NumberMismatch);
        let s = Suppress {
            severity: BTreeMap::from([(Check::EntityMismatch, Severity::Info)]),
            disabled: BTreeSet::from([Check::QuoteMissing]),
            baseline: Some(crate::baseline::from_report(&recorded)),
        };
        run(&mut r, &s);
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].check, Check::EntityMismatch);
        assert_eq!(r.findings[0].severity, Severity::Info);
        let outcome = r.baseline.as_ref().unwrap();
        assert_eq!(outcome.suppressed, 1);
        assert!(outcome.stale.is_empty());
        assert_eq!(outcome.hidden[0].0, 1);
        assert_eq!(outcome.hidden[0].1.check, Check::NumberMismatch);
    }

    #[test]
    fn a_disabled_check_in_the_baseline_is_stale() {
        let mut r = fixture::report();
        let s = Suppress {
            disabled: BTreeSet::from([Check::QuoteMissing]),
            baseline: Some(crate::baseline::from_report(&fixture::report())),
            ..Suppress::default()
        };
        run(&mut r, &s);
        assert!(r.findings.is_empty());
        let outcome = r.baseline.unwrap();
        assert_eq!(outcome.suppressed, 2);
        assert_eq!(outcome.stale.len(), 1);
        assert_eq!(outcome.stale[0].rule, "quote-missing");
    }

    #[test]
    fn without_a_baseline_there_is_no_outcome() {
        let mut r = fixture::report();
        run(&mut r, &Suppress::default());
        assert_eq!(r.findings.len(), 3);
        assert!(r.baseline.is_none());
    }
}
