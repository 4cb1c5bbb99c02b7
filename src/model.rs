//! Shared data types of the pipeline: documents, spans, alignment units, findings and the report.
//!
//! Every stage takes and returns these plain values; spans are byte ranges into a document's text
//! exactly as it was loaded, and line/column are derived from them when rendering.

use serde::Serialize;

pub use crate::text::Span;

/// One version of the story, as loaded: its name and its full text (a UTF-8 BOM, if any, is kept
/// so that offsets match the file's bytes).
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as given on the command line (`-` for standard input).
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
    /// Characters before every `CHUNK`-th byte: a column is then counted over at most `CHUNK`
    /// bytes, so a location costs the same on a 10 MB line as on a short one.
    chars_before_chunk: Vec<usize>,
    /// The language code of the text (a [`crate::lexicon`] code; English unless set).
    lang: &'static str,
    /// How `lang` was decided.
    lang_source: LangSource,
    /// Whether `lang` is known for sure ([`Document::lang_sure`]).
    lang_sure: bool,
}

/// How the language of a version was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LangSource {
    /// Nobody decided: the default language.
    #[default]
    Default,
    /// Detected from the text ([`crate::lexicon::detect`]).
    Detected,
    /// Given: `--lang`, the configuration's `[languages]`, or [`Document::set_lang`].
    Given,
}

impl LangSource {
    pub fn as_str(self) -> &'static str {
        match self {
            LangSource::Default => "default",
            LangSource::Detected => "detected",
            LangSource::Given => "given",
        }
    }
}

/// Bytes between two character-count checkpoints of a [`Document`].
const CHUNK: usize = 1024;

/// Characters that start in `bytes` (every byte that is not a UTF-8 continuation byte), so a
/// count over any byte range is exact when the range ends on a character boundary.
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl Document {
    pub fn new(path: impl Into<String>, text: String) -> Self {
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        let mut chars_before_chunk = Vec::with_capacity(bytes.len() / CHUNK + 1);
        let mut count = 0;
        for chunk in bytes.chunks(CHUNK) {
            chars_before_chunk.push(count);
            count += char_starts(chunk);
        }
        Document {
            path: path.into(),
            text,
            line_starts,
            chars_before_chunk,
            lang: crate::lexicon::DEFAULT_LANGUAGE,
            lang_source: LangSource::Default,
            lang_sure: false,
        }
    }

    /// Characters before byte `offset` (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let k = offset / CHUNK;
        match self.chars_before_chunk.get(k) {
            Some(&before) => before + char_starts(&self.text.as_bytes()[k * CHUNK..offset]),
            None => char_starts(&self.text.as_bytes()[..offset]),
        }
    }

    /// The language of the text: the code of the lexicon its facts are read with.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// How the language was decided: default, detected or given.
    pub fn lang_source(&self) -> LangSource {
        self.lang_source
    }

    /// Read this version as language `code` (`en`, `de`, …); the pipeline then keeps it (no
    /// detection). An unknown code, or one whose lexicon does not parse, is an error and
    /// leaves the language unchanged.
    pub fn set_lang(&mut self, code: &str) -> crate::error::Result<()> {
        self.set_lang_from(code, LangSource::Given)
    }

    /// [`Document::set_lang`], recording how the language was decided.
    pub fn set_lang_from(&mut self, code: &str, source: LangSource) -> crate::error::Result<()> {
        let lexicon = crate::lexicon::get(code)?;
        self.lang = crate::lexicon::languages()
            .find(|c| *c == lexicon.code)
            .unwrap_or(crate::lexicon::DEFAULT_LANGUAGE);
        self.lang_source = source;
        self.lang_sure = source != LangSource::Default;
        Ok(())
    }

    /// Whether the language is known for sure: given, or detected with confidence. A
    /// version whose language is unsure (the default, or a guess from little text) reads a
    /// number whose digits mean another value with another decimal symbol ("1.500", "2,500")
    /// both ways, so that it never makes a confident error (docs/checks.md).
    pub fn lang_sure(&self) -> bool {
        self.lang_sure
    }

    /// Record that the language was only a guess ([`crate::lexicon::detect_sure`]).
    pub(crate) fn mark_lang_unsure(&mut self) {
        self.lang_sure = false;
    }

    /// The lexicon the facts of this version are read with.
    pub fn lexicon(&self) -> &'static crate::lexicon::Lexicon {
        crate::lexicon::get_or_default(self.lang)
    }

    /// 1-based line and column (in characters) of a byte offset. LF, CRLF and CR all end a line.
    /// Costs a binary search and at most two short counts, however long the line.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (
            line,
            self.chars_before(offset) - self.chars_before(start) + 1,
        )
    }

    /// Line/column look-ups in a loop; kept for callers that walk a document in order (every
    /// look-up is as cheap as [`Document::line_col`]).
    pub fn cursor(&self) -> LineCursor<'_> {
        LineCursor { doc: self }
    }

    /// The file name without its directories, for short messages.
    pub fn name(&self) -> &str {
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }
}

