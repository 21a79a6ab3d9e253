//! Compile-time diagnostics of `#[derive(Rpc)]`, `#[derive(RpcParams)]` and `#[derive(RpcValue)]`.
//!
//! Each `ui/fail/**/<problem>.rs` must fail to compile with exactly the errors in the `.stderr`
//! beside it; each `ui/pass/*.rs` must compile and run. Compiler output changes between releases,
//! so the expected files are pinned to one toolchain (as darling's `compiletests.rs` does):
//! regenerate them with `TRYBUILD=overwrite cargo test -p aliyun-rpc-tests --test ui` and read the
//! diff before committing it.

use std::process::Command;

/// The toolchain the `.stderr` files were generated with.
const PINNED_RUSTC: &str = "rustc 1.95.";

#[test]
fn ui() {
    let version = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned()))
        .arg("--version")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
        .unwrap_or_default();
    if !version.starts_with(PINNED_RUSTC) {
        eprintln!();
        eprintln!("*************************************************************************");
        eprintln!(
            "  ui tests SKIPPED: they are pinned to {PINNED_RUSTC}x, this is {}",
            version.trim()
        );
        eprintln!("  compiler messages differ between releases; run them on the pinned one");
        eprintln!("*************************************************************************");
        eprintln!();
        return;
    }
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/fail/container/*.rs");
    cases.compile_fail("ui/fail/field/*.rs");
    cases.compile_fail("ui/fail/value/*.rs");
    cases.compile_fail("ui/fail/page/*.rs");
    cases.pass("ui/pass/*.rs");
}

/// Every expected diagnostic names only public items: an error that says
/// `aliyun_rpc::__private::…` points the user at something they cannot read or use.
#[test]
fn no_diagnostic_names_a_private_item() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/fail");
    let mut pending = vec![root];
    let mut read = 0;
    let mut offenders = Vec::new();
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("the ui folder is readable") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "stderr") {
                read += 1;
                let text = std::fs::read_to_string(&path).expect("an expected diagnostic");
                if text.contains("__private") {
                    offenders.push(path.display().to_string());
                }
            }
        }
    }
    assert!(read > 20, "found only {read} expected diagnostics");
    assert!(offenders.is_empty(), "{offenders:#?}");
}
