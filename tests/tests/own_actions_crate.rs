//! The crate outside the workspace, `examples/own-actions`, declares one action each of Domain,
//! Alidns and ECS as a user would and holds them against Alibaba's metadata. It is built and
//! tested here with its own lock file, as a separate project, so that `cargo test --workspace`
//! covers it too; it builds into `target/own-actions` to stay clear of this build's lock.

use std::path::Path;
use std::process::Command;

#[test]
fn the_user_crate_builds_and_passes_its_metadata_checks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let manifest = root.join("examples/own-actions/Cargo.toml");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
        .join("own-actions");
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["test", "--locked", "--manifest-path"])
        .arg(&manifest)
        .env("CARGO_TARGET_DIR", &target)
        // The outer run's settings (test threads, colours) are not the inner project's.
        .env_remove("RUST_TEST_THREADS")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "examples/own-actions failed (after a dependency change, refresh its lock with \
         `cp Cargo.lock examples/own-actions/Cargo.lock` and a build):\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("test result: ok. 3 passed; 0 failed"),
        "the metadata checks did not all run:\n{stdout}"
    );
}
