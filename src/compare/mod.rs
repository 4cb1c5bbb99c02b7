//! Compare stage: segmented documents, their facts and the alignment in; findings out.
//!
//! Each unit is compared base-against-other for every other version: entities, quantities and
//! dates, quotations, and sentences with no counterpart. Findings about the same base fact in
//! several versions are then merged so each disagreement is reported once. Findings carry what
//! was found (facts, what happened, where); `report::message` words them.
//!
//! Checked here, the others in the fact modules:
//! - [`Check::SentenceMissing`]: "The talks ended on Monday. Both sides said the talks went
//!   well." / "The talks ended on Monday.": the second sentence has no counterpart (dropped);
//!   with a number, date or name in it, [`Check::FactsMissing`] lists them. [`Check::VersionIncomplete`]:
//!   a version that is empty or covers less than half of the base.
//! - [`Check::QuoteUnbalanced`]: "\"We will respond, the minister said." opens a quotation
//!   that is never closed (a property of one version, not of a pair).

mod entity;
mod number;
mod quote;

use crate::check::Check;
use crate::extract::{Facts, Knowledge};
use crate::model::{
    Change, Counterpart, Fact, FactKind, Finding, Location, Note, Segmented, Span, Unit,
};
use crate::text::{self, Hunk, Word};

/// Compare every unit's facts across documents (the first is the base) and report mismatches.
pub fn compare(
    docs: &[Segmented],
    facts: &[Facts],
    units: &[Unit],
    knowledge: &Knowledge,
) -> Vec<Finding> {
    let index: Vec<FactIndex> = docs.iter().map(FactIndex::new).collect();
    let mut out = Collect::default();
    // Each version's words are read once, the base's for every other version; the base is in
    // its own language.
    let base_words = lower_words(&docs[0]);
    let same_language: Vec<bool> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            // Two languages both known for sure are two languages, however few words a short
            // version gives the word test.
            let (a, b) = (&docs[0].doc, &doc.doc);
            let differ = a.lang_sure() && b.lang_sure() && a.lang() != b.lang();
            d == 0 || !differ && same_language_words(&base_words, &lower_words(doc))
        })
        .collect();
    // A version that covers little of the base is one finding of its own; an empty one is only
    // that (not a finding per sentence of the other side).
    let empty_pair: Vec<bool> = (0..docs.len())
        .map(|d| d > 0 && coverage(docs, units, d, &mut out))
        .collect();
    let known_as = entity::KnownAsMemo::default();
    for (k, unit) in units.iter().enumerate() {
        for (d, &same_language) in same_language.iter().enumerate().skip(1) {
            if empty_pair[d] {
                continue;
            }
            let pair = Pair {
                docs,
                facts,
                index: &index,
                unit: k,
                base: &unit.members[0],
                other_doc: d,
                other: &unit.members[d],
                knowledge,
                known_as: &known_as,
                same_language,
            };
            pair.compare(&mut out);
        }
    }
    // Unbalanced quotation marks are a property of one document, not of a pair.
    let mut unit_of: Vec<Vec<usize>> = docs.iter().map(|d| vec![0; d.sentences.len()]).collect();
    for (k, unit) in units.iter().enumerate() {
        for (d, members) in unit.members.iter().enumerate() {
            for &s in members {
                unit_of[d][s] = k;
            }
        }
    }
    for (d, f) in facts.iter().enumerate() {
        for q in f.quotes.iter().filter(|q| !q.closed) {
            let seg = &docs[d];
            let unit = index[d]
                .sentence_of(q.span.start)
                .and_then(|s| unit_of[d].get(s).copied());
            let subject = Fact {
                kind: FactKind::Quote,
                // The opening mark is the point: it is the one never closed.
                text: q.span.slice(&seg.doc.text).to_string(),
                location: location(d, &index[d], q.span),
            };
            out.drafts.push(Finding::new(
                Check::QuoteUnbalanced,
                subject,
                Change::NeverClosed,
                unit,
            ));
        }
    }
    let mut findings = finish(docs, out);
    findings.sort_by_key(|f| (f.unit.unwrap_or(usize::MAX), first_offset(f)));
    findings
}

/// Below this share of the base's text with a counterpart, a version is incomplete.
const MIN_COVERAGE: u32 = 50;

