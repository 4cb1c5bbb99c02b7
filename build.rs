//! Compiles in every language file of `data/lexicon/` (see `src/lexicon.rs`): a new language is
//! a new data file, and no code names it.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut langs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("data/lexicon/ is readable")
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_stem()?.to_str()?.to_string();
            (p.extension()? == "toml" && stem != "common").then(|| (stem, p.display().to_string()))
        })
        .collect();
    langs.sort();
    let mut out =
        String::from("/// (language code, file text) of every embedded lexicon, sorted.\n");
    out.push_str("const EMBEDDED: &[(&str, &str)] = &[\n");
    for (code, path) in &langs {
        println!("cargo:rerun-if-changed={path}");
        writeln!(out, "    ({code:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
    let common = dir.join("common.toml").display().to_string();
    println!("cargo:rerun-if-changed={common}");
    writeln!(
        out,
        "/// The text of common.toml.\nconst COMMON: &str = include_str!({common:?});"
    )
    .unwrap();
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicons.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
