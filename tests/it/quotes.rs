//! Quotations of more than one sentence are kept whole: segmented as one sentence, extracted as
//! one quotation, compared word by word.

use crate::common::{json, run, scratch};

fn check(base: &str, other: &str) -> serde_json::Value {
    let dir = scratch("quotes");
    let (b, o) = (dir.join("base.txt"), dir.join("other.txt"));
    std::fs::write(&b, base).unwrap();
    std::fs::write(&o, other).unwrap();
    json(&run(&[
        "check",
        "--format",
        "json",
        b.to_str().unwrap(),
        o.to_str().unwrap(),
    ]))
}

fn checks(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

/// Regression: "“We will fight. We will win,” he said." was split after "fight.", which left
/// two halves of a quotation: a false `quote-unbalanced` in each version, and the altered
/// words of the quotation went unreported.
#[test]
fn a_quotation_of_two_sentences_is_compared_whole() {
    let report = check(
        "“We will fight. We will win,” he said. Then he left.\n",
        "“We will fight. We shall win,” he said. Then he left.\n",
    );
    assert_eq!(checks(&report), ["quote-altered"], "{report:#}");
    let f = &report["findings"][0];
    assert_eq!(f["locations"][0]["text"], "“We will fight. We will win,”");
    assert_eq!(f["locations"][1]["text"], "“We will fight. We shall win,”");
    assert_eq!(f["locations"][1]["column"], 1);
}

#[test]
fn the_same_quotation_of_two_sentences_is_quiet() {
    let text = "Officials said: “We will fight. We will win.” Then they left.\n";
    let report = check(text, text);
    assert_eq!(checks(&report), Vec::<String>::new(), "{report:#}");
}

#[test]
fn segment_keeps_a_quotation_of_several_sentences_in_one_sentence() {
    let dir = scratch("quotes-seg");
    let p = dir.join("q.txt");
    std::fs::write(&p, "“We will fight. We will win,” he said. Then he left.\n").unwrap();
    let out = json(&run(&["segment", "--format", "json", p.to_str().unwrap()]));
    let sentences = out["documents"][0]["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2, "{out:#}");
}

/// A quotation mark that never closes does not swallow the rest of the paragraph.
#[test]
fn an_unclosed_quotation_does_not_merge_sentences() {
    let dir = scratch("quotes-open");
    let p = dir.join("q.txt");
    std::fs::write(&p, "“We will fight. We will win, he said. Then he left.\n").unwrap();
    let out = json(&run(&["segment", "--format", "json", p.to_str().unwrap()]));
    assert_eq!(
        out["documents"][0]["sentences"].as_array().unwrap().len(),
        3,
        "{out:#}"
    );
}
