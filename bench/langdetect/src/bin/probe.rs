//! Size probe: text on standard input in, the detected language (or, built without features,
//! the byte count) on standard output. Built three ways to measure what each crate adds.
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("UTF-8 on stdin");
    #[cfg(feature = "wl")]
    println!("{:?}", whatlang::detect_lang(&text));
    #[cfg(feature = "li")]
    {
        use lingua::Language::*;
        let detector = lingua::LanguageDetectorBuilder::from_languages(&[
            English, German, French, Spanish, Italian, Portuguese, Russian, Chinese, Japanese,
            Korean, Arabic,
        ])
        .build();
        println!("{:?}", detector.detect_language_of(&text));
    }
    #[cfg(not(any(feature = "wl", feature = "li")))]
    println!("{}", text.len());
}
