//! The library API a user's test drives: seeding through the builder, several independent
//! instances, the recorder, the clock, task stepping, per-action faults, name-server and lock
//! tasks, and the answers to actions the emulator does not implement.

mod support;

use std::time::Duration;

use domain_emulator::{CallOutcome, DomainRecord, Emulator, Faults};
use serde_json::Value;
use support::{
    answer, assert_refused, call, domain_info, emulator_holding, task_details as details,
};

const DAY_MS: i64 = 86_400_000;

/// An emulator with one seeded domain whose tasks never move by themselves (an hour per stage),
/// so only the clock and the stepping controls move them.
async fn frozen(domain: DomainRecord) -> Emulator {
    emulator_holding([domain]).await
}

fn statuses(details: &[Value]) -> Vec<&str> {
    details
        .iter()
        .map(|d| d["TaskStatus"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn seeded_instances_are_independent_and_stop_when_dropped() {
    let locked = DomainRecord::expiring_in_days("locked.com", 40)
        .premium()
        .transfer_locked()
        .name_servers(["ns1.example.net", "ns2.example.net"])
        .real_name_status("NONAUDIT");
    let first = Emulator::builder().domain(locked).start().await.unwrap();
    let second = Emulator::builder()
        .domain(DomainRecord::expiring_in_days("other.org", 3))
        .demo_domains()
        .start()
        .await
        .unwrap();
    assert_ne!(first.endpoint(), second.endpoint());
    assert_eq!(first.endpoint(), first.url().trim_end_matches('/'));
    assert_eq!(first.access_key().access_key_id, first.access_key_id());

    let info = domain_info(&first, "locked.com").await;
    assert_eq!(info["Premium"], true);
    assert_eq!(info["TransferProhibitionLock"], "OPEN");
    assert_eq!(info["UpdateProhibitionLock"], "CLOSE");
    assert_eq!(info["RealNameStatus"], "NONAUDIT");
    assert_eq!(
        info["DnsList"]["Dns"],
        serde_json::json!(["ns1.example.net", "ns2.example.net"])
    );
    assert_eq!(info["ExpirationCurrDateDiff"], 39);
    let params = [("DomainName", "other.org".to_owned())];
    assert_refused(
        &first,
        "QueryDomainByDomainName",
        &params,
        (400, "DomainNotExist"),
    )
    .await;
    // The second holds its own domain and the demo set, and not the first one's.
    assert_eq!(second.domains().len(), 13);
    assert!(second.domain("locked.com").is_none());
    assert_eq!(first.health().domains, 1);

    let address = first.local_addr();
    drop(first);
    // Dropping stops the server: the port no longer accepts connections.
    let mut refused = false;
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(address).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(refused, "the dropped emulator still accepts connections");
    assert_eq!(
        domain_info(&second, "other.org").await["DomainName"],
        "other.org"
    );
}

#[tokio::test]
async fn the_recorder_keeps_actions_parameters_and_outcomes_but_no_signature() {
    let emulator = frozen(DomainRecord::expiring_in_days("a.com", 10)).await;
    domain_info(&emulator, "a.com").await;
    let (status, _) = call(
        &emulator,
        "QueryDomainByDomainName",
        &[("DomainName", "missing.com".to_owned())],
    )
    .await;
    assert_eq!(status, 400);
    let calls = emulator.calls();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].action, "QueryDomainByDomainName");
    assert_eq!(calls[0].parameter("DomainName"), Some("a.com"));
    assert_eq!(calls[0].outcome, CallOutcome::Success);
    assert!(calls[0].applied);
    assert_eq!(calls[1].error_code(), Some("DomainNotExist"));
    assert!(!calls[1].applied);
    assert!(calls.iter().all(|c| c.parameter("Signature").is_none()));
    assert!(calls.iter().all(|c| c.parameter("AccessKeyId").is_some()));
    assert_eq!(emulator.calls_of("QueryDomainList").len(), 0);
    emulator.clear_calls();
    assert!(emulator.calls().is_empty());
}

#[tokio::test]
async fn advancing_the_clock_finishes_tasks_and_brings_expiry_closer() {
    let emulator = frozen(DomainRecord::expiring_in_days("a.com", 10)).await;
    let task_no = support::renew(&emulator, "a.com").await;
    let before = emulator.domain("a.com").unwrap().expiration_date_long;
    assert_eq!(
        statuses(&details(&emulator, &task_no).await),
        ["WAITING_EXECUTE"]
    );
    // Two stages of an hour each elapse at once.
    emulator
        .advance_clock(Duration::from_secs(2 * 3600))
        .unwrap();
    assert_eq!(
        statuses(&details(&emulator, &task_no).await),
        ["EXECUTE_SUCCESS"]
    );
    let after = emulator.domain("a.com").unwrap().expiration_date_long;
    assert!(after - before >= 365 * DAY_MS, "{before} -> {after}");
    // A year and nine days on, the renewed domain has expired.
    emulator
        .advance_clock(Duration::from_millis(
            (after - emulator.now_ms()) as u64 + DAY_MS as u64,
        ))
        .unwrap();
    let info = domain_info(&emulator, "a.com").await;
    assert_eq!(info["ExpirationDateStatus"], "2");
    assert_eq!(info["DomainStatus"], "1");
    assert!(emulator.health().clock_offset_ms > 365 * DAY_MS);
    emulator.reset().unwrap();
    assert_eq!(emulator.health().clock_offset_ms, 0);
    assert_eq!(
        emulator.domain("a.com").unwrap().expiration_date_long,
        before
    );
    assert_eq!(emulator.health().tasks, 0);
}

#[tokio::test]
async fn stepping_moves_each_detail_one_stage() {
    let emulator = frozen(DomainRecord::expiring_in_days("a.com", 10)).await;
    let task_no = support::renew(&emulator, "a.com").await;
    assert!(emulator.step_tasks().unwrap());
    assert_eq!(statuses(&details(&emulator, &task_no).await), ["EXECUTING"]);
    assert!(emulator.step_tasks().unwrap());
    assert_eq!(
        statuses(&details(&emulator, &task_no).await),
        ["EXECUTE_SUCCESS"]
    );
    assert!(!emulator.step_tasks().unwrap());
    let second = support::renew(&emulator, "a.com").await;
    emulator.finish_tasks().unwrap();
    assert_eq!(
        statuses(&details(&emulator, &second).await),
        ["EXECUTE_SUCCESS"]
    );
}

#[tokio::test]
async fn a_name_server_change_is_a_task_that_changes_the_delegation() {
    let emulator = support::emulator_with_update_locked("b.com").await;
    let change = |domains: &[&str], servers: &[&str]| {
        let mut params: Vec<(String, String)> = vec![("AliyunDns".into(), "false".into())];
        for (i, d) in domains.iter().enumerate() {
            params.push((format!("DomainName.{}", i + 1), (*d).to_owned()));
        }
        for (i, s) in servers.iter().enumerate() {
            params.push((format!("DomainNameServer.{}", i + 1), (*s).to_owned()));
        }
        params
    };
    let send = async |params: Vec<(String, String)>| {
        let borrowed: Vec<(&str, String)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        call(&emulator, "SaveBatchTaskForModifyingDomainDns", &borrowed).await
    };
    let (status, body) = send(change(&["a.com"], &["ns1.example.net"])).await;
    assert_eq!(
        (status, body["Code"].as_str()),
        (400, Some("ParameterIllegal")),
        "{body}"
    );
    let (status, body) = send(change(&["a.com"], &["ns1.example.net", "bad name"])).await;
    assert_eq!(
        (status, body["Code"].as_str()),
        (400, Some("InvalidParameter")),
        "{body}"
    );
    let (status, body) = send(change(
        &["a.com", "b.com", "nope.com"],
        &["NS1.Example.net", "ns2.example.net"],
    ))
    .await;
    assert_eq!(status, 200, "{body}");
    let task_no = body["TaskNo"].as_str().unwrap().to_owned();
    assert_eq!(
        domain_info(&emulator, "a.com").await["DnsList"]["Dns"],
        serde_json::json!(["dns1.hichina.com", "dns2.hichina.com"])
    );
    emulator.finish_tasks().unwrap();
    let done = details(&emulator, &task_no).await;
    assert_eq!(
        statuses(&done),
        ["EXECUTE_SUCCESS", "EXECUTE_FAILURE", "EXECUTE_FAILURE"]
    );
    assert!(done.iter().all(|d| d["TaskType"] == "CHG_DNS"));
    assert!(
        done[1]["ErrorMsg"]
            .as_str()
            .unwrap()
            .contains("update lock")
    );
    assert_eq!(done[2]["ErrorMsg"], "The domain does not exist.");
    assert_eq!(
        domain_info(&emulator, "a.com").await["DnsList"]["Dns"],
        serde_json::json!(["ns1.example.net", "ns2.example.net"])
    );

    // Turning b.com's update lock off lets the change through; AliyunDns=true puts Alibaba's back.
    let unlock = [
        ("DomainName", "b.com".to_owned()),
        ("Status", "false".to_owned()),
    ];
    answer(&emulator, "SaveSingleTaskForUpdateProhibitionLock", &unlock).await;
    let (status, _) = send(vec![
        ("AliyunDns".into(), "true".into()),
        ("DomainName.1".into(), "a.com".into()),
        ("DomainName.2".into(), "b.com".into()),
    ])
    .await;
    assert_eq!(status, 200);
    emulator.finish_tasks().unwrap();
    let b = domain_info(&emulator, "b.com").await;
    assert_eq!(b["UpdateProhibitionLock"], "CLOSE");
    assert_eq!(
        domain_info(&emulator, "a.com").await["DnsList"]["Dns"],
        serde_json::json!(["dns1.hichina.com", "dns2.hichina.com"])
    );
    support::assert_unknown_domain_refused(
        &emulator,
        "SaveSingleTaskForTransferProhibitionLock",
        ("Status", "true"),
    )
    .await;
}

#[tokio::test]
async fn faults_set_for_one_action_strike_it_alone() {
    let emulator = frozen(DomainRecord::expiring_in_days("a.com", 10)).await;
    emulator.set_action_faults(
        "QueryDomainByDomainName",
        Faults {
            throttle_rate: 1.0,
            ..Faults::default()
        },
    );
    let params = [("DomainName", "a.com".to_owned())];
    assert_refused(
        &emulator,
        "QueryDomainByDomainName",
        &params,
        (400, "Throttling.User"),
    )
    .await;
    let (status, _) = call(
        &emulator,
        "QueryDomainList",
        &[("PageNum", "1".to_owned()), ("PageSize", "10".to_owned())],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        emulator.calls()[0].outcome,
        CallOutcome::Error {
            status: 400,
            code: "Throttling.User".to_owned()
        }
    );
    emulator.clear_faults();
    domain_info(&emulator, "a.com").await;
}

#[tokio::test]
async fn unemulated_actions_name_themselves_and_unknown_ones_are_invalid() {
    let emulator = frozen(DomainRecord::expiring_in_days("a.com", 10)).await;
    let (status, body) = call(
        &emulator,
        "SaveSingleTaskForCreatingOrderActivate",
        &[("DomainName", "a.com".to_owned())],
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Code"], "UnsupportedOperation");
    let message = body["Message"].as_str().unwrap();
    assert!(
        message.contains("SaveSingleTaskForCreatingOrderActivate"),
        "{message}"
    );
    assert!(
        message.contains("not implemented by domain-emulator"),
        "{message}"
    );
    let params = [];
    assert_refused(
        &emulator,
        "DescribeInstances",
        &params,
        (404, "InvalidAction.NotFound"),
    )
    .await;
    assert!(
        domain_emulator::unemulated_actions()
            .any(|a| a == "SaveSingleTaskForCreatingOrderActivate")
    );
    assert!(domain_emulator::EMULATED_ACTIONS.contains(&"SaveBatchTaskForModifyingDomainDns"));
}