/// The longest span a finding about a missing fact points at where the fact is missing (the
/// start of the unit's first sentence there): the location's `text` repeats the span, so an
/// unbounded one made the output findings × sentence length (a 1 MB one-sentence file with
/// 100 number edits gave 47 MB of JSON). Documented in docs/formats.md.
pub const MAX_AT_BYTES: usize = 200;

/// Up to this many facts of one kind on each side of a unit, every fact is weighed against
/// every fact of the other side (the pairing rules are quadratic, and exact). Past it, a fact is
/// weighed against the [`WINDOW`] facts either side of where it stands on the other side (in
/// proportion) and the [`WINDOW`] nearest that share a key with it (its value, its entity),
/// so that a sentence holding a list of thousands of numbers or names costs linear time. A fact
/// far out of place in such a list may then be reported as missing rather than moved.
/// Documented in docs/checks.md.
pub const MAX_ALL_PAIRS: usize = 64;
pub const WINDOW: usize = 32;

/// The indices of the `len` facts on one side near the place of the `i`th of `n` on the other
/// (all of them in a small unit: [`MAX_ALL_PAIRS`]).
fn window(i: usize, n: usize, len: usize) -> std::ops::Range<usize> {
    if len <= MAX_ALL_PAIRS && n <= MAX_ALL_PAIRS {
        return 0..len;
    }
    let at = place(i, n, len);
    at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(len)
}

/// Where the `i`th of `n` stands among `len`, in proportion.
fn place(i: usize, n: usize, len: usize) -> usize {
    (i * len).checked_div(n).unwrap_or(0)
}

