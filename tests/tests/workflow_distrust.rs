//! The renewal workflow trusts no answer unchecked: against a loopback server that answers
//! oddly (an empty task number, an error code beside a task, another domain's name, an
//! expiration that does not move, access denied while polling), and against the emulator for
//! names (Unicode and punycode spellings, an invalid name among good ones).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use aliyun_rpc::{Client, Credentials, RetryPolicy};
use domain_api::workflow::{Outcome, Progress, Renewal};
use domain_emulator::{Emulator, EmulatorConfig};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const DAY_MS: i64 = 86_400_000;
/// The expiration every loopback domain starts with.
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

fn fast(renewal: Renewal) -> Renewal {
    renewal
        .reconcile_delay(Duration::from_millis(30))
        .order_window(Duration::from_millis(300))
        .listing_settle(Duration::from_millis(300))
        .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
        .poll_timeout(Duration::from_secs(20))
}

/// A service whose one account holds `example.com`: it answers reads truthfully (the expiration
/// moves once `renewed` is set, by `moved_by` ms), lists `task` once an order arrived, and
/// answers the order with `order`.
#[derive(Clone)]
struct Service {
    ordered: Arc<Mutex<bool>>,
    moved_by: i64,
    order: (u16, Value),
    details: (u16, Value),
}

impl Service {
    fn new(order: (u16, Value)) -> Service {
        Service {
            ordered: Arc::new(Mutex::new(false)),
            moved_by: 365 * DAY_MS,
            order,
            details: (200, detail_page("T-1", "EXECUTE_SUCCESS")),
        }
    }

    fn answer(&self, action: &str, params: &HashMap<String, String>) -> (u16, Value) {
        let ordered = *self.ordered.lock().unwrap();
        match action {
            "QueryDomainByDomainName" => {
                let expiration = EXPIRATION + if ordered { self.moved_by } else { 0 };
                (
                    200,
                    json!({
                        "RequestId": "R",
                        "DomainName": params.get("DomainName").cloned().unwrap_or_default(),
                        "ExpirationDateLong": expiration,
                    }),
                )
            }
            "SaveBatchTaskForCreatingOrderRenew" => {
                *self.ordered.lock().unwrap() = true;
                self.order.clone()
            }
            "QueryTaskList" => {
                let tasks = if ordered {
                    vec![json!({"TaskNo": "T-1", "TaskNum": 1, "TaskStatus": "COMPLETE"})]
                } else {
                    vec![]
                };
                (200, page("TaskInfo", tasks))
            }
            "QueryTaskDetailList" => self.details.clone(),
            _ => (
                400,
                json!({"RequestId": "R", "Code": "InvalidAction.NotFound", "Message": "?"}),
            ),
        }
    }
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

fn detail_page(task_no: &str, status: &str) -> Value {
    page(
        "TaskDetail",
        vec![json!({"TaskNo": task_no, "DomainName": "example.com", "TaskStatus": status})],
    )
}

async fn serve(service: Service) -> Loopback {
    loopback(Arc::new(
        move |action: &str, params: &HashMap<String, String>| service.answer(action, params),
    ))
    .await
}

#[tokio::test]
async fn an_empty_task_number_is_reconciled_at_once_not_polled_for_minutes() {
    // The order is created, but the answer carries an empty TaskNo; the task is listed.
    let server = serve(Service::new((200, json!({"RequestId": "R", "TaskNo": ""})))).await;
    let client = client(&server.url);
    let plan = fast(Renewal::domains(["example.com"]))
        .plan(&client)
        .await
        .unwrap();
    let started = Instant::now();
    let report = plan.execute(&client, &|_| {}).await;
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "took {:?}",
        started.elapsed()
    );
    let outcome = &report.outcomes[0];
    assert!(
        matches!(outcome.outcome, Outcome::Renewed { .. }),
        "{outcome:?}"
    );
    assert_eq!(outcome.task_no.as_deref(), Some("T-1"), "the task found");
    assert_eq!(server.calls("SaveBatchTaskForCreatingOrderRenew"), 1);
}

#[tokio::test]
async fn an_error_code_beside_a_task_number_is_reconciled_and_the_task_followed() {
    let server = serve(Service::new((
        200,
        json!({"RequestId": "R", "Code": "OrderFailed", "Message": "odd", "TaskNo": "T-1"}),
    )))
    .await;
    let client = client(&server.url);
    let plan = fast(Renewal::domains(["example.com"]))
        .plan(&client)
        .await
        .unwrap();
    let report = plan.execute(&client, &|_| {}).await;
    let outcome = &report.outcomes[0];
    assert!(
        matches!(outcome.outcome, Outcome::Renewed { .. }),
        "{outcome:?}"
    );
    assert_eq!(outcome.task_no.as_deref(), Some("T-1"));
    assert_eq!(server.calls("SaveBatchTaskForCreatingOrderRenew"), 1);
}

