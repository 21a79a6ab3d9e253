//! The ECS actions over real HTTP to a loopback server: what each sends (JSON-style lists,
//! `Tag.N.Key`, `Filter.N.Key`, a flat structure with a list, lower-camel names) and how the
//! typed answers read (the metadata has no examples: the answers follow the Tea SDK
//! alibabacloud-ecs20140526's response models).

use aliyun_rpc::{Client, Credentials, Error, Format};
use ecs_actions::{
    CopyEncryptionConfiguration, CreateAutoSnapshotPolicy, DescribeInstances, DescribeRegions,
    EncryptionRole, Filter, Tag,
};
use futures_util::TryStreamExt;
use test_support::{Reply, Server};

fn client(server: &Server) -> Client {
    Client::builder()
        .endpoint(server.origin())
        .credentials(Credentials::new("id", "secret"))
        .region("eu-central-1")
        .build()
        .expect("a client")
}

/// The parameters sent, sorted by name: under signature V3 (the client's default) only the
/// action's own, since the common ones travel in headers.
fn own_params(server: &Server) -> Vec<(String, String)> {
    let mut params = server.last().params();
    params.sort();
    params
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = expected
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    pairs.sort();
    pairs
}

const INSTANCE: &str = r#"{"InstanceId": "i-1", "InstanceName": "web", "RegionId": "eu-central-1",
    "ZoneId": "eu-central-1a", "Status": "Running", "InstanceType": "ecs.g7.large", "Cpu": 2,
    "Memory": 8192, "CreationTime": "2024-01-02T03:04Z", "InstanceChargeType": "PostPaid",
    "PublicIpAddress": {"IpAddress": ["203.0.113.7"]},
    "SecurityGroupIds": {"SecurityGroupId": ["sg-1", "sg-2"]},
    "VpcAttributes": {"VpcId": "vpc-1", "VSwitchId": "vsw-1",
                      "PrivateIpAddress": {"IpAddress": ["10.0.0.7"]}},
    "Tags": {"Tag": [{"TagKey": "env", "TagValue": "prod"}]}, "Unknown": {"Deep": [1]}}"#;

