//! SARIF 2.1.0 renderer: a [`Report`] in, one SARIF log (one run) out, for GitHub code scanning
//! and other SARIF viewers.
//!
//! Each finding becomes a result whose primary location is its span in the version the pull
//! request changes: the other version that differs from the base (see [`super::primary`];
//! `--annotate base` puts it on the base instead); every other span, the base's included, is a
//! `relatedLocations` entry. Regions use 1-based lines and Unicode code point columns with an
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
    /// In a batch: the story's id, as the manifest wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Properties<'a>>,
}

#[derive(Serialize)]
struct Properties<'a> {
    story: &'a serde_json::value::RawValue,
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
    use super::Placement;
    let placement = super::primary(f, opts.annotate);
    let whole_file = |d: usize| SarifLocation {
        id: None,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: paths::uri(&report.documents[d].doc.path, opts.cwd.as_deref()),
            },
            region: None,
        },
        message: None,
    };
    let primary = match placement {
        Some(Placement::At(i)) => Some(i),
        _ => None,
    };
    let locations = match placement {
        Some(Placement::At(i)) => vec![location(report, opts, &f.locations[i], None, false)],
        Some(Placement::File(d)) => vec![whole_file(d)],
        // A finding about no span still needs a location for code scanning: the first other
        // version (or the base, as asked).
        None => {
            let d = match opts.annotate {
                super::Annotate::Other if report.documents.len() > 1 => 1,
                _ => 0,
            };
            (d < report.documents.len())
                .then(|| whole_file(d))
                .into_iter()
                .collect()
        }
    };
    let related_locations = f
        .locations
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != primary)
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
        properties: None,
    }
}

/// One SARIF log over many reports (`concord batch --format sarif`), written a result at a
/// time: [`Stream::start`], [`Stream::report`] per story, [`Stream::finish`]. One run, so code
/// scanning takes it as one upload; each result names its story in `properties.story`, and the
/// stories that could not be checked are `toolExecutionNotifications` of the run's invocation.
pub struct Stream {
    results: usize,
    failures: Vec<serde_json::Value>,
}

impl Stream {
    /// Write the log up to the first result.
    pub fn start(out: &mut dyn Write) -> std::io::Result<Stream> {
        let tool = serde_json::to_string(&Tool { driver: driver() })?;
        write!(
            out,
            "{{\"$schema\":\"{SCHEMA}\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{tool},\"columnKind\":\"unicodeCodePoints\",\"results\":["
        )?;
        Ok(Stream {
            results: 0,
            failures: Vec::new(),
        })
    }

    /// Write the results of one story's report.
    pub fn report(
        &mut self,
        out: &mut dyn Write,
        story: &serde_json::value::RawValue,
        report: &Report,
        opts: &RenderOptions,
    ) -> std::io::Result<()> {
        for f in &report.findings {
            let mut r = result(report, opts, f);
            r.properties = Some(Properties { story });
            let sep = if self.results == 0 { "\n" } else { ",\n" };
            write!(out, "{sep}{}", serde_json::to_string(&r)?)?;
            self.results += 1;
        }
        Ok(())
    }

    /// Note a story that could not be checked.
    pub fn failed(&mut self, story: &str, problem: &str) {
        self.failures.push(serde_json::json!({
            "level": "error",
            "message": { "text": format!("story {story} could not be checked: {problem}") },
        }));
    }

