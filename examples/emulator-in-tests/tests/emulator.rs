//! The done-when test of the emulator library: a user's `#[tokio::test]` starts an emulator in
//! one line, runs its own code against it, moves the clock and asserts on the recorder.

use std::time::Duration;

use aliyun_rpc::{Client, Credentials};
use domain_api::{QueryDomainByDomainName, QueryTaskDetailList, TaskStatus};
use domain_emulator::{CallOutcome, DomainRecord, Emulator};
use emulator_in_tests::renew_and_delegate;

type TestResult = Result<(), Box<dyn std::error::Error>>;

#[tokio::test]
async fn renews_and_delegates_a_domain() -> TestResult {
    // Each task stage takes a minute of emulated time, so nothing finishes until the test says.
    let emulator = Emulator::builder()
        .domain(DomainRecord::expiring_in_days("my-shop.com", 20))
        .task_step(Duration::from_secs(60))
        .start()
        .await?;
    let key = emulator.access_key();
    let client = Client::builder()
        .endpoint(emulator.endpoint())
        .credentials(Credentials::new(
            key.access_key_id.as_str(),
            key.access_key_secret.as_str(),
        ))
        .build()?;
    let before = client
        .call(&QueryDomainByDomainName::new("my-shop.com"))
        .await?
        .expiration_date_long
        .ok_or("no expiration")?;

    let submitted = renew_and_delegate(
        &client,
        "my-shop.com",
        &["ns1.example.net", "ns2.example.net"],
    )
    .await?;

    // Two minutes later both tasks have run.
    emulator.advance_clock(Duration::from_secs(120))?;
    for task in [&submitted.renewal_task, &submitted.name_server_task] {
        let details = client
            .call(&QueryTaskDetailList::new(task.as_str(), 10))
            .await?;
        let statuses: Vec<TaskStatus> = details.items.iter().map(|d| d.status()).collect();
        assert_eq!(statuses, [TaskStatus::ExecuteSuccess], "task {task}");
    }
    let after = client
        .call(&QueryDomainByDomainName::new("my-shop.com"))
        .await?;
    let renewed = after.expiration_date_long.ok_or("no expiration")?;
    assert!(
        renewed - before >= 365 * 86_400_000,
        "{before} -> {renewed}"
    );
    let domain = emulator.domain("my-shop.com").ok_or("the domain is gone")?;
    assert_eq!(domain.dns_list, ["ns1.example.net", "ns2.example.net"]);

    // The recorder saw exactly one renewal order, for this domain, and it succeeded.
    let orders = emulator.calls_of("SaveSingleTaskForCreatingOrderRenew");
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0].parameter("DomainName"), Some("my-shop.com"));
    assert_eq!(
        orders[0].parameter("CurrentExpirationDate"),
        Some(before.to_string().as_str())
    );
    assert_eq!(orders[0].outcome, CallOutcome::Success);
    let changes = emulator.calls_of("SaveBatchTaskForModifyingDomainDns");
    assert_eq!(
        changes[0].parameter("DomainNameServer.2"),
        Some("ns2.example.net")
    );
    assert!(
        emulator
            .calls()
            .iter()
            .all(|c| c.outcome == CallOutcome::Success)
    );
    Ok(())
}
