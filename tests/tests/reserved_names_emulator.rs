//! Parameter names with reserved characters, as flat-style maps will put user keys into names,
//! sent by `aliyun-rpc` to `domain-emulator` on 127.0.0.1 under V1 (query and form body, JSON and
//! XML) and V3 (query and form body): the emulator's verifiers must sort and encode them as the
//! client (and Alibaba's SDKs, `specs/signing-v*/reserved-names*`) do, and accept the request.
//!
//! No typed action has such names, so the parameters go through the dynamic `serde_json::Value`
//! path of a small `QueryDomainList` action (the emulator ignores parameters it does not know).

mod support;

use support::emulator_client;

use aliyun_rpc::{FieldMeta, Format, ParamValue, ParamWriter, RpcAction, SignatureVersion};
use domain_emulator::{Emulator, EmulatorConfig};
use serde_json::{Value, json};

/// `QueryDomainList` with any parameters, written as a dynamic value.
struct DynamicQueryDomainList(Value);

impl RpcAction for DynamicQueryDomainList {
    const ACTION: &'static str = "QueryDomainList";
    const VERSION: &'static str = "2018-01-29";
    const ENDPOINT: &'static str = "domain.aliyuncs.com";
    const IDEMPOTENT: bool = true;
    const FIELDS: &'static [FieldMeta] = &[];
    type Response = Value;

    fn write_params(&self, writer: &mut ParamWriter) {
        self.0.write_value(writer);
    }
}

/// Names with every reserved character class, and names whose raw and encoded forms sort
/// differently (`Key=` and `Keyé` against `Key0`; `Tag.a b` against `Tag.a-b`).
fn reserved_names() -> Value {
    json!({
        "PageNum": 1,
        "PageSize": 5,
        "Tag.a b": "space",
        "Tag.a-b": "dash",
        "Tag.a~b": "tilde",
        "Tag.a*b": "asterisk",
        "Tag.a+b": "plus",
        "Tag.a/b": "slash",
        "Tag.a=b": "equals",
        "Tag.a&b": "ampersand",
        "Tag.a%b": "percent",
        "Tag.a%20b": "looks encoded",
        "Tag.例子": "non-ASCII",
        "Tag.#3#env": "flat-style key",
        "Key0": "zero",
        "Key=": "equals",
        "Keyé": "e-acute",
        "Key-": "dash",
        "Key": "bare",
    })
}

#[tokio::test]
async fn names_with_reserved_characters_are_accepted_under_every_signature_and_placement() {
    let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
    let settings = [
        (SignatureVersion::V1, Format::Json, usize::MAX),
        (SignatureVersion::V1, Format::Json, 0),
        (SignatureVersion::V1, Format::Xml, usize::MAX),
        (SignatureVersion::V3, Format::Json, usize::MAX),
        (SignatureVersion::V3, Format::Json, 0),
    ];
    for (version, format, max_query_bytes) in settings {
        let client = emulator_client(&emulator)
            .signature_version(version)
            .format(format)
            .max_query_bytes(max_query_bytes)
            .retry_policy(aliyun_rpc::RetryPolicy::disabled())
            .build()
            .unwrap();
        let setting = format!("{version:?} {format:?} max_query_bytes {max_query_bytes}");
        let action = DynamicQueryDomainList(reserved_names());
        let prepared = client.prepare(&action).await.unwrap();
        let in_body = prepared
            .body()
            .is_some_and(|body| body.contains("Tag.a%20b"));
        assert_eq!(in_body, max_query_bytes == 0, "{setting}: placement");
        let response = client
            .call(&action)
            .await
            .unwrap_or_else(|e| panic!("{setting}: {e}"));
        let text = response.to_string();
        assert!(
            text.contains("Domain") && text.contains("RequestId"),
            "{setting}: {text}"
        );
    }
    emulator.shutdown().await.unwrap();
}
