//! The invariants of the pipeline, checked by the property tests (`tests/it/property.rs`) and by
//! every fuzz target (`fuzz/fuzz_targets/*.rs` include this file with `#[path]`), so both test
//! the same promises. Each check panics with what broke; it uses only the library's public API
//! and `serde_json`.
#![allow(dead_code)]

use concord::extract::Facts;
use concord::model::{Document, Report, Segmented, Span};

/// A span lies inside `text` and starts and ends on character boundaries.
pub fn span_in_text(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on character boundaries"
    );
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Sentences are non-empty, trimmed, in document order, do not overlap, and between them (and
/// around them) lies only white space: together they cover every other character of the text.
pub fn segmentation(text: &str, sentences: &[Span]) {
    let mut prev = 0;
    for (i, &s) in sentences.iter().enumerate() {
        span_in_text(text, s, &format!("sentence {i}"));
        assert!(s.start < s.end, "sentence {i} {s:?} is empty");
        assert!(
            prev <= s.start,
            "sentence {i} {s:?} starts before the previous one ends ({prev})"
        );
        let gap = &text[prev..s.start];
        assert!(
            gap.chars().all(is_blank),
            "text before sentence {i} is in no sentence: {gap:?}"
        );
        let body = s.slice(text);
        assert!(
            !body.starts_with(is_blank) && !body.ends_with(is_blank),
            "sentence {i} not trimmed: {body:?}"
        );
        prev = s.end;
    }
    let tail = &text[prev..];
    assert!(
        tail.chars().all(is_blank),
        "text after the last sentence is in no sentence: {tail:?}"
    );
}

/// The index of the sentence holding all of `s`, if one does.
fn sentence_of(sentences: &[Span], s: Span) -> Option<usize> {
    let i = sentences.partition_point(|x| x.end < s.end);
    sentences
        .get(i)
        .filter(|x| x.start <= s.start && s.end <= x.end)
        .map(|_| i)
}

/// Every fact lies on character boundaries inside one sentence; each list is in document order.
pub fn facts(doc: &Segmented, facts: &Facts) {
    let text = doc.doc.text.as_str();
    let mut spans: Vec<(&str, Vec<Span>)> = vec![
        ("entity", facts.entities.iter().map(|e| e.span).collect()),
        (
            "quantity",
            facts.quantities.iter().map(|q| q.span).collect(),
        ),
        ("date", facts.dates.iter().map(|d| d.span).collect()),
        ("quotation", facts.quotes.iter().map(|q| q.span).collect()),
    ];
    spans.push((
        "quotation words",
        facts.quotes.iter().map(|q| q.inner).collect(),
    ));
    for (what, list) in &spans {
        for &s in list {
            span_in_text(text, s, what);
            assert!(
                sentence_of(&doc.sentences, s).is_some(),
                "{what} {s:?} {:?} is not inside one sentence",
                s.slice(text)
            );
        }
        assert!(
            list.windows(2).all(|w| w[0].start <= w[1].start),
            "{what}s out of document order: {list:?}"
        );
    }
    for q in &facts.quotes {
        assert!(
            q.span.start <= q.inner.start && q.inner.end <= q.span.end,
            "quotation words {:?} outside the quotation {:?}",
            q.inner,
            q.span
        );
    }
    for q in &facts.quantities {
        assert!(!q.value.is_nan(), "quantity {:?} is NaN", q.span);
    }
}

/// Every sentence of every document is in exactly one unit; each unit has a member list per
/// document, ascending, not all empty, and a score in [0, 1].
pub fn alignment(docs: &[Segmented], units: &[concord::model::Unit]) {
    let mut seen: Vec<Vec<usize>> = docs.iter().map(|d| vec![0; d.sentences.len()]).collect();
    for (k, u) in units.iter().enumerate() {
        assert_eq!(
            u.members.len(),
            docs.len(),
            "unit {k}: one list per document"
        );
        assert!(u.members.iter().any(|m| !m.is_empty()), "unit {k} is empty");
        assert!(
            (0.0..=1.0).contains(&u.score),
            "unit {k} score {} outside [0, 1]",
            u.score
        );
        for (d, m) in u.members.iter().enumerate() {
            assert!(
                m.windows(2).all(|w| w[0] < w[1]),
                "unit {k} document {d}: members not ascending {m:?}"
            );
            for &s in m {
                assert!(
                    s < seen[d].len(),
                    "unit {k} names sentence {s} of document {d}, which has {}",
                    seen[d].len()
                );
                seen[d][s] += 1;
            }
        }
    }
    for (d, counts) in seen.iter().enumerate() {
        for (s, &n) in counts.iter().enumerate() {
            assert_eq!(n, 1, "document {d} sentence {s} is in {n} units");
        }
    }
}

/// Every finding's location is in a document of the report, on character boundaries and, when
/// it names a sentence, inside that sentence; locations are in document order.
pub fn findings(report: &Report) {
    let n = report.documents.len();
    for (i, f) in report.findings.iter().enumerate() {
        assert!(!f.locations.is_empty(), "finding {i} has no location");
        assert!(
            f.locations
                .windows(2)
                .all(|w| w[0].document <= w[1].document),
            "finding {i}: locations out of document order"
        );
        if let Some(u) = f.unit {
            assert!(
                u < report.alignment.len(),
                "finding {i}: unit {u} does not exist"
            );
        }
        let all = f
            .locations
            .iter()
            .chain(f.agreeing.iter())
            .chain(std::iter::once(&f.subject.location));
        for l in all {
            assert!(
                l.document < n,
                "finding {i}: document {} of {n}",
                l.document
            );
            let seg = &report.documents[l.document];
            span_in_text(&seg.doc.text, l.span, &format!("finding {i} location"));
            if let Some(s) = l.sentence {
                let sentence = seg.sentences.get(s).copied();
                assert!(
                    sentence.is_some_and(|x| x.start <= l.span.start && l.span.end <= x.end),
                    "finding {i} ({}): {:?} {:?} is not inside its sentence {s} {sentence:?}",
                    f.check.id(),
                    l.span,
                    l.span.slice(&seg.doc.text),
                );
            }
        }
    }
}

/// The whole check ([`concord::check_documents`]) with every stage's invariants asserted:
/// sentences, (with `with_facts`) the facts of each version as extracted for the run, the
/// alignment and the findings. Returns the report.
pub fn check(
    docs: Vec<Document>,
    opts: &concord::Options,
    knowledge: &concord::extract::Knowledge,
    with_facts: bool,
) -> Report {
    let report = concord::check_documents(docs, opts, knowledge);
    for s in &report.documents {
        segmentation(&s.doc.text, &s.sentences);
    }
    if with_facts {
        let k = knowledge.with_definitions(&report.documents);
        for (s, f) in report
            .documents
            .iter()
            .zip(concord::extract::extract_all(&report.documents, &k))
        {
            facts(s, &f);
        }
    }
    alignment(&report.documents, &report.alignment);
    findings(&report);
    report
}

/// The JSON output of `report`, checked against the version 1 contract (docs/formats.md, the
/// strict structs of tests/it/contract.rs): exactly the documented fields, with offsets,
/// lines, columns and texts that agree with the documents.
pub fn json(report: &Report) -> String {
    let mut buf = Vec::new();
    concord::report::render_json(report, &mut buf).expect("JSON renders");
    let text = String::from_utf8(buf).expect("JSON output is UTF-8");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON output parses");
    let obj = fields(
        &v,
        &["version", "documents", "alignment", "findings"],
        &["baseline"],
    );
    assert_eq!(obj["version"], 1);
    let docs = obj["documents"].as_array().expect("documents is an array");
    assert_eq!(docs.len(), report.documents.len());
    for (d, (jd, seg)) in docs.iter().zip(&report.documents).enumerate() {
        let o = fields(
            jd,
            &["path", "language", "language_source", "sentences"],
            &[],
        );
        assert_eq!(o["path"].as_str(), Some(seg.doc.path.as_str()));
        assert_eq!(o["language"].as_str(), Some(seg.doc.lang()));
        assert_eq!(
            o["language_source"].as_str(),
            Some(seg.doc.lang_source().as_str())
        );
        let sentences = o["sentences"].as_array().expect("sentences is an array");
        assert_eq!(sentences.len(), seg.sentences.len(), "document {d}");
        for (js, s) in sentences.iter().zip(&seg.sentences) {
            let o = fields(
                js,
                &[
                    "start",
                    "end",
                    "line",
                    "column",
                    "end_line",
                    "end_column",
                    "text",
                ],
                &[],
            );
            assert_eq!(o["start"].as_u64(), Some(s.start as u64));
            assert_eq!(o["end"].as_u64(), Some(s.end as u64));
            assert_eq!(o["text"].as_str(), Some(s.slice(&seg.doc.text)));
            position(&seg.doc, s.start, &o["line"], &o["column"]);
            position(&seg.doc, s.end, &o["end_line"], &o["end_column"]);
        }
    }
    let units = obj["alignment"].as_array().expect("alignment is an array");
    assert_eq!(units.len(), report.alignment.len());
    for ju in units {
        let o = fields(ju, &["members", "score", "moved"], &[]);
        let members = o["members"].as_array().expect("members is an array");
        assert_eq!(members.len(), report.documents.len());
        for m in members {
            for i in m.as_array().expect("a member list") {
                i.as_u64().expect("a sentence index");
            }
        }
        let score = o["score"].as_f64().expect("score is a number");
        assert!((0.0..=1.0).contains(&score));
        o["moved"].as_bool().expect("moved is a boolean");
    }
    let findings = obj["findings"].as_array().expect("findings is an array");
    assert_eq!(findings.len(), report.findings.len());
    for jf in findings {
        let o = fields(
            jf,
            &["rule", "severity", "message", "locations", "fingerprint"],
            &[],
        );
        let rule = o["rule"].as_str().expect("rule is a string");
        assert!(rule.parse::<concord::check::Check>().is_ok(), "rule {rule}");
        assert!(["error", "warning", "info"].contains(&o["severity"].as_str().unwrap_or("")));
        let message = o["message"].as_str().expect("message is a string");
        assert!(!message.is_empty() && !message.contains('\n'));
        let fp = o["fingerprint"].as_str().expect("fingerprint is a string");
        assert!(
            fp.len() == 16 && fp.bytes().all(|b| b.is_ascii_hexdigit()),
            "{fp}"
        );
        let locations = o["locations"].as_array().expect("locations is an array");
        assert!(!locations.is_empty());
        for jl in locations {
            let o = fields(
                jl,
                &[
                    "document",
                    "sentence",
                    "start",
                    "end",
                    "line",
                    "column",
                    "end_line",
                    "end_column",
                    "text",
                ],
                &[],
            );
            let d = o["document"].as_u64().expect("document index") as usize;
            let seg = &report.documents[d];
            let (start, end) = (
                o["start"].as_u64().expect("start") as usize,
                o["end"].as_u64().expect("end") as usize,
            );
            span_in_text(&seg.doc.text, Span { start, end }, "JSON location");
            assert_eq!(o["text"].as_str(), Some(&seg.doc.text[start..end]));
            position(&seg.doc, start, &o["line"], &o["column"]);
            position(&seg.doc, end, &o["end_line"], &o["end_column"]);
            if !o["sentence"].is_null() {
                let s = o["sentence"].as_u64().expect("sentence index") as usize;
                assert!(s < seg.sentences.len());
            }
        }
    }
    text
}

/// The object's keys are exactly `required` plus any of `optional`.
fn fields<'a>(
    v: &'a serde_json::Value,
    required: &[&str],
    optional: &[&str],
) -> &'a serde_json::Map<String, serde_json::Value> {
    let o = v.as_object().expect("an object");
    for k in required {
        assert!(o.contains_key(*k), "missing field {k} in {v}");
    }
    for k in o.keys() {
        assert!(
            required.contains(&k.as_str()) || optional.contains(&k.as_str()),
            "unknown field {k}"
        );
    }
    o
}

