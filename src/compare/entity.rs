//! Entities of one unit, base against one other version: swapped (`entity-mismatch`),
//! ambiguous (`entity-ambiguous`) or without counterpart (`entity-missing`).
//!
//! - [`Check::EntityMismatch`]: "The DPRK fired 3 missiles" / "South Korea fired 3 missiles":
//!   "DPRK" became "South Korea".
//! - [`Check::EntityAmbiguous`]: "North Korea fired the missile" / "Korea fired the missile":
//!   "North Korea" became "Korea" (ambiguous name).
//! - [`Check::EntityMissing`]: "…said North Korea fired the missile" / "…said the missile was
//!   fired by him": "North Korea" has no counterpart (replaced by "him").
//!
//! (The examples are those of [`Check::info`], which the tests run.)

use std::collections::HashSet;

use super::{Collect, Pair, SideDiff};
use crate::check::Check;
use crate::extract::{Entity, EntityClass};
use crate::model::{Change, Counterpart, FactKind, Note, Span};

pub(super) fn compare(pair: &Pair, diff: &SideDiff, out: &mut Collect) {
    let od = pair.other_doc;
    let side = |d: usize| -> Vec<&Entity> {
        pair.index[d]
            .within(&pair.facts[d].entities, |e| e.span, pair.members(d))
            .into_iter()
            .filter(|e| !e.definition)
            // Across languages an unknown name may be spelt anew ("Pionyang"); only names the
            // gazetteer or the aliases know are compared.
            .filter(|e| pair.same_language || e.id.is_some())
            .collect()
    };
    let base_text = |e: &Entity| e.span.slice(&pair.seg(0).doc.text);
    let other_text = |e: &Entity| e.span.slice(&pair.seg(od).doc.text);
    let base = side(0);
    let mut other = side(od);
    if !pair.same_language {
        // A known name spelt the other language's way and unknown to the gazetteer ("Seúl",
        // "Pionyang") is that name, not a missing one: such names join the comparison.
        let here = pair.index[od].within(&pair.facts[od].entities, |e| e.span, pair.members(od));
        other.extend(here.into_iter().filter(|o| {
            o.id.is_none()
                && base
                    .iter()
                    .any(|b| near_spelling(base_text(b), other_text(o)))
        }));
    }
    let same = |a: &Entity, b: &Entity| {
        same_entity(a, b) && !pair.knowledge.different(base_text(a), other_text(b))
    };

    let same = |a: &Entity, b: &Entity| {
        same(a, b)
            || (!pair.same_language && b.id.is_none() && near_spelling(base_text(a), other_text(b)))
    };
    let (base_un, other_un) = pair.unmatched(out, &base, &other, |e| e.span, same);
    // Identities already reported in this pair: further unmatched mentions of them are the
    // same disagreement, not a new one.
    let mut marks = Marks {
        used_b: vec![false; base_un.len()],
        used_o: vec![false; other_un.len()],
        reported: HashSet::new(),
    };
    let known_country =
        |e: &Entity| e.class == EntityClass::Country && e.id.is_some() && !e.ambiguous;

    // 0. A country standing where the other version names another country, in the same place
    // of the sentence: a swap even when the first is named again elsewhere in the unit (a
    // glossing sentence merged into it).
    for (oj, o) in other_un.iter().enumerate() {
        if marks.used_o[oj] || !known_country(o) {
            continue;
        }
        // Unmatched base names first: in "France and Switzerland" → "France and Austria" the
        // swap is Switzerland's, though France stands next to it.
        let unmatched = base_un
            .iter()
            .enumerate()
            .filter(|(i, _)| !marks.used_b[*i])
            .map(|(_, b)| *b);
        let matched = base
            .iter()
            .copied()
            .filter(|b| !base_un.iter().any(|x| std::ptr::eq(*x, *b)));
        let b = unmatched
            .chain(matched)
            .find(|b| known_country(b) && b.id != o.id && diff.same_slot(b.span, o.span));
        if let Some(b) = b {
            if let Some(bi) = base_un.iter().position(|x| std::ptr::eq(*x, b)) {
                marks.used_b[bi] = true;
            }
            marks.used_o[oj] = true;
            marks.reported.insert(identity(b));
            marks.reported.insert(identity(o));
            mismatch(pair, out, b, o, Check::EntityMismatch, None);
        }
    }
    // 1. A country named where the other version names another country: a swap, wherever it
    // stands in the sentence (translations reorder freely). Mentions pair up in order.
    let swap: Report = (Check::EntityMismatch, None);
    marks.pair_up(pair, out, &base_un, &other_un, swap.clone(), |b, o| {
        known_country(b) && known_country(o)
    });
    // 2. An ambiguous name against a country: possibly the same, never a confident contradiction.
    let countryish = |e: &Entity| e.class == EntityClass::Country || e.ambiguous;
    // None of the ambiguous name's readings is the other country ("Italian" against
    // "American", which is the USA or the Northern Marianas): a swap all the same. Only when
    // every reading is a country: "Georgia" (also a US state) against "the United States" may
    // be a place and the country that holds it.
    let countries_only = |e: &Entity| {
        e.id.as_deref()
            .is_some_and(|id| match id.strip_prefix("ambiguous:") {
                Some(key) => pair
                    .knowledge
                    .resolve_key(key, true)
                    .is_some_and(|r| r.candidates.iter().all(|c| c.starts_with("country:"))),
                None => id.starts_with("country:"),
            })
    };
    let ambiguous = |b: &Entity, o: &Entity| {
        if countries_only(b) && countries_only(o) && !pair.knowledge.same(b, o) {
            swap.clone()
        } else {
            (Check::EntityAmbiguous, Some(Note::Ambiguous))
        }
    };
    marks.pair_up_as(pair, out, &base_un, &other_un, ambiguous, |b, o| {
        countryish(b) && countryish(o) && (o.ambiguous || b.ambiguous)
    });
    // 3. Any other name replaced by another in the same place of the sentence.
    marks.pair_up(pair, out, &base_un, &other_un, swap.clone(), |b, o| {
        compatible(b, o) && diff.same_slot(b.span, o.span)
    });
    // 4. What is left has no counterpart, once per identity.
    for (i, b) in base_un.iter().enumerate() {
        if !marks.used_b[i] && marks.reported.insert(identity(b)) {
            missing(
                pair,
                out,
                0,
                b,
                od,
                diff.inserted_pronoun(&pair.seg(od).doc.lexicon().names.pronouns),
            );
        }
    }
    for (j, o) in other_un.iter().enumerate() {
        if !marks.used_o[j] && marks.reported.insert(identity(o)) {
            missing(pair, out, od, o, 0, None);
        }
    }
}

