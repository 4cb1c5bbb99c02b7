//! Language knowledge as data: the words concord reads facts by (months, weekdays, number
//! words, scale words, hedges, currency words, titles, pronouns, …), one file per language in
//! `data/lexicon/<code>.toml`, plus `data/lexicon/common.toml` for what holds in every language
//! (currency signs and codes, unit symbols, quotation marks). The schema is in
//! `docs/lexicon.md`.
//!
//! Every file in `data/lexicon/` is compiled in by `build.rs` (so a new language is a new file
//! and no new code), but a language's file is parsed only when a version in that language is
//! first read: start-up does not grow with the number of languages.

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, OnceLock};

use serde::Deserialize;

use crate::error::{Error, Result};

// `EMBEDDED: &[(&str, &str)]`: (language code, file text) for every data/lexicon/*.toml but
// common.toml, sorted by code; and `COMMON`, the text of common.toml.
include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

/// The language of a version when nobody says otherwise.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A set of lower-case words.
pub type Words = HashSet<String>;

/// Month and weekday names and the words that make a number a year.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Calendar {
    /// Twelve lists of forms, January first (empty: the language has no month names yet).
    pub months: Vec<Vec<String>>,
    /// Twelve lists of abbreviations, read as a month only when a point follows.
    pub month_abbreviations: Vec<Vec<String>>,
    /// Seven lists of forms, Monday first.
    pub weekdays: Vec<Vec<String>>,
    pub weekday_abbreviations: Vec<Vec<String>>,
    /// Month names that are also surnames after a capitalised name ("Theresa May").
    pub surname_months: Words,
    /// Suffixes of day numbers and ordinals in digits ("7th").
    pub ordinal_suffixes: Vec<String>,
    /// Words after which a four-digit number is a year.
    pub year_context: Words,
    /// Lower-case words before which a four-digit number is still a year.
    pub before_year_end: Words,
    /// Prefixes of a hyphenated year ("mid-2021").
    pub year_periods: Words,
    /// The language writes month and weekday names in lower case ("7 mars", "в марте"): they
    /// are read without a capital. English and German need one ("may", "März").
    pub lowercase_names: bool,
    /// Words that join day, month and year ("7 de febrero de 2023": `de`).
    pub date_joiners: Words,
}

/// Relative dates: "yesterday", "last month".
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Relative {
    /// Day words and their offset in days.
    pub days: HashMap<String, i64>,
    /// Step words ("last" = -1) before a unit word.
    pub steps: HashMap<String, i32>,
    pub month: Words,
    pub year: Words,
    /// Unit words of week steps ("last week").
    pub week: Words,
    /// Words after a count and a time unit that make a date of them ("two weeks ago").
    pub ago: Words,
}

/// Numbers written in words.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Numbers {
    /// Cardinal words below one hundred: units below twenty and the tens.
    pub cardinals: HashMap<String, u32>,
    /// Joins a tens word and a unit word into one ("twenty-one").
    pub compound_joiner: Option<String>,
    pub ordinals: HashMap<String, u32>,
    /// Scale words ("million"), after a number or an article.
    pub scale_words: HashMap<String, f64>,
    /// Scale abbreviations ("bn"), after a number or attached to it.
    pub scale_suffixes: HashMap<String, f64>,
    /// Words that multiply a number below one hundred ("hundred", "dozen").
    pub multipliers: HashMap<String, f64>,
    /// Articles that stand for one before a scale or multiplier ("a million").
    pub articles: Words,
    /// Joins hundreds and units ("one hundred and twenty").
    pub conjunctions: Words,
    /// Number words that count only before a scale of a thousand or more.
    pub lone_pronouns: Words,
    /// Words and two-word phrases for per cent.
    pub percent: Words,
    pub range_to: Words,
    pub range_between: Words,
    pub range_and: Words,
    /// The decimal symbol of numbers in digits ("," in German); a point when not given.
    pub decimal: Option<String>,
    /// The symbols that group thousands ([".", " ", "\u{a0}", "\u{202f}"] in German); a comma
    /// when not given. A space inside a number is read as grouping in every language.
    pub group: Vec<String>,
    /// Numeral characters and their digit value ("三" = 3, "〇" = 0), read in runs with
    /// `numeral_multipliers` and the scale characters of `scale_suffixes` ("三百六十" = 360,
    /// "两百五十万" = 2,500,000). One character each.
    pub numerals: HashMap<String, u32>,
    /// Positional multipliers of numeral characters below the first scale ("十" = 10, "百" =
    /// 100, "千" = 1000). One character each.
    pub numeral_multipliers: HashMap<String, f64>,
    /// Words before a number that make it a percentage ("百分之五十" = 50 %).
    pub percent_prefixes: Vec<String>,
    /// Words before numeral characters that make them an ordinal, no count ("第三" = third).
    pub ordinal_prefixes: Vec<String>,
}

