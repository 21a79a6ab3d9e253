//! The requests `scripts/official-signature-check.sh` has Alibaba's own signing code judge,
//! beyond Domain's renewals: one Alidns request, a regional ECS request with JSON-style lists and
//! `Tag.N`, and an ECS request with a `flat` structure.
//!
//! ```text
//! HTTP_PROXY=http://127.0.0.1:PORT cargo run -p ecs-actions --example official_check -- v1|v3 CASE
//! ```
//!
//! CASE is `alidns` (AddDomainRecord, a TXT record with spaces, `:`, `~` and non-ASCII text),
//! `ecs-json` (DescribeInstances in eu-central-1: `InstanceIds` and `PrivateIpAddresses` as JSON,
//! `Tag.1.Key` …) or `ecs-flat` (CreateAutoSnapshotPolicy: `CopyEncryptionConfiguration.Arn.1.*`,
//! lower-camel names). Each goes to its product's real host (`alidns.aliyuncs.com`,
//! `ecs.eu-central-1.aliyuncs.com`) over plain HTTP, through the proxy `HTTP_PROXY` names, which
//! must be on the loopback interface: the verifier stands in for the service, and the host
//! header it signs (V3) is the product's own. Credentials come from the environment. Prints the
//! URL the request went to and the answer's ids; exit status 0 when answered, 1 when refused,
//! 2 for bad arguments.

use std::process::ExitCode;

use alidns_api::{AddDomainRecord, RecordContent, RecordType};
use aliyun_rpc::{Client, Error, Scheme, SignatureVersion};
use ecs_actions::{
    CopyEncryptionConfiguration, CreateAutoSnapshotPolicy, DescribeInstances, EncryptionRole, Tag,
};

const USAGE: &str =
    "usage: official_check v1|v3 alidns|ecs-json|ecs-flat (HTTP_PROXY on 127.0.0.1)";

/// The region of the ECS cases: its host follows the rule `ecs.<region>.aliyuncs.com`.
const REGION: &str = "eu-central-1";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [signature, case] = arguments.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let version = match signature.as_str() {
        "v1" => SignatureVersion::V1,
        "v3" => SignatureVersion::V3,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !proxy_is_loopback() {
        eprintln!("HTTP_PROXY must name a proxy on 127.0.0.1: nothing may leave the machine");
        return ExitCode::from(2);
    }
    let client = match Client::builder()
        .region(REGION)
        .scheme(Scheme::Http)
        .signature_version(version)
        .build()
    {
        Ok(client) => client,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let outcome = match case.as_str() {
        "alidns" => add_record(&client).await,
        "ecs-json" => describe_instances(&client).await,
        "ecs-flat" => create_policy(&client).await,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

/// Whether every request for an `http://` URL goes through a proxy on the loopback interface.
fn proxy_is_loopback() -> bool {
    ["HTTP_PROXY", "http_proxy"].iter().any(|name| {
        std::env::var(name)
            .is_ok_and(|url| url.starts_with("http://127.0.0.1:") || url == "http://127.0.0.1")
    })
}

async fn add_record(client: &Client) -> Result<(), Error> {
    let request = AddDomainRecord::new(
        "example.com",
        RecordContent::new(
            "_spf",
            RecordType::Txt,
            "v=spf1 include:_spf.example.com ~all 示例",
        )
        .with_ttl(600),
    );
    println!("endpoint {}", client.endpoint_for::<AddDomainRecord>()?);
    let added = client.call(&request).await?;
    println!("RecordId {}", added.record_id);
    Ok(())
}

async fn describe_instances(client: &Client) -> Result<(), Error> {
    let request = DescribeInstances {
        instance_ids: Some(vec!["i-1".into(), "i-二".into()]),
        private_ip_addresses: Some(vec!["10.0.0.7".into(), "10.0.0.8".into()]),
        tag: vec![Tag::new("env", "prod"), Tag::new("team", "a b&c=d")],
        ..DescribeInstances::new()
    };
    println!("endpoint {}", client.endpoint_for::<DescribeInstances>()?);
    let page = client.call(&request).await?;
    println!(
        "RequestId {} instances {}",
        page.request_id,
        page.instances.len()
    );
    Ok(())
}

async fn create_policy(client: &Client) -> Result<(), Error> {
    let request = CreateAutoSnapshotPolicy {
        auto_snapshot_policy_name: Some("nightly 夜".into()),
        copy_encryption_configuration: Some(CopyEncryptionConfiguration {
            encrypted: Some(true),
            kms_key_id: Some("key/1+2".into()),
            arn: vec![EncryptionRole {
                role_type: Some("service".into()),
                rolearn: Some("acs:ram::1:role/copy".into()),
                assume_role_for: Some(1_000_000_000_000),
            }],
        }),
        ..CreateAutoSnapshotPolicy::new(REGION, vec!["1".into(), "13".into()], vec!["7".into()], 7)
    };
    println!(
        "endpoint {}",
        client.endpoint_for::<CreateAutoSnapshotPolicy>()?
    );
    let created = client.call(&request).await?;
    println!("RequestId {}", created.request_id);
    Ok(())
}