/// How a pair of names is reported: the check, and a note on the other side.
type Report = (Check, Option<Note>);

/// Which unmatched mentions are already paired, and which identities already reported.
struct Marks {
    used_b: Vec<bool>,
    used_o: Vec<bool>,
    reported: HashSet<String>,
}

impl Marks {
    /// Pair each free base mention with the first free other mention that `fits` it, in order,
    /// and report each pair as `how` = (rule, severity, note).
    fn pair_up(
        &mut self,
        pair: &Pair,
        out: &mut Collect,
        base_un: &[&Entity],
        other_un: &[&Entity],
        how: Report,
        fits: impl Fn(&Entity, &Entity) -> bool,
    ) {
        self.pair_up_as(pair, out, base_un, other_un, |_, _| how.clone(), fits);
    }

    /// [`Marks::pair_up`] with the report chosen per pair.
    fn pair_up_as(
        &mut self,
        pair: &Pair,
        out: &mut Collect,
        base_un: &[&Entity],
        other_un: &[&Entity],
        how: impl Fn(&Entity, &Entity) -> Report,
        fits: impl Fn(&Entity, &Entity) -> bool,
    ) {
        for (i, b) in base_un.iter().enumerate() {
            if self.used_b[i] {
                continue;
            }
            let Some(j) = (0..other_un.len()).find(|&j| !self.used_o[j] && fits(b, other_un[j]))
            else {
                continue;
            };
            self.used_b[i] = true;
            self.used_o[j] = true;
            self.reported.insert(identity(b));
            self.reported.insert(identity(other_un[j]));
            let (check, note) = how(b, other_un[j]);
            mismatch(pair, out, b, other_un[j], check, note);
        }
    }
}

/// What a mention names: its id, or its normalised name when unknown.
fn identity(e: &Entity) -> String {
    e.id.clone().unwrap_or_else(|| e.key.clone())
}

/// Whether two mentions name the same thing. Known ids decide when both sides have one; an
/// ambiguous name matches only itself (against anything else it is reported as ambiguous);
/// otherwise the
/// normalised names are compared: equal, one contained in the other ("Security Council" in "UN
/// Security Council Sanctions Committee"), an acronym of the other, or a near spelling.
pub(crate) fn same_entity(a: &Entity, b: &Entity) -> bool {
    if a.ambiguous || b.ambiguous {
        // The same ambiguous name on both sides ("American" and "American") is no disagreement.
        return a.ambiguous && b.ambiguous && a.id.is_some() && a.id == b.id;
    }
    if let (Some(x), Some(y)) = (&a.id, &b.id) {
        return x == y;
    }
    keys_match(&a.key, &b.key)
}

