//! The HTTP admin endpoints under `/_emulator/`: health, calls, clock, task stepping, faults and
//! reset, kept apart from the API.

mod support;

use domain_emulator::{DomainRecord, Emulator};
use serde_json::{Value, json};
use support::call;

async fn admin(method: reqwest::Method, url: String, body: Option<Value>) -> (u16, Value) {
    let client = reqwest::Client::new();
    let mut request = client.request(method, url);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let response = request.send().await.expect("the emulator answers");
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn emulator() -> Emulator {
    support::emulator_holding([DomainRecord::expiring_in_days("a.com", 10)]).await
}

#[tokio::test]
async fn admin_endpoints_report_control_and_reset_the_emulator() {
    let emulator = emulator().await;
    let root = emulator.admin_url();
    use reqwest::Method;
    let (status, health) = admin(Method::GET, format!("{root}/health"), None).await;
    assert_eq!(status, 200);
    assert_eq!(
        (health["status"].as_str(), health["domains"].as_u64()),
        (Some("ok"), Some(1))
    );

    let task_no = support::renew(&emulator, "a.com").await;
    let (_, calls) = admin(Method::GET, format!("{root}/calls"), None).await;
    let calls = calls["calls"].as_array().unwrap().clone();
    let actions: Vec<&str> = calls
        .iter()
        .map(|c| c["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "QueryDomainByDomainName",
            "SaveBatchTaskForCreatingOrderRenew"
        ]
    );
    assert_eq!(calls[1]["outcome"], "success");
    assert_eq!(
        calls[1]["parameters"]["OrderRenewParam.1.DomainName"],
        "a.com"
    );
    assert!(calls[1]["parameters"].get("Signature").is_none());

    let (status, clock) = admin(
        Method::POST,
        format!("{root}/clock"),
        Some(json!({ "advance_ms": 2 * 3_600_000 })),
    )
    .await;
    assert_eq!(status, 200, "{clock}");
    assert_eq!(clock["offset_ms"], 2 * 3_600_000);
    let (_, health) = admin(Method::GET, format!("{root}/health"), None).await;
    assert_eq!(health["pending_tasks"], 0, "{health}");
    let (status, body) = call(
        &emulator,
        "QueryTaskDetailList",
        &[
            ("TaskNo", task_no),
            ("PageNum", "1".to_owned()),
            ("PageSize", "10".to_owned()),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        body["Data"]["TaskDetail"][0]["TaskStatus"],
        "EXECUTE_SUCCESS"
    );

    let (status, _) = admin(
        Method::POST,
        format!("{root}/faults"),
        Some(json!({ "action": "QueryDomainList", "server_error_rate": 2.0 })),
    )
    .await;
    assert_eq!(status, 400, "a rate above 1 is refused");
    let (status, _) = admin(
        Method::POST,
        format!("{root}/faults"),
        Some(json!({ "action": "QueryDomainList", "throttle_rate": 1.0 })),
    )
    .await;
    assert_eq!(status, 200);
    let listing = [("PageNum", "1".to_owned()), ("PageSize", "5".to_owned())];
    let (_, body) = call(&emulator, "QueryDomainList", &listing).await;
    assert_eq!(body["Code"], "Throttling.User");
    let (status, _) = admin(Method::DELETE, format!("{root}/faults"), None).await;
    assert_eq!(status, 200);
    assert_eq!(call(&emulator, "QueryDomainList", &listing).await.0, 200);

    let (status, _) = admin(Method::POST, format!("{root}/reset"), None).await;
    assert_eq!(status, 200);
    let (_, health) = admin(Method::GET, format!("{root}/health"), None).await;
    assert_eq!(
        (health["tasks"].as_u64(), health["calls"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(health["clock_offset_ms"], 0);
    assert_eq!(emulator.orders_for("a.com"), 0);
    // Admin requests are neither recorded nor counted as API requests.
    let (status, _) = admin(Method::DELETE, format!("{root}/calls"), None).await;
    assert_eq!(status, 200);
    assert!(emulator.calls().is_empty());
}

#[tokio::test]
async fn the_api_and_the_admin_endpoints_never_reach_each_other() {
    let emulator = emulator().await;
    support::renew(&emulator, "a.com").await;
    // A signed API request sent to an admin path runs no action: it is not recorded or counted.
    let requests = emulator.request_count();
    let query = support::signed_query(
        &emulator,
        "SaveSingleTaskForCreatingOrderRenew",
        &[("DomainName", "a.com".to_owned())],
    );
    let response = reqwest::get(format!("{}/health?{query}", emulator.admin_url()))
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(
        emulator.calls().len(),
        2,
        "the admin path ran no API action"
    );
    assert_eq!(emulator.request_count(), requests);
    assert_eq!(emulator.orders_for("a.com"), 1);
    // An action named like an admin endpoint is just an unknown action at `/`.
    let (status, body) = call(&emulator, "_emulator/reset", &[]).await;
    assert_eq!(
        (status, body["Code"].as_str()),
        (404, Some("InvalidAction.NotFound"))
    );

    let closed = Emulator::builder()
        .domain(DomainRecord::expiring_in_days("a.com", 10))
        .admin_endpoints(false)
        .start()
        .await
        .unwrap();
    let response = reqwest::get(format!("{}/health", closed.admin_url()))
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 404);
}
