//! The client's region and where it comes from: the builder, else the environment, else the
//! CLI profile's `region_id`; and the `RegionId` parameter filled from it. Each test gives the
//! client its own environment and home directory ([`ClientBuilder::config`]), so that tests
//! running in parallel threads never share the process's.
//!
//! [`ClientBuilder::config`]: aliyun_rpc::ClientBuilder::config

mod regions_support;

use aliyun_rpc::credentials::{CLI_PROFILE_DISABLED_VAR, PROFILE_VAR};
use aliyun_rpc::endpoints::REGION_VARS;
use aliyun_rpc::sign::sign_v1;
use aliyun_rpc::{Client, EndpointError, Error};
use regions_support::{
    CLI_CONFIG, DescribeAccountAttributes, DescribeRegions, DescribeZones, QueryDomainList, Reply,
    Request, Server, builder, env_and_home, env_only, home_with_cli_config, url_of,
};

/// The region `client` has; panics on an error.
fn region_of(client: &Client) -> Option<String> {
    client.region().unwrap().map(str::to_owned)
}

#[test]
fn the_builder_wins_over_the_environment_which_wins_over_the_profile() {
    let home = home_with_cli_config(CLI_CONFIG);
    let env = [("ALIBABA_CLOUD_REGION_ID", "cn-shanghai")];
    let profile_only = builder(env_and_home(&[], &home)).build().unwrap();
    let env_and_profile = builder(env_and_home(&env, &home)).build().unwrap();
    let all_three = builder(env_and_home(&env, &home))
        .region("eu-west-1")
        .build()
        .unwrap();
    assert_eq!(region_of(&profile_only).as_deref(), Some("cn-qingdao"));
    assert_eq!(region_of(&env_and_profile).as_deref(), Some("cn-shanghai"));
    assert_eq!(region_of(&all_three).as_deref(), Some("eu-west-1"));
    assert_eq!(
        url_of::<DescribeRegions>(&profile_only),
        "https://ecs.cn-qingdao.aliyuncs.com/"
    );
    assert_eq!(
        url_of::<DescribeRegions>(&env_and_profile),
        "https://ecs.cn-shanghai.aliyuncs.com/"
    );
    assert_eq!(
        url_of::<DescribeRegions>(&all_three),
        "https://ecs.eu-west-1.aliyuncs.com/"
    );
}

#[test]
fn the_region_variables_are_read_in_order() {
    let values = ["cn-beijing", "cn-shenzhen", "cn-chengdu"];
    for first in 0..REGION_VARS.len() {
        let vars: Vec<(&str, &str)> = REGION_VARS[first..]
            .iter()
            .copied()
            .zip(values[first..].iter().copied())
            .collect();
        let client = builder(env_only(&vars)).build().unwrap();
        assert_eq!(
            region_of(&client).as_deref(),
            Some(values[first]),
            "{vars:?}"
        );
    }
}

#[test]
fn the_profile_is_the_one_the_credentials_would_use() {
    let home = home_with_cli_config(CLI_CONFIG);
    let named = builder(env_and_home(&[(PROFILE_VAR, "west")], &home))
        .build()
        .unwrap();
    assert_eq!(region_of(&named).as_deref(), Some("us-west-1"));
    let blank = builder(env_and_home(&[(PROFILE_VAR, "blank")], &home))
        .build()
        .unwrap();
    assert_eq!(region_of(&blank), None, "an empty region_id is no region");
    let off = builder(env_and_home(&[(CLI_PROFILE_DISABLED_VAR, "true")], &home))
        .build()
        .unwrap();
    assert_eq!(
        region_of(&off),
        None,
        "the switch turns the profile off for the region too"
    );
    assert_eq!(region_of(&builder(env_only(&[])).build().unwrap()), None);
}

#[test]
fn an_unusable_profile_gives_no_region_and_the_error_says_why() {
    let home = home_with_cli_config("{ not json");
    let client = builder(env_and_home(&[], &home)).build().unwrap();
    assert_eq!(region_of(&client), None);
    match client.endpoint_for::<DescribeRegions>() {
        Err(Error::Endpoint(EndpointError::MissingRegion { looked_at, .. })) => {
            assert!(
                looked_at.contains("not a valid CLI configuration"),
                "{looked_at}"
            );
        }
        other => panic!("expected MissingRegion, got {other:?}"),
    }
    // The home directory must outlive the client: the profile is read at the first need.
    let usable_home = home_with_cli_config(CLI_CONFIG);
    let blank = builder(env_and_home(&[(PROFILE_VAR, "blank")], &usable_home))
        .build()
        .unwrap();
    let error = blank
        .endpoint_for::<DescribeRegions>()
        .unwrap_err()
        .to_string();
    assert!(error.contains("has no `region_id`"), "{error}");
}

