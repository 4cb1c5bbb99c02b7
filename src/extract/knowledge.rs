//! The alias knowledge of a run: which names denote the same entity. Three sources, strongest
//! first: the user's alias file, aliases learnt from the documents themselves (acronym
//! definitions, "officially …", "also known as …"), and the embedded gazetteer (countries in
//! English and ~25 other languages, international organisations, a few hand-listed ambiguous
//! names). A name whose strongest source gives it several ids is ambiguous.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

use super::text::{is_acronym, name_key, word_key, words};
use super::EntityClass;
use crate::config::AliasFile;
use crate::model::Segmented;

const GAZETTEER: &str = include_str!("../../data/gazetteer.tsv");
const ORGANISATIONS: &str = include_str!("../../data/organisations.tsv");
const AMBIGUOUS: &str = include_str!("../../data/ambiguous.tsv");

/// Where an alias came from; a lower tier overrides a higher one for the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    User,
    Learnt,
    English,
    Foreign,
}

/// One thing a name may denote.
#[derive(Debug, Clone)]
struct Cand {
    id: String,
    class: EntityClass,
    tier: Tier,
    /// Written as an acronym ("WHO", "US"): only an upper-case mention matches it, so that
    /// "who" and "us" never do.
    acronym: bool,
}

/// What a name resolves to.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// `country:ISO3`, `org:ACRONYM`, `place:…`, `alias:KEY` (user or learnt group without a
    /// gazetteer id) or, when ambiguous, `ambiguous:KEY`.
    pub id: String,
    pub class: EntityClass,
    pub ambiguous: bool,
    /// The ids the name may denote (one unless ambiguous), sorted.
    pub candidates: Vec<String>,
}

/// The aliases known to a run: the embedded gazetteer, the user's alias file and what was learnt
/// from the documents themselves.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    /// Name key → what it may denote.
    names: HashMap<String, Vec<Cand>>,
    /// Most words in any name, bounding the n-gram look-up.
    max_words: usize,
    /// Names in scripts without case (Chinese, Japanese, Korean, Arabic…), found by substring
    /// search rather than by capitalisation: (key) in pattern order.
    caseless: Vec<String>,
    matcher: Option<AhoCorasick>,
    /// Pairs of keys (ordered) the user said are different.
    different: HashSet<(String, String)>,
}

