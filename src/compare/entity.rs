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

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// What [`known_as`] answered, by known entity id and unknown name key, for one comparison of
/// two versions: it compares a name with every name of a known entity, and the pairings of
/// every unit ask the same questions again.
#[derive(Default)]
pub(super) struct KnownAsMemo(
    RefCell<HashMap<String, HashMap<String, bool>>>,
    RefCell<HashMap<String, std::rc::Rc<Vec<KnownName>>>>,
);

/// A name of a known entity, prepared once per comparison for [`known_as`].
struct KnownName {
    key: String,
    /// Its characters, sorted (for [`shared_chars`]).
    sorted: Vec<char>,
    words: Vec<String>,
}

/// The characters of `s`, sorted.
fn sorted_chars(s: &str) -> Vec<char> {
    let mut c: Vec<char> = s.chars().collect();
    c.sort_unstable();
    c
}

/// How many characters two sorted character lists share, counted with repeats: an upper bound
/// on the characters Jaro can match and Levenshtein can keep.
fn shared_chars(a: &[char], b: &[char]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

impl KnownAsMemo {
    /// The names of entity `id`, prepared.
    fn names(&self, k: &crate::extract::Knowledge, id: &str) -> std::rc::Rc<Vec<KnownName>> {
        if let Some(n) = self.1.borrow().get(id) {
            return n.clone();
        }
        let names: Vec<KnownName> = k
            .names_of(id)
            .into_iter()
            .map(|name| KnownName {
                key: name.to_string(),
                sorted: sorted_chars(name),
                words: key_words(name).map(str::to_string).collect(),
            })
            .collect();
        let names = std::rc::Rc::new(names);
        self.1.borrow_mut().insert(id.to_string(), names.clone());
        names
    }

    fn get_or(&self, id: &str, key: &str, f: impl FnOnce() -> bool) -> bool {
        if let Some(&v) = self.0.borrow().get(id).and_then(|m| m.get(key)) {
            return v;
        }
        let v = f();
        self.0
            .borrow_mut()
            .entry(id.to_string())
            .or_default()
            .insert(key.to_string(), v);
        v
    }
}

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
        let n = here.len();
        other.extend(here.into_iter().enumerate().filter_map(|(j, o)| {
            (o.id.is_none()
                && base[super::window(j, n, base.len())]
                    .iter()
                    .any(|b| near_spelling(base_text(b), other_text(o))))
            .then_some(o)
        }));
    }
    let same = |a: &Entity, b: &Entity| {
        same_entity(a, b) && !pair.knowledge.different(base_text(a), other_text(b))
    };

    let known_as = |known: &Entity, unknown: &Entity| -> bool {
        let Some(id) = known.id.as_deref() else {
            return false;
        };
        if known.ambiguous || unknown.id.is_some() {
            return false;
        }
        pair.known_as.get_or(id, &unknown.key, || {
            known_as(&pair.known_as.names(pair.knowledge, id), known, unknown)
        })
    };
    let same = |a: &Entity, b: &Entity| {
        same(a, b)
            || (!pair.same_language && b.id.is_none() && near_spelling(base_text(a), other_text(b)))
            || (pair.same_language
                && !pair.knowledge.different(base_text(a), other_text(b))
                && (known_as(a, b) || known_as(b, a)))
    };
    let (mut base_un, mut other_un) =
        pair.unmatched(out, &base, &other, |e| e.span, identity, same);
    // Across languages a country may stand on the other side as a lower-case word of its own
    // family, an adjective or a demonym, which is no name ("Australia's Robert Whittaker" →
    // "австралиец Роберт Уиттакер"): such a country is neither swapped nor missing.
    if !pair.same_language {
        base_un.retain(|b| !family_word_in(pair, b, &diff.other, od));
        other_un.retain(|o| !family_word_in(pair, o, &diff.base, 0));
    }
    // Tentative names (a capitalised word that starts a sentence and may be an ordinary word:
    // "Google bought…", "Smith said…"), in one language only. One that the other version
    // names is that name ("Google bought the startup" ~ "The startup was bought by Google").
    let tentative = |d: usize| -> Vec<&Entity> {
        if !pair.same_language {
            return Vec::new();
        }
        pair.index[d]
            .within(&pair.facts[d].tentative, |e| e.span, pair.members(d))
            .into_iter()
            .collect()
    };
    let (tb, to) = (tentative(0), tentative(od));
    base_un.retain(|b| !to.iter().any(|t| same(b, t)));
    other_un.retain(|o| !tb.iter().any(|t| same(t, o)));
    let tb: Vec<&Entity> = tb
        .into_iter()
        .filter(|t| !other.iter().chain(&to).any(|o| same(t, o)))
        .collect();
    let to: Vec<&Entity> = to
        .into_iter()
        .filter(|t| !base.iter().any(|b| same(b, t)))
        .filter(|t| !tb.iter().any(|b| same(b, t)))
        .collect();
    // Identities already reported in this pair: further unmatched mentions of them are the
    // same disagreement, not a new one.
    let mut marks = Marks {
        used_b: vec![false; base_un.len()],
        used_o: vec![false; other_un.len()],
        reported: HashSet::new(),
    };
    let known_country =
        |e: &Entity| e.class == EntityClass::Country && e.id.is_some() && !e.ambiguous;

    let unmatched_b: HashSet<*const Entity> = base_un.iter().map(|b| *b as *const Entity).collect();
    // 0. A country standing where the other version names another country, in the same place
    // of the sentence: a swap even when the first is named again elsewhere in the unit (a
    // glossing sentence merged into it).
    for (oj, o) in other_un.iter().enumerate() {
        if marks.used_o[oj] || !known_country(o) {
            continue;
        }
        // Unmatched base names first: in "France and Switzerland" → "France and Austria" the
        // swap is Switzerland's, though France stands next to it.
        let near_un = super::window(oj, other_un.len(), base_un.len());
        let unmatched = base_un
            .iter()
            .enumerate()
            .skip(near_un.start)
            .take(near_un.len())
            .filter(|(i, _)| !marks.used_b[*i])
            .map(|(_, b)| *b);
        let near = super::window(oj, other_un.len(), base.len());
        let matched = base[near]
            .iter()
            .copied()
            .filter(|b| !unmatched_b.contains(&(*b as *const Entity)));
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
    // 0b. A name standing where the other version names another entity that it also names
    // elsewhere in the unit ("North Korea fired …, South Korean officials said" → "South Korea
    // fired …, South Korean officials said"): matched as a set, "South Korea" found its equal
    // in "South Korean" and "North Korea" would look dropped. A side that names an entity more
    // often than the other has one mention to spare; a spare mention in the same place of the
    // sentence as an unmatched name is what that name became.
    let (spare_b, spare_o) = (
        spare(&base, &other, &base_un, &|m, t| same(m, t)),
        spare(&other, &base, &other_un, &|m, t| same(t, m)),
    );
    let kin = |b: &Entity, o: &Entity| {
        if known_country(b) || known_country(o) {
            known_country(b) && known_country(o) && b.id != o.id
        } else {
            compatible(b, o) && !same(b, o)
        }
    };
    for (i, b) in base_un.iter().enumerate() {
        if let Some(o) = spare_o[super::window(i, base_un.len(), spare_o.len())]
            .iter()
            .find(|o| kin(b, o) && diff.same_slot(b.span, o.span))
        {
            marks.used_b[i] = true;
            marks.reported.insert(identity(b));
            mismatch(pair, out, b, o, Check::EntityMismatch, None);
        }
    }
    for (j, o) in other_un.iter().enumerate() {
        if marks.used_o[j] {
            continue;
        }
        if let Some(b) = spare_b[super::window(j, other_un.len(), spare_b.len())]
            .iter()
            .find(|b| kin(b, o) && diff.same_slot(b.span, o.span))
        {
            marks.used_o[j] = true;
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
    // 3t. A tentative name where the other version has a name in the same place of the
    // sentence: a name too, and replaced ("Microsoft bought" → "Google bought"). Two tentative
    // names in one place are compared only when both are people (before a verb of saying, or
    // given names: "Smith said" → "Brown said"), never two ordinary-looking words ("Brown
    // bears" → "Black bears").
    let mut used_tb = vec![false; tb.len()];
    let mut used_to = vec![false; to.len()];
    for (t, b) in tb.iter().enumerate() {
        let free = super::window(t, tb.len(), other_un.len()).find(|&j| {
            !marks.used_o[j]
                && compatible(b, other_un[j])
                && diff.same_slot(b.span, other_un[j].span)
        });
        if let Some(j) = free {
            used_tb[t] = true;
            marks.used_o[j] = true;
            marks.reported.insert(identity(other_un[j]));
            mismatch(pair, out, b, other_un[j], Check::EntityMismatch, None);
        }
    }
    for (t, o) in to.iter().enumerate() {
        let free = super::window(t, to.len(), base_un.len()).find(|&i| {
            !marks.used_b[i] && compatible(base_un[i], o) && diff.same_slot(base_un[i].span, o.span)
        });
        let both_people = || {
            (0..tb.len()).find(|&i| {
                !used_tb[i]
                    && tb[i].class == EntityClass::Person
                    && o.class == EntityClass::Person
                    && diff.same_slot(tb[i].span, o.span)
            })
        };
        if let Some(i) = free {
            used_to[t] = true;
            marks.used_b[i] = true;
            marks.reported.insert(identity(base_un[i]));
            mismatch(pair, out, base_un[i], o, Check::EntityMismatch, None);
        } else if let Some(i) = both_people() {
            used_tb[i] = true;
            used_to[t] = true;
            mismatch(pair, out, tb[i], o, Check::EntityMismatch, None);
        }
    }
    // 3b. One name left on each side, of kinds that can stand for each other: the same role in
    // a reworded sentence ("Microsoft bought the startup" → "The startup was bought by
    // Oracle"). With two or more left on a side the pairing is a guess, and each is reported
    // as missing instead.
    let free_b: Vec<usize> = (0..base_un.len()).filter(|&i| !marks.used_b[i]).collect();
    let free_o: Vec<usize> = (0..other_un.len()).filter(|&j| !marks.used_o[j]).collect();
    if let ([i], [j]) = (&free_b[..], &free_o[..]) {
        let (b, o) = (base_un[*i], other_un[*j]);
        if compatible(b, o) && !b.ambiguous && !o.ambiguous {
            marks.used_b[*i] = true;
            marks.used_o[*j] = true;
            marks.reported.insert(identity(b));
            marks.reported.insert(identity(o));
            mismatch(pair, out, b, o, Check::EntityMismatch, None);
        }
    }
    // 4. What is left has no counterpart, once per identity. An ambiguous name one of whose
    // readings the other version names ("Washington said" against "США … Вашингтон") may be
    // that mention said twice: neither missing nor a confident anything.
    let reading_named = |a: &Entity, theirs: &[&Entity]| {
        a.ambiguous && theirs.iter().any(|t| pair.knowledge.same(a, t))
    };
    for (i, b) in base_un.iter().enumerate() {
        if !marks.used_b[i] && !reading_named(b, &other) && marks.reported.insert(identity(b)) {
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
        if !marks.used_o[j] && !reading_named(o, &base) && marks.reported.insert(identity(o)) {
            missing(pair, out, od, o, 0, None);
        }
    }
}

/// The matched mentions of `mine` (`un` are its unmatched ones) whose entity `mine` names more
/// often than `theirs` does (`same` compares one of `mine` with one of `theirs`).
fn spare<'e>(
    mine: &[&'e Entity],
    theirs: &[&Entity],
    un: &[&Entity],
    same: &dyn Fn(&Entity, &Entity) -> bool,
) -> Vec<&'e Entity> {
    let un: HashSet<*const Entity> = un.iter().map(|u| *u as *const Entity).collect();
    let mut count: HashMap<String, usize> = HashMap::new();
    for m in mine {
        *count.entry(identity(m)).or_default() += 1;
    }
    let theirs_by = super::buckets(theirs, |t| vec![identity(t)]);
    mine.iter()
        .enumerate()
        .filter(|(_, m)| !un.contains(&(**m as *const Entity)))
        .filter(|(i, m)| {
            // A matched mention is held at least once there: one mention here is never spare
            // (and the count there is skipped).
            let here = count[&identity(m)];
            let bucket = theirs_by.get(&identity(m)).map(Vec::as_slice);
            here > 1
                && here
                    > super::candidates(*i, mine.len(), theirs.len(), bucket)
                        .into_iter()
                        .filter(|&j| same(m, theirs[j]))
                        .count()
        })
        .map(|(_, m)| *m)
        .collect()
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
            let near = super::window(i, base_un.len(), other_un.len());
            let Some(j) = near
                .into_iter()
                .find(|&j| !self.used_o[j] && fits(b, other_un[j]))
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
    // An initial for a given name: "J. Smith" ~ "Jonas Smith" (not "J. Jones"). Each initial
    // stands for a word of the other name with that first letter, and a full word must agree.
    let initial = |t: &String| t.chars().count() == 1;
    let initialled = |short: &[String], long: &[String]| {
        short.iter().any(initial)
            && short.iter().any(|t| !initial(t))
            && short.len() <= long.len()
            && short.iter().all(|t| {
                long.contains(t)
                    || (initial(t)
                        && long
                            .iter()
                            .any(|l| !initial(l) && l.starts_with(t.as_str())))
            })
    };
    if initialled(&ta, &tb) || initialled(&tb, &ta) {
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
    near_spelling_keys(&crate::extract::name_key(a), &crate::extract::name_key(b))
}

/// [`near_spelling`] of two name keys.
fn near_spelling_keys(a: &str, b: &str) -> bool {
    near_spelling_sorted(a, &sorted_chars(a), b, &sorted_chars(b))
}

/// [`near_spelling_keys`] with each key's characters sorted ([`sorted_chars`]).
fn near_spelling_sorted(a: &str, sa: &[char], b: &str, sb: &[char]) -> bool {
    let (la, lb) = (sa.len(), sb.len());
    if la < 4 {
        return false;
    }
    // Bounds before the costly measures (this runs for every name of a known entity against
    // an unknown one). At most `m` characters match or are kept, the characters the two share:
    // Jaro is at most (m / la + m / lb + 1) / 3, raised by Winkler's bonus for a common start
    // of up to 4 characters, and normalised Levenshtein at most m / the longer length.
    let m = shared_chars(sa, sb) as f64;
    let (la, lb) = (la as f64, lb as f64);
    let prefix = a
        .chars()
        .zip(b.chars())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count() as f64;
    let jaro_max = ((m / la + m / lb + 1.0) / 3.0).min(1.0);
    let jw_max = jaro_max + 0.1 * prefix * (1.0 - jaro_max);
    let lev_max = m / la.max(lb);
    // (The bounds are compared with a margin for rounding.)
    (jw_max >= 0.85 - 1e-9 && strsim::jaro_winkler(a, b) >= 0.85)
        || (lev_max >= 0.75 - 1e-9 && strsim::normalized_levenshtein(a, b) >= 0.75)
}

/// A name the gazetteer does not know against one it does: the same entity when it is one of
/// the known entity's names shortened ("Britain", of "Great Britain", for "the U.K.") or spelt
/// another way ("Kiev" for "Kyiv", a name of Ukraine's).
fn known_as(names: &[KnownName], known: &Entity, unknown: &Entity) -> bool {
    if known.id.is_none() || known.ambiguous || unknown.id.is_some() {
        return false;
    }
    let sorted = sorted_chars(&unknown.key);
    if sorted.len() < 4 {
        return false;
    }
    let words: Vec<&str> = key_words(&unknown.key).collect();
    // Both are name keys already: the entity's, and the gazetteer's and overlays' names.
    names.iter().any(|name| {
        words.iter().all(|w| name.words.iter().any(|t| t == w))
            || near_spelling_sorted(&unknown.key, &sorted, &name.key, &name.sorted)
    })
}

/// `language<TAB>country id<TAB>word` lines: the adjectives and nouns of a country's people
/// in other languages ("de\tcountry:IND\tindisch"), generated by scripts/gen-demonyms.py.
const DEMONYMS: &str = include_str!("../../data/demonyms.tsv");

/// The words of [`DEMONYMS`] for country `id` in language `lang`.
fn demonyms<'a>(lang: &'a str, id: &'a str) -> impl Iterator<Item = &'static str> + 'a {
    DEMONYMS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(move |l| {
            let mut f = l.split('\t');
            (f.next() == Some(lang) && f.next() == Some(id))
                .then(|| f.next())
                .flatten()
        })
}

/// The stem a family word starts with: a word of seven letters or more without its last two
/// (an ending: "indisch" → "indis" in "indischen"), a shorter one whole ("inder" in "indern").
fn family_stem(key: &str) -> String {
    let n = key.chars().count();
    if n >= 7 {
        key.chars().take(n - 2).collect()
    } else {
        key.to_string()
    }
}

/// Does a lower-case word of `words` (of document `d`) start with the stem of one of the
/// one-word names of country `e` — the name without its last two letters, at least 5 letters
/// ("австрал" of "австралия" in "австралиец", "german" of "germany" in "german") — or with
/// a word the language of `d` makes of the country ([`DEMONYMS`]: "indische Armee")?
fn family_word_in(pair: &Pair, e: &Entity, words: &[crate::text::Word], d: usize) -> bool {
    let Some(id) = e.id.as_deref() else {
        return false;
    };
    if e.class != EntityClass::Country || e.ambiguous {
        return false;
    }
    let names = pair.known_as.names(pair.knowledge, id);
    let stems: Vec<String> = names
        .iter()
        .filter(|n| n.words.len() == 1 && n.sorted.len() >= 7)
        .map(|n| n.key.chars().take(n.sorted.len() - 2).collect())
        .collect();
    // Words of the country's people, capitalised or not ("den Amerikanern", "indische").
    let people: Vec<String> = demonyms(pair.seg(d).doc.lang(), id)
        .map(|w| family_stem(&crate::text::word_key(w)))
        .collect();
    if stems.is_empty() && people.is_empty() {
        return false;
    }
    let text = &pair.seg(d).doc.text;
    words.iter().any(|w| {
        let written = w.span.slice(text);
        let key = crate::text::word_key(written);
        let starts = |s: &String| key.starts_with(s.as_str());
        people.iter().any(starts)
            || written.chars().next().is_some_and(char::is_lowercase) && stems.iter().any(starts)
    })
}

/// The words of a name key.
fn key_words(key: &str) -> impl Iterator<Item = &str> {
    key.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
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
    fn the_length_and_character_bounds_never_reject_a_near_spelling() {
        let naive = |a: &str, b: &str| {
            a.chars().count() >= 4
                && (strsim::jaro_winkler(a, b) >= 0.85
                    || strsim::normalized_levenshtein(a, b) >= 0.75)
        };
        // Names and their variants, and deterministic pseudo-random strings over a small
        // alphabet (many near pairs).
        let mut keys: Vec<String> = [
            "kyiv",
            "kiev",
            "pyongyang",
            "pionyang",
            "seoul",
            "seul",
            "great britain",
            "britain",
            "north korea",
            "nordkorea",
            "koree du nord",
            "tokio",
            "tokyo",
            "peking",
            "beijing",
            "муравей",
            "муравьи",
            "首尔市",
            "首尔",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut x: u32 = 7;
        for _ in 0..300 {
            let len = 3 + (x % 9) as usize;
            let word: String = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ['a', 'e', 'k', 'o', 'r', 'n', ' '][(x >> 16) as usize % 7]
                })
                .collect();
            keys.push(word);
        }
        let mut near = 0;
        for a in &keys {
            for b in &keys {
                assert_eq!(near_spelling_keys(a, b), naive(a, b), "{a:?} {b:?}");
                near += usize::from(naive(a, b));
            }
        }
        assert!(
            near > keys.len() + 100,
            "the test needs near pairs besides a key with itself: {near}"
        );
    }

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
        assert!(keys_match("j smith", "jonas smith"));
        assert!(!keys_match("j jones", "jonas smith"));
        assert!(!keys_match("k smith", "jonas smith"));
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
