//! Reads default to idempotent, everything else to not: a query declared without `idempotent` is
//! resent after a 502, and an order declared without it ends in "outcome unknown" after one send.
//! A real HTTP server on 127.0.0.1 answers 502 to the first request and success to the next.

use std::time::Duration;

use aliyun_rpc::{Client, Credentials, Error, GenericResponse, RetryPolicy, Rpc, RpcAction};
use test_support::{Reply, Server};

#[derive(Rpc)]
#[rpc(action = "DescribeThings")]
#[rpc(version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct DescribeThings {
    name: Option<String>,
}

#[derive(Rpc)]
#[rpc(action = "QueryLedger", idempotent = false)]
#[rpc(version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct QueryLedger {}

#[derive(Rpc)]
#[rpc(action = "CreateOrder")]
#[rpc(version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct CreateOrder {
    name: String,
}

#[derive(Rpc)]
#[rpc(action = "CreateToken", idempotent)]
#[rpc(version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct CreateToken {}

#[test]
fn the_default_follows_the_leading_verb_and_an_explicit_key_wins() {
    assert_eq!(
        [
            DescribeThings::IDEMPOTENT,
            QueryLedger::IDEMPOTENT,
            CreateOrder::IDEMPOTENT,
            CreateToken::IDEMPOTENT,
        ],
        [true, false, false, true]
    );
}

/// The workspace's loopback server answering 502 to the first `failures` requests and a success
/// body to the rest; it records the requests and stops when dropped.
fn flaky_server(failures: usize) -> Server {
    Server::start_numbered(move |number, _| {
        if number < failures {
            Reply::status(
                502,
                r#"{"RequestId":"R-BAD","Code":"BadGateway","Message":"upstream"}"#,
            )
        } else {
            Reply::ok(r#"{"RequestId":"R-OK"}"#)
        }
    })
}

fn client(url: &str) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(Credentials::new("test-id", "test-secret"))
        .retry_policy(
            RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_read_declared_without_the_key_is_resent_after_a_502() {
    let server = flaky_server(1);
    let response: GenericResponse = client(&server.url)
        .call(&DescribeThings { name: None })
        .await
        .expect("the second attempt succeeds");
    assert_eq!(response.request_id.as_deref(), Some("R-OK"));
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn an_order_declared_without_the_key_is_sent_once_and_ends_unknown() {
    let server = flaky_server(1);
    let error = client(&server.url)
        .call(&CreateOrder { name: "x".into() })
        .await
        .expect_err("the 502 is ambiguous for an order");
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert_eq!(server.count(), 1);
}