/// [`window`] plus, from each of `buckets` (sorted indices that share a key with the fact), the
/// [`WINDOW`] nearest its place; sorted, without repeats.
fn candidates<'a>(
    i: usize,
    n: usize,
    len: usize,
    buckets: impl IntoIterator<Item = &'a [usize]>,
) -> Vec<usize> {
    let near = window(i, n, len);
    let mut out: Vec<usize> = near.clone().collect();
    if near.len() < len {
        let at = place(i, n, len);
        for b in buckets {
            let mid = b.partition_point(|&j| j < at);
            out.extend(&b[mid.saturating_sub(WINDOW)..(mid + WINDOW).min(b.len())]);
        }
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// Sorted indices of `facts` by key.
fn buckets<T, K: std::hash::Hash + Eq>(
    facts: &[&T],
    keys: impl Fn(&T) -> Vec<K>,
) -> std::collections::HashMap<K, Vec<usize>> {
    let mut out: std::collections::HashMap<K, Vec<usize>> = Default::default();
    for (i, f) in facts.iter().enumerate() {
        for k in keys(f) {
            out.entry(k).or_default().push(i);
        }
    }
    out
}

/// `span` of `text`, cut to at most `max` bytes: after the last space within them when there
/// is one past the half, else at the last character boundary; trailing white space dropped.
fn bounded(text: &str, span: Span, max: usize) -> Span {
    if span.end - span.start <= max {
        return span;
    }
    let mut end = span.start + max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[span.start..end];
    if let Some(i) = head.rfind(char::is_whitespace).filter(|&i| i >= max / 2) {
        end = span.start + i;
    }
    let kept = text[span.start..end].trim_end().len();
    Span {
        start: span.start,
        end: if kept > 0 { span.start + kept } else { end },
    }
}

/// A version with text is incomplete only when at least this many base sentences have no
/// counterpart: one sentence cut from a two-sentence story is a cut, not a truncated file.
const MIN_LOST: usize = 3;

/// Report version `d` as incomplete when it is empty, or covers less than [`MIN_COVERAGE`]
/// percent of the base with at least [`MIN_LOST`] base sentences lost (the base is measured
/// against `d` instead when the base is the empty one). Returns true when one of the two
/// has no sentences at all: then nothing else is compared between them.
fn coverage(docs: &[Segmented], units: &[Unit], d: usize, out: &mut Collect) -> bool {
    let (nb, no) = (docs[0].sentences.len(), docs[d].sentences.len());
    if nb == 0 && no == 0 {
        return false;
    }
    // The version measured and the one it is measured against.
    let (subject, reference) = if nb == 0 { (0, d) } else { (d, 0) };
    let len = |s: &Span| s.len().max(1);
    let total: usize = docs[reference].sentences.iter().map(len).sum();
    let mut covered_len = 0;
    let mut covered = 0;
    for u in units {
        if !u.members[subject].is_empty() {
            for &s in &u.members[reference] {
                covered += 1;
                covered_len += len(&docs[reference].sentences[s]);
            }
        }
    }
    let total = total.max(1);
    // Rounded to the nearest percent for the message; the threshold compares exactly.
    let percent = ((covered_len * 100 + total / 2) / total) as u32;
    let lost = docs[reference].sentences.len() - covered;
    let empty = nb == 0 || no == 0;
    if covered_len * 100 < MIN_COVERAGE as usize * total && (empty || lost >= MIN_LOST) {
        // A document-level finding: its location is the whole version, in no one sentence.
        let whole = |x: usize| Location {
            document: x,
            sentence: None,
            span: Span::new(0, docs[x].doc.text.len()),
        };
        let subject_fact = Fact {
            kind: FactKind::Version,
            text: docs[subject].doc.path.clone(),
            location: whole(subject),
        };
        let other = Counterpart {
            document: reference,
            fact: None,
            at: Some(whole(reference)),
            note: Some(Note::Coverage {
                percent,
                covered,
                total: docs[reference].sentences.len(),
            }),
        };
        out.drafts.push(
            Finding::new(Check::VersionIncomplete, subject_fact, Change::Covers, None).with(other),
        );
    }
    nb == 0 || no == 0
}

/// What comparing pairs produces: draft findings (each about one fact, seen from one pair of
/// versions), and which base facts other versions agree on.
#[derive(Default)]
struct Collect {
    drafts: Vec<Finding>,
    agreements: Vec<Agreement>,
}

/// Another version holds this base fact too (at `other`).
struct Agreement {
    unit: usize,
    base: Span,
    other: Location,
}

/// Turn drafts into findings. Drafts about one base fact (same check, unit and span) from
/// several versions are merged: the finding lists the versions that agree with the base and
/// every version that differs, each list in path order so that the order the versions were
/// given in does not matter.
fn finish(docs: &[Segmented], out: Collect) -> Vec<Finding> {
    use std::collections::HashMap;
    let mut groups: Vec<Vec<Finding>> = Vec::new();
    let mut by_key: HashMap<(Check, Option<usize>, Span), usize> = HashMap::new();
    for d in out.drafts {
        // Only drafts about a base fact merge; one about another version's fact stands alone.
        let slot = (d.subject.location.document == 0).then(|| {
            *by_key
                .entry((d.check, d.unit, d.subject.location.span))
                .or_insert(groups.len())
        });
        match slot {
            Some(i) if i < groups.len() => groups[i].push(d),
            _ => groups.push(vec![d]),
        }
    }
    let mut agreements: HashMap<(usize, Span), Vec<&Location>> = HashMap::new();
    for a in &out.agreements {
        agreements
            .entry((a.unit, a.base))
            .or_default()
            .push(&a.other);
    }
    let path = |d: usize| docs[d].doc.path.as_str();
    groups
        .into_iter()
        .map(|g| {
            let mut g = g.into_iter();
            let mut f = g.next().expect("groups are never empty");
            for d in g {
                f.locations.extend(d.locations);
                f.counterparts.extend(d.counterparts);
                if f.diff.is_empty() {
                    f.diff = d.diff;
                }
            }
            let subject = &f.subject.location;
            let mut agree: Vec<Location> =
                if subject.document == 0 && f.counterparts.len() < docs.len() {
                    f.unit
                        .and_then(|u| agreements.get(&(u, subject.span)))
                        .into_iter()
                        .flatten()
                        // A version that differs is not one that agrees, even if it also names the
                        // fact elsewhere in the unit.
                        .filter(|a| !f.locations.iter().any(|l| l.document == a.document))
                        .map(|a| (*a).clone())
                        .collect()
                } else {
                    Vec::new()
                };
            agree.sort_by(|a, b| path(a.document).cmp(path(b.document)));
            agree.dedup();
            f.locations.extend(agree.iter().cloned());
            f.locations
                .sort_by_key(|l| (l.document, l.span.start, l.span.end));
            f.locations.dedup();
            f.agreeing = agree;
            let key = |c: &Counterpart| {
                let l = c.fact.as_ref().map(|x| &x.location).or(c.at.as_ref());
                (
                    path(c.document),
                    c.fact.as_ref().map(|x| x.text.clone()),
                    l.map(|l| l.span.start),
                    c.note.clone(),
                )
            };
            f.counterparts.sort_by_key(key);
            f.counterparts.dedup();
            f
        })
        .collect()
}

fn first_offset(f: &Finding) -> (usize, usize) {
    f.locations
        .first()
        .map(|l| (l.document, l.span.start))
        .unwrap_or((0, 0))
}

/// Whether two versions are in one language. English is recognised by its dictionary: when
/// most lower-case words of both versions are English words they are one language, even for
/// one sentence each that say different things; when one is English and the other is not,
/// they are two. Versions whose letters are mostly of two scripts ([`text::main_script`]:
/// Latin, Cyrillic, Han and kana, Hangul, Arabic…) are two. Otherwise they are one language
/// when at least a fifth of the lower-case words of four letters or more of the smaller
/// version occur in the other.
pub fn same_language(a: &Segmented, b: &Segmented) -> bool {
    same_language_words(&lower_words(a), &lower_words(b))
}

/// A version's words without capitals, and the share of them that are English words (None
/// under five words).
struct LowerWords {
    words: Vec<String>,
    english: Option<f64>,
    script: Option<text::Script>,
}

/// The words without capitals of a version, folded: lower-case words, and words of scripts
/// without case (Chinese, Korean, Japanese, Arabic…), which are no English words either.
fn lower_words(s: &Segmented) -> LowerWords {
    let words: Vec<String> = text::words(&s.doc.text)
        .into_iter()
        .filter(|w| {
            let t = w.span.slice(&s.doc.text);
            t.chars().all(char::is_alphabetic) && !t.chars().any(char::is_uppercase)
        })
        .map(|w| w.folded)
        .collect();
    let english = (words.len() >= 5).then(|| {
        words
            .iter()
            .filter(|w| crate::extract::is_english_word(w))
            .count() as f64
            / words.len() as f64
    });
    LowerWords {
        words,
        english,
        script: text::main_script(&s.doc.text),
    }
}

/// [`same_language`] on the versions' [`lower_words`].
fn same_language_words(a: &LowerWords, b: &LowerWords) -> bool {
    use std::collections::HashSet;
    // Letters mostly of two scripts are two languages, however short the versions.
    if let (Some(x), Some(y)) = (a.script, b.script) {
        if x != y {
            return false;
        }
    }
    match (a.english, b.english) {
        (Some(x), Some(y)) if x >= 0.7 && y >= 0.7 => return true,
        (Some(x), Some(y)) if (x >= 0.7) != (y >= 0.7) && x.min(y) < 0.5 => return false,
        _ => {}
    }
    fn long(words: &[String]) -> HashSet<&str> {
        words
            .iter()
            .map(String::as_str)
            .filter(|w| w.chars().count() >= 4)
            .collect()
    }
    let (va, vb) = (long(&a.words), long(&b.words));
    let (small, large) = if va.len() <= vb.len() {
        (&va, &vb)
    } else {
        (&vb, &va)
    };
    if small.len() < 5 {
        return true; // too little text to tell: compare everything
    }
    small.iter().filter(|w| large.contains(*w)).count() * 5 >= small.len()
}

/// Which sentence each fact falls in, per document.
struct FactIndex<'a> {
    sentences: &'a [Span],
}

impl<'a> FactIndex<'a> {
    fn new(seg: &'a Segmented) -> Self {
        FactIndex {
            sentences: &seg.sentences,
        }
    }

    /// The sentence containing byte `offset`, or the nearest one before it.
    fn sentence_of(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        if i < self.sentences.len() && self.sentences[i].start <= offset {
            Some(i)
        } else if i > 0 {
            Some(i - 1)
        } else if !self.sentences.is_empty() {
            Some(0)
        } else {
            None
        }
    }

    /// The items of `list` (in document order) that fall in the sentences `members`, in
    /// O(log n) a sentence: sentence s owns the offsets from its start to the next one's (the
    /// first also those before it), as in [`FactIndex::sentence_of`].
    fn within<'f, T>(
        &self,
        list: &'f [T],
        span_of: impl Fn(&T) -> Span,
        members: &[usize],
    ) -> Vec<&'f T> {
        let mut out = Vec::new();
        for &s in members {
            let lo = if s == 0 { 0 } else { self.sentences[s].start };
            let hi = self.sentences.get(s + 1).map_or(usize::MAX, |x| x.start);
            let a = list.partition_point(|x| span_of(x).start < lo);
            let b = list.partition_point(|x| span_of(x).start < hi);
            out.extend(&list[a..b]);
        }
        out
    }
}

