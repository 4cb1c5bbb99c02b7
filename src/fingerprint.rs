//! Content fingerprints of findings: a [`Report`] and one of its findings in, a 16-digit hex
//! string out.
//!
//! A fingerprint is built from the check id and the normalised text of each location's span and
//! sentence, never from line numbers, offsets or the message (which names positions), so editing
//! another paragraph of an article leaves it unchanged. Baselines and SARIF
//! `partialFingerprints` rely on that. They are computed once per run, by [`assign`], and carried
//! on each finding.

use crate::model::{Finding, Report};

/// FNV-1a, 64 bits: a few lines, stable across Rust versions and platforms (unlike
/// `DefaultHasher`), and strong enough to tell findings of one story apart; no crate needed.
struct Fnv64(u64);

impl Fnv64 {
    fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    /// A field followed by a separator byte that never occurs in UTF-8 text, so that
    /// ("ab", "c") and ("a", "bc") hash differently.
    fn field(&mut self, s: &str) {
        self.write(s.as_bytes());
        self.write(&[0xff]);
    }
}

/// Text as compared for fingerprints: lowercase, runs of white space collapsed to one space,
/// typographic punctuation folded to its ASCII form (curly quotes, dashes, ellipsis), so that a
/// copy-edit that only changes typography or line wrapping does not change the fingerprint.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
            | '\u{300C}' | '\u{300D}' | '\u{300E}' | '\u{300F}' => out.push('"'),
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
            | '\u{02BC}' => out.push('\''),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{FEFF}' => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Past this many bytes a sentence enters a fingerprint as the hash of its normalised text,
/// computed once per sentence, instead of as the text itself: otherwise fingerprinting costs
/// findings × sentence length, quadratic in one long sentence full of findings. Sentences of
/// ordinary length (every one in a news story) keep the fingerprint they always had.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Normalised-sentence digests of long sentences, per (document, sentence).
type Digests = std::collections::HashMap<(usize, usize), String>;

/// The hash of a finding's content, before disambiguation by occurrence.
fn content_hash(report: &Report, finding: &Finding) -> u64 {
    content_hash_with(report, finding, &mut Digests::new())
}

fn content_hash_with(report: &Report, finding: &Finding, digests: &mut Digests) -> u64 {
    let mut h = Fnv64::new();
    h.field(finding.check.id());
    for loc in &finding.locations {
        let Some(seg) = report.documents.get(loc.document) else {
            continue;
        };
        let text = &seg.doc.text;
        // The document's position (base, first other, …) is part of the content; its path is
        // not, so renaming a file keeps fingerprints.
        h.field(&loc.document.to_string());
        h.field(&normalise(
            text.get(loc.span.start..loc.span.end).unwrap_or(""),
        ));
        let sentence = loc
            .sentence
            .and_then(|i| seg.sentences.get(i))
            .and_then(|s| text.get(s.start..s.end))
            .unwrap_or("");
        if sentence.len() > MAX_SENTENCE_BYTES {
            let key = (loc.document, loc.sentence.unwrap_or(0));
            let digest = digests.entry(key).or_insert_with(|| {
                let mut d = Fnv64::new();
                d.field(&normalise(sentence));
                format!("long sentence {:016x}", d.0)
            });
            h.field(digest);
        } else {
            h.field(&normalise(sentence));
        }
    }
    h.0
}

fn finish(content: u64, occurrence: usize) -> String {
    let mut h = Fnv64(content);
    h.field(&occurrence.to_string());
    format!("{:016x}", h.0)
}

/// Set [`Finding::fingerprint`] on every finding of `report`. The pipeline calls this once,
/// right after compare and before anything is hidden, so that a finding keeps its occurrence
/// number whatever a baseline or `disable` removes later.
pub fn assign(report: &mut Report) {
    let fps = fingerprints(report);
    for (f, fp) in report.findings.iter_mut().zip(fps) {
        f.fingerprint = fp;
    }
}

/// Fingerprints of all findings of `report`, in report order. Findings with the same content
/// (same check, same texts) are told apart by how many such findings came before them.
pub fn fingerprints(report: &Report) -> Vec<String> {
    let mut seen: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    let mut digests = Digests::new();
    report
        .findings
        .iter()
        .map(|f| {
            let c = content_hash_with(report, f, &mut digests);
            let n = seen.entry(c).or_insert(0);
            let fp = finish(c, *n);
            *n += 1;
            fp
        })
        .collect()
}

