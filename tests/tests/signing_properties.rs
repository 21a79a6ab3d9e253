//! Property tests of signing: for random parameter sets, a request the `aliyun-rpc` client
//! prepares (V1 and V3) passes the emulator's own verification, every value arrives as it was
//! written, and a one-byte change of any value fails verification.
//!
//! The emulator is reached through `domain_emulator::fuzzing` (its authentication code on the raw
//! request parts, without a server); `end_to_end.rs` covers the same over HTTP.

use std::collections::HashSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aliyun_rpc::sign::{FixedClock, RandomNonce};
use aliyun_rpc::{
    Client, Credentials, FieldMeta, GenericResponse, ParamWriter, RpcAction, Rules,
    SignatureVersion, SignedRequest, percent_encode,
};
use domain_emulator::fuzzing::{self, HttpRequest};
use domain_emulator::{Credential, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// An action of any parameters, written one `field` per pair in order.
#[derive(Debug, Clone)]
struct AnyParams {
    params: Vec<(String, String)>,
}

impl RpcAction for AnyParams {
    // A Domain action the emulator knows, so that authentication reaches the signature check.
    const ACTION: &'static str = "QueryDomainList";
    const VERSION: &'static str = "2018-01-29";
    const ENDPOINT: &'static str = "domain.aliyuncs.com";
    const IDEMPOTENT: bool = true;
    const FIELDS: &'static [FieldMeta] = &[];
    type Response = GenericResponse;

    fn write_params(&self, writer: &mut ParamWriter) {
        for (name, value) in &self.params {
            writer.field(name, value.as_str(), &Rules::NONE);
        }
    }
}

/// Names the client writes itself: an action parameter by one of these names is not a case here.
const COMMON: &[&str] = aliyun_rpc::__private::COMMON_PARAMETERS;

/// A string strategy from a regular expression, compiled once (a `&str` strategy would compile
/// it for every value drawn).
fn matching(regex: &str) -> BoxedStrategy<String> {
    proptest::string::string_regex(regex)
        .expect("a valid regular expression")
        .boxed()
}

fn value() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        Just(String::new()),
        matching("[ -~]{1,24}"),
        matching(r"[!*'();:@&=+$,/?#\[\]%~ ]{1,12}"),
        matching("[\u{4e00}-\u{9fa5}]{1,8}"),
        matching("[\u{1F600}-\u{1F64F}\u{1F680}-\u{1F6FF}]{1,4}"),
        matching(r"[a-zA-Z0-9!*'();:@&=+$,/?#\[\]%~ \u{4e00}-\u{4e20}\u{1F600}-\u{1F610}]{0,32}"),
    ]
}

/// Unique names, none of the common ones; large lists are drawn rarely.
fn params() -> impl Strategy<Value = Vec<(String, String)>> {
    let pair = (matching("[A-Za-z][A-Za-z0-9.]{0,20}"), value());
    prop_oneof![
        12 => prop::collection::vec(pair.clone(), 0..=12),
        3 => prop::collection::vec(pair.clone(), 13..=120),
        1 => prop::collection::vec(pair, 900..=1000),
    ]
    .prop_map(|pairs| {
        let mut seen = HashSet::new();
        pairs
            .into_iter()
            .filter(|(name, _)| !COMMON.contains(&name.as_str()) && seen.insert(name.clone()))
            .collect()
    })
}

/// 2026-11-28T10:00:00Z, in whole seconds as timestamps carry.
fn signing_time() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_795_860_000)
}

