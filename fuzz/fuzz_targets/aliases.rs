//! An alias file (`--aliases FILE`): loading never panics; an error is one clean line naming the
//! file; a file that loads adds its names to the knowledge, and every name of a `same` group
//! then resolves.
#![no_main]
mod common;

use concord::extract::Knowledge;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // load_aliases reads a file: the real path, with its UTF-8 and I/O errors.
    let path =
        std::env::temp_dir().join(format!("concord-fuzz-aliases-{}.toml", std::process::id()));
    std::fs::write(&path, data).expect("write the alias file");
    match concord::config::load_aliases(&path) {
        Ok(file) => {
            let mut k = Knowledge::default();
            k.add_user_aliases(&(&file).into());
            for group in &file.same {
                for name in group {
                    // Resolving never panics, whatever the names hold.
                    let _ = k.resolve(name);
                }
            }
        }
        Err(e) => {
            let line = e.to_string();
            common::invariants::error_line(&line);
            assert!(line.starts_with(&path.display().to_string()), "{line}");
        }
    }
});