/// Hedges before a number, as words or two-word phrases ("more than").
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Hedges {
    pub about: Words,
    pub nearly: Words,
    pub at_least: Words,
    pub at_most: Words,
}

/// Currency words of one language.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Currencies {
    /// Word → ISO 4217 code.
    pub words: HashMap<String, String>,
    /// The country of a dollar before the currency word ("US dollars").
    pub country_prefixes: Words,
    /// Currency words that are also common words: money only when written as a code.
    pub ambiguous: Words,
}

/// Words of measure that follow a number ("12 years", "3 metres").
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UnitWords {
    /// Word → `dimension:unit`, e.g. `years = "time:year"`: two units of one dimension can be
    /// mistaken for each other ("12 years" → "12 months"), of two dimensions not.
    pub words: HashMap<String, String>,
}

impl UnitWords {
    /// The `(dimension, unit)` a word names, if it is a unit word.
    pub fn of(&self, word: &str) -> Option<(&str, &str)> {
        self.words.get(word)?.split_once(':')
    }
}

/// Words that shape names.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Names {
    pub connectors: Words,
    pub organisation_heads: Words,
    pub place_heads: Words,
    pub titles: Words,
    /// Possessives that may be part of a name ("People's Republic"), without their ending.
    pub possessives_in_names: Words,
    pub pronouns: Words,
    /// Single capital letters that are words, not initials.
    pub capital_words: Words,
    /// Verbs of saying after a speaker's name ("said"): a capitalised word that starts a
    /// sentence before one of them may be a person ("Smith said").
    pub speech_verbs: Words,
    /// Every noun is capitalised (German): a capitalised word of the language's word list
    /// (`data/words/<code>.txt`) is a common word, not a name, unless the gazetteer knows it.
    pub capitalised_nouns: bool,
    /// (inflected ending, dictionary ending) pairs of names, most specific first: a name not
    /// known as written is looked up with its last word's ending replaced ("Испании" →
    /// "Испания"). Empty in languages that do not inflect names.
    pub inflections: Vec<(String, String)>,
}

/// Words the sentence splitter reads.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Segment {
    /// Words that end a wrapped line in the middle of a sentence.
    pub continuing: Words,
    /// Abbreviations (lower case, without their point) that sit inside a sentence: the point
    /// after one ends the sentence only before one of `starters` or a line break ("3,2 Mrd.
    /// Euro", "z. B.").
    pub abbreviations: Words,
    /// Words, as written, that start a sentence after such an abbreviation ("Das", "Er").
    pub starters: Words,
    /// A number with a point before a month name is an ordinal, not a sentence's end ("am 7.
    /// Februar").
    pub ordinal_dots: bool,
}

/// One language's file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: String,
    name: String,
    #[serde(default)]
    unspaced: bool,
    #[serde(default)]
    calendar: Calendar,
    #[serde(default)]
    relative: Relative,
    #[serde(default)]
    numbers: Numbers,
    #[serde(default)]
    hedges: Hedges,
    #[serde(default)]
    currencies: Currencies,
    #[serde(default)]
    units: UnitWords,
    #[serde(default)]
    names: Names,
    #[serde(default)]
    segment: Segment,
}

/// The knowledge of one language, parsed and indexed.
#[derive(Debug)]
pub struct Lexicon {
    /// The language code (BCP 47 primary tag, e.g. `en`, `de`).
    pub code: String,
    /// The language's name in English.
    pub name: String,
    /// Words are written against numbers and each other without a space (Chinese, Japanese)
    /// or take particles written onto them (Korean): the words after a number are read as
    /// the beginning of the text that follows it, and calendar names are found in running
    /// text ([`Lexicon::longest_at`]).
    pub unspaced: bool,
    pub calendar: Calendar,
    pub relative: Relative,
    pub numbers: Numbers,
    pub hedges: Hedges,
    pub currencies: Currencies,
    pub units: UnitWords,
    pub names: Names,
    pub segment: Segment,
    months: HashMap<String, u32>,
    month_abbreviations: HashMap<String, u32>,
    weekdays: HashMap<String, u32>,
    weekday_abbreviations: HashMap<String, u32>,
    /// `names.inflections` as name keys ([`crate::text::word_key`]), keyed once.
    inflection_keys: Vec<(String, String)>,
    /// `numbers.numerals` and `numbers.numeral_multipliers` by character.
    numeral_chars: HashMap<char, Numeral>,
}

