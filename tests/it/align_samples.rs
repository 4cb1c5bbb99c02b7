//! Alignment of the sample stories (samples/*/) with the `auto` segmenter: sample directories in,
//! assertions on which sentence texts end up grouped together out.
//!
//! Sentences are found by substring, not by index, so these tests hold while the segmenter
//! improves (a sentence split differently still lands in the same bead).

use concord::align::{align_pair, Bead};
use concord::model::{Document, Segmented};
use concord::segment::{segment, Segmenter};

fn load(path: &str) -> Segmented {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let sentences = segment(&text, Segmenter::Auto);
    Segmented {
        doc: Document::new(path, text),
        sentences,
    }
}

struct Case {
    base: Segmented,
    other: Segmented,
    beads: Vec<Bead>,
}

impl Case {
    fn new(dir: &str, other: &str) -> Case {
        let base = load(&format!("samples/{dir}/original.txt"));
        let other = load(&format!("samples/{dir}/{other}"));
        let beads = align_pair(&base, &other);
        Case { base, other, beads }
    }

    /// Indices of the sentences of `doc` containing any of `needles` (each must match one).
    fn find(doc: &Segmented, needles: &[&str]) -> Vec<usize> {
        let mut out = Vec::new();
        for n in needles {
            let hits: Vec<usize> = (0..doc.sentences.len())
                .filter(|&i| doc.sentence_text(i).contains(n))
                .collect();
            assert!(!hits.is_empty(), "no sentence contains {n:?}");
            out.extend(hits);
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The bead holding sentence `i` of the base (or of the other version).
    fn bead_of(&self, base: bool, i: usize) -> &Bead {
        self.beads
            .iter()
            .find(|b| if base { &b.base } else { &b.other }.contains(&i))
            .expect("every sentence is in a bead")
    }

    fn describe(&self) -> String {
        let side = |d: &Segmented, idx: &[usize]| {
            idx.iter()
                .map(|&i| d.sentence_text(i).to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        };
        self.beads
            .iter()
            .map(|b| {
                format!(
                    "  {:?}-{:?}{}: {} <> {}\n",
                    b.base,
                    b.other,
                    if b.moved { " moved" } else { "" },
                    side(&self.base, &b.base),
                    side(&self.other, &b.other)
                )
            })
            .collect()
    }

    /// Assert one bead holds exactly the base sentences matching `base` and the other
    /// sentences matching `other` (either list may be empty: a sentence with no counterpart).
    fn grouped(&self, base: &[&str], other: &[&str]) -> &Bead {
        let a = Case::find(&self.base, base);
        let b = Case::find(&self.other, other);
        let bead = match (a.first(), b.first()) {
            (Some(&i), _) => self.bead_of(true, i),
            (None, Some(&j)) => self.bead_of(false, j),
            (None, None) => panic!("nothing to look for"),
        };
        assert!(
            bead.base == a && bead.other == b,
            "expected {a:?}-{b:?} in one bead, got {:?}-{:?}\n{}",
            bead.base,
            bead.other,
            self.describe()
        );
        bead
    }
}

#[test]
fn split_sentence_is_grouped_with_both_halves() {
    let c = Case::new("split", "revised.txt");
    c.grouped(
        &["sets aside 12 million"],
        &["sets aside 12 million", "also freezes the hiring"],
    );
    c.grouped(&["Mayor Anna Keller"], &["Mayor Anna Keller"]);
}

#[test]
fn merged_sentences_are_grouped() {
    let c = Case::new("merge", "revised.txt");
    c.grouped(
        &["Firefighters evacuated", "Most of them spent the night"],
        &["Firefighters evacuated"],
    );
    c.grouped(&["highest level since 1987"], &["highest level since 1987"]);
}

#[test]
fn moved_paragraph_is_aligned_and_marked() {
    let c = Case::new("moved", "revised.txt");
    let pairs = [
        "Analysts at Norden Bank",
        "They also questioned",
        "Shares of the company",
        "annual report in February",
    ];
    for p in pairs {
        c.grouped(&[p], &[p]);
    }
    assert!(
        c.beads.iter().filter(|b| b.moved).count() >= 2,
        "{}",
        c.describe()
    );
}

#[test]
fn dropped_sentence_stays_alone() {
    let c = Case::new("dropped", "revised.txt");
    // However the segmenter cuts the quotation, no piece of it finds a counterpart.
    for i in Case::find(&c.base, &["We are seeing the consequences", "Paul Meyer"]) {
        let b = c.bead_of(true, i);
        assert!(b.other.is_empty(), "{}", c.describe());
    }
    c.grouped(&["Most of the patients"], &["Most of the patients"]);
    c.grouped(
        &["three temporary vaccination"],
        &["three temporary vaccination"],
    );
}

#[test]
fn added_sentence_stays_alone() {
    let c = Case::new("added", "revised.txt");
    c.grouped(&[], &["first victory over Portugal"]);
    c.grouped(&["scored both goals"], &["scored both goals"]);
    c.grouped(&["second place"], &["second place"]);
}

#[test]
fn heading_without_full_stop_stays_alone() {
    let c = Case::new("heading", "revised.txt");
    c.grouped(&[], &["What comes next"]);
    c.grouped(&["too high at 6.1 percent"], &["too high at 6.1 percent"]);
    c.grouped(&["one more rise"], &["one more rise"]);
}

#[test]
fn dprk_report_rewrite() {
    let c = Case::new("dprk-report", "translation.txt");
    c.grouped(
        &["North Korea has long been banned"],
        &["has long banned him"],
    );
    c.grouped(
        &["Maintenance and development of DPRK"],
        &[
            "According to the report, maintenance",
            "South Korea continues to search abroad",
        ],
    );
    c.grouped(
        &["cybersecurity firm Chainalysis"],
        &[
            "cybersecurity firm Chainalysis",
            "at least seven attacks",
            "Almost $400 million",
        ],
    );
    c.grouped(&[], &["Cyber attacks on cryptocurrency platforms"]);
    c.grouped(&["did not immediately respond"], &[]);
}

#[test]
#[ignore = "known miss: the gloss is taken 1-2 with the sentence it glosses (docs/alignment.md)"]
fn dprk_gloss_sentence_stays_alone() {
    let c = Case::new("dprk-report", "translation.txt");
    c.grouped(&[], &["The official name of North Korea"]);
}
