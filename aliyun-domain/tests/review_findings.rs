//! Defects found by an adversarial review of the renewal journal, each against the emulator:
//! the journal's file mode, a second run on a journal in use, a damaged journal's numbers, and a
//! journal that cannot be written.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use domain_emulator::{Emulator, EmulatorConfig, Faults};
use serde_json::{Value, json};
use support::Cli;

const DAY_MS: i64 = 86_400_000;
const RUN_LIMIT: Duration = Duration::from_secs(20);

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
        / 1000
        * 1000
}

/// A fresh directory for one test.
fn scratch(tag: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("aliyun-domain-review-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An emulator holding `names`, each expiring at `expiration`, whose tasks take `task_step`.
async fn emulator(dir: &Path, names: &[&str], expiration: i64, task_step: Duration) -> Emulator {
    let domains: Vec<Value> = names
        .iter()
        .map(|name| json!({ "DomainName": name, "ExpirationDateLong": expiration }))
        .collect();
    let seed = dir.join("seed.json");
    std::fs::write(&seed, serde_json::to_vec(&domains).unwrap()).unwrap();
    Emulator::start(
        EmulatorConfig::new()
            .seed_file(seed)
            .timestamp_window(Duration::from_secs(2))
            .task_step(task_step)
            .faults(Faults::default()),
    )
    .await
    .unwrap()
}

/// `renew NAME --yes --journal JOURNAL` against the emulator, started.
fn renew(emulator: &Emulator, dir: &Path, journal: &Path, name: &str) -> support::Running {
    Cli::new([
        "--endpoint",
        &emulator.url(),
        "--output",
        "json",
        "renew",
        name,
        "--order-window",
        "2",
        "--yes",
        "--journal",
        journal.to_str().unwrap(),
    ])
    .home(dir)
    .credentials(emulator.access_key_id(), emulator.access_key_secret())
    .limit(RUN_LIMIT)
    .spawn()
}

/// An emulator holding `name`, expiring in 20 days, whose tasks end quickly.
async fn one_domain(dir: &Path, name: &str) -> Emulator {
    emulator(
        dir,
        &[name],
        now_ms() + 20 * DAY_MS,
        Duration::from_millis(50),
    )
    .await
}

/// Writes a journal at `path` holding `order` alone.
fn write_journal(path: &Path, order: Value) {
    let journal = json!({ "version": 1, "orders": [order] });
    std::fs::write(path, serde_json::to_vec(&journal).unwrap()).unwrap();
}

/// Stops `emulator` and removes the test's directory.
async fn clean_up(emulator: Emulator, dir: &Path) {
    emulator.shutdown().await.unwrap();
    let _ = std::fs::remove_dir_all(dir);
}

/// The journal names domains and task numbers: only its owner may read it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_journal_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = scratch("mode");
    let emulator = one_domain(&dir, "mode.example").await;
    let journal = dir.join("journal.json");
    let run = renew(&emulator, &dir, &journal, "mode.example")
        .finished()
        .await;
    assert_eq!(run.code(), 0, "{}", run.stderr);
    let mode = std::fs::metadata(&journal).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode & 0o077, 0, "the journal has mode {mode:o}");
    clean_up(emulator, &dir).await;
}

/// Two runs on one journal would each write their own copy of it over the other's, and each
/// could resend an order whose answer the other is still waiting on: a second run is refused
/// while the first one holds the journal, before it orders anything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_run_on_a_journal_in_use_is_refused_before_ordering() {
    let dir = scratch("lock");
    // Tasks take about 3 s: the first run is still following its task when the second starts.
    let emulator = emulator(
        &dir,
        &["first.example", "second.example"],
        now_ms() + 20 * DAY_MS,
        Duration::from_millis(1500),
    )
    .await;
    let journal = dir.join("journal.json");
    let first = renew(&emulator, &dir, &journal, "first.example");
    let (first, second) = {
        let (emulator_url, id, secret) = (
            emulator.url(),
            emulator.access_key_id().to_owned(),
            emulator.access_key_secret().to_owned(),
        );
        let (dir, journal) = (dir.clone(), journal.clone());
        tokio::task::spawn_blocking(move || {
            assert!(
                first.wait_for_stderr(|line| line.contains("accepted")),
                "the first run's order was not accepted in time"
            );
            let second = Cli::new([
                "--endpoint",
                &emulator_url,
                "--output",
                "json",
                "renew",
                "second.example",
                "--order-window",
                "2",
                "--yes",
                "--journal",
                journal.to_str().unwrap(),
            ])
            .home(&dir)
            .credentials(&id, &secret)
            .limit(RUN_LIMIT)
            .run();
            (first.finish(), second)
        })
        .await
        .unwrap()
    };
    assert_eq!(first.code(), 0, "{}", first.stderr);
    assert_eq!(second.code(), 2, "{}", second.stderr);
    assert!(
        second.stderr.contains("in use by another run"),
        "{}",
        second.stderr
    );
    assert_eq!(emulator.orders_for("first.example"), 1);
    assert_eq!(emulator.orders_for("second.example"), 0, "nothing ordered");
    clean_up(emulator, &dir).await;
}

