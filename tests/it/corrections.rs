//! Same-language corrections a desk cares about (issue 10, "Nothing lost silently"), through the
//! built binary: each changed fact is reported with its check id, its severity and the
//! positions of both sides; the rewrites that keep the facts stay quiet.

use crate::common::*;

/// The exit code and findings of checking `other` against `base` ([`check_texts`]), each
/// finding as one "rule severity message" line.
fn check(name: &str, base: &str, other: &str) -> (Option<i32>, Vec<String>) {
    let (code, findings) = check_texts(&format!("corr-{name}"), base, other);
    let lines = findings
        .into_iter()
        .map(|(rule, severity, message)| format!("{rule} {severity} {message}"))
        .collect();
    (code, lines)
}

/// Assert that `base` → `other` gives exactly `expected` (and exit 1 when one is an error).
fn expect(name: &str, base: &str, other: &str, expected: &[&str]) {
    let (code, f) = check(name, base, other);
    assert_eq!(f, expected, "{base:?} → {other:?}");
    let error = expected
        .iter()
        .any(|e| e.split(' ').nth(1) == Some("error"));
    assert_eq!(code, Some(if error { 1 } else { 0 }), "{f:#?}");
}

/// Item 4: a changed name is not absorbed by another mention of the entity it became.
#[test]
fn a_changed_country_beside_its_neighbour_is_an_error() {
    expect(
        "korea",
        "North Korea fired a missile, South Korean officials said.\n",
        "South Korea fired a missile, South Korean officials said.\n",
        &[
            "entity-mismatch error \"North Korea\" (base.txt:1:1) became \"South Korea\" \
           (other.txt:1:1)",
        ],
    );
    // The same mentions in another order are no change.
    expect(
        "korea-same",
        "North Korea fired a missile, South Korean officials said.\n",
        "South Korean officials said North Korea fired a missile.\n",
        &[],
    );
}

/// Item 3: one organisation or person for another, paired with confidence, is an error.
#[test]
fn one_organisation_for_another_is_an_error() {
    expect(
        "org-mid",
        "The startup was bought by Microsoft on Monday.\n",
        "The startup was bought by Oracle on Monday.\n",
        &[
            "entity-mismatch error \"Microsoft\" (base.txt:1:27) became \"Oracle\" \
           (other.txt:1:27)",
        ],
    );
    // One name left on each side of a reworded sentence: the same role.
    expect(
        "org-lone",
        "Microsoft bought the startup on Monday.\n",
        "The startup was bought by Oracle on Monday.\n",
        &[
            "entity-mismatch error \"Microsoft\" (base.txt:1:1) became \"Oracle\" \
           (other.txt:1:27)",
        ],
    );
    // Two names left on one side: no confident pairing, each reported on its own.
    let (_, f) = check(
        "org-two",
        "Microsoft bought the startup on Monday.\n",
        "The startup was bought by Oracle and Intel on Monday.\n",
    );
    assert!(
        f.iter().all(|x| !x.starts_with("entity-mismatch")),
        "{f:#?}"
    );
}

/// Item 7: the same entity written another way is no error.
#[test]
fn spelling_variants_and_initials_stay_quiet() {
    expect(
        "kyiv",
        "Troops entered Kyiv on Monday.\n",
        "Troops entered Kiev on Monday.\n",
        &[],
    );
    expect(
        "britain",
        "The U.K. left the bloc in 2020.\n",
        "Britain left the bloc in 2020.\n",
        &[],
    );
    expect(
        "initial",
        "Jonas Smith said the plan would fail.\n",
        "J. Smith said the plan would fail.\n",
        &[],
    );
    expect(
        "initial-mid",
        "The plan would fail, Jonas Smith said.\n",
        "The plan would fail, J. Smith said.\n",
        &[],
    );
    // An initial does not excuse another surname.
    expect(
        "initial-other",
        "The plan would fail, Jonas Smith said.\n",
        "The plan would fail, J. Jones said.\n",
        &[
            "entity-mismatch error \"Jonas Smith\" (base.txt:1:22) became \"J. Jones\" \
           (other.txt:1:22)",
        ],
    );
}
/// Item 2: names at the start of a sentence, where a capitalised word may be an ordinary one.
#[test]
fn a_person_for_another_at_the_start_of_a_sentence_is_an_error() {
    expect(
        "given-name",
        "Jonas Smith said the plan would fail.\n",
        "John Smith said the plan would fail.\n",
        &[
            "entity-mismatch error \"Jonas Smith\" (base.txt:1:1) became \"John Smith\" \
           (other.txt:1:1)",
        ],
    );
    expect(
        "surname",
        "Smith said the plan would fail.\n",
        "Jones said the plan would fail.\n",
        &["entity-mismatch error \"Smith\" (base.txt:1:1) became \"Jones\" (other.txt:1:1)"],
    );
    expect(
        "company",
        "Microsoft bought the startup on Monday.\n",
        "Google bought the startup on Monday.\n",
        &[
            "entity-mismatch error \"Microsoft\" (base.txt:1:1) became \"Google\" \
           (other.txt:1:1)",
        ],
    );
    // Ordinary words at the start of a sentence stay ordinary words.
    for (base, other) in [
        (
            "The minister said the plan would fail.\n",
            "However, the minister said the plan would fail.\n",
        ),
        (
            "Officials said the plan would fail.\n",
            "Police said the plan would fail.\n",
        ),
        (
            "Brown bears were seen near the village.\n",
            "Black bears were seen near the village.\n",
        ),
    ] {
        let (_, f) = check("ordinary", base, other);
        assert!(f.iter().all(|x| !x.starts_with("entity-")), "{f:#?}");
    }
}

