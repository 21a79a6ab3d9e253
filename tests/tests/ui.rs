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
    cases.pass("ui/pass/*.rs");
}
