//! Every golden vector of `specs/signing-v1/` and `specs/signing-v3/` sent through the production
//! path: `Client::prepare` with the case's clock, nonce and credentials pinned, so that the
//! parameter writer, the streaming V1 signer and the streamed V3 canonical request are held
//! against the official SDKs' values, not only the reference functions of `spec_vectors.rs`.
//!
//! Each vector's action parameters are written by a small test action, once pair by pair through
//! [`ParamWriter::field`] (any name, repeated names, the file's order) and once as a
//! `serde_json::Value` object (the dynamic path), and V1 vectors both with the parameters in the
//! query and in a form body. Every step the case folder holds is compared on its own, so a
//! failure names the step that diverged:
//!
//! - V1: the signed request (its decoded pairs and their wire encoding), the canonical query, the
//!   string-to-sign, the `Signature` the stream produced.
//! - V3: the signed headers, the canonical request line by line (the wire query is the canonical
//!   query), the string-to-sign, the signature and `Authorization`.
//!
//! The client always sends POST, so a GET vector's signature cannot come out of `prepare`: for
//! those the canonical query and the method-independent rest of the string-to-sign are compared.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aliyun_rpc::sign::{FixedClock, FixedNonce};
use aliyun_rpc::{
    Client, Credentials, FieldMeta, Format, ParamValue, ParamWriter, RpcAction, Rules,
    SignatureVersion, SignedRequest, percent_encode,
};
use serde_json::Value;

mod specs_support;

use specs_support::{Pairs, pairs, read_json, read_text};

/// Every case folder in `specs/<sub>`, sorted, so a failure names its case.
fn case_dirs(sub: &str) -> Vec<PathBuf> {
    specs_support::cases(sub, true)
}

fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .unwrap_or_else(|e| panic!("{text:?} is not UTF-8 once decoded: {e}"))
        .into_owned()
}

/// The `name=value` pairs of a query or form body, as they are on the wire.
fn wire_pairs(text: &str) -> Vec<(&str, &str)> {
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .collect()
}

/// How a test action writes a vector's parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Writing {
    /// One [`ParamWriter::field`] per pair, in the file's order.
    Pairs,
    /// A `serde_json::Value` object of the pairs, written as a dynamic value.
    Json,
}

/// A vector's action parameters, with how they are written.
struct VectorParams {
    pairs: Pairs,
    writing: Writing,
}

impl VectorParams {
    fn write(&self, writer: &mut ParamWriter) {
        match self.writing {
            Writing::Pairs => {
                for (name, value) in &self.pairs {
                    writer.field(name, value.as_str(), &Rules::NONE);
                }
            }
            Writing::Json => {
                let object: serde_json::Map<String, Value> = self
                    .pairs
                    .iter()
                    .map(|(name, value)| (name.clone(), Value::String(value.clone())))
                    .collect();
                Value::Object(object).write_value(writer);
            }
        }
    }
}

/// One test action per action and version the vectors use (both are constants of an action), and
/// `prepare_as`, which picks the one a vector names.
macro_rules! vector_actions {
    ($($type:ident => $action:literal, $version:literal;)*) => {
        $(
            struct $type(VectorParams);

            impl RpcAction for $type {
                const ACTION: &'static str = $action;
                const VERSION: &'static str = $version;
                const ENDPOINT: &'static str = "vectors.invalid";
                const IDEMPOTENT: bool = true;
                const FIELDS: &'static [FieldMeta] = &[];
                type Response = Value;

                fn write_params(&self, writer: &mut ParamWriter) {
                    self.0.write(writer);
                }
            }
        )*

        async fn prepare_as(
            client: &Client,
            action: &str,
            version: &str,
            params: VectorParams,
        ) -> SignedRequest {
            match (action, version) {
                $(($action, $version) => client
                    .prepare(&$type(params))
                    .await
                    .unwrap_or_else(|e| panic!("prepare {action}: {e}")),)*
                other => panic!("no test action for {other:?}: add it to vector_actions!"),
            }
        }
    };
}