/// Line/column positions of one document; see [`Document::cursor`].
pub struct LineCursor<'a> {
    doc: &'a Document,
}

impl LineCursor<'_> {
    /// 1-based line and column of `offset`.
    pub fn at(&mut self, offset: usize) -> (usize, usize) {
        self.doc.line_col(offset)
    }
}

/// A document split into sentences (spans in document order, non-overlapping, trimmed).
#[derive(Debug, Clone)]
pub struct Segmented {
    pub doc: Document,
    pub sentences: Vec<Span>,
}

impl Segmented {
    pub fn sentence_text(&self, i: usize) -> &str {
        self.sentences[i].slice(&self.doc.text)
    }
}

/// One alignment unit across documents: for each document (in the order of the report's
/// documents) the indices of its sentences in this unit, ascending; empty where it has none.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    pub members: Vec<Vec<usize>>,
    /// Similarity in [0, 1]; 0 for a unit where only one document has sentences.
    pub score: f64,
    /// True when the unit lies outside the monotonic path: the sentences moved.
    pub moved: bool,
}

/// How serious a finding is (defined beside the checks, which own the default severities).
pub use crate::check::Severity;

/// Where a finding sits in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// Index into the report's documents.
    pub document: usize,
    /// Index of the sentence holding the span, if any.
    pub sentence: Option<usize>,
    pub span: Span,
}

/// What kind of fact a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// A named entity: a country, person, organisation, place.
    Entity,
    /// A quantity, amount, percentage or date.
    Number,
    /// A quotation.
    Quote,
    /// A whole sentence.
    Sentence,
    /// A whole version (its text; the fact's text is its path).
    Version,
}

/// A fact as found in one version: its kind, its text as written, and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    /// The text as written (a quotation's words without its marks, unless the marks are the
    /// point, as for an unclosed quotation).
    pub text: String,
    pub location: Location,
}

/// What happened to a finding's subject in the other versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// Another fact stands in its place: "became".
    Became,
    /// Nothing stands for it: "has no counterpart in".
    NoCounterpart,
    /// A quotation with no quoted counterpart.
    NoQuotedCounterpart,
    /// A quotation quoted with other words.
    Requoted,
    /// A quotation opened and never closed (no other version involved).
    NeverClosed,
    /// A version that covers only part of the base (the share in [`Note::Coverage`]).
    Covers,
}

/// How the subject went missing or changed in one other version, beyond [`Change`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Note {
    /// The other version brings the fact in; the base lacks it.
    Added,
    /// The other version drops it.
    Dropped,
    /// Added along with its whole sentence.
    AddedWithSentence,
    /// Dropped along with its whole sentence.
    DroppedWithSentence,
    /// A quotation whose words survive without quotation marks.
    Paraphrased,
    /// Words quoted in the other version only.
    QuotationMarksAdded,
    /// A name replaced by this word (a pronoun).
    ReplacedBy(String),
    /// An ambiguous name against a specific one: may or may not be the same.
    Ambiguous,
    /// The same date with less of it ("May 29, 2018" → "May 2018").
    LessPrecise,
    /// The same date with more of it ("1978" → "6 April 1978").
    MorePrecise,
    /// A sentence dropped (or `added`) with these facts, as written, in order.
    WithFacts { added: bool, facts: Vec<String> },
    /// How much of the base a version covers: `percent` of the base's text (sentences weighted
    /// by length, rounded down), `covered` of its `total` sentences.
    Coverage {
        percent: u32,
        covered: usize,
        total: usize,
    },
}

/// The other side of a finding in one other version: the fact standing there, or the place
/// where the subject is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Counterpart {
    /// Index into the report's documents.
    pub document: usize,
    /// The fact in the subject's place (the other name, number or quotation), if any.
    pub fact: Option<Fact>,
    /// Without a fact: where the subject is missing (the aligned sentence, or what replaced
    /// it). None when the whole sentence has no counterpart.
    pub at: Option<Location>,
    pub note: Option<Note>,
}

/// A mismatch between versions. Never an error: the job was done and this is what it found.
/// Findings hold what was found, never sentences or paths: `report::message` renders the one
/// line every format shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// What kind of mismatch this is; its id (`entity-mismatch`) appears in every format.
    pub check: crate::check::Check,
    pub severity: Severity,
    /// The fact the finding is about (in the base, unless only another version has it).
    pub subject: Fact,
    /// Other versions that hold the subject as it is (with three or more versions).
    pub agreeing: Vec<Location>,
    pub change: Change,
    /// What the versions that differ have instead, one entry per version, in path order.
    pub counterparts: Vec<Counterpart>,
    /// Every location, in the order of the report's documents.
    pub locations: Vec<Location>,
    /// Index of the alignment unit this finding belongs to, if any.
    pub unit: Option<usize>,
    /// For an altered quotation, its word diff: base against other. Empty otherwise.
    pub diff: Vec<crate::text::Run>,
    /// Content-based identity, stable across edits elsewhere in the documents: set once for
    /// every finding right after compare (see [`crate::fingerprint::assign`]) and read by every
    /// consumer (JSON, SARIF, baselines, review). Empty until then.
    pub fingerprint: String,
}

