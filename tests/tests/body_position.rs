//! The `body` parameter position (`#[rpc(body)]`, the metadata's `formData`): such a parameter
//! goes in the form body however short the request, under V1 and V3, and the signatures cover it
//! as the reference signers do.

use aliyun_rpc::sign::{FixedClock, FixedNonce, sign_v1, sign_v3};
use aliyun_rpc::{Client, Credentials, Rpc, RpcAction, SignatureVersion, SignedRequest};
use test_support::decode_form;

/// An action with one parameter in the body and two that may go in the query.
#[derive(Debug, Rpc)]
#[rpc(
    action = "SaveThing",
    version = "2018-01-29",
    endpoint = "domain.aliyuncs.com"
)]
struct SaveThing {
    domain_name: String,
    #[rpc(body)]
    registrant_profile: String,
    lang: Option<String>,
}

fn action() -> SaveThing {
    SaveThing {
        domain_name: "example.com".into(),
        registrant_profile: "{\"name\":\"张三\"}".into(),
        lang: Some("en".into()),
    }
}

async fn prepare(version: SignatureVersion, max_query_bytes: usize) -> SignedRequest {
    Client::builder()
        .endpoint("http://127.0.0.1:9/")
        .credentials(Credentials::new("id", "secret"))
        .signature_version(version)
        .clock(FixedClock(std::time::UNIX_EPOCH))
        .nonce_source(FixedNonce("n".into()))
        .max_query_bytes(max_query_bytes)
        .build()
        .unwrap()
        .prepare(&action())
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
        let request = prepare(SignatureVersion::V1, max_query_bytes).await;
        let body = request.body().expect("a body");
        assert_eq!(names(body)[0], "RegistrantProfile", "{max_query_bytes}");
        assert!(!names(query(&request)).contains(&"RegistrantProfile".to_owned()));
        let in_query = names(query(&request)).contains(&"DomainName".to_owned());
        assert_eq!(in_query, max_query_bytes == usize::MAX, "{max_query_bytes}");
        let mut all = decode_form(query(&request));
        all.extend(decode_form(body));
        let sent = all
            .iter()
            .find(|(n, _)| n == "Signature")
            .unwrap()
            .1
            .clone();
        let expected = sign_v1(
            "POST",
            all.iter()
                .filter(|(n, _)| n != "Signature")
                .map(|(n, v)| (n.as_str(), v.as_str())),
            "secret",
        );
        assert_eq!(sent, expected.signature, "{max_query_bytes}");
    }
}

#[tokio::test]
async fn v3_sends_a_body_parameter_in_the_body_and_signs_the_rest_in_the_query() {
    let request = prepare(SignatureVersion::V3, usize::MAX).await;
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
