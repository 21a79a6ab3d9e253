//! Pacing against a hostile server: a throttling answer asking for an absurd pause neither
//! panics nor holds a call past its deadline.

mod support;

use std::time::{Duration, Instant};

use aliyun_rpc::{Client, Credentials, Error, Pacing, RetryPolicy, Rpc, TimeoutKind};
use support::{Reply, Server};

/// A query of a made-up product, paced like any other action.
#[derive(Debug, Rpc)]
#[rpc(action = "ListWidgets", idempotent)]
#[rpc(version = "2020-01-01", endpoint = "widgets.example.com")]
struct ListWidgets {
    page_size: Option<u32>,
}

const THROTTLED: &str = r#"{"RequestId":"R-1","Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#;

#[tokio::test]
async fn an_absurd_retry_after_neither_panics_nor_holds_a_call_past_its_deadline() {
    let server = Server::start(|_| {
        Reply::status(400, THROTTLED).with_header("x-acs-retry-after", "18446744073709551615")
    });
    let client = Client::builder()
        .endpoint(server.url.as_str())
        .credentials(Credentials::new("test-id", "test-secret"))
        .retry_policy(RetryPolicy::disabled())
        .operation_timeout(Duration::from_millis(300))
        .pacing(Pacing::adaptive())
        .build()
        .unwrap();
    let first = client
        .call(&ListWidgets { page_size: None })
        .await
        .unwrap_err();
    assert!(
        first.as_service().is_some_and(|e| e.is_throttling()),
        "{first}"
    );
    assert!(client.paced_rate("ListWidgets").is_some());
    // The pause asked for is far past the deadline: the call ends there, nothing sent.
    let started = Instant::now();
    let second = client
        .call(&ListWidgets { page_size: None })
        .await
        .unwrap_err();
    assert!(
        matches!(
            second,
            Error::Timeout {
                kind: TimeoutKind::TotalBeforeSending,
                ..
            }
        ),
        "{second:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn settings_that_cannot_pace_are_refused_when_the_client_is_built() {
    let bad: [fn(&mut Pacing); 7] = [
        |p| p.min_rate = 0.0,
        |p| p.min_rate = f64::NAN,
        |p| p.decrease = 1.0,
        |p| p.headroom = 0.0,
        |p| p.probe_step = 2.0,
        |p| p.window = Duration::ZERO,
        |p| p.quiet_period = Duration::MAX,
    ];
    for spoil in bad {
        let mut pacing = Pacing::adaptive();
        spoil(&mut pacing);
        let built = Client::builder()
            .credentials(Credentials::new("test-id", "test-secret"))
            .pacing(pacing.clone())
            .build();
        match built {
            Err(Error::Config(message)) => assert!(message.starts_with("pacing: "), "{message}"),
            other => panic!("{pacing:?}: {other:?}"),
        }
    }
    assert!(
        Client::builder()
            .credentials(Credentials::new("test-id", "test-secret"))
            .pacing(Pacing::adaptive())
            .build()
            .is_ok()
    );
}
