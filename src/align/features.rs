//! Sentence features for alignment: two segmented documents in, per-sentence sets of weighted
//! features (word stems, in-word character 4-grams, numbers, capitalised names) out.
//!
//! Features are interned to dense ids shared by both documents; each id carries one weight, the
//! inverse document frequency of the feature over the sentences of *both* documents times a boost
//! for its kind. A sentence is a sorted set of ids, so group overlaps are merge-walks.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::model::Segmented;

/// Feature kind, mixed into the interned key so that e.g. a stem and an n-gram never collide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Stem,
    Gram,
    Number,
    Name,
}

/// The weight of each kind relative to a word stem. Numbers and names are strong anchors: they
/// survive translation and rewriting unchanged. N-grams are many per word, so each counts less.
fn boost(kind: Kind) -> f32 {
    match kind {
        Kind::Stem => 1.0,
        Kind::Gram => 0.25,
        Kind::Number => 2.0,
        Kind::Name => 1.0,
    }
}

/// Both documents' sentences as feature sets, with shared weights.
pub(crate) struct Features {
    /// Weight of each feature id.
    pub weight: Vec<f32>,
    /// Sorted, unique feature ids of each base sentence.
    pub base: Vec<Vec<u32>>,
    /// Sorted, unique feature ids of each other sentence.
    pub other: Vec<Vec<u32>>,
    /// Total feature weight of each base sentence.
    pub base_mass: Vec<f32>,
    /// Total feature weight of each other sentence.
    pub other_mass: Vec<f32>,
    /// Length in characters of each base sentence.
    pub base_len: Vec<f32>,
    /// Length in characters of each other sentence.
    pub other_len: Vec<f32>,
    /// Base sentences that end in a colon: lead-ins to what follows ("Literature:").
    pub base_lead: Vec<bool>,
    /// Other sentences that end in a colon.
    pub other_lead: Vec<bool>,
    /// Ids of stems and numbers (not n-grams): the candidates for anchors.
    pub is_word: Vec<bool>,
}

impl Features {
    /// Extract and weight the features of both documents.
    pub fn new(base: &Segmented, other: &Segmented) -> Features {
        // Features are hashed to 64 bits (collisions are negligible at this scale) and the hashes
        // interned to dense ids, without allocating a string per feature.
        let mut interner: HashMap<u64, u32, BuildHasherDefault<IdHasher>> =
            HashMap::with_capacity_and_hasher(1 << 14, Default::default());
        let mut kinds: Vec<Kind> = Vec::new();
        // Versions in two languages with a word table between them: the sentences of the
        // table's source language also carry the stems of their words' translations.
        let (lb, lo) = (base.doc.lang(), other.doc.lang());
        let table = (lb != lo)
            .then(|| super::bilingual::between(lb, lo))
            .flatten();
        let mut extract = |doc: &Segmented| -> (Vec<Vec<u32>>, Vec<f32>, Vec<bool>) {
            let table = table.filter(|t| t.from == doc.doc.lang());
            let mut sets = Vec::with_capacity(doc.sentences.len());
            let mut lens = Vec::with_capacity(doc.sentences.len());
            let mut leads = Vec::with_capacity(doc.sentences.len());
            let mut raw = Vec::new();
            let mut word = Vec::new();
            for i in 0..doc.sentences.len() {
                let text = doc.sentence_text(i);
                lens.push(text.chars().filter(|c| !c.is_whitespace()).count() as f32);
                leads.push(text.trim_end().ends_with(':'));
                raw.clear();
                sentence_features(text, &mut word, &mut raw);
                if let Some(t) = table {
                    t.translations(text, |w| {
                        word.clear();
                        word.push('#');
                        fold(w, &mut word);
                        word.push('#');
                        let folded = &word[1..word.len() - 1];
                        let stem = &folded[..folded.len().min(STEM)];
                        raw.push((Kind::Stem, key(Kind::Stem, stem)));
                        if word.len() >= 4 {
                            for g in word.windows(4) {
                                raw.push((Kind::Gram, key(Kind::Gram, g)));
                            }
                        }
                    });
                }
                let mut ids: Vec<u32> = raw
                    .iter()
                    .map(|&(kind, key)| {
                        let next = interner.len() as u32;
                        *interner.entry(key).or_insert_with(|| {
                            kinds.push(kind);
                            next
                        })
                    })
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                sets.push(ids);
            }
            (sets, lens, leads)
        };
        let (base_sets, base_len, base_lead) = extract(base);
        let (other_sets, other_len, other_lead) = extract(other);

        // Document frequency over the sentences of both documents.
        let mut df = vec![0u32; kinds.len()];
        for s in base_sets.iter().chain(&other_sets) {
            for &f in s {
                df[f as usize] += 1;
            }
        }
        let n = (base_sets.len() + other_sets.len()) as f32;
        let weight: Vec<f32> = df
            .iter()
            .zip(&kinds)
            .map(|(&d, &k)| ((n + 1.0) / (d as f32 + 0.5)).ln().max(0.0) * boost(k))
            .collect();
        let mass = |sets: &[Vec<u32>]| -> Vec<f32> {
            sets.iter()
                .map(|s| s.iter().map(|&f| weight[f as usize]).sum())
                .collect()
        };
        let is_word = kinds
            .iter()
            .map(|k| matches!(k, Kind::Stem | Kind::Number))
            .collect();
        Features {
            base_mass: mass(&base_sets),
            other_mass: mass(&other_sets),
            weight,
            base: base_sets,
            other: other_sets,
            base_len,
            other_len,
            base_lead,
            other_lead,
            is_word,
        }
    }
}

