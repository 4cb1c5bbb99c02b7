//! Extraction on the sample story: the facts the compare stage relies on.

use concord::extract::{extract_all, EntityClass, Facts, Hedge, Knowledge, QuantityUnit};
use concord::model::{Document, Segmented};
use concord::segment::{segment, Segmenter};

fn load(name: &str) -> Segmented {
    let path = format!("{}/samples/dprk-report/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("sample");
    let doc = Document::new(path, text);
    let sentences = segment(&doc.text, Segmenter::Auto);
    Segmented { doc, sentences }
}

fn facts() -> (Segmented, Facts, Segmented, Facts) {
    let (o, t) = (load("original.txt"), load("translation.txt"));
    let mut k = Knowledge::embedded();
    k.learn(&[o.clone(), t.clone()]);
    let mut all = extract_all(&[o.clone(), t.clone()], &k).into_iter();
    let (fo, ft) = (all.next().unwrap(), all.next().unwrap());
    if std::env::var("DUMP").is_ok() {
        for (d, f) in [(&o, &fo), (&t, &ft)] {
            for e in &f.entities {
                eprintln!(
                    "E {:?} {:?} {:?} {} amb={} def={}",
                    e.span.slice(&d.doc.text),
                    e.class,
                    e.id,
                    e.key,
                    e.ambiguous,
                    e.definition
                );
            }
            for q in &f.quantities {
                eprintln!(
                    "Q {:?} {} {:?} {:?} {:?}",
                    q.span.slice(&d.doc.text),
                    q.value,
                    q.to,
                    q.unit,
                    q.hedge
                );
            }
            for x in &f.dates {
                eprintln!(
                    "D {:?} {:?}-{:?}-{:?} wd={:?}",
                    x.span.slice(&d.doc.text),
                    x.year,
                    x.month,
                    x.day,
                    x.weekday
                );
            }
            for q in &f.quotes {
                eprintln!(
                    "Q\" {} {:?}",
                    q.closed,
                    &q.inner
                        .slice(&d.doc.text)
                        .chars()
                        .take(40)
                        .collect::<String>()
                );
            }
        }
    }
    (o, fo, t, ft)
}

#[test]
fn translation_swaps_north_for_south_korea() {
    let (_, fo, t, ft) = facts();
    let kor = |f: &Facts| {
        f.entities
            .iter()
            .filter(|e| e.id.as_deref() == Some("country:KOR"))
            .count()
    };
    assert_eq!(
        kor(&ft),
        6,
        "six South Korea(n) mentions in the translation"
    );
    assert_eq!(kor(&fo), 0);
    let prk = ft
        .entities
        .iter()
        .filter(|e| e.id.as_deref() == Some("country:PRK"))
        .count();
    assert!(prk >= 8, "{prk}");
    assert!(ft
        .entities
        .iter()
        .all(|e| e.span.slice(&t.doc.text) != "According"));
}

#[test]
fn original_facts() {
    let (o, fo, _, _) = facts();
    let text = &o.doc.text;
    let q400 = fo
        .quantities
        .iter()
        .find(|q| q.value == 400e6)
        .expect("US$400 million");
    assert_eq!(q400.unit, QuantityUnit::Money("USD".into()));
    assert_eq!(q400.hedge, Some(Hedge::Nearly));
    let q50 = fo
        .quantities
        .iter()
        .find(|q| q.value == 50e6)
        .expect("US$50 million");
    assert_eq!(q50.hedge, Some(Hedge::AtLeast));
    assert!(fo.quantities.iter().any(|q| q.value == 9.0));
    assert!(fo
        .quantities
        .iter()
        .all(|q| q.value != 19.0 && q.value != 2006.0));
    // "last month" resolves against the dateline 2022-02-07.
    let lm = fo
        .dates
        .iter()
        .find(|d| d.span.slice(text) == "last month")
        .expect("last month");
    assert_eq!((lm.year, lm.month), (Some(2022), Some(1)));
    // Pyongyang is the country; the DPRK expansion is a definition, not a second mention.
    let pyong = fo
        .entities
        .iter()
        .find(|e| e.span.slice(text) == "Pyongyang")
        .unwrap();
    assert_eq!(
        (pyong.class, pyong.id.as_deref()),
        (EntityClass::Country, Some("country:PRK"))
    );
    let def = fo
        .entities
        .iter()
        .find(|e| e.definition && e.id.as_deref() == Some("country:PRK"));
    assert!(def.is_some());
    assert!(fo
        .entities
        .iter()
        .any(|e| e.id.as_deref() == Some("org:UNSC")));
    assert!(fo.quotes.len() >= 7 && fo.quotes.iter().all(|q| q.closed));
}

#[test]
fn translation_dates_and_hedges_follow_the_original() {
    let (_, _, t, ft) = facts();
    let text = &t.doc.text;
    let lm = ft
        .dates
        .iter()
        .find(|d| d.span.slice(text) == "last month")
        .expect("last month");
    assert_eq!((lm.year, lm.month), (Some(2022), Some(1)));
    let jan = ft
        .dates
        .iter()
        .find(|d| d.span.slice(text) == "January")
        .unwrap();
    assert_eq!((jan.year, jan.month), (Some(2022), Some(1)));
    let q = ft.quantities.iter().find(|q| q.value == 400e6).unwrap();
    assert_eq!(q.hedge, Some(Hedge::Nearly));
    assert!(ft.quotes.iter().any(|q| !q.closed));
}

#[test]
fn large_input_is_linear_enough() {
    let o = load("original.txt");
    // CONCORD_BIG_MB=50 checks the 50 MB budget by hand (release build).
    let mb: usize = std::env::var("CONCORD_BIG_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    let mut text = String::new();
    while text.len() < mb * 1_000_000 {
        text.push_str(&o.doc.text);
        text.push_str("\n\n");
    }
    let doc = Document::new("big", text);
    let seg = Segmented {
        sentences: segment(&doc.text, Segmenter::Auto),
        doc,
    };
    let t0 = std::time::Instant::now();
    let f = concord::extract::extract(&seg, &Knowledge::embedded());
    eprintln!("{mb} MB extracted in {:?}", t0.elapsed());
    assert!(f.entities.len() > 10_000);
}