    /// Close the results and write the run's invocation.
    pub fn finish(self, out: &mut dyn Write) -> std::io::Result<()> {
        let invocation = serde_json::json!([{
            "executionSuccessful": self.failures.is_empty(),
            "toolExecutionNotifications": self.failures,
        }]);
        writeln!(out, "\n],\"invocations\":{invocation}}}]}}")
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
            "{}{}: \"{}\"",
            paths::relative(&doc.path, opts.cwd.as_deref()),
            if l.document == 0 { " (base)" } else { "" },
            quote(l.span.slice(&doc.text))
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

/// A span's text for a related location's message; a long one (a whole version, for a
/// document-level finding) is cut after 60 characters.
fn quote(s: &str) -> std::borrow::Cow<'_, str> {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()).into(),
        None => s.into(),
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

    fn render_with(report: &Report, annotate: crate::report::Annotate) -> serde_json::Value {
        let mut buf = Vec::new();
        let opts = RenderOptions {
            annotate,
            ..RenderOptions::default()
        };
        render(report, &opts, &mut buf).unwrap();
        serde_json::from_slice(&buf).unwrap()
    }

    #[test]
    fn results_sit_on_the_other_version_with_the_base_related() {
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
        assert_eq!(pl["artifactLocation"]["uri"], "news/translation.txt");
        assert_eq!(
            pl["region"],
            serde_json::json!({"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 12})
        );
        let rel = &r0["relatedLocations"];
        assert_eq!(rel.as_array().unwrap().len(), 1);
        assert_eq!(rel[0]["id"], 0);
        assert_eq!(
            rel[0]["physicalLocation"]["artifactLocation"]["uri"],
            "news/original.txt"
        );
        assert_eq!(
            rel[0]["message"]["text"],
            "news/original.txt (base): \"DPRK\""
        );
        assert_eq!(
            rel[0]["physicalLocation"]["region"],
            serde_json::json!({"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 9})
        );
        assert_eq!(
            r0["partialFingerprints"]["concord/v1"]
                .as_str()
                .unwrap()
                .len(),
            16
        );
        let r2 = &run["results"][2];
        assert_eq!(r2["level"], "warning");
        // A missing quotation is placed on the sentence where it is missing.
        assert_eq!(
            r2["locations"][0]["physicalLocation"]["region"]["startLine"],
            4
        );
        assert_eq!(
            r2["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "news/translation.txt"
        );
    }

    #[test]
    fn annotate_base_puts_results_on_the_base() {
        let v = render_with(&fixture::report(), crate::report::Annotate::Base);
        let r0 = &v["runs"][0]["results"][0];
        let pl = &r0["locations"][0]["physicalLocation"];
        assert_eq!(pl["artifactLocation"]["uri"], "news/original.txt");
        assert_eq!(pl["region"]["startColumn"], 5);
        let rel = &r0["relatedLocations"][0];
        assert_eq!(
            rel["physicalLocation"]["artifactLocation"]["uri"],
            "news/translation.txt"
        );
        assert_eq!(
            rel["message"]["text"],
            "news/translation.txt: \"South Korea\""
        );
    }

    #[test]
    fn with_three_versions_the_result_sits_on_one_that_differs() {
        // The second version agrees with the base; the third differs: the result is on the third.
        let mut r = fixture::report();
        r.documents.insert(1, r.documents[0].clone());
        r.documents[1].doc.path = "news/agrees.txt".into();
        for f in &mut r.findings {
            for l in &mut f.locations {
                if l.document == 1 {
                    l.document = 2;
                }
            }
            let mut agree = f.locations[0].clone();
            agree.document = 1;
            f.agreeing = vec![agree.clone()];
            f.locations.insert(1, agree);
        }
        let v = render_value(&r);
        let r0 = &v["runs"][0]["results"][0];
        assert_eq!(
            r0["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "news/translation.txt"
        );
        let related: Vec<&str> = r0["relatedLocations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                l["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
            })
            .collect();
        assert_eq!(related, ["news/original.txt", "news/agrees.txt"]);
    }

    #[test]
    fn a_sentence_dropped_from_the_other_version_sits_on_that_file() {
        let mut r = fixture::report();
        let f = &mut r.findings[2];
        f.locations.retain(|l| l.document == 0);
        for c in &mut f.counterparts {
            c.at = None;
        }
        let v = render_value(&r);
        let r2 = &v["runs"][0]["results"][2];
        assert_eq!(
            r2["locations"][0]["physicalLocation"],
            serde_json::json!({"artifactLocation": {"uri": "news/translation.txt"}})
        );
        assert_eq!(
            r2["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "news/original.txt"
        );
        let base = render_with(&r, crate::report::Annotate::Base);
        assert_eq!(
            base["runs"][0]["results"][2]["locations"][0]["physicalLocation"]["region"]
                ["startLine"],
            4
        );
    }

    #[test]
    fn a_stream_over_stories_is_one_valid_run() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/sarif-schema-2.1.0.json")).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let id = |s: &str| serde_json::value::RawValue::from_string(s.to_string()).unwrap();
        let (big, name) = (id("123456789012345678901234567890"), id("\"story-2\""));
        let report = fixture::report();
        let opts = RenderOptions::default();
        for failed in [false, true] {
            let mut buf = Vec::new();
            let mut stream = Stream::start(&mut buf).unwrap();
            stream.report(&mut buf, &big, &report, &opts).unwrap();
            stream.report(&mut buf, &name, &report, &opts).unwrap();
            if failed {
                stream.failed("story-3", "gone.txt: no such file");
            }
            stream.finish(&mut buf).unwrap();
            let text = String::from_utf8(buf).unwrap();
            assert!(
                text.contains("\"story\":123456789012345678901234567890"),
                "{text}"
            );
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&v)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{errors:#?}");
            let run = &v["runs"][0];
            assert_eq!(run["results"].as_array().unwrap().len(), 6);
            assert_eq!(run["results"][3]["properties"]["story"], "story-2");
            assert_eq!(run["invocations"][0]["executionSuccessful"], !failed);
        }
    }

    #[test]
    fn a_long_span_is_quoted_cut() {
        assert_eq!(quote("short"), "short");
        let long = "word ".repeat(30);
        let q = quote(&long);
        assert_eq!(q.chars().count(), 60);
        assert!(q.ends_with("word…"), "{q}");
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
            r0["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "stdin"
        );
    }
}
