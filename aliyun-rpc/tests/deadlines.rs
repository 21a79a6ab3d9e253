//! Every call ends by its deadline, however a server on 127.0.0.1 drags its answer out: the
//! headers a byte at a time, the body a byte at a time, no answer at all, or a chunked body that
//! never ends. The read timeout of the HTTP stack starts again with every byte, so only the
//! attempt and operation timeouts bound these; and a paid order cut short by one is never resent.

mod support;

use std::time::{Duration, Instant};

use aliyun_rpc::{Client, Credentials, Error, RetryPolicy, Rpc, TimeoutKind};
use serde::Deserialize;
use support::{Delivery, slow_server};

/// An idempotent read: resent after an ambiguous failure.
#[derive(Debug, Rpc)]
#[rpc(action = "QueryTaskList", idempotent)]
#[rpc(version = "2018-01-29", endpoint = "domain.aliyuncs.com")]
struct QueryTaskList {
    page_num: u32,
}

/// A paid order: never resent after an ambiguous failure.
#[derive(Debug, Rpc)]
#[rpc(action = "SaveBatchTaskForCreatingOrderRenew", response = Renewal)]
#[rpc(version = "2018-01-29", endpoint = "domain.aliyuncs.com")]
struct Renew {
    coupon_no: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct Renewal {
    task_no: String,
}

/// The slack allowed past a deadline: scheduling on a loaded two-core machine, not work.
const MARGIN: Duration = Duration::from_millis(1500);
/// One step of a slow server: well inside the read timeout below, so that never fires.
const DRIP: Duration = Duration::from_millis(100);
/// The read timeout of these clients: longer than a drip, so only a total bound can stop them.
const READ_TIMEOUT: Duration = Duration::from_millis(600);

/// The ways a server drags a complete answer out, each step one [`DRIP`] apart.
const SLOW_PATTERNS: [Delivery; 3] = [
    Delivery::HeadByteByByte(DRIP),
    Delivery::BodyByteByByte(DRIP),
    Delivery::EndlessChunks(DRIP),
];

/// A client for `url` whose read timeout never fires against a dripping server, with retries
/// that would go on for long without a bound.
fn client(url: &str) -> aliyun_rpc::ClientBuilder {
    Client::builder()
        .endpoint(url)
        .credentials(Credentials::new("test-id", "test-secret"))
        .read_timeout(READ_TIMEOUT)
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(50)
                .with_backoff(Duration::from_millis(10), Duration::from_millis(50)),
        )
}

fn query() -> QueryTaskList {
    QueryTaskList { page_num: 1 }
}

fn is_timeout(error: &Error, expected: TimeoutKind) -> bool {
    let error = match error {
        Error::OutcomeUnknown { cause, .. } => cause,
        other => other,
    };
    matches!(error, Error::Timeout { kind, .. } if *kind == expected)
}

/// Runs `call`, which a slow server must make fail, and asserts that it ended within `bound`
/// plus the margin; returns its error.
async fn fails_within<T: std::fmt::Debug>(
    bound: Duration,
    what: impl std::fmt::Debug,
    call: impl Future<Output = Result<T, Error>>,
) -> Error {
    let started = Instant::now();
    let error = call.await.expect_err("a slow server cannot answer in time");
    let took = started.elapsed();
    assert!(took < bound + MARGIN, "{what:?}: took {took:?}");
    error
}

#[tokio::test]
async fn the_operation_timeout_ends_a_call_to_a_dripping_server_in_time() {
    for slowness in SLOW_PATTERNS {
        let server = slow_server(slowness);
        let bound = Duration::from_secs(1);
        let client = client(&server.url)
            .operation_timeout(bound)
            .build()
            .unwrap();
        let error = fails_within(bound, slowness, client.call(&query())).await;
        assert!(
            is_timeout(&error, TimeoutKind::Total),
            "{slowness:?}: {error:?}"
        );
        assert!(!error.request_not_sent(), "{slowness:?}: it was sent");
        assert!(
            error
                .to_string()
                .contains("QueryTaskList timed out: total timeout"),
            "{error}"
        );
    }
}

#[tokio::test]
async fn the_attempt_timeout_covers_the_headers_and_the_whole_body() {
    for slowness in SLOW_PATTERNS {
        let server = slow_server(slowness);
        let client = client(&server.url)
            .attempt_timeout(Duration::from_millis(400))
            .retry_policy(RetryPolicy::disabled())
            .build()
            .unwrap();
        let error = fails_within(Duration::from_millis(400), slowness, client.call(&query())).await;
        assert!(
            is_timeout(&error, TimeoutKind::Attempt),
            "{slowness:?}: {error:?}"
        );
        assert_eq!(server.count(), 1);
    }
}

#[tokio::test]
async fn an_idempotent_query_is_retried_after_slow_attempts_until_the_deadline() {
    let server = slow_server(Delivery::BodyByteByByte(DRIP));
    let bound = Duration::from_millis(1500);
    let client = client(&server.url)
        .attempt_timeout(Duration::from_millis(300))
        .operation_timeout(bound)
        .build()
        .unwrap();
    let error = fails_within(bound, "the call", client.call(&query())).await;
    assert!(
        is_timeout(&error, TimeoutKind::Attempt) || is_timeout(&error, TimeoutKind::Total),
        "{error:?}"
    );
    assert!(server.count() >= 2, "{} attempts", server.count());
}