#[tokio::test]
async fn describe_instances_sends_json_lists_tags_and_filters_and_reads_the_instances() {
    let server = Server::start(|_| {
        Reply::ok(format!(
            r#"{{"RequestId": "R", "TotalCount": 1, "NextToken": "",
                "Instances": {{"Instance": [{INSTANCE}]}}}}"#
        ))
    });
    let request = DescribeInstances {
        instance_ids: Some(vec!["i-1".into(), "i-2".into()]),
        private_ip_addresses: Some(vec!["10.0.0.7".into()]),
        tag: vec![Tag::new("env", "prod"), Tag::new("team", "a b")],
        filter: vec![Filter {
            key: Some("CreationStartTime".into()),
            value: Some("2024-01-01T00:00Z".into()),
        }],
        ipv6_address: vec!["2001:db8::1".into()],
        dry_run: Some(false),
        ..DescribeInstances::new()
    };
    let page = client(&server).call(&request).await.expect("a page");
    // `RegionId` left unset: the client's region is sent.
    assert_eq!(
        own_params(&server),
        pairs(&[
            ("RegionId", "eu-central-1"),
            ("InstanceIds", r#"["i-1","i-2"]"#),
            ("PrivateIpAddresses", r#"["10.0.0.7"]"#),
            ("MaxResults", "100"),
            ("Filter.1.Key", "CreationStartTime"),
            ("Filter.1.Value", "2024-01-01T00:00Z"),
            ("DryRun", "false"),
            ("Ipv6Address.1", "2001:db8::1"),
            ("Tag.1.Key", "env"),
            ("Tag.1.Value", "prod"),
            ("Tag.2.Key", "team"),
            ("Tag.2.Value", "a b"),
        ])
    );
    // Signature V3 (the default) names the action and version in headers.
    assert_eq!(server.last().header("x-acs-version"), Some("2014-05-26"));
    assert_eq!(page.total_count, Some(1));
    let instance = &page.instances[0];
    assert_eq!(instance.instance_id, "i-1");
    assert_eq!((instance.cpu, instance.memory), (Some(2), Some(8192)));
    assert_eq!(instance.public_ip_address, ["203.0.113.7"]);
    assert_eq!(instance.security_group_ids, ["sg-1", "sg-2"]);
    let vpc = instance.vpc_attributes.as_ref().expect("VPC attributes");
    assert_eq!(vpc.vswitch_id.as_deref(), Some("vsw-1"));
    assert_eq!(vpc.private_ip_address, ["10.0.0.7"]);
    assert_eq!(instance.tags[0].tag_key, "env");
    assert_eq!(instance.tags[0].tag_value.as_deref(), Some("prod"));
}

#[tokio::test]
async fn the_instance_listing_follows_next_token_to_its_end() {
    let server = Server::start(|request| {
        let (ids, next) = match request.param("NextToken").as_deref() {
            None => (["i-1", "i-2"].as_slice(), "t2"),
            Some("t2") => (["i-3"].as_slice(), ""),
            Some(other) => panic!("unexpected token {other}"),
        };
        let instances: Vec<String> = ids
            .iter()
            .map(|id| format!(r#"{{"InstanceId": "{id}"}}"#))
            .collect();
        Reply::ok(format!(
            r#"{{"RequestId": "R", "NextToken": "{next}", "Instances": {{"Instance": [{}]}}}}"#,
            instances.join(",")
        ))
    });
    let all: Vec<_> = client(&server)
        .items(DescribeInstances {
            // An explicit region wins over the client's.
            region_id: Some("cn-beijing".into()),
            ..DescribeInstances::new()
        })
        .try_collect()
        .await
        .expect("every page");
    let ids: Vec<&str> = all.iter().map(|i| i.instance_id.as_str()).collect();
    assert_eq!(ids, ["i-1", "i-2", "i-3"]);
    let regions: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| r.param("RegionId"))
        .collect();
    assert_eq!(
        regions,
        [Some("cn-beijing".into()), Some("cn-beijing".into())]
    );
}

#[tokio::test]
async fn describe_regions_reads_the_region_list_in_xml_too() {
    let server = Server::start(|_| {
        Reply::ok(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeRegionsResponse>\
             <RequestId>R</RequestId><Regions>\
             <Region><RegionId>cn-hangzhou</RegionId><LocalName>China (Hangzhou)</LocalName>\
             <RegionEndpoint>ecs.cn-hangzhou.aliyuncs.com</RegionEndpoint><Status>available</Status></Region>\
             <Region><RegionId>eu-central-1</RegionId><Status>soldOut</Status></Region>\
             </Regions></DescribeRegionsResponse>",
        )
        .with_content_type("text/xml")
    });
    let client = Client::builder()
        .endpoint(server.origin())
        .credentials(Credentials::new("id", "secret"))
        .region("cn-hangzhou")
        .format(Format::Xml)
        .build()
        .expect("a client");
    let request = DescribeRegions {
        accept_language: Some("en-US".into()),
        ..DescribeRegions::default()
    };
    let answer = client.call(&request).await.expect("the regions");
    // XML is asked for under signature V1, where every parameter is in the query.
    let sent = server.last();
    assert_eq!(sent.param("Format").as_deref(), Some("XML"));
    assert_eq!(sent.param("Version").as_deref(), Some("2014-05-26"));
    assert_eq!(sent.param("AcceptLanguage").as_deref(), Some("en-US"));
    let regions: Vec<(&str, Option<&str>)> = answer
        .regions
        .iter()
        .map(|r| (r.region_id.as_str(), r.status.as_deref()))
        .collect();
    assert_eq!(
        regions,
        [
            ("cn-hangzhou", Some("available")),
            ("eu-central-1", Some("soldOut"))
        ]
    );
    assert_eq!(
        answer.regions[0].region_endpoint.as_deref(),
        Some("ecs.cn-hangzhou.aliyuncs.com")
    );
}

#[tokio::test]
async fn create_auto_snapshot_policy_writes_a_flat_structure_and_lower_camel_names() {
    let server =
        Server::start(|_| Reply::ok(r#"{"RequestId": "R", "AutoSnapshotPolicyId": "sp-1"}"#));
    let request = CreateAutoSnapshotPolicy {
        tag: vec![Tag::new("env", "prod")],
        copy_encryption_configuration: Some(CopyEncryptionConfiguration {
            encrypted: Some(true),
            kms_key_id: Some("key-1".into()),
            arn: vec![EncryptionRole {
                role_type: Some("service".into()),
                rolearn: Some("acs:ram::1:role/r".into()),
                assume_role_for: Some(1_000_000_000_000),
            }],
        }),
        ..CreateAutoSnapshotPolicy::new(
            "eu-central-1",
            vec!["1".into(), "13".into()],
            vec!["1".into()],
            7,
        )
    };
    let answer = client(&server).call(&request).await.expect("created");
    assert_eq!(answer.auto_snapshot_policy_id.as_deref(), Some("sp-1"));
    assert_eq!(
        own_params(&server),
        pairs(&[
            ("regionId", "eu-central-1"),
            ("timePoints", r#"["1","13"]"#),
            ("repeatWeekdays", r#"["1"]"#),
            ("retentionDays", "7"),
            ("Tag.1.Key", "env"),
            ("Tag.1.Value", "prod"),
            ("CopyEncryptionConfiguration.Encrypted", "true"),
            ("CopyEncryptionConfiguration.KMSKeyId", "key-1"),
            ("CopyEncryptionConfiguration.Arn.1.RoleType", "service"),
            (
                "CopyEncryptionConfiguration.Arn.1.Rolearn",
                "acs:ram::1:role/r"
            ),
            (
                "CopyEncryptionConfiguration.Arn.1.AssumeRoleFor",
                "1000000000000"
            ),
        ])
    );
}

#[tokio::test]
async fn a_broken_bound_is_refused_before_anything_is_sent() {
    let server = Server::start(|_| Reply::ok(r#"{"RequestId": "R"}"#));
    let five = vec![
        Filter {
            key: Some("CreationStartTime".into()),
            value: None,
        };
        5
    ];
    let request = DescribeInstances {
        filter: five,
        max_results: Some(101),
        ..DescribeInstances::new()
    };
    let error = client(&server).call(&request).await.expect_err("refused");
    let Error::InvalidRequest { problems, .. } = &error else {
        panic!("{error:?}")
    };
    let text = format!("{problems:?}");
    assert!(
        text.contains("Filter") && text.contains("MaxResults"),
        "{text}"
    );
    assert_eq!(server.count(), 0);
}
