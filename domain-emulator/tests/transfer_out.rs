//! The transfer-out lifecycle over loopback HTTP: the authorization code, the gaining registrar's
//! request with it, the five-day waiting period on the emulator's clock, approval, cancellation,
//! the quick transfer out, the batch forms, and the transfer lock refusing it.

mod support;

use std::time::Duration;

use domain_emulator::{DomainRecord, Emulator};
use serde_json::Value;
use support::{
    Params, answer, assert_refused, call, call_xml, emulator_holding, submit, task_details,
};

const DAY: Duration = Duration::from_secs(86_400);

/// Submits `action` on `domain` (with `extra` parameters), runs the task to its end and returns
/// its one detail.
async fn run(emulator: &Emulator, action: &str, domain: &str, extra: &[(&str, String)]) -> Value {
    let mut params = vec![("DomainName", domain.to_owned())];
    params.extend_from_slice(extra);
    let task_no = submit(emulator, action, &params).await;
    emulator.finish_tasks().unwrap();
    let details = task_details(emulator, &task_no).await;
    assert_eq!(details.len(), 1, "{details:?}");
    details[0].clone()
}

/// Gets an authorization code for `domain`, which must be issued, and returns it.
async fn issue_code(emulator: &Emulator, domain: &str) -> String {
    let detail = run(
        emulator,
        "SaveSingleTaskForQueryingTransferAuthorizationCode",
        domain,
        &[],
    )
    .await;
    assert_eq!(detail["TaskStatus"], "EXECUTE_SUCCESS", "{detail}");
    let code = detail["TaskResult"].as_str().unwrap().to_owned();
    assert!(!code.is_empty(), "{detail}");
    code
}

/// The gaining registrar's request for `domain` with `code`; returns its detail.
async fn request(emulator: &Emulator, domain: &str, code: &str) -> Value {
    let action = "SaveSingleTaskForTransferOutByAuthorizationCode";
    run(
        emulator,
        action,
        domain,
        &[("AuthorizationCode", code.to_owned())],
    )
    .await
}

/// QueryTransferOutInfo's answer for `domain`.
async fn info(emulator: &Emulator, domain: &str) -> Value {
    answer(
        emulator,
        "QueryTransferOutInfo",
        &[("DomainName", domain.to_owned())],
    )
    .await
}

async fn domain_is_held(emulator: &Emulator, domain: &str) -> bool {
    let (status, _) = call(
        emulator,
        "QueryDomainByDomainName",
        &[("DomainName", domain.to_owned())],
    )
    .await;
    status == 200
}

#[tokio::test]
async fn a_requested_transfer_waits_five_days_then_the_domain_leaves() {
    let emulator = emulator_holding([DomainRecord::expiring_in_days("leaving.com", 200)]).await;
    let none = info(&emulator, "leaving.com").await;
    assert!(none.get("Status").is_none(), "{none}");
    let code = issue_code(&emulator, "leaving.com").await;
    let issued = info(&emulator, "leaving.com").await;
    assert_eq!(issued["Status"], 3, "{issued}");
    assert_eq!(issued["Email"], "owner@example.com");
    assert!(!issued["ExpirationDate"].as_str().unwrap().is_empty());

    let wrong = request(&emulator, "leaving.com", "not-the-code").await;
    assert_eq!(wrong["TaskStatus"], "EXECUTE_FAILURE", "{wrong}");
    assert_eq!(info(&emulator, "leaving.com").await["Status"], 3);

    let accepted = request(&emulator, "leaving.com", &code).await;
    assert_eq!(accepted["TaskStatus"], "EXECUTE_SUCCESS", "{accepted}");
    let pending = info(&emulator, "leaving.com").await;
    assert_eq!(pending["Status"], 4, "{pending}");
    assert!(!pending["PendingRequestDate"].as_str().unwrap().is_empty());

    emulator.advance_clock(4 * DAY).unwrap();
    assert_eq!(info(&emulator, "leaving.com").await["Status"], 4);
    assert!(domain_is_held(&emulator, "leaving.com").await);
    emulator.advance_clock(DAY).unwrap();
    assert_eq!(info(&emulator, "leaving.com").await["Status"], 5);
    assert!(!domain_is_held(&emulator, "leaving.com").await);
    assert!(emulator.domain("leaving.com").is_none());
    let (status, xml) = call_xml(
        &emulator,
        "QueryTransferOutInfo",
        &[("DomainName", "leaving.com".to_owned())],
    )
    .await;
    assert_eq!(status, 200, "{xml}");
    assert!(
        xml.contains("<QueryTransferOutInfoResponse>") && xml.contains("<Status>5</Status>"),
        "{xml}"
    );
}