fn location(document: usize, index: &FactIndex, span: Span) -> Location {
    Location {
        document,
        sentence: index.sentence_of(span.start),
        span,
    }
}

/// The two sides of one unit for one other version, with what is needed to compare them.
struct Pair<'a> {
    docs: &'a [Segmented],
    facts: &'a [Facts],
    index: &'a [FactIndex<'a>],
    unit: usize,
    base: &'a [usize],
    other_doc: usize,
    other: &'a [usize],
    knowledge: &'a Knowledge,
    /// Unknown names already compared with a known entity's names.
    known_as: &'a entity::KnownAsMemo,
    /// Both versions are in one language. Across languages only what survives translation is
    /// compared: known names (through the multilingual gazetteer), numbers written in digits,
    /// and quotations by their presence.
    same_language: bool,
}

impl Pair<'_> {
    fn compare(&self, out: &mut Collect) {
        match (self.base.is_empty(), self.other.is_empty()) {
            (true, true) => {}
            (false, true) => {
                self.sentence_missing(0, self.base, self.other_doc, out);
                quote::dropped(self, 0, self.base, self.other_doc, out);
            }
            (true, false) => {
                self.sentence_missing(self.other_doc, self.other, 0, out);
                quote::dropped(self, self.other_doc, self.other, 0, out);
            }
            (false, false) => {
                let diff = SideDiff::new(self);
                entity::compare(self, &diff, out);
                number::compare(self, &diff, out);
                quote::compare(self, out);
            }
        }
    }

    fn seg(&self, d: usize) -> &Segmented {
        &self.docs[d]
    }

    fn members(&self, d: usize) -> &[usize] {
        if d == 0 {
            self.base
        } else {
            self.other
        }
    }

    fn loc(&self, d: usize, span: Span) -> Location {
        location(d, &self.index[d], span)
    }

    /// A fact of kind `kind` at `span` of document `d`, with its text as written.
    fn fact(&self, kind: FactKind, d: usize, span: Span) -> Fact {
        Fact {
            kind,
            text: span.slice(&self.seg(d).doc.text).to_string(),
            location: self.loc(d, span),
        }
    }

    /// Record a draft finding about `subject` in this pair's unit, with its other side.
    fn draft(
        &self,
        out: &mut Collect,
        check: Check,
        subject: Fact,
        change: Change,
        other: Counterpart,
    ) {
        out.drafts
            .push(Finding::new(check, subject, change, Some(self.unit)).with(other));
    }

    /// Match the facts of the two sides: record each base fact the other side holds as an
    /// agreement, and return the facts of each side that have no match on the other.
    /// Facts are weighed against their [`candidates`]: `key` gives each its bucket (facts with
    /// equal keys are the same).
    fn unmatched<'f, T, K: std::hash::Hash + Eq>(
        &self,
        out: &mut Collect,
        base: &[&'f T],
        other: &[&'f T],
        span: impl Fn(&T) -> Span,
        key: impl Fn(&T) -> K,
        same: impl Fn(&T, &T) -> bool,
    ) -> (Vec<&'f T>, Vec<&'f T>) {
        let (nb, no) = (base.len(), other.len());
        let (base_keys, other_keys) = (
            buckets(base, |f| vec![key(f)]),
            buckets(other, |f| vec![key(f)]),
        );
        let mut held = vec![false; no];
        let mut base_un = Vec::new();
        for (i, b) in base.iter().enumerate() {
            let bucket = other_keys.get(&key(b)).map(Vec::as_slice);
            let holding: Vec<usize> = candidates(i, nb, no, bucket)
                .into_iter()
                .filter(|&j| same(b, other[j]))
                .collect();
            match holding.first() {
                Some(&j) => self.agree(out, span(b), span(other[j])),
                None => base_un.push(*b),
            }
            for j in holding {
                held[j] = true;
            }
        }
        let other_un = (0..no)
            .filter(|&j| {
                let bucket = base_keys.get(&key(other[j])).map(Vec::as_slice);
                !held[j]
                    && !candidates(j, no, nb, bucket)
                        .into_iter()
                        .any(|i| same(base[i], other[j]))
            })
            .map(|j| other[j])
            .collect();
        (base_un, other_un)
    }

    /// Where the unit starts in document `d`: its first sentence there, cut after
    /// [`MAX_AT_BYTES`] (see [`bounded`]).
    fn unit_start(&self, d: usize) -> Span {
        let seg = self.seg(d);
        bounded(
            &seg.doc.text,
            seg.sentences[self.members(d)[0]],
            MAX_AT_BYTES,
        )
    }

    /// Record a draft finding about `subject`, which has no counterpart in document
    /// `missing_in`: the finding points at `at` there (a sentence, or what replaced the fact).
    fn draft_missing(
        &self,
        out: &mut Collect,
        check: Check,
        subject: Fact,
        change: Change,
        (missing_in, at): (usize, Span),
        note: Option<Note>,
    ) {
        let other = Counterpart {
            document: missing_in,
            fact: None,
            at: Some(self.loc(missing_in, at)),
            note,
        };
        self.draft(out, check, subject, change, other);
    }

    /// Record that the other version holds base fact `base` at `other`.
    fn agree(&self, out: &mut Collect, base: Span, other: Span) {
        out.agreements.push(Agreement {
            unit: self.unit,
            base,
            other: self.loc(self.other_doc, other),
        });
    }

    /// Sentences of `d` with no counterpart in `missing_in`: each a `facts-missing` finding
    /// listing the numbers, dates and names it carries (an error with a number or date, a
    /// warning with names only), or a `sentence-missing` info when it carries none.
    fn sentence_missing(&self, d: usize, members: &[usize], missing_in: usize, out: &mut Collect) {
        for &s in members {
            let span = self.seg(d).sentences[s];
            let (facts, figures) = self.facts_in(d, s);
            let note = match (facts.is_empty(), d == 0) {
                (true, true) => Note::Dropped,
                (true, false) => Note::Added,
                (false, dropped) => Note::WithFacts {
                    added: !dropped,
                    facts,
                },
            };
            let check = if matches!(note, Note::WithFacts { .. }) {
                Check::FactsMissing
            } else {
                Check::SentenceMissing
            };
            let other = Counterpart {
                document: missing_in,
                fact: None,
                at: None,
                note: Some(note),
            };
            let subject = self.fact(FactKind::Sentence, d, span);
            let mut f =
                Finding::new(check, subject, Change::NoCounterpart, Some(self.unit)).with(other);
            if check == Check::FactsMissing && !figures {
                // Names alone weigh what a missing name weighs.
                f.severity = Check::EntityMissing.default_severity();
            }
            out.drafts.push(f);
        }
    }

    /// The numbers, dates and names of sentence `s` of document `d` that a comparison would
    /// have checked (across languages: digits and names the gazetteer knows), as written and in
    /// order, each text once; and whether any of them is a number or a date.
    fn facts_in(&self, d: usize, s: usize) -> (Vec<String>, bool) {
        let text = &self.seg(d).doc.text;
        let f = &self.facts[d];
        let within = [s];
        let survives =
            |sp: Span| self.same_language || sp.slice(text).chars().any(|c| c.is_ascii_digit());
        let mut spans: Vec<(Span, bool)> = Vec::new();
        for q in self.index[d].within(&f.quantities, |x| x.span, &within) {
            spans.push((q.span, true));
        }
        for x in self.index[d].within(&f.dates, |x| x.span, &within) {
            spans.push((x.span, true));
        }
        spans.retain(|(sp, _)| survives(*sp));
        for e in self.index[d].within(&f.entities, |x| x.span, &within) {
            if !e.definition && (self.same_language || e.id.is_some()) {
                spans.push((e.span, false));
            }
        }
        spans.sort_by_key(|(sp, _)| (sp.start, sp.end));
        let figures = spans.iter().any(|(_, n)| *n);
        let mut out: Vec<String> = Vec::new();
        for (sp, _) in spans {
            let t = sp.slice(text).to_string();
            if !out.contains(&t) {
                out.push(t);
            }
        }
        (out, figures)
    }
}

