//! Extract stage: a segmented document in, the facts a faithful rewrite must keep out —
//! named entities (resolved to canonical ids through the [`Knowledge`] base), quantities,
//! dates and quotations, each with its byte span.
//!
//! Extraction runs sentence by sentence (segmentation keeps a quotation whole, so no fact needs
//! to cross a boundary), and every span lies inside its sentence. See `docs/extraction.md` for
//! what is extracted and how it is normalised.

mod date;
mod dictionary;
mod entity;
mod knowledge;
mod number;
mod quote;
mod text;

pub(crate) use date::any_digit;
pub use date::{document_date, document_date_in, Ymd};
pub use knowledge::{Aliases, Knowledge, Resolved};
pub use number::word_value;
pub use text::name_key;

/// The quotations of a whole text (segmentation keeps each closed one inside a sentence).
pub(crate) fn quotations(text: &str) -> Vec<Quote> {
    quote::quotes(text)
}

/// Whether a lower-case word is an English dictionary word (SCOWL; see docs/extraction.md).
pub fn is_english_word(word: &str) -> bool {
    dictionary::in_dictionary(word)
}

use crate::model::{Segmented, Span};

/// What kind of thing an entity names. Mismatches are only reported within one class.
/// Capitals used for their country ("Pyongyang said") and demonyms ("North Korean") are
/// `Country`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityClass {
    Country,
    Place,
    Person,
    Organisation,
    /// A capitalised name or acronym of unknown kind.
    Other,
}

/// One mention of a named entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub span: Span,
    pub class: EntityClass,
    /// Canonical id after alias resolution (e.g. `country:PRK`, `org:UN`), None when unknown.
    pub id: Option<String>,
    /// Normalised surface form (case- and punctuation-folded) for matching unknown names.
    pub key: String,
    /// The name has several possible referents ("Korea", "Congo", "Georgia").
    pub ambiguous: bool,
    /// The bracketed expansion in "DPRK [Democratic People's Republic of Korea]": the same
    /// mention again, not a separate one.
    pub definition: bool,
}

/// What a quantity counts.
#[derive(Debug, Clone, PartialEq)]
pub enum QuantityUnit {
    Plain,
    Percent,
    /// ISO 4217 code, e.g. `USD`.
    Money(String),
}

/// A hedge word that qualifies a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// about, around, some, an estimated, roughly
    About,
    /// nearly, almost, close to, just under
    Nearly,
    /// more than, over, above, at least
    AtLeast,
    /// less than, under, at most, up to
    AtMost,
}

/// A number, amount or percentage, compared by value and unit, never by text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub value: f64,
    /// Upper end of a range ("10-20", "between 3 and 5").
    pub to: Option<f64>,
    pub unit: QuantityUnit,
    pub hedge: Option<Hedge>,
    /// When the digits mean another value with the other decimal symbol ("1.500" is 1500 in
    /// German and 1.5 in English) and the version's language is unsure: the factor from
    /// `value` (and `to`) to that other value. Either reading agrees with the other version.
    pub other_reading: Option<f64>,
}

impl Quantity {
    /// The values the quantity may have: (value, range end) as read, then the other reading
    /// of ambiguous digits, if any.
    pub fn readings(&self) -> impl Iterator<Item = (f64, Option<f64>)> + '_ {
        std::iter::once((self.value, self.to)).chain(
            self.other_reading
                .map(|f| (self.value * f, self.to.map(|t| t * f))),
        )
    }
}

/// A calendar date or part of one, resolved against the document date where it is relative.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRef {
    pub span: Span,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: Option<u32>,
    /// What a relative date says, resolved or not ("last week", "two months ago"): compared
    /// with another relative date when either has no reference date to resolve against.
    pub relative: Option<RelativeDate>,
}

/// A date said relative to the day of writing: `amount` units from it ("yesterday" = -1 day,
/// "two weeks ago" = -2 weeks, "this year" = 0 years).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelativeDate {
    pub amount: i64,
    pub unit: RelativeUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelativeUnit {
    Day,
    Week,
    Month,
    Year,
}