/// The fingerprint of one finding of `report` (found by identity, else by equality). For all
/// findings at once use [`fingerprints`], which is linear.
pub fn fingerprint(report: &Report, finding: &Finding) -> String {
    let pos = report
        .findings
        .iter()
        .position(|f| std::ptr::eq(f, finding))
        .or_else(|| report.findings.iter().position(|f| f == finding))
        .unwrap_or(report.findings.len());
    let c = content_hash(report, finding);
    let occurrence = report.findings[..pos]
        .iter()
        .filter(|f| content_hash(report, f) == c)
        .count();
    finish(c, occurrence)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::report::fixture::{self, segmented as seg};

    fn finding_at(report: &Report, needle0: &str, needle1: &str) -> Finding {
        let loc = |d: usize, needle: &str| fixture::loc(report, d, needle);
        let fact = |location: crate::model::Location| crate::model::Fact {
            kind: crate::model::FactKind::Entity,
            text: "whatever".into(),
            location,
        };
        Finding::new(
            crate::check::Check::EntityMismatch,
            fact(loc(0, needle0)),
            crate::model::Change::Became,
            None,
        )
        .with(crate::model::Counterpart {
            document: 1,
            fact: Some(fact(loc(1, needle1))),
            at: None,
            note: None,
        })
    }

    fn report(a: &str, b: &str) -> Report {
        Report {
            documents: vec![seg("a.txt", a), seg("b.txt", b)],
            alignment: vec![],
            findings: vec![],
            baseline: None,
        }
    }

    #[test]
    fn inserting_a_paragraph_before_keeps_the_fingerprint() {
        let a = "Intro.\nThe DPRK fired a missile.\n";
        let b = "Intro.\nSouth Korea fired a missile.\n";
        let mut r1 = report(a, b);
        r1.findings = vec![finding_at(&r1, "DPRK", "South Korea")];
        let a2 = "Intro.\n\nA whole new paragraph was added here.\n\nThe DPRK fired a missile.\n";
        let mut r2 = report(a2, b);
        r2.findings = vec![finding_at(&r2, "DPRK", "South Korea")];
        assert_ne!(r1.findings[0].locations, r2.findings[0].locations);
        assert_eq!(
            fingerprint(&r1, &r1.findings[0]),
            fingerprint(&r2, &r2.findings[0])
        );
        assert_eq!(fingerprint(&r1, &r1.findings[0]).len(), 16);
    }

    #[test]
    fn a_long_sentence_is_hashed_once_and_still_tells_edits_apart() {
        let long = |w: &str| format!("The DPRK fired {}.\n", format!("{w} ").repeat(1000));
        let fp = |a: &str| {
            let mut r = report(a, "South Korea fired.\n");
            r.findings = vec![finding_at(&r, "DPRK", "South Korea"); 2];
            fingerprints(&r)
        };
        let (x, y) = (fp(&long("again")), fp(&long("again")));
        assert!(long("again").len() > MAX_SENTENCE_BYTES);
        assert_eq!(x, y);
        assert_ne!(x[0], x[1], "occurrences still told apart");
        assert_ne!(x, fp(&long("twice")));
        let mut r = report(&long("again"), "South Korea fired.\n");
        r.findings = vec![finding_at(&r, "DPRK", "South Korea")];
        assert_eq!(fingerprint(&r, &r.findings[0]), x[0]);
    }

    #[test]
    fn typography_and_wrapping_do_not_matter_but_words_do() {
        assert_eq!(
            normalise("  “Hello”  —\n World…"),
            normalise("\"hello\" - world...")
        );
        let mut r1 = report("The DPRK fired.\n", "South Korea fired.\n");
        r1.findings = vec![finding_at(&r1, "DPRK", "South Korea")];
        let mut r2 = report("The DPRK fired twice.\n", "South Korea fired.\n");
        r2.findings = vec![finding_at(&r2, "DPRK", "South Korea")];
        assert_ne!(
            fingerprint(&r1, &r1.findings[0]),
            fingerprint(&r2, &r2.findings[0])
        );
    }

    #[test]
    fn identical_findings_are_told_apart_by_occurrence() {
        let mut r = report("Korea met Korea.\n", "Seoul met Seoul.\n");
        let f = finding_at(&r, "Korea", "Seoul");
        r.findings = vec![f.clone(), f];
        let all = fingerprints(&r);
        assert_ne!(all[0], all[1]);
        assert_eq!(all[0], fingerprint(&r, &r.findings[0]));
        assert_eq!(all[1], fingerprint(&r, &r.findings[1]));
    }

    #[test]
    fn assign_sets_each_findings_own_fingerprint() {
        let mut r = report("Korea met Korea.\n", "Seoul met Seoul.\n");
        let f = finding_at(&r, "Korea", "Seoul");
        r.findings = vec![f.clone(), f];
        assign(&mut r);
        assert_eq!(
            r.findings
                .iter()
                .map(|f| f.fingerprint.clone())
                .collect::<Vec<_>>(),
            fingerprints(&r)
        );
        // Hiding the first later does not renumber the second.
        let second = r.findings[1].fingerprint.clone();
        r.findings.remove(0);
        assert_eq!(r.findings[0].fingerprint, second);
        assert_ne!(fingerprints(&r)[0], second);
    }
}