/// Does this name need substring search (no letter in it has case)?
fn is_caseless(name: &str) -> bool {
    name.chars().any(|c| c.is_alphabetic())
        && !name.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

impl Knowledge {
    /// The embedded gazetteer alone.
    pub fn embedded() -> Self {
        let mut k = Knowledge::default();
        for line in GAZETTEER.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            let (Some(id), Some(kind), Some(name)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let tier = if kind == "tr" || kind == "native" {
                Tier::Foreign
            } else {
                Tier::English
            };
            k.insert(name, id, EntityClass::Country, tier);
        }
        for (data, default) in [
            (ORGANISATIONS, EntityClass::Organisation),
            (AMBIGUOUS, EntityClass::Place),
        ] {
            for line in data
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            {
                let Some((id, name)) = line.split_once('\t') else {
                    continue;
                };
                let class = if id.starts_with("country:") {
                    EntityClass::Country
                } else {
                    default
                };
                k.insert(name.trim(), id, class, Tier::English);
            }
        }
        k.rebuild_matcher();
        k
    }

    fn insert(&mut self, name: &str, id: &str, class: EntityClass, tier: Tier) {
        let key = name_key(name);
        if key.is_empty() {
            return;
        }
        let acronym = !name.contains(' ') && is_acronym(name);
        let cands = self.names.entry(key.clone()).or_default();
        if cands
            .iter()
            .any(|c| c.id == id && c.tier == tier && c.acronym == acronym)
        {
            return;
        }
        cands.push(Cand {
            id: id.to_string(),
            class,
            tier,
            acronym,
        });
        self.max_words = self.max_words.max(key.split(' ').count()).min(16);
        if is_caseless(name) && !self.caseless.contains(&key) {
            self.caseless.push(key);
        }
    }

    fn rebuild_matcher(&mut self) {
        self.matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&self.caseless)
            .ok();
    }

    /// Most words in a known name.
    pub(crate) fn max_words(&self) -> usize {
        self.max_words.max(1)
    }

    /// Resolve a name key. `acronym` says whether the mention is written as an acronym; acronym
    /// entries ("WHO", "US") only match such mentions.
    pub(crate) fn resolve_key(&self, key: &str, acronym: bool) -> Option<Resolved> {
        let cands = self.names.get(key)?;
        let usable = || cands.iter().filter(|c| acronym || !c.acronym);
        let best = usable().map(|c| c.tier).min()?;
        let mut ids: Vec<&Cand> = usable().filter(|c| c.tier == best).collect();
        ids.sort_by(|a, b| a.id.cmp(&b.id));
        ids.dedup_by(|a, b| a.id == b.id);
        let candidates: Vec<String> = ids.iter().map(|c| c.id.clone()).collect();
        // A country reading wins the class of an ambiguous name ("Georgia"), so that it is
        // compared with countries.
        let class = ids
            .iter()
            .map(|c| c.class)
            .min()
            .unwrap_or(EntityClass::Other);
        if candidates.len() == 1 {
            Some(Resolved {
                id: candidates[0].clone(),
                class,
                ambiguous: false,
                candidates,
            })
        } else {
            Some(Resolved {
                id: format!("ambiguous:{key}"),
                class,
                ambiguous: true,
                candidates,
            })
        }
    }

    /// Resolve a name as written ("DPRK", "North Korea", "Pyongyang", "북한").
    pub fn resolve(&self, name: &str) -> Option<Resolved> {
        let name = name.trim();
        let acronym = !name.contains(char::is_whitespace) && is_acronym(name);
        self.resolve_key(&name_key(name), acronym)
    }

    /// Known caseless-script names in `text`: (start, end, key), leftmost-longest, in order.
    pub(crate) fn caseless_matches(&self, text: &str) -> Vec<(usize, usize, String)> {
        let Some(m) = &self.matcher else {
            return Vec::new();
        };
        if self.caseless.is_empty() {
            return Vec::new();
        }
        m.find_iter(text)
            .map(|x| {
                (
                    x.start(),
                    x.end(),
                    self.caseless[x.pattern().as_usize()].clone(),
                )
            })
            .collect()
    }

    /// Add one group of names that denote one entity. The group's id is the first unambiguous
    /// id a member already resolves to, else `alias:KEY` (KEY of its acronym member, else of its
    /// first member).
    fn add_group<S: AsRef<str>>(&mut self, names: &[S], tier: Tier) {
        let names: Vec<&str> = names
            .iter()
            .map(|n| n.as_ref().trim())
            .filter(|n| !name_key(n).is_empty())
            .collect();
        if names.len() < 2 {
            return;
        }
        let known = names
            .iter()
            .filter_map(|n| self.resolve(n))
            .find(|r| !r.ambiguous);
        let (id, class) = match known {
            Some(r) => (r.id, r.class),
            None => {
                let lead = names.iter().find(|n| is_acronym(n)).unwrap_or(&names[0]);
                (format!("alias:{}", name_key(lead)), EntityClass::Other)
            }
        };
        for n in &names {
            if self.different_from_group(n, &names) {
                continue;
            }
            self.insert(n, &id, class, tier);
        }
        self.rebuild_matcher();
    }

    fn different_from_group(&self, n: &str, group: &[&str]) -> bool {
        group.iter().any(|g| self.different(n, g))
    }

    /// Add the user's alias file: `same` groups override every other source; `different`
    /// pairs are never merged (see [`Knowledge::different`]).
    pub fn add_user_aliases(&mut self, file: &AliasFile) {
        for group in &file.different {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    let (ka, kb) = (name_key(a), name_key(b));
                    self.different.insert((ka.clone(), kb.clone()));
                    self.different.insert((kb, ka));
                }
            }
        }
        for group in &file.same {
            self.add_group(group, Tier::User);
        }
    }

    /// Did the user say these two names are different entities?
    pub fn different(&self, a: &str, b: &str) -> bool {
        !self.different.is_empty() && self.different.contains(&(name_key(a), name_key(b)))
    }

    /// Learn aliases that the documents define themselves, for use across all of them:
    /// an acronym and its expansion ("the DPRK [Democratic People's Republic of Korea]",
    /// "International Atomic Energy Agency (IAEA)", "ICBMs [intercontinental ballistic
    /// missiles]"), "X, officially (the) Y", "X, also known as Y" and "the official name of X
    /// is (the) Y".
    pub fn learn(&mut self, docs: &[Segmented]) {
        for (a, b) in Self::definitions(docs) {
            self.add_group(&[a, b], Tier::Learnt);
        }
    }

    /// The knowledge for a run over `docs`: this one plus what the documents define. Borrowed
    /// when they define nothing, which spares a batch a copy of the gazetteer per story.
    pub fn with_definitions<'k>(&'k self, docs: &[Segmented]) -> std::borrow::Cow<'k, Knowledge> {
        let pairs = Self::definitions(docs);
        if pairs.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut k = self.clone();
        for (a, b) in pairs {
            k.add_group(&[a, b], Tier::Learnt);
        }
        std::borrow::Cow::Owned(k)
    }

    /// Alias pairs the documents define (see [`Knowledge::learn`]).
    fn definitions(docs: &[Segmented]) -> Vec<(String, String)> {
        let mut groups = Vec::new();
        for d in docs {
            learn_pairs(&d.doc.text, &mut groups);
        }
        groups
    }

    /// Are two mentions the same entity? Both resolved: same id, or one ambiguous and the other
    /// among its candidates ("Korea" is compatible with "North Korea"). Otherwise: same key. A
    /// user `different` pair is never the same.
    pub fn same(&self, a: &super::Entity, b: &super::Entity) -> bool {
        let (sa, sb) = (a.key.as_str(), b.key.as_str());
        if !self.different.is_empty() && self.different.contains(&(sa.to_string(), sb.to_string()))
        {
            return false;
        }
        match (&a.id, &b.id) {
            (Some(x), Some(y)) if x == y => true,
            (Some(x), Some(y)) => {
                // An ambiguous id stands for all of its candidates.
                let cands = |id: &str| {
                    id.strip_prefix("ambiguous:")
                        .and_then(|k| self.resolve_key(k, true))
                        .map(|r| r.candidates)
                        .unwrap_or_else(|| vec![id.to_string()])
                };
                let (ca, cb) = (cands(x), cands(y));
                ca.iter().any(|c| cb.contains(c))
            }
            _ => sa == sb,
        }
    }
}