impl RelativeDate {
    /// The same day or month said two ways: equal amounts of one unit, or a nonzero amount in
    /// two units of one scale ("two weeks ago" = "14 days ago", "a year ago" = "12 months
    /// ago"); "this week" is not "today".
    pub fn same_as(&self, o: &RelativeDate) -> bool {
        use RelativeUnit::*;
        let scaled = |r: &RelativeDate| match r.unit {
            Day => (0, r.amount),
            Week => (0, r.amount * 7),
            Month => (1, r.amount),
            Year => (1, r.amount * 12),
        };
        self == o || (self.amount != 0 && o.amount != 0 && scaled(self) == scaled(o))
    }
}

/// A quotation: the span with its marks, and the words inside.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub span: Span,
    pub inner: Span,
    /// False when the opening mark has no closing mark (unbalanced).
    pub closed: bool,
}

/// Everything extracted from one document, each list in document order.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub entities: Vec<Entity>,
    /// Lone capitalised words at the start of a sentence that may be names ("Smith said",
    /// "Google bought"), not entities: compare reads one as a name only when the other
    /// version has a name in its place.
    pub tentative: Vec<Entity>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateRef>,
    pub quotes: Vec<Quote>,
}

/// Extract the facts of one document, resolving relative dates against the document's own
/// dateline ([`document_date`]), if it has one.
pub fn extract(doc: &Segmented, knowledge: &Knowledge) -> Facts {
    let date = document_date_in(&doc.doc.text, doc.doc.lexicon());
    extract_with_date(doc, knowledge, date)
}

/// Extract the facts of several versions of one story. Relative dates in a version without a
/// dateline resolve against the first dated version's date (a translation usually drops the
/// dateline of its original). Long versions are extracted in parallel.
pub fn extract_all(docs: &[Segmented], knowledge: &Knowledge) -> Vec<Facts> {
    let dates: Vec<Option<Ymd>> = docs
        .iter()
        .map(|d| document_date_in(&d.doc.text, d.doc.lexicon()))
        .collect();
    let fallback = dates.iter().flatten().next().copied();
    let jobs: Vec<(&Segmented, Option<Ymd>)> = docs
        .iter()
        .zip(dates)
        .map(|(d, own)| (d, own.or(fallback)))
        .collect();
    let work = docs.iter().map(|d| d.sentences.len()).sum();
    crate::par::map(&jobs, work, |&(d, date)| {
        extract_with_date(d, knowledge, date)
    })
}