#[tokio::test]
async fn the_owner_approves_at_once_or_cancels() {
    let emulator = emulator_holding([
        DomainRecord::expiring_in_days("approved.com", 200),
        DomainRecord::expiring_in_days("kept.com", 200),
    ])
    .await;
    let nothing_pending = run(
        &emulator,
        "SaveSingleTaskForApprovingTransferOut",
        "approved.com",
        &[],
    )
    .await;
    assert_eq!(nothing_pending["TaskStatus"], "EXECUTE_FAILURE");

    let code = issue_code(&emulator, "approved.com").await;
    request(&emulator, "approved.com", &code).await;
    let approval = run(
        &emulator,
        "SaveSingleTaskForApprovingTransferOut",
        "approved.com",
        &[],
    )
    .await;
    assert_eq!(approval["TaskStatus"], "EXECUTE_SUCCESS", "{approval}");
    assert_eq!(info(&emulator, "approved.com").await["Status"], 5);
    assert!(!domain_is_held(&emulator, "approved.com").await);

    let code = issue_code(&emulator, "kept.com").await;
    request(&emulator, "kept.com", &code).await;
    let cancel = run(
        &emulator,
        "SaveSingleTaskForCancelingTransferOut",
        "kept.com",
        &[],
    )
    .await;
    assert_eq!(cancel["TaskStatus"], "EXECUTE_SUCCESS", "{cancel}");
    let cancelled = info(&emulator, "kept.com").await;
    assert_eq!(cancelled["Status"], 8, "{cancelled}");
    assert_eq!(cancelled["ResultCode"], "clientRejected");
    emulator.advance_clock(6 * DAY).unwrap();
    assert!(domain_is_held(&emulator, "kept.com").await);
    // The cancelled code no longer works.
    let late = request(&emulator, "kept.com", &code).await;
    assert_eq!(late["TaskStatus"], "EXECUTE_FAILURE", "{late}");
}

#[tokio::test]
async fn the_transfer_lock_refuses_the_code_and_stops_a_pending_transfer() {
    let emulator = emulator_holding([
        DomainRecord::expiring_in_days("locked.com", 200).transfer_locked(),
        DomainRecord::expiring_in_days("relocked.com", 200),
    ])
    .await;
    let refused = run(
        &emulator,
        "SaveSingleTaskForQueryingTransferAuthorizationCode",
        "locked.com",
        &[],
    )
    .await;
    assert_eq!(refused["TaskStatus"], "EXECUTE_FAILURE");
    assert!(
        refused["ErrorMsg"]
            .as_str()
            .unwrap()
            .contains("transfer lock"),
        "{refused}"
    );
    assert!(info(&emulator, "locked.com").await.get("Status").is_none());
    let quick = run(
        &emulator,
        "SaveSingleTaskForApplyQuickTransferOutOpenly",
        "locked.com",
        &[],
    )
    .await;
    assert_eq!(quick["TaskStatus"], "EXECUTE_FAILURE");

    // Locked while the request waits: the registry refuses it when the period ends.
    let code = issue_code(&emulator, "relocked.com").await;
    request(&emulator, "relocked.com", &code).await;
    let lock = [
        ("DomainName", "relocked.com".to_owned()),
        ("Status", "true".to_owned()),
    ];
    submit(&emulator, "SaveSingleTaskForTransferProhibitionLock", &lock).await;
    emulator.finish_tasks().unwrap();
    emulator.advance_clock(5 * DAY).unwrap();
    let refused = info(&emulator, "relocked.com").await;
    assert_eq!(refused["Status"], 8, "{refused}");
    assert_eq!(refused["ResultCode"], "clientTransferProhibited");
    assert!(domain_is_held(&emulator, "relocked.com").await);
}