/// What a numeral character of an unspaced language stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Numeral {
    /// A digit, 0–9.
    Digit(u32),
    /// A positional multiplier below the first scale (10, 100, 1000).
    Multiplier(f64),
}

/// The one-line error for a file that is not valid lexicon TOML.
fn not_a_lexicon(path: &str, e: &toml::de::Error) -> Error {
    let problem = e
        .to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Error::input(path, format!("not a valid lexicon: {problem}"))
}

/// Index lists of forms by position: form → base + position.
fn index(lists: &[Vec<String>], base: u32) -> HashMap<String, u32> {
    let mut m = HashMap::new();
    for (i, forms) in lists.iter().enumerate() {
        for f in forms {
            m.entry(f.clone()).or_insert(base + i as u32);
        }
    }
    m
}

impl Lexicon {
    /// Parse and check one language's file; `path` names it in errors.
    pub fn parse(path: &str, text: &str) -> Result<Lexicon> {
        let bad = |problem: String| Error::input(path, problem);
        let f: File = toml::from_str(text).map_err(|e| not_a_lexicon(path, &e))?;
        for (what, lists, n) in [
            ("calendar.months", &f.calendar.months, 12),
            (
                "calendar.month_abbreviations",
                &f.calendar.month_abbreviations,
                12,
            ),
            ("calendar.weekdays", &f.calendar.weekdays, 7),
            (
                "calendar.weekday_abbreviations",
                &f.calendar.weekday_abbreviations,
                7,
            ),
        ] {
            if !lists.is_empty() && lists.len() != n {
                return Err(bad(format!(
                    "{what} has {} entries, expected {n} (or none)",
                    lists.len()
                )));
            }
        }
        if f.code.is_empty() || !f.code.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(bad(format!(
                "code '{}' is not a lower-case language code",
                f.code
            )));
        }
        let words = f
            .calendar
            .months
            .iter()
            .chain(&f.calendar.month_abbreviations)
            .chain(&f.calendar.weekdays)
            .chain(&f.calendar.weekday_abbreviations)
            .flatten()
            .chain(f.numbers.cardinals.keys())
            .chain(f.numbers.ordinals.keys())
            .chain(f.numbers.scale_words.keys())
            .chain(f.names.titles.iter());
        for w in words {
            if w.is_empty() || w.to_lowercase() != *w {
                return Err(bad(format!("'{w}' is not a lower-case word")));
            }
        }
        let one_char = |s: &str| s.chars().count() == 1 && !s.chars().any(char::is_alphanumeric);
        if let Some(d) = &f.numbers.decimal {
            if !one_char(d) {
                return Err(bad(format!(
                    "numbers.decimal '{d}' is not one symbol character"
                )));
            }
            if f.numbers.group.contains(d) {
                return Err(bad(format!(
                    "numbers.decimal '{d}' is also in numbers.group"
                )));
            }
        }
        if let Some(g) = f.numbers.group.iter().find(|g| !one_char(g)) {
            return Err(bad(format!(
                "numbers.group '{g}' is not one symbol character"
            )));
        }
        let mut numeral_chars = HashMap::new();
        let numerals = f
            .numbers
            .numerals
            .iter()
            .map(|(k, &v)| (k, Numeral::Digit(v)));
        let multipliers = f
            .numbers
            .numeral_multipliers
            .iter()
            .map(|(k, &v)| (k, Numeral::Multiplier(v)));
        for (k, v) in numerals.chain(multipliers) {
            let mut cs = k.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if !matches!(v, Numeral::Digit(d) if d > 9) => {
                    numeral_chars.insert(c, v);
                }
                _ => {
                    return Err(bad(format!(
                        "numeral '{k}' is not one character of a digit or multiplier"
                    )))
                }
            }
        }
        Ok(Lexicon {
            unspaced: f.unspaced,
            numeral_chars,
            months: index(&f.calendar.months, 1),
            month_abbreviations: index(&f.calendar.month_abbreviations, 1),
            weekdays: index(&f.calendar.weekdays, 0),
            weekday_abbreviations: index(&f.calendar.weekday_abbreviations, 0),
            inflection_keys: f
                .names
                .inflections
                .iter()
                .map(|(e, b)| (crate::text::word_key(e), crate::text::word_key(b)))
                .collect(),
            code: f.code,
            name: f.name,
            calendar: f.calendar,
            relative: f.relative,
            numbers: f.numbers,
            hedges: f.hedges,
            currencies: f.currencies,
            units: f.units,
            names: f.names,
            segment: f.segment,
        })
    }

    /// `names.inflections` as (inflected ending, dictionary ending) of name keys, in order.
    pub fn inflection_keys(&self) -> &[(String, String)] {
        &self.inflection_keys
    }

    /// The numeral character `c` stands for, in a language that has them.
    pub fn numeral(&self, c: char) -> Option<Numeral> {
        self.numeral_chars.get(&c).copied()
    }

    /// The longest key of `table` that `text` starts with, and its value: how the words of
    /// an unspaced language are found in running text ("美元" before "元").
    pub fn longest_at<'t, V>(
        table: impl IntoIterator<Item = (&'t String, &'t V)>,
        text: &str,
    ) -> Option<(&'t str, &'t V)> {
        table
            .into_iter()
            .filter(|(k, _)| !k.is_empty() && text.starts_with(k.as_str()))
            .max_by_key(|(k, _)| k.len())
            .map(|(k, v)| (k.as_str(), v))
    }

    /// The longest month name `text` starts with, and its month (1–12) (unspaced languages).
    pub fn month_at(&self, text: &str) -> Option<(&str, u32)> {
        Self::longest_at(&self.months, text).map(|(k, &v)| (k, v))
    }

    /// The longest weekday name `text` starts with, and its weekday (0 = Monday).
    pub fn weekday_at(&self, text: &str) -> Option<(&str, u32)> {
        Self::longest_at(&self.weekdays, text).map(|(k, &v)| (k, v))
    }

    /// The month (1–12) a lower-case full name stands for.
    pub fn month(&self, lower: &str) -> Option<u32> {
        self.months.get(lower).copied()
    }

    /// The month (1–12) a lower-case abbreviation stands for (when a point follows it).
    pub fn month_abbreviation(&self, lower: &str) -> Option<u32> {
        self.month_abbreviations.get(lower).copied()
    }

    /// The weekday (0 = Monday) a lower-case full name stands for.
    pub fn weekday(&self, lower: &str) -> Option<u32> {
        self.weekdays.get(lower).copied()
    }

    /// Is `lower` a month or weekday abbreviation?
    pub fn is_calendar_abbreviation(&self, lower: &str) -> bool {
        self.month_abbreviations.contains_key(lower)
            || self.weekday_abbreviations.contains_key(lower)
    }

    /// A scale word or suffix ("million", "bn").
    pub fn scale(&self, lower: &str) -> Option<f64> {
        let n = &self.numbers;
        n.scale_words
            .get(lower)
            .or_else(|| n.scale_suffixes.get(lower))
            .copied()
    }

    /// The decimal symbol of the language's numbers in digits ('.' unless the file says).
    pub fn decimal_symbol(&self) -> char {
        self.numbers
            .decimal
            .as_deref()
            .and_then(|d| d.chars().next())
            .unwrap_or('.')
    }

    /// Does `c` group thousands in the language's numbers in digits (',' unless the file
    /// says)?
    pub fn is_group_symbol(&self, c: char) -> bool {
        if self.numbers.group.is_empty() {
            c == ','
        } else {
            self.numbers.group.iter().any(|g| g.chars().eq([c]))
        }
    }

    /// A cardinal below one hundred in one word: "nine", "twenty-one".
    pub fn small_number(&self, lower: &str) -> Option<f64> {
        let c = &self.numbers.cardinals;
        if let Some(&v) = c.get(lower) {
            return Some(v as f64);
        }
        let (t, u) = lower.split_once(self.numbers.compound_joiner.as_deref()?)?;
        let t = c
            .get(t)
            .filter(|&&t| (20..100).contains(&t) && t % 10 == 0)?;
        let u = c.get(u).filter(|&&u| (1..10).contains(&u))?;
        Some((t + u) as f64)
    }

    /// The value of a number written as one lower-case word, cardinal or ordinal.
    pub fn word_value(&self, lower: &str) -> Option<f64> {
        self.small_number(lower)
            .or_else(|| self.numbers.ordinals.get(lower).map(|&v| v as f64))
    }
}