#[tokio::test]
async fn a_paid_order_cut_short_by_any_deadline_is_never_resent_and_its_outcome_is_unknown() {
    for slowness in [
        Delivery::HeadByteByByte(DRIP),
        Delivery::BodyByteByByte(DRIP),
        Delivery::Stall,
        Delivery::EndlessChunks(DRIP),
    ] {
        // The attempt timeout, then the operation timeout, each cutting the only attempt short.
        for (attempt, operation, kind) in [
            (
                Duration::from_millis(300),
                Duration::from_secs(5),
                TimeoutKind::Attempt,
            ),
            (
                Duration::from_secs(5),
                Duration::from_millis(300),
                TimeoutKind::Total,
            ),
        ] {
            let server = slow_server(slowness);
            let client = client(&server.url)
                .attempt_timeout(attempt)
                .operation_timeout(operation)
                .build()
                .unwrap();
            let error = fails_within(
                attempt.min(operation),
                slowness,
                client.call(&Renew { coupon_no: None }),
            )
            .await;
            assert!(
                matches!(error, Error::OutcomeUnknown { attempts: 1, .. }),
                "{slowness:?}/{kind:?}: {error:?}"
            );
            assert!(is_timeout(&error, kind), "{slowness:?}/{kind:?}: {error:?}");
            assert_eq!(server.count(), 1, "{slowness:?}: never resent");
        }
    }
}

#[tokio::test]
async fn a_stalled_connection_ends_with_the_read_timeout_or_the_deadline() {
    let server = slow_server(Delivery::Stall);
    let bound = Duration::from_secs(1);
    // A patient client ends at the deadline; with a short read timeout, silence is a read
    // timeout, retried until the deadline.
    for (read_timeout, kinds) in [
        (Duration::from_secs(30), &[TimeoutKind::Total][..]),
        (
            Duration::from_millis(200),
            &[TimeoutKind::Read, TimeoutKind::Total],
        ),
    ] {
        let client = client(&server.url)
            .read_timeout(read_timeout)
            .operation_timeout(bound)
            .build()
            .unwrap();
        let error = fails_within(bound, read_timeout, client.call(&query())).await;
        assert!(
            kinds.iter().any(|kind| is_timeout(&error, *kind)),
            "{read_timeout:?}: {error:?}"
        );
    }
}

#[tokio::test]
async fn a_fast_endless_chunked_body_is_refused_at_the_size_limit_not_buffered() {
    let server = slow_server(Delivery::EndlessChunks(Duration::ZERO));
    let client = client(&server.url)
        .max_response_bytes(256 * 1024)
        .retry_policy(RetryPolicy::disabled())
        .operation_timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let error = client
        .call(&query())
        .await
        .expect_err("the body is too large");
    let Error::Response(response) = &error else {
        panic!("{error:?}")
    };
    assert!(response.reason().contains("larger than"), "{error}");
}

#[tokio::test]
async fn the_retry_policy_total_timeout_still_bounds_a_call_when_shorter() {
    let server = slow_server(Delivery::BodyByteByByte(DRIP));
    let bound = Duration::from_millis(700);
    let client = client(&server.url).build().unwrap();
    let policy = RetryPolicy::default().with_total_timeout(bound);
    let error = fails_within(bound, "the call", client.call_with(&query(), &policy)).await;
    assert!(is_timeout(&error, TimeoutKind::Total), "{error:?}");
}

/// Credentials that never arrive: a metadata service that accepts and never answers.
#[derive(Debug)]
struct NeverArriving;

impl aliyun_rpc::ProvideCredentials for NeverArriving {
    fn provide_credentials(&self) -> aliyun_rpc::credentials::CredentialsFuture<'_> {
        Box::pin(std::future::pending())
    }
}

#[tokio::test]
async fn a_deadline_passed_while_fetching_credentials_is_known_not_to_have_sent_the_order() {
    let server = slow_server(Delivery::Stall);
    let bound = Duration::from_millis(500);
    let client = Client::builder()
        .endpoint(&server.url)
        .credentials(NeverArriving)
        .build()
        .unwrap();
    let policy = RetryPolicy::default().with_total_timeout(bound);
    let error = fails_within(
        bound,
        "the call",
        client.call_with(&Renew { coupon_no: None }, &policy),
    )
    .await;
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::TotalBeforeSending,
                ..
            }
        ),
        "not an unknown outcome: nothing was sent: {error:?}"
    );
    assert!(error.request_not_sent());
    assert_eq!(server.count(), 0);
}

#[test]
fn a_default_client_bounds_every_attempt_and_every_call() {
    // The read timeout alone bounds nothing against a server that drips: these do.
    assert!(aliyun_rpc::DEFAULT_ATTEMPT_TIMEOUT < Duration::from_secs(300));
    assert!(aliyun_rpc::DEFAULT_OPERATION_TIMEOUT < Duration::from_secs(600));
    assert!(aliyun_rpc::DEFAULT_ATTEMPT_TIMEOUT > aliyun_rpc::DEFAULT_READ_TIMEOUT);
    assert!(aliyun_rpc::DEFAULT_OPERATION_TIMEOUT > aliyun_rpc::DEFAULT_ATTEMPT_TIMEOUT);
}
