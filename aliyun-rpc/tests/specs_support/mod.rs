//! Reading the language-neutral test data in `specs/`, for the tests that hold the runtime
//! against it (`spec_vectors`, `golden_through_prepare`).

// Each test file uses the helpers it needs.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Name/value pairs, as the vectors list them.
pub(crate) type Pairs = Vec<(String, String)>;

/// `specs/<sub>`.
pub(crate) fn specs_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../specs")
        .join(sub)
}

/// A JSON file, parsed.
pub(crate) fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A text file of a case folder (the vectors' `.txt` files have no trailing newline).
pub(crate) fn read_text(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{}/{file}: {e}", dir.display()))
}

/// A JSON list of `[name, value]` pairs.
pub(crate) fn pairs(value: &Value) -> Pairs {
    value
        .as_array()
        .expect("a list of [name, value] pairs")
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().expect("a name").to_owned(),
                pair[1].as_str().expect("a value").to_owned(),
            )
        })
        .collect()
}

/// Every entry directly in `specs/<sub>` (`folders_only`: the case folders), sorted, so that a
/// failure names its case.
pub(crate) fn cases(sub: &str, folders_only: bool) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(specs_dir(sub))
        .unwrap_or_else(|e| panic!("specs/{sub}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| !folders_only || path.is_dir())
        .collect();
    found.sort();
    assert!(!found.is_empty(), "specs/{sub} holds no cases");
    found
}