#[test]
fn a_malformed_region_is_a_configuration_error_naming_its_source() {
    for bad in ["cn-hangzhou/evil", "CN-HANGZHOU", "", "-cn", "cn hangzhou"] {
        match builder(env_only(&[])).region(bad).build() {
            Err(Error::Config(message)) => {
                assert!(message.contains("ClientBuilder::region"), "{message}");
            }
            other => panic!("{bad:?}: expected a configuration error, got {other:?}"),
        }
    }
    let client = builder(env_only(&[("ALIBABA_CLOUD_REGION_ID", "evil.com/x")]))
        .build()
        .unwrap();
    match client.endpoint_for::<DescribeRegions>() {
        Err(Error::Config(message)) => assert!(message.contains("ALIBABA_CLOUD_REGION_ID")),
        other => panic!("expected a configuration error, got {other:?}"),
    }
    assert_eq!(
        url_of::<QueryDomainList>(&client),
        "https://domain.aliyuncs.com/",
        "a central product never looks the region up"
    );
    let home = home_with_cli_config(
        r#"{"current": "p", "profiles": [{"name": "p", "mode": "AK", "region_id": "x_y"}]}"#,
    );
    let from_profile = builder(env_and_home(&[], &home)).build().unwrap();
    let error = from_profile.region().unwrap_err().to_string();
    assert!(error.contains("`region_id` of CLI profile `p`"), "{error}");
}

/// A server that accepts every request.
fn accepting_server() -> Server {
    Server::start(|_| Reply::ok(r#"{"RequestId":"R-1"}"#))
}

/// The V1 signature of a recorded request, recomputed over every parameter it carries.
fn signature_verifies(request: &Request) -> bool {
    let params = request.params();
    let signed = sign_v1(
        &request.method,
        params
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
        "test-secret",
    );
    request.param("Signature") == Some(signed.signature)
}

#[tokio::test]
async fn region_id_is_filled_from_the_client_region_and_signed() {
    let server = accepting_server();
    let client = builder(env_only(&[("ALIBABA_CLOUD_REGION_ID", "cn-zhangjiakou")]))
        .endpoint(server.origin())
        .build()
        .unwrap();
    client.call(&DescribeRegions::default()).await.unwrap();
    let sent = server.last();
    assert_eq!(sent.param("RegionId").as_deref(), Some("cn-zhangjiakou"));
    assert!(
        signature_verifies(&sent),
        "RegionId is signed like any parameter"
    );
}

#[tokio::test]
async fn an_explicit_region_id_wins_and_actions_without_one_get_none() {
    let server = accepting_server();
    let client = builder(env_only(&[]))
        .endpoint(server.origin())
        .region("cn-beijing")
        .build()
        .unwrap();
    let explicit = DescribeRegions {
        region_id: Some("ap-northeast-1".into()),
        accept_language: Some("en-US".into()),
    };
    client.call(&explicit).await.unwrap();
    assert_eq!(
        server.last().param("RegionId").as_deref(),
        Some("ap-northeast-1")
    );
    let zones = DescribeZones {
        region_id: "me-east-1".into(),
    };
    client.call(&zones).await.unwrap();
    assert_eq!(
        server.last().param("RegionId").as_deref(),
        Some("me-east-1")
    );
    client
        .call(&DescribeAccountAttributes::default())
        .await
        .unwrap();
    assert_eq!(
        server.last().param("RegionId"),
        None,
        "the action takes no RegionId"
    );
    client.call(&QueryDomainList::default()).await.unwrap();
    assert_eq!(server.last().param("RegionId"), None);
    assert_eq!(server.count(), 4);
}

#[tokio::test]
async fn without_a_region_nothing_is_filled() {
    let server = accepting_server();
    let client = builder(env_only(&[]))
        .endpoint(server.origin())
        .build()
        .unwrap();
    client.call(&DescribeRegions::default()).await.unwrap();
    let sent = server.last();
    assert_eq!(sent.param("RegionId"), None);
    assert_eq!(sent.param("Action").as_deref(), Some("DescribeRegions"));
}