/// Words skipped when reading an expansion's initials.
const MINOR: &[&str] = &[
    "of", "the", "and", "for", "on", "in", "to", "a", "an", "de", "del", "la", "du", "des", "&",
];

/// Can `acronym`'s letters be read off `expansion`'s content words in order, each word giving
/// its first letter and perhaps more letters from inside it ("InterContinental Ballistic
/// Missiles" → ICBM)?
pub(crate) fn acronym_matches(acronym: &str, expansion: &str) -> bool {
    let letters: Vec<char> = acronym
        .strip_suffix('s')
        .unwrap_or(acronym)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect();
    let content: Vec<Vec<char>> = words(expansion)
        .iter()
        .map(|t| word_key(t.s(expansion)))
        .filter(|w| !MINOR.contains(&w.as_str()))
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect())
        .filter(|w: &Vec<char>| !w.is_empty())
        .collect();
    if letters.len() < 2 || content.len() < 2 || content.len() > letters.len() {
        return false;
    }
    fn go(letters: &[char], words: &[Vec<char>]) -> bool {
        match (letters.first(), words.first()) {
            (None, None) => true,
            (Some(l), Some(w)) if w[0] == *l => {
                // This word gives letters[0] and then k more letters from inside it.
                let mut rest = letters[1..].iter().peekable();
                let mut k = 0;
                let mut pos = 1;
                loop {
                    if go(&letters[1 + k..], &words[1..]) {
                        return true;
                    }
                    let Some(&&next) = rest.peek() else {
                        return false;
                    };
                    match w[pos..].iter().position(|c| *c == next) {
                        Some(p) => {
                            pos += p + 1;
                            k += 1;
                            rest.next();
                        }
                        None => return false,
                    }
                }
            }
            _ => false,
        }
    }
    go(&letters, &content)
}