pub(crate) fn keys_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let toks = |k: &str| -> Vec<String> {
        k.split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty() && !crate::lexicon::common().names.fillers.contains(*t))
            .map(|t| {
                t.strip_suffix('s')
                    .filter(|s| s.len() >= 3)
                    .unwrap_or(t)
                    .to_string()
            })
            .collect()
    };
    let (ta, tb) = (toks(a), toks(b));
    if ta.is_empty() || tb.is_empty() {
        return false;
    }
    let (short, long) = if ta.len() <= tb.len() {
        (&ta, &tb)
    } else {
        (&tb, &ta)
    };
    if short.iter().all(|t| long.contains(t)) {
        return true;
    }
    // An acronym against the initials of the other name: "un" ~ "united nations".
    if short.len() == 1 && short[0].chars().count() >= 2 && long.len() >= 2 {
        let initials: String = long.iter().filter_map(|t| t.chars().next()).collect();
        if initials == short[0] {
            return true;
        }
    }
    // One-word names spelt slightly differently ("Gaddafi" ~ "Qaddafi" is too far; "Zelenskyy" ~ "Zelensky").
    if ta.len() == 1 && tb.len() == 1 && ta[0].chars().count() >= 5 {
        return strsim::jaro_winkler(&ta[0], &tb[0]) >= 0.93;
    }
    false
}

/// One name written two ways across languages: accents folded, then a Jaro-Winkler similarity
/// of at least 0.85 or at most a quarter of the letters edited ("Seoul" ~ "Seúl", "Pyongyang" ~
/// "Pionyang", not "Japan" ~ "Jordan"). Only used for names the gazetteer does not know.
fn near_spelling(a: &str, b: &str) -> bool {
    let (a, b) = (crate::extract::name_key(a), crate::extract::name_key(b));
    a.chars().count() >= 4
        && (strsim::jaro_winkler(&a, &b) >= 0.85 || strsim::normalized_levenshtein(&a, &b) >= 0.75)
}

/// Two unmatched names can be a swap unless both are known to be of different kinds.
fn compatible(a: &Entity, b: &Entity) -> bool {
    if a.id.is_some() && b.id.is_some() && a.class != b.class {
        return false;
    }
    a.class == b.class || a.class == EntityClass::Other || b.class == EntityClass::Other
}

/// `b` (base) became `o` in the other version.
fn mismatch(
    pair: &Pair,
    out: &mut Collect,
    b: &Entity,
    o: &Entity,
    check: Check,
    note: Option<Note>,
) {
    let other = Counterpart {
        document: pair.other_doc,
        fact: Some(pair.fact(FactKind::Entity, pair.other_doc, o.span)),
        at: None,
        note,
    };
    let subject = pair.fact(FactKind::Entity, 0, b.span);
    pair.draft(out, check, subject, Change::Became, other);
}

/// An entity of document `d` with no counterpart in the aligned sentences of `missing_in`.
fn missing(
    pair: &Pair,
    out: &mut Collect,
    d: usize,
    e: &Entity,
    missing_in: usize,
    pronoun: Option<Span>,
) {
    let there = &pair.seg(missing_in).doc.text;
    let (at, note) = match pronoun {
        Some(p) => (p, Some(Note::ReplacedBy(p.slice(there).to_string()))),
        None => (pair.unit_start(missing_in), (d != 0).then_some(Note::Added)),
    };
    pair.draft_missing(
        out,
        Check::EntityMissing,
        pair.fact(FactKind::Entity, d, e.span),
        Change::NoCounterpart,
        (missing_in, at),
        note,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_spellings_across_languages() {
        assert!(near_spelling("Seoul", "Seúl"));
        assert!(near_spelling("Pyongyang", "Pionyang"));
        assert!(!near_spelling("Japan", "Jordan"));
    }

    #[test]
    fn names_match_by_containment_acronym_and_spelling() {
        assert!(keys_match(
            "security council",
            "un security council sanctions committee"
        ));
        assert!(keys_match("un", "united nations"));
        assert!(keys_match("icbms", "icbm"));
        assert!(keys_match("zelenskyy", "zelensky"));
        assert!(!keys_match("minogue", "madonna"));
        assert!(!keys_match("bank of england", "bank of france"));
    }
}

#[cfg(test)]
mod ambiguity_tests {
    use crate::extract::Knowledge;
    use crate::model::Document;
    use crate::Options;

    /// The `entity-*` rules reported between two one-sentence versions.
    fn rules(a: &str, b: &str) -> Vec<&'static str> {
        let docs = vec![
            Document::new("a", a.to_string()),
            Document::new("b", b.to_string()),
        ];
        let report = crate::check_documents(docs, &Options::default(), &Knowledge::embedded());
        report
            .findings
            .into_iter()
            .filter(|f| f.check.id().starts_with("entity-"))
            .map(|f| f.check.id())
            .collect()
    }

    #[test]
    fn same_ambiguous_name_agrees_and_impossible_readings_are_swaps() {
        let same = rules(
            "One Dance is a song by American rapper Drake.",
            "One Dance is a hit song by American rapper Drake.",
        );
        assert!(same.is_empty(), "{same:?}");
        assert_eq!(
            rules(
                "It is a 1998 Italian drama film directed by Carl Franklin.",
                "It is a 1998 American drama film directed by Carl Franklin.",
            ),
            vec!["entity-mismatch"]
        );
        // "Georgia" may be the US state: against the United States, only ambiguous.
        assert_eq!(
            rules(
                "The company is based in Georgia, its founder said.",
                "The company is based in the United States, its founder said.",
            ),
            vec!["entity-ambiguous"]
        );
    }
}
