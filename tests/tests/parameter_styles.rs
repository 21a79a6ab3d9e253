//! Parameter styles and positions beyond `Name.N.Field`, through the writer, the metadata and a
//! signed request:
//!
//! - `#[rpc(json)]`: a value sent as one parameter holding its JSON text, as the official SDKs
//!   write it (`specs/styles/json.json` holds the Tea SDK's own outputs);
//! - `#[rpc(body)]`, the metadata's `formData`: a parameter that goes in the form body however
//!   short the request, under V1 and V3, covered by the signatures as the reference signers do,
//!   and holding the pairs the Tea SDK's form body holds (`specs/styles/flat.json`, `body`);
//! - `repeatList` (`Tag.1.Key`) and `flat` (`SystemDisk.Category`, a list inside a structure, a
//!   map's `Labels.<key>`): the pairs the official SDKs' flattening gives for the same values
//!   (`specs/styles/flat.json`, from `specs/tools/gen_style_vectors.py`).

use std::collections::BTreeMap;

use aliyun_rpc::sign::{FixedClock, FixedNonce, sign_v1, sign_v3};
use aliyun_rpc::{
    Client, Credentials, ParamValue, ParamWriter, Rpc, RpcAction, RpcParams, Rules, Shape,
    SignatureVersion, SignedRequest,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
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
    let spec = style_vectors("json.json");
    let cases = spec["cases"].as_array().expect("cases");
    assert!(cases.len() >= 8, "only {} cases", cases.len());
    for case in cases {
        let mut writer = ParamWriter::new();
        writer.field("Name", &aliyun_rpc::JsonText(&case["value"]), &Rules::NONE);
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

/// A tag, as `Tag.N.Key` and `Tag.N.Value` (`repeatList`).
#[derive(Debug, Default, Deserialize, RpcParams)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Tag {
    key: Option<String>,
    value: Option<String>,
}

/// A disk, as `SystemDisk.Category`, … (`flat`).
#[derive(Debug, Default, Deserialize, RpcParams)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Disk {
    category: Option<String>,
    size: Option<i64>,
    performance_level: Option<String>,
}

/// A structure holding a structure (`LaunchConfiguration.SystemDisk.Size`).
#[derive(Debug, Default, Deserialize, RpcParams)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Launch {
    instance_name: Option<String>,
    system_disk: Option<Disk>,
}

/// A structure holding a list (`CopyEncryptionConfiguration.Arn.1.RoleType`).
#[derive(Debug, Default, Deserialize, RpcParams)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Encryption {
    encrypted: Option<bool>,
    #[serde(rename = "KMSKeyId")]
    #[rpc(rename = "KMSKeyId")]
    kms_key_id: Option<String>,
    #[serde(default)]
    arn: Vec<Role>,
}

#[derive(Debug, Default, Deserialize, RpcParams)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Role {
    role_type: Option<String>,
    rolearn: Option<String>,
    assume_role_for: Option<i64>,
}

/// An entry of a `flat`-style list (`Permissions.1.IpProtocol`).
#[derive(Debug, Default, Deserialize, RpcParams)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Permission {
    ip_protocol: Option<String>,
    port_range: Option<String>,
    source_cidr_ip: Option<String>,
}

/// A map with the user's keys, `Labels.<key>`: no derive writes one, so it is a hand-written
/// value that names each entry after its key ([`ParamWriter::field`] encodes reserved
/// characters in names).
#[derive(Debug, Default, Deserialize)]
struct Labels(BTreeMap<String, String>);

impl ParamValue for Labels {
    fn write_value(&self, writer: &mut ParamWriter) {
        for (key, value) in &self.0 {
            writer.field(key, value, &Rules::NONE);
        }
    }
}

