//! Where ECS actions go: the host of the client's region, from the metadata's table first and
//! the rule `ecs.<region>.aliyuncs.com` otherwise; no region is an error before anything is
//! sent.

use aliyun_rpc::credentials::{ChainConfig, Env};
use aliyun_rpc::{Client, Credentials, EndpointError, Error};
use ecs_actions::{DescribeInstances, ECS_REGIONS};
use serde_json::Value;

/// A client in `region` (or none) that reads no environment.
fn client(region: Option<&str>) -> Client {
    let builder = Client::builder()
        .credentials(Credentials::new("id", "secret"))
        .config(ChainConfig::new(Env::from_pairs(
            Vec::<(String, String)>::new(),
        )));
    match region {
        Some(region) => builder.region(region),
        None => builder,
    }
    .build()
    .expect("a client")
}

fn host_for(region: &str) -> String {
    let url = client(Some(region))
        .endpoint_for::<DescribeInstances>()
        .expect("an endpoint");
    url.host_str().expect("a host").to_owned()
}

#[test]
fn the_region_table_is_the_metadata_s() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/ecs/actions.json");
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the spec")).expect("JSON");
    let listed: Vec<(&str, &str)> = spec["endpoints"]
        .as_array()
        .expect("endpoints")
        .iter()
        .map(|e| {
            (
                e["regionId"].as_str().unwrap(),
                e["endpoint"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(listed.len(), 38);
    assert_eq!(ECS_REGIONS, listed.as_slice());
}

#[test]
fn each_listed_region_goes_to_its_host_and_others_follow_the_rule() {
    for (region, host) in ECS_REGIONS {
        assert_eq!(host_for(region), *host, "{region}");
    }
    // The two finance regions the rule would get wrong.
    assert_eq!(host_for("cn-hangzhou-finance"), "ecs.aliyuncs.com");
    assert_eq!(
        host_for("cn-shenzhen-finance-1"),
        "ecs-cn-hangzhou.aliyuncs.com"
    );
    assert_eq!(
        host_for("xx-newregion-9"),
        "ecs.xx-newregion-9.aliyuncs.com"
    );
}

#[tokio::test]
async fn without_a_region_nothing_is_sent() {
    let client = client(None);
    let error = client
        .prepare(&DescribeInstances::new())
        .await
        .expect_err("no region");
    assert!(
        matches!(
            error,
            Error::Endpoint(EndpointError::MissingRegion {
                action: "DescribeInstances",
                ..
            })
        ),
        "{error:?}"
    );
}