impl Finding {
    /// The one way to build a finding: its severity is the check's default (configuration may
    /// override it later, in one place), and it is located at its subject until the caller
    /// adds counterparts and their locations.
    pub fn new(
        check: crate::check::Check,
        subject: Fact,
        change: Change,
        unit: Option<usize>,
    ) -> Self {
        Finding {
            check,
            severity: check.default_severity(),
            locations: vec![subject.location.clone()],
            subject,
            agreeing: Vec::new(),
            change,
            counterparts: Vec::new(),
            unit,
            diff: Vec::new(),
            fingerprint: String::new(),
        }
    }

    /// Add the other side in one other version, and its location.
    pub fn with(mut self, counterpart: Counterpart) -> Self {
        if let Some(l) = counterpart
            .fact
            .as_ref()
            .map(|f| &f.location)
            .or(counterpart.at.as_ref())
        {
            self.locations.push(l.clone());
            self.locations.sort_by_key(|l| l.document);
        }
        self.counterparts.push(counterpart);
        self
    }

    /// Where the facts of this finding stand: the subject, the versions that agree with it,
    /// the other versions' facts and a word that replaced the subject; not the sentences where
    /// something is missing.
    pub fn fact_locations(&self) -> Vec<&Location> {
        let mut out = vec![&self.subject.location];
        out.extend(&self.agreeing);
        for c in &self.counterparts {
            match (&c.fact, &c.at, &c.note) {
                (Some(f), _, _) => out.push(&f.location),
                (None, Some(at), Some(Note::ReplacedBy(_))) => out.push(at),
                _ => {}
            }
        }
        out
    }
}

/// Everything a run produced: the segmented documents, their alignment and the findings.
#[derive(Debug, Clone)]
pub struct Report {
    pub documents: Vec<Segmented>,
    pub alignment: Vec<Unit>,
    pub findings: Vec<Finding>,
    /// What a baseline hid and which of its entries matched nothing, when one was applied.
    pub baseline: Option<BaselineOutcome>,
}

/// One recorded finding of a baseline file. Only `fingerprint` is matched; `rule` and
/// `message` are there for the people reading the file and for reporting stale entries.
/// (Defined here, with [`BaselineOutcome`], so that a [`Report`] depends on no stage.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub rule: String,
    pub message: String,
}

/// What applying a baseline did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BaselineOutcome {
    /// How many findings were hidden.
    pub suppressed: usize,
    /// Entries that matched no finding: fixed since, or changed beyond recognition.
    pub stale: Vec<BaselineEntry>,
    /// The findings it hid, each with its index among the findings before the baseline was
    /// applied (so that every finding of the run can still be recorded, in order).
    #[serde(skip)]
    pub hidden: Vec<(usize, Finding)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_handles_lf_crlf_and_cr() {
        let d = Document::new("x", "ab\r\ncé\rd\ne".to_string());
        assert_eq!(d.line_col(0), (1, 1));
        assert_eq!(d.line_col(4), (2, 1));
        assert_eq!(d.line_col(5), (2, 2));
        assert_eq!(d.line_col(7), (2, 3)); // 'é' is two bytes, one column
        assert_eq!(d.line_col(8), (3, 1));
        assert_eq!(d.line_col(10), (4, 1));
    }

    #[test]
    fn cursor_agrees_with_line_col() {
        let d = Document::new("x", "añb\nc “d” e\r\nf".to_string());
        let mut c = d.cursor();
        for (i, _) in d.text.char_indices() {
            assert_eq!(c.at(i), d.line_col(i), "at {i}");
        }
        assert_eq!(c.at(1), d.line_col(1));
    }

    /// Columns on long lines with multi-byte characters across the count checkpoints agree
    /// with counting from the start of the line (regression, issue 13: that count was done for
    /// every location, quadratic on one long line with many findings).
    #[test]
    fn columns_on_long_lines_agree_with_counting() {
        let text = format!(
            "{}\n{}é\r\nend",
            "aé“b” 朝鲜 ".repeat(700),
            "x".repeat(3000)
        );
        let d = Document::new("x", text.clone());
        for (i, _) in text
            .char_indices()
            .step_by(7)
            .chain(text.char_indices().last())
        {
            if text[..i].ends_with('\r') {
                continue; // the LF of a CRLF still belongs to its line
            }
            let start = text[..i].rfind(['\n', '\r']).map_or(0, |p| p + 1);
            let line = 1 + text[..i].matches('\n').count();
            assert_eq!(
                d.line_col(i),
                (line, text[start..i].chars().count() + 1),
                "at {i}"
            );
        }
        assert_eq!(d.line_col(text.len()), (3, 4));
        assert_eq!(Document::new("e", String::new()).line_col(0), (1, 1));
    }

    #[test]
    fn name_strips_directories() {
        assert_eq!(Document::new("a/b/c.txt", String::new()).name(), "c.txt");
    }
}