vector_actions! {
    DescribeRegions => "DescribeRegions", "2014-05-26";
    SendSms => "SendSms", "2017-05-25";
    RunInstances => "RunInstances", "2014-05-26";
    SaveBatchRenew => "SaveBatchTaskForCreatingOrderRenew", "2018-01-29";
    SaveSingleRenew => "SaveSingleTaskForCreatingOrderRenew", "2018-01-29";
}

/// A client with a vector's credentials, and its `[timestamp, nonce]` pinned.
fn pinned_client(
    endpoint: &str,
    credentials: &Credentials,
    version: SignatureVersion,
    [timestamp, nonce]: [&str; 2],
    max_query_bytes: usize,
) -> aliyun_rpc::ClientBuilder {
    Client::builder()
        .endpoint(endpoint)
        .credentials(credentials.clone())
        .signature_version(version)
        .clock(instant(timestamp))
        .nonce_source(FixedNonce(nonce.to_owned()))
        .max_query_bytes(max_query_bytes)
}

fn instant(timestamp: &str) -> FixedClock {
    FixedClock(humantime::parse_rfc3339(timestamp).unwrap_or_else(|e| panic!("{timestamp:?}: {e}")))
}

/// The ways each vector is written: pair by pair, and as a JSON object unless names repeat (an
/// object cannot hold them).
fn writings(pairs: &Pairs) -> Vec<Writing> {
    let mut names: Vec<&str> = pairs.iter().map(|(name, _)| name.as_str()).collect();
    names.sort_unstable();
    let distinct = names.windows(2).all(|two| two[0] != two[1]);
    if distinct {
        vec![Writing::Pairs, Writing::Json]
    } else {
        vec![Writing::Pairs]
    }
}

/// The common parameters of V1: the client adds them itself, from its configuration.
const V1_COMMON: [&str; 9] = [
    "AccessKeyId",
    "Action",
    "Format",
    "SecurityToken",
    "SignatureMethod",
    "SignatureNonce",
    "SignatureVersion",
    "Timestamp",
    "Version",
];

/// What one V1 vector gave: how many runs, and whether its signature could be compared.
struct V1Outcome {
    runs: usize,
    signature_compared: bool,
}

