//! The table of checks: every check id with its default severity and its descriptions.
//!
//! In: nothing (static data). Out: [`RuleInfo`] rows looked up by id. This is the one place the
//! check ids and their texts live; SARIF driver rules, configuration validation and the docs
//! all read it.

use crate::model::Severity;

/// One check: its stable id, default severity and the texts shown to users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable kebab-case id, e.g. `entity-mismatch`.
    pub id: &'static str,
    /// Severity before any configuration override.
    pub default_severity: Severity,
    /// One short sentence.
    pub short: &'static str,
    /// A fuller description of what the check looks for.
    pub full: &'static str,
    /// What to do about a finding.
    pub help: &'static str,
}

static RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "entity-mismatch",
        default_severity: Severity::Error,
        short: "A named entity differs between versions.",
        full: "A person, place or organisation named in one version is named differently in \
               the aligned sentence of another version, and the two names are not known aliases.",
        help: "Check which name is right and correct the other version. If both names denote \
               the same entity, add them to [aliases] same in concord.toml.",
    },
    RuleInfo {
        id: "entity-missing",
        default_severity: Severity::Warning,
        short: "A named entity is missing from a version.",
        full: "A person, place or organisation named in one version does not appear in the \
               aligned sentence of another version.",
        help: "Check whether the name was dropped on purpose; restore it if not.",
    },
    RuleInfo {
        id: "entity-ambiguous",
        default_severity: Severity::Info,
        short: "An ambiguous name stands for a specific one.",
        full: "One version uses an ambiguous name (such as \"Korea\") where another version \
               names a specific entity (such as \"North Korea\").",
        help: "Use the specific name in every version so readers cannot mistake it.",
    },
    RuleInfo {
        id: "number-mismatch",
        default_severity: Severity::Error,
        short: "A number or date differs between versions.",
        full: "A number, amount, percentage or date in one version has a different value in \
               the aligned sentence of another version.",
        help: "Check the source and correct the wrong version.",
    },
    RuleInfo {
        id: "number-missing",
        default_severity: Severity::Warning,
        short: "A number or date is missing from a version.",
        full: "A number, amount, percentage or date in one version does not appear in the \
               aligned sentence of another version.",
        help: "Check whether the figure was dropped on purpose; restore it if not.",
    },
    RuleInfo {
        id: "quote-missing",
        default_severity: Severity::Warning,
        short: "A quotation is missing from a version.",
        full: "A direct quotation in one version has no counterpart in the aligned sentence of \
               another version.",
        help: "Check whether the quotation was cut on purpose; restore it if not.",
    },
    RuleInfo {
        id: "quote-altered",
        default_severity: Severity::Warning,
        short: "A quotation's words differ between versions.",
        full: "A direct quotation appears in both versions but its words differ beyond \
               what a translation or a typographic change explains.",
        help: "Quote the speaker's exact words in every version, or mark the change.",
    },
    RuleInfo {
        id: "quote-unbalanced",
        default_severity: Severity::Warning,
        short: "Quotation marks do not balance.",
        full: "A version opens a quotation that it never closes, or closes one it never opened.",
        help: "Add or remove the stray quotation mark.",
    },
    RuleInfo {
        id: "sentence-missing",
        default_severity: Severity::Info,
        short: "A sentence has no counterpart in another version.",
        full: "A sentence of one version could not be aligned with any sentence of another \
               version: it was added, removed or rewritten beyond recognition.",
        help: "Check whether the sentence was added or cut on purpose.",
    },
];

/// Every check, in a fixed order (the order of SARIF `rules` and of the docs).
pub fn all() -> &'static [RuleInfo] {
    RULES
}

/// The check with this id, if there is one.
pub fn get(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// Position of the check in [`all`], used as SARIF `ruleIndex`.
pub fn index(id: &str) -> Option<usize> {
    RULES.iter().position(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        for (i, r) in all().iter().enumerate() {
            assert_eq!(index(r.id), Some(i), "duplicate id {}", r.id);
            assert!(r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        assert_eq!(all().len(), 9);
    }

    #[test]
    fn the_docs_list_every_check_as_the_table_says() {
        let doc = include_str!("../docs/checks.md");
        for r in all() {
            let row = format!(
                "| `{}` | {} | {} |",
                r.id,
                r.default_severity.as_str(),
                r.short
            );
            assert!(doc.contains(&row), "docs/checks.md lacks: {row}");
        }
    }

    #[test]
    fn get_finds_known_ids_only() {
        assert_eq!(
            get("number-mismatch").map(|r| r.default_severity),
            Some(Severity::Error)
        );
        assert_eq!(get("no-such-check"), None);
    }
}
