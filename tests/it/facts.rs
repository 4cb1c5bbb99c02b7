//! Nothing lost silently (issue 10), through the built binary: a version that is empty or
//! covers little of the base is an error of its own (`version-incomplete`), a sentence with no
//! counterpart reports the figures and names it took with it (`facts-missing`), and same-language
//! corrections that used to pass in silence (swapped numbers, changed units and currencies,
//! one name for another) are mismatches, with their positions and the exit status.

use crate::common::*;

/// The exit code and findings of checking `other` against `base` ([`check_texts`]).
fn check(name: &str, base: &str, other: &str) -> (Option<i32>, Vec<(String, String, String)>) {
    check_texts(name, base, other)
}

const STORY: &str = "A magnitude 7.8 earthquake killed 1,200 people in Nepal on Saturday.\n\n\
    Rescue teams from India and China arrived on Sunday.\n\n\
    The government declared three days of mourning.\n\n\
    Aid agencies said roads to the worst-hit villages were blocked.\n";

#[test]
fn deleting_the_lead_fails_ci_with_the_facts_it_took() {
    let without_lead = STORY.split_once("\n\n").unwrap().1;
    let (code, f) = check("lead", STORY, without_lead);
    assert_eq!(code, Some(1), "{f:#?}");
    assert_eq!(
        f,
        vec![(
            "facts-missing".to_string(),
            "error".to_string(),
            "\"A magnitude 7.8 earthquake killed 1,200 people in Nepal on S…\" (base.txt:1:1) \
             has no counterpart in other.txt (dropped with \"7.8\", \"1,200\", \"Nepal\", \
             \"Saturday\")"
                .to_string()
        )]
    );
    // Added the other way round: the same facts, brought in by the other version.
    let (code, f) = check("lead-added", without_lead, STORY);
    assert_eq!(code, Some(1), "{f:#?}");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].1.as_str()),
        ("facts-missing", "error")
    );
    assert!(
        f[0].2
            .ends_with("(added with \"7.8\", \"1,200\", \"Nepal\", \"Saturday\")"),
        "{f:#?}"
    );
}

#[test]
fn a_dropped_sentence_without_facts_stays_info_and_names_only_warn() {
    let (code, f) = check(
        "plain",
        "The talks ended on Monday. Both sides said the talks went well.\n",
        "The talks ended on Monday.\n",
    );
    assert_eq!(code, Some(0), "{f:#?}");
    assert_eq!(
        f.iter()
            .map(|x| (x.0.as_str(), x.1.as_str()))
            .collect::<Vec<_>>(),
        vec![("sentence-missing", "info")]
    );
    let (code, f) = check(
        "names",
        "The talks ended on Monday. Officials in Geneva said the talks went well.\n",
        "The talks ended on Monday.\n",
    );
    assert_eq!(code, Some(0), "{f:#?}");
    assert_eq!(
        f.iter()
            .map(|x| (x.0.as_str(), x.1.as_str()))
            .collect::<Vec<_>>(),
        vec![("facts-missing", "warning")]
    );
}

#[test]
fn an_empty_version_is_one_error() {
    for empty in ["", "\n\n  \n"] {
        let (code, f) = check("empty", STORY, empty);
        assert_eq!(code, Some(1), "{f:#?}");
        assert_eq!(
            f,
            vec![(
                "version-incomplete".to_string(),
                "error".to_string(),
                "other.txt covers 0% of base.txt (0 of 4 sentences have a counterpart)".to_string()
            )]
        );
    }
}

#[test]
fn a_truncated_export_is_an_error_with_the_share_covered() {
    let mut base = String::new();
    for i in 1..=10 {
        base.push_str(&format!(
            "Paragraph {i} of the report describes a different part of the long story.\n\n"
        ));
    }
    let truncated: String = base.split("\n\n").take(3).collect::<Vec<_>>().join("\n\n");
    let (code, f) = check("truncated", &base, &truncated);
    assert_eq!(code, Some(1), "{f:#?}");
    let incomplete: Vec<_> = f.iter().filter(|x| x.0 == "version-incomplete").collect();
    assert_eq!(incomplete.len(), 1, "{f:#?}");
    assert_eq!(incomplete[0].1, "error");
    assert_eq!(
        incomplete[0].2,
        "other.txt covers 30% of base.txt (3 of 10 sentences have a counterpart)"
    );
    // Half the story is still there: no document-level finding.
    let half: String = base.split("\n\n").take(6).collect::<Vec<_>>().join("\n\n");
    let (_, f) = check("half", &base, &half);
    assert!(!f.iter().any(|x| x.0 == "version-incomplete"), "{f:#?}");
}
