//! Property tests (proptest) for the pipeline's invariants, on generated stories: the same
//! checks the fuzz targets assert (`tests/it/invariants.rs`), on stable Rust in the ordinary
//! test command. Texts are built from the tokens that matter to concord (abbreviations,
//! quotation marks, numbers with separators, currency signs, month names, names, CJK) mixed
//! with arbitrary characters; the case counts keep the whole file to a few seconds.

use std::sync::OnceLock;

use concord::extract::Knowledge;
use concord::model::Document;
use concord::segment::{segment, Segmenter};
use concord::Options;
use proptest::prelude::*;

use crate::invariants;

fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(Knowledge::embedded)
}

const TOKENS: &[&str] = &[
    "The",
    "minister",
    "said",
    "Mr.",
    "Dr.",
    "U.S.",
    "U,S.",
    "e.g.",
    "No.",
    "St.",
    "Jan.",
    "Korea",
    "North Korea",
    "the DPRK",
    "Pyongyang",
    "France",
    "Paris",
    "the UN",
    "Smith",
    "Kim Jong Un",
    "Seoul",
    "China",
    "Beijing",
    "met",
    "in",
    "and",
    "but",
    "about",
    "nearly",
    "more than",
    "at least",
    "1998",
    "3",
    "4",
    "12,000",
    "1.5",
    "3,5",
    "10-20",
    "45%",
    "$5",
    "€2.5m",
    "£300",
    "¥1,000",
    "two",
    "hundred",
    "million",
    "January",
    "March 3",
    "Monday",
    "last week",
    "2024-01-15",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "「",
    "」",
    "(",
    ")",
    "[",
    "]",
    ".",
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    "…",
    "—",
    "-",
    "。",
    "，",
    "朝鲜",
    "韩国",
    "金正恩",
    "说",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "\u{feff}",
    "\u{1b}[2J",
    "\u{0}",
    "\u{85}",
    "\u{2028}",
    "\u{202e}",
    "é",
    "ß",
    "İ",
];

/// A text: up to `n` pieces, each a token, a space or any character.
fn text(n: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(TOKENS).prop_map(str::to_string),
        3 => Just(" ".to_string()),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..n).prop_map(|v| v.concat())
}

/// Versions of one story: a base and edits of it (pieces replaced, dropped or added), so that
/// alignment and comparison have something to pair up.
fn story(versions: std::ops::Range<usize>) -> impl Strategy<Value = Vec<String>> {
    let sentence = proptest::collection::vec(proptest::sample::select(TOKENS), 1..12)
        .prop_map(|v| v.join(" ") + ".");
    (
        proptest::collection::vec(sentence, 1..8),
        proptest::collection::vec((any::<u8>(), any::<u8>(), text(6)), 0..6),
        versions,
    )
        .prop_map(|(base, edits, n)| {
            let mut out = vec![base.join(" ")];
            for v in 1..n {
                let mut s = base.clone();
                for (k, (at, op, t)) in edits.iter().enumerate() {
                    if k % n.max(2) != v % n.max(2) && v > 1 {
                        continue;
                    }
                    let i = *at as usize % s.len().max(1);
                    match op % 3 {
                        0 if !s.is_empty() => s[i] = t.clone(),
                        1 if !s.is_empty() => {
                            s.remove(i);
                        }
                        _ => s.insert(i.min(s.len()), t.clone()),
                    }
                }
                out.push(s.join(" "));
            }
            out
        })
}

fn docs(texts: &[String]) -> Vec<Document> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("v{i}.txt"), t.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn sentences_are_in_order_and_cover_the_text(t in text(60)) {
        invariants::segmentation(&t, &segment(&t, Segmenter::Auto));
        invariants::segmentation(&t, &segment(&t, Segmenter::Lines));
    }

    #[test]
    fn facts_lie_inside_their_sentence(t in text(60)) {
        let doc = Document::new("t.txt", t);
        let seg = concord::segment_all(vec![doc], &Options::default()).remove(0);
        invariants::facts(&seg, &concord::extract::extract(&seg, knowledge()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn two_versions_align_and_check_within_the_contract(texts in story(2..3)) {
        let report = invariants::check(docs(&texts), &Options::default(), knowledge(), true);
        let json = invariants::json(&report);
        invariants::renderers(&report);
        // The same input gives the same output.
        let again = concord::check_documents(docs(&texts), &Options::default(), knowledge());
        prop_assert_eq!(json, invariants::json(&again));
    }

    #[test]
    fn several_versions_align_and_check_within_the_contract(texts in story(3..6)) {
        let report = invariants::check(docs(&texts), &Options::default(), knowledge(), true);
        invariants::json(&report);
        invariants::renderers(&report);
    }

    #[test]
    fn unrelated_texts_align_and_check_within_the_contract(
        texts in proptest::collection::vec(text(40), 2..4)
    ) {
        let report = invariants::check(docs(&texts), &Options::default(), knowledge(), true);
        invariants::json(&report);
        invariants::renderers(&report);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn config_errors_are_one_clean_line(t in text(30)) {
        for doc in [t.clone(), format!("disable = [{t:?}]"), format!("[severity]\n{t:?} = \"info\"")] {
            if let Err(e) = concord::config::parse(&doc) {
                invariants::error_line(&e);
            }
        }
    }

    #[test]
    fn baseline_and_manifest_errors_are_one_clean_line(t in text(30)) {
        for doc in [t.clone(), format!("{{\"version\":1,\"findings\":[{t:?}]}}")] {
            if let Err(e) = concord::baseline::parse(&doc) {
                invariants::error_line(&e);
            }
        }
        let line = format!("{{\"id\":1,\"versions\":[{t:?}]}}\n{t}");
        if let Err(e) = concord::batch::parse_manifest("m.jsonl", &line) {
            invariants::error_line(&e.to_string());
        }
    }
}