#[tokio::test]
async fn a_quick_transfer_out_completes_when_the_request_arrives() {
    let emulator = emulator_holding([DomainRecord::expiring_in_days("quick.cn", 200)]).await;
    let applied = run(
        &emulator,
        "SaveSingleTaskForApplyQuickTransferOutOpenly",
        "quick.cn",
        &[],
    )
    .await;
    assert_eq!(applied["TaskStatus"], "EXECUTE_SUCCESS", "{applied}");
    let code = applied["TaskResult"].as_str().unwrap().to_owned();
    assert_eq!(info(&emulator, "quick.cn").await["Status"], 3);
    request(&emulator, "quick.cn", &code).await;
    assert_eq!(info(&emulator, "quick.cn").await["Status"], 5);
    assert!(!domain_is_held(&emulator, "quick.cn").await);
}

#[tokio::test]
async fn the_batch_forms_give_one_detail_per_domain() {
    let emulator = emulator_holding([
        DomainRecord::expiring_in_days("one.com", 200),
        DomainRecord::expiring_in_days("two.com", 200),
    ])
    .await;
    let quick = [
        ("DomainNames.1", "one.com".to_owned()),
        ("DomainNames.2", "missing.com".to_owned()),
    ];
    let task_no = submit(
        &emulator,
        "SaveBatchTaskForApplyQuickTransferOutOpenly",
        &quick,
    )
    .await;
    emulator.finish_tasks().unwrap();
    let details = task_details(&emulator, &task_no).await;
    let outcomes: Vec<(&str, &str)> = details
        .iter()
        .map(|d| {
            (
                d["DomainName"].as_str().unwrap(),
                d["TaskStatus"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("one.com", "EXECUTE_SUCCESS"),
            ("missing.com", "EXECUTE_FAILURE")
        ]
    );
    let one_code = details[0]["TaskResult"].as_str().unwrap().to_owned();
    let two_code = issue_code(&emulator, "two.com").await;
    let by_code = [
        ("TransferOutParamList.1.DomainName", "one.com".to_owned()),
        ("TransferOutParamList.1.AuthorizationCode", one_code),
        ("TransferOutParamList.2.DomainName", "two.com".to_owned()),
        ("TransferOutParamList.2.AuthorizationCode", two_code),
    ];
    let (status, xml) = call_xml(
        &emulator,
        "SaveBatchTaskForTransferOutByAuthorizationCode",
        &by_code,
    )
    .await;
    assert_eq!(status, 200, "{xml}");
    assert!(xml.contains("<TaskNo>"), "{xml}");
    emulator.finish_tasks().unwrap();
    // one.com was applied for quickly and leaves; two.com waits.
    assert_eq!(info(&emulator, "one.com").await["Status"], 5);
    assert_eq!(info(&emulator, "two.com").await["Status"], 4);
}

#[tokio::test]
async fn bad_transfer_out_requests_are_refused_before_any_task() {
    let emulator = emulator_holding([DomainRecord::expiring_in_days("a.com", 200)]).await;
    let cases: [(&str, Params, (u16, &str)); 6] = [
        (
            "SaveSingleTaskForTransferOutByAuthorizationCode",
            vec![("DomainName", "a.com".to_owned())],
            (400, "MissingAuthorizationCode"),
        ),
        (
            "SaveSingleTaskForQueryingTransferAuthorizationCode",
            vec![],
            (400, "MissingDomainName"),
        ),
        (
            "SaveSingleTaskForApprovingTransferOut",
            vec![("DomainName", "nope.com".to_owned())],
            (400, "DomainNotExist"),
        ),
        (
            "SaveBatchTaskForTransferOutByAuthorizationCode",
            vec![],
            (400, "MissingTransferOutParamList"),
        ),
        (
            "SaveBatchTaskForTransferOutByAuthorizationCode",
            vec![("TransferOutParamList.1.DomainName", "a.com".to_owned())],
            (400, "MissingTransferOutParamList.1.AuthorizationCode"),
        ),
        (
            "QueryTransferOutInfo",
            vec![("DomainName", "nope.com".to_owned())],
            (400, "DomainNotExist"),
        ),
    ];
    for (action, params, expected) in cases {
        assert_refused(&emulator, action, &params, expected).await;
    }
    let eleven: Vec<(String, String)> = (1..=11)
        .map(|i| (format!("DomainNames.{i}"), format!("d{i}.com")))
        .collect();
    let params: Vec<(&str, String)> = eleven
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    assert_refused(
        &emulator,
        "SaveBatchTaskForApplyQuickTransferOutOpenly",
        &params,
        (400, "ParameterIllegal"),
    )
    .await;
    assert_eq!(emulator.health().tasks, 0);
}
