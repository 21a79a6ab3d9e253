//! `alidns-api` over real HTTP: every declared action is sent to a loopback server that checks the
//! parameters Alidns expects and answers in Alidns's JSON shape (the fields of the answers are
//! those of the Tea SDK alibabacloud-alidns20150109's response models; the metadata has no
//! examples for Alidns). The listings stream across pages through the runtime's generic pages.

use std::collections::HashMap;
use std::sync::Arc;

use alidns_api::{
    AddDomainRecord, CallOptions, DeleteDomainRecord, DeleteSubDomainRecords, DescribeDomainInfo,
    DescribeDomainRecordInfo, DescribeDomainRecords, DescribeDomains, DescribeSubDomainRecords,
    Lang, RecordContent, RecordStatus, RecordType, SetDomainRecordStatus, UpdateDomainRecord,
};
use aliyun_rpc::{Client, Credentials, Error, SignatureVersion};
use futures_util::TryStreamExt;
use serde_json::{Value, json};

mod support;

/// Three records of `example.com`, served two to a page.
fn record(index: usize) -> Value {
    json!({
        "RecordId": format!("r{index}"), "DomainName": "example.com", "RR": "www",
        "Type": "A", "Value": format!("192.0.2.{index}"), "TTL": 600, "Line": "default",
        "Status": "ENABLE", "Locked": false, "Weight": 1, "CreateTimestamp": 1_700_000_000_000_i64,
    })
}

/// What Alidns answers: each action's required parameters are checked first; a wrong one gets
/// an error answer naming it, so a failing call says what was sent.
fn alidns(action: &str, params: &HashMap<String, String>) -> (u16, Value) {
    let get = |name: &str| params.get(name).map(String::as_str);
    let expect: &[(&str, &str)] = match action {
        "AddDomainRecord" => &[
            ("DomainName", "example.com"),
            ("RR", "mail"),
            ("Type", "MX"),
            ("Value", "mx.example.net"),
            ("TTL", "600"),
            ("Priority", "10"),
        ],
        "UpdateDomainRecord" => &[
            ("RecordId", "r1"),
            ("RR", "@"),
            ("Type", "REDIRECT_URL"),
            ("Value", "https://example.net/"),
        ],
        "SetDomainRecordStatus" => &[("RecordId", "r1"), ("Status", "Disable")],
        "DeleteDomainRecord" => &[("RecordId", "r1"), ("Lang", "en")],
        "DescribeDomainRecordInfo" => &[("RecordId", "r1")],
        "DeleteSubDomainRecords" => &[
            ("DomainName", "example.com"),
            ("RR", "www"),
            ("Type", "TXT"),
        ],
        "DescribeDomainInfo" => &[
            ("DomainName", "example.com"),
            ("NeedDetailAttributes", "true"),
        ],
        "DescribeDomainRecords" => &[("DomainName", "example.com"), ("PageSize", "2")],
        "DescribeSubDomainRecords" => &[("SubDomain", "www.example.com"), ("Type", "A")],
        "DescribeDomains" => &[("KeyWord", "example"), ("SearchMode", "EXACT")],
        _ => &[],
    };
    let mut wrong: Vec<String> = expect
        .iter()
        .filter(|(name, value)| get(name) != Some(value))
        .map(|(name, value)| format!("{name}={:?} (expected {value})", get(name)))
        .collect();
    if get("Version") != Some("2015-01-09") {
        wrong.push(format!("Version={:?}", get("Version")));
    }
    if !wrong.is_empty() {
        let message = format!("{action}: {}", wrong.join(", "));
        return (
            400,
            json!({"Code": "Test.WrongParameters", "Message": message, "RequestId": "E"}),
        );
    }
    let body = match action {
        "AddDomainRecord" | "UpdateDomainRecord" | "DeleteDomainRecord" => {
            json!({"RequestId": "R", "RecordId": "r1"})
        }
        "SetDomainRecordStatus" => json!({"RequestId": "R", "RecordId": "r1", "Status": "Disable"}),
        "DeleteSubDomainRecords" => json!({"RequestId": "R", "RR": "www", "TotalCount": "2"}),
        "DescribeDomainRecordInfo" => {
            let mut answer = record(1);
            answer["RequestId"] = json!("R");
            answer["DomainId"] = json!("d1");
            answer
        }
        "DescribeDomainInfo" => json!({
            "RequestId": "R", "DomainId": "d1", "DomainName": "example.com", "AliDomain": true,
            "DnsServers": {"DnsServer": ["ns1.alidns.com", "ns2.alidns.com"]},
            "AvailableTtls": {"AvailableTtl": ["600", "3600"]}, "MinTtl": 600,
            "RecordLines": {"RecordLine": [{"LineCode": "default", "LineName": "Default"}]},
        }),
        "DescribeDomains" => json!({
            "RequestId": "R", "TotalCount": 1, "PageNumber": 1, "PageSize": 100,
            "Domains": {"Domain": [{
                "DomainId": "d1", "DomainName": "example.com", "RecordCount": 3,
                "DnsServers": {"DnsServer": ["ns1.alidns.com"]},
                "Tags": {"Tag": [{"Key": "team", "Value": "web"}]},
            }]},
        }),
        "DescribeDomainRecords" | "DescribeSubDomainRecords" => {
            let page: usize = get("PageNumber").unwrap_or("1").parse().unwrap_or(0);
            let items: Vec<Value> = (1..=3).skip((page - 1) * 2).take(2).map(record).collect();
            json!({
                "RequestId": "R", "TotalCount": 3, "PageNumber": page, "PageSize": 2,
                "DomainRecords": {"Record": items},
            })
        }
        other => json!({"Code": "InvalidAction", "Message": other, "RequestId": "E"}),
    };
    (200, body)
}

