//! The renewal-workflow tests' view of the workspace's loopback server: it answers each request
//! with what the test says for its action and parameters, counts the calls by action, and stops
//! when dropped.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aliyun_rpc::{Client, ClientBuilder, Credentials, RetryPolicy};
use domain_api::workflow::{Renewal, RenewalReport};
use domain_emulator::Emulator;
use serde_json::{Value, json};
use test_support::{Reply, Server};

/// The expiration every loopback domain starts with.
pub(crate) const EXPIRATION: i64 = 1_800_000_000_000;

/// What the loopback server answers: `(status, body)` for an action and its parameters; every
/// request is also counted by action.
pub(crate) type Answer = dyn Fn(&str, &HashMap<String, String>) -> (u16, Value) + Send + Sync;

/// The workspace's loopback server, answering by action.
pub(crate) struct Loopback {
    pub(crate) url: String,
    server: Server,
}

impl Loopback {
    pub(crate) fn calls(&self, action: &str) -> usize {
        self.server.count_action(action)
    }
}

/// A loopback HTTP/1.1 server on 127.0.0.1 that answers with `answer`, given the action (from
/// `x-acs-action` or `Action`) and the query and form parameters.
pub(crate) async fn loopback(answer: Arc<Answer>) -> Loopback {
    let server = Server::start(move |request| {
        let params: HashMap<String, String> = request.params().into_iter().collect();
        let (status, body) = answer(&request.action(), &params);
        Reply::status(status, body.to_string()).with_content_type("application/json")
    });
    Loopback {
        url: server.url.clone(),
        server,
    }
}

pub(crate) fn client(url: &str) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(Credentials::new("id", "secret"))
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_backoff(Duration::from_millis(5), Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

pub(crate) fn page(kind: &str, items: Vec<Value>) -> Value {
    json!({
        "RequestId": "R",
        "CurrentPageNum": 1,
        "PageSize": 500,
        "TotalItemNum": items.len(),
        "TotalPageNum": 1,
        "NextPage": false,
        "Data": { kind: items },
    })
}

/// A client builder for `emulator`, with its endpoint and credentials.
pub(crate) fn emulator_client(emulator: &Emulator) -> ClientBuilder {
    Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(
            emulator.access_key_id(),
            emulator.access_key_secret(),
        ))
}

/// `QueryDomainByDomainName` for the domain asked about: still at [`EXPIRATION`].
pub(crate) fn domain_at_expiration(params: &HashMap<String, String>) -> (u16, Value) {
    let name = params.get("DomainName").cloned().unwrap_or_default();
    (
        200,
        json!({"RequestId": "R", "DomainName": name, "ExpirationDateLong": EXPIRATION}),
    )
}

/// The answer to an action the loopback server does not know.
pub(crate) fn unknown_action() -> (u16, Value) {
    let body = json!({"RequestId": "R", "Code": "InvalidAction.NotFound", "Message": "?"});
    (400, body)
}

/// `renewal` with the short pauses of the loopback tests (30 ms before reconciling, polls every
/// 20 to 50 ms) and these windows.
pub(crate) fn quick(
    renewal: Renewal,
    order_window: Duration,
    listing_settle: Duration,
    poll_timeout: Duration,
) -> Renewal {
    renewal
        .reconcile_delay(Duration::from_millis(30))
        .order_window(order_window)
        .listing_settle(listing_settle)
        .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
        .poll_timeout(poll_timeout)
}

/// Starts a loopback server answering with `answer` and renews with `renewal` against it.
pub(crate) async fn serve_and_renew(
    answer: Arc<Answer>,
    renewal: Renewal,
) -> (Loopback, RenewalReport) {
    let server = loopback(answer).await;
    let report = plan_and_run(renewal, &client(&server.url)).await;
    (server, report)
}

/// Plans `renewal` (which must succeed) and runs it without watching its progress.
pub(crate) async fn plan_and_run(renewal: Renewal, client: &Client) -> RenewalReport {
    let plan = renewal.plan(client).await.expect("a plan");
    plan.execute(client, &|_| {}).await
}

/// A tracing subscriber at `level` that writes its lines, without colours, through `writer`.
pub(crate) fn subscriber_writing_to<W>(
    level: tracing::Level,
    writer: W,
) -> impl tracing::Subscriber + Send + Sync + 'static
where
    W: for<'writer> tracing_subscriber::fmt::MakeWriter<'writer> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(writer)
        .with_ansi(false)
        .finish()
}
