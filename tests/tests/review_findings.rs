//! Defects found by an adversarial review of the renewal workflow, against a loopback server.

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use domain_api::workflow::{Outcome, Renewal};
use serde_json::{Value, json};
use support::{
    EXPIRATION, client, domain_at_expiration, loopback, page, plan_and_run, quick, serve_and_renew,
    unknown_action,
};

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
                "QueryDomainByDomainName" => domain_at_expiration(params),
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
                _ => unknown_action(),
            }
        }
    };
    let millis = Duration::from_millis;
    let renewal = quick(
        Renewal::domains(["a.example", "b.example"]),
        millis(400),
        millis(400),
        millis(300),
    );
    let (server, report) = serve_and_renew(Arc::new(answer), renewal).await;
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
            "QueryDomainByDomainName" => domain_at_expiration(params),
            "SaveBatchTaskForCreatingOrderRenew" => {
                (200, json!({"RequestId": "R", "TaskNo": "T-9"}))
            }
            "QueryTaskList" => (200, page("TaskInfo", vec![])),
            "QueryTaskDetailList" => (200, details("T-9", &["a.example"])),
            _ => unknown_action(),
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
    let renewal = Renewal::domains(["a.example"])
        .prior_orders([prior])
        .reconcile_delay(Duration::from_millis(30))
        .order_window(Duration::from_millis(300))
        .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
        .poll_timeout(Duration::from_millis(200));
    let report = plan_and_run(renewal, &client).await;
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
                "QueryDomainByDomainName" => domain_at_expiration(params),
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
                _ => unknown_action(),
            }
        }
    };
    // The listing settle is longer than the lag, as the default (5 minutes) is longer than the
    // lag the order window allows; the default was 1 minute, below it (`DEFAULT_LISTING_SETTLE`).
    let millis = Duration::from_millis;
    let renewal = quick(
        Renewal::domains(["a.example"]),
        Duration::from_secs(2),
        millis(1_500),
        millis(300),
    );
    let (_server, report) = serve_and_renew(Arc::new(answer), renewal).await;
    assert!(
        !matches!(report.outcomes[0].outcome, Outcome::Failed { .. }),
        "reported failed although its task exists: {report:?}"
    );
}
