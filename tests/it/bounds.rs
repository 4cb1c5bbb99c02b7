//! Bounded output and work on hostile shapes (issue 13): one long sentence with many facts
//! must not give findings × sentence length of output, nor pair its facts all against all.
//! No timed assertions: sizes and counts.

/// Write two versions into a scratch directory and check them as JSON.
fn check(name: &str, base: &str, other: &str) -> (serde_json::Value, usize) {
    crate::common::check_json(name, base, other)
}

/// A list in one sentence, wrapped lines ending in "and": `item 1 and` … `item n and`, with
/// item `k` written `k + 1` wherever `changed(k)`.
fn list(n: usize, changed: impl Fn(usize) -> bool) -> String {
    let mut s = String::from("The items were");
    for i in 1..=n {
        s.push_str(&format!(
            "\nitem {} and",
            if changed(i) { i + 1 } else { i }
        ));
    }
    s + " the rest.\n"
}

/// Regression (issue 13): a finding about a missing number repeated the whole sentence where
/// it is missing as its location's text (a 1 MB sentence with 100 edits gave 47 MB of JSON).
#[test]
fn a_missing_fact_points_at_a_bounded_span() {
    let (base, other) = (list(400, |_| false), list(400, |i| i % 40 == 0));
    assert!(base.len() > 4000);
    let (r, size) = check("bounded-at", &base, &other);
    let findings = r["findings"].as_array().unwrap();
    let missing: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] == "number-missing")
        .collect();
    assert!(missing.len() >= 5, "{}", r["findings"]);
    for f in &missing {
        for l in f["locations"].as_array().unwrap() {
            let text = l["text"].as_str().unwrap();
            assert!(text.len() <= concord::compare::MAX_AT_BYTES, "{text:?}");
            assert_eq!(l["sentence"], 0);
        }
    }
    // The output grows with the findings, not with findings × sentence length.
    assert!(
        size < 2 * base.len() + 2000 * findings.len(),
        "{size} bytes for {} findings",
        findings.len()
    );
}

/// The (base, other) texts of the findings of `rule`.
fn pairs(r: &serde_json::Value, rule: &str) -> Vec<(String, String)> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            let l = f["locations"].as_array().unwrap();
            let t = |i: usize| l.get(i).map_or("", |x| x["text"].as_str().unwrap());
            (t(0).to_string(), t(1).to_string())
        })
        .collect()
}

/// Regression (issue 13): the numbers of one sentence were paired all against all (a list of
/// 20,000 items took 38 s). Past `MAX_ALL_PAIRS` a number is weighed against its neighbours in
/// the other version: every changed item of a long list is still found, and nothing else.
#[test]
fn every_changed_number_of_a_long_list_is_found() {
    let n = 4 * concord::compare::MAX_ALL_PAIRS;
    let base = list(n, |_| false);
    let other = base
        .lines()
        .map(
            |l| match l.strip_prefix("item ").and_then(|r| r.strip_suffix(" and")) {
                // Out of the range of years: "item 1500" may be a date.
                Some(k) if k.parse::<usize>().unwrap() % 50 == 0 => {
                    format!("item {} and", k.parse::<usize>().unwrap() + 7000)
                }
                _ => l.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    let (r, _) = check("long-list-numbers", &base, &other);
    let expected: Vec<(String, String)> = (50..=n)
        .step_by(50)
        .map(|k| (k.to_string(), (k + 7000).to_string()))
        .collect();
    assert_eq!(pairs(&r, "number-mismatch"), expected, "{}", r["findings"]);
    assert_eq!(pairs(&r, "number-missing"), vec![], "{}", r["findings"]);
}

/// Regression (issue 13): the person names of one sentence were paired all against all (2,000
/// names: 3.3 s). A name replaced in a long list is still reported as replaced, once each.
#[test]
fn every_replaced_name_of_a_long_list_is_found() {
    let first = [
        "Anna", "Pierre", "Maria", "John", "Olga", "David", "Elena", "Samuel",
    ];
    let head = [
        "Bar", "Kel", "Mor", "Dun", "Fen", "Gal", "Hol", "Lin", "Mar", "Nor", "Pel", "Ros",
    ];
    let tail = [
        "ton", "ler", "wick", "ford", "berg", "son", "ley", "man", "dale", "ham", "field", "well",
        "worth", "by", "stead", "more",
    ];
    let n = 3 * concord::compare::MAX_ALL_PAIRS;
    // Every name once: a name also standing elsewhere in the list would be held there.
    let name = |i: usize| format!("{} {}{}", first[i % 8], head[i % 12], tail[i / 12]);
    let replaced = |i: usize| i % 40 == 7;
    let newcomer = |i: usize| {
        format!(
            "Zebulon Quist{}",
            ["ard", "gate", "ley", "wood", "ham"][i / 40]
        )
    };
    let base: Vec<String> = (0..n).map(name).collect();
    let other: Vec<String> = (0..n)
        .map(|i| if replaced(i) { newcomer(i) } else { name(i) })
        .collect();
    let text = |v: &[String]| format!("The guests were {}.\n", v.join(", "));
    let (r, _) = check("long-list-names", &text(&base), &text(&other));
    let expected: Vec<(String, String)> = (0..n)
        .filter(|&i| replaced(i))
        .map(|i| (name(i), newcomer(i)))
        .collect();
    assert_eq!(pairs(&r, "entity-mismatch"), expected, "{}", r["findings"]);
    assert_eq!(pairs(&r, "entity-missing"), vec![], "{}", r["findings"]);
}