/// Hasher for keys that are already hashes.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Hash of a feature: its kind and its characters (FNV-1a, then a final mix).
fn key(kind: Kind, chars: &[char]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (kind as u64);
    for &c in chars {
        h ^= c as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// The hashed (kind, key) features of one sentence, possibly repeated. `word` is scratch space.
fn sentence_features(text: &str, word: &mut Vec<char>, out: &mut Vec<(Kind, u64)>) {
    let mut first = true;
    // The alphanumeric parts of each word of the one tokeniser: "COVID-19" gives "covid" and
    // "19", so that numbers inside words stay anchors.
    for token in crate::text::spans(text).into_iter().flat_map(|t| {
        text[t.start..t.end]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| !p.is_empty())
    }) {
        word.clear();
        word.push('#');
        fold(token, word);
        word.push('#');
        let folded = &word[1..word.len() - 1];
        if folded.iter().all(|c| c.is_ascii_digit()) {
            // "1956" is a strong anchor; "3" is not, but IDF takes care of that.
            out.push((Kind::Number, key(Kind::Number, folded)));
            first = false;
            continue;
        }
        // A capitalised word that does not open the sentence is probably a name (in German also
        // a noun, which IDF discounts when it is common).
        let capital = token.chars().next().is_some_and(char::is_uppercase);
        let stem = &folded[..folded.len().min(STEM)];
        if capital && !first && folded.len() > 1 {
            out.push((Kind::Name, key(Kind::Name, stem)));
        }
        first = false;
        // In-word 4-grams with boundary marks catch inflection, spelling variants and cognates
        // ("expedition" / "expédition", "himalaya" / "himalayenne").
        if word.len() >= 4 {
            for w in word.windows(4) {
                out.push((Kind::Gram, key(Kind::Gram, w)));
            }
        }
        out.push((Kind::Stem, key(Kind::Stem, stem)));
    }
}

/// Light stemming: a word is represented by its first five characters. Cheap,
/// language-neutral, and it maps most inflections (and many cognates) of one word together.
const STEM: usize = 5;

/// Append `token` case- and accent-folded ([`crate::text::fold_letter`]), so "Éducation" and
/// "education" agree.
fn fold(token: &str, out: &mut Vec<char>) {
    for c in token.chars().flat_map(char::to_lowercase) {
        crate::text::fold_letter(c, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        let mut v = Vec::new();
        fold(s, &mut v);
        v.into_iter().collect()
    }

    #[test]
    fn fold_strips_case_and_accents() {
        assert_eq!(folded("Éducation"), "education");
        assert_eq!(folded("Straße"), "strasse");
    }

    #[test]
    fn features_mark_numbers_names_and_grams() {
        let mut out = Vec::new();
        sentence_features("In 1956 Everest was climbed.", &mut Vec::new(), &mut out);
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        let has = |k: Kind, s: &str| out.contains(&(k, key(k, &chars(s))));
        assert!(has(Kind::Number, "1956"));
        assert!(has(Kind::Name, "evere"));
        assert!(has(Kind::Gram, "#eve"));
        assert!(has(Kind::Stem, "climb"));
        // The sentence opener is not taken for a name.
        assert!(!has(Kind::Name, "in"));
    }
}
