//! Versions in other languages read with their own conventions (issue 9): numbers with the
//! decimal and grouping symbols and the scale words of their language, German sentences split
//! the German way, German nouns not taken for names. Small made-up sentences.

use crate::common::*;

/// The findings of `concord check` on two texts, as (rule, severity, flagged text), with extra
/// arguments (`--lang …`).
fn findings(name: &str, base: &str, other: &str, extra: &[&str]) -> Vec<(String, String, String)> {
    let [b, o] = write_versions(name, [("en.txt", base), ("de.txt", other)]);
    let mut args = vec![
        "check",
        "--format",
        "json",
        "--no-config",
        "--fail-on",
        "never",
        b.to_str().unwrap(),
        o.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    json(&out)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let text = f["locations"][0]["text"].as_str().unwrap_or("").to_string();
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                text,
            )
        })
        .collect()
}

fn of_rule<'a>(
    fs: &'a [(String, String, String)],
    prefix: &'a str,
) -> impl Iterator<Item = &'a (String, String, String)> {
    fs.iter().filter(move |f| f.0.starts_with(prefix))
}

const EN: &str = "The storm destroyed 2,500 homes and the damage is 3.2 billion euros.\n";
const DE: &str = "Der Sturm zerstörte 2.500 Häuser, der Schaden beträgt 3,2 Milliarden Euro.\n";

#[test]
fn numbers_agree_in_the_conventions_of_each_language() {
    let fs = findings("locale-numbers", EN, DE, &[]);
    assert_eq!(of_rule(&fs, "number-").count(), 0, "{fs:?}");
    // Abbreviated scale and given languages: the same.
    let de = "Der Sturm zerstörte 2.500 Häuser, der Schaden beträgt 3,2 Mrd. Euro.\n";
    let fs = findings("locale-numbers-abbr", EN, de, &["--lang", "de.txt=de"]);
    assert_eq!(of_rule(&fs, "number-").count(), 0, "{fs:?}");
}

#[test]
fn a_german_billion_is_not_an_english_billion() {
    let de = "Der Sturm zerstörte 2.500 Häuser, der Schaden beträgt 3,2 Billionen Euro.\n";
    let fs = findings("locale-billion", EN, de, &[]);
    let numbers: Vec<_> = of_rule(&fs, "number-").collect();
    assert_eq!(numbers.len(), 1, "{fs:?}");
    assert_eq!(
        (numbers[0].0.as_str(), numbers[0].1.as_str()),
        ("number-mismatch", "error")
    );
    assert_eq!(numbers[0].2, "3.2 billion euros");
}

#[test]
fn a_changed_number_is_still_found_across_languages() {
    let de = "Der Sturm zerstörte 2.700 Häuser, der Schaden beträgt 3,2 Milliarden Euro.\n";
    let fs = findings("locale-changed", EN, de, &[]);
    let numbers: Vec<_> = of_rule(&fs, "number-").collect();
    assert_eq!(numbers.len(), 1, "{fs:?}");
    assert_eq!(numbers[0].2, "2,500");
}