/// A damaged journal whose order quotes an impossible number of years: the run neither panics
/// nor trusts it, and the domain, whose expiration is not the one quoted, is planned afresh.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_quoting_absurd_years_does_not_panic() {
    let dir = scratch("years");
    let expiration = now_ms() + 20 * DAY_MS;
    let emulator = emulator(
        &dir,
        &["years.example"],
        expiration,
        Duration::from_millis(50),
    )
    .await;
    let journal = dir.join("journal.json");
    let order = json!({
        "id": "1-1",
        "domains": [{
            "domain_name": "years.example",
            "years": u32::MAX,
            "expiration_before_ms": expiration - 400 * DAY_MS,
        }],
        "submitted_ms": now_ms() - 60_000,
        "answered_ms": now_ms() - 60_000,
        "state": "accepted",
        "task_no": "d3babb0a-c939-4c25-8c65-c47b65f5492a",
        "tasks_before": [],
    });
    write_journal(&journal, order);
    let run = renew(&emulator, &dir, &journal, "years.example")
        .finished()
        .await;
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code(), 0, "{}", run.stderr);
    assert_eq!(emulator.orders_for("years.example"), 1);
    clean_up(emulator, &dir).await;
}

/// A journal that cannot be written would leave an interrupted run's orders unrecorded, while
/// the run's message says the journal records them: the run is refused before it orders.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_that_cannot_be_written_stops_the_run_before_ordering() {
    let dir = scratch("unwritable");
    let emulator = one_domain(&dir, "unwritable.example").await;
    // Reads as "no journal yet", and no file can be created beside it.
    let journal = PathBuf::from("/proc/self/aliyun-domain-review-journal.json");
    let run = renew(&emulator, &dir, &journal, "unwritable.example")
        .finished()
        .await;
    assert_eq!(run.code(), 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot write the renewal journal"),
        "{}",
        run.stderr
    );
    assert_eq!(
        emulator.orders_for("unwritable.example"),
        0,
        "nothing ordered"
    );
    clean_up(emulator, &dir).await;
}

/// An earlier run's order of a premium domain, whose answer was lost, stays in the journal when
/// a run leaves that domain out (no `--permit-premium`): being skipped says nothing of that
/// order, and a later run with `--permit-premium` must still reconcile it before ordering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_skipped_domain_keeps_its_earlier_order_in_the_journal() {
    let dir = scratch("skipped");
    let expiration = now_ms() + 20 * DAY_MS;
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        serde_json::to_vec(&json!([
            { "DomainName": "prem.example", "ExpirationDateLong": expiration, "Premium": true },
            { "DomainName": "plain.example", "ExpirationDateLong": expiration },
        ]))
        .unwrap(),
    )
    .unwrap();
    let emulator = Emulator::start(
        EmulatorConfig::new()
            .seed_file(seed)
            .timestamp_window(Duration::from_secs(2))
            .task_step(Duration::from_millis(50)),
    )
    .await
    .unwrap();
    let journal = dir.join("journal.json");
    let order = json!({
        "id": "1-1",
        "domains": [{
            "domain_name": "prem.example",
            "years": 1,
            "expiration_before_ms": expiration,
        }],
        "submitted_ms": now_ms() - 1_000,
        "answered_ms": now_ms() - 1_000,
        "state": "ambiguous",
        "tasks_before": [],
    });
    write_journal(&journal, order);
    let running = Cli::new([
        "--endpoint",
        &emulator.url(),
        "--output",
        "json",
        "renew",
        "prem.example",
        "plain.example",
        "--yes",
        "--journal",
        journal.to_str().unwrap(),
    ])
    .home(&dir)
    .credentials(emulator.access_key_id(), emulator.access_key_secret())
    .limit(RUN_LIMIT)
    .spawn();
    let run = running.finished().await;
    assert_eq!(run.code(), 0, "{}", run.stderr);
    assert_eq!(emulator.orders_for("plain.example"), 1);
    let kept: Value = serde_json::from_slice(&std::fs::read(&journal).unwrap()).unwrap();
    let ids: Vec<&str> = kept["orders"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["id"].as_str())
        .collect();
    assert!(
        ids.contains(&"1-1"),
        "the earlier order was dropped: {kept}"
    );
    clean_up(emulator, &dir).await;
}
