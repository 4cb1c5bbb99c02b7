//! The checks: a [`Check`] in, its stable id, default severity, descriptions and example out.
//!
//! This is the one place a check is described. Compare builds findings through
//! [`crate::model::Finding::new`], which takes the severity from here; configuration parses ids
//! with [`Check::from_str`]; SARIF lists [`Check::ALL`] as its rules; `docs/checks.md` is
//! generated from [`docs`] (a test fails when the committed file differs; regenerate it with
//! `UPDATE_DOCS=1 cargo test --lib check::`). A new check is a variant here, its [`Info`] and
//! an example that the tests run through the whole pipeline.

use std::fmt;
use std::str::FromStr;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One kind of mismatch concord reports. Serialises as its id (`entity-mismatch`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    EntityMismatch,
    EntityMissing,
    EntityAmbiguous,
    NumberMismatch,
    NumberMissing,
    QuoteMissing,
    QuoteAltered,
    QuoteUnbalanced,
    SentenceMissing,
    FactsMissing,
    VersionIncomplete,
}

/// Two one-sentence versions and what concord reports about them, as the human report shows
/// it (with the versions saved as `base.txt` and `other.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    pub base: &'static str,
    pub other: &'static str,
    /// The finding's message.
    pub reported: &'static str,
}

/// Everything said about a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    /// Stable kebab-case id, e.g. `entity-mismatch`: in every format, in `concord.toml` and in
    /// baselines. Never renamed.
    pub id: &'static str,
    /// Severity before any configuration override.
    pub severity: Severity,
    /// One short sentence.
    pub short: &'static str,
    /// What the check looks for, and what it deliberately leaves alone.
    pub full: &'static str,
    /// What to do about a finding.
    pub help: &'static str,
    pub example: Example,
}

impl Check {
    /// Every check, in a fixed order: the order of SARIF `rules`, of the docs and of summaries.
    pub const ALL: [Check; 11] = [
        Check::EntityMismatch,
        Check::EntityMissing,
        Check::EntityAmbiguous,
        Check::NumberMismatch,
        Check::NumberMissing,
        Check::QuoteMissing,
        Check::QuoteAltered,
        Check::QuoteUnbalanced,
        Check::SentenceMissing,
        Check::FactsMissing,
        Check::VersionIncomplete,
    ];

