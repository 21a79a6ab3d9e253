//! The client's pacing against the emulator's quota: the quota answers as the service does, the
//! pacer converges under it with many tasks sharing one client, never resends an order it must
//! not, never waits past a call's deadline, and turned off sends as fast as it is asked to.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use aliyun_rpc::{Client, Credentials, Error, Format, Pacing, RetryPolicy, TimeoutKind};
use domain_api::{QueryDomainByDomainName, SaveSingleTaskForCreatingOrderRenew};
use domain_emulator::{Emulator, EmulatorConfig, Faults, Quota};

const READ: &str = "QueryDomainByDomainName";
const DAY_MS: i64 = 86_400_000;

/// A client of `emulator` with every other setting at its default.
fn default_client(emulator: &Emulator) -> aliyun_rpc::ClientBuilder {
    Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(
            emulator.access_key_id(),
            emulator.access_key_secret(),
        ))
}

/// A client of `emulator`, paced.
fn client(emulator: &Emulator) -> aliyun_rpc::ClientBuilder {
    default_client(emulator)
        .pacing(Pacing::adaptive())
        .operation_timeout(Duration::from_secs(8))
}

/// Stops the emulator and removes its seed file.
async fn stop(emulator: Emulator, seed: std::path::PathBuf) {
    emulator.shutdown().await.unwrap();
    let _ = std::fs::remove_file(seed);
}