#[tokio::test]
async fn a_success_without_the_expiration_moving_is_not_reported_renewed() {
    let server = serve(Service {
        moved_by: 0,
        ..Service::new((200, json!({"RequestId": "R", "TaskNo": "T-1"})))
    })
    .await;
    let client = client(&server.url);
    let plan = fast(Renewal::domains(["example.com"]))
        .plan(&client)
        .await
        .unwrap();
    let report = plan.execute(&client, &|_| {}).await;
    let Outcome::Unknown { reason, .. } = &report.outcomes[0].outcome else {
        panic!("{report:#?}")
    };
    assert!(reason.contains("did not move"), "{reason}");
}

#[tokio::test]
async fn access_denied_while_polling_stops_the_run_at_once() {
    let server = serve(Service {
        details: (
            403,
            json!({"RequestId": "R", "Code": "Forbidden.RAM", "Message": "User not authorized to operate on the specified resource."}),
        ),
        ..Service::new((200, json!({"RequestId": "R", "TaskNo": "T-1"})))
    })
    .await;
    let client = client(&server.url);
    let plan = fast(Renewal::domains(["example.com"]))
        .plan(&client)
        .await
        .unwrap();
    let stopped = Mutex::new(None);
    let started = Instant::now();
    let report = plan
        .execute(&client, &|event| {
            if let Progress::Stopped { reason } = event {
                *stopped.lock().unwrap() = Some(reason);
            }
        })
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    let reason = stopped
        .into_inner()
        .unwrap()
        .expect("the run says it stopped");
    assert!(reason.contains("Forbidden.RAM"), "{reason}");
    let Outcome::Unknown { reason, .. } = &report.outcomes[0].outcome else {
        panic!("{report:#?}")
    };
    assert!(reason.contains("Forbidden.RAM"), "{reason}");
}

#[tokio::test]
async fn only_the_names_asked_are_ordered() {
    let server = loopback(Arc::new(|action: &str, _: &HashMap<String, String>| {
        match action {
            // Asked about one domain, the service answers about another.
            "QueryDomainByDomainName" => (
                200,
                json!({"RequestId": "R", "DomainName": "someone-else.com", "ExpirationDateLong": EXPIRATION}),
            ),
            "QueryTaskList" => (200, page("TaskInfo", vec![])),
            _ => (200, json!({"RequestId": "R", "TaskNo": "T-1"})),
        }
    }))
    .await;
    let client = client(&server.url);
    let plan = fast(Renewal::domains(["example.com"]))
        .plan(&client)
        .await
        .unwrap();
    assert!(plan.entries.is_empty(), "{:?}", plan.entries);
    let Outcome::Failed { reason } = &plan.refused[0].outcome else {
        panic!("{:?}", plan.refused)
    };
    assert!(reason.contains("someone-else.com"), "{reason}");
    let _ = plan.execute(&client, &|_| {}).await;
    assert_eq!(server.calls("SaveBatchTaskForCreatingOrderRenew"), 0);
}

fn emulator_client(emulator: &Emulator) -> Client {
    Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(
            emulator.access_key_id(),
            emulator.access_key_secret(),
        ))
        .build()
        .unwrap()
}

#[tokio::test]
async fn unicode_and_punycode_spellings_are_one_domain_and_a_bad_name_fails_alone() {
    let emulator = Emulator::start(EmulatorConfig::new().task_step(Duration::from_millis(20)))
        .await
        .unwrap();
    let client = emulator_client(&emulator);
    let too_long = format!("{}.com", "x".repeat(300));
    let plan = fast(Renewal::domains([
        "demo-一.cn",
        "XN--demo--kg1h.cn.",
        too_long.as_str(),
        "my-blog.net",
    ]))
    .plan(&client)
    .await
    .expect("one bad name does not fail the others");
    assert_eq!(plan.entries.len(), 2, "{:?}", plan.entries);
    assert_eq!(plan.refused.len(), 1, "{:?}", plan.refused);
    assert_eq!(plan.refused[0].domain_name, too_long);
    let report = plan.execute(&client, &|_| {}).await;
    assert_eq!(report.counts(), (2, 1, 0), "{report:#?}");
    assert_eq!(emulator.orders_for("demo-一.cn"), 1);
    assert_eq!(emulator.orders_for("my-blog.net"), 1);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert!(emulator.domain("demo-一.cn").unwrap().expiration_date_long > now + 365 * DAY_MS);
    emulator.shutdown().await.unwrap();
}