/// The most words on a side of a diff region that still places two facts in one slot.
const SLOT_WORDS: usize = 8;

/// The words of both sides of a pair, with their diff: used to decide whether two facts stand
/// in the same place of the sentence (a replacement rather than an unrelated rewrite).
struct SideDiff {
    same_language: bool,
    base: Vec<Word>,
    other: Vec<Word>,
    hunks: Vec<Hunk>,
    /// Spans whose words are not context (bracketed definitions), per side.
    skip_base: Vec<Span>,
    skip_other: Vec<Span>,
    /// [`SideDiff::inserted_pronoun`], once known.
    pronoun: std::cell::OnceCell<Option<Span>>,
}

impl SideDiff {
    fn new(pair: &Pair) -> Self {
        let side = |d: usize| -> Vec<Word> {
            let seg = pair.seg(d);
            let mut all = Vec::new();
            for &s in pair.members(d) {
                let span = seg.sentences[s];
                all.extend(
                    text::words(span.slice(&seg.doc.text))
                        .into_iter()
                        .map(|mut w| {
                            w.span = Span::new(w.span.start + span.start, w.span.end + span.start);
                            w
                        }),
                );
            }
            all
        };
        let base = side(0);
        let other = side(pair.other_doc);
        let hunks = text::hunks(&base, &other);
        let definitions = |d: usize| -> Vec<Span> {
            pair.index[d]
                .within(&pair.facts[d].entities, |e| e.span, pair.members(d))
                .into_iter()
                .filter(|e| e.definition)
                .map(|e| e.span)
                .collect()
        };
        SideDiff {
            same_language: pair.same_language,
            base,
            other,
            hunks,
            skip_base: definitions(0),
            skip_other: definitions(pair.other_doc),
            pronoun: Default::default(),
        }
    }

