//! concord checks two or more versions of the same story against each other.
//!
//! The pipeline is the architecture: [`load`] → [`segment`] → [`align`] → [`extract`] →
//! [`compare`] → [`suppress`] → [`report`]. Each stage is a function from values to values over
//! the types in [`model`]; only `load` reads input and only `report` (and the binary) write
//! output. Settings are resolved once, by [`settings::Settings::resolve`]. The library never
//! prints: renderers and review write to the writers they are given.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod baseline;
pub mod batch;
pub mod check;
pub mod compare;
pub mod config;
pub mod error;
pub mod extract;
pub mod fingerprint;
pub mod lexicon;
pub mod load;
pub mod lock;
pub mod model;
mod par;
pub mod report;
pub mod review;
pub mod segment;
pub mod settings;
pub mod suppress;
pub mod text;

use error::Result;
use model::{Document, Report, Segmented};
use segment::Segmenter;

/// What the pipeline needs of the resolved [`settings::Settings`], with the baseline loaded.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub segmenter: Segmenter,
    /// Aliases known to the user (the configuration's and the `--aliases` file's).
    pub aliases: config::AliasFile,
    /// Severity policy, disabled checks and baseline, applied after compare.
    pub suppress: suppress::Suppress,
    /// The name the version read from standard input (`-`) goes by in every format.
    pub stdin_name: Option<String>,
    /// The language of each version, where given (`--lang`, `[languages]`); others are
    /// detected.
    pub languages: lexicon::LangChoice,
}

impl Options {
    /// The options for `settings`, hiding the findings of `baseline` when given.
    pub fn new(settings: &settings::Settings, baseline: Option<baseline::Baseline>) -> Self {
        Options {
            segmenter: settings.segmenter,
            aliases: settings.aliases.clone(),
            suppress: suppress::Suppress {
                severity: settings.severity.clone(),
                disabled: settings.disabled.clone(),
                baseline,
            },
            stdin_name: settings.stdin_name.clone(),
            languages: settings.languages.clone(),
        }
    }
}

/// Decide each loaded document's language ([`lexicon::assign`]), then segment it.
pub fn segment_all(docs: Vec<Document>, opts: &Options) -> Vec<Segmented> {
    docs.into_iter()
        .map(|mut doc| {
            // The dictionary of the default language (English) settles unsure guesses.
            lexicon::assign(&mut doc, &opts.languages, &extract::is_english_word);
            let sentences = segment::segment_in(&doc.text, opts.segmenter, doc.lexicon());
            Segmented { doc, sentences }
        })
        .collect()
}

/// Load every path (the first is the base).
pub fn load_all(paths: &[String]) -> Result<Vec<Document>> {
    paths.iter().map(|p| load::load(p)).collect()
}

/// Load every path, the version read from `-` named as `opts` says.
fn load_named(paths: &[String], opts: &Options) -> Result<Vec<Document>> {
    let mut docs = load_all(paths)?;
    if let Some(name) = &opts.stdin_name {
        for d in docs.iter_mut().filter(|d| d.path == "-") {
            d.path = name.clone();
        }
    }
    Ok(docs)
}

/// Load, segment and align; no facts compared.
pub fn align_paths(paths: &[String], opts: &Options) -> Result<Report> {
    let documents = segment_all(load_named(paths, opts)?, opts);
    let alignment = if documents.len() > 1 {
        align::align_all(&documents)
    } else {
        Vec::new()
    };
    Ok(Report {
        documents,
        alignment,
        findings: Vec::new(),
        baseline: None,
    })
}

/// Load the versions at `paths` (the first is the base) and run the whole pipeline.
pub fn check_paths(paths: &[String], opts: &Options) -> Result<Report> {
    let knowledge = knowledge(opts)?;
    check_paths_with(paths, opts, &knowledge)
}

/// The alias knowledge for a run: the embedded gazetteer plus the user's alias file.
pub fn knowledge(opts: &Options) -> Result<extract::Knowledge> {
    let mut knowledge = extract::Knowledge::embedded();
    knowledge.add_user_aliases(&(&opts.aliases).into());
    Ok(knowledge)
}

/// [`check_paths`] with knowledge built once for many runs (batches).
pub fn check_paths_with(
    paths: &[String],
    opts: &Options,
    knowledge: &extract::Knowledge,
) -> Result<Report> {
    Ok(check_documents(load_named(paths, opts)?, opts, knowledge))
}

/// The whole pipeline on already-loaded documents (the first is the base): the stages up to
/// compare, fingerprints, then [`suppress`].
pub fn check_documents(
    docs: Vec<Document>,
    opts: &Options,
    knowledge: &extract::Knowledge,
) -> Report {
    let documents = segment_all(docs, opts);
    let alignment = align::align_all(&documents);
    // Aliases the documents define ("the DPRK [Democratic People's Republic of Korea]") hold
    // for every version of this story, and for no other story.
    let knowledge = knowledge.with_definitions(&documents);
    let facts = extract::extract_all(&documents, &knowledge);
    let findings = compare::compare(&documents, &facts, &alignment, &knowledge);
    let mut report = Report {
        documents,
        alignment,
        findings,
        baseline: None,
    };
    fingerprint::assign(&mut report);
    suppress::run(&mut report, &opts.suppress);
    report
}
