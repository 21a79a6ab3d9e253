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
    let params = [("InstanceId", "S-nope".to_owned())];
    assert_refused(
        &emulator,
        "QueryDomainByInstanceId",
        &params,
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

/// The names a listing's `Data.Domain` holds, in order.
fn names(body: &serde_json::Value) -> Vec<String> {
    body["Data"]["Domain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["DomainName"].as_str().unwrap().to_owned())
        .collect()
}

async fn advanced_account() -> Emulator {
    support::emulator_holding([
        DomainRecord::expiring_in_days("shop.com", 10),
        DomainRecord::expiring_in_days("myshop.net", 20).premium(),
        DomainRecord::expiring_in_days("blog.com", 200),
        DomainRecord::expiring_in_days("shopping.org", 300),
    ])
    .await
}

#[tokio::test]
async fn the_advanced_list_filters_by_keyword_suffix_length_premium_and_sorts() {
    let emulator = advanced_account().await;
    let list = async |extra: &[(&str, &str)]| {
        let mut params = vec![("PageNum", "1".to_owned()), ("PageSize", "10".to_owned())];
        params.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
        let (status, body) = call(&emulator, "QueryAdvancedDomainList", &params).await;
        assert_eq!(status, 200, "{body}");
        names(&body)
    };
    let sorted = [("DomainNameSort", "true")];
    assert_eq!(
        list(&[sorted[0], ("KeyWord", "shop")]).await,
        ["myshop.net", "shop.com", "shopping.org"]
    );
    assert_eq!(
        list(&[sorted[0], ("KeyWord", "shop"), ("KeyWordPrefix", "true")]).await,
        ["shop.com", "shopping.org"]
    );
    assert_eq!(
        list(&[sorted[0], ("Suffixs", "com,.org")]).await,
        ["blog.com", "shop.com", "shopping.org"]
    );
    assert_eq!(list(&[("IsPremiumDomain", "true")]).await, ["myshop.net"]);
    assert_eq!(
        list(&[sorted[0], ("EndLength", "4"), ("Excluded", "b")]).await,
        ["shop.com"]
    );
    assert_eq!(
        list(&[("ExpirationDateSort", "false")]).await,
        ["shopping.org", "blog.com", "myshop.net", "shop.com"]
    );
    // Expiring within 30 days: DomainStatus 1.
    assert_eq!(
        list(&[sorted[0], ("DomainStatus", "1")]).await,
        ["myshop.net", "shop.com"]
    );
    let params = [("PageNum", "1".to_owned()), ("PageSize", "201".to_owned())];
    assert_refused(
        &emulator,
        "QueryAdvancedDomainList",
        &params,
        (400, "ParameterIllegal"),
    )
    .await;
}

#[tokio::test]
async fn scrolling_walks_every_domain_once_behind_its_cursor() {
    let emulator = advanced_account().await;
    let mut seen = Vec::new();
    let mut cursor = String::new();
    for _ in 0..10 {
        let mut params = vec![("PageSize", "3".to_owned())];
        if !cursor.is_empty() {
            params.push(("ScrollId", cursor.clone()));
        }
        let (status, body) = call(&emulator, "ScrollDomainList", &params).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["TotalItemNum"], 4);
        seen.extend(names(&body));
        cursor = body["ScrollId"].as_str().unwrap().to_owned();
        if cursor.is_empty() {
            break;
        }
    }
    assert_eq!(seen, ["blog.com", "myshop.net", "shop.com", "shopping.org"]);
    let params = [("ScrollId", "forged".to_owned())];
    assert_refused(
        &emulator,
        "ScrollDomainList",
        &params,
        (400, "InvalidParameter"),
    )
    .await;
}