    /// Stems of the content words just before and just after `span` (up to three each), within
    /// its sentence, skipping bracketed definitions.
    fn context(words: &[Word], skip: &[Span], span: Span) -> (Vec<String>, Vec<String>) {
        let usable = |w: &&Word| {
            let in_definition = skip
                .iter()
                .any(|s| s.start <= w.span.start && w.span.end <= s.end + 1);
            let in_span = w.span.start < span.end && span.start < w.span.end;
            !(in_definition || in_span)
        };
        let stem = |w: &Word| w.folded.chars().take(5).collect::<String>();
        let content = |w: &&Word| w.folded.chars().count() > 3;
        // Words are in text order: the ones before end at or before the span's start.
        let before: Vec<String> = words[..words.partition_point(|w| w.span.end <= span.start)]
            .iter()
            .rev()
            .filter(usable)
            .take(3)
            .filter(content)
            .map(stem)
            .collect();
        let after: Vec<String> = words[words.partition_point(|w| w.span.start < span.end)..]
            .iter()
            .filter(usable)
            .take(3)
            .filter(content)
            .map(stem)
            .collect();
        (before, after)
    }

    /// True when the content words around both spans agree: two of them on one side, or one
    /// on each ("…, the DPRK continued to develop" ~ "…, South Korea continues to develop").
    fn same_context(&self, base_span: Span, other_span: Span) -> bool {
        let (bb, ba) = Self::context(&self.base, &self.skip_base, base_span);
        let (ob, oa) = Self::context(&self.other, &self.skip_other, other_span);
        let shared = |x: &[String], y: &[String]| x.iter().filter(|w| y.contains(w)).count();
        let (before, after) = (shared(&bb, &ob), shared(&ba, &oa));
        before >= 2 || after >= 2 || (before >= 1 && after >= 1)
    }

