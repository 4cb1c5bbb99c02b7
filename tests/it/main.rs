//! All integration tests, as one test binary: each module runs the built `concord` binary or the
//! library on files in `tests/` and `samples/`.

mod aliases;
mod align_samples;
mod annotations;
mod batch;
mod bounds;
mod ci;
mod cjk;
mod cli;
mod common;
mod config;
mod contract;
mod corrections;
mod docs;
mod dprk;
mod extract_samples;
mod facts;
mod golden_rules;
mod html;
mod input;
mod invariants;
mod languages;
mod locale;
mod output;
mod property;
mod quotes;
mod regression;
mod review;
mod snapshots;
mod story_dir;
mod terminal;
mod versions;