/// What holds in every language.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Common {
    pub currencies: CommonCurrencies,
    pub units: Units,
    pub quotes: Quotes,
    pub names: CommonNames,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonCurrencies {
    /// (sign, ISO code), longest signs first once loaded.
    pub signs: Vec<(String, String)>,
    /// Lower-case code word → ISO code.
    pub codes: HashMap<String, String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Units {
    /// Unit symbols written straight after digits.
    pub attached: Words,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quotes {
    /// (opening mark, the closing marks it may end with).
    pub pairs: Vec<(String, String)>,
}

impl Quotes {
    /// The closing marks of an opening mark.
    pub fn closers(&self, open: char) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(o, _)| o.chars().eq(std::iter::once(open)))
            .map(|(_, c)| c.as_str())
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonNames {
    /// Words that do not distinguish names when keys are compared.
    pub fillers: Words,
}

impl Common {
    fn parse(path: &str, text: &str) -> Result<Common> {
        let mut c: Common = toml::from_str(text).map_err(|e| not_a_lexicon(path, &e))?;
        for (o, _) in &c.quotes.pairs {
            if o.chars().count() != 1 {
                return Err(Error::input(
                    path,
                    format!("quote mark '{o}' is not one character"),
                ));
            }
        }
        // Longest sign first, so that "US$" wins over "$"; stable for equal lengths.
        c.currencies
            .signs
            .sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        Ok(c)
    }
}

/// The knowledge that holds in every language, parsed on first use.
pub fn common() -> &'static Common {
    static COMMON_PARSED: LazyLock<Common> = LazyLock::new(|| {
        Common::parse("data/lexicon/common.toml", COMMON)
            .unwrap_or_else(|e| panic!("embedded lexicon: {e}"))
    });
    &COMMON_PARSED
}

/// The codes of the languages concord has a lexicon for, sorted.
pub fn languages() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|(c, _)| *c)
}

