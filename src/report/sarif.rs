//! SARIF 2.1.0 renderer: a [`Report`] in, one SARIF log (one run) out, for GitHub code scanning
//! and other SARIF viewers.
//!
//! Each finding becomes a result whose primary location is its span in the base document
//! (document 0, else its first location); the spans in the other versions are
//! `relatedLocations`. Regions use 1-based lines and Unicode code point columns with an
//! exclusive `endColumn`. The rules come from [`crate::check::Check`].

use serde::Serialize;
use std::io::Write;

use super::{paths, RenderOptions};
use crate::check::Check;
use crate::model::{Finding, Location, Report, Severity};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    /// Our columns count characters (code points), not UTF-16 units.
    column_kind: &'static str,
    /// Every version, with its language in the property bag.
    artifacts: Vec<Artifact>,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Artifact {
    location: ArtifactLocation,
    properties: ArtifactProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactProperties {
    language: &'static str,
    language_source: &'static str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

fn text(s: impl Into<String>) -> Text {
    Text { text: s.into() }
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation>,
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "concord/v1")]
    v1: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

/// SARIF level of a severity: `info` is SARIF's `note`.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Write `report` as a SARIF 2.1.0 log (pretty-printed JSON and a final newline).
pub fn render(report: &Report, opts: &RenderOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let results = report
        .findings
        .iter()
        .map(|f| result(report, opts, f))
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool { driver: driver() },
            column_kind: "unicodeCodePoints",
            artifacts: report
                .documents
                .iter()
                .map(|d| Artifact {
                    location: ArtifactLocation {
                        uri: paths::uri(&d.doc.path, opts.cwd.as_deref()),
                    },
                    properties: ArtifactProperties {
                        language: d.doc.lang(),
                        language_source: d.doc.lang_source().as_str(),
                    },
                })
                .collect(),
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn driver() -> Driver {
    let repository = env!("CARGO_PKG_REPOSITORY");
    let homepage = env!("CARGO_PKG_HOMEPAGE");
    let information_uri = [homepage, repository].into_iter().find(|u| !u.is_empty());
    Driver {
        name: "concord",
        version: env!("CARGO_PKG_VERSION"),
        semantic_version: env!("CARGO_PKG_VERSION"),
        information_uri,
        rules: Check::ALL
            .iter()
            .map(|c| {
                let r = c.info();
                Rule {
                    id: r.id,
                    name: camel_case(r.id),
                    short_description: text(r.short),
                    full_description: text(r.full),
                    help: text(r.help),
                    default_configuration: Configuration {
                        level: level(r.severity),
                    },
                }
            })
            .collect(),
    }
}

/// `entity-mismatch` → `EntityMismatch`: SARIF suggests a Pascal-case `name` beside the id.
fn camel_case(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn result<'a>(report: &Report, opts: &RenderOptions, f: &'a Finding) -> SarifResult<'a> {
    let base = f
        .locations
        .iter()
        .position(|l| l.document == 0)
        .or(if f.locations.is_empty() {
            None
        } else {
            Some(0)
        });
    let locations = match base {
        Some(i) => vec![location(report, opts, &f.locations[i], None, false)],
        // A finding about no span still needs a location for code scanning: the base file.
        None => report
            .documents
            .first()
            .map(|d| SarifLocation {
                id: None,
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: paths::uri(&d.doc.path, opts.cwd.as_deref()),
                    },
                    region: None,
                },
                message: None,
            })
            .into_iter()
            .collect(),
    };
    let related_locations = f
        .locations
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != base)
        .enumerate()
        .map(|(id, (_, l))| location(report, opts, l, Some(id), true))
        .collect();
    SarifResult {
        rule_id: f.check.id(),
        rule_index: Some(f.check.index()),
        level: level(f.severity),
        message: text(super::message::render(report, f)),
        locations,
        related_locations,
        partial_fingerprints: Fingerprints {
            v1: f.fingerprint.clone(),
        },
    }
}

fn location(
    report: &Report,
    opts: &RenderOptions,
    l: &Location,
    id: Option<usize>,
    with_message: bool,
) -> SarifLocation {
    let doc = &report.documents[l.document].doc;
    let (start_line, start_column) = doc.line_col(l.span.start);
    let (end_line, end_column) = doc.line_col(l.span.end);
    let message = with_message.then(|| {
        text(format!(
            "{}: \"{}\"",
            paths::relative(&doc.path, opts.cwd.as_deref()),
            l.span.slice(&doc.text)
        ))
    });
    SarifLocation {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: paths::uri(&doc.path, opts.cwd.as_deref()),
            },
            region: Some(Region {
                start_line,
                start_column,
                end_line,
                end_column,
            }),
        },
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn render_value(report: &Report) -> serde_json::Value {
        let mut buf = Vec::new();
        render(report, &RenderOptions::default(), &mut buf).unwrap();
        serde_json::from_slice(&buf).unwrap()
    }

    #[test]
    fn validates_against_the_sarif_schema() {
        // Vendored (tests/data/README.md) so that a plain clone tests it: no skipping.
        let schema_text = include_str!("../../tests/data/sarif-schema-2.1.0.json");
        let schema: serde_json::Value = serde_json::from_str(schema_text).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let mut empty = fixture::report();
        empty.findings.clear();
        for value in [render_value(&fixture::report()), render_value(&empty)] {
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{errors:#?}");
        }
        // The validator does reject what the schema forbids: SARIF has no level "info".
        let mut bad = render_value(&fixture::report());
        bad["runs"][0]["results"][0]["level"] = "info".into();
        assert!(!validator.is_valid(&bad));
    }

    #[test]
    fn results_carry_base_location_related_locations_and_fingerprints() {
        let v = render_value(&fixture::report());
        let run = &v["runs"][0];
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(run["tool"]["driver"]["name"], "concord");
        assert_eq!(
            run["tool"]["driver"]["rules"].as_array().unwrap().len(),
            Check::ALL.len()
        );
        let r0 = &run["results"][0];
        assert_eq!(r0["ruleId"], "entity-mismatch");
        assert_eq!(
            run["tool"]["driver"]["rules"][r0["ruleIndex"].as_u64().unwrap() as usize]["id"],
            "entity-mismatch"
        );
        assert_eq!(r0["level"], "error");
        let pl = &r0["locations"][0]["physicalLocation"];
        assert_eq!(pl["artifactLocation"]["uri"], "news/original.txt");
        assert_eq!(
            pl["region"],
            serde_json::json!({"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 9})
        );
        let rel = &r0["relatedLocations"][0];
        assert_eq!(rel["id"], 0);
        assert_eq!(
            rel["physicalLocation"]["artifactLocation"]["uri"],
            "news/translation.txt"
        );
        assert_eq!(
            rel["message"]["text"],
            "news/translation.txt: \"South Korea\""
        );
        assert_eq!(rel["physicalLocation"]["region"]["endColumn"], 12);
        assert_eq!(
            r0["partialFingerprints"]["concord/v1"]
                .as_str()
                .unwrap()
                .len(),
            16
        );
        let r2 = &run["results"][2];
        assert_eq!(r2["level"], "warning");
        // A missing quotation points at the sentence where it is missing.
        assert_eq!(
            r2["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
            4
        );
    }

    #[test]
    fn info_is_note_and_stdin_is_named() {
        let mut r = fixture::report();
        r.documents[1].doc.path = "-".into();
        r.findings[0].severity = Severity::Info;
        let v = render_value(&r);
        let r0 = &v["runs"][0]["results"][0];
        assert_eq!(r0["level"], "note");
        assert_eq!(
            r0["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "stdin"
        );
    }
}