/// A client of the loopback server that signs with V1, so that `Action` and `Version` travel
/// as parameters the server checks (V3 moves them into headers).
fn v1_client(url: &str) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(Credentials::new("id", "secret"))
        .signature_version(SignatureVersion::V1)
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_alidns_action_goes_over_http_and_decodes() {
    let server = support::loopback(Arc::new(alidns)).await;
    let client = v1_client(&server.url);

    let mx = RecordContent::new("mail", RecordType::Mx, "mx.example.net")
        .with_ttl(600)
        .with_priority(10);
    let mx = AddDomainRecord::new("example.com", mx);
    assert_eq!(client.call(&mx).await.unwrap().record_id, "r1");

    let redirect = RecordContent::new("@", RecordType::RedirectUrl, "https://example.net/");
    let redirect = UpdateDomainRecord::new("r1", redirect);
    assert_eq!(client.call(&redirect).await.unwrap().record_id, "r1");

    let paused = client
        .call(&SetDomainRecordStatus::new("r1", RecordStatus::Disable))
        .await
        .unwrap();
    assert_eq!(paused.status.as_deref(), Some("Disable"));

    let one = client
        .call(&DescribeDomainRecordInfo::new("r1"))
        .await
        .unwrap();
    assert_eq!(
        (one.rr.as_str(), one.r#type.as_str(), one.ttl),
        ("www", "A", Some(600))
    );

    let mut txt = DeleteSubDomainRecords::new("example.com", "www");
    txt.r#type = Some(RecordType::Txt);
    assert_eq!(client.call(&txt).await.unwrap().total_count, Some(2));
    let mut delete = DeleteDomainRecord::new("r1");
    delete.options = CallOptions::in_language(Lang::En);
    assert_eq!(client.call(&delete).await.unwrap().record_id, "r1");

    let mut info = DescribeDomainInfo::new("example.com");
    info.need_detail_attributes = Some(true);
    let info = client.call(&info).await.unwrap();
    assert_eq!(info.dns_servers, ["ns1.alidns.com", "ns2.alidns.com"]);
    assert_eq!(info.record_lines[0].line_code, "default");

    let mut domains = DescribeDomains::new();
    domains.key_word = Some("example".into());
    domains.search_mode = Some(alidns_api::DomainSearchMode::Exact);
    let hosted: Vec<_> = client.items(domains).try_collect().await.unwrap();
    assert_eq!(hosted.len(), 1);
    assert_eq!(hosted[0].tags[0].key, "team");

    let mut records = DescribeDomainRecords::new("example.com");
    records.page_size = Some(2);
    let all: Vec<_> = client.items(records).try_collect().await.unwrap();
    let ids: Vec<&str> = all.iter().map(|r| r.record_id.as_str()).collect();
    assert_eq!(ids, ["r1", "r2", "r3"], "three records over two pages");
    assert_eq!(server.calls("DescribeDomainRecords"), 2);

    let mut sub = DescribeSubDomainRecords::new("www.example.com");
    sub.r#type = Some(RecordType::A);
    let first = client.call(&sub).await.unwrap();
    assert_eq!((first.total_count, first.domain_records.len()), (3, 2));
}

#[tokio::test]
async fn a_ttl_out_of_bounds_is_refused_before_sending() {
    let server = support::loopback(Arc::new(alidns)).await;
    let client = support::client(&server.url);
    let record = RecordContent::new("www", RecordType::A, "192.0.2.1").with_ttl(0);
    let record = AddDomainRecord::new("example.com", record);
    let error = client.call(&record).await.unwrap_err();
    assert!(matches!(error, Error::InvalidRequest { .. }), "{error:?}");
    assert!(error.to_string().contains("TTL"), "{error}");
    assert_eq!(server.calls("AddDomainRecord"), 0, "nothing was sent");
}
