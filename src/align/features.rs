//! Sentence features for alignment: two segmented documents in, per-sentence sets of weighted
//! features (word stems, in-word character 4-grams, numbers, capitalised names) out.
//!
//! Features are interned to dense ids shared by both documents; each id carries one weight, the
//! inverse document frequency of the feature over the sentences of *both* documents times a boost
//! for its kind. A sentence is a sorted set of ids, so group overlaps are merge-walks.

use std::collections::HashMap;

use crate::model::Segmented;

/// Feature kind, mixed into the interned key so that e.g. a stem and an n-gram never collide.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
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
    /// Ids of stems and numbers (not n-grams): the candidates for anchors.
    pub is_word: Vec<bool>,
}

impl Features {
    /// Extract and weight the features of both documents.
    pub fn new(base: &Segmented, other: &Segmented) -> Features {
        let mut interner: HashMap<(Kind, String), u32> = HashMap::new();
        let mut kinds: Vec<Kind> = Vec::new();
        let mut extract = |doc: &Segmented| -> (Vec<Vec<u32>>, Vec<f32>) {
            let mut sets = Vec::with_capacity(doc.sentences.len());
            let mut lens = Vec::with_capacity(doc.sentences.len());
            let mut raw = Vec::new();
            for i in 0..doc.sentences.len() {
                let text = doc.sentence_text(i);
                lens.push(text.chars().filter(|c| !c.is_whitespace()).count() as f32);
                raw.clear();
                sentence_features(text, &mut raw);
                let mut ids: Vec<u32> = raw
                    .drain(..)
                    .map(|key| {
                        let next = interner.len() as u32;
                        *interner.entry(key.clone()).or_insert_with(|| {
                            kinds.push(key.0);
                            next
                        })
                    })
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                sets.push(ids);
            }
            (sets, lens)
        };
        let (base_sets, base_len) = extract(base);
        let (other_sets, other_len) = extract(other);

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
            is_word,
        }
    }
}

/// The raw (kind, text) features of one sentence, possibly repeated.
fn sentence_features(text: &str, out: &mut Vec<(Kind, String)>) {
    let mut first = true;
    for token in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let folded = fold(token);
        if folded.chars().all(|c| c.is_ascii_digit()) {
            // "1956" is a strong anchor; "3" is not, but IDF takes care of that.
            out.push((Kind::Number, folded));
            first = false;
            continue;
        }
        // A capitalised word that does not open the sentence is probably a name (in German also
        // a noun, which IDF discounts when it is common).
        let capital = token.chars().next().is_some_and(char::is_uppercase);
        let stem = stem(&folded);
        if capital && !first && folded.chars().count() > 1 {
            out.push((Kind::Name, stem.clone()));
        }
        first = false;
        // In-word 4-grams with boundary marks catch inflection, spelling variants and cognates
        // ("expedition" / "expédition", "himalaya" / "himalayenne").
        let marked: Vec<char> = std::iter::once('#')
            .chain(folded.chars())
            .chain(std::iter::once('#'))
            .collect();
        if marked.len() >= 4 {
            for w in marked.windows(4) {
                out.push((Kind::Gram, w.iter().collect()));
            }
        }
        out.push((Kind::Stem, stem));
    }
}

/// Light stemming: the first five characters of a word. Cheap, language-neutral and it maps
/// most inflections (and many cognates) of one word together.
fn stem(folded: &str) -> String {
    folded.chars().take(5).collect()
}

/// Lower-case and strip the common Latin diacritics, so "Éducation" and "education" agree.
fn fold(token: &str) -> String {
    let mut s = String::with_capacity(token.len());
    for c in token.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => s.push('a'),
            'ç' | 'ć' | 'č' => s.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => s.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => s.push('i'),
            'ñ' | 'ń' | 'ň' => s.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => s.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => s.push('u'),
            'ý' | 'ÿ' => s.push('y'),
            'ś' | 'š' => s.push('s'),
            'ź' | 'ż' | 'ž' => s.push('z'),
            'ł' => s.push('l'),
            'ß' => s.push_str("ss"),
            'œ' => s.push_str("oe"),
            'æ' => s.push_str("ae"),
            _ => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_strips_case_and_accents() {
        assert_eq!(fold("Éducation"), "education");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn features_mark_numbers_names_and_grams() {
        let mut out = Vec::new();
        sentence_features("In 1956 Everest was climbed.", &mut out);
        assert!(out.contains(&(Kind::Number, "1956".to_string())));
        assert!(out.contains(&(Kind::Name, "evere".to_string())));
        assert!(out.contains(&(Kind::Gram, "#eve".to_string())));
        assert!(out.contains(&(Kind::Stem, "climb".to_string())));
        // The sentence opener is not taken for a name.
        assert!(!out.contains(&(Kind::Name, "in".to_string())));
    }
}