/// The lexicon of the language `code`, parsed on first use. An unknown code is a usage error
/// listing the known ones.
pub fn get(code: &str) -> Result<&'static Lexicon> {
    static SLOTS: LazyLock<Vec<OnceLock<std::result::Result<Lexicon, String>>>> =
        LazyLock::new(|| EMBEDDED.iter().map(|_| OnceLock::new()).collect());
    let Some(i) = EMBEDDED.iter().position(|(c, _)| *c == code) else {
        return Err(Error::Usage(format!(
            "unknown language '{code}' (concord has lexicons for: {})",
            languages().collect::<Vec<_>>().join(", ")
        )));
    };
    let (c, text) = EMBEDDED[i];
    let path = format!("data/lexicon/{c}.toml");
    SLOTS[i]
        .get_or_init(|| {
            Lexicon::parse(&path, text)
                .and_then(|l| {
                    if l.code == c {
                        Ok(l)
                    } else {
                        Err(Error::input(
                            &path,
                            format!("code '{}' differs from the file name", l.code),
                        ))
                    }
                })
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Error::Usage(e.clone()))
}

/// The languages whatlang tells apart, by the code of their lexicon. Only those with a lexicon
/// in `data/lexicon/` are ever detected.
const DETECTABLE: &[(&str, whatlang::Lang)] = {
    use whatlang::Lang::*;
    &[
        ("ar", Ara),
        ("de", Deu),
        ("en", Eng),
        ("es", Spa),
        ("fr", Fra),
        ("it", Ita),
        ("ja", Jpn),
        ("ko", Kor),
        ("nl", Nld),
        ("pl", Pol),
        ("pt", Por),
        ("ru", Rus),
        ("tr", Tur),
        ("uk", Ukr),
        ("zh", Cmn),
    ]
};

/// How much of a version detection reads: its first 16 KiB (a character boundary below). A
/// story's language shows in its first paragraphs, and a long version costs no more.
const DETECT_BYTES: usize = 16 << 10;

