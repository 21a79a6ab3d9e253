//! Each declared action against Alibaba's own metadata (`metadata/*.json`, trimmed from the
//! OpenAPI metadata by `specs/tools/gen_example_actions.py`): the same wire names, the same
//! types, the same required parameters, and a signed request that carries exactly what was set.

use std::fs;
use std::path::Path;

use aliyun_rpc::{Client, Credentials, FieldMeta, RpcAction, SignatureVersion};
use own_actions::{CheckDomain, DescribeDomainGroups, DescribeSpotAdvice};
use serde_json::Value;

fn metadata(file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("metadata")
        .join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The metadata's type name for a declared shape.
fn documented_kind(field: &FieldMeta) -> &'static str {
    match (field.shape)().unwrap_optional().0.kind() {
        "list" => "array",
        "enum" => "string",
        other => other,
    }
}

/// Every difference between an action's declaration and its metadata.
fn differences<A: RpcAction>(file: &str) -> Vec<String> {
    let documented = metadata(file);
    assert_eq!(documented["action"], A::ACTION, "{file}");
    let parameters = documented["parameters"]
        .as_array()
        .expect("a parameter list");
    let mut found = Vec::new();
    for parameter in parameters {
        let name = parameter["name"].as_str().expect("a name");
        if !A::FIELDS.iter().any(|field| field.wire_name == name) {
            found.push(format!("{name}: documented but not declared"));
        }
    }
    for field in A::FIELDS {
        let Some(parameter) = parameters.iter().find(|p| p["name"] == field.wire_name) else {
            found.push(format!("{}: declared but not documented", field.wire_name));
            continue;
        };
        let schema = &parameter["schema"];
        if schema["type"] != documented_kind(field) {
            found.push(format!(
                "{}: {} in Rust, {} in metadata",
                field.wire_name,
                documented_kind(field),
                schema["type"]
            ));
        }
        let required = schema["required"].as_bool().unwrap_or(false);
        if field.required() != required {
            found.push(format!(
                "{}: required is {} in Rust, {required} in metadata",
                field.wire_name,
                field.required()
            ));
        }
    }
    found
}

/// [`differences`] for one declared action.
type Differences = fn(&str) -> Vec<String>;

#[test]
fn each_action_matches_its_product_metadata() {
    let cases: [(&str, Differences); 3] = [
        ("Domain-CheckDomain.json", differences::<CheckDomain>),
        (
            "Alidns-DescribeDomainGroups.json",
            differences::<DescribeDomainGroups>,
        ),
        (
            "Ecs-DescribeSpotAdvice.json",
            differences::<DescribeSpotAdvice>,
        ),
    ];
    for (file, differences) in cases {
        assert_eq!(differences(file), Vec::<String>::new(), "{file}");
    }
}

#[test]
fn reads_are_idempotent_without_saying_so() {
    let idempotent = [
        CheckDomain::IDEMPOTENT,
        DescribeDomainGroups::IDEMPOTENT,
        DescribeSpotAdvice::IDEMPOTENT,
    ];
    assert_eq!(idempotent, [true; 3]);
}

/// The signed request's query, decoded, without the common parameters.
async fn action_pairs<A: RpcAction>(action: &A) -> Vec<(String, String)> {
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9/")
        .credentials(Credentials::new("id", "secret"))
        .signature_version(SignatureVersion::V1)
        .build()
        .expect("a client");
    let request = client.prepare(action).await.expect("a valid request");
    let query = request.url().split_once('?').map(|(_, q)| q).unwrap_or("");
    let common = [
        "Action",
        "Version",
        "Format",
        "AccessKeyId",
        "SignatureMethod",
        "SignatureVersion",
        "SignatureNonce",
        "Timestamp",
        "Signature",
    ];
    query
        .split('&')
        .chain(request.body().unwrap_or("").split('&'))
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').expect("name=value");
            (decode(name), decode(value))
        })
        .filter(|(name, _)| !common.contains(&name.as_str()))
        .collect()
}

/// Undoes percent-encoding (the test sends only ASCII).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).expect("ASCII");
            out.push(u8::from_str_radix(hex, 16).expect("a hex byte"));
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

#[tokio::test]
async fn the_signed_requests_carry_the_documented_names() {
    // Built with the constructors and setters the derive generates.
    let mut groups = DescribeDomainGroups::new()
        .with_key_word("shops")
        .with_page_number(2)
        .with_page_size(110);
    let mut pairs = action_pairs(&groups).await;
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("KeyWord", "shops"),
            ("PageNumber", "2"),
            ("PageSize", "110")
        ]
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
    );
    groups.page_size = Some(111);
    assert!(action_pairs_fails(&groups).await);

    let advice = DescribeSpotAdvice::new("cn-hangzhou")
        .with_cores(2)
        .with_memory(0.5)
        .with_min_memory(4.0)
        .with_instance_types(["ecs.g5.large", "ecs.c5.large"]);
    let mut pairs = action_pairs(&advice).await;
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("Cores", "2"),
            ("InstanceTypes.1", "ecs.g5.large"),
            ("InstanceTypes.2", "ecs.c5.large"),
            ("Memory", "0.5"),
            ("MinMemory", "4.0"),
            ("RegionId", "cn-hangzhou"),
        ]
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
    );
}

async fn action_pairs_fails<A: RpcAction>(action: &A) -> bool {
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9/")
        .credentials(Credentials::new("id", "secret"))
        .build()
        .expect("a client");
    matches!(
        client.prepare(action).await,
        Err(aliyun_rpc::Error::InvalidRequest { .. })
    )
}
