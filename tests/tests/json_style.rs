//! The `json` parameter style (`#[rpc(json)]`): a value sent as one parameter holding its JSON
//! text, as the official SDKs write it, through the writer, the metadata and a signed request.

use aliyun_rpc::sign::{FixedClock, FixedNonce};
use aliyun_rpc::{Client, Credentials, ParamWriter, Rpc, RpcAction, Shape, SignatureVersion};
use serde::Serialize;

/// An item of a JSON-style list, with the wire names the service expects as its keys.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
struct HealthTask {
    port: u16,
    template_name: String,
}

/// ECS `DescribeInstances`-like: a JSON-style list of ids and an optional list of objects.
#[derive(Debug, Rpc)]
#[rpc(
    action = "DescribeThings",
    version = "2014-05-26",
    endpoint = "ecs.aliyuncs.com"
)]
struct DescribeThings {
    region_id: String,
    #[rpc(json)]
    instance_ids: Vec<String>,
    #[rpc(json)]
    health_tasks: Option<Vec<HealthTask>>,
}

fn pairs(action: &impl RpcAction) -> Vec<String> {
    let mut writer = ParamWriter::new();
    action.write_params(&mut writer);
    writer
        .finish()
        .expect("valid")
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect()
}

fn things(health_tasks: Option<Vec<HealthTask>>) -> DescribeThings {
    DescribeThings {
        region_id: "cn-hangzhou".into(),
        instance_ids: vec!["i-1".into(), "i-二".into()],
        health_tasks,
    }
}

#[test]
fn a_json_field_is_one_parameter_with_compact_json_text_and_none_sends_nothing() {
    // Compact, non-ASCII kept: Python's json.dumps(v, ensure_ascii=False, separators=(",", ":")),
    // which the Tea SDK's `array_to_string_with_specified_style(.., "json")` calls.
    assert_eq!(
        pairs(&things(None)),
        ["RegionId=cn-hangzhou", r#"InstanceIds=["i-1","i-二"]"#]
    );
    let tasks = vec![HealthTask {
        port: 80,
        template_name: "a b".into(),
    }];
    assert_eq!(
        pairs(&things(Some(tasks)))[2],
        r#"HealthTasks=[{"Port":80,"TemplateName":"a b"}]"#
    );
}

#[test]
fn the_metadata_says_json_and_whether_the_field_is_required() {
    let fields = DescribeThings::FIELDS;
    let ids = fields
        .iter()
        .find(|f| f.wire_name == "InstanceIds")
        .unwrap();
    assert_eq!((ids.shape)().kind(), "json");
    assert!(ids.required());
    let tasks = fields
        .iter()
        .find(|f| f.wire_name == "HealthTasks")
        .unwrap();
    assert!(!tasks.required());
    assert!(matches!((tasks.shape)().unwrap_optional().0, Shape::Json));
}

#[tokio::test]
async fn the_json_text_is_percent_encoded_once_on_the_wire_and_signed() {
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9/")
        .credentials(Credentials::new("id", "secret"))
        .signature_version(SignatureVersion::V1)
        .clock(FixedClock(std::time::UNIX_EPOCH))
        .nonce_source(FixedNonce("n".into()))
        .build()
        .unwrap();
    let request = client.prepare(&things(None)).await.unwrap();
    let query = request.url().split_once('?').unwrap().1;
    assert!(
        query.contains("InstanceIds=%5B%22i-1%22%2C%22i-%E4%BA%8C%22%5D"),
        "{query}"
    );
    // The signature covers the JSON text as the reference signer sees it.
    let sent = test_support::decode_form(query);
    let signature = sent
        .iter()
        .find(|(n, _)| n == "Signature")
        .unwrap()
        .1
        .clone();
    let expected = aliyun_rpc::sign::sign_v1(
        "POST",
        sent.iter()
            .filter(|(n, _)| n != "Signature")
            .map(|(n, v)| (n.as_str(), v.as_str())),
        "secret",
    );
    assert_eq!(signature, expected.signature);
}

#[test]
fn every_vector_of_the_official_json_style_is_written_the_same() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/styles/json.json");
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("specs/styles/json.json"))
            .expect("JSON");
    let cases = spec["cases"].as_array().expect("cases");
    assert!(cases.len() >= 8, "only {} cases", cases.len());
    for case in cases {
        let mut writer = ParamWriter::new();
        writer.field(
            "Name",
            &aliyun_rpc::JsonText(&case["value"]),
            &aliyun_rpc::Rules::NONE,
        );
        let params = writer.finish().expect("valid");
        assert_eq!(
            params.get("Name"),
            case["text"].as_str(),
            "value {}",
            case["value"]
        );
    }
}
