//! The workspace README's regional-action example is the crate README's doctest, which compiles
//! and runs: this keeps the copy the README shows from drifting away from the tested one.

use std::path::Path;

/// The first ```` ```rust ```` block of `text` after `heading`, without the lines rustdoc hides
/// (`# …`).
fn rust_block_after(text: &str, heading: &str) -> String {
    let section = text
        .split_once(heading)
        .unwrap_or_else(|| panic!("no `{heading}`"))
        .1;
    let block = section
        .split_once("```rust\n")
        .and_then(|(_, rest)| rest.split_once("```\n"))
        .unwrap_or_else(|| panic!("no rust block after `{heading}`"))
        .0;
    block
        .lines()
        .filter(|line| *line != "#" && !line.starts_with("# "))
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn the_readme_shows_the_tested_regional_example() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &Path| std::fs::read_to_string(path).expect("a README");
    let tested = rust_block_after(&read(&crate_dir.join("README.md")), "# aliyun-rpc");
    let shown = rust_block_after(
        &read(&crate_dir.join("../README.md")),
        "### Regions and endpoints",
    );
    assert_eq!(shown, tested);
    let declaration_lines = shown
        .lines()
        .take_while(|line| !line.starts_with("let client"))
        .filter(|line| !line.trim().is_empty())
        .count();
    assert!(
        declaration_lines <= 15,
        "{declaration_lines} lines declare the action"
    );
}
