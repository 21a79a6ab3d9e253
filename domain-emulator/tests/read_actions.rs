//! The read actions beyond the domain list: a domain by its instance id, and the domain groups.

mod support;

use domain_emulator::{DomainRecord, Emulator};
use support::{assert_refused, call};

#[tokio::test]
async fn a_domain_is_found_by_its_instance_id_with_the_fields_of_by_name_but_registrar() {
    let emulator = Emulator::builder()
        .domain(DomainRecord::expiring_in_days("a.com", 30).update_locked())
        .start()
        .await
        .unwrap();
    let instance_id = emulator.domain("a.com").unwrap().instance_id;
    let (status, by_id) = call(
        &emulator,
        "QueryDomainByInstanceId",
        &[("InstanceId", instance_id.clone())],
    )
    .await;
    assert_eq!(status, 200, "{by_id}");
    let (_, by_name) = call(
        &emulator,
        "QueryDomainByDomainName",
        &[("DomainName", "a.com".to_owned())],
    )
    .await;
    let fields = |body: &serde_json::Value| {
        let mut body = body.as_object().unwrap().clone();
        body.remove("RequestId");
        body.remove("Registrar");
        body
    };
    assert!(by_id.get("Registrar").is_none());
    assert!(by_name.get("Registrar").is_some());
    assert_eq!(fields(&by_id), fields(&by_name));
    assert_eq!(by_id["InstanceId"], instance_id.as_str());
    assert_eq!(by_id["UpdateProhibitionLock"], "OPEN");
    assert_refused(
        &emulator,
        "QueryDomainByInstanceId",
        &[("InstanceId", "S-nope".to_owned())],
        (400, "DomainNotExist"),
    )
    .await;
}

#[tokio::test]
async fn domain_groups_count_their_domains_and_filter_by_name() {
    let grouped = |name: &str, id: i64, group: &str| DomainRecord {
        domain_group_id: id,
        domain_group_name: group.to_owned(),
        ..DomainRecord::expiring_in_days(name, 30)
    };
    let emulator = Emulator::builder()
        .domain(grouped("a.com", 7, "Shops"))
        .domain(grouped("b.com", 7, "Shops"))
        .domain(grouped("c.com", 9, "Blogs"))
        .domain(DomainRecord::expiring_in_days("d.com", 30))
        .start()
        .await
        .unwrap();
    let groups = async |params: &[(&str, String)]| {
        let (status, body) = call(&emulator, "QueryDomainGroupList", params).await;
        assert_eq!(status, 200, "{body}");
        body["Data"]["DomainGroup"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                (
                    g["DomainGroupId"].as_str().unwrap().to_owned(),
                    g["DomainGroupName"].as_str().unwrap().to_owned(),
                    g["TotalNumber"].as_u64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        groups(&[]).await,
        [
            ("7".to_owned(), "Shops".to_owned(), 2),
            ("9".to_owned(), "Blogs".to_owned(), 1)
        ]
    );
    assert_eq!(
        groups(&[("DomainGroupName", "blog".to_owned())]).await,
        [("9".to_owned(), "Blogs".to_owned(), 1)]
    );
}
