//! `--pace` against an account quota that throttles: `renew` with pacing on still finishes and
//! orders every domain exactly once. (How the pacer converges is tested in
//! `tests/tests/pacing_against_quota.rs`; here, that the command line turns it on safely.)

mod support;

use std::time::Duration;

use domain_emulator::{DomainRecord, Emulator, EmulatorConfig, Quota};
use support::Cli;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn renew_with_pace_under_a_quota_orders_each_domain_once_and_finishes() {
    let domains: Vec<DomainRecord> = (0..3)
        .map(|i| DomainRecord::expiring_in_days(format!("paced-{i}.example"), 10 + i))
        .collect();
    // Polling the task is the busiest action: 5 per second with a burst of 2 throttles it.
    let quota = Quota::new().per_action(5.0, 2).retry_after(true);
    let emulator = Emulator::start(
        EmulatorConfig::new()
            .domains(domains)
            .task_step(Duration::from_millis(300))
            .quota(quota.clone()),
    )
    .await
    .unwrap();
    let url = emulator.url().to_owned();
    let (id, secret) = (
        emulator.access_key_id().to_owned(),
        emulator.access_key_secret().to_owned(),
    );
    let run = tokio::task::spawn_blocking(move || {
        Cli::new([
            "--pace",
            "--endpoint",
            url.as_str(),
            "--output",
            "json",
            "renew",
            "--expiring-within",
            "60",
            "--yes",
        ])
        .credentials(&id, &secret)
        .limit(Duration::from_secs(40))
        .run()
    })
    .await
    .unwrap();
    assert_eq!(run.code(), 0, "{}", run.stderr);
    for i in 0..3 {
        let name = format!("paced-{i}.example");
        assert_eq!(emulator.orders_for(&name), 1, "{name}: {}", run.stdout);
    }
    // The quota was reached, so the pacing was exercised, and the run still finished.
    assert!(quota.refused() > 0, "the quota never throttled");
    let _ = emulator.shutdown().await;
}
