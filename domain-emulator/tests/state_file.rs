//! The state file: one emulator at a time, and written through a private temporary file that
//! never follows what an attacker plants beside it.

mod support;

use std::fs;
use std::io;
use std::time::Duration;

use domain_emulator::{Emulator, EmulatorConfig};
use support::{renew, temp_dir};

fn config(state_file: &std::path::Path) -> EmulatorConfig {
    EmulatorConfig::new()
        .state_file(state_file.to_owned())
        .task_step(Duration::from_millis(10))
}

/// A new scratch directory and the path of a state file in it (not created).
fn state_dir(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = temp_dir(name);
    let state_file = dir.join("state.json");
    (dir, state_file)
}

/// Starts an emulator on `state_file`, orders a renewal of `domain` and shuts it down, so that
/// the state file has been written.
async fn save_one_renewal(state_file: &std::path::Path, domain: &str) {
    let emulator = Emulator::start(config(state_file)).await.unwrap();
    renew(&emulator, domain).await;
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_second_emulator_on_the_same_state_file_is_refused_and_the_first_keeps_its_orders() {
    let (dir, state_file) = state_dir("two-on-one-file");
    let first = Emulator::start(config(&state_file)).await.unwrap();
    renew(&first, "example-shop.com").await;

    let error = Emulator::start(config(&state_file))
        .await
        .expect_err("a second emulator on the same state file");
    assert_eq!(error.kind(), io::ErrorKind::ResourceBusy, "{error}");
    let message = error.to_string();
    assert!(
        message.contains("in use by another emulator")
            && message.contains(&state_file.display().to_string()),
        "{message}"
    );

    // The first goes on accepting orders, and keeps every one of them.
    renew(&first, "my-blog.net").await;
    first.shutdown().await.unwrap();
    let next = Emulator::start(config(&state_file)).await.unwrap();
    assert_eq!(next.orders_for("example-shop.com"), 1);
    assert_eq!(next.orders_for("my-blog.net"), 1);
    next.shutdown().await.unwrap();
    fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[tokio::test]
async fn a_symlink_at_the_old_predictable_temporary_name_is_not_followed() {
    let (dir, state_file) = state_dir("temp-symlink");
    let victim = dir.join("victim.txt");
    fs::write(&victim, "precious").unwrap();
    // The name the emulator used to write through: `.state.json.tmp-<pid>`.
    let planted = dir.join(format!(".state.json.tmp-{}", std::process::id()));
    std::os::unix::fs::symlink(&victim, &planted).unwrap();

    save_one_renewal(&state_file, "family-photos.org").await;

    assert!(
        fs::read_to_string(&victim).unwrap() == "precious",
        "the planted symlink's target was written to"
    );
    assert_eq!(fs::read_link(&planted).unwrap(), victim);
    let state = fs::symlink_metadata(&state_file).unwrap();
    assert!(
        state.file_type().is_file(),
        "the state file is a plain file"
    );
    let saved: serde_json::Value = serde_json::from_slice(&fs::read(&state_file).unwrap()).unwrap();
    assert!(saved.to_string().contains("family-photos.org"));
    // No temporary file is left behind.
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let planted_name = planted.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        names,
        [
            planted_name.as_str(),
            "state.json",
            "state.json.lock",
            "victim.txt"
        ]
    );
    fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[tokio::test]
async fn the_state_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let (dir, state_file) = state_dir("private-state");
    save_one_renewal(&state_file, "startup-idea.io").await;
    let mode = fs::metadata(&state_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    fs::remove_dir_all(dir).unwrap();
}