#[test]
fn german_sentences_go_on_after_scale_abbreviations_and_ordinal_dots() {
    let dir = scratch("locale-segment");
    let f = dir.join("de.txt");
    std::fs::write(
        &f,
        "Am 7. Februar kamen 5 Mio. Gäste. Der Schaden beträgt 3,2 Mrd. Euro. Das ist viel.\n",
    )
    .unwrap();
    let count = |lang: &str| {
        let o = run(&["segment", f.to_str().unwrap(), "--lang", lang]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stdout(&o).lines().filter(|l| l.starts_with("    ")).count()
    };
    assert_eq!(count("de"), 3);
    // Read as English, the German abbreviations and the ordinal dot end sentences.
    assert!(count("en") > 3);
}

#[test]
fn german_nouns_are_no_names_but_names_still_are() {
    // German capitalises every noun; in a one-sentence version nothing else shows which
    // capitalised words are names.
    let de = "Bei dem Sturm verloren 2.500 Menschen ihr Haus, der Schaden beträgt 3,2 Milliarden Euro.\n";
    let en = "In the storm 2,500 people lost their homes and the damage is 3.2 billion euros.\n";
    let fs = findings("locale-nouns", en, de, &[]);
    assert!(fs.is_empty(), "{fs:?}");
    // Names the gazetteer knows are still found, and a dropped one is missed.
    let en = "The United Nations and France sent help to Berlin.\n";
    let de = "Die Vereinte Nationen schickten Hilfe nach Berlin.\n";
    let fs = findings("locale-names", en, de, &[]);
    let missing: Vec<&str> = of_rule(&fs, "entity-").map(|f| f.2.as_str()).collect();
    assert_eq!(missing, ["France"], "{fs:?}");
}

/// Generated lexicons (scripts/gen-lexicon.py): Russian scale abbreviations, currency nouns in
/// their plural forms, the decimal comma and months in the genitive, read by value.
const EN_RU: &str = "The bridge will get a £10m renovation by 7 March 2023, and the plan costs \
                     $234.8 million.\n";

#[test]
fn russian_numbers_and_months_agree_by_value() {
    let ru = "Мост отремонтируют за 10 млн фунтов к 7 марта 2023 года, план стоит \
              234,8 млн долларов.\n";
    let fs = findings("locale-ru", EN_RU, ru, &["--lang", "de.txt=ru"]);
    assert_eq!(of_rule(&fs, "number-").count(), 0, "{fs:?}");
    // A changed month and a changed amount are found.
    let ru = "Мост отремонтируют за 10 млн фунтов к 7 апреля 2023 года, план стоит \
              234,8 млн евро.\n";
    let fs = findings("locale-ru-changed", EN_RU, ru, &["--lang", "de.txt=ru"]);
    let numbers: Vec<&str> = of_rule(&fs, "number-mismatch")
        .map(|f| f.2.as_str())
        .collect();
    assert_eq!(numbers, ["7 March 2023", "$234.8 million"], "{fs:?}");
}

#[test]
fn french_and_spanish_months_and_decimal_commas_are_read() {
    let en = "Prices rose 3.2 percent in February 2023.\n";
    for (lang, text) in [
        ("fr", "Les prix ont augmenté de 3,2 % en février 2023.\n"),
        ("es", "Los precios subieron un 3,2 % en febrero de 2023.\n"),
        (
            "it",
            "I prezzi sono aumentati del 3,2 % nel febbraio 2023.\n",
        ),
        ("pt", "Os preços subiram 3,2 % em fevereiro de 2023.\n"),
    ] {
        let arg = format!("de.txt={lang}");
        let fs = findings(&format!("locale-{lang}"), en, text, &["--lang", &arg]);
        assert_eq!(of_rule(&fs, "number-").count(), 0, "{lang}: {fs:?}");
        let changed = text.replace("2023", "2022");
        let fs = findings(
            &format!("locale-{lang}-changed"),
            en,
            &changed,
            &["--lang", &arg],
        );
        let numbers: Vec<&str> = of_rule(&fs, "number-mismatch")
            .map(|f| f.2.as_str())
            .collect();
        assert_eq!(numbers, ["February 2023"], "{lang}: {fs:?}");
    }
}

/// Russian names in their cases (names.inflections in ru.toml): "в Испании", "об Афганистане",
/// "в Китае" are Spain, Afghanistan and China; another country in their place is a swap.
#[test]
fn inflected_russian_country_names_are_those_countries() {
    let en = "Talks on Afghanistan were held in Spain, Canada and China.\n";
    let ru = "Переговоры об Афганистане прошли в Испании, Канаде и Китае.\n";
    let fs = findings("locale-ru-cases", en, ru, &["--lang", "de.txt=ru"]);
    // Two languages known for sure: only names the gazetteer knows are compared, so the
    // sentence's first word ("Переговоры") is no finding either.
    assert_eq!(of_rule(&fs, "entity-").count(), 0, "{fs:?}");
    let ru = "Переговоры об Афганистане прошли в Испании, Канаде и Японии.\n";
    let fs = findings("locale-ru-cases-swap", en, ru, &["--lang", "de.txt=ru"]);
    let swaps: Vec<&str> = of_rule(&fs, "entity-mismatch")
        .map(|f| f.2.as_str())
        .collect();
    assert_eq!(swaps, ["China"], "{fs:?}");
}

/// A country on one side, its adjective or demonym in lower case on the other: no swap, not
/// missing ("Australia's Robert Whittaker" → "австралиец Роберт Уиттакер").
#[test]
fn a_country_as_a_lower_case_demonym_is_that_country() {
    let en = "Australia's Robert Whittaker beat the champion in Moscow.\n";
    let ru_lower = "Тем вечером австралиец Роберт Уиттакер победил чемпиона в России.\n";
    let fs2 = findings("locale-ru-demonym", en, ru_lower, &["--lang", "de.txt=ru"]);
    assert!(of_rule(&fs2, "entity-mismatch").count() == 0, "{fs2:?}");
    assert!(
        !of_rule(&fs2, "entity-").any(|f| f.2.starts_with("Australia")),
        "{fs2:?}"
    );
}
