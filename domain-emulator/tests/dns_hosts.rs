//! DNS hosts (glue records): tasks that create, modify and delete the hosts under a domain,
//! visible in QueryDnsHost.

mod support;

use domain_emulator::{DomainRecord, Emulator};
use serde_json::{Value, json};
use support::{answer, assert_refused, emulator_holding, submit, task_details};

async fn hosts(emulator: &Emulator, instance_id: &str) -> Value {
    let params = [("InstanceId", instance_id.to_owned())];
    answer(emulator, "QueryDnsHost", &params).await["DnsHostList"].clone()
}

#[tokio::test]
async fn dns_hosts_are_created_modified_and_deleted_by_tasks() {
    let emulator = emulator_holding([
        DomainRecord::expiring_in_days("a.com", 100).dns_host("ns1", ["192.0.2.1"])
    ])
    .await;
    let id = emulator.domain("a.com").unwrap().instance_id;
    assert_eq!(
        hosts(&emulator, &id).await,
        json!([{ "DnsName": "ns1", "IpList": ["192.0.2.1"] }])
    );
    let host = |name: &str, ips: &[&str]| {
        let mut params = vec![("InstanceId", id.clone()), ("DnsName", name.to_owned())];
        let names = ["Ip.1", "Ip.2", "Ip.3"];
        params.extend(ips.iter().zip(names).map(|(ip, n)| (n, (*ip).to_owned())));
        params
    };
    let created = submit(
        &emulator,
        "SaveSingleTaskForCreatingDnsHost",
        &host("ns2", &["2001:0db8::0001"]),
    )
    .await;
    let duplicate = submit(
        &emulator,
        "SaveSingleTaskForCreatingDnsHost",
        &host("ns1", &["192.0.2.9"]),
    )
    .await;
    submit(
        &emulator,
        "SaveSingleTaskForModifyingDnsHost",
        &host("ns1", &["192.0.2.7", "192.0.2.8"]),
    )
    .await;
    let missing = submit(
        &emulator,
        "SaveSingleTaskForDeletingDnsHost",
        &host("ns9", &[]),
    )
    .await;
    emulator.finish_tasks().unwrap();
    assert_eq!(
        hosts(&emulator, &id).await,
        json!([
            { "DnsName": "ns1", "IpList": ["192.0.2.7", "192.0.2.8"] },
            { "DnsName": "ns2", "IpList": ["2001:db8::1"] },
        ])
    );
    let outcome = async |task: &str| {
        let detail = task_details(&emulator, task).await.remove(0);
        (detail["TaskType"].clone(), detail["ErrorMsg"].clone())
    };
    assert_eq!(
        outcome(&created).await,
        (json!("CREATE_DNSHOST"), json!(""))
    );
    assert_eq!(
        outcome(&duplicate).await.1,
        json!("The DNS host already exists.")
    );
    assert_eq!(
        outcome(&missing).await.1,
        json!("The DNS host does not exist.")
    );
    submit(
        &emulator,
        "SaveSingleTaskForDeletingDnsHost",
        &host("ns2", &[]),
    )
    .await;
    emulator.finish_tasks().unwrap();
    assert_eq!(hosts(&emulator, &id).await.as_array().unwrap().len(), 1);

    let action = "SaveSingleTaskForCreatingDnsHost";
    for (name, ips, code) in [
        ("ns3", &["999.1.1.1"][..], "InvalidParameter"),
        ("ns.3", &["192.0.2.1"], "InvalidParameter"),
        ("ns3", &[], "MissingIp"),
    ] {
        assert_refused(&emulator, action, &host(name, ips), (400, code)).await;
    }
    let unknown = [("InstanceId", "S-nope".to_owned())];
    assert_refused(&emulator, "QueryDnsHost", &unknown, (400, "DomainNotExist")).await;
}
