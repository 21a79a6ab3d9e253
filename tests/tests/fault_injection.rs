//! Renewing 1,000 domains through an emulator that throttles 30% of requests, fails 5% with a
//! 5xx (half of them after creating the order), drops connections before and after processing,
//! delivers a quarter of the orders late after dropping their connection (one of them later than its
//! time stamp allows), lists new tasks only after a lag, and answers slowly: every domain must be
//! renewed exactly once and every outcome must match the emulator's ledger.

mod support;

use support::{emulator_client, subscriber_writing_to};

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use aliyun_rpc::RetryPolicy;
use domain_api::workflow::{Outcome, Progress, Renewal};
use domain_emulator::{Emulator, EmulatorConfig, Faults};

const DOMAINS: usize = 1000;
const DAY_MS: i64 = 86_400_000;

fn seed_file() -> std::path::PathBuf {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let domains: Vec<serde_json::Value> = (0..DOMAINS)
        .map(|i| {
            serde_json::json!({
                "DomainName": format!("fault-{i:04}.example"),
                "ExpirationDateLong": now + (10 + (i as i64 % 50)) * DAY_MS,
                "RegistrationDateLong": now - 365 * DAY_MS,
            })
        })
        .collect();
    let path =
        std::env::temp_dir().join(format!("aliyun-rpc-fault-seed-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_vec(&domains).unwrap()).unwrap();
    path
}

/// Counts the client's `retrying` events.
#[derive(Clone, Default)]
struct RetryCounter(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl std::io::Write for RetryCounter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let lines = String::from_utf8_lossy(bytes);
        let retries = lines
            .lines()
            .filter(|line| line.contains("retrying"))
            .count();
        self.0
            .fetch_add(retries, std::sync::atomic::Ordering::Relaxed);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_domains_are_renewed_exactly_once_under_faults() {
    let retries = RetryCounter::default();
    let sink = retries.clone();
    let subscriber = subscriber_writing_to(tracing::Level::DEBUG, move || sink.clone());
    let _guard = tracing::subscriber::set_global_default(subscriber);
    let seed = seed_file();
    let emulator = Emulator::start(
        EmulatorConfig::new()
            .seed_file(seed.clone())
            .task_step(Duration::from_millis(10))
            // Time stamps older than 2 s are refused, so a copy of an order cannot take effect
            // later than that: the run's order window (2.5 s) covers it.
            .timestamp_window(Duration::from_secs(2))
            .faults(Faults {
                throttle_rate: 0.30,
                server_error_rate: 0.05,
                drop_rate: 0.02,
                drop_after_processing_rate: 0.02,
                latency: Duration::from_millis(3),
                seed: 20_261_128,
                late_delivery_rate: 0.25,
                late_delivery_delay: Duration::from_millis(700),
                // The third order arrives after its time stamp expired: refused, then resent.
                late_orders: vec![Duration::ZERO, Duration::ZERO, Duration::from_secs(3)],
                listing_lag: Duration::from_millis(150),
            }),
    )
    .await
    .unwrap();
    let _ = std::fs::remove_file(&seed);
    let client = emulator_client(&emulator)
        .read_timeout(Duration::from_secs(5))
        .retry_policy(RetryPolicy {
            throttling_backoff: Duration::from_millis(2),
            ..RetryPolicy::default()
                .with_max_attempts(25)
                .with_backoff(Duration::from_millis(2), Duration::from_millis(50))
        })
        .build()
        .unwrap();

    let started = Instant::now();
    let run = async {
        let plan = Renewal::expiring_within(90)
            .batch_size(100)
            .page_size(100)
            .reconcile_delay(Duration::from_millis(30))
            .order_window(Duration::from_millis(2500))
            .listing_settle(Duration::from_millis(500))
            .poll_interval(Duration::from_millis(20), Duration::from_millis(200))
            .poll_timeout(Duration::from_secs(120))
            .plan(&client)
            .await
            .expect("planning survives the faults through retries");
        assert_eq!(plan.entries.len(), DOMAINS);
        let reconciliations = std::sync::atomic::AtomicUsize::new(0);
        let report = plan
            .execute(&client, &|progress| {
                if matches!(progress, Progress::Reconciling { .. }) {
                    reconciliations.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            })
            .await;
        (report, reconciliations.into_inner())
    };
    // A hang guard, not a performance target: the run must end by itself.
    let (report, reconciliations) = tokio::time::timeout(Duration::from_secs(600), run)
        .await
        .expect("the run ends within its budget");
    let elapsed = started.elapsed();

    assert_eq!(report.outcomes.len(), DOMAINS, "every outcome is reported");
    let (renewed, failed, unknown) = report.counts();
    let problems: Vec<_> = report
        .outcomes
        .iter()
        .filter(|o| !matches!(o.outcome, Outcome::Renewed { .. }))
        .take(5)
        .collect();
    assert_eq!((renewed, failed, unknown), (DOMAINS, 0, 0), "{problems:#?}");
    let duplicates = report
        .outcomes
        .iter()
        .filter(|o| emulator.orders_for(&o.domain_name) != 1)
        .count();
    assert_eq!(duplicates, 0, "no domain ordered twice (or not at all)");
    // An outcome is false when it disagrees with the ledger: renewed without the expiration
    // having moved by a year, or not renewed although it moved.
    let false_outcomes = report
        .outcomes
        .iter()
        .filter(|o| {
            let now = emulator
                .domain(&o.domain_name)
                .unwrap()
                .expiration_date_long;
            let moved = now - o.previous_expiration_ms.unwrap() >= 365 * DAY_MS;
            moved != matches!(o.outcome, Outcome::Renewed { .. })
        })
        .count();
    assert_eq!(false_outcomes, 0, "every outcome matches the ledger");
    eprintln!(
        "fault injection: domains={DOMAINS} renewed={renewed} duplicates={duplicates} false_outcomes={false_outcomes} requests={} client_retries={} reconciliations={reconciliations} elapsed={:.1}s",
        emulator.request_count(),
        retries.0.load(std::sync::atomic::Ordering::Relaxed),
        elapsed.as_secs_f64()
    );
}