    /// What is said about this check.
    pub const fn info(self) -> Info {
        match self {
            Check::EntityMismatch => Info {
                id: "entity-mismatch",
                severity: Severity::Error,
                short: "A named entity differs between versions.",
                full: "An aligned sentence names a different entity of the same kind where the \
                       other version names this one. Countries are compared wherever they stand \
                       in the sentence (translations reorder freely); other names (a person, \
                       an organisation) when the pairing is confident: one replaces the other \
                       in the same place of the sentence (\"bought by Microsoft\" → \"bought \
                       by Oracle\"), or each is the only name left without a counterpart on its \
                       side (\"Microsoft bought the startup\" → \"The startup was bought by \
                       Oracle\"); with two or more left on a side, each is an entity-missing \
                       instead. A name that the other version names more often than this one \
                       (\"North Korea fired …, South Korean officials said\" → \"South Korea \
                       fired …, South Korean officials said\") is not absorbed by the other \
                       mention: the spare one, standing in its place, is what it became. A \
                       capitalised word at the start of a sentence that may be an ordinary \
                       word (\"Smith said\", \"Google bought\"; a dictionary word) is a name \
                       when the other version has a name in its place (\"Microsoft bought\" → \
                       \"Google bought\"), or when both sides have such a word before a verb of \
                       saying (\"Smith said\" → \"Brown said\"); a given name before another \
                       capitalised word starts a name (\"John Smith said\"). Plural nouns \
                       (\"Officials said\") and common sentence openers (\"The\", \"However\") \
                       never are. Names are compared after alias resolution, so \"DPRK\", \"North Korea\", \"Democratic \
                       People's Republic of Korea\", \"North Korean\" and \"Pyongyang\" (as \
                       metonym) are one entity, in any language the gazetteer knows (\"Corea \
                       del Norte\", \"朝鲜\", \"북한\"); a name the gazetteer does not know is \
                       the known one it shortens or spells another way (\"Britain\", of \"Great \
                       Britain\", for \"the U.K.\"; \"Kiev\" for \"Kyiv\"), and an initial \
                       stands for a given name (\"J. Smith\" is \"Jonas Smith\", \"J. Jones\" \
                       is not). With three or more versions the message \
                       names the versions that agree with the base next to it.",
                help: "Check which name is right and correct the other version. If both names \
                       denote the same entity, add them to [aliases] same in concord.toml.",
                example: Example {
                    base: "The DPRK fired 3 missiles on Tuesday, officials said.",
                    other: "South Korea fired 3 missiles on Tuesday, officials said.",
                    reported: "\"DPRK\" (base.txt:1:5) became \"South Korea\" (other.txt:1:1)",
                },
            },
            Check::EntityMissing => Info {
                id: "entity-missing",
                severity: Severity::Warning,
                short: "A named entity is missing from a version.",
                full: "An entity with no counterpart in the aligned sentences of another \
                       version, in either direction (\"(added)\" when the other version brings \
                       it in). When a pronoun took its place, the message says so. An \
                       ambiguous name one of whose readings the other side names (\"Washington \
                       said\" against \"the United States said\") is not reported missing.",
                help: "Check whether the name was dropped on purpose; restore it if not.",
                example: Example {
                    base: "Officials in Seoul said North Korea fired the missile.",
                    other: "Officials in Seoul said the missile was fired by him.",
                    reported: "\"North Korea\" (base.txt:1:25) has no counterpart in \
                               other.txt:1:50 (replaced by \"him\")",
                },
            },
            Check::EntityAmbiguous => Info {
                id: "entity-ambiguous",
                severity: Severity::Info,
                short: "An ambiguous name stands for a specific one.",
                full: "An ambiguous name (\"Korea\", \"Congo\", \"Georgia\", \"Washington\") \
                       where the other version names a specific entity: possibly the same, \
                       never a confident contradiction. Only when none of the name's readings \
                       can be the other name, and all its readings are countries (\"Congo\" \
                       against \"Nigeria\"), is it an entity-mismatch; \"Georgia\" (also a US \
                       state) against \"the United States\" stays ambiguous.",
                help: "Use the specific name in every version so readers cannot mistake it.",
                example: Example {
                    base: "North Korea fired the missile, officials in Seoul said.",
                    other: "Korea fired the missile, officials in Seoul said.",
                    reported: "\"North Korea\" (base.txt:1:1) became \"Korea\" (other.txt:1:1) \
                               (ambiguous name: may or may not be the same)",
                },
            },
            Check::NumberMismatch => Info {
                id: "number-mismatch",
                severity: Severity::Error,
                short: "A number or date differs between versions.",
                full: "A quantity, amount or date whose value differs between aligned \
                       sentences. Values are compared, never texts: \"US$50 million\" = \"$50 \
                       million\" = \"50,000,000 dollars\"; \"last month\" = \"January\" in a \
                       text dated 2022-02-07. \"More than 50\" against \"nearly 50\" is a \
                       mismatch of the hedge; \"$3 billion\" against \"€3 billion\" one of \
                       the currency, and in one language \"12 years\" against \"12 months\" \
                       one of the unit (the lexicon's unit words). In one language a number is also compared with the \
                       words either side of it, so numbers that trade places (\"52 percent to \
                       48 percent\" → \"48 percent to 52 percent\", \"3 men and 2 women\" → \
                       \"2 men and 3 women\") are mismatches, while a reordered list that keeps \
                       each number with its words is not. Relative dates are compared as said \
                       when there is no date to resolve them against (\"last week\" against \
                       \"last month\", \"yesterday\" against \"today\", \"two weeks ago\" \
                       against \"two months ago\"; \"two weeks ago\" = \"14 days ago\"), and \
                       ordinals in words where one replaces another (\"fifth album\" → \
                       \"fourth album\" or \"4th album\"). A date that keeps its value but \
                       says more or less is a number-missing warning instead. Digits are read \
                       in the language of their version: English \"2,500\" = German \
                       \"2.500\", \"3.2 billion\" = \"3,2 Milliarden\" = \"3,2 Mrd.\", while \
                       a German \"Billion\" is 10^12. A number whose value depends on the \
                       decimal symbol (\"1.500\") in a version whose language is only a guess \
                       agrees in either reading, so a wrong guess never makes it a mismatch \
                       (docs/extraction.md, \"Quantities\").",
                help: "Check the source and correct the wrong version.",
                example: Example {
                    base: "The ministry said 12 people were injured in the blast.",
                    other: "The ministry said 21 people were injured in the blast.",
                    reported: "\"12\" (base.txt:1:19) became \"21\" (other.txt:1:19)",
                },
            },
            Check::NumberMissing => Info {
                id: "number-missing",
                severity: Severity::Warning,
                short: "A number or date is missing from a version.",
                full: "A number, amount or date present in one version and absent from the \
                       aligned sentences of the other. Across languages only numbers written \
                       in digits (or in two CJK numeral characters or more) are compared; a \
                       spelled number only answers one that agrees with it. A date that agrees with the other version's but \
                       gains or loses precision (\"May 29, 2018\" → \"May 2018\", \"born \
                       1978\" → \"born 6 April 1978\") is reported here too, as \"became … \
                       (less precise)\" or \"(more precise)\": a fact was dropped or added, \
                       not changed. A relative date that cannot be resolved (\"last year\" in \
                       an undated text) is reported missing only when the other side has no \
                       number or date left that it may be.",
                help: "Check whether the figure was dropped on purpose; restore it if not.",
                example: Example {
                    base: "The ministry said 12 people were injured in the blast on Friday.",
                    other: "The ministry said 12 people were injured in the blast.",
                    reported: "\"Friday\" (base.txt:1:58) has no counterpart in other.txt:1:1",
                },
            },
            Check::QuoteMissing => Info {
                id: "quote-missing",
                severity: Severity::Warning,
                short: "A quotation is missing from a version.",
                full: "A quotation with no quoted counterpart: dropped with its sentence, \
                       dropped from a sentence, or paraphrased without quotation marks (the \
                       message says which). A quotation that appears only in the other version \
                       is reported too (a fabricated quote is worth a look).",
                help: "Check whether the quotation was cut on purpose; restore it if not.",
                example: Example {
                    base: "\"We will respond,\" the minister said.",
                    other: "The minister said they would respond.",
                    reported: "\"We will respond,\" (base.txt:1:1) has no quoted counterpart in \
                               other.txt:1:1 (paraphrased without quotation marks)",
                },
            },
            Check::QuoteAltered => Info {
                id: "quote-altered",
                severity: Severity::Warning,
                short: "A quotation's words differ between versions.",
                full: "A quotation whose words changed, beyond what a typographic change \
                       explains. The human report shows the word diff under the finding \
                       ([-removed-] {+added+} without colour).",
                help: "Quote the speaker's exact words in every version, or mark the change.",
                example: Example {
                    base: "\"We will respond firmly,\" the minister said.",
                    other: "\"We will respond quickly,\" the minister said.",
                    reported: "\"We will respond firmly,\" (base.txt:1:1) is quoted with other \
                               words as \"We will respond quickly,\" (other.txt:1:1)",
                },
            },
            Check::QuoteUnbalanced => Info {
                id: "quote-unbalanced",
                severity: Severity::Warning,
                short: "Quotation marks do not balance.",
                full: "An opening quotation mark with no closing mark before the end of its \
                       paragraph.",
                help: "Add or remove the stray quotation mark.",
                example: Example {
                    base: "\"We will respond,\" the minister said.",
                    other: "\"We will respond, the minister said.",
                    reported: "\"\"We will respond, the minister said.\" (other.txt:1:1) opens \
                               a quotation that is never closed",
                },
            },
            Check::SentenceMissing => Info {
                id: "sentence-missing",
                severity: Severity::Info,
                short: "A sentence has no counterpart in another version.",
                full: "A sentence of one version that could not be aligned with any sentence \
                       of another version: dropped from it, or added (\"(added)\"), or \
                       rewritten beyond recognition, and that carries no number, date or name \
                       (one that does is facts-missing).",
                help: "Check whether the sentence was added or cut on purpose.",
                example: Example {
                    base: "The talks ended on Monday. Both sides said the talks went well.",
                    other: "The talks ended on Monday.",
                    reported: "\"Both sides said the talks went well.\" (base.txt:1:28) has no \
                               counterpart in other.txt (dropped)",
                },
            },
            Check::FactsMissing => Info {
                id: "facts-missing",
                severity: Severity::Error,
                short: "A sentence with no counterpart took figures or names with it.",
                full: "A sentence of one version that has no counterpart in another version \
                       (dropped, or added: \"added with\") and carries facts: numbers, amounts \
                       and dates (an error: a figure the reader of the other version never \
                       sees, such as the death toll of a lead sentence, is what a correction is \
                       about), or only names (a warning, the severity of entity-missing). The \
                       message lists the facts. A sentence without such facts is a \
                       sentence-missing info instead; a quotation in it is reported as \
                       quote-missing (\"dropped with its sentence\"). Across languages only the \
                       facts that survive translation count: numbers in digits and names the \
                       gazetteer knows.",
                help: "Restore the sentence, or check that cutting it (and its figures) was \
                       intended.",
                example: Example {
                    base: "An earthquake killed 1,200 people on Saturday. Rescue teams arrived.",
                    other: "Rescue teams arrived.",
                    reported: "\"An earthquake killed 1,200 people on Saturday.\" (base.txt:1:1) \
                               has no counterpart in other.txt (dropped with \"1,200\", \
                               \"Saturday\")",
                },
            },
            Check::VersionIncomplete => Info {
                id: "version-incomplete",
                severity: Severity::Error,
                short: "A version is empty or covers less than half of the base.",
                full: "A document-level check: a version with no text, or one where most of \
                       the base has no counterpart (a truncated export, the wrong file). The \
                       message gives the share of the base covered: the base sentences that \
                       have a counterpart, weighted by their length, and their count. Below \
                       half, the version is incomplete. An empty version is only this finding \
                       (not one per base sentence); a truncated one also lists what it lost.",
                help: "Check that the right file was given and that it was exported whole.",
                example: Example {
                    base: "The talks ended on Monday. Both sides will meet again in May. A \
                           statement is expected on Friday.",
                    other: "",
                    reported: "other.txt covers 0% of base.txt (0 of 3 sentences have a \
                               counterpart)",
                },
            },
        }
    }