async fn check_v1_case(case: &Path) -> V1Outcome {
    let name = case.display().to_string();
    let request = read_json(&case.join("request.json"));
    let method = request["method"].as_str().unwrap();
    let secret = request["secret"].as_str().unwrap();
    let all = pairs(&request["params"]);
    let common: BTreeMap<&str, &str> = all
        .iter()
        .filter(|(n, _)| V1_COMMON.contains(&n.as_str()))
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let action_pairs: Pairs = all
        .iter()
        .filter(|(n, _)| !V1_COMMON.contains(&n.as_str()))
        .cloned()
        .collect();
    let required = |key: &str| {
        *common
            .get(key)
            .unwrap_or_else(|| panic!("{name}: no {key}: not expressible through prepare"))
    };
    assert_eq!(required("SignatureMethod"), "HMAC-SHA1", "{name}");
    assert_eq!(required("SignatureVersion"), "1.0", "{name}");
    let format = match required("Format") {
        "JSON" => Format::Json,
        "XML" => Format::Xml,
        other => panic!("{name}: Format {other} is not expressible through prepare"),
    };
    let mut credentials = Credentials::new(required("AccessKeyId"), secret);
    if let Some(token) = common.get("SecurityToken") {
        credentials = credentials.with_security_token(*token);
    }

    let canonical_query = read_text(case, "canonical-query.txt");
    let string_to_sign = read_text(case, "string-to-sign.txt");
    let signature = read_text(case, "signature.txt");
    let mut expected_pairs = all.clone();
    expected_pairs.sort();

    let mut runs = 0;
    for writing in writings(&action_pairs) {
        // All in the query, then the action's parameters in a form body.
        for max_query_bytes in [usize::MAX, 0] {
            let run = format!("{name} ({writing:?}, max_query_bytes {max_query_bytes})");
            let client = pinned_client(
                "https://vectors.invalid/",
                &credentials,
                SignatureVersion::V1,
                [required("Timestamp"), required("SignatureNonce")],
                max_query_bytes,
            )
            .format(format)
            .build()
            .unwrap();
            let params = VectorParams {
                pairs: action_pairs.clone(),
                writing,
            };
            let signed = prepare_as(&client, required("Action"), required("Version"), params).await;

            // Step: the signed request. Its pairs, decoded, are the vector's and a Signature;
            // each is encoded on the wire exactly as the canonical encoding has it.
            let url = reqwest::Url::parse(signed.url()).unwrap();
            let query = url.query().unwrap_or_default().to_owned();
            let body = signed.body().unwrap_or_default().to_owned();
            if max_query_bytes == 0 && !action_pairs.is_empty() {
                assert!(!body.is_empty(), "{run}: signed request: no form body");
            }
            let mut sent: Pairs = Vec::new();
            let mut sent_signature = None;
            for (wire_name, wire_value) in wire_pairs(&query).into_iter().chain(wire_pairs(&body)) {
                let (raw_name, raw_value) = (decode(wire_name), decode(wire_value));
                assert_eq!(
                    (wire_name, wire_value),
                    (
                        percent_encode(&raw_name).as_str(),
                        percent_encode(&raw_value).as_str()
                    ),
                    "{run}: signed request: wire encoding of {raw_name:?}"
                );
                if raw_name == "Signature" {
                    sent_signature = Some(raw_value);
                } else {
                    sent.push((raw_name, raw_value));
                }
            }
            sent.sort();
            assert_eq!(sent, expected_pairs, "{run}: signed request: parameters");

            // Step: the canonical query, as the string-to-sign encodes it once more.
            let prepared_sts = signed.string_to_sign();
            let encoded_query = prepared_sts
                .strip_prefix("POST&%2F&")
                .unwrap_or_else(|| panic!("{run}: string to sign: {prepared_sts}"));
            assert_eq!(
                decode(encoded_query),
                canonical_query,
                "{run}: canonical query"
            );

            // Step: the string-to-sign (for a GET vector, all but its method).
            let after_method = string_to_sign
                .strip_prefix(method)
                .expect("the string to sign starts with its method");
            assert_eq!(
                &prepared_sts["POST".len()..],
                after_method,
                "{run}: string to sign"
            );

            // Step: the signature the streaming signer put on the wire.
            let sent_signature =
                sent_signature.unwrap_or_else(|| panic!("{run}: signed request: no Signature"));
            if method == "POST" {
                assert_eq!(sent_signature, signature, "{run}: signature");
            }
            runs += 1;
        }
    }
    V1Outcome {
        runs,
        signature_compared: method == "POST",
    }
}

#[tokio::test]
async fn every_v1_vector_signs_the_same_through_prepare_and_the_streaming_signer() {
    let (mut cases, mut runs, mut post) = (0, 0, 0);
    for case in case_dirs("signing-v1") {
        let outcome = check_v1_case(&case).await;
        cases += 1;
        runs += outcome.runs;
        post += usize::from(outcome.signature_compared);
    }
    assert!(cases >= 17, "only {cases} signing-v1 cases");
    assert!(post >= 10, "only {post} POST signing-v1 cases");
    assert!(runs >= 4 * cases - 4, "only {runs} runs for {cases} cases");
}

/// What a V3 case expects of this crate's signer: what the official utilities computed.
///
/// For names with reserved characters they leave the names unencoded in the canonical query
/// (values are encoded) where the documented rules encode them too; the case folder then also
/// holds the documented values (`documented-*.txt`). This crate signs as the SDKs do, and the
/// test makes sure the documented values differ, so that the case really tells the rules apart.
struct V3Expected {
    canonical_request: String,
    string_to_sign: String,
    signature: String,
    authorization: String,
}