/// Extract the facts of one document, resolving relative dates ("last month", "January")
/// against `reference` (year, month, day); with None they keep only what they say.
pub fn extract_with_date(doc: &Segmented, knowledge: &Knowledge, reference: Option<Ymd>) -> Facts {
    // Facts are extracted sentence by sentence, so that none can straddle a boundary ("in the
    // U,S. How it went" holds no entity "S. How") and every location lies inside its sentence.
    let text = doc.doc.text.as_str();
    let lex = doc.doc.lexicon();
    let mut facts = Facts::default();
    for sentence in &doc.sentences {
        let (start, part) = (sentence.start, sentence.slice(text));
        let toks = text::words(part);
        let shift = |s: Span| Span::new(s.start + start, s.end + start);
        let mut tentative = Vec::new();
        facts.entities.extend(
            entity::entities_and_tentative(part, &toks, knowledge, lex, &mut tentative)
                .into_iter()
                .map(|mut e| {
                    e.span = shift(e.span);
                    e
                }),
        );
        facts.tentative.extend(tentative.into_iter().map(|mut e| {
            e.span = shift(e.span);
            e
        }));
        let dates = date::dates(part, &toks, reference, lex);
        // The digits of a date written with CJK marks ("2022年2月7日") are that date, not
        // numbers of their own.
        let marked: Vec<Span> = dates
            .iter()
            .map(|d| d.span)
            .filter(|sp| sp.slice(part).chars().any(|c| date::cjk_mark(c).is_some()))
            .collect();
        facts.quantities.extend(
            number::quantities(part, &toks, lex, doc.doc.lang_sure())
                .into_iter()
                .filter(|q| {
                    !marked
                        .iter()
                        .any(|m| m.start <= q.span.start && q.span.end <= m.end)
                })
                .map(|mut q| {
                    q.span = shift(q.span);
                    q
                }),
        );
        facts.dates.extend(dates.into_iter().map(|mut d| {
            d.span = shift(d.span);
            d
        }));
        facts
            .quotes
            .extend(quote::quotes(part).into_iter().map(|mut q| {
                q.span = shift(q.span);
                q.inner = shift(q.inner);
                q
            }));
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn seg(text: &str) -> Segmented {
        let doc = Document::new("t", text.to_string());
        let sentences = crate::segment::segment(&doc.text, crate::segment::Segmenter::Auto);
        Segmented { doc, sentences }
    }

    /// Regression (issue 13): an entity ran across a sentence boundary ("U,S. How" in sentence 0),
    /// and so did numbers and names glued to the next sentence.
    #[test]
    fn facts_never_straddle_a_sentence_boundary() {
        let k = Knowledge::embedded();
        for t in [
            "They met in the U,S. How it went became Italy.",
            "Mr. Smith went home. But Jones stayed in Paris.",
            "It was founded in 1998. Hundreds came from France.",
            "He said “we will win. Nobody doubts it.” Then he left for Rome.",
        ] {
            let s = seg(t);
            assert!(s.sentences.len() > 1, "{t:?} is one sentence");
            let f = extract(&s, &k);
            let spans = f
                .entities
                .iter()
                .map(|e| e.span)
                .chain(f.quantities.iter().map(|q| q.span))
                .chain(f.dates.iter().map(|d| d.span))
                .chain(f.quotes.iter().flat_map(|q| [q.span, q.inner]));
            for sp in spans {
                assert!(
                    s.sentences
                        .iter()
                        .any(|x| x.start <= sp.start && sp.end <= x.end),
                    "{:?} ({sp:?}) crosses a boundary of {:?}",
                    sp.slice(t),
                    s.sentences.iter().map(|x| x.slice(t)).collect::<Vec<_>>()
                );
            }
            assert!(!f.entities.iter().any(|e| e.span.slice(t).contains(". ")));
        }
    }

    /// Spans must be in bounds, on char boundaries and in document order, whatever the input.
    #[test]
    fn never_panics_and_spans_are_sound() {
        const PIECES: &[&str] = &[
            "North", "Korea", "’s", "'s", " ", "\n", "\n\n", "“", "”", "\"", "‘", "’", "«", "»",
            "„", "「", "」", "[", "]", "(", ")", "DPRK", "U.S.", "$", "US$", "€", "5", "1,000",
            ".", ",", "-", "–", "2022", "-02-07", "mid-", "million", "bn", "%", "per", "cent",
            "nine", "twenty-", "one", "a", "dozen", "between", "and", "to", "last", "month",
            "January", "Jan", "Friday", "북한", "朝鲜", "é", "\u{feff}", "The", "nearly", "of",
            "date ", "I.", "A", ":", "\r\n", "\u{a0}", "Z.",
        ];
        let k = Knowledge::embedded();
        let mut state: u64 = 0x9e3779b97f4a7c15;
        for _ in 0..400 {
            let mut t = String::new();
            for _ in 0..40 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
            }
            let s = seg(&t);
            let f = extract(&s, &k);
            let spans = f
                .entities
                .iter()
                .map(|e| e.span)
                .chain(f.quantities.iter().map(|q| q.span))
                .chain(f.dates.iter().map(|d| d.span))
                .chain(f.quotes.iter().flat_map(|q| [q.span, q.inner]));
            for sp in spans {
                assert!(sp.start <= sp.end && sp.end <= t.len(), "{sp:?} in {t:?}");
                assert!(
                    t.is_char_boundary(sp.start) && t.is_char_boundary(sp.end),
                    "{t:?}"
                );
            }
            for w in [
                &f.entities.iter().map(|e| e.span.start).collect::<Vec<_>>(),
                &f.quantities.iter().map(|e| e.span.start).collect(),
                &f.dates.iter().map(|e| e.span.start).collect(),
                &f.quotes.iter().map(|e| e.span.start).collect(),
            ] {
                assert!(w.windows(2).all(|p| p[0] <= p[1]), "order in {t:?}");
            }
        }
    }
}