    /// The stable kebab-case id.
    pub const fn id(self) -> &'static str {
        self.info().id
    }

    /// Severity before any configuration override.
    pub const fn default_severity(self) -> Severity {
        self.info().severity
    }

    /// Position in [`Check::ALL`] (SARIF `ruleIndex`).
    pub fn index(self) -> usize {
        Check::ALL.iter().position(|&c| c == self).unwrap_or(0)
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// An id that names no check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCheck(pub String);

impl fmt::Display for UnknownCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown check '{}'", self.0)
    }
}

impl FromStr for Check {
    type Err = UnknownCheck;

    /// The check with this id (exactly as written: ids are lower case).
    fn from_str(id: &str) -> Result<Self, Self::Err> {
        Check::ALL
            .into_iter()
            .find(|c| c.id() == id)
            .ok_or_else(|| UnknownCheck(id.to_string()))
    }
}

impl serde::Serialize for Check {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Check {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        id.parse().map_err(serde::de::Error::custom)
    }
}

/// The text of `docs/checks.md`: every check with its severity, descriptions and example.
/// `example` renders the example of a check as the `concord check` console session that
/// `docs/checks.md` shows (the pipeline lives above this module, so the caller runs it).
pub fn docs(example: impl Fn(Check) -> String) -> String {
    let mut s = String::from(
        "# Checks\n\n\
         <!-- Generated from src/check.rs: edit there, then run\n     \
         UPDATE_DOCS=1 cargo test --lib check:: -->\n\n\
         Every finding carries a **check id**: a stable kebab-case string that appears in every \
         output\nformat, in `concord.toml` (`[severity]`, `disable`) and in baselines. This page \
         lists them with\ntheir default severity, what each looks for and an example: two \
         one-sentence versions in\n`docs/examples/<id>/` and what `concord check` prints about \
         them (the test suite runs every\nexample and compares).\n\n\
         | id | default severity | description |\n| --- | --- | --- |\n",
    );
    for c in Check::ALL {
        let i = c.info();
        s.push_str(&format!(
            "| `{}` | {} | {} |\n",
            i.id,
            i.severity.as_str(),
            i.short
        ));
    }
    s.push_str(
        "\nThe SARIF output carries the same ids with the description and help text of each.\n\
         How facts are found and normalised (aliases, values, dates, quotations) is in\n\
         [extraction.md](extraction.md); how sentences are paired across versions in\n\
         [alignment.md](alignment.md).\n",
    );
    for c in Check::ALL {
        let i = c.info();
        s.push_str(&format!(
            "\n## `{}` ({})\n\n{}\n\n{}\n\n```console\n{}\n```\n",
            i.id,
            i.severity.as_str(),
            wrap(i.full),
            wrap(&format!("What to do: {}", i.help)),
            example(c),
        ));
    }
    s
}

