//! Entities of one unit, base against one other version: swapped (`entity-mismatch`),
//! ambiguous (`entity-ambiguous`) or without counterpart (`entity-missing`).

use std::collections::HashSet;

use super::{quoted, Collect, Pair, SideDiff};
use crate::extract::{Entity, EntityClass};
use crate::model::{Severity, Span};

/// Pronouns that can stand for a named entity: "North Korea" → "him" is a missing entity, and the
/// message says what replaced it.
const PRONOUNS: &[&str] = &[
    "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
];

pub(super) fn compare(pair: &Pair, diff: &SideDiff, out: &mut Collect) {
    let od = pair.other_doc;
    let side = |d: usize| -> Vec<&Entity> {
        pair.facts[d]
            .entities
            .iter()
            .filter(|e| !e.definition && pair.index[d].in_sentences(e.span, pair.members(d)))
            .collect()
    };
    let base = side(0);
    let other = side(od);
    let base_text = |e: &Entity| e.span.slice(&pair.seg(0).doc.text);
    let other_text = |e: &Entity| e.span.slice(&pair.seg(od).doc.text);
    let same = |a: &Entity, b: &Entity| {
        same_entity(a, b) && !pair.knowledge.different(base_text(a), other_text(b))
    };

    for b in &base {
        if let Some(o) = other.iter().find(|o| same(b, o)) {
            pair.agree(out, b.span, o.span);
        }
    }
    let base_un: Vec<&Entity> = base
        .iter()
        .copied()
        .filter(|b| !other.iter().any(|o| same(b, o)))
        .collect();
    let other_un: Vec<&Entity> = other
        .iter()
        .copied()
        .filter(|o| !base.iter().any(|b| same(b, o)))
        .collect();
    let mut used_b = vec![false; base_un.len()];
    let mut used_o = vec![false; other_un.len()];
    // Identities already reported in this pair: further unmatched mentions of them are the
    // same disagreement, not a new one.
    let mut reported: HashSet<String> = HashSet::new();
    let identity = |e: &Entity| e.id.clone().unwrap_or_else(|| e.key.clone());
    let known_country =
        |e: &Entity| e.class == EntityClass::Country && e.id.is_some() && !e.ambiguous;

    // 0. A country standing where the other version names another country, in the same place
    // of the sentence: a swap even when the first is named again elsewhere in the unit (a
    // glossing sentence merged into it).
    for o in &other {
        let Some(oj) = other_un.iter().position(|x| std::ptr::eq(*x, *o)) else {
            continue;
        };
        if used_o[oj] || !known_country(o) {
            continue;
        }
        let b = base
            .iter()
            .find(|b| known_country(b) && b.id != o.id && diff.same_slot(b.span, o.span));
        if let Some(b) = b {
            if let Some(bi) = base_un.iter().position(|x| std::ptr::eq(*x, *b)) {
                used_b[bi] = true;
            }
            used_o[oj] = true;
            reported.insert(identity(b));
            reported.insert(identity(o));
            mismatch(pair, out, b, o, "entity-mismatch", Severity::Error, "");
        }
    }
    // 1. A country named where the other version names another country: a swap, wherever it
    // stands in the sentence (translations reorder freely). Mentions pair up in order.
    for (i, b) in base_un.iter().enumerate() {
        if used_b[i] || !known_country(b) {
            continue;
        }
        if let Some(j) = (0..other_un.len()).find(|&j| !used_o[j] && known_country(other_un[j])) {
            used_b[i] = true;
            used_o[j] = true;
            reported.insert(identity(b));
            reported.insert(identity(other_un[j]));
            mismatch(
                pair,
                out,
                b,
                other_un[j],
                "entity-mismatch",
                Severity::Error,
                "",
            );
        }
    }
    // 2. An ambiguous name against a country: possibly the same, never a confident contradiction.
    for (i, b) in base_un.iter().enumerate() {
        if used_b[i] || !(b.class == EntityClass::Country || b.ambiguous) {
            continue;
        }
        let j = (0..other_un.len()).find(|&j| {
            let o = other_un[j];
            !used_o[j]
                && (o.class == EntityClass::Country || o.ambiguous)
                && (o.ambiguous || b.ambiguous)
        });
        if let Some(j) = j {
            used_b[i] = true;
            used_o[j] = true;
            reported.insert(identity(b));
            reported.insert(identity(other_un[j]));
            let o = other_un[j];
            // None of the ambiguous name's readings is the other country ("Italian" against
            // "American", which is the USA or the Northern Marianas): a swap all the same.
            // Only when every reading is a country: "Georgia" (also a US state) against "the
            // United States" may be a place and the country that holds it.
            let countries_only = |e: &Entity| {
                e.id.as_deref()
                    .is_some_and(|id| match id.strip_prefix("ambiguous:") {
                        Some(key) => pair.knowledge.resolve_key(key, true).is_some_and(|r| {
                            r.candidates.iter().all(|c| c.starts_with("country:"))
                        }),
                        None => id.starts_with("country:"),
                    })
            };
            let disjoint = countries_only(b) && countries_only(o) && !pair.knowledge.same(b, o);
            if disjoint {
                mismatch(pair, out, b, o, "entity-mismatch", Severity::Error, "");
            } else {
                mismatch(
                    pair,
                    out,
                    b,
                    o,
                    "entity-ambiguous",
                    Severity::Info,
                    " (ambiguous name: may or may not be the same)",
                );
            }
        }
    }
    // 3. Any other name replaced by another in the same place of the sentence.
    for (i, b) in base_un.iter().enumerate() {
        if used_b[i] {
            continue;
        }
        let j = (0..other_un.len()).find(|&j| {
            let o = other_un[j];
            !used_o[j] && compatible(b, o) && diff.same_slot(b.span, o.span)
        });
        if let Some(j) = j {
            used_b[i] = true;
            used_o[j] = true;
            reported.insert(identity(b));
            reported.insert(identity(other_un[j]));
            mismatch(
                pair,
                out,
                b,
                other_un[j],
                "entity-mismatch",
                Severity::Error,
                "",
            );
        }
    }
    // 4. What is left has no counterpart, once per identity.
    for (i, b) in base_un.iter().enumerate() {
        if !used_b[i] && reported.insert(identity(b)) {
            missing(pair, out, 0, b, od, diff.inserted_pronoun(PRONOUNS));
        }
    }
    for (j, o) in other_un.iter().enumerate() {
        if !used_o[j] && reported.insert(identity(o)) {
            missing(pair, out, od, o, 0, None);
        }
    }
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

/// Filler words that do not distinguish names ("Bank of England" ~ "England's Bank").
const FILLER: &[&str] = &[
    "the", "of", "and", "for", "on", "de", "la", "le", "du", "der", "die",
];

pub(crate) fn keys_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let toks = |k: &str| -> Vec<String> {
        k.split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty() && !FILLER.contains(t))
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

/// Two unmatched names can be a swap unless both are known to be of different kinds.
fn compatible(a: &Entity, b: &Entity) -> bool {
    if a.id.is_some() && b.id.is_some() && a.class != b.class {
        return false;
    }
    a.class == b.class || a.class == EntityClass::Other || b.class == EntityClass::Other
}

fn mismatch(
    pair: &Pair,
    out: &mut Collect,
    b: &Entity,
    o: &Entity,
    rule: &'static str,
    severity: Severity,
    note: &str,
) {
    let (bs, os) = (pair.seg(0), pair.seg(pair.other_doc));
    pair.draft(
        out,
        rule,
        severity,
        (0, b.span),
        quoted(b.span.slice(&bs.doc.text)),
        "became",
        format!(
            "{} ({}){note}",
            quoted(o.span.slice(&os.doc.text)),
            super::at(os, o.span)
        ),
        &[(pair.other_doc, o.span)],
        None,
    );
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
    let seg = pair.seg(d);
    let there = pair.seg(missing_in);
    let (where_, how) = match pronoun {
        Some(p) => (
            p,
            format!(" (replaced by {})", quoted(p.slice(&there.doc.text))),
        ),
        None => {
            let first = pair.members(missing_in)[0];
            let note = if d == 0 { "" } else { " (added)" };
            (there.sentences[first], note.to_string())
        }
    };
    pair.draft(
        out,
        "entity-missing",
        Severity::Warning,
        (d, e.span),
        quoted(e.span.slice(&seg.doc.text)),
        "has no counterpart in",
        format!("{}{how}", super::at(there, where_)),
        &[(missing_in, where_)],
        None,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

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
            .filter(|f| f.rule.starts_with("entity-"))
            .map(|f| f.rule)
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
