//! Defects found by an adversarial review of the renewal workflow, against a loopback server.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aliyun_rpc::{Client, Credentials, RetryPolicy};
use domain_api::workflow::{Outcome, Renewal};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The expiration every loopback domain has (their task never finishes here).
const EXPIRATION: i64 = 1_800_000_000_000;

/// What the loopback server answers: `(status, body)` for an action and its parameters; every
/// request is also counted by action.
type Answer = dyn Fn(&str, &HashMap<String, String>) -> (u16, Value) + Send + Sync;

struct Loopback {
    url: String,
    calls: Arc<Mutex<HashMap<String, usize>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Loopback {
    fn calls(&self, action: &str) -> usize {
        self.calls.lock().unwrap().get(action).copied().unwrap_or(0)
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn pairs(text: &str, into: &mut HashMap<String, String>) {
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        into.insert(percent_decode(name), percent_decode(value));
    }
}

/// A one-request-per-connection HTTP/1.1 server on 127.0.0.1 that answers with `answer`.
async fn loopback(answer: Arc<Answer>) -> Loopback {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let calls = Arc::new(Mutex::new(HashMap::new()));
    let counted = calls.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let answer = answer.clone();
            let counted = counted.clone();
            tokio::spawn(async move {
                let mut buffer = Vec::new();
                let mut chunk = [0u8; 8192];
                let (head_end, length) = loop {
                    let Ok(read) = stream.read(&mut chunk).await else {
                        return;
                    };
                    if read == 0 {
                        return;
                    }
                    buffer.extend_from_slice(&chunk[..read]);
                    if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
                        let length = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        break (end + 4, length);
                    }
                };
                while buffer.len() < head_end + length {
                    let Ok(read) = stream.read(&mut chunk).await else {
                        return;
                    };
                    if read == 0 {
                        break;
                    }
                    buffer.extend_from_slice(&chunk[..read]);
                }
                let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
                let mut params = HashMap::new();
                let target = head.split_whitespace().nth(1).unwrap_or("/");
                if let Some((_, query)) = target.split_once('?') {
                    pairs(query, &mut params);
                }
                pairs(&String::from_utf8_lossy(&buffer[head_end..]), &mut params);
                let action = head
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .starts_with("x-acs-action:")
                            .then(|| l[13..].trim().to_owned())
                    })
                    .or_else(|| params.get("Action").cloned())
                    .unwrap_or_default();
                *counted.lock().unwrap().entry(action.clone()).or_insert(0) += 1;
                let (status, body) = answer(&action, &params);
                let body = body.to_string();
                let response = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    Loopback { url, calls, task }
}

fn client(url: &str) -> Client {
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

fn page(kind: &str, items: Vec<Value>) -> Value {
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

fn details(task_no: &str, names: &[&str]) -> Value {
    page(
        "TaskDetail",
        names
            .iter()
            .map(|name| json!({"TaskNo": task_no, "DomainName": name, "TaskStatus": "EXECUTING"}))
            .collect(),
    )
}

/// The first order's answer is lost (503 after it was created); its task is listed at once, but
/// the first read of its details shows only one of its two domains, as a listing still being
/// filled in would. That task must not be ruled out for good: once its details are complete it
/// is the order's, and the order is never sent again.
#[tokio::test]
async fn a_task_whose_details_are_still_filling_in_is_not_ruled_out() {
    let orders = Arc::new(Mutex::new(0usize));
    let detail_reads = Arc::new(Mutex::new(0usize));
    let answer = {
        let (orders, detail_reads) = (orders.clone(), detail_reads.clone());
        move |action: &str, params: &HashMap<String, String>| -> (u16, Value) {
            let ordered = *orders.lock().unwrap();
            match action {
                "QueryDomainByDomainName" => (
                    200,
                    json!({
                        "RequestId": "R",
                        "DomainName": params.get("DomainName").cloned().unwrap_or_default(),
                        "ExpirationDateLong": EXPIRATION,
                    }),
                ),
                "SaveBatchTaskForCreatingOrderRenew" => {
                    let mut orders = orders.lock().unwrap();
                    *orders += 1;
                    if *orders == 1 {
                        (
                            503,
                            json!({"RequestId": "R", "Code": "ServiceUnavailable", "Message": "busy"}),
                        )
                    } else {
                        (
                            200,
                            json!({"RequestId": "R", "TaskNo": format!("T-{orders}")}),
                        )
                    }
                }
                "QueryTaskList" => {
                    let tasks = (1..=ordered)
                        .map(|n| json!({"TaskNo": format!("T-{n}"), "TaskNum": 2}))
                        .collect();
                    (200, page("TaskInfo", tasks))
                }
                "QueryTaskDetailList" => {
                    let task_no = params.get("TaskNo").cloned().unwrap_or_default();
                    let mut reads = detail_reads.lock().unwrap();
                    *reads += 1;
                    if *reads == 1 {
                        (200, details(&task_no, &["a.example"]))
                    } else {
                        (200, details(&task_no, &["a.example", "b.example"]))
                    }
                }
                _ => (
                    400,
                    json!({"RequestId": "R", "Code": "InvalidAction.NotFound", "Message": "?"}),
                ),
            }
        }
    };
    let server = loopback(Arc::new(answer)).await;
    let client = client(&server.url);
    let plan = Renewal::domains(["a.example", "b.example"])
        .reconcile_delay(Duration::from_millis(30))
        .order_window(Duration::from_millis(400))
        .listing_settle(Duration::from_millis(400))
        .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
        .poll_timeout(Duration::from_millis(300))
        .plan(&client)
        .await
        .unwrap();
    let report = plan.execute(&client, &|_| {}).await;
    assert_eq!(
        server.calls("SaveBatchTaskForCreatingOrderRenew"),
        1,
        "the order was sent again: {report:?}"
    );
    for outcome in &report.outcomes {
        assert_eq!(outcome.task_no.as_deref(), Some("T-1"), "{outcome:?}");
        assert!(
            matches!(outcome.outcome, Outcome::Unknown { .. }),
            "still running when polling stopped: {outcome:?}"
        );
    }
}

/// A caller's prior order (from a damaged journal) sent at the earliest time an `i64` holds: the
/// run neither panics on the arithmetic of its listing window nor loses the domain.
#[tokio::test]
async fn a_prior_order_with_an_absurd_send_time_does_not_panic() {
    use domain_api::workflow::{OrderState, OrderedDomain, PlacedOrder};
    let answer = |action: &str, params: &HashMap<String, String>| -> (u16, Value) {
        match action {
            "QueryDomainByDomainName" => (
                200,
                json!({
                    "RequestId": "R",
                    "DomainName": params.get("DomainName").cloned().unwrap_or_default(),
                    "ExpirationDateLong": EXPIRATION,
                }),
            ),
            "SaveBatchTaskForCreatingOrderRenew" => {
                (200, json!({"RequestId": "R", "TaskNo": "T-9"}))
            }
            "QueryTaskList" => (200, page("TaskInfo", vec![])),
            "QueryTaskDetailList" => (200, details("T-9", &["a.example"])),
            _ => (
                400,
                json!({"RequestId": "R", "Code": "InvalidAction.NotFound", "Message": "?"}),
            ),
        }
    };
    let server = loopback(Arc::new(answer)).await;
    let client = client(&server.url);
    let prior = PlacedOrder {
        id: "damaged".into(),
        domains: vec![OrderedDomain {
            domain_name: "a.example".into(),
            years: 1,
            expiration_before_ms: EXPIRATION,
        }],
        submitted_ms: i64::MIN,
        answered_ms: Some(0),
        state: OrderState::Ambiguous,
        task_no: None,
        request_id: None,
        tasks_before: vec![],
    };
    let plan = Renewal::domains(["a.example"])
        .prior_orders([prior])
        .reconcile_delay(Duration::from_millis(30))
        .order_window(Duration::from_millis(300))
        .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
        .poll_timeout(Duration::from_millis(200))
        .plan(&client)
        .await
        .unwrap();
    let report = plan.execute(&client, &|_| {}).await;
    assert_eq!(report.outcomes.len(), 1, "{report:?}");
    assert!(
        matches!(report.outcomes[0].outcome, Outcome::Unknown { .. }),
        "{report:?}"
    );
}

/// The service answers the order with an error code although it created it, and its task is
/// listed only after a lag. Within `listing_settle` the task is found and followed; the default
/// settle is now the whole listing lag the order window allows (5 minutes; it was 1 minute, so a
/// task listed after 90 s had its domain reported `failed`, and a re-run ordered it again).
#[tokio::test]
async fn an_error_answer_whose_task_is_listed_late_is_not_reported_failed() {
    let ordered_at = Arc::new(Mutex::new(None::<std::time::Instant>));
    let answer = {
        let ordered_at = ordered_at.clone();
        move |action: &str, params: &HashMap<String, String>| -> (u16, Value) {
            let listed = ordered_at
                .lock()
                .unwrap()
                .is_some_and(|at| at.elapsed() > Duration::from_millis(800));
            match action {
                "QueryDomainByDomainName" => (
                    200,
                    json!({
                        "RequestId": "R",
                        "DomainName": params.get("DomainName").cloned().unwrap_or_default(),
                        "ExpirationDateLong": EXPIRATION,
                    }),
                ),
                "SaveBatchTaskForCreatingOrderRenew" => {
                    *ordered_at.lock().unwrap() = Some(std::time::Instant::now());
                    (
                        400,
                        json!({"RequestId": "R", "Code": "OrderFailed", "Message": "odd", "TaskNo": "T-1"}),
                    )
                }
                "QueryTaskList" => {
                    let tasks = if listed {
                        vec![json!({"TaskNo": "T-1", "TaskNum": 1})]
                    } else {
                        vec![]
                    };
                    (200, page("TaskInfo", tasks))
                }
                "QueryTaskDetailList" => (200, details("T-1", &["a.example"])),
                _ => (
                    400,
                    json!({"RequestId": "R", "Code": "InvalidAction.NotFound", "Message": "?"}),
                ),
            }
        }
    };
    let server = loopback(Arc::new(answer)).await;
    let client = client(&server.url);
    let plan = Renewal::domains(["a.example"])
        .reconcile_delay(Duration::from_millis(30))
        .order_window(Duration::from_secs(2))
        // Longer than the lag, as the default (5 minutes) is longer than the lag the order
        // window allows; the default was 1 minute, below it (`DEFAULT_LISTING_SETTLE`).
        .listing_settle(Duration::from_millis(1_500))
        .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
        .poll_timeout(Duration::from_millis(300))
        .plan(&client)
        .await
        .unwrap();
    let report = plan.execute(&client, &|_| {}).await;
    assert!(
        !matches!(report.outcomes[0].outcome, Outcome::Failed { .. }),
        "reported failed although its task exists: {report:?}"
    );
}
