//! Document paths as the machine-readable renderers show them: a path as given on the command
//! line (and the working directory) in, a forward-slash path relative to the working directory
//! (or a URI) out. Standard input (`-`) shows as `stdin`.

use std::path::{Component, Path, PathBuf};

/// The path of a document relative to `cwd`, with forward slashes and no leading `./`.
/// Relative paths are taken as relative to `cwd` already; absolute paths outside `cwd` get
/// `..` steps, or stay absolute when they share no root with it (another drive).
pub fn relative(path: &str, cwd: Option<&Path>) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    let p = Path::new(path);
    let rel = match cwd {
        Some(cwd) if p.is_absolute() && cwd.is_absolute() => {
            relativise(p, cwd).unwrap_or_else(|| p.to_path_buf())
        }
        _ => p.to_path_buf(),
    };
    to_slashes(&rel)
}

/// A `uri-reference` for SARIF: the relative path percent-encoded, or a `file://` URI when the
/// path stays absolute.
pub fn uri(path: &str, cwd: Option<&Path>) -> String {
    let rel = relative(path, cwd);
    let encoded = percent_encode(&rel);
    if rel.starts_with('/') {
        format!("file://{encoded}")
    } else if rel.as_bytes().get(1) == Some(&b':') {
        // A Windows drive path such as C:/news/a.txt.
        format!("file:///{encoded}")
    } else {
        encoded
    }
}

fn relativise(path: &Path, cwd: &Path) -> Option<PathBuf> {
    let p: Vec<Component> = lexical(path);
    let c: Vec<Component> = lexical(cwd);
    // Different roots (Windows drives) cannot be related.
    if p.first() != c.first() {
        return None;
    }
    let common = p.iter().zip(&c).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..c.len() {
        out.push("..");
    }
    for comp in &p[common..] {
        out.push(comp.as_os_str());
    }
    Some(out)
}

/// Components with `.` dropped and `..` applied, without touching the file system (the file may
/// be standard input or may since have moved).
fn lexical(path: &Path) -> Vec<Component<'_>> {
    let mut out: Vec<Component> = Vec::new();
    for comp in path.components() {
        match comp {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.last(), Some(Component::Normal(_))) {
                    out.pop();
                } else {
                    out.push(comp);
                }
            }
            _ => out.push(comp),
        }
    }
    out
}

fn to_slashes(path: &Path) -> String {
    let mut out = String::new();
    for comp in lexical(path) {
        match comp {
            Component::RootDir => out.push('/'),
            Component::Prefix(p) => out.push_str(&p.as_os_str().to_string_lossy()),
            other => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&other.as_os_str().to_string_lossy().replace('\\', "/"));
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// Percent-encode everything but the characters RFC 3986 allows unencoded in a path.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_cleaned_and_slashed() {
        assert_eq!(
            relative("./articles/a/original.txt", None),
            "articles/a/original.txt"
        );
        assert_eq!(relative("-", None), "stdin");
        assert_eq!(relative("a/../b.txt", None), "b.txt");
    }

    #[cfg(unix)]
    #[test]
    fn absolute_paths_are_made_relative_to_cwd() {
        let cwd = Path::new("/repo/news");
        assert_eq!(relative("/repo/news/a/b.txt", Some(cwd)), "a/b.txt");
        assert_eq!(relative("/repo/other/c.txt", Some(cwd)), "../other/c.txt");
        assert_eq!(relative("x.txt", Some(cwd)), "x.txt");
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri("my story/été.txt", None),
            "my%20story/%C3%A9t%C3%A9.txt"
        );
        assert_eq!(uri("-", None), "stdin");
        #[cfg(unix)]
        assert_eq!(
            uri("/elsewhere/a b.txt", Some(Path::new("/repo"))),
            "../elsewhere/a%20b.txt"
        );
    }
}
