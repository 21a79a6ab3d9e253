//! Contact changes: a task that replaces a domain's registrant or another contact, visible in
//! QueryContactInfo and QueryDomainByDomainName, and refused by the update lock.

mod support;

use domain_emulator::{DomainRecord, Emulator};
use support::{answer, assert_refused, domain_info, task_details};

async fn contact(emulator: &Emulator, domain: &str, contact_type: &str) -> serde_json::Value {
    let params = [
        ("DomainName", domain.to_owned()),
        ("ContactType", contact_type.to_owned()),
    ];
    let mut body = answer(emulator, "QueryContactInfo", &params).await;
    // Differs on every call, unlike the contact.
    body.as_object_mut().unwrap().remove("RequestId");
    body
}

fn change(domains: &[&str], contact_type: &str, fields: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut params = vec![
        ("ContactType".to_owned(), contact_type.to_owned()),
        ("RegistrantType".to_owned(), "2".to_owned()),
    ];
    for (i, domain) in domains.iter().enumerate() {
        params.push((format!("DomainName.{}", i + 1), (*domain).to_owned()));
    }
    params.extend(
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    params
}

async fn submit(emulator: &Emulator, params: &[(String, String)]) -> String {
    let borrowed: Vec<(&str, String)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    support::submit(
        emulator,
        "SaveBatchTaskForUpdatingContactInfoByNewContact",
        &borrowed,
    )
    .await
}

#[tokio::test]
async fn a_new_registrant_replaces_the_old_one_unless_the_domain_is_update_locked() {
    let emulator = support::emulator_with_update_locked("locked.com").await;
    let before = contact(&emulator, "a.com", "registrant").await;
    assert_eq!(before["RegistrantName"], "Emulator Owner");
    let registrant = change(
        &["a.com", "locked.com"],
        "registrant",
        &[
            ("RegistrantName", "New Owner Ltd"),
            ("Email", "new@example.org"),
            ("City", "Shanghai"),
            ("TransferOutProhibited", "true"),
        ],
    );
    let task_no = submit(&emulator, &registrant).await;
    // Nothing changes before the task runs.
    assert_eq!(contact(&emulator, "a.com", "registrant").await, before);
    emulator.finish_tasks().unwrap();
    let details = task_details(&emulator, &task_no).await;
    let outcome: Vec<_> = details
        .iter()
        .map(|d| {
            (
                d["TaskType"].as_str().unwrap(),
                d["TaskStatus"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcome,
        [
            ("CHG_HOLDER", "EXECUTE_SUCCESS"),
            ("CHG_HOLDER", "EXECUTE_FAILURE")
        ]
    );
    let after = contact(&emulator, "a.com", "registrant").await;
    assert_eq!(
        (
            after["RegistrantName"].as_str(),
            after["Email"].as_str(),
            after["City"].as_str()
        ),
        (
            Some("New Owner Ltd"),
            Some("new@example.org"),
            Some("Shanghai")
        )
    );
    let info = domain_info(&emulator, "a.com").await;
    assert_eq!(info["RegistrantName"], "New Owner Ltd");
    assert_eq!(info["RegistrantType"], "2");
    assert_eq!(info["TransferProhibitionLock"], "OPEN");
    assert_eq!(
        contact(&emulator, "locked.com", "registrant").await["RegistrantName"],
        "Emulator Owner"
    );

    // Another contact changes alone; the registrant stays.
    let admin = change(&["a.com"], "admin", &[("RegistrantName", "Ops Team")]);
    submit(&emulator, &admin).await;
    emulator.finish_tasks().unwrap();
    assert_eq!(
        contact(&emulator, "a.com", "admin").await["RegistrantName"],
        "Ops Team"
    );
    assert_eq!(
        domain_info(&emulator, "a.com").await["RegistrantName"],
        "New Owner Ltd"
    );
}

#[tokio::test]
async fn malformed_contact_changes_are_refused_before_any_task() {
    let emulator = Emulator::builder()
        .domain(DomainRecord::expiring_in_days("a.com", 100))
        .start()
        .await
        .unwrap();
    let refuse = async |params: Vec<(String, String)>, code: &str| {
        let borrowed: Vec<(&str, String)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        let action = "SaveBatchTaskForUpdatingContactInfoByNewContact";
        assert_refused(&emulator, action, &borrowed, (400, code)).await;
    };
    refuse(change(&["a.com"], "owner", &[]), "ParameterIllegal").await;
    refuse(
        change(&["a.com"], "tech", &[("Email", "nobody")]),
        "InvalidParameter",
    )
    .await;
    refuse(change(&[], "tech", &[]), "MissingDomainName").await;
    support::assert_unknown_domain_refused(&emulator, "QueryContactInfo", ("ContactType", "admin"))
        .await;
    assert_eq!(emulator.health().tasks, 0);
}
