//! Chinese, Japanese and Korean versions (issue 9): dates written with 年月日 / 년월일 marks and
//! numbers written against Han or Hangul, in numeral characters, with 万/亿/억 scales,
//! currencies and percentages are read by value and compared with the other language's.

use crate::common::{run, stderr, write_versions};

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

/// (rule, base text, base line:column, other text, other line:column) of every number finding.
fn placed(r: &serde_json::Value) -> Vec<(String, String, String, String, String)> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("number-"))
        .map(|f| {
            let l = f["locations"].as_array().unwrap();
            let t = |i: usize| l.get(i).map_or("", |x| x["text"].as_str().unwrap());
            let at = |i: usize| {
                l.get(i)
                    .map_or(String::new(), |x| format!("{}:{}", x["line"], x["column"]))
            };
            (
                f["rule"].as_str().unwrap().to_string(),
                t(0).into(),
                at(0),
                t(1).into(),
                at(1),
            )
        })
        .collect()
}

const EN_FACTS: &str = "The army sent 5,000 soldiers 600 kilometres north.\n\
It cost 2.5 billion dollars and 12,000 people moved.\n\
Prices rose 50 percent in 360 days.\n";

#[test]
fn chinese_numbers_that_agree_are_silent_and_the_version_reads_as_chinese() {
    let (r, _) = crate::common::check_json(
        "cjk-zh-numbers-same",
        EN_FACTS,
        "军队向北派出5000名士兵，行驶600公里。\n耗资25亿美元，1.2万人搬迁。\n价格在三百六十天内上涨了百分之五十。\n",
    );
    assert_eq!(r["documents"][1]["language"], "zh");
    assert_eq!(placed(&r), vec![], "{}", r["findings"]);
}

#[test]
fn changed_chinese_numbers_are_mismatches_at_their_characters() {
    let (r, _) = crate::common::check_json(
        "cjk-zh-numbers-changed",
        EN_FACTS,
        "军队向北派出5000名士兵，行驶600公里。\n耗资35亿美元，1.2万人搬迁。\n价格在三百六十天内上涨了百分之四十。\n",
    );
    let got = placed(&r);
    let want = [
        ("2.5 billion dollars", "2:9", "35亿美元", "2:3"),
        ("50 percent", "3:13", "百分之四十", "3:13"),
    ];
    for (b, bl, o, ol) in want {
        assert!(
            got.iter()
                .any(|(rule, gb, gbl, go, gol)| rule == "number-mismatch"
                    && gb == b
                    && gbl == bl
                    && go == o
                    && gol == ol),
            "{b} -> {o}: {got:?}"
        );
    }
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn japanese_and_korean_money_agrees_or_is_a_mismatch() {
    let en = "The company paid 300 million yen to 12 workers.\n";
    let (r, _) =
        crate::common::check_json("cjk-ja-same", en, "会社は12人の労働者に3億円を支払った。\n");
    assert_eq!(r["documents"][1]["language"], "ja");
    assert_eq!(placed(&r), vec![], "{}", r["findings"]);
    let en = "The company paid 300 million won to 12 workers.\n";
    let (r, _) = crate::common::check_json(
        "cjk-ko-same",
        en,
        "회사는 노동자 12명에게 3억원을 지급했다.\n",
    );
    assert_eq!(r["documents"][1]["language"], "ko");
    assert_eq!(placed(&r), vec![], "{}", r["findings"]);
    let (r, _) = crate::common::check_json(
        "cjk-ko-changed",
        en,
        "회사는 노동자 12명에게 5억원을 지급했다.\n",
    );
    let got = placed(&r);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].3.as_str(), got[0].4.as_str()),
        ("number-mismatch", "5억원", "1:15")
    );
}

#[test]
fn a_changed_chinese_number_fails_the_check_and_an_agreeing_one_passes() {
    let [en, same, changed] = write_versions(
        "cjk-exit",
        [
            (
                "en.txt",
                "The ministry said the new bridge cost 2.5 billion dollars.\n",
            ),
            ("same.txt", "该部表示，这座新桥耗资25亿美元。\n"),
            ("changed.txt", "该部表示，这座新桥耗资15亿美元。\n"),
        ],
    );
    let code = |other: &std::path::Path| {
        let o = run(&[
            "check",
            en.to_str().unwrap(),
            other.to_str().unwrap(),
            "--no-config",
        ]);
        (o.status.code(), stderr(&o))
    };
    assert_eq!(code(&same).0, Some(0), "{}", code(&same).1);
    assert_eq!(code(&changed).0, Some(1), "{}", code(&changed).1);
}

#[test]
fn a_date_in_chinese_numerals_agrees_or_is_a_mismatch() {
    let en = "North Korea fired a missile on March 3, officials said on Tuesday.\n";
    let (r, _) = crate::common::check_json(
        "cjk-zh-numeral-date-same",
        en,
        "官员星期二说，朝鲜于三月三日发射了一枚导弹。\n",
    );
    assert_eq!(placed(&r), vec![], "{}", r["findings"]);
    let (r, _) = crate::common::check_json(
        "cjk-zh-numeral-date-changed",
        en,
        "官员星期二说，朝鲜于三月四日发射了一枚导弹。\n",
    );
    let got = placed(&r);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (
            got[0].0.as_str(),
            got[0].1.as_str(),
            got[0].3.as_str(),
            got[0].4.as_str()
        ),
        ("number-mismatch", "March 3", "三月四日", "1:11")
    );
}

/// Every entity finding as (rule, message).
fn entity_findings(r: &serde_json::Value) -> Vec<(String, String)> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("entity-"))
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_country_inside_a_dotted_foreign_name_is_no_country() {
    // 纽埃 (Niue) is a substring of 埃马纽埃尔 (Emmanuel).
    let r = check(
        "cjk-dotted-name",
        "French President Emmanuel Macron spoke on Monday.\n",
        "法国总统埃马纽埃尔·马克龙周一发表讲话。\n",
    );
    assert_eq!(entity_findings(&r), vec![], "{}", r["findings"]);
    // The same country standing as a word of its own is read: its absence is reported.
    let r = check(
        "cjk-dotted-name-niue",
        "French President Emmanuel Macron spoke on Monday.\n",
        "法国总统埃马纽埃尔·马克龙周一在纽埃发表讲话。\n",
    );
    let found = entity_findings(&r);
    assert_eq!(found.len(), 1, "{}", r["findings"]);
    assert_eq!(found[0].0, "entity-missing");
    assert!(found[0].1.starts_with("\"纽埃\""), "{}", found[0].1);
}