    /// The hunk whose base words overlap `span` (in base) — None when those words are unchanged.
    fn hunk_of(
        &self,
        words: &[Word],
        range: fn(&Hunk) -> &std::ops::Range<usize>,
        span: Span,
    ) -> Option<usize> {
        // Words and hunks are in text order: binary searches, not scans (this runs for every
        // pair of candidate facts).
        let first = words.partition_point(|w| w.span.end <= span.start);
        let overlapping = words[first..]
            .iter()
            .take_while(|w| w.span.start < span.end)
            .count();
        (first..first + overlapping).find_map(|i| {
            let h = self.hunks.partition_point(|h| range(h).end <= i);
            (h < self.hunks.len() && range(&self.hunks[h]).contains(&i)).then_some(h)
        })
    }

    /// True when `base_span` and `other_span` stand in the same place: in the same replaced
    /// region of the word diff, or between the same words.
    fn same_slot(&self, base_span: Span, other_span: Span) -> bool {
        if !self.same_language {
            return false;
        }
        let a = self.hunk_of(&self.base, |h| &h.base, base_span);
        let b = self.hunk_of(&self.other, |h| &h.other, other_span);
        // A replaced region is evidence only while it is short: a whole rewritten sentence is
        // one region, and everything in it would "stand in the same place".
        let short = |h: usize| {
            let h = &self.hunks[h];
            h.base.len() <= SLOT_WORDS && h.other.len() <= SLOT_WORDS
        };
        (a.is_some() && a == b && a.is_some_and(short)) || self.same_context(base_span, other_span)
    }

