//! Reads default to idempotent, everything else to not: a query declared without `idempotent` is
//! resent after a 502, and an order declared without it ends in "outcome unknown" after one send.
//! A real HTTP server on 127.0.0.1 answers 502 to the first request and success to the next.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use aliyun_rpc::{Client, Credentials, Error, GenericResponse, RetryPolicy, Rpc, RpcAction};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[derive(Rpc)]
#[rpc(
    action = "DescribeThings",
    version = "2020-01-01",
    endpoint = "example.aliyuncs.com"
)]
struct DescribeThings {
    name: Option<String>,
}

#[derive(Rpc)]
#[rpc(
    action = "QueryLedger",
    version = "2020-01-01",
    endpoint = "example.aliyuncs.com",
    idempotent = false
)]
struct QueryLedger {}

#[derive(Rpc)]
#[rpc(
    action = "CreateOrder",
    version = "2020-01-01",
    endpoint = "example.aliyuncs.com"
)]
struct CreateOrder {
    name: String,
}

#[derive(Rpc)]
#[rpc(
    action = "CreateToken",
    version = "2020-01-01",
    endpoint = "example.aliyuncs.com",
    idempotent
)]
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

/// A loopback server that answers 502 to the first `failures` requests and a success body to
/// the rest; it counts requests and stops when the test drops its task.
async fn flaky_server(failures: usize) -> (String, Arc<AtomicUsize>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    let server = tokio::spawn(async move {
        // Bounded: no test sends more than a handful of requests.
        for _ in 0..16 {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let mut request = Vec::new();
            let mut buffer = [0u8; 4096];
            // Read until the end of the headers; these requests carry no body (GET or a short
            // POST whose body arrives with the headers).
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buffer).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buffer[..n]),
                }
            }
            let number = counter.fetch_add(1, Ordering::SeqCst);
            let (status, body) = if number < failures {
                (
                    "502 Bad Gateway",
                    r#"{"RequestId":"R-BAD","Code":"BadGateway","Message":"upstream"}"#,
                )
            } else {
                ("200 OK", r#"{"RequestId":"R-OK"}"#)
            };
            let answer = format!(
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(answer.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    (url, seen, server)
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
    let (url, seen, server) = flaky_server(1).await;
    let response: GenericResponse = client(&url)
        .call(&DescribeThings { name: None })
        .await
        .expect("the second attempt succeeds");
    assert_eq!(response.request_id.as_deref(), Some("R-OK"));
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    server.abort();
}

#[tokio::test]
async fn an_order_declared_without_the_key_is_sent_once_and_ends_unknown() {
    let (url, seen, server) = flaky_server(1).await;
    let error = client(&url)
        .call(&CreateOrder { name: "x".into() })
        .await
        .expect_err("the 502 is ambiguous for an order");
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert_eq!(seen.load(Ordering::SeqCst), 1);
    server.abort();
}
