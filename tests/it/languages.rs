//! A translation in another language (samples/es-translation: English original, Spanish
//! translation): entities are matched through the multilingual gazetteer, and only what
//! survives translation is compared.

use crate::common::*;
use serde_json::Value;

const BASE: &str = "samples/es-translation/original.txt";
const OTHER: &str = "samples/es-translation/traduccion.txt";

fn findings(base: &str, other: &str) -> Vec<Value> {
    let o = run(&[
        "check",
        base,
        other,
        "--format",
        "json",
        "--no-config",
        "--fail-on",
        "never",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    json(&o)["findings"].as_array().unwrap().clone()
}

fn texts(f: &Value) -> Vec<String> {
    f["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn corea_del_sur_and_a_changed_count_are_the_errors() {
    let fs = findings(BASE, OTHER);
    let mut errors: Vec<(String, Vec<String>)> = fs
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| (f["rule"].as_str().unwrap().to_string(), texts(f)))
        .collect();
    errors.sort();
    assert_eq!(
        errors,
        [
            (
                "entity-mismatch".to_string(),
                vec!["North Korea".to_string(), "Corea del Sur".to_string()]
            ),
            (
                "number-mismatch".to_string(),
                vec!["12th".to_string(), "14".to_string()]
            ),
        ],
        "{fs:#?}"
    );
    // Names and numbers that survive translation agree; translated quotations are not
    // "missing" or "altered" for want of shared words.
    for f in &fs {
        assert!(!f["rule"].as_str().unwrap().starts_with("quote-"), "{f}");
        for t in texts(f) {
            for agreed in [
                "Seoul",
                "Seúl",
                "Pyongyang",
                "Pionyang",
                "Japan",
                "Japón",
                "United States",
                "Estados Unidos",
                "UN Security Council",
                "600 kilometres",
                "30",
                "two",
                "Sunday",
            ] {
                assert_ne!(t, agreed, "{f}");
            }
        }
    }
}

#[test]
fn corea_del_norte_is_not_a_mismatch() {
    let dir = scratch("corea-del-norte");
    let fixed = std::fs::read_to_string(OTHER).unwrap().replacen(
        "Corea del Sur disparó",
        "Corea del Norte disparó",
        1,
    );
    let p = dir.join("traduccion.txt");
    std::fs::write(&p, fixed).unwrap();
    let fs = findings(BASE, p.to_str().unwrap());
    assert!(fs.iter().all(|f| f["rule"] != "entity-mismatch"), "{fs:#?}");
}

#[test]
fn german_and_french_align_by_what_survives_translation() {
    // The Text+Berg development pair: German original, French translation, one sentence a line.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/textberg-dev");
    // The development data lies beside every clone that CI and the developers use; a missing
    // copy is a failure, never a silent pass.
    assert!(
        root.exists(),
        "{} not found: this test needs the project's shared development data",
        root.display()
    );
    let (de, fr) = (root.join("de.txt"), root.join("fr.txt"));
    let o = run(&[
        "align",
        de.to_str().unwrap(),
        fr.to_str().unwrap(),
        "--segmenter",
        "lines",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    let gold = std::fs::read_to_string(root.join("gold.tsv")).unwrap();
    let parse = |s: &str| -> Vec<usize> {
        s.split(',')
            .filter(|x| !x.is_empty())
            .map(|x| x.parse().unwrap())
            .collect()
    };
    let gold: Vec<(Vec<usize>, Vec<usize>)> = gold
        .lines()
        .map(|l| {
            let (a, b) = l.split_once('\t').unwrap();
            (parse(a), parse(b))
        })
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .collect();
    let predicted: Vec<(Vec<usize>, Vec<usize>)> = v["alignment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            let m = |k: usize| {
                u["members"][k]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap() as usize)
                    .collect::<Vec<_>>()
            };
            (m(0), m(1))
        })
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .collect();
    let hits = predicted.iter().filter(|p| gold.contains(p)).count() as f64;
    let (p, r) = (hits / predicted.len() as f64, hits / gold.len() as f64);
    let f1 = 2.0 * p * r / (p + r);
    // The target (strict F1 ≥ 0.80; docs/benchmarks.md has the figures).
    assert!(f1 >= 0.80, "strict F1 {f1:.3}");
}

/// The findings of two versions read as language `lang`: (check id, subject, counterpart).
fn findings_in(lang: &str, base: &str, other: &str) -> Vec<(String, String, String)> {
    use concord::model::Document;
    let mut docs = vec![
        Document::new("a.txt", base.to_string()),
        Document::new("b.txt", other.to_string()),
    ];
    for d in &mut docs {
        d.set_lang(lang).unwrap();
    }
    let opts = concord::Options::default();
    let knowledge = concord::knowledge(&opts).unwrap();
    let report = concord::check_documents(docs, &opts, &knowledge);
    report
        .findings
        .iter()
        .map(|f| {
            let there = f.counterparts.first().and_then(|c| c.fact.as_ref());
            (
                f.check.id().to_string(),
                f.subject.text.clone(),
                there.map(|c| c.text.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

/// A new language is a new data file and no new code: German month and number words come from
/// data/lexicon/de.toml alone, and the existing checks find a German month change ("Februar" →
/// "März") and a changed spelled number ("sieben" → "acht").
#[test]
fn a_german_month_change_is_found_through_the_german_lexicon() {
    let base = "Die Regierung kündigte im Februar neue Gesetze an.\n\n\
                Der Minister sprach am Montag mit sieben Abgeordneten.\n";
    let other = "Die Regierung kündigte im März neue Gesetze an.\n\n\
                 Der Minister sprach am Montag mit acht Abgeordneten.\n";
    let de = findings_in("de", base, other);
    let mismatch = |a: &str, b: &str| ("number-mismatch".to_string(), a.to_string(), b.to_string());
    assert!(de.contains(&mismatch("Februar", "März")), "{de:#?}");
    assert!(de.contains(&mismatch("sieben", "acht")), "{de:#?}");
    // Read as English, the same words are names and unknown words: no date or number at all.
    let en = findings_in("en", base, other);
    assert!(
        !en.iter().any(|f| f.0 == "number-mismatch"),
        "English has no German months: {en:#?}"
    );
}

#[test]
fn an_unknown_language_is_a_clear_error() {
    let mut d = concord::model::Document::new("a.txt", String::new());
    let e = d.set_lang("xx").unwrap_err().to_string();
    assert!(e.starts_with("unknown language 'xx'"), "{e}");
    assert!(e.contains("de, en"), "{e}");
    assert_eq!(d.lang(), "en");
}

const GERMAN: &str = "Die Regierung kündigte am Montag neue Gesetze an. Der Minister sagte, \
                      dass die Abgeordneten im Februar darüber abstimmen werden.\n";
const ENGLISH: &str = "The government announced new laws on Monday. The minister said that \
                       the members would vote on them in February.\n";

/// (language, how it was decided) of each version of a `check --format json` run in `dir`.
fn languages_of(dir: &std::path::Path, extra: &[&str]) -> Vec<(String, String)> {
    let mut args = vec!["check", "en.txt", "de.txt", "--format", "json"];
    args.extend_from_slice(extra);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(&args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(o.status.code().unwrap() < 2, "{}", stderr(&o));
    json(&o)["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["language"].as_str().unwrap().to_string(),
                d["language_source"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn story_dir(name: &str, config: Option<&str>) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("en.txt"), ENGLISH).unwrap();
    std::fs::write(dir.join("de.txt"), GERMAN).unwrap();
    if let Some(c) = config {
        std::fs::write(dir.join("concord.toml"), c).unwrap();
    }
    dir
}

fn pair(a: (&str, &str), b: (&str, &str)) -> Vec<(String, String)> {
    [a, b]
        .iter()
        .map(|(l, s)| (l.to_string(), s.to_string()))
        .collect()
}

#[test]
fn each_version_s_language_is_detected() {
    let dir = story_dir("lang-detect", None);
    assert_eq!(
        languages_of(&dir, &[]),
        pair(("en", "detected"), ("de", "detected"))
    );
}

#[test]
fn lang_sets_every_version_and_file_eq_code_one() {
    let dir = story_dir("lang-flag", None);
    assert_eq!(
        languages_of(&dir, &["--lang", "de"]),
        pair(("de", "given"), ("de", "given"))
    );
    // FILE=CODE wins over CODE for that file, in any order; `auto` detects.
    assert_eq!(
        languages_of(&dir, &["--lang", "en.txt=en", "--lang", "de"]),
        pair(("en", "given"), ("de", "given"))
    );
    assert_eq!(
        languages_of(&dir, &["--lang", "de.txt=auto", "--lang", "en"]),
        pair(("en", "given"), ("de", "detected"))
    );
}

#[test]
fn configuration_languages_key_by_key_under_the_command_line() {
    let dir = story_dir(
        "lang-config",
        Some("[languages]\n\"*\" = \"en\"\n\"de.txt\" = \"de\"\n"),
    );
    assert_eq!(
        languages_of(&dir, &[]),
        pair(("en", "given"), ("de", "given"))
    );
    // The command line's `*` replaces the file's `*`, not its `de.txt`.
    assert_eq!(
        languages_of(&dir, &["--lang", "auto"]),
        pair(("en", "detected"), ("de", "given"))
    );
    assert_eq!(
        languages_of(&dir, &["--lang", "de.txt=en"]),
        pair(("en", "given"), ("en", "given"))
    );
}

#[test]
fn an_unknown_language_on_the_command_line_or_in_the_configuration_is_a_usage_error() {
    let dir = story_dir("lang-bad", None);
    let o = run(&["check", "a", "b", "--lang", "x.txt=klingon"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown language 'klingon' (expected auto or one of:"),
        "{}",
        stderr(&o)
    );
    std::fs::write(dir.join("concord.toml"), "[languages]\n\"*\" = \"xx\"\n").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["check", "en.txt", "de.txt"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("concord.toml") && e.contains("unknown language 'xx'"),
        "{e}"
    );
    assert_eq!(e.lines().count(), 1, "{e}");
}

/// A one-sentence English version full of names was detected as German (whatlang, unsure), so
/// its date was read with German rules and "October 18, 1987" became "18" and "1987" against
/// the same date in the other version (VitaminC, two false number findings). Nearly all its
/// lower-case words are English: it is English.
#[test]
fn a_short_english_sentence_full_of_names_is_english() {
    let dir = scratch("lang-short-names");
    std::fs::write(
        dir.join("en.txt"),
        "Zachary David Alexander Efron (born October 18, 1987) is a Japanese actor and singer.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("de.txt"),
        "Zachary David Alexander Efron (born October 18, 1987) is an American actor and singer.\n",
    )
    .unwrap();
    assert_eq!(
        languages_of(&dir, &[]),
        pair(("en", "detected"), ("en", "detected"))
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .args([
            "check",
            "en.txt",
            "de.txt",
            "--format",
            "json",
            "--no-config",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    let checks: Vec<String> = json(&o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    assert!(
        checks.iter().all(|c| !c.starts_with("number")),
        "{checks:?}"
    );
}

/// Entity findings of a check of two one-story texts, as (rule, the first location's text).
fn entity_rules(base: &str, other: &str, name: &str) -> Vec<(String, String)> {
    let (r, _) = check_json(name, base, other);
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("entity-"))
        .map(|f| (f["rule"].as_str().unwrap().to_string(), texts(f)[0].clone()))
        .collect()
}

/// CLDR's short country names ("США", "EE. UU.") and the capitals GeoNames gives in each
/// language ("Вашингтон", "北京", "Pjöngjang") are the countries they stand for.
#[test]
fn short_country_names_and_capitals_of_other_languages_are_known() {
    let en = "The US and North Korea met in Beijing on Monday, Washington said.\n";
    for (lang, other) in [
        (
            "ru",
            "США и КНДР встретились в понедельник в Пекине, заявил Вашингтон.\n",
        ),
        ("zh", "华盛顿称，美国和朝鲜周一在北京会面。\n"),
    ] {
        assert_eq!(
            entity_rules(en, other, &format!("places-{lang}")),
            vec![],
            "{lang}: {other}"
        );
    }
    // GeoNames gives German "Moskau" (not "Peking": its German name of Beijing is "Beijing").
    assert_eq!(
        entity_rules(
            "The US and North Korea met in Moscow on Monday.\n",
            "Die USA und Nordkorea trafen sich am Montag in Moskau.\n",
            "places-de"
        ),
        vec![]
    );
    // Beijing replaced by another capital is still a change of place.
    let found = entity_rules(
        en,
        "США и КНДР встретились в понедельник в Сеуле, заявил Вашингтон.\n",
        "places-ru-seoul",
    );
    assert_eq!(
        found,
        vec![("entity-mismatch".to_string(), "Beijing".to_string())]
    );
}

/// Regression (translations-dev, en-de): German "Mann" and "Man" were the Isle of Man, so
/// every "a man" translated was a country missing from the English.
#[test]
fn german_words_that_are_gazetteer_names_are_no_names() {
    assert_eq!(
        entity_rules(
            "A man was arrested on Sunday. One cannot say why.\n",
            "Ein Mann wurde am Sonntag verhaftet. Man kann nicht sagen, warum.\n",
            "not-names-de"
        ),
        vec![]
    );
}

/// A country on one side and its people's adjective or noun on the other ("Indian" →
/// "indische", "US officials" → "den Amerikanern") is no missing country; a country that is
/// gone for good still is.
#[test]
fn countries_as_their_peoples_words_in_other_languages() {
    assert_eq!(
        entity_rules(
            "The Indian army and US officials met Kenyan diplomats.\n",
            "Die indische Armee und die Amerikaner trafen kenianische Diplomaten.\n",
            "demonyms-de"
        ),
        vec![]
    );
    assert_eq!(
        entity_rules(
            "The Indian army and US officials met Kenyan diplomats.\n",
            "Die Armee und die Amerikaner trafen kenianische Diplomaten.\n",
            "demonyms-de-dropped"
        ),
        vec![("entity-missing".to_string(), "Indian".to_string())]
    );
}

/// Regression (translations-dev, en-de): a German genitive ("Spaniens", "Deutschlands") was no
/// country, so Spain and Germany were missing from the translation.
#[test]
fn german_genitives_of_countries_are_the_countries() {
    assert_eq!(
        entity_rules(
            "Spain and India signed the deal with Germany.\n",
            "Spaniens und Indiens Regierungen unterzeichneten das Abkommen Deutschlands.\n",
            "genitive-de"
        ),
        vec![]
    );
}
