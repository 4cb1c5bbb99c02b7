//! The one error type: the job could not be done (bad input, bad usage). Mismatches between
//! versions are findings, never errors.

use std::fmt;

/// Why concord could not do the job. Each variant renders as one line naming the file.
#[derive(Debug)]
pub enum Error {
    /// A file could not be used: `path: problem`.
    Input { path: String, problem: String },
    /// The command line or a configuration was wrong.
    Usage(String),
    /// Writing output failed.
    Io(std::io::Error),
}

impl Error {
    pub fn input(path: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Paths and problems quote what the user's files hold (a check id, a key): one line,
        // with any control character escaped, safe in a terminal and a CI log.
        use crate::report::message::printable;
        match self {
            Error::Input { path, problem } => {
                write!(f, "{}: {}", printable(path), printable(problem))
            }
            Error::Usage(msg) => write!(f, "{}", printable(msg)),
            Error::Io(e) => write!(f, "{}", printable(&e.to_string())),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

pub type Result<T> = std::result::Result<T, Error>;