/// An emulator whose account holds `count` domains named `paced-N.example`.
async fn emulator(count: usize, config: EmulatorConfig) -> (Emulator, std::path::PathBuf) {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let domains = serde_json::Value::Array(
        (0..count)
            .map(|index| {
                serde_json::json!({
                    "DomainName": format!("paced-{index}.example"),
                    "RegistrationDateLong": now - 400 * DAY_MS,
                    "ExpirationDateLong": now + 20 * DAY_MS,
                })
            })
            .collect(),
    );
    static SEEDS: AtomicUsize = AtomicUsize::new(0);
    let seed = std::env::temp_dir().join(format!(
        "aliyun-rpc-pacing-{}-{}.json",
        std::process::id(),
        SEEDS.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&seed, domains.to_string()).unwrap();
    let emulator = Emulator::start(config.seed_file(seed.clone()))
        .await
        .unwrap();
    (emulator, seed)
}

/// `calls` reads of `tasks` tasks sharing `client`, each read retried by the client's policy;
/// returns how many failed even so (their attempts all throttled).
async fn read_concurrently(client: &Client, tasks: usize, calls: usize) -> usize {
    let mut joins = Vec::new();
    for task in 0..tasks {
        let client = client.clone();
        joins.push(tokio::spawn(async move {
            let mut failed = 0;
            for call in (task..calls).step_by(tasks) {
                let name = format!("paced-{}.example", call % 20);
                let read = QueryDomainByDomainName::new(name.as_str());
                if let Err(error) = client.call(&read).await {
                    assert!(
                        error.as_service().is_some_and(|e| e.is_throttling()),
                        "{error}"
                    );
                    failed += 1;
                }
            }
            failed
        }));
    }
    let mut failed = 0;
    for join in joins {
        failed += join.await.unwrap();
    }
    failed
}

#[tokio::test]
async fn an_exceeded_quota_answers_as_the_service_does_in_json_and_xml() {
    // Two requests at once, then one every 50 ms.
    let quota = Quota::new().per_action(20.0, 2).retry_after(true);
    let (emulator, seed) = emulator(3, EmulatorConfig::new().quota(quota.clone())).await;
    for format in [Format::Json, Format::Xml] {
        let client = client(&emulator)
            .format(format)
            .retry_policy(RetryPolicy::disabled())
            .pacing(Pacing::off())
            .build()
            .unwrap();
        let action = QueryDomainByDomainName::new("paced-0.example");
        let mut errors = Vec::new();
        for _ in 0..3 {
            if let Err(error) = client.call(&action).await {
                errors.push(error);
            }
        }
        assert_eq!(
            errors.len(),
            1,
            "{format:?}: the burst of 2 passes: {errors:?}"
        );
        let Error::Service(service) = &errors[0] else {
            panic!("{format:?}: {:?}", errors[0]);
        };
        assert_eq!(service.code(), "Throttling.User");
        assert_eq!(service.http_status(), 400);
        assert_eq!(
            service.message(),
            "Request was denied due to user flow control."
        );
        assert!(!service.request_id().unwrap_or_default().is_empty());
        let pause = service.retry_after().expect("x-acs-retry-after");
        assert!(
            pause > Duration::ZERO && pause <= Duration::from_millis(50),
            "{pause:?}"
        );
        // The bucket refills for the next format.
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    // A request that fails authentication is refused for that, quota or not, and takes no token.
    let refused = quota.refused();
    let admitted = quota.admitted();
    let stranger = Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(emulator.access_key_id(), "a wrong secret"))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let error = stranger
        .call(&QueryDomainByDomainName::new("paced-0.example"))
        .await
        .unwrap_err();
    assert_eq!(error.as_service().unwrap().code(), "SignatureDoesNotMatch");
    assert_eq!((quota.refused(), quota.admitted()), (refused, admitted));
    stop(emulator, seed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_tasks_sharing_a_client_converge_below_the_quota() {
    let quota = Quota::new().per_action(100.0, 10);
    let (emulator, seed) = emulator(20, EmulatorConfig::new().quota(quota.clone())).await;
    let client = client(&emulator).build().unwrap();
    let started = Instant::now();
    // Warm-up: the pacer learns the quota. It starts high and comes down with each throttled
    // answer, so the warm-up must be long enough to reach the quota even when the first
    // answers come fast (150 calls were not always: 279/s learned, 15 % throttled after).
    read_concurrently(&client, 8, 400).await;
    let rate = client.paced_rate(READ).expect("the read action is paced");
    let (refused, admitted) = (quota.refused(), quota.admitted());
    let measured = Instant::now();
    assert_eq!(
        read_concurrently(&client, 8, 250).await,
        0,
        "no read gave up"
    );
    let elapsed = measured.elapsed().as_secs_f64();
    let refused = quota.refused() - refused;
    let admitted = quota.admitted() - admitted;
    let share = refused as f64 / (refused + admitted) as f64;
    eprintln!(
        "learned {rate:.0}/s, then {:.0}/s; {refused} of {} throttled",
        client.paced_rate(READ).unwrap_or_default(),
        refused + admitted
    );
    assert!(
        share < 0.1,
        "after warm-up {refused} of {} requests were throttled",
        refused + admitted
    );
    // Paced, not starved: at least 60 % of the quota.
    let throughput = admitted as f64 / elapsed;
    assert!(throughput > 60.0, "{throughput:.0} requests/s admitted");
    // 650 calls at the quota take 6.5 s; this bound only catches a pacer that stalls (the
    // throughput above is the measure of pacing): a busy 2-core machine has taken over 15 s.
    assert!(started.elapsed() < Duration::from_secs(60));
    stop(emulator, seed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pacing_off_the_default_sends_at_once_as_before() {
    // A quota low enough that 16 unpaced tasks exceed it even on a loaded machine (at 200/s, a
    // machine busy with other work sent too slowly to be throttled at all).
    let quota = Quota::new().per_action(40.0, 5);
    let (emulator, seed) = emulator(20, EmulatorConfig::new().quota(quota.clone())).await;
    let client = default_client(&emulator).build().unwrap();
    // Some reads may give up after all their attempts were throttled: that is today's way.
    read_concurrently(&client, 16, 200).await;
    assert_eq!(client.paced_rate(READ), None);
    let (refused, admitted) = (quota.refused(), quota.admitted());
    // Every task sends as soon as its backoff ends, so the quota keeps refusing a large share.
    assert!(
        refused as f64 / (refused + admitted) as f64 > 0.2,
        "{refused} of {} throttled",
        refused + admitted
    );
    stop(emulator, seed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paced_orders_are_resent_only_when_the_service_proves_them_unapplied() {
    const ORDERS: usize = 40;
    // Orders are throttled by a quota, and one in five fails with a 5xx, half of those after
    // the order was created: a throttled order may be resent, a 5xx one never.
    let quota = Quota::new().action("SaveSingleTaskForCreatingOrderRenew", 40.0, 2);
    let config = EmulatorConfig::new().quota(quota.clone()).faults(Faults {
        server_error_rate: 0.2,
        seed: 7,
        ..Faults::default()
    });
    let (emulator, seed) = emulator(ORDERS, config).await;
    let emulator = Arc::new(emulator);
    let client = client(&emulator)
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(8)
                .with_backoff(Duration::from_millis(20), Duration::from_millis(200)),
        )
        .build()
        .unwrap();
    let mut joins = Vec::new();
    for index in 0..ORDERS {
        let client = client.clone();
        let emulator = emulator.clone();
        joins.push(tokio::spawn(async move {
            let name = format!("paced-{index}.example");
            let expiration = emulator.domain(&name).unwrap().expiration_date_long;
            let order = SaveSingleTaskForCreatingOrderRenew::new(name.as_str(), 1, expiration);
            (name, client.call(&order).await)
        }));
    }
    let (mut unknown, mut succeeded) = (0, 0);
    for join in joins {
        let (name, outcome) = join.await.unwrap();
        match outcome {
            Ok(_) => {
                succeeded += 1;
                assert_eq!(emulator.orders_for(&name), 1, "{name}");
            }
            Err(Error::OutcomeUnknown { .. }) => {
                unknown += 1;
                assert!(emulator.orders_for(&name) <= 1, "{name} ordered twice");
            }
            // On a loaded machine a paced order may find its send slot past the call's
            // deadline: it is then not sent at all, which is as safe as an order can end.
            Err(Error::Timeout {
                kind: TimeoutKind::TotalBeforeSending,
                ..
            }) => assert!(emulator.orders_for(&name) <= 1, "{name} ordered twice"),
            Err(error) => panic!("{name}: {error}"),
        }
    }
    assert!(succeeded > 0, "no order succeeded");
    assert!(quota.refused() > 0, "the quota throttled some orders");
    assert!(unknown > 0, "some orders met a 5xx and were not resent");
    assert!(
        client
            .paced_rate("SaveSingleTaskForCreatingOrderRenew")
            .is_some()
    );
    let emulator = Arc::into_inner(emulator).unwrap();
    stop(emulator, seed).await;
}

#[tokio::test]
async fn a_paced_call_never_waits_past_its_deadline() {
    // One request a second, and the service says how long to wait.
    let quota = Quota::new().per_action(1.0, 1).retry_after(true);
    let (emulator, seed) = emulator(3, EmulatorConfig::new().quota(quota.clone())).await;
    let client = client(&emulator)
        .operation_timeout(Duration::from_millis(400))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let read = QueryDomainByDomainName::new("paced-0.example");
    client.call(&read).await.expect("the burst of one passes");
    let error = client.call(&read).await.unwrap_err();
    assert!(error.as_service().unwrap().is_throttling(), "{error}");
    assert!(client.paced_rate(READ).is_some());
    let seen = quota.refused() + quota.admitted();
    // Five calls at once: the service asked for about a second, past their 400 ms deadline.
    let started = Instant::now();
    let mut joins = Vec::new();
    for _ in 0..5 {
        let client = client.clone();
        let read = read.clone();
        joins.push(tokio::spawn(async move { client.call(&read).await }));
    }
    for join in joins {
        let outcome = join.await.unwrap();
        assert!(
            matches!(
                outcome,
                Err(Error::Timeout {
                    kind: TimeoutKind::TotalBeforeSending,
                    ..
                })
            ),
            "{outcome:?}"
        );
    }
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_millis(900), "{elapsed:?}");
    // None of them was sent.
    assert_eq!(quota.refused() + quota.admitted(), seen);
    stop(emulator, seed).await;
}