/// What `concord explain ID` prints: the check's id and default severity, what it looks for,
/// what to do, and its example (from [`Check::info`], like `docs/checks.md`), prose wrapped
/// at 80 columns.
pub fn explain(c: Check) -> String {
    let i = c.info();
    let ex = i.example;
    format!(
        "{} (default severity: {})\n\n{}\n\n{}\n\n{}\n\nExample:\n  base:     {}\n  other:    {}\n  reported: {}\n",
        i.id,
        i.severity.as_str(),
        wrap_at(i.short, 80),
        wrap_at(i.full, 80),
        wrap_at(&format!("What to do: {}", i.help), 80),
        ex.base,
        if ex.other.is_empty() { "(empty)" } else { ex.other },
        ex.reported,
    )
}

/// What `concord explain` without an id prints: every check, its default severity and its
/// one-sentence description.
pub fn list() -> String {
    let mut s = String::new();
    for c in Check::ALL {
        let i = c.info();
        s.push_str(&format!(
            "{:<19}{:<9}{}\n",
            i.id,
            i.severity.as_str(),
            i.short
        ));
    }
    s
}

/// The ids of every check, for a message listing the valid ones.
pub fn ids() -> String {
    Check::ALL.map(Check::id).join(", ")
}

/// Where a check's example versions are kept, relative to the repository root.
pub fn example_paths(c: Check) -> [String; 2] {
    let dir = format!("docs/examples/{}", c.id());
    [format!("{dir}/base.txt"), format!("{dir}/other.txt")]
}