impl V3Expected {
    fn of(case: &Path) -> V3Expected {
        let expected = V3Expected {
            canonical_request: read_text(case, "canonical-request.txt"),
            string_to_sign: read_text(case, "string-to-sign.txt"),
            signature: read_text(case, "signature.txt"),
            authorization: read_text(case, "authorization.txt"),
        };
        if case.join("documented-signature.txt").exists() {
            assert_ne!(
                read_text(case, "documented-signature.txt"),
                expected.signature,
                "{}: the documented rules should sign otherwise than the SDKs",
                case.display()
            );
        }
        expected
    }
}

/// A query with its names percent-decoded and its values left encoded.
fn names_decoded(query: &str) -> String {
    wire_pairs(query)
        .into_iter()
        .map(|(name, value)| format!("{}={value}", decode(name)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The lines of a V3 canonical request, named for failure messages.
const V3_LINES: [&str; 3] = ["method", "canonical URI", "canonical query"];

async fn check_v3_case(case: &Path) -> usize {
    let name = case.display().to_string();
    let request = read_json(&case.join("request.json"));
    assert_eq!(request["method"], "POST", "{name}: the client sends POST");
    assert_eq!(request["path"], "/", "{name}: RPC path");
    let query = pairs(&request["query"]);
    let body = request["body"].as_str().unwrap().to_owned();
    let mut headers: Pairs = pairs(&request["headers"])
        .into_iter()
        .map(|(n, v)| (n.to_ascii_lowercase(), v))
        .collect();
    headers.sort();
    let header = |key: &str| {
        headers
            .iter()
            .find(|(n, _)| n == key)
            .map(|(_, v)| v.as_str())
    };
    let required = |key: &str| {
        header(key).unwrap_or_else(|| panic!("{name}: no {key}: not expressible through prepare"))
    };
    let access_key_id = request["access_key_id"].as_str().unwrap();
    let mut credentials = Credentials::new(access_key_id, request["secret"].as_str().unwrap());
    if let Some(token) = header("x-acs-security-token") {
        credentials = credentials.with_security_token(token);
    }
    // A form body when the vector has one: then every parameter goes in it, as written.
    let (action_pairs, max_query_bytes) = if body.is_empty() {
        (query.clone(), usize::MAX)
    } else {
        assert!(query.is_empty(), "{name}: both a query and a body");
        let written: Pairs = wire_pairs(&body)
            .into_iter()
            .map(|(n, v)| (decode(n), decode(v)))
            .collect();
        (written, 0)
    };

    let expected = V3Expected::of(case);
    let (canonical_request, string_to_sign, signature, authorization) = (
        &expected.canonical_request,
        &expected.string_to_sign,
        &expected.signature,
        &expected.authorization,
    );

    let mut runs = 0;
    for writing in writings(&action_pairs) {
        let run = format!("{name} ({writing:?})");
        let client = pinned_client(
            &format!("https://{}/", required("host")),
            &credentials,
            SignatureVersion::V3,
            [required("x-acs-date"), required("x-acs-signature-nonce")],
            max_query_bytes,
        )
        .build()
        .unwrap();
        let params = VectorParams {
            pairs: action_pairs.clone(),
            writing,
        };
        let signed = prepare_as(
            &client,
            required("x-acs-action"),
            required("x-acs-version"),
            params,
        )
        .await;

        // Step: the signed request: its headers are the vector's signed headers, and its body
        // the vector's.
        let mut sent_headers: Pairs = signed
            .headers()
            .iter()
            .filter(|(n, _)| *n != "authorization")
            .map(|(n, v)| ((*n).to_owned(), v.to_string()))
            .collect();
        sent_headers.sort();
        assert_eq!(sent_headers, headers, "{run}: signed request: headers");
        assert_eq!(
            signed.body().unwrap_or_default(),
            body,
            "{run}: signed request: body"
        );

        // Step: the canonical request. The query the client sends is its canonical query, with
        // the names decoded as the SDKs write them, and the headers are signed as sent.
        let url = reqwest::Url::parse(signed.url()).unwrap();
        let mut prepared = format!(
            "POST\n/\n{}\n",
            names_decoded(url.query().unwrap_or_default())
        );
        for (n, v) in &sent_headers {
            prepared.push_str(&format!("{n}:{}\n", v.trim()));
        }
        let signed_names: Vec<&str> = sent_headers.iter().map(|(n, _)| n.as_str()).collect();
        prepared.push_str(&format!(
            "\n{}\n{}",
            signed_names.join(";"),
            required("x-acs-content-sha256")
        ));
        let (ours, theirs): (Vec<&str>, Vec<&str>) = (
            prepared.split('\n').collect(),
            canonical_request.split('\n').collect(),
        );
        for (index, (our, their)) in ours.iter().zip(&theirs).enumerate() {
            let line = V3_LINES.get(index).copied().unwrap_or("header block");
            assert_eq!(
                our, their,
                "{run}: canonical request, line {index} ({line})"
            );
        }
        assert_eq!(&prepared, canonical_request, "{run}: canonical request");

        // Step: the string-to-sign the client hashed its canonical request into.
        assert_eq!(
            &signed.string_to_sign(),
            string_to_sign,
            "{run}: string to sign"
        );

        // Step: the signature and the Authorization header.
        let sent_authorization = signed
            .headers()
            .iter()
            .find(|(n, _)| *n == "authorization")
            .map(|(_, v)| v.to_string())
            .unwrap_or_else(|| panic!("{run}: no authorization header"));
        assert_eq!(
            sent_authorization.rsplit_once("Signature=").map(|(_, s)| s),
            Some(signature.as_str()),
            "{run}: signature"
        );
        assert_eq!(&sent_authorization, authorization, "{run}: authorization");
        runs += 1;
    }
    runs
}

#[tokio::test]
async fn every_v3_vector_signs_the_same_through_prepare_and_the_streamed_canonical_request() {
    let (mut cases, mut runs) = (0, 0);
    for case in case_dirs("signing-v3") {
        runs += check_v3_case(&case).await;
        cases += 1;
    }
    assert!(cases >= 6, "only {cases} signing-v3 cases");
    assert!(runs >= 2 * cases - 2, "only {runs} runs for {cases} cases");
}

/// Repeated names cannot be vectors (every SDK takes its parameters as a map, so no request of
/// theirs carries a name twice), and no signer could order them: `prepare` refuses them before
/// anything is signed, naming the parameter, whether the name needs encoding or not.
#[tokio::test]
async fn repeated_names_are_refused_by_prepare() {
    for repeated in ["Tag.k", "Tag.a b"] {
        for version in [SignatureVersion::V1, SignatureVersion::V3] {
            let client = Client::builder()
                .endpoint("https://vectors.invalid/")
                .credentials(Credentials::new("testid", "testsecret"))
                .signature_version(version)
                .build()
                .unwrap();
            let params = VectorParams {
                pairs: vec![
                    ("PageNum".into(), "1".into()),
                    (repeated.into(), "b".into()),
                    (repeated.into(), "a".into()),
                ],
                writing: Writing::Pairs,
            };
            let error = client.prepare(&SaveBatchRenew(params)).await.unwrap_err();
            match &error {
                aliyun_rpc::Error::InvalidRequest { problems, .. } => {
                    assert_eq!(problems.len(), 1, "{repeated} {version:?}: {error}");
                    assert_eq!(problems[0].name, repeated);
                    assert_eq!(problems[0].problem, aliyun_rpc::Problem::Repeated);
                }
                other => panic!("{repeated} {version:?}: {other}"),
            }
            assert!(error.to_string().contains("more than once"), "{error}");
        }
    }
}
