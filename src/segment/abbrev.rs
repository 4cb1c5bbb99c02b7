//! Abbreviation lists: the generated data files in `data/` in, lookup tables out.
//!
//! The files are compiled in with `include_str!` and parsed once on first use; see
//! `scripts/gen-abbreviations.py` for where they come from.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const EN: &str = include_str!("../../data/abbreviations-en.txt");
const RU: &str = include_str!("../../data/abbreviations-ru.txt");

/// What kind of abbreviation a word (lowercase, without its final full stop) is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Kind {
    /// Any abbreviation (`co`, `jan`, `inc`).
    pub general: bool,
    /// A title written before a name (`mr`, `dr`, `st`): never ends a sentence before a name.
    pub prepositive: bool,
    /// Written before a number (`no`, `p`, `pp`).
    pub number: bool,
}

pub(crate) struct Tables {
    abbreviations: HashMap<String, Kind>,
    starters: HashSet<String>,
}

impl Tables {
    /// The kind of `lower` (already lowercase), if it is a known abbreviation.
    pub fn kind(&self, lower: &str) -> Option<Kind> {
        self.abbreviations.get(lower).copied()
    }

    /// Whether `word` (as written) typically starts a sentence (`The`, `He`, `How`).
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

/// The tables, parsed on first use.
pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            abbreviations: HashMap::new(),
            starters: HashSet::new(),
        };
        for data in [EN, RU] {
            parse(data, &mut t);
        }
        t
    })
}

fn parse(data: &str, t: &mut Tables) {
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (word, flags) = line.split_once('\t').unwrap_or((line, "a"));
        if word == "=starter" {
            t.starters.insert(flags.trim().to_string());
            continue;
        }
        let k = t
            .abbreviations
            .entry(word.trim().to_lowercase())
            .or_default();
        k.general |= flags.contains('a');
        k.prepositive |= flags.contains('p');
        k.number |= flags.contains('n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        let t = tables();
        assert!(t.kind("mr").unwrap().prepositive);
        assert!(t.kind("no").unwrap().number);
        assert!(t.kind("co").unwrap().general);
        assert!(t.kind("г").is_some());
        assert!(t.kind("may").is_none());
        assert!(t.is_starter("The"));
    }
}