/// Line and column as the contract defines them: 1-based, LF, CRLF and CR end a line, the
/// column counted in characters.
fn position(doc: &Document, offset: usize, line: &serde_json::Value, column: &serde_json::Value) {
    let before = &doc.text[..offset];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let lines = before.matches('\n').count() + before.matches('\r').count()
        - before.matches("\r\n").count()
        + 1;
    let col = before[line_start..].chars().count() + 1;
    assert_eq!(
        (line.as_u64(), column.as_u64()),
        (Some(lines as u64), Some(col as u64)),
        "line/column of offset {offset}"
    );
}

/// No control character (and no bidirectional override) that the text did not carry as white
/// space survives into rendered output: `allowed` lists the ones a format writes itself.
pub fn no_controls(out: &str, allowed: &[char], format: &str) {
    if let Some(c) = out
        .chars()
        .find(|&c| (c.is_control() || is_bidi(c)) && !allowed.contains(&c))
    {
        panic!("{format} output holds the control character {c:?}");
    }
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Each renderer on `report`: none panics, none lets a control character from the documents
/// through (colour codes are not asked for), and the GitHub commands stay one a finding.
pub fn renderers(report: &Report) {
    use concord::report::{github, human, markdown, sarif, RenderOptions};
    let opts = RenderOptions {
        color: false,
        width: 80,
        cwd: None,
        ..RenderOptions::default()
    };
    let render = |f: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
        let mut buf = Vec::new();
        f(&mut buf).expect("renders");
        String::from_utf8(buf).expect("UTF-8 output")
    };
    let human = render(&|b| human::render_check(report, &opts, b));
    no_controls(&human, &['\n'], "human");
    let md = render(&|b| markdown::render(report, &opts, b));
    no_controls(&md, &['\n'], "markdown");
    let gh = render(&|b| github::render(report, &opts, b));
    no_controls(&gh, &['\n'], "github");
    assert_eq!(
        gh.lines().count(),
        report.findings.len(),
        "one command a finding"
    );
    assert!(gh.lines().all(|l| l.starts_with("::")));
    let sarif = render(&|b| sarif::render(report, &opts, b));
    serde_json::from_str::<serde_json::Value>(&sarif).expect("SARIF parses");
}

/// An error message is one line without control characters: safe in a terminal and a CI log.
pub fn error_line(message: &str) {
    no_controls(message, &[], "error");
}