fn now_ms() -> i64 {
    i64::try_from(
        signing_time()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

fn credential() -> Credential {
    Credential {
        access_key_id: DEMO_ACCESS_KEY_ID.to_owned(),
        access_key_secret: DEMO_ACCESS_KEY_SECRET.to_owned(),
        security_token: None,
    }
}

fn client(version: SignatureVersion) -> Client {
    Client::builder()
        .endpoint("https://domain.aliyuncs.com")
        .credentials(Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET))
        .signature_version(version)
        .clock(FixedClock(signing_time()))
        .nonce_source(RandomNonce)
        .build()
        .unwrap()
}

/// A client and the runtime to prepare its requests on, built once per test: building a client
/// loads the TLS roots, which costs far more than a case.
struct Signer {
    version: SignatureVersion,
    client: Client,
    runtime: tokio::runtime::Runtime,
}

impl Signer {
    fn new(version: SignatureVersion) -> Signer {
        Signer {
            version,
            client: client(version),
            // Preparing does no I/O with fixed credentials: a current-thread runtime is enough.
            runtime: tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap(),
        }
    }

    fn prepare(&self, action: &AnyParams) -> SignedRequest {
        self.runtime
            .block_on(self.client.prepare(action))
            .expect("the client prepares any parameter set")
    }
}

/// The request as the emulator's HTTP handler would see it: query, headers and body.
fn wire(request: &SignedRequest, query: &str, body: &str) -> HttpRequest {
    HttpRequest::new(
        request.method(),
        &format!("/?{query}"),
        &request
            .headers()
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect::<Vec<_>>(),
        body.as_bytes(),
    )
}

fn query_of(request: &SignedRequest) -> &str {
    request.url().split_once('?').map_or("", |(_, q)| q)
}

/// `value` with one byte changed (the last one, or a byte added when empty), still UTF-8: the
/// last byte of a UTF-8 character is ASCII or a continuation byte, and flipping its lowest bit
/// keeps it what it was.
fn tampered(value: &str) -> String {
    let mut bytes = value.as_bytes().to_vec();
    match bytes.last_mut() {
        Some(last) => *last ^= 1,
        None => bytes.push(b'x'),
    }
    String::from_utf8(bytes).expect("a flipped lowest bit keeps UTF-8 valid")
}

/// Replaces the encoded pair `name=value` in `encoded` (a query or form body), if it is there.
fn replace_pair(encoded: &str, name: &str, old: &str, new: &str) -> Option<String> {
    let wanted = format!("{}={}", percent_encode(name), percent_encode(old));
    let mut found = false;
    let pairs: Vec<String> = encoded
        .split('&')
        .map(|pair| {
            if !found && pair == wanted {
                found = true;
                format!("{}={}", percent_encode(name), percent_encode(new))
            } else {
                pair.to_owned()
            }
        })
        .collect();
    found.then(|| pairs.join("&"))
}

/// Checks one parameter set under `version`; `pick` chooses the value to tamper with (modulo the
/// number of parameters).
fn check_round_trip(signer: &Signer, params: Vec<(String, String)>, pick: usize) {
    let version = signer.version;
    let action = AnyParams { params };
    let request = signer.prepare(&action);
    let query = query_of(&request).to_owned();
    let body = request.body().unwrap_or_default().to_owned();
    let original = wire(&request, &query, &body);

    // It verifies, and every value arrives as written.
    assert_eq!(
        fuzzing::authenticate(&original, &credential(), now_ms()),
        Ok(AnyParams::ACTION.to_owned()),
        "{version:?}: {} parameters, body {} bytes",
        action.params.len(),
        body.len()
    );
    let parsed = fuzzing::parse(&original).params;
    for pair in &action.params {
        assert!(
            parsed.contains(pair),
            "{version:?}: {pair:?} did not arrive"
        );
    }
    match version {
        SignatureVersion::V1 => assert!(fuzzing::verify_v1_signature(
            &original,
            DEMO_ACCESS_KEY_SECRET
        )),
        _ => assert_eq!(
            fuzzing::verify_v3_signature(&original, DEMO_ACCESS_KEY_SECRET),
            Ok(())
        ),
    }

    // One byte of one value changed on the wire: refused.
    if action.params.is_empty() {
        return;
    }
    let (name, old) = &action.params[pick % action.params.len()];
    let new = tampered(old);
    let (query, body) = match replace_pair(&query, name, old, &new) {
        Some(query) => (query, body),
        None => (
            query,
            replace_pair(&body, name, old, &new).expect("the pair is in the query or the body"),
        ),
    };
    let rejected = fuzzing::authenticate(&wire(&request, &query, &body), &credential(), now_ms())
        .expect_err("a tampered request was accepted");
    // V3 with a form body: the body no longer has the signed hash.
    let allowed: &[&str] = if version == SignatureVersion::V3 && request.body().is_some() {
        &["InvalidParameter"]
    } else {
        &["SignatureDoesNotMatch"]
    };
    assert!(
        allowed.contains(&rejected.code.as_str()),
        "{version:?}: {name}={old:?} → {new:?} gave {}",
        rejected.code
    );
}

fn run(version: SignatureVersion) {
    let config = Config {
        cases: 64,
        failure_persistence: None,
        ..Config::default()
    };
    let signer = Signer::new(version);
    TestRunner::new(config)
        .run(&(params(), any::<usize>()), |(params, pick)| {
            check_round_trip(&signer, params, pick);
            Ok(())
        })
        .unwrap();
}

#[test]
fn v1_requests_of_any_parameters_verify_in_the_emulator_and_tampering_fails() {
    run(SignatureVersion::V1);
}

#[test]
fn v3_requests_of_any_parameters_verify_in_the_emulator_and_tampering_fails() {
    run(SignatureVersion::V3);
}

#[test]
fn a_thousand_parameters_with_reserved_and_non_ascii_values_verify_under_both_versions() {
    let params: Vec<(String, String)> = (0..1000)
        .map(|i| {
            let value = match i % 5 {
                0 => String::new(),
                1 => "!*'();:@&=+$,/?#[]%~ ".to_owned(),
                2 => "续费域名".to_owned(),
                3 => "😀🚀".to_owned(),
                _ => format!("v{i}"),
            };
            (format!("P.{i}.Name"), value)
        })
        .collect();
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let signer = Signer::new(version);
        for pick in [0, 1, 2, 3, 999] {
            check_round_trip(&signer, params.clone(), pick);
        }
    }
}