/// Item 1: relative dates are compared even in a text without a date to resolve them.
#[test]
fn a_relative_date_for_another_is_an_error() {
    for (name, a, b, col) in [
        ("week-month", "last week", "last month", 23),
        ("days", "yesterday", "today", 23),
        ("next", "next week", "this week", 23),
        ("ago", "two weeks ago", "two months ago", 23),
        ("a-ago", "a week ago", "three weeks ago", 23),
    ] {
        expect(
            name,
            &format!("The minister resigned {a}, officials said.\n"),
            &format!("The minister resigned {b}, officials said.\n"),
            &[&format!(
                "number-mismatch error \"{a}\" (base.txt:1:{col}) became \"{b}\" \
                 (other.txt:1:{col})"
            )],
        );
    }
    // The same day written another way, and a relative date kept: quiet.
    for (a, b) in [
        ("two weeks ago", "14 days ago"),
        ("last week", "last week"),
        ("a year ago", "one year ago"),
    ] {
        expect(
            "same",
            &format!("The minister resigned {a}, officials said.\n"),
            &format!("The minister resigned {b}, officials said.\n"),
            &[],
        );
    }
    // In a dated text too.
    expect(
        "dated",
        "date 2022-02-07\n\nThe minister resigned last week, officials said.\n",
        "date 2022-02-07\n\nThe minister resigned last month, officials said.\n",
        &[
            "number-mismatch error \"last week\" (base.txt:3:23) became \"last month\" \
           (other.txt:3:23)",
        ],
    );
}

/// Item 5: ordinals in words are compared by value, as cardinals are.
#[test]
fn spelled_ordinals_and_cardinals_are_compared_by_value() {
    expect(
        "ordinal",
        "It was the band's fifth album.\n",
        "It was the band's fourth album.\n",
        &["number-mismatch error \"fifth\" (base.txt:1:19) became \"fourth\" (other.txt:1:19)"],
    );
    expect(
        "ordinal-digits",
        "It was the band's fifth album.\n",
        "It was the band's 4th album.\n",
        &["number-mismatch error \"fifth\" (base.txt:1:19) became \"4th\" (other.txt:1:19)"],
    );
    expect(
        "cardinal",
        "The band released five albums.\n",
        "The band released four albums.\n",
        &["number-mismatch error \"five\" (base.txt:1:19) became \"four\" (other.txt:1:19)"],
    );
    expect(
        "ordinal-same",
        "It was the band's fifth album.\n",
        "It was the band's 5th album.\n",
        &[],
    );
}

/// Item 6: a date that gains or loses precision is a warning; a changed date an error.
#[test]
fn dates_that_gain_or_lose_precision_warn() {
    expect(
        "less",
        "He died on May 29, 2018 in Paris.\n",
        "He died in May 2018 in Paris.\n",
        &[
            "number-missing warning \"May 29, 2018\" (base.txt:1:12) became \"May 2018\" \
           (other.txt:1:12) (less precise)",
        ],
    );
    expect(
        "more",
        "He was born 1978 in Paris.\n",
        "He was born 6 April 1978 in Paris.\n",
        &[
            "number-missing warning \"1978\" (base.txt:1:13) became \"6 April 1978\" \
           (other.txt:1:13) (more precise)",
        ],
    );
    expect(
        "changed",
        "He died on May 29, 2018 in Paris.\n",
        "He died on May 30, 2018 in Paris.\n",
        &[
            "number-mismatch error \"May 29, 2018\" (base.txt:1:12) became \"May 30, 2018\" \
           (other.txt:1:12)",
        ],
    );
}