/// The language of `text` among the languages concord has a lexicon for, by whatlang
/// (trigrams, restricted to those languages: see "Language detection" in docs/benchmarks.md),
/// or None when the text has no letters to tell.
///
/// Trigrams are unsure of short texts, and a short sentence full of names can come out as
/// another language ("Zachary David Alexander Efron (born October 18, 1987) is a Japanese
/// actor and singer." is German to whatlang, at confidence 0.001). So when whatlang is not
/// sure ([`whatlang::Info::is_reliable`]) and nearly all the text's lower-case words are words
/// of the default language (`default_word`: at least [`MIN_KNOWN`] of them, and
/// [`KNOWN_SHARE`] of all), the text is in the default language.
pub fn detect(text: &str, default_word: &dyn Fn(&str) -> bool) -> Option<&'static str> {
    detect_sure(text, default_word).map(|(code, _)| code)
}

/// [`detect`], and whether the answer is sure: whatlang found it reliable, or the text's words
/// made it the default language. An unsure language reads numbers whose digits mean another
/// value in another language ("1.500") both ways ([`crate::model::Document::lang_sure`]).
pub fn detect_sure(
    text: &str,
    default_word: &dyn Fn(&str) -> bool,
) -> Option<(&'static str, bool)> {
    static DETECTOR: LazyLock<(whatlang::Detector, Vec<(&'static str, whatlang::Lang)>)> =
        LazyLock::new(|| {
            let known: Vec<(&'static str, whatlang::Lang)> = DETECTABLE
                .iter()
                .filter(|(c, _)| languages().any(|l| l == *c))
                .copied()
                .collect();
            let allow = known.iter().map(|(_, l)| *l).collect();
            (whatlang::Detector::with_allowlist(allow), known)
        });
    let mut end = text.len().min(DETECT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let (detector, known) = &*DETECTOR;
    let info = detector.detect(text)?;
    let code = known
        .iter()
        .find(|(_, l)| *l == info.lang())
        .map(|(c, _)| *c)?;
    if info.is_reliable() {
        return Some((code, true));
    }
    if mostly_default_words(text, default_word) {
        return Some((DEFAULT_LANGUAGE, true));
    }
    Some((code, false))
}

/// The fewest lower-case words a text needs for [`detect`] to read it by its words.
pub const MIN_KNOWN: usize = 4;
/// The share of a text's lower-case words that must be default-language words.
pub const KNOWN_SHARE: f64 = 0.85;

/// Whether at least [`KNOWN_SHARE`] of the lower-case words of `text` (names and numbers left
/// out), and at least [`MIN_KNOWN`], are words of the default language.
fn mostly_default_words(text: &str, default_word: &dyn Fn(&str) -> bool) -> bool {
    let (mut all, mut known) = (0usize, 0usize);
    for span in crate::text::spans(text) {
        let w = &text[span.start..span.end];
        if !w
            .chars()
            .all(|c| c.is_lowercase() || c == '\'' || c == '’' || c == '-')
        {
            continue;
        }
        all += 1;
        if default_word(&crate::text::fold(w)) {
            known += 1;
        }
    }
    known >= MIN_KNOWN && known as f64 >= KNOWN_SHARE * all as f64
}

/// The key of [`LangChoice`] that applies to every version no other key names.
pub const ALL_VERSIONS: &str = "*";

/// The value of a [`LangChoice`] that asks for detection (to undo a configuration's choice).
pub const AUTO: &str = "auto";

/// Which language to read each version in: version → language code or [`AUTO`]. A key is a
/// path as given on the command line, or a file name, or [`ALL_VERSIONS`]; a version no key
/// names is detected.
pub type LangChoice = std::collections::BTreeMap<String, String>;

/// Check a language a user gave (`--lang`, `[languages]`): a code concord has a lexicon for,
/// or `auto`. The error lists the known codes.
pub fn check_choice(code: &str) -> std::result::Result<(), String> {
    if code == AUTO || languages().any(|c| c == code) {
        Ok(())
    } else {
        Err(format!(
            "unknown language '{}' (expected auto or one of: {})",
            crate::report::message::printable(code),
            languages().collect::<Vec<_>>().join(", ")
        ))
    }
}

/// Decide the language of `doc`: kept when already given ([`crate::model::Document::set_lang`]),
/// else what `choice` says for it, else detected from its text, else the default.
/// `default_word` tells the words of the default language ([`detect`]).
pub fn assign(
    doc: &mut crate::model::Document,
    choice: &LangChoice,
    default_word: &dyn Fn(&str) -> bool,
) {
    use crate::model::LangSource;
    if doc.lang_source() == LangSource::Given {
        return;
    }
    let chosen = choice
        .get(&doc.path)
        .or_else(|| choice.get(doc.name()))
        .or_else(|| choice.get(ALL_VERSIONS))
        .filter(|c| *c != AUTO);
    // Choices are checked when settings are resolved; one that is not known is detected.
    if let Some(code) = chosen {
        if doc.set_lang_from(code, LangSource::Given).is_ok() {
            return;
        }
    }
    if let Some((code, sure)) = detect_sure(&doc.text, default_word) {
        if doc.set_lang_from(code, LangSource::Detected).is_ok() && !sure {
            doc.mark_lang_unsure();
        }
    }
}

/// The lexicon of `code`, or English when concord has none for it.
pub fn get_or_default(code: &str) -> &'static Lexicon {
    get(code).unwrap_or_else(|_| english())
}

/// The English lexicon (the default language). Every embedded lexicon is tested to parse.
pub fn english() -> &'static Lexicon {
    get(DEFAULT_LANGUAGE).unwrap_or_else(|e| panic!("embedded lexicon: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_words(_: &str) -> bool {
        false
    }

    #[test]
    fn an_unsure_guess_gives_way_to_the_default_languages_words() {
        let english = |w: &str| crate::extract::is_english_word(w);
        let efron =
            "Zachary David Alexander Efron (born October 18, 1987) is a Japanese actor and singer.";
        // Trigrams alone call it German, unsure.
        assert_eq!(detect(efron, &no_words), Some("de"));
        assert_eq!(detect(efron, &english), Some("en"));
        // Sure German stays German, though "die", "am" and "an" are English words too.
        assert_eq!(
            detect(
                "Die Regierung kündigte am Montag neue Gesetze an.",
                &english
            ),
            Some("de")
        );
        // Too few lower-case words to tell by: the guess stands.
        assert!(!mostly_default_words("Angela Merkel, Berlin.", &english));
        assert!(mostly_default_words("is a singer and an actor", &english));
        assert!(!mostly_default_words(
            "ist ein Sänger und ein Schauspieler",
            &english
        ));
    }

    #[test]
    fn detects_only_languages_with_a_lexicon() {
        assert_eq!(
            detect(
                "Die Regierung kündigte am Montag neue Gesetze an.",
                &no_words
            ),
            Some("de")
        );
        assert_eq!(
            detect("The government announced new laws on Monday.", &no_words),
            Some("en")
        );
        assert_eq!(detect("12, 13 — 14.", &no_words), None);
        assert_eq!(detect("", &no_words), None);
        // Every answer is a language concord can read.
        for text in [
            "Le gouvernement a annoncé lundi de nouvelles lois.",
            "政府周一宣布了新法律。",
        ] {
            if let Some(code) = detect(text, &no_words) {
                assert!(get(code).is_ok(), "{code}");
            }
        }
    }

    #[test]
    fn a_long_text_is_detected_from_its_beginning() {
        // Cut on a character boundary: no panic inside a multi-byte character.
        let text = "ä".repeat(DETECT_BYTES) + " Die Regierung";
        let _ = detect(&text, &no_words);
    }

    #[test]
    fn every_embedded_lexicon_parses_and_is_named_after_its_file() {
        assert!(languages().count() >= 2, "en and de at least");
        for code in languages() {
            let l = get(code).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(l.code, code);
            assert!(!l.name.is_empty());
        }
        let c = common();
        assert!(!c.currencies.signs.is_empty() && !c.quotes.pairs.is_empty());
        assert_eq!(
            c.currencies.signs[0].0.chars().count(),
            3,
            "longest sign first"
        );
    }

    #[test]
    fn bad_file_is_a_clear_error_naming_it() {
        let e = Lexicon::parse(
            "xx.toml",
            "code = \"xx\"\nname = \"X\"\n[calendar]\nmonths = 3\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("xx.toml: not a valid lexicon:"), "{e}");
        assert!(!e.contains('\n'), "{e}");
        let e = Lexicon::parse(
            "xx.toml",
            "code = \"xx\"\nname = \"X\"\n[calendar]\nmonths = [[\"a\"]]\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "xx.toml: calendar.months has 1 entries, expected 12 (or none)"
        );
        let e = Lexicon::parse("xx.toml", "code = \"xx\"\nname = \"X\"\n[hedge]\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown field") && e.contains("hedge"), "{e}");
        let e = Lexicon::parse(
            "xx.toml",
            "code = \"xx\"\nname = \"X\"\n[numbers]\ncardinals = { Eins = 1 }\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(e, "xx.toml: 'Eins' is not a lower-case word");
        for (field, problem) in [
            (
                "decimal = \"ab\"",
                "numbers.decimal 'ab' is not one symbol character",
            ),
            (
                "decimal = \",\"\ngroup = [\",\"]",
                "numbers.decimal ',' is also in numbers.group",
            ),
            (
                "group = [\"1\"]",
                "numbers.group '1' is not one symbol character",
            ),
        ] {
            let e = Lexicon::parse(
                "xx.toml",
                &format!("code = \"xx\"\nname = \"X\"\n[numbers]\n{field}\n"),
            )
            .unwrap_err()
            .to_string();
            assert_eq!(e, format!("xx.toml: {problem}"));
        }
        let e = get("xx").unwrap_err().to_string();
        assert!(
            e.starts_with("unknown language 'xx'") && e.contains("en"),
            "{e}"
        );
    }

    #[test]
    fn english_words_read_as_before() {
        let en = english();
        assert_eq!(en.month("february"), Some(2));
        assert_eq!(en.month_abbreviation("sept"), Some(9));
        assert_eq!(en.weekday("friday"), Some(4));
        assert!(en.is_calendar_abbreviation("thurs"));
        assert_eq!(en.small_number("twenty-one"), Some(21.0));
        assert_eq!(en.small_number("twenty-ten"), None);
        assert_eq!(en.small_number("one-twenty"), None);
        assert_eq!(en.word_value("third"), Some(3.0));
        assert_eq!(en.scale("bn"), Some(1e9));
        assert_eq!(en.scale("hundred"), Some(1e2));
        assert_eq!(en.decimal_symbol(), '.');
        assert!(en.is_group_symbol(',') && !en.is_group_symbol('.'));
    }

    #[test]
    fn chinese_japanese_and_korean_are_detected_and_read_unspaced() {
        for (text, code) in [
            ("政府周一宣布了新法律，朝鲜发射了导弹。", "zh"),
            ("政府は月曜日に新しい法律を発表した。", "ja"),
            ("정부는 월요일에 새 법을 발표했다.", "ko"),
        ] {
            assert_eq!(detect(text, &no_words), Some(code), "{text}");
            let l = get(code).unwrap();
            assert!(l.unspaced);
        }
        let zh = get("zh").unwrap();
        assert_eq!(zh.month_at("十二月底"), Some(("十二月", 12)));
        assert_eq!(zh.month_at("3月"), Some(("3月", 3)));
        assert_eq!(zh.weekday_at("周一宣布"), Some(("周一", 0)));
        assert_eq!(zh.weekday_at("星期日"), Some(("星期日", 6)));
        assert_eq!(
            get("ja").unwrap().weekday_at("月曜日に"),
            Some(("月曜日", 0))
        );
        assert_eq!(
            get("ko").unwrap().weekday_at("월요일에"),
            Some(("월요일", 0))
        );
        assert_eq!(zh.numeral('两'), Some(Numeral::Digit(2)));
        assert_eq!(zh.numeral('百'), Some(Numeral::Multiplier(100.0)));
        assert_eq!(zh.numeral('万'), None, "a scale, not a numeral");
        assert_eq!(zh.scale("亿"), Some(1e8));
        assert!(!english().unspaced);
        let e = Lexicon::parse(
            "xx.toml",
            "code = \"xx\"\nname = \"X\"\n[numbers]\nnumerals = { \"ab\" = 1 }\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "xx.toml: numeral 'ab' is not one character of a digit or multiplier"
        );
    }

    #[test]
    fn languages_declare_their_number_conventions() {
        let de = get("de").unwrap();
        assert_eq!(de.decimal_symbol(), ',');
        for c in ['.', ' ', '\u{a0}', '\u{202f}'] {
            assert!(de.is_group_symbol(c), "{c:?}");
        }
        assert!(!de.is_group_symbol(','));
        assert_eq!(de.scale("billion"), Some(1e12));
        assert_eq!(de.scale("mrd"), Some(1e9));
        assert_eq!(english().scale("billion"), Some(1e9));
        // A language that says nothing reads numbers the English way.
        let xx = Lexicon::parse("xx.toml", "code = \"xx\"\nname = \"X\"\n").unwrap();
        assert_eq!(xx.decimal_symbol(), '.');
        assert!(xx.is_group_symbol(','));
    }
}
