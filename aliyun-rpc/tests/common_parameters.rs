//! The common parameters are listed once: the names a V1 request carries besides the action's
//! are exactly the list that `#[derive(Rpc)]` refuses as field names.

use std::collections::BTreeSet;

use aliyun_rpc::sign::{FixedClock, FixedNonce};
use aliyun_rpc::{Client, Credentials, Rpc, SignatureVersion};

/// An action with no parameters of its own, so every name in its request is a common one.
#[derive(Rpc)]
#[rpc(action = "DescribeNothing", idempotent)]
#[rpc(version = "2018-01-29", endpoint = "domain.aliyuncs.com")]
struct DescribeNothing {}

/// The names in a query, decoded (the common names are ASCII letters only).
fn names(query: &str) -> BTreeSet<String> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            pair.split_once('=')
                .map_or(pair, |(name, _)| name)
                .to_owned()
        })
        .collect()
}

#[tokio::test]
async fn a_v1_request_with_a_security_token_carries_exactly_the_common_parameters() {
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9/")
        .credentials(Credentials::new("id", "secret").with_security_token("token"))
        .signature_version(SignatureVersion::V1)
        .clock(FixedClock(std::time::UNIX_EPOCH))
        .nonce_source(FixedNonce("nonce".into()))
        .build()
        .expect("a client");
    let request = client
        .prepare(&DescribeNothing {})
        .await
        .expect("a signed request");
    let query = request.url().split_once('?').map_or("", |(_, query)| query);
    let listed: BTreeSet<String> = aliyun_rpc::__private::COMMON_PARAMETERS
        .iter()
        .map(|name| (*name).to_owned())
        .collect();
    assert_eq!(names(query), listed);
    assert_eq!(
        listed.len(),
        aliyun_rpc::__private::COMMON_PARAMETERS.len(),
        "the list repeats a name"
    );
}
