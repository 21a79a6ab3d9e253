//! Emulator seed files: an account of many domains, all expiring within the next 50 days.

use std::path::{Path, PathBuf};

const DAY_MS: i64 = 86_400_000;

/// Writes `count` domains named `{prefix}-N.example.com` to a seed file in `dir` (a bench's
/// `CARGO_TARGET_TMPDIR`), and returns its path (the caller removes it).
pub fn expiring_domains(count: usize, prefix: &str, dir: &Path) -> PathBuf {
    let now = crate::fixtures::now_ms();
    let domains: Vec<serde_json::Value> = (0..count)
        .map(|index| {
            serde_json::json!({
                "DomainName": format!("{prefix}-{index:05}.example.com"),
                "RegistrationDateLong": now - 400 * DAY_MS,
                "ExpirationDateLong": now + (3 + index as i64 % 47) * DAY_MS,
            })
        })
        .collect();
    let path = dir.join(format!("{prefix}-seed-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::Value::Array(domains).to_string())
        .expect("the seed file is written");
    path
}
