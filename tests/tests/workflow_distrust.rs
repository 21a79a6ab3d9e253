//! The renewal workflow trusts no answer unchecked: against a loopback server that answers
//! oddly (an empty task number, an error code beside a task, another domain's name, an
//! expiration that does not move, access denied while polling), and against the emulator for
//! names (Unicode and punycode spellings, an invalid name among good ones).

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use domain_api::workflow::{Outcome, Progress, Renewal, RenewalPlan, RenewalReport};
use domain_emulator::{Emulator, EmulatorConfig};
use serde_json::{Value, json};
use support::{
    EXPIRATION, Loopback, client, emulator_client, loopback, page, quick, unknown_action,
};

const DAY_MS: i64 = 86_400_000;
/// A client for `server` and its plan to renew `example.com`.
async fn plan_example_com(server: &Loopback) -> (aliyun_rpc::Client, RenewalPlan) {
    let client = client(&server.url);
    let plan = fast(Renewal::domains(["example.com"]))
        .plan(&client)
        .await
        .unwrap();
    (client, plan)
}

/// Plans and runs the renewal of `example.com` against `server`.
async fn renew_example_com(server: &Loopback) -> RenewalReport {
    let (client, plan) = plan_example_com(server).await;
    plan.execute(&client, &|_| {}).await
}

fn fast(renewal: Renewal) -> Renewal {
    let millis = Duration::from_millis;
    quick(renewal, millis(300), millis(300), Duration::from_secs(20))
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
            _ => unknown_action(),
        }
    }
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
    let (client, plan) = plan_example_com(&server).await;
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
    let report = renew_example_com(&server).await;
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
    let report = renew_example_com(&server).await;
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
    let (client, plan) = plan_example_com(&server).await;
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
    let (client, plan) = plan_example_com(&server).await;
    assert!(plan.entries.is_empty(), "{:?}", plan.entries);
    let Outcome::Failed { reason } = &plan.refused[0].outcome else {
        panic!("{:?}", plan.refused)
    };
    assert!(reason.contains("someone-else.com"), "{reason}");
    let _ = plan.execute(&client, &|_| {}).await;
    assert_eq!(server.calls("SaveBatchTaskForCreatingOrderRenew"), 0);
}

#[tokio::test]
async fn unicode_and_punycode_spellings_are_one_domain_and_a_bad_name_fails_alone() {
    let emulator = Emulator::start(EmulatorConfig::new().task_step(Duration::from_millis(20)))
        .await
        .unwrap();
    let client = emulator_client(&emulator).build().unwrap();
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