/// Find defined aliases in one text and push (name, alias) pairs.
fn learn_pairs(text: &str, out: &mut Vec<(String, String)>) {
    let toks = words(text);
    for (i, t) in toks.iter().enumerate() {
        let w = t.s(text);
        // "ACR [expansion]" / "ACR (expansion)" and "Expansion (ACR)".
        let acr_word = super::text::strip_possessive(w).0;
        if is_acronym(acr_word) {
            if let Some((inner, _)) = bracket_after(text, t.end) {
                if acronym_matches(acr_word, inner) {
                    out.push((acr_word.to_string(), inner.trim().to_string()));
                }
            }
            // Expansion before "(ACR)".
            let before = text[..t.start].trim_end();
            if (before.ends_with('(') || before.ends_with('['))
                && text[t.end..].trim_start().starts_with([')', ']'])
            {
                let open = before.len() - 1;
                let n = acr_word.chars().filter(|c| c.is_alphanumeric()).count();
                // Take up to 2n words before the bracket and keep the shortest tail that fits.
                let prev: Vec<&super::text::Tok> = toks[..i]
                    .iter()
                    .rev()
                    .take_while(|p| p.end <= open)
                    .take(2 * n)
                    .collect();
                for m in 2..=prev.len() {
                    let start = prev[m - 1].start;
                    let exp = text[start..open].trim();
                    if acronym_matches(acr_word, exp) {
                        out.push((acr_word.to_string(), exp.to_string()));
                        break;
                    }
                }
            }
        }
        let lw = w.to_lowercase();
        // "X, officially (the) Y" and "X, also known as Y".
        let after_marker = if lw == "officially" {
            Some(t.end)
        } else if lw == "known"
            && i >= 1
            && toks[i - 1].s(text).eq_ignore_ascii_case("also")
            && toks
                .get(i + 1)
                .is_some_and(|n| n.s(text).eq_ignore_ascii_case("as"))
        {
            Some(toks[i + 1].end)
        } else {
            None
        };
        if let Some(after) = after_marker {
            let marker_start = if lw == "known" {
                toks[i - 1].start
            } else {
                t.start
            };
            let x = name_before(text, &toks, marker_start);
            let y = name_after(text, after);
            if let (Some(x), Some(y)) = (x, y) {
                out.push((x, y));
            }
        }
        // "the official name of X is (the) Y".
        if lw == "official"
            && toks
                .get(i + 1)
                .is_some_and(|n| n.s(text).eq_ignore_ascii_case("name"))
            && toks
                .get(i + 2)
                .is_some_and(|n| n.s(text).eq_ignore_ascii_case("of"))
        {
            if let Some(x_end) = text[toks[i + 2].end..].find(" is ") {
                let x_end = toks[i + 2].end + x_end;
                let x = text[toks[i + 2].end..x_end].trim();
                if let Some(y) = name_after(text, x_end + 4) {
                    if is_capitalised_name(x) {
                        out.push((x.to_string(), y));
                    }
                }
            }
        }
    }
}

