//! Language-detection evaluation: items.jsonl ({lang, kind: doc|sentence, text}) in,
//! accuracy per language and kind and time per item for whatlang and lingua on stdout.
use std::collections::BTreeMap;
use std::time::Instant;

#[derive(serde::Deserialize)]
struct Item {
    lang: String,
    kind: String,
    text: String,
}

fn wl_code(l: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match l {
        Eng => "en",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Ita => "it",
        Por => "pt",
        Rus => "ru",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Ara => "ar",
        _ => "other",
    }
}

fn li_code(l: lingua::Language) -> &'static str {
    use lingua::Language::*;
    match l {
        English => "en",
        German => "de",
        French => "fr",
        Spanish => "es",
        Italian => "it",
        Portuguese => "pt",
        Russian => "ru",
        Chinese => "zh",
        Japanese => "ja",
        Korean => "ko",
        Arabic => "ar",
        #[allow(unreachable_patterns)]
        _ => "other",
    }
}

/// CPU time of this thread in nanoseconds (the machine is shared: wall time is not ours).
fn cpu_ns() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

fn main() {
    let path = std::env::args().nth(1).expect("items.jsonl path");
    let items: Vec<Item> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    use lingua::Language::*;
    let langs = [
        English, German, French, Spanish, Italian, Portuguese, Russian, Chinese, Japanese, Korean,
        Arabic,
    ];
    let t = Instant::now();
    let li_hi = lingua::LanguageDetectorBuilder::from_languages(&langs)
        .with_preloaded_language_models()
        .build();
    eprintln!("lingua high-accuracy build+preload: {:?}", t.elapsed());
    let t = Instant::now();
    let li_lo = lingua::LanguageDetectorBuilder::from_languages(&langs)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build();
    eprintln!("lingua low-accuracy build+preload: {:?}", t.elapsed());
    use whatlang::Lang as W;
    let wl_allow = whatlang::Detector::with_allowlist(vec![
        W::Eng,
        W::Deu,
        W::Fra,
        W::Spa,
        W::Ita,
        W::Por,
        W::Rus,
        W::Cmn,
        W::Jpn,
        W::Kor,
        W::Ara,
    ]);
    let wl_all = whatlang::Detector::new();
    type Det<'a> = (&'a str, Box<dyn Fn(&str) -> &'static str + 'a>);
    let dets: Vec<Det> = vec![
        (
            "whatlang (all 70 languages)",
            Box::new(|s: &str| wl_all.detect_lang(s).map(wl_code).unwrap_or("none")),
        ),
        (
            "whatlang (allowlist of the 11)",
            Box::new(|s: &str| wl_allow.detect_lang(s).map(wl_code).unwrap_or("none")),
        ),
        (
            "lingua (11 languages)",
            Box::new(|s: &str| li_hi.detect_language_of(s).map(li_code).unwrap_or("none")),
        ),
        (
            "lingua low-accuracy mode (11)",
            Box::new(|s: &str| li_lo.detect_language_of(s).map(li_code).unwrap_or("none")),
        ),
    ];
    for (name, det) in &dets {
        // (kind, lang) -> (right, total, nanos, bytes); wrong answers by label
        let mut acc: BTreeMap<(String, String), (usize, usize, u128, usize)> = BTreeMap::new();
        let mut wrong: BTreeMap<(String, String, &'static str), usize> = BTreeMap::new();
        let mut examples: Vec<String> = Vec::new();
        for it in &items {
            // Median of three runs of the CPU time for this item.
            let mut times = [0u128; 3];
            let mut got = "";
            for t in times.iter_mut() {
                let start = cpu_ns();
                got = det(&it.text);
                *t = cpu_ns() - start;
            }
            times.sort();
            let ns = times[1];
            let e = acc.entry((it.kind.clone(), it.lang.clone())).or_default();
            e.1 += 1;
            e.2 += ns;
            e.3 += it.text.len();
            if got == it.lang {
                e.0 += 1;
            } else {
                *wrong
                    .entry((it.kind.clone(), it.lang.clone(), got))
                    .or_default() += 1;
                // Every wrong document, and the first few wrong sentences of some length.
                if it.kind == "doc" || (examples.len() < 6 && it.text.chars().count() > 30) {
                    let text: String = it.text.chars().take(90).collect();
                    examples.push(format!("{} {} → {got}: {text:?}", it.kind, it.lang));
                }
            }
        }
        println!("## {name}");
        println!("| kind | lang | right/total | accuracy | mean time per item | mean bytes |");
        for ((kind, lang), (r, n, ns, b)) in &acc {
            println!(
                "| {kind} | {lang} | {r}/{n} | {:.3} | {:.1} µs | {} |",
                *r as f64 / *n as f64,
                *ns as f64 / *n as f64 / 1000.0,
                b / n
            );
        }
        for kind in ["doc", "sentence"] {
            let (r, n, ns): (usize, usize, u128) = acc
                .iter()
                .filter(|(k, _)| k.0 == kind)
                .fold((0, 0, 0), |a, (_, v)| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
            let macro_acc: Vec<f64> = acc
                .iter()
                .filter(|(k, _)| k.0 == kind)
                .map(|(_, v)| v.0 as f64 / v.1 as f64)
                .collect();
            println!(
                "{kind}: all {r}/{n} = {:.4}, macro {:.4}, total time {:.1} ms",
                r as f64 / n as f64,
                macro_acc.iter().sum::<f64>() / macro_acc.len() as f64,
                ns as f64 / 1e6
            );
        }
        println!("wrong: {:?}", wrong);
        for e in &examples {
            println!("  {e}");
        }
        println!();
    }
}
