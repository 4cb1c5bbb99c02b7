//! Chinese, Japanese and Korean versions (issue 9): dates written with 年月日 / 년월일 marks are
//! read by value and compared with the other language's dates.

fn check(name: &str, base: &str, other: &str) -> serde_json::Value {
    crate::common::check_json(name, base, other).0
}

/// (rule, base text, other text) of every number finding.
fn number_findings(r: &serde_json::Value) -> Vec<(String, String, String)> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("number-"))
        .map(|f| {
            let l = f["locations"].as_array().unwrap();
            let t = |i: usize| l.get(i).map_or("", |x| x["text"].as_str().unwrap());
            (
                f["rule"].as_str().unwrap().to_string(),
                t(0).into(),
                t(1).into(),
            )
        })
        .collect()
}

const EN: &str = "North Korea fired a missile on February 7, 2022, officials said.\n";

#[test]
fn a_chinese_date_agrees_with_the_english_one() {
    let r = check(
        "cjk-zh-same",
        EN,
        "官员说，朝鲜于2022年2月7日发射了一枚导弹。\n",
    );
    assert_eq!(number_findings(&r), vec![], "{}", r["findings"]);
}

#[test]
fn a_changed_chinese_or_korean_day_is_a_mismatch() {
    let r = check(
        "cjk-zh-changed",
        EN,
        "官员说，朝鲜于2022年2月8日发射了一枚导弹。\n",
    );
    assert_eq!(
        number_findings(&r),
        vec![(
            "number-mismatch".into(),
            "February 7, 2022".into(),
            "2022年2月8日".into()
        )],
        "{}",
        r["findings"]
    );
    let r = check(
        "cjk-ko-changed",
        EN,
        "관리들은 북한이 2022년 3월 7일 미사일을 발사했다고 말했다.\n",
    );
    assert_eq!(
        number_findings(&r),
        vec![(
            "number-mismatch".into(),
            "February 7, 2022".into(),
            "2022년 3월 7일".into()
        )],
        "{}",
        r["findings"]
    );
}
