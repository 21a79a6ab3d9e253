//! Decodes every body in `specs/responses/` and checks the outcome it records: a typed success,
//! a service error with its fields, or an undecodable response that keeps the status.

use std::fs;
use std::path::Path;

use aliyun_rpc::{Error, RpcAction, decode_response};
use domain_api::SaveBatchTaskForCreatingOrderRenew;
use serde_json::{Value, json};

/// Decodes `body` as `A`'s response and renders the outcome in the specs' `expect` form.
fn outcome<A: RpcAction>(status: u16, body: &[u8], render: impl Fn(A::Response) -> Value) -> Value {
    match decode_response::<A>(status, body) {
        Ok(response) => json!({ "ok": render(response) }),
        Err(Error::Service(error)) => {
            let mut fields = json!({
                "code": error.code(),
                "http_status": error.http_status(),
                "throttling": error.is_throttling(),
            });
            if let Some(id) = error.request_id() {
                fields["request_id"] = json!(id);
            }
            if let Some(host) = error.host_id() {
                fields["host_id"] = json!(host);
            }
            json!({ "service_error": fields })
        }
        Err(Error::Response(error)) => {
            assert_eq!(
                error.body_excerpt().as_bytes(),
                body,
                "the raw body is kept"
            );
            json!({ "response_error": { "status": error.status() } })
        }
        Err(other) => panic!("unexpected error kind: {other:?}"),
    }
}

#[test]
fn every_response_case_decodes_as_recorded() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/responses");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "expected at least 10 response cases");
    for path in paths {
        let case: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let status = case["status"].as_u64().unwrap() as u16;
        let body = case["body"].as_str().unwrap().as_bytes();
        let got = match case["action"].as_str().unwrap() {
            "SaveBatchTaskForCreatingOrderRenew" => outcome::<SaveBatchTaskForCreatingOrderRenew>(
                status,
                body,
                |r| json!({ "RequestId": r.request_id, "TaskNo": r.task_no }),
            ),
            other => panic!("{}: no decoder registered for {other}", path.display()),
        };
        let mut expected = case["expect"].clone();
        // Optional expectations that a case leaves out are not compared.
        if let (Some(got), Some(want)) =
            (got.get("service_error"), expected.get_mut("service_error"))
        {
            for key in ["request_id", "host_id"] {
                if let (None, Some(value)) = (want.get(key), got.get(key)) {
                    want[key] = value.clone();
                }
            }
        }
        assert_eq!(got, expected, "case {}", path.display());
    }
}
