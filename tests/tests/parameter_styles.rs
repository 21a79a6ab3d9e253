//! Parameter styles and positions beyond `Name.N.Field`, through the writer, the metadata and a
//! signed request:
//!
//! - `#[rpc(json)]`: a value sent as one parameter holding its JSON text, as the official SDKs
//!   write it (`specs/styles/json.json` holds the Tea SDK's own outputs);
//! - `#[rpc(body)]`, the metadata's `formData`: a parameter that goes in the form body however
//!   short the request, under V1 and V3, covered by the signatures as the reference signers do.

use aliyun_rpc::sign::{FixedClock, FixedNonce, sign_v1, sign_v3};
use aliyun_rpc::{
    Client, Credentials, ParamWriter, Rpc, RpcAction, Shape, SignatureVersion, SignedRequest,
};
use serde::Serialize;
use test_support::decode_form;

/// An item of a JSON-style list, with the wire names the service expects as its keys.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
struct HealthTask {
    port: u16,
    template_name: String,
}

/// ECS `DescribeInstances`-like: a JSON-style list of ids and an optional list of objects.
#[derive(Debug, Rpc)]
#[rpc(action = "DescribeThings")]
#[rpc(version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct DescribeThings {
    region_id: String,
    #[rpc(json)]
    instance_ids: Vec<String>,
    #[rpc(json)]
    health_tasks: Option<Vec<HealthTask>>,
}

/// An action with one parameter in the body and two that may go in the query.
#[derive(Debug, Rpc)]
#[rpc(action = "SaveThing")]
#[rpc(version = "2018-01-29", endpoint = "domain.aliyuncs.com")]
struct SaveThing {
    domain_name: String,
    #[rpc(body)]
    registrant_profile: String,
    lang: Option<String>,
}

fn things(health_tasks: Option<Vec<HealthTask>>) -> DescribeThings {
    DescribeThings {
        region_id: "cn-hangzhou".into(),
        instance_ids: vec!["i-1".into(), "i-二".into()],
        health_tasks,
    }
}

fn save_thing() -> SaveThing {
    SaveThing {
        domain_name: "example.com".into(),
        registrant_profile: "{\"name\":\"张三\"}".into(),
        lang: Some("en".into()),
    }
}

/// `name=value` for every parameter `action` writes, in order.
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

/// `action` signed with the key `id`/`secret`, a pinned clock and nonce.
async fn prepare(
    action: &impl RpcAction,
    version: SignatureVersion,
    max_query_bytes: usize,
) -> SignedRequest {
    Client::builder()
        .endpoint("http://127.0.0.1:9/")
        .credentials(Credentials::new("id", "secret"))
        .signature_version(version)
        .clock(FixedClock(std::time::UNIX_EPOCH))
        .nonce_source(FixedNonce("n".into()))
        .max_query_bytes(max_query_bytes)
        .build()
        .unwrap()
        .prepare(action)
        .await
        .unwrap()
}

fn names(text: &str) -> Vec<String> {
    decode_form(text)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

fn query(request: &SignedRequest) -> &str {
    request.url().split_once('?').map_or("", |(_, query)| query)
}

/// Whether a V1 request's `Signature` is the reference signer's over its query and body.
fn assert_v1_signature_covers_query_and_body(request: &SignedRequest, case: &str) {
    let mut all = decode_form(query(request));
    all.extend(decode_form(request.body().unwrap_or_default()));
    let sent = all
        .iter()
        .find(|(n, _)| n == "Signature")
        .map(|(_, v)| v.clone());
    let expected = sign_v1(
        "POST",
        all.iter()
            .filter(|(n, _)| n != "Signature")
            .map(|(n, v)| (n.as_str(), v.as_str())),
        "secret",
    );
    assert_eq!(sent, Some(expected.signature), "{case}");
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
    let request = prepare(&things(None), SignatureVersion::V1, usize::MAX).await;
    assert!(
        query(&request).contains("InstanceIds=%5B%22i-1%22%2C%22i-%E4%BA%8C%22%5D"),
        "{}",
        query(&request)
    );
    // The signature covers the JSON text as the reference signer sees it.
    assert_v1_signature_covers_query_and_body(&request, "json");
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

#[test]
fn the_metadata_says_which_field_goes_in_the_body() {
    let body: Vec<_> = SaveThing::FIELDS
        .iter()
        .map(|field| (field.wire_name, field.body))
        .collect();
    assert_eq!(
        body,
        [
            ("DomainName", false),
            ("RegistrantProfile", true),
            ("Lang", false)
        ]
    );
}

#[tokio::test]
async fn v1_sends_a_body_parameter_in_the_body_and_signs_query_and_body_together() {
    for max_query_bytes in [usize::MAX, 0] {
        let request = prepare(&save_thing(), SignatureVersion::V1, max_query_bytes).await;
        let body = request.body().expect("a body");
        assert_eq!(names(body)[0], "RegistrantProfile", "{max_query_bytes}");
        assert!(!names(query(&request)).contains(&"RegistrantProfile".to_owned()));
        let in_query = names(query(&request)).contains(&"DomainName".to_owned());
        assert_eq!(in_query, max_query_bytes == usize::MAX, "{max_query_bytes}");
        assert_v1_signature_covers_query_and_body(&request, &max_query_bytes.to_string());
    }
}

#[tokio::test]
async fn v3_sends_a_body_parameter_in_the_body_and_signs_the_rest_in_the_query() {
    let request = prepare(&save_thing(), SignatureVersion::V3, usize::MAX).await;
    assert_eq!(names(query(&request)), ["DomainName", "Lang"]);
    let body = request.body().expect("a body");
    assert_eq!(names(body), ["RegistrantProfile"]);
    let headers: Vec<(&str, String)> = request
        .headers()
        .iter()
        .filter(|(name, _)| *name != "authorization")
        .map(|(name, value)| (*name, value.to_string()))
        .collect();
    let query_pairs = decode_form(query(&request));
    let expected = sign_v3(
        "POST",
        "/",
        query_pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        headers.iter().map(|(n, v)| (*n, v.as_str())),
        body.as_bytes(),
        "id",
        "secret",
    );
    let sent = request
        .headers()
        .iter()
        .find(|(name, _)| *name == "authorization")
        .map(|(_, value)| value.to_string());
    assert_eq!(sent, Some(expected.authorization));
}