    /// A word of `words` (a pronoun list) that the other side brings in and the base lacks,
    /// with its span: what a name was most likely replaced by.
    /// Computed once per pair: `words` is always the other version's pronoun list.
    fn inserted_pronoun(&self, words: &crate::lexicon::Words) -> Option<Span> {
        *self.pronoun.get_or_init(|| {
            let base: std::collections::HashSet<&str> =
                self.base.iter().map(|b| b.folded.as_str()).collect();
            self.hunks
                .iter()
                .flat_map(|h| self.other[h.other.clone()].iter())
                .find(|w| words.contains(&w.folded) && !base.contains(w.folded.as_str()))
                .map(|w| w.span)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::segment::{segment, Segmenter};

    fn seg(text: &str) -> Segmented {
        Segmented {
            sentences: segment(text, Segmenter::Auto),
            doc: Document::new("x", text.to_string()),
        }
    }

    #[test]
    fn bounded_spans_cut_at_a_space_or_a_character_boundary() {
        let t = "ab cd ef";
        let all = Span { start: 0, end: 8 };
        assert_eq!(bounded(t, all, 8), all);
        assert_eq!(bounded(t, all, 7), Span { start: 0, end: 5 });
        // No space past the half: cut at a character boundary, never inside "é".
        let t = "aéééééééé";
        let s = bounded(
            t,
            Span {
                start: 0,
                end: t.len(),
            },
            4,
        );
        assert_eq!(s, Span { start: 0, end: 3 });
        assert!(t.is_char_boundary(s.end));
    }

    #[test]
    fn language_from_function_words_and_vocabulary() {
        let en = seg("The minister said on Monday that the talks would resume in the spring.");
        let en2 = seg("In the capital, a crowd of protesters gathered outside the parliament.");
        let es =
            seg("El ministro dijo el lunes que las conversaciones se reanudarían en la primavera.");
        let de = seg("Der Minister sagte am Montag, dass die Gespräche im Frühjahr wieder aufgenommen würden.");
        assert!(
            same_language(&en, &en2),
            "different sentences, one language"
        );
        assert!(!same_language(&en, &es));
        assert!(!same_language(&en, &de));
        let zh = seg("韩国周日发射了两枚导弹。日本向平壤提出抗议。");
        let ko = seg("북한이 일요일 미사일 두 발을 발사했다. 일본은 평양에 항의했다.");
        assert!(!same_language(&en, &zh));
        assert!(!same_language(&en, &ko));
        // Neither English: the shared vocabulary decides.
        let de2 = seg("Die Gespräche würden im Frühjahr wieder aufgenommen, sagte der Minister am Montag in Berlin.");
        assert!(same_language(&de, &de2));
        assert!(!same_language(&es, &de));
        // Too short for the word test, but in two scripts: two languages.
        let short_en = seg("French President Emmanuel Macron spoke.");
        let short_zh = seg("法国总统马克龙发表讲话。");
        let short_ru = seg("Президент Франции Макрон выступил.");
        assert!(!same_language(&short_en, &short_zh));
        assert!(!same_language(&short_en, &short_ru));
        assert!(same_language(&short_en, &seg("President Macron spoke.")));
    }
}
