//! The extractors' view of the one tokeniser and key fold, which live in [`crate::text`]: every
//! stage agrees on what a word is and how it folds.

pub use crate::text::name_key;
pub(crate) use crate::text::spans as words;
pub(crate) use crate::text::{is_acronym, strip_possessive, word_key, Tok};
