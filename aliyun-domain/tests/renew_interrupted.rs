//! `renew` interrupted by SIGINT, SIGTERM or SIGHUP right after its first batch was accepted,
//! then run again with the same journal: the interrupted run names the accepted task, and after
//! the re-run every domain has exactly one accepted order and is reported renewed, as the
//! emulator's ledger shows.

mod support;

use std::time::Duration;

use domain_emulator::{DomainRecord, Emulator, EmulatorConfig, Faults};
use serde_json::Value;
use support::{Cli, Run};

const DOMAINS: usize = 20;
const DAY_MS: i64 = 86_400_000;
const RUN_LIMIT: Duration = Duration::from_secs(30);

/// An emulator holding 20 domains that all expire within 40 days, answering slowly enough that
/// a signal lands between two batches; time stamps older than 2 s are refused.
async fn emulator(tag: &str, task_step: Duration) -> (Emulator, std::path::PathBuf) {
    let domains = (0..DOMAINS)
        .map(|i| DomainRecord::expiring_in_days(format!("{tag}-{i:02}.example"), 10 + i as i64));
    let dir = std::env::temp_dir().join(format!(
        "aliyun-domain-interrupted-{tag}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let emulator = Emulator::start(
        EmulatorConfig::new()
            .domains(domains)
            .timestamp_window(Duration::from_secs(2))
            .task_step(task_step)
            .faults(Faults {
                latency: Duration::from_millis(50),
                ..Faults::default()
            }),
    )
    .await
    .unwrap();
    (emulator, dir)
}

/// Runs `renew --expiring-within 60` against the emulator with the journal in `dir`; with
/// `signal`, sends it (by `kill -s`) as soon as the first task is accepted.
fn renew(
    url: &str,
    id: &str,
    secret: &str,
    dir: &std::path::Path,
    signal: Option<&str>,
    extra: &[&str],
) -> Run {
    let journal = dir.join("journal.json");
    let journal = journal.to_str().expect("a UTF-8 path");
    let mut args = extra.to_vec();
    args.extend([
        "--endpoint",
        url,
        "--output",
        "json",
        "renew",
        "--expiring-within",
        "60",
        "--batch-size",
        "5",
        "--order-window",
        "2",
        "--yes",
        "--journal",
        journal,
    ]);
    let running = Cli::new(&args)
        .home(dir)
        .credentials(id, secret)
        .limit(RUN_LIMIT)
        .spawn();
    if let Some(signal) = signal {
        assert!(
            running.wait_for_stderr(|line| line.contains("accepted")),
            "no task was accepted in time"
        );
        running.signal(signal);
    }
    let run = running.finish();
    assert!(
        run.status.is_some(),
        "{signal:?}: the binary exited, not killed by the signal or its limit:\n{}",
        run.stderr
    );
    run
}

/// Runs `renew` twice with the journal in `dir`, off the async threads: first with `signal` and
/// the `extra` arguments, then plainly; removes `dir` afterwards.
async fn renew_twice(
    emulator: &Emulator,
    dir: std::path::PathBuf,
    signal: Option<&'static str>,
    extra: &'static [&'static str],
) -> (Run, Run) {
    let (url, id, secret) = (
        emulator.url(),
        emulator.access_key_id().to_owned(),
        emulator.access_key_secret().to_owned(),
    );
    let runs = tokio::task::spawn_blocking(move || {
        let first = renew(&url, &id, &secret, &dir, signal, extra);
        let second = renew(&url, &id, &secret, &dir, None, &[]);
        let _ = std::fs::remove_dir_all(&dir);
        (first, second)
    });
    runs.await.unwrap()
}

async fn interrupted_then_run_again(signal: &'static str) {
    let tag = signal.to_ascii_lowercase();
    let (emulator, dir) = emulator(&tag, Duration::from_millis(400)).await;
    let (first, second) = renew_twice(&emulator, dir, Some(signal), &[]).await;

    // The interrupted run says so, with a status of its own, and names the accepted task.
    assert_eq!(first.code(), 4, "{}", first.stderr);
    assert!(
        first
            .stderr
            .contains(&format!("interrupted by SIG{signal}")),
        "{}",
        first.stderr
    );
    let accepted = first
        .stderr
        .lines()
        .find_map(|line| {
            line.strip_prefix("aliyun-domain: task ")
                .and_then(|rest| rest.split(' ').next())
                .filter(|_| line.contains(" accepted ("))
        })
        .expect("a task accepted")
        .to_owned();
    assert!(
        first
            .stderr
            .contains(&format!("`aliyun-domain task {accepted} --wait`")),
        "{}",
        first.stderr
    );

    check_rerun(&emulator, &tag, &second);
    emulator.shutdown().await.unwrap();
}

/// The re-run orders nothing twice and reports what the ledger shows.
fn check_rerun(emulator: &Emulator, tag: &str, second: &Run) {
    assert_eq!(second.code(), 0, "{}", second.stderr);
    let report: Value = serde_json::from_str(&second.stdout).expect("a JSON report");
    // A domain the first run renewed already may no longer expire within 60 days, and so not
    // be listed again; every domain listed is reported as the ledger shows it.
    for outcome in report["outcomes"].as_array().unwrap() {
        let name = outcome["domain"].as_str().unwrap();
        assert_eq!(outcome["result"], "renewed", "{outcome}");
        let before = outcome["previous_expiration_ms"].as_i64().unwrap();
        let now = emulator.domain(name).unwrap().expiration_date_long;
        assert!(now - before >= 365 * DAY_MS, "{name}: the ledger agrees");
    }
    for i in 0..DOMAINS {
        let name = format!("{tag}-{i:02}.example");
        assert_eq!(emulator.orders_for(&name), 1, "{name} ordered exactly once");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_then_a_rerun_orders_each_domain_once() {
    interrupted_then_run_again("INT").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_then_a_rerun_orders_each_domain_once() {
    interrupted_then_run_again("TERM").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_then_a_rerun_orders_each_domain_once() {
    interrupted_then_run_again("HUP").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_global_timeout_bounds_renew_like_an_interruption() {
    // Tasks take 3 s; the command may take 2.
    let (emulator, dir) = emulator("timeout", Duration::from_millis(1500)).await;
    let (first, second) = renew_twice(&emulator, dir, None, &["--timeout", "2"]).await;
    assert_eq!(first.code(), 4, "{}", first.stderr);
    assert!(
        first.stderr.contains("interrupted by --timeout"),
        "{}",
        first.stderr
    );
    assert!(first.stderr.contains("--wait`"), "{}", first.stderr);
    check_rerun(&emulator, "timeout", &second);
    emulator.shutdown().await.unwrap();
}