/// The text of a bracket right after `pos` ("DPRK [ … ]"): (inner, end of the bracket).
fn bracket_after(text: &str, pos: usize) -> Option<(&str, usize)> {
    let rest = &text[pos..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let open = trimmed.chars().next()?;
    let close = match open {
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let start = pos + (rest.len() - trimmed.len()) + 1;
    let len = text[start..].find([close, '\n'])?;
    if !text[start + len..].starts_with(close) || len > 200 {
        return None;
    }
    Some((&text[start..start + len], start + len + 1))
}

/// Capitalised words with connectors only ("Islamic Republic of Pakistan").
fn is_capitalised_name(s: &str) -> bool {
    let ws = words(s);
    !ws.is_empty()
        && ws.len() <= 12
        && ws.iter().all(|t| {
            let w = t.s(s);
            w.chars().next().is_some_and(|c| c.is_uppercase()) || MINOR.contains(&w)
        })
        && ws[0].s(s).chars().next().is_some_and(|c| c.is_uppercase())
}

/// The capitalised name right before `pos` (skipping a comma): "Pakistan, officially …".
fn name_before(text: &str, toks: &[super::text::Tok], pos: usize) -> Option<String> {
    let end = text[..pos]
        .trim_end()
        .trim_end_matches(',')
        .trim_end()
        .len();
    let mut start: Option<usize> = None;
    let mut cursor = end;
    for t in toks.iter().rev().skip_while(|t| t.end > end) {
        if !text[t.end..cursor].trim().is_empty() {
            break;
        }
        let w = t.s(text);
        if w.chars().next().is_some_and(|c| c.is_uppercase()) {
            start = Some(t.start);
        } else if !(start.is_some() && MINOR.contains(&w)) {
            break;
        }
        cursor = t.start;
    }
    let s = text[start?..end].trim();
    let s = s.strip_prefix("The ").unwrap_or(s);
    is_capitalised_name(s).then(|| s.to_string())
}

/// The capitalised name starting at `pos`, after an optional "the".
fn name_after(text: &str, pos: usize) -> Option<String> {
    let rest = &text[pos..];
    let mut end = 0;
    let mut started = false;
    let mut last_cap_end = 0;
    for t in words(rest).iter().take(14) {
        let gap = &rest[end..t.start];
        if started && !gap.trim().is_empty() {
            break;
        }
        let w = t.s(rest);
        let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
        if !started && (w == "the" || w == "The") {
            end = t.end;
            continue;
        }
        if cap {
            started = true;
            last_cap_end = t.end;
        } else if !(started && MINOR.contains(&w)) {
            break;
        }
        end = t.end;
    }
    let first = rest[..last_cap_end]
        .find(|c: char| c.is_uppercase())
        .unwrap_or(0);
    let s = rest[first..last_cap_end].trim();
    let s = super::text::strip_possessive(s).0;
    (started && is_capitalised_name(s)).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(k: &Knowledge, n: &str) -> Option<String> {
        k.resolve(n).map(|r| r.id)
    }

    #[test]
    fn resolves_gazetteer_aliases() {
        let k = Knowledge::embedded();
        for n in [
            "DPRK",
            "North Korea",
            "Democratic People's Republic of Korea",
            "Democratic People’s Republic of Korea",
            "Pyongyang",
            "North Korean",
            "Corea del Norte",
            "북한",
            "朝鲜",
        ] {
            assert_eq!(id(&k, n).as_deref(), Some("country:PRK"), "{n}");
        }
        for n in ["South Korea", "South Korean", "Seoul", "Republic of Korea"] {
            assert_eq!(id(&k, n).as_deref(), Some("country:KOR"), "{n}");
        }
        assert_eq!(id(&k, "US"), id(&k, "United States"));
        assert_eq!(id(&k, "US").as_deref(), Some("country:USA"));
        assert_eq!(id(&k, "UK").as_deref(), Some("country:GBR"));
        assert_eq!(id(&k, "UN"), id(&k, "United Nations"));
        assert_eq!(id(&k, "UN").as_deref(), Some("org:UN"));
        assert_eq!(id(&k, "UN Security Council").as_deref(), Some("org:UNSC"));
        assert_eq!(id(&k, "us"), None, "acronyms match in upper case only");
        assert_eq!(
            id(&k, "IN"),
            None,
            "two-letter codes that are words are not names"
        );
    }

    #[test]
    fn shared_names_are_ambiguous() {
        let k = Knowledge::embedded();
        for n in ["Korea", "Congo", "Georgia"] {
            let r = k.resolve(n).unwrap();
            assert!(r.ambiguous, "{n}");
            assert_eq!(r.class, EntityClass::Country);
        }
        assert_eq!(k.resolve("Korea").unwrap().id, "ambiguous:korea");
        assert!(!k.resolve("Guinea").unwrap().ambiguous);
        assert!(!k.resolve("Sudan").unwrap().ambiguous);
    }

    #[test]
    fn same_treats_ambiguous_names_as_compatible() {
        let k = Knowledge::embedded();
        let ent = |name: &str| {
            let r = k.resolve(name);
            super::super::Entity {
                span: crate::model::Span::new(0, 0),
                class: EntityClass::Country,
                id: r.as_ref().map(|r| r.id.clone()),
                key: name_key(name),
                ambiguous: r.is_some_and(|r| r.ambiguous),
                definition: false,
            }
        };
        assert!(k.same(&ent("DPRK"), &ent("Pyongyang")));
        assert!(k.same(&ent("Korea"), &ent("North Korea")));
        assert!(!k.same(&ent("South Korea"), &ent("North Korea")));
        assert!(k.same(&ent("Chainalysis"), &ent("chainalysis")));
    }

    #[test]
    fn reads_acronym_initials() {
        assert!(acronym_matches(
            "DPRK",
            "Democratic People’s Republic of Korea"
        ));
        assert!(acronym_matches(
            "ICBMs",
            "intercontinental ballistic missiles"
        ));
        assert!(acronym_matches(
            "IAEA",
            "International Atomic Energy Agency"
        ));
        assert!(!acronym_matches("DPRK", "Republic of Korea"));
        assert!(!acronym_matches("UN", "nuclear tests"));
    }

    fn seg(text: &str) -> Segmented {
        let doc = crate::model::Document::new("t", text.to_string());
        let sentences = crate::segment::segment(&doc.text, crate::segment::Segmenter::Auto);
        Segmented { doc, sentences }
    }

    #[test]
    fn learns_aliases_from_documents() {
        let mut k = Knowledge::default();
        k.learn(&[seg("Launches of ICBMs [intercontinental ballistic missiles] stopped, and the DPRK [Democratic People’s Republic of Korea] said so. The Zork Tribunal (ZT) met. Pakistan, officially the Islamic Republic of Pakistan, agreed. Freedonia, also known as Grand Fenwick, too.")]);
        assert_eq!(
            id(&k, "DPRK"),
            id(&k, "Democratic People's Republic of Korea")
        );
        assert!(id(&k, "DPRK").is_some());
        assert_eq!(id(&k, "ICBM").as_deref(), Some("alias:icbm"));
        assert_eq!(
            id(&k, "intercontinental ballistic missiles").as_deref(),
            Some("alias:icbm")
        );
        assert_eq!(id(&k, "Zork Tribunal").as_deref(), Some("alias:zt"));
        assert_eq!(id(&k, "Islamic Republic of Pakistan"), id(&k, "Pakistan"));
        assert_eq!(id(&k, "Grand Fenwick"), id(&k, "Freedonia"));
        assert!(id(&k, "Freedonia").is_some());
        // With the gazetteer the learnt name joins the country's id.
        let mut k = Knowledge::embedded();
        k.learn(&[seg(
            "The Islamic Republic of Zork, officially the Islamic Republic of Pakistan.",
        )]);
        assert_eq!(
            id(&k, "Islamic Republic of Zork").as_deref(),
            Some("country:PAK")
        );
    }

    #[test]
    fn user_aliases_override_and_separate() {
        let f: AliasFile = toml::from_str(
            "same = [[\"Korea\", \"South Korea\"], [\"Jonas Smith\", \"J. Smith\"]]\ndifferent = [[\"Niger\", \"Nigeria\"]]\n",
        )
        .unwrap();
        let mut k = Knowledge::embedded();
        k.add_user_aliases(&f);
        assert_eq!(id(&k, "Korea").as_deref(), Some("country:KOR"));
        assert_eq!(id(&k, "J. Smith"), id(&k, "Jonas Smith"));
        assert_eq!(id(&k, "J. Smith").as_deref(), Some("alias:jonas smith"));
        assert!(k.different("Niger", "nigeria"));
    }
}
