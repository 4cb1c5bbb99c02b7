//! Print a pairwise alignment in readable form: two text files in (base, other; sentences by
//! the `auto` segmenter, or `lines` with `--lines`), one bead per line out.
//!
//! `cargo run --release --example show_align -- BASE OTHER [--lines]`

use concord::align::align_pair;
use concord::model::{Document, Segmented};
use concord::segment::{segment, Segmenter};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seg = if args.iter().any(|a| a == "--lines") {
        Segmenter::Lines
    } else {
        Segmenter::Auto
    };
    let load = |p: &str| {
        let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
        let sentences = segment(&text, seg);
        Segmented {
            doc: Document::new(p, text),
            sentences,
        }
    };
    let (a, b) = (load(&args[0]), load(&args[1]));
    for bead in align_pair(&a, &b) {
        let side = |s: &Segmented, idx: &[usize]| {
            idx.iter()
                .map(|&i| s.sentence_text(i).chars().take(70).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ‖ ")
        };
        println!(
            "{:?}-{:?} {:.2}{}\n   < {}\n   > {}",
            bead.base,
            bead.other,
            bead.score,
            if bead.moved { " MOVED" } else { "" },
            side(&a, &bead.base),
            side(&b, &bead.other)
        );
    }
}