/// Every parameter of the cases of `specs/styles/flat.json`, read from each case's `params`.
#[derive(Debug, Default, Deserialize, Rpc)]
#[serde(rename_all = "PascalCase", default, deny_unknown_fields)]
#[rpc(
    action = "StyleCases",
    version = "2014-05-26",
    endpoint = "ecs.aliyuncs.com"
)]
struct StyleCases {
    ipv6_address: Vec<String>,
    tag: Vec<Tag>,
    system_disk: Option<Disk>,
    copy_encryption_configuration: Option<Encryption>,
    launch_configuration: Option<Launch>,
    permissions: Vec<Permission>,
    labels: Option<Labels>,
    dry_run: Option<bool>,
}

/// A structure in the form body (`RegistrantProfile.City`) and a value beside it.
#[derive(Debug, Default, Deserialize, RpcParams)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Profile {
    email: Option<String>,
    city: Option<String>,
}

#[derive(Debug, Deserialize, Rpc)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[rpc(
    action = "SaveProfile",
    version = "2018-01-29",
    endpoint = "domain.aliyuncs.com"
)]
struct SaveProfile {
    #[rpc(body)]
    registrant_profile: Profile,
    #[rpc(body)]
    lang: String,
}

/// `specs/styles/<file>`: vectors the official SDKs computed (`specs/tools/gen_style_vectors.py`).
fn style_vectors(file: &str) -> Value {
    let path = format!("{}/../specs/styles/{file}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect(&path)).expect("JSON")
}

/// A vector's `[[name, value], …]` as pairs.
fn vector_pairs(pairs: &Value) -> Vec<(String, String)> {
    serde_json::from_value(pairs.clone()).expect("pairs")
}

/// The raw pairs `action` writes, sorted by name as the vectors are.
fn sorted_pairs(action: &impl RpcAction) -> Vec<(String, String)> {
    let mut writer = ParamWriter::new();
    action.write_params(&mut writer);
    let mut pairs: Vec<(String, String)> = writer
        .finish()
        .expect("valid")
        .iter()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn every_repeat_list_and_flat_vector_of_the_official_sdks_is_written_the_same() {
    let spec = style_vectors("flat.json");
    let cases = spec["cases"].as_array().expect("cases");
    assert!(cases.len() >= 10, "only {} cases", cases.len());
    for case in cases {
        let name = case["name"].as_str().expect("a name");
        let action: StyleCases = serde_json::from_value(case["params"].clone())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            sorted_pairs(&action),
            vector_pairs(&case["pairs"]),
            "{name}"
        );
    }
}

#[test]
fn a_boolean_is_written_as_the_node_and_java_sdks_write_it_not_as_python_s_str() {
    let spec = style_vectors("flat.json");
    let case = spec["cases"]
        .as_array()
        .and_then(|cases| cases.iter().find(|c| c["name"] == "booleans"))
        .expect("the booleans case");
    let python = vector_pairs(&case["python_pairs"]);
    assert!(
        python.iter().all(|(_, v)| v == "True" || v == "False"),
        "{python:?}"
    );
    let action: StyleCases = serde_json::from_value(case["params"].clone()).expect("params");
    let ours = sorted_pairs(&action);
    assert_ne!(ours, python);
    assert_eq!(ours, vector_pairs(&case["pairs"]));
}

#[tokio::test]
async fn a_body_structure_carries_the_pairs_of_the_tea_sdk_s_form_body_under_v1_and_v3() {
    let spec = style_vectors("flat.json");
    let body = &spec["body"];
    let expected = vector_pairs(&body["pairs"]);
    // The vector's own form text decodes to its pairs.
    let mut tea = decode_form(body["form"].as_str().expect("form"));
    tea.sort();
    assert_eq!(tea, expected);
    let action: SaveProfile = serde_json::from_value(body["params"].clone()).expect("params");
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let request = prepare(&action, version, usize::MAX).await;
        let mut sent = decode_form(request.body().expect("a body"));
        sent.sort();
        assert_eq!(sent, expected, "{version:?}");
    }
}