/// Prose wrapped at 96 columns, as the rest of docs/ is.
fn wrap(text: &str) -> String {
    wrap_at(text, 96)
}

/// Prose wrapped at `width` columns.
fn wrap_at(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for w in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    out.push_str(&line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Knowledge;
    use crate::model::Document;

    #[test]
    fn explain_shows_what_the_docs_show() {
        let text = explain(Check::NumberMismatch);
        assert!(text.starts_with("number-mismatch (default severity: error)\n\n"));
        assert!(text.contains("What to do: Check the source"), "{text}");
        assert!(
            text.contains("\"12\" (base.txt:1:19) became \"21\""),
            "{text}"
        );
        assert!(text
            .lines()
            .all(|l| l.chars().count() <= 80 || l.starts_with("  ")));
        assert!(explain(Check::VersionIncomplete).contains("other:    (empty)"));
        assert_eq!(list().lines().count(), Check::ALL.len());
        assert!(ids().starts_with("entity-mismatch, entity-missing, "));
    }

    #[test]
    fn ids_are_unique_kebab_case_and_parse_back() {
        for (i, c) in Check::ALL.into_iter().enumerate() {
            assert_eq!(c.index(), i);
            assert!(c.id().chars().all(|x| x.is_ascii_lowercase() || x == '-'));
            assert_eq!(c.id().parse::<Check>(), Ok(c));
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.id())
            );
            let back: Check = serde_json::from_str(&format!("\"{}\"", c.id())).unwrap();
            assert_eq!(back, c);
        }
        assert_eq!(
            "no-such-check".parse::<Check>(),
            Err(UnknownCheck("no-such-check".into()))
        );
        assert!("Entity-Mismatch".parse::<Check>().is_err());
        assert!(serde_json::from_str::<Check>("\"nope\"").is_err());
    }

    /// A check's example run through the whole pipeline, under the paths docs/checks.md shows.
    fn run_example(c: Check) -> crate::model::Report {
        let ex = c.info().example;
        let [base, other] = example_paths(c);
        let docs = vec![
            Document::new(base, format!("{}\n", ex.base)),
            Document::new(other, format!("{}\n", ex.other)),
        ];
        crate::check_documents(docs, &crate::Options::default(), &Knowledge::embedded())
    }

    /// The console session docs/checks.md shows for a check: the command, its exit status when
    /// not 0, and the human report as `concord check` prints it to a pipe.
    fn console(c: Check) -> String {
        let report = run_example(c);
        let [base, other] = example_paths(c);
        let mut out = format!("$ concord check {base} {other}\n");
        if report
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error)
        {
            out.push_str("? 1\n");
        }
        let opts = crate::report::RenderOptions {
            color: false,
            width: 80,
            cwd: None,
            ..Default::default()
        };
        let mut text = Vec::new();
        crate::report::human::render_check(&report, &opts, &mut text).unwrap();
        out.push_str(&String::from_utf8(text).unwrap());
        out
    }

    /// Every check's example, run through the whole pipeline, reports what the docs say.
    #[test]
    fn every_example_reports_what_it_says() {
        for c in Check::ALL {
            let ex = c.info().example;
            let report = run_example(c);
            let found: Vec<(Check, String)> = report
                .findings
                .iter()
                .map(|f| (f.check, crate::report::message::render(&report, f)))
                .collect();
            let [base, other] = example_paths(c);
            let reported = ex
                .reported
                .replace("base.txt", &base)
                .replace("other.txt", &other);
            assert!(
                found.iter().any(|(k, m)| *k == c && *m == reported),
                "{c}: expected {reported:?}, got {found:#?}",
            );
            let f = report.findings.iter().find(|f| f.check == c).unwrap();
            assert_eq!(f.severity, c.default_severity());
        }
    }

    /// docs/checks.md and the example files under docs/examples/ are what this module
    /// generates; trycmd (tests/it/docs.rs) then runs each example through the built binary.
    #[test]
    fn docs_checks_md_is_generated_from_the_checks() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files = vec![("docs/checks.md".to_string(), docs(console))];
        for c in Check::ALL {
            let ex = c.info().example;
            let [base, other] = example_paths(c);
            files.push((base, format!("{}\n", ex.base)));
            files.push((other, format!("{}\n", ex.other)));
        }
        for (path, generated) in files {
            let path = std::path::Path::new(root).join(path);
            if std::env::var_os("UPDATE_DOCS").is_some() {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &generated).unwrap();
                continue;
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == generated,
                "{} is not what src/check.rs generates; run \
                 UPDATE_DOCS=1 cargo test --lib check:: and commit the result",
                path.display()
            );
        }
    }
}
